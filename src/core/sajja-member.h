/* sajja-member.h: a member (สมาชิก) of a savings group. */
#pragma once

#include <gio/gio.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_MEMBER_ERROR (sajja_member_error_quark ())

/* Each code names the field that is wrong, so a form can show the message there. */
typedef enum
{
  SAJJA_MEMBER_ERROR_MEMBER_NO,      /* not positive, or already used in the group */
  SAJJA_MEMBER_ERROR_GIVEN_NAME,
  SAJJA_MEMBER_ERROR_SURNAME,
  SAJJA_MEMBER_ERROR_NATIONAL_ID,    /* bad check digit, or the same ID twice in one group */
  SAJJA_MEMBER_ERROR_BIRTH_DATE,
  SAJJA_MEMBER_ERROR_JOIN_DATE,
  SAJJA_MEMBER_ERROR_STATUS,         /* a status other than active needs its date */
  SAJJA_MEMBER_ERROR_SHARES,         /* outside the by-law's minimum and maximum */
  SAJJA_MEMBER_ERROR_BENEFICIARIES,  /* shares not summing to 100%, or a bad row */
  SAJJA_MEMBER_ERROR_WITNESSES,      /* beneficiaries need two witnesses */
  SAJJA_MEMBER_ERROR_OCCUPATIONS,
  SAJJA_MEMBER_ERROR_PHONE,
  SAJJA_MEMBER_ERROR_CONSENT,
  SAJJA_MEMBER_ERROR_SPOUSE,
} SajjaMemberError;

GQuark sajja_member_error_quark (void);

typedef enum
{
  SAJJA_MEMBER_ACTIVE,
  SAJJA_MEMBER_RESIGNED,
  SAJJA_MEMBER_DECEASED,
  SAJJA_MEMBER_EXPELLED,
} SajjaMemberStatus;

typedef enum
{
  SAJJA_GENDER_UNSPECIFIED,
  SAJJA_GENDER_FEMALE,
  SAJJA_GENDER_MALE,
  SAJJA_GENDER_OTHER,
} SajjaGender;

const char *sajja_member_status_to_string   (SajjaMemberStatus status);  /* stored name */
gboolean    sajja_member_status_from_string (const char *name, SajjaMemberStatus *out);
const char *sajja_member_status_get_title   (SajjaMemberStatus status);  /* translated */
const char *sajja_gender_to_string          (SajjaGender gender);
gboolean    sajja_gender_from_string        (const char *name, SajjaGender *out);
const char *sajja_gender_get_title          (SajjaGender gender);        /* translated */

typedef struct
{
  char *occupation;
  gint64 monthly_income;  /* satang */
} SajjaOccupation;

typedef struct
{
  char *name;
  char *national_id;      /* 13 digits or NULL */
  char *relationship;
  int share_bp;           /* basis points: 10000 = 100% */
} SajjaBeneficiary;

SajjaOccupation  *sajja_occupation_new   (const char *occupation, gint64 monthly_income);
void              sajja_occupation_free  (SajjaOccupation *occupation);
SajjaBeneficiary *sajja_beneficiary_new  (const char *name, const char *national_id,
                                          const char *relationship, int share_bp);
void              sajja_beneficiary_free (SajjaBeneficiary *beneficiary);

#define SAJJA_TYPE_MEMBER (sajja_member_get_type ())

G_DECLARE_FINAL_TYPE (SajjaMember, sajja_member, SAJJA, MEMBER, GObject)

/* A new, unsaved member of the group with @group_id, with a fresh UUID, status active. */
SajjaMember *sajja_member_new              (gint64       group_id) G_GNUC_WARN_UNUSED_RESULT;
SajjaMember *sajja_member_copy             (SajjaMember *self) G_GNUC_WARN_UNUSED_RESULT;

/* Plain fields; strings are never NULL except the optional dates and the national ID.
 * Dates are ISO-8601 (YYYY-MM-DD). */
gint64       sajja_member_get_id           (SajjaMember *self);
const char  *sajja_member_get_uuid         (SajjaMember *self);
gint64       sajja_member_get_group_id     (SajjaMember *self);
int          sajja_member_get_member_no    (SajjaMember *self);   /* 0 = assign on save */
const char  *sajja_member_get_title        (SajjaMember *self);   /* นาย, นาง, นางสาว … */
const char  *sajja_member_get_given_name   (SajjaMember *self);
const char  *sajja_member_get_surname      (SajjaMember *self);
const char  *sajja_member_get_national_id  (SajjaMember *self);
const char  *sajja_member_get_birth_date   (SajjaMember *self);
SajjaGender  sajja_member_get_gender       (SajjaMember *self);
const char  *sajja_member_get_address      (SajjaMember *self);
const char  *sajja_member_get_phone        (SajjaMember *self);
const char  *sajja_member_get_join_date    (SajjaMember *self);
SajjaMemberStatus sajja_member_get_status  (SajjaMember *self);
const char  *sajja_member_get_status_date  (SajjaMember *self);
const char  *sajja_member_get_status_reason (SajjaMember *self);
gint64       sajja_member_get_spouse_id    (SajjaMember *self);   /* a member's id, or 0 */
const char  *sajja_member_get_spouse_name  (SajjaMember *self);
const char  *sajja_member_get_witness (SajjaMember *self, int which);  /* 0 or 1 */
const char  *sajja_member_get_consent_date (SajjaMember *self);
const char  *sajja_member_get_consent_scope (SajjaMember *self);
/* Pledged shares now (the latest change), and the date that change took effect. */
int          sajja_member_get_shares       (SajjaMember *self);
const char  *sajja_member_get_shares_from  (SajjaMember *self);
/* GPtrArray of SajjaOccupation / SajjaBeneficiary, owned by the member; edit in place. */
GPtrArray   *sajja_member_get_occupations  (SajjaMember *self);
GPtrArray   *sajja_member_get_beneficiaries (SajjaMember *self);

/* "นายสมชาย ใจดี" */
char        *sajja_member_dup_full_name    (SajjaMember *self) G_GNUC_WARN_UNUSED_RESULT;
/* Whole years on @iso_date, or -1 without a birth date. */
int          sajja_member_get_age          (SajjaMember *self, const char *iso_date);

void         sajja_member_set_member_no    (SajjaMember *self, int member_no);
void         sajja_member_set_title        (SajjaMember *self, const char *title);
void         sajja_member_set_given_name   (SajjaMember *self, const char *given_name);
void         sajja_member_set_surname      (SajjaMember *self, const char *surname);
/* Stores what it is given; validation normalizes it ("1-2345-…" → 13 digits). */
void         sajja_member_set_national_id  (SajjaMember *self, const char *national_id);
void         sajja_member_set_birth_date   (SajjaMember *self, const char *iso_date);
void         sajja_member_set_gender       (SajjaMember *self, SajjaGender gender);
void         sajja_member_set_address      (SajjaMember *self, const char *address);
void         sajja_member_set_phone        (SajjaMember *self, const char *phone);
void         sajja_member_set_join_date    (SajjaMember *self, const char *iso_date);
void         sajja_member_set_status       (SajjaMember *self, SajjaMemberStatus status,
                                            const char *iso_date, const char *reason);
void         sajja_member_set_spouse       (SajjaMember *self, gint64 spouse_id, const char *spouse_name);
void         sajja_member_set_witness      (SajjaMember *self, int which, const char *name);
void         sajja_member_set_consent      (SajjaMember *self, const char *iso_date, const char *scope);
/* A change of pledged shares from a date; saved as a new dated row, history kept. */
void         sajja_member_set_shares       (SajjaMember *self, int shares, const char *iso_date);

/* Checks the fields that need no database: names, ID check digit, dates (birth before join,
 * not in the future), status date, beneficiaries summing to 100% with two witnesses. */
gboolean     sajja_member_validate         (SajjaMember *self, GError **error);

/* Validates, then checks against the database (ID and member number unique in the group,
 * shares within the by-laws in force on the shares' date), assigns the next member number when
 * it is 0, and inserts or updates the member with its occupations, beneficiaries and shares, in
 * one transaction (or inside the caller's). */
gboolean     sajja_member_save             (SajjaMember *self, SajjaDb *db, GError **error);

SajjaMember *sajja_member_find_by_id       (SajjaDb *db, gint64 id, GError **error) G_GNUC_WARN_UNUSED_RESULT;
SajjaMember *sajja_member_find_by_uuid     (SajjaDb *db, const char *uuid, GError **error) G_GNUC_WARN_UNUSED_RESULT;
gint64       sajja_member_count            (SajjaDb *db, gint64 group_id);  /* group_id 0: all */

/* The other groups in which a person with this national ID is a member: the same person in two
 * groups is shown as one. Returns group names. */
GStrv        sajja_member_dup_other_groups (SajjaDb *db, const char *national_id,
                                            gint64 except_group_id) G_GNUC_WARN_UNUSED_RESULT;

/* The member numbers and the history of pledged shares. */
int          sajja_member_next_number      (SajjaDb *db, gint64 group_id);

G_END_DECLS
