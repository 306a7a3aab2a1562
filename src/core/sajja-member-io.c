/* sajja-member-io.c: a group's roster (ทะเบียนสมาชิก) to and from CSV files.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file format, as written and read:
 *  - UTF-8 with a BOM when written; UTF-8 with or without a BOM, or TIS-620 / Windows-874 (as
 *    Thai Excel saves "CSV (Comma delimited)") when read. Comma, semicolon or tab separated.
 *  - A header row naming the columns, in Thai or English, in any order (see columns[] below).
 *    Columns that are no roster column are ignored, and listed in the preview.
 *  - Dates are written as ISO-8601 (YYYY-MM-DD, Common Era): unambiguous, and what Excel turns
 *    into a real date whatever its locale. They are read in any form sajja_date_parse() reads,
 *    Buddhist Era or Common Era ("15/01/2567", "15 ม.ค. 67", "2024-01-15").
 *  - National IDs are written with dashes ("1-2345-67890-12-1"), so that Excel keeps them as
 *    text instead of turning them into 1.23457E+12.
 *  - A value that Excel would run as a formula (starting with = + - or @) is written with an
 *    apostrophe before it; the importer drops that apostrophe again.
 *  - Occupations and their monthly incomes are lists separated by ';', in the same order.
 */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sajja-bylaw.h"
#include "sajja-date.h"
#include "sajja-member-io.h"
#include "sajja-member-list.h"
#include "sajja-money.h"
#include "sajja-thai-id.h"

G_DEFINE_QUARK (sajja-roster-error-quark, sajja_roster_error)

#define UTF8_BOM "\xef\xbb\xbf"

/* ---- Columns ------------------------------------------------------------------------------ */

/* Each column's names, compared ignoring case and the spaces around them; the first is the
 * header sajja_roster_export() writes. Names that often mean something else in Thai forms are
 * left out on purpose: "เลขที่" (a house number), "ลำดับ" (a row number), "สถานภาพ" (marital
 * status). */
static const char * const member_no_names[] = {
  "เลขที่สมาชิก", "เลขสมาชิก", "รหัสสมาชิก", "member no", "member_no", "member no.",
  "member number", "no.", NULL
};
static const char * const title_names[] = {
  "คำนำหน้า", "คำนำหน้าชื่อ", "title", "prefix", NULL
};
static const char * const given_name_names[] = {
  "ชื่อ", "ชื่อจริง", "given name", "given_name", "first name", "first_name", "firstname", NULL
};
static const char * const surname_names[] = {
  "นามสกุล", "สกุล", "surname", "last name", "last_name", "lastname", "family name", NULL
};
static const char * const national_id_names[] = {
  "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน", "national id",
  "national_id", "citizen id", "id card", "id", NULL
};
static const char * const birth_date_names[] = {
  "วันเกิด", "วันเดือนปีเกิด", "วัน/เดือน/ปีเกิด", "birth date", "birth_date", "date of birth",
  "birthday", "dob", NULL
};
static const char * const gender_names[] = {
  "เพศ", "gender", "sex", NULL
};
static const char * const address_names[] = {
  "ที่อยู่", "address", NULL
};
static const char * const phone_names[] = {
  "โทรศัพท์", "เบอร์โทรศัพท์", "เบอร์โทร", "หมายเลขโทรศัพท์", "โทร", "phone", "telephone",
  "mobile", "tel", NULL
};
static const char * const join_date_names[] = {
  "วันที่สมัคร", "วันสมัคร", "วันที่เข้าเป็นสมาชิก", "วันที่เป็นสมาชิก", "join date", "join_date",
  "joined", "date joined", NULL
};
static const char * const shares_names[] = {
  "หุ้น", "จำนวนหุ้น", "หุ้นที่ถือ", "shares", "pledged shares", NULL
};
static const char * const shares_from_names[] = {
  "วันที่หุ้นมีผล", "shares from", "shares_from", NULL
};
static const char * const occupation_names[] = {
  "อาชีพ", "occupation", "occupations", "job", NULL
};
static const char * const monthly_income_names[] = {
  "รายได้ต่อเดือน", "รายได้", "รายได้/เดือน", "monthly income", "monthly_income", "income", NULL
};
static const char * const status_names[] = {
  "สถานะ", "status", NULL
};
static const char * const status_date_names[] = {
  "วันที่พ้นสภาพ", "วันพ้นสภาพ", "status date", "status_date", NULL
};
static const char * const status_reason_names[] = {
  "เหตุที่พ้นสภาพ", "สาเหตุที่พ้นสภาพ", "status reason", "status_reason", NULL
};

static const char * const * const columns[SAJJA_ROSTER_N_COLUMNS] = {
  [SAJJA_ROSTER_COLUMN_MEMBER_NO] = member_no_names,
  [SAJJA_ROSTER_COLUMN_TITLE] = title_names,
  [SAJJA_ROSTER_COLUMN_GIVEN_NAME] = given_name_names,
  [SAJJA_ROSTER_COLUMN_SURNAME] = surname_names,
  [SAJJA_ROSTER_COLUMN_NATIONAL_ID] = national_id_names,
  [SAJJA_ROSTER_COLUMN_BIRTH_DATE] = birth_date_names,
  [SAJJA_ROSTER_COLUMN_GENDER] = gender_names,
  [SAJJA_ROSTER_COLUMN_ADDRESS] = address_names,
  [SAJJA_ROSTER_COLUMN_PHONE] = phone_names,
  [SAJJA_ROSTER_COLUMN_JOIN_DATE] = join_date_names,
  [SAJJA_ROSTER_COLUMN_SHARES] = shares_names,
  [SAJJA_ROSTER_COLUMN_SHARES_FROM] = shares_from_names,
  [SAJJA_ROSTER_COLUMN_OCCUPATION] = occupation_names,
  [SAJJA_ROSTER_COLUMN_MONTHLY_INCOME] = monthly_income_names,
  [SAJJA_ROSTER_COLUMN_STATUS] = status_names,
  [SAJJA_ROSTER_COLUMN_STATUS_DATE] = status_date_names,
  [SAJJA_ROSTER_COLUMN_STATUS_REASON] = status_reason_names,
};

/* The English name of each column, which the importer reads too, for messages. */
static const char * const english_names[SAJJA_ROSTER_N_COLUMNS] = {
  "member no", "title", "given name", "surname", "national id", "birth date", "gender",
  "address", "phone", "join date", "shares", "shares from", "occupation", "monthly income",
  "status", "status date", "status reason",
};

static const SajjaRosterColumn required_columns[] = {
  SAJJA_ROSTER_COLUMN_GIVEN_NAME,
  SAJJA_ROSTER_COLUMN_SURNAME,
  SAJJA_ROSTER_COLUMN_JOIN_DATE,
};

/* The values of the gender and status columns: what is written first, then what else is
 * read. The translated titles are read too. */
static const struct
{
  SajjaGender gender;
  const char *names[8];
} genders[] = {
  { SAJJA_GENDER_UNSPECIFIED, { "", "ไม่ระบุ", "unspecified", NULL } },
  { SAJJA_GENDER_FEMALE, { "หญิง", "ญ", "ญ.", "female", "f", NULL } },
  { SAJJA_GENDER_MALE, { "ชาย", "ช", "ช.", "male", "m", NULL } },
  { SAJJA_GENDER_OTHER, { "อื่น ๆ", "อื่นๆ", "อื่น", "other", NULL } },
};

static const struct
{
  SajjaMemberStatus status;
  const char *names[8];
} statuses[] = {
  { SAJJA_MEMBER_ACTIVE, { "ปกติ", "", "เป็นสมาชิก", "active", NULL } },
  { SAJJA_MEMBER_RESIGNED, { "ลาออก", "resigned", NULL } },
  { SAJJA_MEMBER_DECEASED, { "เสียชีวิต", "ถึงแก่กรรม", "deceased", "died", NULL } },
  { SAJJA_MEMBER_EXPELLED, { "ให้ออก", "ถูกให้ออก", "คัดออก", "expelled", NULL } },
};

/**
 * sajja_roster_column_get_header:
 * @column: a column
 *
 * Returns: (transfer none): the Thai name of @column that sajja_roster_export() writes in the
 *   header row, such as "นามสกุล"
 */
const char *
sajja_roster_column_get_header (SajjaRosterColumn column)
{
  g_return_val_if_fail (column >= 0 && column < SAJJA_ROSTER_N_COLUMNS, NULL);

  return columns[column][0];
}

/* ---- The import --------------------------------------------------------------------------- */

struct _SajjaRosterImport
{
  SajjaDb *db;
  gint64 group_id;
  char *source;                   /* the file's name for the action log, or NULL */
  SajjaCsvEncoding encoding;
  GPtrArray *members;             /* SajjaMember, one per row */
  GArray *lines;                  /* guint, one per row */
  GArray *problems;               /* SajjaRosterProblem; messages owned */
  guint n_bad_rows;
  char *column_names[SAJJA_ROSTER_N_COLUMNS]; /* as the header writes them, or NULL */
  GStrv ignored_columns;
  int highest_no;                 /* the highest member number the file gives */
  gboolean committed;
};

static void
problem_clear (gpointer data)
{
  SajjaRosterProblem *problem = data;

  g_free ((char *) problem->message);
}

/* The state of one row while it is checked. */
typedef struct
{
  SajjaRosterImport *self;
  guint row;
  guint line;
  gboolean bad[SAJJA_ROSTER_N_COLUMNS];  /* columns that already have a problem */
  guint first_problem;                   /* index in self->problems of the row's first */
} RowCheck;

static void
add_problem_take (RowCheck          *check,
                  SajjaRosterColumn  column,
                  char              *message)
{
  SajjaRosterImport *self = check->self;
  SajjaRosterProblem problem = { 0, };

  if (column != SAJJA_ROSTER_COLUMN_NONE)
    {
      if (check->bad[column])
        {
          g_free (message);
          return;
        }
      check->bad[column] = TRUE;
    }

  problem.line = check->line;
  problem.row = check->row;
  problem.column = column;
  problem.column_name = column != SAJJA_ROSTER_COLUMN_NONE ? self->column_names[column] : NULL;
  /* A column the file lacks (a status date for a resigned member) is named as the
   * exporter names it, so the user knows what to add. */
  if (column != SAJJA_ROSTER_COLUMN_NONE && problem.column_name == NULL)
    problem.column_name = columns[column][0];
  problem.message = message;

  if (self->problems->len == check->first_problem)
    self->n_bad_rows++;
  g_array_append_val (self->problems, problem);
}

static void
add_problem (RowCheck          *check,
             SajjaRosterColumn  column,
             const char        *message)
{
  add_problem_take (check, column, g_strdup (message));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200B && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

/* Whether Excel would read @value as a formula. */
static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@';
}

/* A value of a column, without the spaces around it and without the apostrophe the exporter
 * puts before values Excel would take for formulas; NULL when the column is missing or the
 * value is blank. */
static char *
dup_value (SajjaCsv *csv,
           guint     record,
           int       column)
{
  const char *field = sajja_csv_get_field (csv, record, column);
  char *value;

  if (field == NULL || is_blank (field))
    return NULL;

  value = g_strstrip (g_strdup (field));
  if (value[0] == '\'' && (is_formula_start (value[1]) || value[1] == '\''))
    memmove (value, value + 1, strlen (value));

  return value;
}

/* Parses a whole number from @min to @max, in ASCII or Thai digits. */
static gboolean
parse_count (const char *text,
             guint64     min,
             guint64     max,
             guint64    *out)
{
  g_autofree char *ascii = sajja_thai_digits_to_ascii (text);

  return g_ascii_string_to_unsigned (ascii, 10, min, max, out, NULL);
}

static char *
parse_date (RowCheck          *check,
            SajjaRosterColumn  column,
            const char        *text)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (text == NULL)
    return NULL;

  if (!sajja_date_parse (text, &date, &error))
    {
      add_problem (check, column, error->message);
      return NULL;
    }

  return sajja_date_to_iso (&date);
}

/* Compares what a user wrote with a name: ignoring case, Unicode forms and spaces around. */
static gboolean
same_word (const char *folded,
           const char *name)
{
  g_autofree char *a = g_utf8_casefold (name, -1);
  g_autofree char *b = g_utf8_normalize (a, -1, G_NORMALIZE_ALL_COMPOSE);

  return b != NULL && g_strcmp0 (folded, b) == 0;
}

static char *
fold_word (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

static gboolean
parse_gender (const char  *text,
              SajjaGender *out)
{
  g_autofree char *folded = fold_word (text);

  for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
    {
      if (genders[i].gender != SAJJA_GENDER_UNSPECIFIED &&
          same_word (folded, sajja_gender_get_title (genders[i].gender)))
        {
          *out = genders[i].gender;
          return TRUE;
        }
      for (guint j = 0; genders[i].names[j] != NULL; j++)
        if (same_word (folded, genders[i].names[j]))
          {
            *out = genders[i].gender;
            return TRUE;
          }
    }

  return FALSE;
}

static gboolean
parse_status (const char        *text,
              SajjaMemberStatus *out)
{
  g_autofree char *folded = fold_word (text);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (same_word (folded, sajja_member_status_get_title (statuses[i].status)))
        {
          *out = statuses[i].status;
          return TRUE;
        }
      for (guint j = 0; statuses[i].names[j] != NULL; j++)
        if (same_word (folded, statuses[i].names[j]))
          {
            *out = statuses[i].status;
            return TRUE;
          }
    }

  return FALSE;
}

/* "1.23457E+12": what Excel shows of a 13-digit number in a General column. */
static gboolean
is_scientific_number (const char *text)
{
  const char *p = text;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
    p++;
  if (*p != 'E' && *p != 'e')
    return FALSE;
  p++;
  if (*p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  return *p == '\0';
}

/* The column of the form field a SajjaMemberError names. */
static SajjaRosterColumn
column_of_member_error (const GError *error)
{
  if (error->domain != SAJJA_MEMBER_ERROR)
    return SAJJA_ROSTER_COLUMN_NONE;

  switch ((SajjaMemberError) error->code)
    {
    case SAJJA_MEMBER_ERROR_MEMBER_NO:
      return SAJJA_ROSTER_COLUMN_MEMBER_NO;
    case SAJJA_MEMBER_ERROR_GIVEN_NAME:
      return SAJJA_ROSTER_COLUMN_GIVEN_NAME;
    case SAJJA_MEMBER_ERROR_SURNAME:
      return SAJJA_ROSTER_COLUMN_SURNAME;
    case SAJJA_MEMBER_ERROR_NATIONAL_ID:
      return SAJJA_ROSTER_COLUMN_NATIONAL_ID;
    case SAJJA_MEMBER_ERROR_BIRTH_DATE:
      return SAJJA_ROSTER_COLUMN_BIRTH_DATE;
    case SAJJA_MEMBER_ERROR_JOIN_DATE:
      return SAJJA_ROSTER_COLUMN_JOIN_DATE;
    case SAJJA_MEMBER_ERROR_STATUS:
      return SAJJA_ROSTER_COLUMN_STATUS_DATE;
    case SAJJA_MEMBER_ERROR_SHARES:
      return SAJJA_ROSTER_COLUMN_SHARES;
    case SAJJA_MEMBER_ERROR_OCCUPATIONS:
      return SAJJA_ROSTER_COLUMN_OCCUPATION;
    case SAJJA_MEMBER_ERROR_PHONE:
      return SAJJA_ROSTER_COLUMN_PHONE;
    case SAJJA_MEMBER_ERROR_BENEFICIARIES:
    case SAJJA_MEMBER_ERROR_WITNESSES:
    case SAJJA_MEMBER_ERROR_CONSENT:
    case SAJJA_MEMBER_ERROR_SPOUSE:
    default:
      return SAJJA_ROSTER_COLUMN_NONE;
    }
}

/* Makes the field a validation error names valid on @copy, so that validating again finds the
 * next problem. Returns FALSE for errors no roster column can cause. */
static gboolean
neutralize (SajjaMember  *copy,
            const GError *error)
{
  switch ((SajjaMemberError) error->code)
    {
    case SAJJA_MEMBER_ERROR_MEMBER_NO:
      sajja_member_set_member_no (copy, 0);
      return TRUE;
    case SAJJA_MEMBER_ERROR_GIVEN_NAME:
      sajja_member_set_given_name (copy, "x");
      return TRUE;
    case SAJJA_MEMBER_ERROR_SURNAME:
      sajja_member_set_surname (copy, "x");
      return TRUE;
    case SAJJA_MEMBER_ERROR_NATIONAL_ID:
      sajja_member_set_national_id (copy, NULL);
      return TRUE;
    case SAJJA_MEMBER_ERROR_BIRTH_DATE:
      sajja_member_set_birth_date (copy, NULL);
      return TRUE;
    case SAJJA_MEMBER_ERROR_JOIN_DATE:
      /* A birth date that passed is not in the future, so joining on it is valid. */
      sajja_member_set_join_date (copy, sajja_member_get_birth_date (copy) != NULL
                                  ? sajja_member_get_birth_date (copy) : "1900-01-01");
      return TRUE;
    case SAJJA_MEMBER_ERROR_STATUS:
      sajja_member_set_status (copy, SAJJA_MEMBER_ACTIVE, NULL, NULL);
      return TRUE;
    case SAJJA_MEMBER_ERROR_SHARES:
      sajja_member_set_shares (copy, 0, NULL);
      return TRUE;
    case SAJJA_MEMBER_ERROR_OCCUPATIONS:
      g_ptr_array_set_size (sajja_member_get_occupations (copy), 0);
      return TRUE;
    case SAJJA_MEMBER_ERROR_PHONE:
      sajja_member_set_phone (copy, NULL);
      return TRUE;
    case SAJJA_MEMBER_ERROR_BENEFICIARIES:
    case SAJJA_MEMBER_ERROR_WITNESSES:
    case SAJJA_MEMBER_ERROR_CONSENT:
    case SAJJA_MEMBER_ERROR_SPOUSE:
    default:
      return FALSE;
    }
}

/* Runs the member's own rules, reporting every problem rather than the first: after each, the
 * field is made valid on a copy and the rules run again. */
static void
validate_member (RowCheck    *check,
                 SajjaMember *member)
{
  g_autoptr(SajjaMember) copy = NULL;

  for (guint attempt = 0; attempt < SAJJA_ROSTER_N_COLUMNS; attempt++)
    {
      g_autoptr(GError) error = NULL;
      SajjaMember *target = copy != NULL ? copy : member;

      if (sajja_member_validate (target, &error))
        return;

      add_problem (check, column_of_member_error (error), error->message);

      if (error->domain != SAJJA_MEMBER_ERROR)
        return;
      if (copy == NULL)
        copy = sajja_member_copy (member);
      if (!neutralize (copy, error))
        return;
    }
}

static void
read_occupations (RowCheck    *check,
                  SajjaMember *member,
                  const char  *occupation_text,
                  const char  *income_text)
{
  g_auto(GStrv) names = g_strsplit (occupation_text != NULL ? occupation_text : "", ";", -1);
  g_auto(GStrv) incomes = g_strsplit (income_text != NULL ? income_text : "", ";", -1);
  guint n_names = g_strv_length (names);
  guint n_incomes = g_strv_length (incomes);
  GPtrArray *occupations = sajja_member_get_occupations (member);

  /* "ทำนา;" is one occupation; "ทำนา; ; ค้าขาย" keeps its empty one, for the member's rules
   * to report. */
  while (n_names > 0 && is_blank (names[n_names - 1]))
    n_names--;
  while (n_incomes > 0 && is_blank (incomes[n_incomes - 1]))
    n_incomes--;

  if (n_incomes > n_names)
    {
      add_problem (check, SAJJA_ROSTER_COLUMN_MONTHLY_INCOME,
                   /* Translators: a problem of a row of a members file. */
                   _("There are more monthly incomes than occupations. Write the occupations "
                     "separated by semicolons (;), and their incomes in the same order."));
      return;
    }

  for (guint i = 0; i < n_names; i++)
    {
      gint64 income = 0;

      if (i < n_incomes && !is_blank (incomes[i]))
        {
          g_autoptr(GError) error = NULL;

          if (!sajja_money_parse (incomes[i], FALSE, &income, &error))
            {
              add_problem (check, SAJJA_ROSTER_COLUMN_MONTHLY_INCOME, error->message);
              g_ptr_array_set_size (occupations, 0);
              return;
            }
        }
      g_ptr_array_add (occupations, sajja_occupation_new (g_strstrip (names[i]), income));
    }
}

typedef struct
{
  int member_no;
  char *name;
} ExistingMember;

static void
existing_member_free (gpointer data)
{
  ExistingMember *existing = data;

  g_free (existing->name);
  g_free (existing);
}

/* The group's members now, by national ID and by member number. */
typedef struct
{
  GHashTable *by_id;   /* national ID → ExistingMember */
  GHashTable *by_no;   /* GINT_TO_POINTER (member number) → name (owned by by_id or names) */
  GPtrArray *names;    /* names of members without an ID */
} Existing;

static void
existing_clear (Existing *existing)
{
  g_clear_pointer (&existing->by_no, g_hash_table_unref);
  g_clear_pointer (&existing->by_id, g_hash_table_unref);
  g_clear_pointer (&existing->names, g_ptr_array_unref);
}

static gboolean
existing_load (Existing  *existing,
               SajjaDb   *db,
               gint64     group_id,
               GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  existing->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, existing_member_free);
  existing->by_no = g_hash_table_new (g_direct_hash, g_direct_equal);
  existing->names = g_ptr_array_new_with_free_func (g_free);

  stmt = sajja_db_prepare (db,
                           "SELECT national_id, member_no, trim (title || given_name || ' ' || surname) "
                           "FROM members WHERE group_id = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *national_id = (const char *) sqlite3_column_text (stmt, 0);
      int member_no = sqlite3_column_int (stmt, 1);
      char *name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));

      if (national_id != NULL)
        {
          ExistingMember *m = g_new0 (ExistingMember, 1);

          m->member_no = member_no;
          m->name = name;
          g_hash_table_replace (existing->by_id, g_strdup (national_id), m);
        }
      else
        g_ptr_array_add (existing->names, name);
      g_hash_table_replace (existing->by_no, GINT_TO_POINTER (member_no), name);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }

  return TRUE;
}

/* Duplicates within the file (the later row is reported) and with the group's members. */
static void
check_duplicates (RowCheck    *check,
                  SajjaMember *member,
                  Existing    *existing,
                  GHashTable  *file_ids,
                  GHashTable  *file_nos)
{
  const char *national_id = sajja_member_get_national_id (member);
  int member_no = sajja_member_get_member_no (member);

  if (national_id != NULL && !check->bad[SAJJA_ROSTER_COLUMN_NATIONAL_ID])
    {
      ExistingMember *other = g_hash_table_lookup (existing->by_id, national_id);
      gpointer first_line;

      if (other != NULL)
        add_problem_take (check, SAJJA_ROSTER_COLUMN_NATIONAL_ID,
                          /* Translators: %d is a member number, %s a name. */
                          g_strdup_printf (_("This ID number is already registered in the group, as member %d (%s)."),
                                           other->member_no, other->name));
      else if (g_hash_table_lookup_extended (file_ids, national_id, NULL, &first_line))
        add_problem_take (check, SAJJA_ROSTER_COLUMN_NATIONAL_ID,
                          /* Translators: a problem of a row of a members file; %u is the
                           * line of the file where the same ID number is first. */
                          g_strdup_printf (_("The same ID number is also on line %u of the file. "
                                             "Each member can be in the group only once."),
                                           GPOINTER_TO_UINT (first_line)));
      else
        g_hash_table_insert (file_ids, g_strdup (national_id), GUINT_TO_POINTER (check->line));
    }

  if (member_no > 0 && !check->bad[SAJJA_ROSTER_COLUMN_MEMBER_NO])
    {
      const char *name = g_hash_table_lookup (existing->by_no, GINT_TO_POINTER (member_no));
      gpointer first_line;

      if (name != NULL)
        add_problem_take (check, SAJJA_ROSTER_COLUMN_MEMBER_NO,
                          /* Translators: %d is a member number, %s a name. */
                          g_strdup_printf (_("Member number %d is already %s’s. Leave the number empty to take the next free one."),
                                           member_no, name));
      else if (g_hash_table_lookup_extended (file_nos, GINT_TO_POINTER (member_no), NULL, &first_line))
        add_problem_take (check, SAJJA_ROSTER_COLUMN_MEMBER_NO,
                          /* Translators: a problem of a row of a members file; %d is a member
                           * number, %u the line of the file where it is first. */
                          g_strdup_printf (_("Member number %d is also on line %u of the file. "
                                             "Give each member a different number, or leave "
                                             "the number empty to take the next free one."),
                                           member_no, GPOINTER_TO_UINT (first_line)));
      else
        g_hash_table_insert (file_nos, GINT_TO_POINTER (member_no), GUINT_TO_POINTER (check->line));
    }
}

/* The by-laws' fewest and most shares on the date of the pledge, as sajja_member_save()
 * checks them. */
static void
check_bylaws (RowCheck    *check,
              SajjaMember *member)
{
  SajjaRosterImport *self = check->self;
  const char *on = sajja_member_get_shares_from (member);
  gint64 min_shares;
  gint64 max_shares;
  int shares = sajja_member_get_shares (member);

  if (on == NULL)
    on = sajja_member_get_join_date (member);
  if (on == NULL || sajja_member_get_status (member) != SAJJA_MEMBER_ACTIVE)
    return;

  if (sajja_bylaw_get (self->db, self->group_id, SAJJA_BYLAW_MIN_SHARES, on, &min_shares, NULL) &&
      sajja_bylaw_get (self->db, self->group_id, SAJJA_BYLAW_MAX_SHARES, on, &max_shares, NULL) &&
      (shares < min_shares || shares > max_shares))
    add_problem_take (check, SAJJA_ROSTER_COLUMN_SHARES,
                      /* Translators: the numbers are the by-laws' fewest and most shares. */
                      g_strdup_printf (_("The group’s rules allow a pledge of %d to %d shares."),
                                       (int) min_shares, (int) max_shares));
}

/* Reads and checks record @record of @csv into a new row. */
static void
read_row (SajjaRosterImport *self,
          SajjaCsv          *csv,
          guint              record,
          const int         *index,
          guint              n_header,
          Existing          *existing,
          GHashTable        *file_ids,
          GHashTable        *file_nos)
{
  RowCheck check = { 0, };
  g_autoptr(SajjaMember) member = sajja_member_new (self->group_id);
  char *v[SAJJA_ROSTER_N_COLUMNS] = { NULL, };
  g_autofree char *birth = NULL;
  g_autofree char *join = NULL;
  g_autofree char *shares_from = NULL;
  g_autofree char *status_date = NULL;
  SajjaMemberStatus status = SAJJA_MEMBER_ACTIVE;
  guint n_fields = sajja_csv_get_n_fields (csv, record);

  check.self = self;
  check.row = self->members->len;
  check.line = sajja_csv_get_line (csv, record);
  check.first_problem = self->problems->len;

  for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS; c++)
    v[c] = dup_value (csv, record, index[c]);

  for (guint j = n_header; j < n_fields; j++)
    if (!is_blank (sajja_csv_get_field (csv, record, (int) j)))
      {
        add_problem (&check, SAJJA_ROSTER_COLUMN_NONE,
                     /* Translators: a problem of a row of a members file. */
                     _("This row has more values than the first row has column names. Remove "
                       "the extra values, or give their column a name."));
        break;
      }

  if (v[SAJJA_ROSTER_COLUMN_MEMBER_NO] != NULL)
    {
      guint64 n;

      if (parse_count (v[SAJJA_ROSTER_COLUMN_MEMBER_NO], 1, 999999, &n))
        sajja_member_set_member_no (member, (int) n);
      else
        add_problem (&check, SAJJA_ROSTER_COLUMN_MEMBER_NO,
                     _("The member number must be a whole number from 1 to 999,999, or left empty to take the next one."));
    }

  sajja_member_set_title (member, v[SAJJA_ROSTER_COLUMN_TITLE]);
  sajja_member_set_given_name (member, v[SAJJA_ROSTER_COLUMN_GIVEN_NAME]);
  sajja_member_set_surname (member, v[SAJJA_ROSTER_COLUMN_SURNAME]);
  sajja_member_set_address (member, v[SAJJA_ROSTER_COLUMN_ADDRESS]);
  sajja_member_set_phone (member, v[SAJJA_ROSTER_COLUMN_PHONE]);

  if (v[SAJJA_ROSTER_COLUMN_NATIONAL_ID] != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *digits = NULL;

      if (is_scientific_number (v[SAJJA_ROSTER_COLUMN_NATIONAL_ID]))
        add_problem (&check, SAJJA_ROSTER_COLUMN_NATIONAL_ID,
                     /* Translators: a problem of a row of a members file. 1.23457E+12 is how
                      * Excel shows a long number; keep it as it is. */
                     _("Excel has turned this ID number into a number such as 1.23457E+12 and "
                       "lost its last digits. Format the column as Text, type the ID numbers "
                       "again, and save the file again."));
      else if ((digits = sajja_thai_id_normalize (v[SAJJA_ROSTER_COLUMN_NATIONAL_ID], &error)) == NULL)
        add_problem (&check, SAJJA_ROSTER_COLUMN_NATIONAL_ID, error->message);
      else
        sajja_member_set_national_id (member, digits);
    }

  birth = parse_date (&check, SAJJA_ROSTER_COLUMN_BIRTH_DATE, v[SAJJA_ROSTER_COLUMN_BIRTH_DATE]);
  sajja_member_set_birth_date (member, birth);
  /* An empty join date stays empty (a new member's is today), for the rules to report. */
  join = parse_date (&check, SAJJA_ROSTER_COLUMN_JOIN_DATE, v[SAJJA_ROSTER_COLUMN_JOIN_DATE]);
  sajja_member_set_join_date (member, join);

  if (v[SAJJA_ROSTER_COLUMN_GENDER] != NULL)
    {
      SajjaGender gender;

      if (parse_gender (v[SAJJA_ROSTER_COLUMN_GENDER], &gender))
        sajja_member_set_gender (member, gender);
      else
        add_problem (&check, SAJJA_ROSTER_COLUMN_GENDER,
                     /* Translators: a problem of a row of a members file. Keep the Thai words:
                      * they are what the file must hold. */
                     _("Write the gender as ชาย, หญิง or อื่น ๆ (or male, female or other), or "
                       "leave it empty."));
    }

  if (v[SAJJA_ROSTER_COLUMN_STATUS] != NULL && !parse_status (v[SAJJA_ROSTER_COLUMN_STATUS], &status))
    {
      add_problem (&check, SAJJA_ROSTER_COLUMN_STATUS,
                   /* Translators: a problem of a row of a members file. Keep the Thai words:
                    * they are what the file must hold. */
                   _("Write the status as ปกติ, ลาออก, เสียชีวิต or ให้ออก (or active, "
                     "resigned, deceased or expelled), or leave it empty for a member who is "
                     "still in the group."));
      status = SAJJA_MEMBER_ACTIVE;
    }
  status_date = parse_date (&check, SAJJA_ROSTER_COLUMN_STATUS_DATE, v[SAJJA_ROSTER_COLUMN_STATUS_DATE]);
  if (status == SAJJA_MEMBER_ACTIVE && !check.bad[SAJJA_ROSTER_COLUMN_STATUS] &&
      (status_date != NULL || v[SAJJA_ROSTER_COLUMN_STATUS_REASON] != NULL))
    add_problem (&check, SAJJA_ROSTER_COLUMN_STATUS,
                 /* Translators: a problem of a row of a members file. */
                 _("This row gives a date or reason for leaving the group, but not the status. "
                   "Write the status, such as ลาออก, or remove the date and the reason."));
  sajja_member_set_status (member, status, status_date, v[SAJJA_ROSTER_COLUMN_STATUS_REASON]);

  shares_from = parse_date (&check, SAJJA_ROSTER_COLUMN_SHARES_FROM, v[SAJJA_ROSTER_COLUMN_SHARES_FROM]);
  if (v[SAJJA_ROSTER_COLUMN_SHARES] != NULL)
    {
      guint64 n;

      if (parse_count (v[SAJJA_ROSTER_COLUMN_SHARES], 0, 10000, &n))
        sajja_member_set_shares (member, (int) n, shares_from != NULL ? shares_from : join);
      else
        add_problem (&check, SAJJA_ROSTER_COLUMN_SHARES, _("The pledged shares must be a whole number."));
    }

  if (v[SAJJA_ROSTER_COLUMN_OCCUPATION] != NULL || v[SAJJA_ROSTER_COLUMN_MONTHLY_INCOME] != NULL)
    read_occupations (&check, member, v[SAJJA_ROSTER_COLUMN_OCCUPATION],
                      v[SAJJA_ROSTER_COLUMN_MONTHLY_INCOME]);

  validate_member (&check, member);

  if (v[SAJJA_ROSTER_COLUMN_SHARES] != NULL && !check.bad[SAJJA_ROSTER_COLUMN_SHARES] &&
      !check.bad[SAJJA_ROSTER_COLUMN_JOIN_DATE] && !check.bad[SAJJA_ROSTER_COLUMN_SHARES_FROM])
    check_bylaws (&check, member);

  check_duplicates (&check, member, existing, file_ids, file_nos);

  self->highest_no = MAX (self->highest_no, sajja_member_get_member_no (member));
  g_ptr_array_add (self->members, g_steal_pointer (&member));
  g_array_append_val (self->lines, check.line);

  for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS; c++)
    g_free (v[c]);
}

/* Sorts problems of one row in the order of the file's columns. */
static int
compare_problems (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const SajjaRosterProblem *pa = a;
  const SajjaRosterProblem *pb = b;
  const int *index = user_data;
  int ia = pa->column == SAJJA_ROSTER_COLUMN_NONE ? -1 : index[pa->column];
  int ib = pb->column == SAJJA_ROSTER_COLUMN_NONE ? -1 : index[pb->column];

  /* Columns the file lacks go last. */
  if (pa->column != SAJJA_ROSTER_COLUMN_NONE && ia < 0)
    ia = G_MAXINT;
  if (pb->column != SAJJA_ROSTER_COLUMN_NONE && ib < 0)
    ib = G_MAXINT;

  return (ia > ib) - (ia < ib);
}

static gboolean
group_exists (SajjaDb  *db,
              gint64    group_id,
              char    **out_uuid,
              GError  **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT uuid FROM groups WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && out_uuid != NULL)
    *out_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_NO_GROUP,
                         /* Translators: an error of a members import or export. */
                         _("The group is not in this database. It may have been deleted; choose "
                           "another group."));
  else
    sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
  return FALSE;
}

/* Maps the header to the columns; fails when a required one is missing. */
static gboolean
map_columns (SajjaRosterImport  *self,
             SajjaCsv           *csv,
             int                *index,
             GError            **error)
{
  const char * const *header = sajja_csv_get_record (csv, 0);
  guint n_header = sajja_csv_get_n_fields (csv, 0);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  guint n_missing = 0;

  for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS; c++)
    {
      index[c] = sajja_csv_find_column (csv, columns[c]);
      if (index[c] >= 0)
        self->column_names[c] = g_strstrip (g_strdup (header[index[c]]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (required_columns); i++)
    {
      SajjaRosterColumn c = required_columns[i];

      if (index[c] >= 0)
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      /* The Thai name, and the English one the importer also reads. */
      g_string_append_printf (missing, "“%s” (%s)", columns[c][0], english_names[c]);
      n_missing++;
    }

  if (n_missing > 0)
    {
      g_autoptr(GString) found = g_string_new (NULL);

      for (guint j = 0; j < n_header; j++)
        {
          if (is_blank (header[j]))
            continue;
          if (found->len > 0)
            g_string_append (found, ", ");
          g_string_append_printf (found, "“%s”", header[j]);
        }

      if (found->len == 0)
        g_set_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_MISSING_COLUMN,
                     g_dngettext (GETTEXT_PACKAGE,
                                  /* Translators: %s names the columns, such as
                                   * “ชื่อ” (given name). */
                                  "The first row of the file has no column names. It must name "
                                  "the columns, with at least the column %s.",
                                  "The first row of the file has no column names. It must name "
                                  "the columns, with at least the columns %s.", n_missing),
                     missing->str);
      else
        g_set_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_MISSING_COLUMN,
                     g_dngettext (GETTEXT_PACKAGE,
                                  /* Translators: the first %s names the missing
                                   * columns, such as “นามสกุล” (surname); the second
                                   * lists the names the file's first row has, such as
                                   * “ชื่อ”, “ที่อยู่”. */
                                  "The file has no column %s, which a members file needs. The "
                                  "first row of the file names these columns: %s.",
                                  "The file has no columns %s, which a members file needs. The "
                                  "first row of the file names these columns: %s.", n_missing),
                     missing->str, found->str);
      return FALSE;
    }

  for (guint j = 0; j < n_header; j++)
    {
      gboolean used = FALSE;

      for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS && !used; c++)
        used = index[c] == (int) j;
      if (!used && !is_blank (header[j]))
        {
          g_autofree char *name = g_strstrip (g_strdup (header[j]));

          g_strv_builder_add (ignored, name);
        }
    }
  self->ignored_columns = g_strv_builder_end (ignored);

  return TRUE;
}

static SajjaRosterImport *
prepare (SajjaDb           *db,
         gint64             group_id,
         SajjaCsv          *csv,
         const char        *source,
         GError           **error)
{
  g_autoptr(SajjaRosterImport) self = NULL;
  g_autoptr(GHashTable) file_ids = NULL;
  g_autoptr(GHashTable) file_nos = NULL;
  Existing existing = { NULL, };
  int index[SAJJA_ROSTER_N_COLUMNS];
  guint n_records = sajja_csv_get_n_records (csv);

  if (!group_exists (db, group_id, NULL, error))
    return NULL;

  if (n_records == 0)
    {
      g_set_error_literal (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_EMPTY,
                           /* Translators: an error of a members import. */
                           _("The file is empty. Choose a file with a row of column names and "
                             "a row for each member."));
      return NULL;
    }

  self = g_new0 (SajjaRosterImport, 1);
  self->db = g_object_ref (db);
  self->group_id = group_id;
  self->source = g_strdup (source);
  self->encoding = sajja_csv_get_encoding (csv);
  self->members = g_ptr_array_new_with_free_func (g_object_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->problems = g_array_new (FALSE, TRUE, sizeof (SajjaRosterProblem));
  g_array_set_clear_func (self->problems, problem_clear);

  if (!map_columns (self, csv, index, error))
    return NULL;

  if (!existing_load (&existing, db, group_id, error))
    {
      existing_clear (&existing);
      return NULL;
    }

  file_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  file_nos = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint r = 1; r < n_records; r++)
    {
      const char * const *fields = sajja_csv_get_record (csv, r);
      gboolean blank = TRUE;
      guint first_problem = self->problems->len;

      /* Excel writes the empty rows of a sheet's used range as ",,,,". */
      for (guint j = 0; fields[j] != NULL && blank; j++)
        blank = is_blank (fields[j]);
      if (blank)
        continue;

      read_row (self, csv, r, index, sajja_csv_get_n_fields (csv, 0), &existing, file_ids, file_nos);

      if (self->problems->len - first_problem > 1)
        g_qsort_with_data (&g_array_index (self->problems, SajjaRosterProblem, first_problem),
                           (int) (self->problems->len - first_problem), sizeof (SajjaRosterProblem),
                           compare_problems, index);
    }

  existing_clear (&existing);

  if (self->members->len == 0)
    {
      g_set_error_literal (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_EMPTY,
                           /* Translators: an error of a members import. */
                           _("The file has only its row of column names, and no members under "
                             "it."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * sajja_roster_import_prepare:
 * @db: a database
 * @group_id: the group to import into
 * @path: a CSV file
 * @encoding: the file's encoding, or %SAJJA_CSV_ENCODING_AUTO
 * @error: return location for a #GError
 *
 * Reads a members file and checks each row, without writing anything.
 *
 * The first row names the columns (see #SajjaRosterColumn), in Thai or English, in any order;
 * "ชื่อ" (given name), "นามสกุล" (surname) and "วันที่สมัคร" (join date) are required, and a
 * file without one of them is refused whole, with a message naming it and the columns found.
 * Every other row is a member, except blank rows. Each row is checked fully: each value, the
 * member's rules (sajja_member_validate()), the group's by-laws on pledged shares, and
 * duplicate ID numbers and member numbers, within the file and with the group's members.
 * Every problem is listed with its line and column (see sajja_roster_import_get_problem()).
 *
 * Errors are in %SAJJA_CSV_ERROR (the file cannot be read as CSV text), %G_IO_ERROR,
 * %SAJJA_ROSTER_ERROR or %SAJJA_DB_ERROR; problems of rows are not errors.
 *
 * Returns: (transfer full) (nullable): the checked rows, or %NULL with @error set
 */
SajjaRosterImport *
sajja_roster_import_prepare (SajjaDb           *db,
                             gint64             group_id,
                             const char        *path,
                             SajjaCsvEncoding   encoding,
                             GError           **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SajjaCsv) csv = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  csv = sajja_csv_load (file, encoding, NULL, error);
  if (csv == NULL)
    return NULL;

  basename = g_filename_display_basename (path);
  return prepare (db, group_id, csv, basename, error);
}

/**
 * sajja_roster_import_prepare_data:
 * @db: a database
 * @group_id: the group to import into
 * @data: (array length=len): the bytes of a CSV file
 * @len: the length of @data
 * @encoding: the encoding of @data, or %SAJJA_CSV_ENCODING_AUTO
 * @error: return location for a #GError
 *
 * Like sajja_roster_import_prepare(), from bytes in memory.
 *
 * Returns: (transfer full) (nullable): the checked rows, or %NULL with @error set
 */
SajjaRosterImport *
sajja_roster_import_prepare_data (SajjaDb           *db,
                                  gint64             group_id,
                                  const char        *data,
                                  gsize              len,
                                  SajjaCsvEncoding   encoding,
                                  GError           **error)
{
  g_autoptr(SajjaCsv) csv = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  csv = sajja_csv_parse (data, len, encoding, error);
  if (csv == NULL)
    return NULL;

  return prepare (db, group_id, csv, NULL, error);
}

/**
 * sajja_roster_import_free:
 * @self: (nullable): an import
 *
 * Frees @self and its members; nothing is written.
 */
void
sajja_roster_import_free (SajjaRosterImport *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->db);
  g_free (self->source);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->problems, g_array_unref);
  for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS; c++)
    g_free (self->column_names[c]);
  g_strfreev (self->ignored_columns);
  g_free (self);
}

/**
 * sajja_roster_import_get_encoding:
 * @self: an import
 *
 * Returns: %SAJJA_CSV_ENCODING_UTF8 or %SAJJA_CSV_ENCODING_TIS620
 */
SajjaCsvEncoding
sajja_roster_import_get_encoding (SajjaRosterImport *self)
{
  g_return_val_if_fail (self != NULL, SAJJA_CSV_ENCODING_UTF8);

  return self->encoding;
}

/**
 * sajja_roster_import_get_n_rows:
 * @self: an import
 *
 * Returns: the number of member rows of the file, with or without problems
 */
guint
sajja_roster_import_get_n_rows (SajjaRosterImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->members->len;
}

/**
 * sajja_roster_import_get_member:
 * @self: an import
 * @row: a row, less than sajja_roster_import_get_n_rows()
 *
 * The member as read from @row; fields with a problem are left empty. Before the commit its
 * member number is 0 when the file gives none; after it, the member is the one saved.
 *
 * Returns: (transfer none): the member
 */
SajjaMember *
sajja_roster_import_get_member (SajjaRosterImport *self,
                                guint              row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->members->len, NULL);

  return g_ptr_array_index (self->members, row);
}

/**
 * sajja_roster_import_get_line:
 * @self: an import
 * @row: a row, less than sajja_roster_import_get_n_rows()
 *
 * Returns: the 1-based physical line of the file where @row starts
 */
guint
sajja_roster_import_get_line (SajjaRosterImport *self,
                              guint              row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->lines->len, 0);

  return g_array_index (self->lines, guint, row);
}

/**
 * sajja_roster_import_get_n_problems:
 * @self: an import
 *
 * Returns: the number of problems of all rows; 0 when the import can be committed
 */
guint
sajja_roster_import_get_n_problems (SajjaRosterImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->problems->len;
}

/**
 * sajja_roster_import_get_problem:
 * @self: an import
 * @index: less than sajja_roster_import_get_n_problems()
 *
 * Problems come in the order of the rows, and within a row in the order of its columns.
 *
 * Returns: (transfer none): the problem, owned by @self
 */
const SajjaRosterProblem *
sajja_roster_import_get_problem (SajjaRosterImport *self,
                                 guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  return &g_array_index (self->problems, SajjaRosterProblem, index);
}

/**
 * sajja_roster_import_get_n_bad_rows:
 * @self: an import
 *
 * Returns: the number of rows with at least one problem
 */
guint
sajja_roster_import_get_n_bad_rows (SajjaRosterImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_bad_rows;
}

/**
 * sajja_roster_import_get_ignored_columns:
 * @self: an import
 *
 * Returns: (transfer none) (array zero-terminated=1): the names in the header row that are
 *   no roster column, whose values are not imported
 */
const char * const *
sajja_roster_import_get_ignored_columns (SajjaRosterImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->ignored_columns;
}

static gboolean
highest_member_no (SajjaDb  *db,
                   gint64    group_id,
                   int      *out,
                   GError  **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT ifnull (max (member_no), 0) FROM members WHERE group_id = ?",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Saves copies of the members, so that a failure leaves the preview as it was. */
static gboolean
save_all (SajjaRosterImport  *self,
          GPtrArray          *saved,
          GError            **error)
{
  g_autofree char *group_uuid = NULL;
  g_autofree char *detail = NULL;
  int next_no = 0;

  if (!group_exists (self->db, self->group_id, &group_uuid, error))
    return FALSE;

  /* Numbers for rows without one follow the highest of the group and of the file, in the
   * order of the file, so they never collide with a number the file gives. */
  if (!highest_member_no (self->db, self->group_id, &next_no, error))
    return FALSE;
  next_no = MAX (next_no, self->highest_no) + 1;

  for (guint i = 0; i < self->members->len; i++)
    {
      g_autoptr(SajjaMember) member = sajja_member_copy (g_ptr_array_index (self->members, i));
      g_autoptr(GError) local_error = NULL;

      if (sajja_member_get_member_no (member) == 0)
        sajja_member_set_member_no (member, next_no++);

      if (!sajja_member_save (member, self->db, &local_error))
        {
          g_set_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_SAVE,
                       /* Translators: %u is a line of the file, %s the reason. */
                       _("Nothing was imported: the member on line %u of the file could not be "
                         "saved. %s"),
                       g_array_index (self->lines, guint, i), local_error->message);
          return FALSE;
        }
      g_ptr_array_add (saved, g_steal_pointer (&member));
    }

  /* The log keeps data, not text for people: the file's name and the count are not
   * translated. */
  detail = g_strdup_printf ("%s: %u", self->source != NULL ? self->source : "", self->members->len);
  return sajja_db_log_action (self->db, "member-import", group_uuid, detail, error);
}

/**
 * sajja_roster_import_commit:
 * @self: a prepared import without problems
 * @error: return location for a #GError
 *
 * Adds every member of the file to the group in one transaction: all of them or, if anything
 * fails, none. Members without a member number are numbered after the highest number of the
 * group and of the file, in the order of the file. Logs one "member-import" action (besides
 * the "member-add" that sajja_member_save() logs for each member).
 *
 * Runs inside the caller's transaction when one is open; then, on failure, the caller must
 * roll it back.
 *
 * Refuses with %SAJJA_ROSTER_ERROR_INVALID_ROWS when any row has a problem, and with
 * %SAJJA_ROSTER_ERROR_COMMITTED when it already succeeded.
 *
 * Returns: %TRUE when every member was added
 */
gboolean
sajja_roster_import_commit (SajjaRosterImport  *self,
                            GError            **error)
{
  g_autoptr(GPtrArray) saved = NULL;
  gboolean own;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->committed)
    {
      g_set_error_literal (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_COMMITTED,
                           /* Translators: an error of a members import. */
                           _("These members have already been imported."));
      return FALSE;
    }

  if (self->problems->len > 0)
    {
      g_set_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_INVALID_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: an error of a members import; %u is
                                 * a number of rows. */
                                "%u row of the file has a problem. Correct the file and import "
                                "it again; nothing was imported.",
                                "%u rows of the file have problems. Correct the file and import "
                                "it again; nothing was imported.", self->n_bad_rows),
                   self->n_bad_rows);
      return FALSE;
    }

  saved = g_ptr_array_new_full (self->members->len, g_object_unref);
  own = !sajja_db_in_transaction (self->db);
  if (own && !sajja_db_begin (self->db, error))
    return FALSE;

  if (!save_all (self, saved, error) || (own && !sajja_db_commit (self->db, error)))
    {
      if (own)
        sajja_db_rollback (self->db);
      return FALSE;
    }

  /* The preview now shows the members as saved, with their numbers. */
  g_ptr_array_unref (self->members);
  self->members = g_steal_pointer (&saved);
  self->committed = TRUE;
  return TRUE;
}

/* ---- The export --------------------------------------------------------------------------- */

static void
append_value (GString    *out,
              const char *value)
{
  gboolean guard;
  gboolean quote;

  if (value == NULL)
    value = "";

  /* Excel runs "=…", "+…", "-…" and "@…" as formulas; an apostrophe before makes them text.
   * The importer drops it again, and doubles it to keep a value that starts with one. */
  guard = is_formula_start (value[0]) || (value[0] == '\'' && (is_formula_start (value[1]) || value[1] == '\''));
  quote = strpbrk (value, ",;\t\"\r\n") != NULL ||
          (value[0] != '\0' && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[strlen (value) - 1])));

  if (quote)
    g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static const char *
gender_value (SajjaGender gender)
{
  for (guint i = 0; i < G_N_ELEMENTS (genders); i++)
    if (genders[i].gender == gender)
      return genders[i].names[0];
  return "";
}

static const char *
status_value (SajjaMemberStatus status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (statuses[i].status == status)
      return statuses[i].names[0];
  return "";
}

static void
append_member (GString     *out,
               SajjaMember *m)
{
  GPtrArray *occupations = sajja_member_get_occupations (m);
  const char *national_id = sajja_member_get_national_id (m);
  g_autofree char *member_no = g_strdup_printf ("%d", sajja_member_get_member_no (m));
  g_autofree char *id = national_id != NULL && strlen (national_id) == 13 ? sajja_thai_id_format (national_id)
                                                                          : g_strdup (national_id);
  g_autofree char *shares = NULL;
  const char *shares_from = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) incomes = g_string_new (NULL);
  gboolean any_income = FALSE;
  const char *values[SAJJA_ROSTER_N_COLUMNS];

  /* A member who never pledged has no shares, not 0. The date is left out when it is the join
   * date, as the importer takes it to be. */
  if (sajja_member_get_shares_from (m) != NULL)
    {
      shares = g_strdup_printf ("%d", sajja_member_get_shares (m));
      if (g_strcmp0 (sajja_member_get_shares_from (m), sajja_member_get_join_date (m)) != 0)
        shares_from = sajja_member_get_shares_from (m);
    }

  for (guint i = 0; i < occupations->len; i++)
    {
      SajjaOccupation *o = g_ptr_array_index (occupations, i);

      if (i > 0)
        {
          g_string_append (names, "; ");
          g_string_append (incomes, "; ");
        }
      g_string_append (names, o->occupation);
      /* Plain "1234.50": no thousands commas, which Excel may read by its locale. */
      g_string_append_printf (incomes, "%" G_GINT64_FORMAT ".%02d",
                              o->monthly_income / SAJJA_SATANG_PER_BAHT,
                              (int) (o->monthly_income % SAJJA_SATANG_PER_BAHT));
      any_income = any_income || o->monthly_income != 0;
    }

  values[SAJJA_ROSTER_COLUMN_MEMBER_NO] = member_no;
  values[SAJJA_ROSTER_COLUMN_TITLE] = sajja_member_get_title (m);
  values[SAJJA_ROSTER_COLUMN_GIVEN_NAME] = sajja_member_get_given_name (m);
  values[SAJJA_ROSTER_COLUMN_SURNAME] = sajja_member_get_surname (m);
  values[SAJJA_ROSTER_COLUMN_NATIONAL_ID] = id;
  values[SAJJA_ROSTER_COLUMN_BIRTH_DATE] = sajja_member_get_birth_date (m);
  values[SAJJA_ROSTER_COLUMN_GENDER] = gender_value (sajja_member_get_gender (m));
  values[SAJJA_ROSTER_COLUMN_ADDRESS] = sajja_member_get_address (m);
  values[SAJJA_ROSTER_COLUMN_PHONE] = sajja_member_get_phone (m);
  values[SAJJA_ROSTER_COLUMN_JOIN_DATE] = sajja_member_get_join_date (m);
  values[SAJJA_ROSTER_COLUMN_SHARES] = shares;
  values[SAJJA_ROSTER_COLUMN_SHARES_FROM] = shares_from;
  values[SAJJA_ROSTER_COLUMN_OCCUPATION] = names->str;
  values[SAJJA_ROSTER_COLUMN_MONTHLY_INCOME] = any_income ? incomes->str : NULL;
  values[SAJJA_ROSTER_COLUMN_STATUS] = status_value (sajja_member_get_status (m));
  values[SAJJA_ROSTER_COLUMN_STATUS_DATE] = sajja_member_get_status_date (m);
  values[SAJJA_ROSTER_COLUMN_STATUS_REASON] = sajja_member_get_status_reason (m);

  for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_value (out, values[c]);
    }
  g_string_append (out, "\r\n");
}

/**
 * sajja_roster_export:
 * @db: a database
 * @group_id: a group
 * @path: the file to write; replaced if it exists
 * @error: return location for a #GError
 *
 * Writes the group's members, in the order of their numbers, as a CSV file that Excel opens
 * with its Thai intact and that sajja_roster_import_prepare() reads back to the same members:
 * UTF-8 with a BOM, CR LF line ends, a header row of the Thai column names, and the values
 * quoted where they need it.
 *
 * Dates are ISO-8601 in the Common Era (2024-01-15), not the Buddhist Era: the form no
 * program reads wrongly, which Excel shows as a date in the user's own format. National IDs are
 * written with dashes (1-2345-67890-12-1) so that Excel keeps all 13 digits. The roster has
 * each member's current pledge and every occupation, but not the history of pledges, the
 * beneficiaries, the spouse or the consent, which stay in Sajja.
 *
 * The file is written whole or not at all.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
sajja_roster_export (SajjaDb     *db,
                     gint64       group_id,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GString) out = g_string_new (UTF8_BOM);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!group_exists (db, group_id, NULL, error))
    return FALSE;

  ids = sajja_member_search_ids (db, group_id, NULL, SAJJA_MEMBER_SORT_NUMBER, FALSE, error);
  if (ids == NULL)
    return FALSE;

  for (int c = 0; c < SAJJA_ROSTER_N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_value (out, columns[c][0]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SajjaMember) m = sajja_member_find_by_id (db, g_array_index (ids, gint64, i), error);

      if (m == NULL)
        return FALSE;
      append_member (out, m);
    }

  if (!g_file_set_contents (path, out->str, (gssize) out->len, &local_error))
    {
      g_set_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_WRITE,
                   /* Translators: %s is the reason, from the system. */
                   _("Could not write the members file. %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}
