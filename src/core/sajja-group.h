/* sajja-group.h: a savings group (กลุ่มออมทรัพย์เพื่อการผลิต) in the registry. */
#pragma once

#include <gio/gio.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_GROUP_ERROR (sajja_group_error_quark ())

/* Each code names the field that is wrong, so the form can show the message at that field. */
typedef enum
{
  SAJJA_GROUP_ERROR_NAME,      /* the group's name */
  SAJJA_GROUP_ERROR_MOO,       /* หมู่ที่: 1–99 */
  SAJJA_GROUP_ERROR_TAMBON,
  SAJJA_GROUP_ERROR_AMPHOE,
  SAJJA_GROUP_ERROR_CHANGWAT,
  SAJJA_GROUP_ERROR_FOUNDED,   /* the founding date */
  SAJJA_GROUP_ERROR_DUPLICATE, /* the same name in the same place */
  SAJJA_GROUP_ERROR_SAVINGS_DAY,
  SAJJA_GROUP_ERROR_FISCAL_YEAR,
  SAJJA_GROUP_ERROR_STATUS,
  SAJJA_GROUP_ERROR_BANK,      /* a bank account without bank or with a malformed number */
} SajjaGroupError;

GQuark sajja_group_error_quark (void);

/* A bank account of the group. */
typedef struct
{
  char *bank;
  char *branch;
  char *account_no;
  char *account_name;
} SajjaBankAccount;

SajjaBankAccount *sajja_bank_account_new  (const char *bank,
                                           const char *branch,
                                           const char *account_no,
                                           const char *account_name);
void              sajja_bank_account_free (SajjaBankAccount *account);

#define SAJJA_TYPE_GROUP (sajja_group_get_type ())

G_DECLARE_FINAL_TYPE (SajjaGroup, sajja_group, SAJJA, GROUP, GObject)

/* A new, unsaved group with a fresh UUID. */
SajjaGroup *sajja_group_new             (void) G_GNUC_WARN_UNUSED_RESULT;
SajjaGroup *sajja_group_copy            (SajjaGroup  *self) G_GNUC_WARN_UNUSED_RESULT;

gint64      sajja_group_get_id          (SajjaGroup  *self);   /* 0 until saved */
const char *sajja_group_get_uuid        (SajjaGroup  *self);
const char *sajja_group_get_name        (SajjaGroup  *self);
const char *sajja_group_get_village     (SajjaGroup  *self);   /* บ้าน */
int         sajja_group_get_moo         (SajjaGroup  *self);   /* หมู่ที่, 0 when none */
const char *sajja_group_get_tambon      (SajjaGroup  *self);   /* ตำบล */
const char *sajja_group_get_amphoe      (SajjaGroup  *self);   /* อำเภอ */
const char *sajja_group_get_changwat    (SajjaGroup  *self);   /* จังหวัด */
const char *sajja_group_get_founded     (SajjaGroup  *self);   /* ISO date or NULL */
const char *sajja_group_get_name_en     (SajjaGroup  *self);
const char *sajja_group_get_cdd_code    (SajjaGroup  *self);   /* CDD registration code */
const char *sajja_group_get_status      (SajjaGroup  *self);   /* "active", "dormant", "dissolved" */
int         sajja_group_get_savings_day (SajjaGroup  *self);   /* day of the month, 0 when not set */
/* The month ("YYYY-MM") the group's books in Sajja begin: pledges of earlier months were kept on
 * paper and are not counted as owed. NULL: from each member's joining. */
const char *sajja_group_get_books_from  (SajjaGroup  *self);
void        sajja_group_set_books_from  (SajjaGroup  *self,
                                         const char  *period);
int         sajja_group_get_fiscal_year_start (SajjaGroup *self); /* month 1–12 */
/* GPtrArray of SajjaBankAccount, owned by the group; edit in place, saved with the group. */
GPtrArray  *sajja_group_get_bank_accounts (SajjaGroup *self);
void        sajja_group_set_name_en     (SajjaGroup  *self,
                                         const char  *name_en);
void        sajja_group_set_cdd_code    (SajjaGroup  *self,
                                         const char  *code);
void        sajja_group_set_status      (SajjaGroup  *self,
                                         const char  *status);
void        sajja_group_set_savings_day (SajjaGroup  *self,
                                         int          day);
void        sajja_group_set_fiscal_year_start (SajjaGroup *self,
                                         int          month);
/* "บ้านท่าข้าม หมู่ 3 ต.ท่าข้าม อ.หาดใหญ่ จ.สงขลา", in the current language. */
char       *sajja_group_dup_place       (SajjaGroup  *self) G_GNUC_WARN_UNUSED_RESULT;

void        sajja_group_set_name        (SajjaGroup  *self,
                                         const char  *name);
void        sajja_group_set_village     (SajjaGroup  *self,
                                         const char  *village);
void        sajja_group_set_moo         (SajjaGroup  *self,
                                         int          moo);
void        sajja_group_set_tambon      (SajjaGroup  *self,
                                         const char  *tambon);
void        sajja_group_set_amphoe      (SajjaGroup  *self,
                                         const char  *amphoe);
void        sajja_group_set_changwat    (SajjaGroup  *self,
                                         const char  *changwat);
void        sajja_group_set_founded     (SajjaGroup  *self,
                                         const char  *iso_date);

/* Parses "3", " ๓ " and the like into a หมู่ number, with a translated error at the field. */
gboolean    sajja_group_parse_moo       (const char  *text,
                                         int         *out_moo,
                                         GError     **error);

/* Checks every field; the first problem is reported with the code of its field. */
gboolean    sajja_group_validate        (SajjaGroup  *self,
                                         GError     **error);

/* Inserts or updates @self in one transaction, after validating it and checking that no
 * other group has the same name in the same place. */
gboolean    sajja_group_save            (SajjaGroup  *self,
                                         SajjaDb     *db,
                                         GError     **error);
/* Inserts or updates without its own transaction (for callers that hold one). */
gboolean    sajja_group_save_in_transaction (SajjaGroup *self,
                                         SajjaDb     *db,
                                         GError     **error);
gboolean    sajja_group_delete          (SajjaGroup  *self,
                                         SajjaDb     *db,
                                         GError     **error);

/* Every group in Thai dictionary order of their names, as a GListStore of SajjaGroup. */
GListStore *sajja_group_list_all        (SajjaDb     *db,
                                         GError     **error) G_GNUC_WARN_UNUSED_RESULT;
SajjaGroup *sajja_group_find_by_uuid    (SajjaDb     *db,
                                         const char  *uuid,
                                         GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gint64      sajja_group_count           (SajjaDb     *db);

G_END_DECLS
