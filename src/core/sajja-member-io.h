/* sajja-member-io.h: a group's roster (ทะเบียนสมาชิก) to and from CSV files.
 *
 * Importing is two steps. sajja_roster_import_prepare() reads a file, maps its columns by
 * their Thai or English names, and checks every row fully (values, the member rules, the
 * group's by-laws, and duplicates within the file and with the group's members) without
 * writing anything, so the caller can show a preview and every problem at once.
 * sajja_roster_import_commit() then adds every member in one transaction, or nothing.
 *
 * sajja_roster_export() writes a file the importer reads back: UTF-8 with a BOM (so Excel
 * shows Thai), Thai column names, dates as ISO-8601 (YYYY-MM-DD, Common Era).
 */
#pragma once

#include <gio/gio.h>

#include "sajja-csv.h"
#include "sajja-db.h"
#include "sajja-member.h"

G_BEGIN_DECLS

#define SAJJA_ROSTER_ERROR (sajja_roster_error_quark ())

typedef enum
{
  SAJJA_ROSTER_ERROR_NO_GROUP,        /* the group to import into or export does not exist */
  SAJJA_ROSTER_ERROR_EMPTY,           /* no header row, or no member rows under it */
  SAJJA_ROSTER_ERROR_MISSING_COLUMN,  /* a required column is not in the header row */
  SAJJA_ROSTER_ERROR_INVALID_ROWS,    /* commit refused: rows have problems */
  SAJJA_ROSTER_ERROR_COMMITTED,       /* commit called a second time */
  SAJJA_ROSTER_ERROR_SAVE,            /* a row could not be saved; nothing was written */
  SAJJA_ROSTER_ERROR_WRITE,           /* the exported file could not be written */
} SajjaRosterError;

GQuark sajja_roster_error_quark (void);

/* The columns of a roster. Given name, surname and join date are required. */
typedef enum
{
  SAJJA_ROSTER_COLUMN_NONE = -1,      /* a problem of the whole row */
  SAJJA_ROSTER_COLUMN_MEMBER_NO,      /* เลขที่สมาชิก: empty takes the next free number */
  SAJJA_ROSTER_COLUMN_TITLE,          /* คำนำหน้า */
  SAJJA_ROSTER_COLUMN_GIVEN_NAME,     /* ชื่อ */
  SAJJA_ROSTER_COLUMN_SURNAME,        /* นามสกุล */
  SAJJA_ROSTER_COLUMN_NATIONAL_ID,    /* เลขประจำตัวประชาชน */
  SAJJA_ROSTER_COLUMN_BIRTH_DATE,     /* วันเกิด */
  SAJJA_ROSTER_COLUMN_GENDER,         /* เพศ: ชาย, หญิง, อื่น ๆ, male, female, other */
  SAJJA_ROSTER_COLUMN_ADDRESS,        /* ที่อยู่ */
  SAJJA_ROSTER_COLUMN_PHONE,          /* โทรศัพท์ */
  SAJJA_ROSTER_COLUMN_JOIN_DATE,      /* วันที่สมัคร */
  SAJJA_ROSTER_COLUMN_SHARES,         /* หุ้น: pledged shares */
  SAJJA_ROSTER_COLUMN_SHARES_FROM,    /* วันที่หุ้นมีผล: empty means the join date */
  SAJJA_ROSTER_COLUMN_OCCUPATION,     /* อาชีพ: several separated by ';' */
  SAJJA_ROSTER_COLUMN_MONTHLY_INCOME, /* รายได้ต่อเดือน: baht, one per occupation, by ';' */
  SAJJA_ROSTER_COLUMN_STATUS,         /* สถานะ: ปกติ, ลาออก, เสียชีวิต, ให้ออก; empty is ปกติ */
  SAJJA_ROSTER_COLUMN_STATUS_DATE,    /* วันที่พ้นสภาพ */
  SAJJA_ROSTER_COLUMN_STATUS_REASON,  /* เหตุที่พ้นสภาพ */
  SAJJA_ROSTER_N_COLUMNS,
} SajjaRosterColumn;

/* The Thai name sajja_roster_export() writes in the header row, such as "นามสกุล". */
const char *sajja_roster_column_get_header (SajjaRosterColumn column);

/* One problem of one row. */
typedef struct
{
  guint line;               /* the 1-based physical line of the file where the row starts */
  guint row;                /* the row, as in sajja_roster_import_get_member() */
  SajjaRosterColumn column; /* or SAJJA_ROSTER_COLUMN_NONE */
  const char *column_name;  /* the column's name as the file's header writes it; the name the
                             * export writes when the file lacks the column (a status date
                             * for a resigned member); NULL for a problem of the whole row */
  const char *message;      /* translated: what is wrong and what to do */
} SajjaRosterProblem;

typedef struct _SajjaRosterImport SajjaRosterImport;

SajjaRosterImport        *sajja_roster_import_prepare      (SajjaDb            *db,
                                                            gint64              group_id,
                                                            const char         *path,
                                                            SajjaCsvEncoding    encoding,
                                                            GError            **error) G_GNUC_WARN_UNUSED_RESULT;
SajjaRosterImport        *sajja_roster_import_prepare_data (SajjaDb            *db,
                                                            gint64              group_id,
                                                            const char         *data,
                                                            gsize               len,
                                                            SajjaCsvEncoding    encoding,
                                                            GError            **error) G_GNUC_WARN_UNUSED_RESULT;
void                      sajja_roster_import_free         (SajjaRosterImport  *self);

/* UTF8 or TIS620: what the file was read as. */
SajjaCsvEncoding          sajja_roster_import_get_encoding (SajjaRosterImport  *self);
/* The member rows (blank rows are skipped). */
guint                     sajja_roster_import_get_n_rows   (SajjaRosterImport  *self);
/* The member read from @row, for showing; owned by @self. Member number 0 is assigned on
 * commit. */
SajjaMember              *sajja_roster_import_get_member   (SajjaRosterImport  *self,
                                                            guint               row);
/* The 1-based physical line of the file where @row starts. */
guint                     sajja_roster_import_get_line     (SajjaRosterImport  *self,
                                                            guint               row);
/* Every problem of every row, in the order of the file. */
guint                     sajja_roster_import_get_n_problems (SajjaRosterImport *self);
const SajjaRosterProblem *sajja_roster_import_get_problem  (SajjaRosterImport  *self,
                                                            guint               index);
/* The number of rows with at least one problem. */
guint                     sajja_roster_import_get_n_bad_rows (SajjaRosterImport *self);
/* Header names that are no roster column, and so are not imported; NULL-terminated. */
const char * const       *sajja_roster_import_get_ignored_columns (SajjaRosterImport *self);

/* Adds every member in one transaction (or nothing), numbering those without a number after
 * the highest number of the group and the file, and logs one "member-import" action (on top
 * of the "member-add" that sajja_member_save() logs for each member). Refuses when any row has
 * a problem, and after it succeeded once. */
gboolean                  sajja_roster_import_commit       (SajjaRosterImport  *self,
                                                            GError            **error);

/* Writes the roster of the group with @group_id to @path, whole or not at all. Dates are
 * ISO-8601 in the Common Era, never the Buddhist Era: no program misreads them, and Excel
 * shows them in the user's own date format. */
gboolean                  sajja_roster_export              (SajjaDb            *db,
                                                            gint64              group_id,
                                                            const char         *path,
                                                            GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaRosterImport, sajja_roster_import_free)

G_END_DECLS
