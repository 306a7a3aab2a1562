/* test-members.c: tests for members, by-laws, committees, the member search and list, and the
 * demo network's registry (sajja-member.c, sajja-bylaw.c, sajja-committee.c,
 * sajja-member-list.c, sajja-demo.c) on real SQLite files in a throwaway folder.
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS, so g_get_user_data_dir() is a fresh folder
 * of its own.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>

#include "sajja-bylaw.h"
#include "sajja-collate.h"
#include "sajja-committee.h"
#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-member-list.h"
#include "sajja-ledger.h"
#include "sajja-member-edit.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-thai-id.h"

/* ---- helpers ---------------------------------------------------------------------------- */

static char *
test_path (const char *name)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static SajjaDb *
open_ok (const char       *path,
         SajjaDbOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = sajja_db_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static void
close_ok (SajjaDb *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_db_close (db, FALSE, 0, &error));
  g_assert_no_error (error);
  g_object_unref (db);
}

static SajjaDb *
new_db (const char *name)
{
  g_autofree char *path = test_path (name);

  g_unlink (path);
  return open_ok (path, SAJJA_DB_OPEN_DEFAULT);
}

static gint64
query_int (SajjaDb    *db,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sajja_db_query_int (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

static gint64
count_rows (SajjaDb    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query_int (db, sql);
}

/* A saved group founded on 1 January 2000 (or @founded). */
static SajjaGroup *
add_group (SajjaDb    *db,
           const char *name,
           int         moo,
           const char *founded)
{
  g_autoptr(GError) error = NULL;
  SajjaGroup *group = sajja_group_new ();

  sajja_group_set_name (group, name);
  sajja_group_set_village (group, "บ้านทดสอบ");
  sajja_group_set_moo (group, moo);
  sajja_group_set_tambon (group, "คอหงส์");
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  sajja_group_set_founded (group, founded != NULL ? founded : "2000-01-01");
  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_group_get_id (group), >, 0);
  return group;
}

/* A valid 13-digit ID: @first12 and its check digit. */
static char *
valid_id (const char *first12)
{
  g_assert_cmpuint (strlen (first12), ==, 12);
  return g_strdup_printf ("%s%d", first12, sajja_thai_id_check_digit (first12));
}

/* The valid ID "80000000000NN?" of person @n: only the digits 8, 0, those of @n and the check
 * digit, so that a member number never turns up inside it by chance. */
static char *
person_id (guint n)
{
  g_autofree char *first12 = g_strdup_printf ("8000000000%02u", n);

  return valid_id (first12);
}

static SajjaMember *
new_member (gint64      group_id,
            const char *given_name,
            const char *surname,
            const char *national_id)
{
  SajjaMember *m = sajja_member_new (group_id);

  sajja_member_set_title (m, "นาย");
  sajja_member_set_gender (m, SAJJA_GENDER_MALE);
  sajja_member_set_given_name (m, given_name);
  sajja_member_set_surname (m, surname);
  sajja_member_set_national_id (m, national_id);
  sajja_member_set_birth_date (m, "1970-05-01");
  sajja_member_set_join_date (m, "2015-01-10");
  return m;
}

static void
save_ok (SajjaMember *m,
         SajjaDb     *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_member_save (m, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_member_get_id (m), >, 0);
}

static void
save_fails (SajjaMember *m,
            SajjaDb     *db,
            GQuark       domain,
            int          code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sajja_member_save (m, db, &error));
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
validate_fails (SajjaMember *m,
                int          code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sajja_member_validate (m, &error));
  g_assert_error (error, SAJJA_MEMBER_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
validate_ok (SajjaMember *m)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_member_validate (m, &error));
  g_assert_no_error (error);
}

static char *
iso_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static GArray *
search (SajjaDb         *db,
        gint64           group_id,
        const char      *query,
        SajjaMemberSort  sort,
        gboolean         descending)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = sajja_member_search_ids (db, group_id, query, sort, descending, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  return ids;
}

/* Checks that @ids are exactly the ids of @members, in that order (a NULL-terminated list). */
static void
assert_ids (GArray       *ids,
            SajjaMember **members)
{
  guint n = 0;

  while (members[n] != NULL)
    n++;
  for (guint i = 0; i < ids->len; i++)
    g_test_message ("  result %u: id %" G_GINT64_FORMAT, i, g_array_index (ids, gint64, i));
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, sajja_member_get_id (members[i]));
}

/* Checks that @ids hold the ids of @members in any order. */
static void
assert_id_set (GArray       *ids,
               SajjaMember **members)
{
  guint n = 0;

  while (members[n] != NULL)
    n++;
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < ids->len && !found; j++)
        found = g_array_index (ids, gint64, j) == sajja_member_get_id (members[i]);
      if (!found)
        g_test_message ("member %s is missing", sajja_member_get_given_name (members[i]));
      g_assert_true (found);
    }
}

/* ---- validation ------------------------------------------------------------------------- */

static void
test_validate_national_id (void)
{
  g_autoptr(SajjaDb) db = new_db ("id.db");
  g_autoptr(SajjaGroup) group = add_group (db, "กลุ่มทดสอบ", 1, NULL);
  g_autofree char *good = valid_id ("110170020345");
  char bad[14];
  g_autoptr(SajjaMember) m = NULL;

  /* The check digit off by one. */
  g_strlcpy (bad, good, sizeof bad);
  bad[12] = bad[12] == '9' ? '0' : bad[12] + 1;
  m = new_member (sajja_group_get_id (group), "สมชาย", "ใจดี", bad);
  validate_fails (m, SAJJA_MEMBER_ERROR_NATIONAL_ID);
  save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_NATIONAL_ID);
  g_assert_cmpint (sajja_member_count (db, 0), ==, 0);

  /* Too short, letters, a leading 0 or 9. */
  sajja_member_set_national_id (m, "123456789012");
  validate_fails (m, SAJJA_MEMBER_ERROR_NATIONAL_ID);
  sajja_member_set_national_id (m, "1-1017-0020x-34-5");
  validate_fails (m, SAJJA_MEMBER_ERROR_NATIONAL_ID);
  {
    g_autofree char *nine = valid_id ("910170020345");

    sajja_member_set_national_id (m, nine);
    validate_fails (m, SAJJA_MEMBER_ERROR_NATIONAL_ID);
  }

  /* As typed, with dashes and Thai digits: stored as 13 ASCII digits. */
  {
    g_autofree char *dashed = sajja_thai_id_format (good);

    sajja_member_set_national_id (m, dashed);
    validate_ok (m);
    g_assert_cmpstr (sajja_member_get_national_id (m), ==, good);
  }
  {
    g_autofree char *dashed = sajja_thai_id_format (good);
    g_autofree char *thai = sajja_ascii_digits_to_thai (dashed);

    g_assert_false (g_str_equal (thai, dashed));
    sajja_member_set_national_id (m, thai);
    validate_ok (m);
    g_assert_cmpstr (sajja_member_get_national_id (m), ==, good);
  }
  sajja_member_set_national_id (m, good);
  save_ok (m, db);
  g_assert_cmpstr (sajja_member_get_national_id (m), ==, good);

  /* No ID at all is allowed (a member without a card yet). */
  {
    g_autoptr(SajjaMember) none = new_member (sajja_group_get_id (group), "มาลี", "สุขใจ", NULL);

    save_ok (none, db);
    g_assert_null (sajja_member_get_national_id (none));
  }
  g_assert_cmpint (sajja_member_count (db, 0), ==, 2);
}

static void
test_validate_duplicate_id (void)
{
  g_autoptr(SajjaDb) db = new_db ("dup.db");
  g_autoptr(SajjaGroup) a = add_group (db, "กลุ่มบ้านพรุ", 2, NULL);
  g_autoptr(SajjaGroup) b = add_group (db, "กลุ่มบ้านควนจง", 4, NULL);
  g_autofree char *id = valid_id ("390110012345");
  g_autoptr(SajjaMember) first = new_member (sajja_group_get_id (a), "สมชาย", "ใจดี", id);
  g_autoptr(SajjaMember) again = NULL;
  g_autoptr(SajjaMember) elsewhere = NULL;

  save_ok (first, db);

  /* The same person twice in one group, even typed with dashes. */
  {
    g_autofree char *dashed = sajja_thai_id_format (id);

    again = new_member (sajja_group_get_id (a), "สมชาย", "ใจดี", dashed);
  }
  save_fails (again, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_NATIONAL_ID);
  g_assert_cmpint (sajja_member_count (db, sajja_group_get_id (a)), ==, 1);

  /* The same person may also belong to another group. */
  elsewhere = new_member (sajja_group_get_id (b), "สมชาย", "ใจดี", id);
  save_ok (elsewhere, db);
  g_assert_cmpint (sajja_member_count (db, sajja_group_get_id (b)), ==, 1);
  g_assert_cmpint (sajja_member_count (db, 0), ==, 2);

  {
    g_auto(GStrv) others = sajja_member_dup_other_groups (db, id, sajja_group_get_id (b));

    g_assert_nonnull (others);
    g_assert_cmpuint (g_strv_length (others), ==, 1);
    g_assert_cmpstr (others[0], ==, "กลุ่มบ้านพรุ");
  }
  {
    g_auto(GStrv) others = sajja_member_dup_other_groups (db, id, sajja_group_get_id (a));

    g_assert_cmpuint (g_strv_length (others), ==, 1);
    g_assert_cmpstr (others[0], ==, "กลุ่มบ้านควนจง");
  }
  {
    g_autofree char *stranger = valid_id ("390110054321");
    g_auto(GStrv) none = sajja_member_dup_other_groups (db, stranger, 0);
    g_auto(GStrv) empty = sajja_member_dup_other_groups (db, NULL, 0);

    g_assert_cmpuint (g_strv_length (none), ==, 0);
    g_assert_cmpuint (g_strv_length (empty), ==, 0);
  }

  /* Saving the first again (an edit) does not collide with itself. */
  sajja_member_set_phone (first, "081-234-5678");
  save_ok (first, db);
  g_assert_cmpint (sajja_member_count (db, 0), ==, 2);
}

static void
test_validate_names (void)
{
  g_autoptr(SajjaMember) m = new_member (1, "สมชาย", "ใจดี", NULL);
  g_autofree char *long_name = NULL;
  g_autoptr(GString) builder = g_string_new (NULL);

  validate_ok (m);

  sajja_member_set_given_name (m, "");
  validate_fails (m, SAJJA_MEMBER_ERROR_GIVEN_NAME);
  sajja_member_set_given_name (m, "   ");
  validate_fails (m, SAJJA_MEMBER_ERROR_GIVEN_NAME);
  sajja_member_set_given_name (m, NULL);
  validate_fails (m, SAJJA_MEMBER_ERROR_GIVEN_NAME);
  sajja_member_set_given_name (m, "  สมชาย  ");
  g_assert_cmpstr (sajja_member_get_given_name (m), ==, "สมชาย");

  sajja_member_set_surname (m, "");
  validate_fails (m, SAJJA_MEMBER_ERROR_SURNAME);
  sajja_member_set_surname (m, "\t");
  validate_fails (m, SAJJA_MEMBER_ERROR_SURNAME);

  for (int i = 0; i < 101; i++)
    g_string_append (builder, "ก");
  long_name = g_string_free (g_steal_pointer (&builder), FALSE);
  sajja_member_set_surname (m, long_name);
  validate_fails (m, SAJJA_MEMBER_ERROR_SURNAME);
  sajja_member_set_surname (m, "ใจดี");
  validate_ok (m);

  {
    g_autofree char *full = sajja_member_dup_full_name (m);

    g_assert_cmpstr (full, ==, "นายสมชาย ใจดี");
  }
}

static void
test_validate_dates (void)
{
  g_autoptr(SajjaMember) m = new_member (1, "สมชาย", "ใจดี", NULL);
  g_autofree char *tomorrow = iso_from_today (1);
  g_autofree char *today = iso_from_today (0);

  validate_ok (m);

  /* Born tomorrow: a Buddhist-era year typed as Common era, say. */
  sajja_member_set_birth_date (m, tomorrow);
  validate_fails (m, SAJJA_MEMBER_ERROR_BIRTH_DATE);
  sajja_member_set_birth_date (m, "2513-05-01");
  validate_fails (m, SAJJA_MEMBER_ERROR_BIRTH_DATE);
  sajja_member_set_birth_date (m, "1970-02-30");
  validate_fails (m, SAJJA_MEMBER_ERROR_BIRTH_DATE);
  sajja_member_set_birth_date (m, "1970-05-01");
  validate_ok (m);

  /* Joining before being born, in the future, or never. */
  sajja_member_set_join_date (m, "1969-12-31");
  validate_fails (m, SAJJA_MEMBER_ERROR_JOIN_DATE);
  sajja_member_set_join_date (m, tomorrow);
  validate_fails (m, SAJJA_MEMBER_ERROR_JOIN_DATE);
  sajja_member_set_join_date (m, NULL);
  validate_fails (m, SAJJA_MEMBER_ERROR_JOIN_DATE);
  sajja_member_set_join_date (m, today);
  validate_ok (m);
  sajja_member_set_join_date (m, "2015-01-10");

  /* Resigned needs the date; the date is after joining and not in the future. */
  sajja_member_set_status (m, SAJJA_MEMBER_RESIGNED, NULL, "ย้ายไปอยู่ต่างจังหวัด");
  validate_fails (m, SAJJA_MEMBER_ERROR_STATUS);
  sajja_member_set_status (m, SAJJA_MEMBER_RESIGNED, "2014-12-31", "ย้ายไปอยู่ต่างจังหวัด");
  validate_fails (m, SAJJA_MEMBER_ERROR_STATUS);
  sajja_member_set_status (m, SAJJA_MEMBER_DECEASED, tomorrow, "ถึงแก่กรรม");
  validate_fails (m, SAJJA_MEMBER_ERROR_STATUS);
  sajja_member_set_status (m, SAJJA_MEMBER_RESIGNED, "2020-03-01", "ย้ายไปอยู่ต่างจังหวัด");
  validate_ok (m);
  g_assert_cmpstr (sajja_member_get_status_date (m), ==, "2020-03-01");

  /* Back to active: the date and reason go. */
  sajja_member_set_status (m, SAJJA_MEMBER_ACTIVE, "2020-03-01", "x");
  g_assert_null (sajja_member_get_status_date (m));
  g_assert_cmpstr (sajja_member_get_status_reason (m), ==, "");
  validate_ok (m);

  /* Consent: not in the future, and saying what for. */
  sajja_member_set_consent (m, tomorrow, "การดำเนินงานของกลุ่ม");
  validate_fails (m, SAJJA_MEMBER_ERROR_CONSENT);
  sajja_member_set_consent (m, "2022-06-01", "");
  validate_fails (m, SAJJA_MEMBER_ERROR_CONSENT);
  sajja_member_set_consent (m, "2022-06-01", "การดำเนินงานของกลุ่ม");
  validate_ok (m);

  g_assert_cmpint (sajja_member_get_age (m, "2020-04-30"), ==, 49);
  g_assert_cmpint (sajja_member_get_age (m, "2020-05-01"), ==, 50);
}

static void
test_validate_beneficiaries (void)
{
  g_autoptr(SajjaDb) db = new_db ("beneficiaries.db");
  g_autoptr(SajjaGroup) group = add_group (db, "กลุ่มทดสอบ", 1, NULL);
  g_autoptr(SajjaMember) m = new_member (sajja_group_get_id (group), "สมชาย", "ใจดี", NULL);
  GPtrArray *beneficiaries = sajja_member_get_beneficiaries (m);

  /* 90%. */
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new ("นางสมศรี ใจดี", NULL, "คู่สมรส", 5000));
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new ("นายสมหมาย ใจดี", NULL, "บุตร", 4000));
  sajja_member_set_witness (m, 0, "นายประเสริฐ แก้วมณี");
  sajja_member_set_witness (m, 1, "นางมาลี สุขใจ");
  validate_fails (m, SAJJA_MEMBER_ERROR_BENEFICIARIES);
  save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_BENEFICIARIES);

  /* 110%. */
  ((SajjaBeneficiary *) g_ptr_array_index (beneficiaries, 1))->share_bp = 6000;
  validate_fails (m, SAJJA_MEMBER_ERROR_BENEFICIARIES);

  /* A zero share, a nameless row, a bad ID. */
  ((SajjaBeneficiary *) g_ptr_array_index (beneficiaries, 0))->share_bp = 0;
  ((SajjaBeneficiary *) g_ptr_array_index (beneficiaries, 1))->share_bp = 10000;
  validate_fails (m, SAJJA_MEMBER_ERROR_BENEFICIARIES);
  g_ptr_array_set_size (beneficiaries, 0);
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new (" ", NULL, "บุตร", 10000));
  validate_fails (m, SAJJA_MEMBER_ERROR_BENEFICIARIES);
  g_ptr_array_set_size (beneficiaries, 0);
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new ("นายสมหมาย ใจดี", "1234567890123", "บุตร", 10000));
  validate_fails (m, SAJJA_MEMBER_ERROR_BENEFICIARIES);
  g_assert_cmpint (sajja_member_count (db, 0), ==, 0);

  /* Exactly 100% in thirds … */
  g_ptr_array_set_size (beneficiaries, 0);
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new ("นางสมศรี ใจดี", NULL, "คู่สมรส", 3333));
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new ("นายสมหมาย ใจดี", NULL, "บุตร", 3333));
  g_ptr_array_add (beneficiaries, sajja_beneficiary_new ("นางสาวสมใจ ใจดี", NULL, "บุตร", 3334));

  /* … but only with two witnesses … */
  sajja_member_set_witness (m, 0, "");
  sajja_member_set_witness (m, 1, "");
  validate_fails (m, SAJJA_MEMBER_ERROR_WITNESSES);
  sajja_member_set_witness (m, 0, "นายประเสริฐ แก้วมณี");
  validate_fails (m, SAJJA_MEMBER_ERROR_WITNESSES);
  save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_WITNESSES);

  /* … who are two different people. */
  sajja_member_set_witness (m, 1, " นายประเสริฐ แก้วมณี ");
  validate_fails (m, SAJJA_MEMBER_ERROR_WITNESSES);
  sajja_member_set_witness (m, 1, "นางมาลี สุขใจ");
  validate_ok (m);
  save_ok (m, db);
  g_assert_cmpint (count_rows (db, "beneficiaries"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT sum (share_bp) FROM beneficiaries"), ==, 10000);

  /* No beneficiaries need no witnesses. */
  {
    g_autoptr(SajjaMember) plain = new_member (sajja_group_get_id (group), "มาลี", "สุขใจ", NULL);

    validate_ok (plain);
  }
}

static void
test_validate_phone (void)
{
  g_autoptr(SajjaMember) m = new_member (1, "สมชาย", "ใจดี", NULL);
  const char *bad[] = { "abc", "081-234-567x", "12345", "0812345678901234", "081/234/5678" };
  const char *good[] = { "", "081-234-5678", "0812345678", "074 123 456", "+66 81 234 5678", "(074) 212-345" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("phone %s", bad[i]);
      sajja_member_set_phone (m, bad[i]);
      validate_fails (m, SAJJA_MEMBER_ERROR_PHONE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      sajja_member_set_phone (m, good[i]);
      validate_ok (m);
    }

  /* Occupations: a name each, and no negative income. */
  g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("", 100000));
  validate_fails (m, SAJJA_MEMBER_ERROR_OCCUPATIONS);
  g_ptr_array_set_size (sajja_member_get_occupations (m), 0);
  g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("ค้าขาย", -1));
  validate_fails (m, SAJJA_MEMBER_ERROR_OCCUPATIONS);
}

/* ---- member numbers --------------------------------------------------------------------- */

static void
test_member_numbers (void)
{
  g_autoptr(SajjaDb) db = new_db ("numbers.db");
  g_autoptr(SajjaGroup) a = add_group (db, "กลุ่มก", 1, NULL);
  g_autoptr(SajjaGroup) b = add_group (db, "กลุ่มข", 2, NULL);
  const char *names[] = { "สมชาย", "สมศักดิ์", "สมพงษ์" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SajjaMember) m = new_member (sajja_group_get_id (a), names[i], "ใจดี", NULL);

      g_assert_cmpint (sajja_member_get_member_no (m), ==, 0);
      save_ok (m, db);
      g_assert_cmpint (sajja_member_get_member_no (m), ==, (int) i + 1);
    }
  g_assert_cmpint (sajja_member_next_number (db, sajja_group_get_id (a)), ==, 4);

  /* Each group counts from 1. */
  g_assert_cmpint (sajja_member_next_number (db, sajja_group_get_id (b)), ==, 1);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SajjaMember) m = new_member (sajja_group_get_id (b), names[i], "ทองดี", NULL);

      save_ok (m, db);
      g_assert_cmpint (sajja_member_get_member_no (m), ==, (int) i + 1);
    }
  g_assert_cmpint (sajja_member_next_number (db, sajja_group_get_id (a)), ==, 4);

  /* A number already taken in the group is refused; nothing is written. */
  {
    g_autoptr(SajjaMember) m = new_member (sajja_group_get_id (a), "มาลี", "สุขใจ", NULL);

    sajja_member_set_member_no (m, 2);
    save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_MEMBER_NO);
    g_assert_cmpint (sajja_member_get_id (m), ==, 0);
    g_assert_cmpint (sajja_member_get_member_no (m), ==, 2);
    g_assert_cmpint (sajja_member_count (db, 0), ==, 5);

    sajja_member_set_member_no (m, -3);
    validate_fails (m, SAJJA_MEMBER_ERROR_MEMBER_NO);

    /* A number of one's own choosing; the next follows it. */
    sajja_member_set_member_no (m, 10);
    save_ok (m, db);
    g_assert_cmpint (sajja_member_get_member_no (m), ==, 10);
    g_assert_cmpint (sajja_member_next_number (db, sajja_group_get_id (a)), ==, 11);
  }
}

/* ---- by-laws ---------------------------------------------------------------------------- */

static gint64
bylaw_ok (SajjaDb        *db,
          gint64          group_id,
          SajjaBylawRule  rule,
          const char     *on)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (sajja_bylaw_get (db, group_id, rule, on, &value, &error));
  g_assert_no_error (error);
  return value;
}

static void
set_bylaw_ok (SajjaDb        *db,
              gint64          group_id,
              SajjaBylawRule  rule,
              gint64          value,
              const char     *from)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_bylaw_set (db, group_id, rule, value, from, "มติที่ประชุมใหญ่", &error));
  g_assert_no_error (error);
}

static void
set_bylaw_fails (SajjaDb        *db,
                 gint64          group_id,
                 SajjaBylawRule  rule,
                 gint64          value,
                 const char     *from,
                 int             code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sajja_bylaw_set (db, group_id, rule, value, from, NULL, &error));
  g_assert_error (error, SAJJA_BYLAW_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_bylaws_shares (void)
{
  g_autoptr(SajjaDb) db = new_db ("bylaws.db");
  g_autoptr(SajjaGroup) group = add_group (db, "กลุ่มทดสอบ", 1, "2020-01-01");
  gint64 gid = sajja_group_get_id (group);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 value = -1;

  /* Nothing in force before the rules are written. */
  g_assert_false (sajja_bylaw_get (db, gid, SAJJA_BYLAW_MAX_SHARES, "2020-06-01", &value, &error));
  g_assert_error (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_NOT_SET);
  g_clear_error (&error);

  g_assert_true (sajja_bylaw_set_defaults (db, gid, "2020-01-01", &error));
  g_assert_no_error (error);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MIN_SHARES, "2020-01-01"), ==, 1);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2020-01-01"), ==, 20);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_SHARE_VALUE, "2024-01-01"), ==, 5000);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_ENTRY_FEE, "2024-01-01"), ==, 2000);
  g_assert_false (sajja_bylaw_get (db, gid, SAJJA_BYLAW_MAX_SHARES, "2019-12-31", &value, &error));
  g_assert_error (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_NOT_SET);
  g_clear_error (&error);

  /* 25 shares is above the most allowed; 20 is fine. */
  {
    g_autoptr(SajjaMember) m = new_member (gid, "สมชาย", "ใจดี", NULL);

    sajja_member_set_join_date (m, "2024-03-01");
    sajja_member_set_shares (m, 25, "2024-03-01");
    save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES);
    g_assert_cmpint (sajja_member_count (db, 0), ==, 0);
    g_assert_cmpint (count_rows (db, "member_shares"), ==, 0);
    sajja_member_set_shares (m, 0, "2024-03-01");
    save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES);
    sajja_member_set_shares (m, 20, "2024-03-01");
    save_ok (m, db);
    g_assert_cmpint (count_rows (db, "member_shares"), ==, 1);
  }

  /* From 2025 the general meeting allows 30. */
  set_bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, 30, "2025-01-01");
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2024-06-01"), ==, 20);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2024-12-31"), ==, 20);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2025-01-01"), ==, 30);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2025-06-01"), ==, 30);

  /* A pledge is judged by the rules of its own date. */
  {
    g_autoptr(SajjaMember) m = new_member (gid, "สมศรี", "ใจดี", NULL);

    sajja_member_set_join_date (m, "2024-03-01");
    sajja_member_set_shares (m, 25, "2024-06-01");
    save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES);
    sajja_member_set_shares (m, 25, "2024-12-31");
    save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES);
    sajja_member_set_shares (m, 25, "2025-01-01");
    save_ok (m, db);
    sajja_member_set_shares (m, 31, "2025-06-01");
    save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES);
  }

  /* The history, newest first within each rule. */
  history = sajja_bylaw_list_history (db, gid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, SAJJA_BYLAW_N_RULES + 1);
  {
    guint n_max = 0;

    for (guint i = 0; i < history->len; i++)
      {
        SajjaBylawVersion *v = g_ptr_array_index (history, i);

        if (i > 0)
          g_assert_cmpint (((SajjaBylawVersion *) g_ptr_array_index (history, i - 1))->rule, <=, v->rule);
        if (v->rule != SAJJA_BYLAW_MAX_SHARES)
          continue;
        if (n_max == 0)
          {
            g_assert_cmpint (v->value, ==, 30);
            g_assert_cmpstr (v->effective_from, ==, "2025-01-01");
            g_assert_cmpstr (v->note, ==, "มติที่ประชุมใหญ่");
          }
        else
          {
            g_assert_cmpint (v->value, ==, 20);
            g_assert_cmpstr (v->effective_from, ==, "2020-01-01");
          }
        n_max++;
      }
    g_assert_cmpuint (n_max, ==, 2);
  }

  /* Setting the same rule on the same date replaces that version. */
  set_bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, 40, "2025-01-01");
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2025-06-01"), ==, 40);
  set_bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, 30, "2025-01-01");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM bylaws WHERE rule = 'max-shares'"), ==, 2);
}

static void
test_bylaws_refused (void)
{
  g_autoptr(SajjaDb) db = new_db ("bylaws-refused.db");
  g_autoptr(SajjaGroup) group = add_group (db, "กลุ่มทดสอบ", 1, "2020-01-01");
  gint64 gid = sajja_group_get_id (group);
  g_autoptr(GError) error = NULL;
  gint64 n_before;

  g_assert_true (sajja_bylaw_set_defaults (db, gid, "2020-01-01", &error));
  g_assert_no_error (error);
  set_bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, 30, "2025-01-01");
  n_before = count_rows (db, "bylaws");

  /* Fewest above most, on the date itself … */
  set_bylaw_fails (db, gid, SAJJA_BYLAW_MIN_SHARES, 25, "2024-01-01", SAJJA_BYLAW_ERROR_INCONSISTENT);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MIN_SHARES, "2024-06-01"), ==, 1);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_MAX_SHARES, 0, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);

  /* … or on a later date, where an existing version would be broken. */
  set_bylaw_ok (db, gid, SAJJA_BYLAW_MIN_SHARES, 25, "2025-06-01");
  set_bylaw_fails (db, gid, SAJJA_BYLAW_MAX_SHARES, 24, "2025-02-01", SAJJA_BYLAW_ERROR_INCONSISTENT);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, "2025-03-01"), ==, 30);
  set_bylaw_ok (db, gid, SAJJA_BYLAW_MAX_SHARES, 25, "2025-02-01");
  g_assert_cmpint (count_rows (db, "bylaws"), ==, n_before + 2);

  /* Values outside what each kind of rule allows. */
  set_bylaw_fails (db, gid, SAJJA_BYLAW_QUORUM_PERCENT, 0, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_QUORUM_PERCENT, 101, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_SHARE_VALUE, -1, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_ENTRY_FEE, G_GINT64_CONSTANT (100000000001), "2024-01-01",
                   SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_LAPSE_MONTHS, -1, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_MIN_SHARES, 0, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_MAX_SHARES, 10001, "2024-01-01", SAJJA_BYLAW_ERROR_VALUE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_LATE_FINE, 500, "2024-02-30", SAJJA_BYLAW_ERROR_DATE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_LATE_FINE, 500, "", SAJJA_BYLAW_ERROR_DATE);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_LATE_FINE, 500, NULL, SAJJA_BYLAW_ERROR_DATE);
  g_assert_cmpint (count_rows (db, "bylaws"), ==, n_before + 2);

  g_assert_true (sajja_bylaw_check_value (SAJJA_BYLAW_LAPSE_MONTHS, 0, NULL));
  g_assert_true (sajja_bylaw_check_value (SAJJA_BYLAW_QUORUM_PERCENT, 100, NULL));
  g_assert_true (sajja_bylaw_check_value (SAJJA_BYLAW_SHARE_VALUE, 0, NULL));

  /* The rules' names go both ways. */
  for (guint rule = 0; rule < SAJJA_BYLAW_N_RULES; rule++)
    {
      SajjaBylawRule back;

      g_assert_true (sajja_bylaw_rule_from_string (sajja_bylaw_rule_to_string (rule), &back));
      g_assert_cmpint (back, ==, rule);
      g_assert_cmpstr (sajja_bylaw_rule_get_title (rule), !=, "");
    }
  {
    SajjaBylawRule back;

    g_assert_false (sajja_bylaw_rule_from_string ("no-such-rule", &back));
  }

  /* Inside a caller's transaction, a refused change leaves nothing behind either. */
  g_assert_true (sajja_db_begin (db, &error));
  g_assert_no_error (error);
  set_bylaw_fails (db, gid, SAJJA_BYLAW_MIN_SHARES, 40, "2024-01-01", SAJJA_BYLAW_ERROR_INCONSISTENT);
  g_assert_cmpint (count_rows (db, "bylaws"), ==, n_before + 2);
  g_assert_true (sajja_db_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bylaw_ok (db, gid, SAJJA_BYLAW_MIN_SHARES, "2024-06-01"), ==, 1);
}

/* ---- committees ------------------------------------------------------------------------- */

static void
add_term_ok (SajjaDb        *db,
             gint64          group_id,
             SajjaCommittee  committee,
             SajjaPosition   position,
             SajjaMember    *m,
             const char     *from,
             const char     *to)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_committee_add_term (db, group_id, committee, position, sajja_member_get_id (m),
                                           from, to, &error));
  g_assert_no_error (error);
}

static void
add_term_fails (SajjaDb             *db,
                gint64               group_id,
                SajjaPosition        position,
                gint64               member_id,
                const char          *from,
                const char          *to,
                int                  code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sajja_committee_add_term (db, group_id, SAJJA_COMMITTEE_EXECUTIVE, position, member_id,
                                            from, to, &error));
  g_assert_error (error, SAJJA_COMMITTEE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_committees (void)
{
  g_autoptr(SajjaDb) db = new_db ("committees.db");
  g_autoptr(SajjaGroup) a = add_group (db, "กลุ่มก", 1, NULL);
  g_autoptr(SajjaGroup) b = add_group (db, "กลุ่มข", 2, NULL);
  gint64 gid = sajja_group_get_id (a);
  g_autoptr(SajjaMember) m1 = new_member (gid, "สมชาย", "ใจดี", NULL);
  g_autoptr(SajjaMember) m2 = new_member (gid, "สมศักดิ์", "ทองดี", NULL);
  g_autoptr(SajjaMember) m3 = new_member (gid, "มาลี", "สุขใจ", NULL);
  g_autoptr(SajjaMember) m4 = new_member (gid, "ประเสริฐ", "แก้วมณี", NULL);
  g_autoptr(SajjaMember) late = new_member (gid, "วันดี", "บุญมา", NULL);
  g_autoptr(SajjaMember) gone = new_member (gid, "สมหมาย", "ศรีสุข", NULL);
  g_autoptr(SajjaMember) other = new_member (sajja_group_get_id (b), "สมพงษ์", "ชูช่วย", NULL);
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_terms;

  sajja_member_set_title (m3, "นาง");
  sajja_member_set_join_date (late, "2023-05-01");
  sajja_member_set_status (gone, SAJJA_MEMBER_RESIGNED, "2019-12-31", "ย้ายไปอยู่ต่างจังหวัด");
  save_ok (m1, db);
  save_ok (m2, db);
  save_ok (m3, db);
  save_ok (m4, db);
  save_ok (late, db);
  save_ok (gone, db);
  save_ok (other, db);

  /* A term that ends before it starts, or with no valid dates. */
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m1), "2024-01-01", "2023-12-31",
                  SAJJA_COMMITTEE_ERROR_TERM);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m1), "2024-13-01", NULL,
                  SAJJA_COMMITTEE_ERROR_TERM);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m1), NULL, NULL,
                  SAJJA_COMMITTEE_ERROR_TERM);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m1), "2024-01-01", "2024-02-30",
                  SAJJA_COMMITTEE_ERROR_TERM);

  /* Not a member, a member of another group, not yet joined, or gone by then. */
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, 999999, "2020-01-01", NULL, SAJJA_COMMITTEE_ERROR_MEMBER);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (other), "2020-01-01", NULL,
                  SAJJA_COMMITTEE_ERROR_MEMBER);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (late), "2020-01-01", NULL,
                  SAJJA_COMMITTEE_ERROR_MEMBER);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (gone), "2020-01-01", NULL,
                  SAJJA_COMMITTEE_ERROR_MEMBER);
  g_assert_cmpint (count_rows (db, "committee_terms"), ==, 0);

  /* Chair 2020–2021; a second chair overlapping it is refused; after it ended, fine. */
  add_term_ok (db, gid, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_CHAIR, m1, "2020-01-01", "2021-12-31");
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m2), "2021-06-01", NULL,
                  SAJJA_COMMITTEE_ERROR_TAKEN);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m2), "2019-01-01", "2020-01-01",
                  SAJJA_COMMITTEE_ERROR_TAKEN);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m2), "2021-12-31", NULL,
                  SAJJA_COMMITTEE_ERROR_TAKEN);
  add_term_ok (db, gid, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_CHAIR, m2, "2022-01-01", NULL);
  add_term_fails (db, gid, SAJJA_POSITION_CHAIR, sajja_member_get_id (m3), "2030-01-01", NULL,
                  SAJJA_COMMITTEE_ERROR_TAKEN);

  /* The same position in another committee, or in another group, is a different seat. */
  add_term_ok (db, gid, SAJJA_COMMITTEE_AUDIT, SAJJA_POSITION_CHAIR, m3, "2021-06-01", NULL);
  add_term_ok (db, sajja_group_get_id (b), SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_CHAIR, other,
               "2021-06-01", NULL);
  add_term_ok (db, gid, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_TREASURER, m3, "2022-01-01", NULL);
  /* Ordinary committee members are many at a time. */
  add_term_ok (db, gid, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_MEMBER, m4, "2022-01-01", NULL);
  add_term_ok (db, gid, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_MEMBER, m1, "2022-01-01", NULL);
  n_terms = count_rows (db, "committee_terms");
  g_assert_cmpint (n_terms, ==, 7);

  /* In force on a date. */
  terms = sajja_committee_list (db, gid, "2021-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (terms->len, ==, 1);
  {
    SajjaCommitteeTerm *t = g_ptr_array_index (terms, 0);

    g_assert_cmpint (t->committee, ==, SAJJA_COMMITTEE_EXECUTIVE);
    g_assert_cmpint (t->position, ==, SAJJA_POSITION_CHAIR);
    g_assert_cmpint (t->member_id, ==, sajja_member_get_id (m1));
    g_assert_cmpstr (t->member_name, ==, "นายสมชาย ใจดี");
    g_assert_cmpstr (t->term_from, ==, "2020-01-01");
    g_assert_cmpstr (t->term_to, ==, "2021-12-31");
    g_assert_cmpint (t->group_id, ==, gid);
    g_assert_true (g_uuid_string_is_valid (t->uuid));
  }
  g_clear_pointer (&terms, g_ptr_array_unref);

  terms = sajja_committee_list (db, gid, "2023-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (terms->len, ==, 5);
  {
    /* By committee, then position (chair, vice-chair, treasurer, secretary, member). */
    SajjaCommitteeTerm *t0 = g_ptr_array_index (terms, 0);
    SajjaCommitteeTerm *t1 = g_ptr_array_index (terms, 1);
    SajjaCommitteeTerm *t4 = g_ptr_array_index (terms, 4);

    g_assert_cmpint (t0->position, ==, SAJJA_POSITION_CHAIR);
    g_assert_cmpint (t0->member_id, ==, sajja_member_get_id (m2));
    g_assert_null (t0->term_to);
    g_assert_cmpint (t1->position, ==, SAJJA_POSITION_TREASURER);
    g_assert_cmpstr (t1->member_name, ==, "นางมาลี สุขใจ");
    g_assert_cmpint (t4->committee, ==, SAJJA_COMMITTEE_AUDIT);
  }
  g_clear_pointer (&terms, g_ptr_array_unref);

  /* History: every term, the chair's newest first. */
  terms = sajja_committee_list (db, gid, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (terms->len, ==, 6);
  {
    SajjaCommitteeTerm *t0 = g_ptr_array_index (terms, 0);
    SajjaCommitteeTerm *t1 = g_ptr_array_index (terms, 1);

    g_assert_cmpint (t0->member_id, ==, sajja_member_get_id (m2));
    g_assert_cmpint (t1->member_id, ==, sajja_member_get_id (m1));
    g_assert_cmpint (t1->position, ==, SAJJA_POSITION_CHAIR);
  }

  /* Ending a term: not before it began, not twice. */
  {
    SajjaCommitteeTerm *chair = g_ptr_array_index (terms, 0);
    g_autoptr(GPtrArray) later = NULL;

    g_assert_false (sajja_committee_end_term (db, chair->id, "2021-01-01", &error));
    g_assert_error (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM);
    g_clear_error (&error);
    g_assert_true (sajja_committee_end_term (db, chair->id, "2025-12-31", &error));
    g_assert_no_error (error);
    g_assert_false (sajja_committee_end_term (db, chair->id, "2026-01-31", &error));
    g_assert_error (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM);
    g_clear_error (&error);

    later = sajja_committee_list (db, gid, "2026-01-05", &error);
    g_assert_no_error (error);
    for (guint i = 0; i < later->len; i++)
      {
        SajjaCommitteeTerm *t = g_ptr_array_index (later, i);

        g_assert_false (t->committee == SAJJA_COMMITTEE_EXECUTIVE && t->position == SAJJA_POSITION_CHAIR);
      }
    g_assert_cmpuint (later->len, ==, 4);

    /* The next chair from the day after. */
    add_term_ok (db, gid, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_CHAIR, m4, "2026-01-01", NULL);
  }

  /* A change that fails at its last step (its line in the action log) leaves nothing behind,
   * in its own transaction or inside the caller's. */
  n_terms = count_rows (db, "committee_terms");
  g_assert_true (sajja_db_exec (db,
                                "CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.action_log "
                                "BEGIN SELECT RAISE (ABORT, 'no log today'); END",
                                &error));
  g_assert_no_error (error);
  for (guint inside = 0; inside < 2; inside++)
    {
      g_autoptr(GPtrArray) open_terms = NULL;
      SajjaCommitteeTerm *t;

      if (inside)
        {
          g_assert_true (sajja_db_begin (db, &error));
          g_assert_no_error (error);
        }
      g_assert_false (sajja_committee_add_term (db, gid, SAJJA_COMMITTEE_LOAN, SAJJA_POSITION_SECRETARY,
                                                sajja_member_get_id (m1), "2026-02-01", NULL, &error));
      g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
      g_clear_error (&error);
      g_assert_cmpint (count_rows (db, "committee_terms"), ==, n_terms);

      open_terms = sajja_committee_list (db, gid, "2026-02-01", &error);
      g_assert_no_error (error);
      t = g_ptr_array_index (open_terms, 0);
      g_assert_null (t->term_to);
      g_assert_false (sajja_committee_end_term (db, t->id, "2026-03-31", &error));
      g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
      g_clear_error (&error);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM committee_terms WHERE term_to = '2026-03-31'"), ==, 0);
      g_assert_cmpint (sajja_db_in_transaction (db), ==, inside);
      if (inside)
        {
          g_assert_true (sajja_db_commit (db, &error));
          g_assert_no_error (error);
        }
    }
  g_assert_true (sajja_db_exec (db, "DROP TRIGGER temp.refuse_log", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (db, "committee_terms"), ==, n_terms);

  /* The names go both ways. */
  for (guint c = 0; c < SAJJA_N_COMMITTEES; c++)
    {
      SajjaCommittee back;

      g_assert_true (sajja_committee_from_string (sajja_committee_to_string (c), &back));
      g_assert_cmpint (back, ==, c);
    }
  for (guint p = 0; p < SAJJA_N_POSITIONS; p++)
    {
      SajjaPosition back;

      g_assert_true (sajja_position_from_string (sajja_position_to_string (p), &back));
      g_assert_cmpint (back, ==, p);
    }
}

/* ---- save and load ---------------------------------------------------------------------- */

static void
assert_same_member (SajjaMember *a,
                    SajjaMember *b)
{
  GPtrArray *oa = sajja_member_get_occupations (a);
  GPtrArray *ob = sajja_member_get_occupations (b);
  GPtrArray *ba = sajja_member_get_beneficiaries (a);
  GPtrArray *bb = sajja_member_get_beneficiaries (b);

  g_assert_cmpint (sajja_member_get_id (a), ==, sajja_member_get_id (b));
  g_assert_cmpstr (sajja_member_get_uuid (a), ==, sajja_member_get_uuid (b));
  g_assert_cmpint (sajja_member_get_group_id (a), ==, sajja_member_get_group_id (b));
  g_assert_cmpint (sajja_member_get_member_no (a), ==, sajja_member_get_member_no (b));
  g_assert_cmpstr (sajja_member_get_title (a), ==, sajja_member_get_title (b));
  g_assert_cmpstr (sajja_member_get_given_name (a), ==, sajja_member_get_given_name (b));
  g_assert_cmpstr (sajja_member_get_surname (a), ==, sajja_member_get_surname (b));
  g_assert_cmpstr (sajja_member_get_national_id (a), ==, sajja_member_get_national_id (b));
  g_assert_cmpstr (sajja_member_get_birth_date (a), ==, sajja_member_get_birth_date (b));
  g_assert_cmpint (sajja_member_get_gender (a), ==, sajja_member_get_gender (b));
  g_assert_cmpstr (sajja_member_get_address (a), ==, sajja_member_get_address (b));
  g_assert_cmpstr (sajja_member_get_phone (a), ==, sajja_member_get_phone (b));
  g_assert_cmpstr (sajja_member_get_join_date (a), ==, sajja_member_get_join_date (b));
  g_assert_cmpint (sajja_member_get_status (a), ==, sajja_member_get_status (b));
  g_assert_cmpstr (sajja_member_get_status_date (a), ==, sajja_member_get_status_date (b));
  g_assert_cmpstr (sajja_member_get_status_reason (a), ==, sajja_member_get_status_reason (b));
  g_assert_cmpint (sajja_member_get_spouse_id (a), ==, sajja_member_get_spouse_id (b));
  g_assert_cmpstr (sajja_member_get_spouse_name (a), ==, sajja_member_get_spouse_name (b));
  g_assert_cmpstr (sajja_member_get_witness (a, 0), ==, sajja_member_get_witness (b, 0));
  g_assert_cmpstr (sajja_member_get_witness (a, 1), ==, sajja_member_get_witness (b, 1));
  g_assert_cmpstr (sajja_member_get_consent_date (a), ==, sajja_member_get_consent_date (b));
  g_assert_cmpstr (sajja_member_get_consent_scope (a), ==, sajja_member_get_consent_scope (b));
  g_assert_cmpint (sajja_member_get_shares (a), ==, sajja_member_get_shares (b));
  g_assert_cmpstr (sajja_member_get_shares_from (a), ==, sajja_member_get_shares_from (b));

  g_assert_cmpuint (oa->len, ==, ob->len);
  for (guint i = 0; i < oa->len; i++)
    {
      SajjaOccupation *x = g_ptr_array_index (oa, i);
      SajjaOccupation *y = g_ptr_array_index (ob, i);

      g_assert_cmpstr (x->occupation, ==, y->occupation);
      g_assert_cmpint (x->monthly_income, ==, y->monthly_income);
    }
  g_assert_cmpuint (ba->len, ==, bb->len);
  for (guint i = 0; i < ba->len; i++)
    {
      SajjaBeneficiary *x = g_ptr_array_index (ba, i);
      SajjaBeneficiary *y = g_ptr_array_index (bb, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->national_id, ==, y->national_id);
      g_assert_cmpstr (x->relationship, ==, y->relationship);
      g_assert_cmpint (x->share_bp, ==, y->share_bp);
    }
}

static void
test_round_trip (void)
{
  g_autofree char *path = test_path ("round-trip.db");
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaMember) husband = NULL;
  g_autoptr(SajjaMember) m = NULL;
  g_autoptr(SajjaMember) found = NULL;
  g_autoptr(SajjaMember) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = valid_id ("390110012345");
  g_autofree char *child_id = valid_id ("190110054321");
  gint64 gid;

  g_unlink (path);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  group = add_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าข้าม", 1, "1979-03-06");
  gid = sajja_group_get_id (group);
  g_assert_true (sajja_bylaw_set_defaults (db, gid, "1979-03-06", &error));
  g_assert_no_error (error);

  husband = new_member (gid, "สมชาย", "ใจดี", NULL);
  save_ok (husband, db);

  m = sajja_member_new (gid);
  g_assert_true (g_uuid_string_is_valid (sajja_member_get_uuid (m)));
  sajja_member_set_title (m, "นาง");
  sajja_member_set_given_name (m, "สมศรี");
  sajja_member_set_surname (m, "ใจดี");
  sajja_member_set_national_id (m, id);
  sajja_member_set_birth_date (m, "1965-08-12");
  sajja_member_set_gender (m, SAJJA_GENDER_FEMALE);
  sajja_member_set_address (m, "12/3 หมู่ 1 บ้านท่าข้าม ต.ท่าข้าม อ.หาดใหญ่ จ.สงขลา");
  sajja_member_set_phone (m, "081-234-5678");
  sajja_member_set_join_date (m, "1990-04-01");
  sajja_member_set_spouse (m, sajja_member_get_id (husband), "นายสมชาย ใจดี");
  sajja_member_set_witness (m, 0, "นายประเสริฐ แก้วมณี");
  sajja_member_set_witness (m, 1, "นางมาลี สุขใจ");
  sajja_member_set_consent (m, "2022-06-15", "การดำเนินงานของกลุ่ม");
  sajja_member_set_shares (m, 5, "1990-04-01");
  g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("ทำสวนยางพารา", 1234567));
  g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("ค้าขาย", 350050));
  g_ptr_array_add (sajja_member_get_beneficiaries (m),
                   sajja_beneficiary_new ("นายสมชาย ใจดี", NULL, "คู่สมรส", 6000));
  g_ptr_array_add (sajja_member_get_beneficiaries (m),
                   sajja_beneficiary_new ("นางสาวสมใจ ใจดี", child_id, "บุตร", 4000));
  save_ok (m, db);
  g_assert_cmpint (sajja_member_get_member_no (m), ==, 2);

  /* Read back in another connection, by id and by uuid. */
  close_ok (g_steal_pointer (&db));
  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  found = sajja_member_find_by_id (db, sajja_member_get_id (m), &error);
  g_assert_no_error (error);
  assert_same_member (m, found);
  g_clear_object (&found);
  found = sajja_member_find_by_uuid (db, sajja_member_get_uuid (m), &error);
  g_assert_no_error (error);
  assert_same_member (m, found);
  g_assert_cmpint (sajja_member_get_shares (found), ==, 5);
  g_assert_cmpstr (sajja_member_get_shares_from (found), ==, "1990-04-01");
  g_assert_cmpint (((SajjaOccupation *) g_ptr_array_index (sajja_member_get_occupations (found), 0))->monthly_income,
                   ==, 1234567);
  g_assert_cmpint (sajja_member_get_age (found, "2025-08-12"), ==, 60);
  copy = sajja_member_copy (found);
  assert_same_member (found, copy);

  /* Unknown rows. */
  g_assert_null (sajja_member_find_by_id (db, 424242, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sajja_member_find_by_uuid (db, "00000000-0000-4000-8000-000000000000", &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  close_ok (g_steal_pointer (&db));

  /* An edit: a new pledge from a later date keeps the earlier one; the name changes; the
   * occupations are replaced. One row still, and the search index follows. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  sajja_member_set_shares (found, 8, "2024-01-01");
  sajja_member_set_given_name (found, "สมพร");
  sajja_member_set_surname (found, "ทองคำ");
  g_ptr_array_remove_index (sajja_member_get_occupations (found), 1);
  save_ok (found, db);
  g_assert_cmpint (sajja_member_count (db, 0), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM members_fts"), ==, 2);
  g_assert_cmpint (count_rows (db, "member_occupations"), ==, 1);
  g_assert_cmpint (count_rows (db, "beneficiaries"), ==, 2);
  g_assert_cmpint (count_rows (db, "member_shares"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT shares FROM member_shares WHERE effective_from = '1990-04-01'"), ==, 5);
  g_assert_cmpint (query_int (db, "SELECT shares FROM member_shares WHERE effective_from = '2024-01-01'"), ==, 8);
  {
    g_autoptr(SajjaMember) again = sajja_member_find_by_id (db, sajja_member_get_id (found), &error);

    g_assert_no_error (error);
    assert_same_member (found, again);
    g_assert_cmpint (sajja_member_get_shares (again), ==, 8);
    g_assert_cmpstr (sajja_member_get_shares_from (again), ==, "2024-01-01");
    g_assert_cmpstr (sajja_member_get_given_name (again), ==, "สมพร");
    g_assert_cmpuint (sajja_member_get_occupations (again)->len, ==, 1);
  }
  {
    g_autoptr(GArray) old_name = search (db, 0, "สมศรี", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    g_autoptr(GArray) new_name = search (db, 0, "สมพร", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    g_autoptr(GArray) new_surname = search (db, 0, "ทองคำ", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    g_autoptr(GArray) old_surname = search (db, 0, "ใจดี", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expect_found[] = { found, NULL };
    SajjaMember *expect_husband[] = { husband, NULL };
    SajjaMember *expect_none[] = { NULL };

    assert_ids (old_name, expect_none);
    assert_ids (new_name, expect_found);
    assert_ids (new_surname, expect_found);
    assert_ids (old_surname, expect_husband);
  }

  /* The same date again changes that pledge rather than adding one. */
  sajja_member_set_shares (found, 9, "2024-01-01");
  save_ok (found, db);
  g_assert_cmpint (count_rows (db, "member_shares"), ==, 2);

  /* Spouses: a member, not oneself. */
  sajja_member_set_spouse (found, 424242, "");
  save_fails (found, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SPOUSE);
  sajja_member_set_spouse (found, sajja_member_get_id (found), "");
  validate_fails (found, SAJJA_MEMBER_ERROR_SPOUSE);
  close_ok (g_steal_pointer (&db));
}

/* A refused or failed save leaves no trace: not the member, its pledge, its beneficiaries or
 * occupations, nor its line in the search index. */
static void
assert_counts (SajjaDb *db,
               gint64   expected[5])
{
  const char *tables[] = { "members", "member_shares", "beneficiaries", "member_occupations", "members_fts" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("%s: %" G_GINT64_FORMAT, tables[i], count_rows (db, tables[i]));
      g_assert_cmpint (count_rows (db, tables[i]), ==, expected[i]);
    }
}

static SajjaMember *
full_member (gint64      group_id,
             const char *given_name)
{
  SajjaMember *m = new_member (group_id, given_name, "ใจดี", NULL);

  sajja_member_set_shares (m, 5, "2015-01-10");
  sajja_member_set_witness (m, 0, "นายประเสริฐ แก้วมณี");
  sajja_member_set_witness (m, 1, "นางมาลี สุขใจ");
  g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("ทำนา", 500000));
  g_ptr_array_add (sajja_member_get_beneficiaries (m), sajja_beneficiary_new ("นางสมศรี ใจดี", NULL, "คู่สมรส", 10000));
  return m;
}

static void
test_rollback (void)
{
  g_autoptr(SajjaDb) db = new_db ("rollback.db");
  g_autoptr(SajjaGroup) group = add_group (db, "กลุ่มทดสอบ", 1, NULL);
  gint64 gid = sajja_group_get_id (group);
  g_autoptr(SajjaMember) first = full_member (gid, "สมชาย");
  g_autoptr(SajjaMember) m = NULL;
  g_autoptr(GError) error = NULL;
  gint64 counts[5] = { 1, 1, 1, 1, 1 };
  gint64 n_log;

  g_assert_true (sajja_bylaw_set_defaults (db, gid, "2000-01-01", &error));
  g_assert_no_error (error);
  save_ok (first, db);
  assert_counts (db, counts);
  n_log = count_rows (db, "action_log");

  /* Refused before writing: shares outside the by-laws, a taken number. */
  m = full_member (gid, "สมศักดิ์");
  sajja_member_set_shares (m, 25, "2015-01-10");
  save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES);
  assert_counts (db, counts);
  sajja_member_set_shares (m, 5, "2015-01-10");
  sajja_member_set_member_no (m, 1);
  save_fails (m, db, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_MEMBER_NO);
  assert_counts (db, counts);
  sajja_member_set_member_no (m, 0);

  /* Failing at the very end (its line in the action log), after every row was written. */
  g_assert_true (sajja_db_exec (db,
                                "CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.action_log "
                                "BEGIN SELECT RAISE (ABORT, 'no log today'); END",
                                &error));
  g_assert_no_error (error);
  save_fails (m, db, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
  assert_counts (db, counts);
  g_assert_cmpint (sajja_member_get_id (m), ==, 0);
  g_assert_cmpint (sajja_member_get_member_no (m), ==, 0);
  g_assert_false (sajja_db_in_transaction (db));

  /* An edit that fails keeps the stored row as it was. */
  sajja_member_set_given_name (first, "สมหมาย");
  sajja_member_set_shares (first, 7, "2020-01-01");
  save_fails (first, db, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
  assert_counts (db, counts);
  {
    g_autoptr(SajjaMember) stored = sajja_member_find_by_id (db, sajja_member_get_id (first), &error);
    g_autoptr(GArray) ids = search (db, 0, "สมหมาย", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    g_assert_no_error (error);
    g_assert_cmpstr (sajja_member_get_given_name (stored), ==, "สมชาย");
    g_assert_cmpint (sajja_member_get_shares (stored), ==, 5);
    g_assert_cmpuint (ids->len, ==, 0);
  }

  /* Inside a caller's transaction, a failed save leaves nothing of itself behind, and the
   * caller's own work stands. */
  g_assert_true (sajja_db_begin (db, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SajjaMember) ok_member = full_member (gid, "สมพงษ์");

    g_assert_true (sajja_db_exec (db, "DROP TRIGGER temp.refuse_log", &error));
    g_assert_no_error (error);
    save_ok (ok_member, db);
    g_assert_true (sajja_db_in_transaction (db));
    g_assert_true (sajja_db_exec (db,
                                  "CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.action_log "
                                  "BEGIN SELECT RAISE (ABORT, 'no log today'); END",
                                  &error));
    g_assert_no_error (error);
    save_fails (m, db, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
    g_assert_true (sajja_db_in_transaction (db));
    g_assert_cmpint (sajja_member_get_id (m), ==, 0);
  }
  {
    gint64 one_more[5] = { 2, 2, 2, 2, 2 };

    assert_counts (db, one_more);
    g_assert_true (sajja_db_commit (db, &error));
    g_assert_no_error (error);
    assert_counts (db, one_more);
  }

  /* Without the trigger, the same member saves. */
  g_assert_true (sajja_db_exec (db, "DROP TRIGGER temp.refuse_log", &error));
  g_assert_no_error (error);
  save_ok (m, db);
  {
    gint64 two_more[5] = { 3, 3, 3, 3, 3 };

    assert_counts (db, two_more);
  }
  g_assert_cmpint (count_rows (db, "action_log"), ==, n_log + 2);
}

/* ---- search ----------------------------------------------------------------------------- */

typedef struct
{
  SajjaDb *db;
  SajjaGroup *a;
  SajjaGroup *b;
  SajjaMember *m[7];  /* m[0..5] in group a, m[6] in group b */
} SearchFixture;

static void
search_fixture_set_up (SearchFixture *f,
                       gconstpointer  data)
{
  static const struct
  {
    const char *given_name;
    const char *surname;
    const char *join_date;
  } people[] = {
    { "สมชาย", "ใจดี", "2015-03-01" },
    { "สมศรี", "ใจดี", "2012-01-01" },
    { "สมหญิง", "ทองดี", "2020-05-05" },
    { "มาลี", "สุขใจ", "2010-10-10" },
    { "ประเสริฐ", "แก้วมณี", "2018-01-01" },
    { "วันดี", "บุญมา", "2012-01-01" },
    { "สมชาย", "ใจดี", "2016-07-07" },
  };

  f->db = new_db ("search.db");
  f->a = add_group (f->db, "กลุ่มก", 1, NULL);
  f->b = add_group (f->db, "กลุ่มข", 2, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *id = person_id (i + 1);

      f->m[i] = new_member (sajja_group_get_id (i < 6 ? f->a : f->b), people[i].given_name, people[i].surname, id);
      sajja_member_set_join_date (f->m[i], people[i].join_date);
      save_ok (f->m[i], f->db);
    }
}

static void
search_fixture_tear_down (SearchFixture *f,
                          gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->m); i++)
    g_clear_object (&f->m[i]);
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  close_ok (g_steal_pointer (&f->db));
}

static void
test_search_text (SearchFixture *f,
                  gconstpointer  data)
{
  gint64 a = sajja_group_get_id (f->a);
  SajjaMember **m = f->m;

  /* A Thai substring in the middle of the name: the surname after a space. */
  {
    g_autoptr(GArray) ids = search (f->db, a, "ใจดี", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[1], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "ชาย ใจ", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "ทองดี", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[2], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "มณี", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[4], NULL };

    assert_ids (ids, expected);
  }
  {
    /* Spaces around what is typed do not matter. */
    g_autoptr(GArray) ids = search (f->db, a, "  สมศรี ", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[1], NULL };

    assert_ids (ids, expected);
  }

  /* One and two characters: below a trigram, found by reading the names. */
  {
    g_autoptr(GArray) ids = search (f->db, a, "ส", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[1], m[2], m[3], m[4], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "สม", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[1], m[2], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "ดี", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[1], m[2], m[5], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "ใจ", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[1], m[3], NULL };

    assert_ids (ids, expected);
  }

  /* Nothing matches: an empty list, not an error. */
  {
    const char *none[] = { "ไม่มีชื่อนี้", "ฮ", "zz", "สมชายใจดี" };

    for (guint i = 0; i < G_N_ELEMENTS (none); i++)
      {
        g_autoptr(GArray) ids = search (f->db, 0, none[i], SAJJA_MEMBER_SORT_NUMBER, FALSE);

        g_assert_cmpuint (ids->len, ==, 0);
      }
  }

  /* The empty query lists the group, or everyone. */
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    g_autoptr(GArray) all = search (f->db, 0, NULL, SAJJA_MEMBER_SORT_NUMBER, FALSE);
    g_autoptr(GArray) blank = search (f->db, 0, "   ", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    g_assert_cmpuint (ids->len, ==, 6);
    g_assert_cmpuint (all->len, ==, 7);
    g_assert_cmpuint (blank->len, ==, 7);
  }
}

static void
test_search_numbers (SearchFixture *f,
                     gconstpointer  data)
{
  gint64 a = sajja_group_get_id (f->a);
  SajjaMember **m = f->m;
  g_autofree char *id = person_id (4);
  g_autofree char *dashed = sajja_thai_id_format (id);
  g_autoptr(GString) thai = g_string_new (NULL);

  /* The national ID as stored, with dashes, with Thai digits and Thai digits with dashes. */
  for (const char *p = dashed; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_unichar (thai, 0x0E50 + (*p - '0'));
      else
        g_string_append_c (thai, *p);
    }
  {
    const char *forms[] = { id, dashed, thai->str };

    for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
      {
        g_autoptr(GArray) ids = search (f->db, 0, forms[i], SAJJA_MEMBER_SORT_NUMBER, FALSE);
        SajjaMember *expected[] = { m[3], NULL };

        g_test_message ("ID typed as %s", forms[i]);
        assert_ids (ids, expected);
      }
  }

  /* A member number: of three digits or more through the index, shorter by its first digits. */
  sajja_member_set_member_no (m[4], 1234);
  save_ok (m[4], f->db);
  {
    g_autoptr(GArray) ids = search (f->db, a, "1234", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[4], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "๑๒๓๔", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[4], NULL };

    assert_ids (ids, expected);
  }

  /* One or two digits: the members whose number starts with them, or whose ID holds them. */
  {
    const char *short_queries[] = { "1", "3", "12", "๑๒", "0", "04", "-4" };

    for (guint k = 0; k < G_N_ELEMENTS (short_queries); k++)
      {
        g_autofree char *digits = sajja_thai_digits_to_ascii (short_queries[k]);
        const char *q = digits[0] == '-' ? digits + 1 : digits;
        g_autoptr(GArray) ids = search (f->db, a, short_queries[k], SAJJA_MEMBER_SORT_NUMBER, FALSE);
        SajjaMember *expected[7] = { NULL, };
        guint n = 0;

        for (guint i = 0; i < 6; i++)
          {
            g_autofree char *number = g_strdup_printf ("%d", sajja_member_get_member_no (m[i]));

            if (g_str_has_prefix (number, q) || strstr (sajja_member_get_national_id (m[i]), q) != NULL)
              expected[n++] = m[i];
          }
        g_test_message ("query %s: %u expected", short_queries[k], n);
        assert_id_set (ids, expected);
      }
  }
}

static void
test_search_syntax (SearchFixture *f,
                    gconstpointer  data)
{
  /* What is typed is text, never query syntax: no error, whatever it holds. */
  const char *queries[] = {
    "\"", "\"\"", "\"\"\"", "ส\"ม", "\"ใจดี\"", "ใจดี\"", "AND", "OR", "NOT", "ใจดี AND สม", "ใจ OR ดี",
    "*", "ใจ*", "**", "NEAR(", "NEAR(ใจ ดี)", "NEAR(ใจดี, 2)", "name:ใจดี", "{name code}:ใจ", "-ใจดี", "^ใจดี",
    "(", ")", "()", "'", "';--", "%", "_", "\\", "ใจดี'); DROP TABLE members; --", "+", ":", "\t",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = NULL;

      g_test_message ("query %s", queries[i]);
      ids = sajja_member_search_ids (f->db, 0, queries[i], SAJJA_MEMBER_SORT_NAME, FALSE, &error);
      g_assert_no_error (error);
      g_assert_nonnull (ids);
    }
  g_assert_cmpint (count_rows (f->db, "members"), ==, 7);

  /* A quoted name is matched as typed, quotes and all. */
  {
    g_autoptr(GArray) ids = search (f->db, 0, "\"ใจดี\"", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    g_assert_cmpuint (ids->len, ==, 0);
  }
  {
    g_autoptr(GArray) ids = search (f->db, 0, "ใจดี AND สม", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    g_assert_cmpuint (ids->len, ==, 0);
  }
}

static void
test_search_groups (SearchFixture *f,
                    gconstpointer  data)
{
  SajjaMember **m = f->m;

  {
    g_autoptr(GArray) ids = search (f->db, 0, "สมชาย", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[6], NULL };

    /* Numbered per group: group by group, then by number. */
    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, sajja_group_get_id (f->a), "สมชาย", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, sajja_group_get_id (f->b), "สมชาย", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[6], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, sajja_group_get_id (f->b), "ส", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[6], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, 424242, "", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    g_assert_cmpuint (ids->len, ==, 0);
  }
}

static void
test_search_sort (SearchFixture *f,
                  gconstpointer  data)
{
  gint64 a = sajja_group_get_id (f->a);
  SajjaMember **m = f->m;

  /* Thai dictionary order: ป, ม, ว, then สมชาย < สมศรี < สมหญิง. */
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_NAME, FALSE);
    SajjaMember *expected[] = { m[4], m[3], m[5], m[0], m[1], m[2], NULL };

    assert_ids (ids, expected);
    for (guint i = 0; i + 1 < G_N_ELEMENTS (expected) - 1; i++)
      {
        g_autofree char *x = g_strconcat (sajja_member_get_given_name (expected[i]), " ",
                                          sajja_member_get_surname (expected[i]), NULL);
        g_autofree char *y = g_strconcat (sajja_member_get_given_name (expected[i + 1]), " ",
                                          sajja_member_get_surname (expected[i + 1]), NULL);

        g_assert_cmpint (sajja_collate_compare (x, y), <, 0);
      }
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_NAME, TRUE);
    SajjaMember *expected[] = { m[2], m[1], m[0], m[5], m[3], m[4], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "ส", SAJJA_MEMBER_SORT_NAME, FALSE);
    SajjaMember *expected[] = { m[4], m[3], m[0], m[1], m[2], NULL };

    assert_ids (ids, expected);
  }

  /* By number. */
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_NUMBER, FALSE);
    SajjaMember *expected[] = { m[0], m[1], m[2], m[3], m[4], m[5], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_NUMBER, TRUE);
    SajjaMember *expected[] = { m[5], m[4], m[3], m[2], m[1], m[0], NULL };

    assert_ids (ids, expected);
  }

  /* By joining date; the same day by number. */
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_JOIN_DATE, FALSE);
    SajjaMember *expected[] = { m[3], m[1], m[5], m[0], m[4], m[2], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_JOIN_DATE, TRUE);
    SajjaMember *expected[] = { m[2], m[4], m[0], m[5], m[1], m[3], NULL };

    assert_ids (ids, expected);
  }
  {
    g_autoptr(GArray) ids = search (f->db, a, "ใจดี", SAJJA_MEMBER_SORT_JOIN_DATE, FALSE);
    SajjaMember *expected[] = { m[1], m[0], NULL };

    assert_ids (ids, expected);
  }

  /* By status: active first. */
  sajja_member_set_status (m[0], SAJJA_MEMBER_RESIGNED, "2020-01-01", "ย้ายไปอยู่ต่างจังหวัด");
  save_ok (m[0], f->db);
  {
    g_autoptr(GArray) ids = search (f->db, a, "", SAJJA_MEMBER_SORT_STATUS, FALSE);
    SajjaMember *expected[] = { m[4], m[3], m[5], m[1], m[2], m[0], NULL };

    assert_ids (ids, expected);
  }
  {
    SajjaMember *expected[] = { m[0], m[1], m[2], m[3], m[4], NULL };
    g_autoptr(GArray) ids = search (f->db, a, "ส", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    assert_id_set (ids, expected);
  }
}

/* ---- the list model --------------------------------------------------------------------- */

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->n_signals++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static void
test_member_list (SearchFixture *f,
                  gconstpointer  data)
{
  g_autoptr(SajjaMemberList) list = sajja_member_list_new (f->db, sajja_group_get_id (f->a));
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  SajjaMember **m = f->m;

  g_assert_true (g_list_model_get_item_type (model) == SAJJA_TYPE_MEMBER);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &seen);

  g_assert_true (sajja_member_list_query (list, "", SAJJA_MEMBER_SORT_NUMBER, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_signals, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(SajjaMember) item = g_list_model_get_item (model, i);

      g_assert_nonnull (item);
      g_assert_cmpint (sajja_member_get_id (item), ==, sajja_member_get_id (m[i]));
      g_assert_cmpint (sajja_member_get_member_no (item), ==, (int) i + 1);
      g_assert_cmpstr (sajja_member_get_given_name (item), ==, sajja_member_get_given_name (m[i]));
      g_assert_cmpuint (sajja_member_list_find (list, sajja_member_get_id (m[i])), ==, i);
    }
  g_assert_null (g_list_model_get_item (model, 6));
  g_assert_cmpuint (sajja_member_list_find (list, sajja_member_get_id (m[6])), ==, G_MAXUINT);
  g_assert_cmpuint (sajja_member_list_find (list, 424242), ==, G_MAXUINT);

  /* A new search replaces the items, with one signal. */
  g_assert_true (sajja_member_list_query (list, "ใจดี", SAJJA_MEMBER_SORT_NAME, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_signals, ==, 2);
  g_assert_cmpuint (seen.removed, ==, 6);
  g_assert_cmpuint (seen.added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (sajja_member_list_find (list, sajja_member_get_id (m[1])), ==, 0);
  g_assert_cmpuint (sajja_member_list_find (list, sajja_member_get_id (m[0])), ==, 1);
  {
    g_autoptr(SajjaMember) item = g_list_model_get_item (model, 0);

    g_assert_cmpstr (sajja_member_get_given_name (item), ==, "สมศรี");
  }

  /* After an edit, a reload shows the stored member, not the one read before. */
  sajja_member_set_address (m[1], "99 หมู่ 1 บ้านทดสอบ");
  save_ok (m[1], f->db);
  g_assert_true (sajja_member_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_signals, ==, 3);
  g_assert_cmpuint (seen.removed, ==, 2);
  g_assert_cmpuint (seen.added, ==, 2);
  {
    g_autoptr(SajjaMember) item = g_list_model_get_item (model, 0);

    g_assert_cmpstr (sajja_member_get_address (item), ==, "99 หมู่ 1 บ้านทดสอบ");
  }

  /* No match: empty, one signal. */
  g_assert_true (sajja_member_list_query (list, "ไม่มีชื่อนี้", SAJJA_MEMBER_SORT_NUMBER, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.n_signals, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* All groups. */
  {
    g_autoptr(SajjaMemberList) all = sajja_member_list_new (f->db, 0);

    g_assert_true (sajja_member_list_query (all, NULL, SAJJA_MEMBER_SORT_NUMBER, FALSE, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 7);
  }
}

/* ---- the demo --------------------------------------------------------------------------- */

static void
make_demo (const char *path,
           guint       n_groups,
           guint       n_members,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  SajjaDemoOptions options;
  SajjaDb *db;

  g_unlink (path);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  sajja_demo_options_init (&options);
  if (n_groups > 0)
    options.n_groups = n_groups;
  options.n_members = n_members;
  options.seed = seed;
  g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  close_ok (db);
}

/* Every member of the file, read back through the API, passes validation and the rules its
 * data must keep. */
static void
check_demo_members (SajjaDb  *db,
                    gboolean  large)
{
  g_autoptr(GArray) ids = search (db, 0, "", SAJJA_MEMBER_SORT_NUMBER, FALSE);
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_beneficiaries = 0, n_witnessed = 0, n_left = 0, n_spouses = 0, n_consent = 0, n_two_jobs = 0;

  g_assert_cmpuint (ids->len, ==, (guint) sajja_member_count (db, 0));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SajjaMember) m = sajja_member_find_by_id (db, g_array_index (ids, gint64, i), &error);
      GPtrArray *beneficiaries;
      GPtrArray *occupations;
      const char *title;
      g_autofree char *key = NULL;

      g_assert_no_error (error);
      if (!sajja_member_validate (m, &error))
        g_test_message ("member %" G_GINT64_FORMAT ": %s", sajja_member_get_id (m), error->message);
      g_assert_no_error (error);

      /* Numbers 1, 2, 3 … in each group, in order of joining. */
      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", sajja_member_get_group_id (m), sajja_member_get_member_no (m));
      g_assert_true (g_hash_table_add (numbers, g_steal_pointer (&key)));
      if (sajja_member_get_member_no (m) > 1)
        {
          g_autofree char *before = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", sajja_member_get_group_id (m),
                                                     sajja_member_get_member_no (m) - 1);

          g_assert_true (g_hash_table_contains (numbers, before));
        }

      title = sajja_member_get_title (m);
      if (sajja_member_get_gender (m) == SAJJA_GENDER_MALE)
        g_assert_cmpstr (title, ==, "นาย");
      else
        {
          g_assert_cmpint (sajja_member_get_gender (m), ==, SAJJA_GENDER_FEMALE);
          g_assert_true (g_str_equal (title, "นาง") || g_str_equal (title, "นางสาว"));
        }
      g_assert_nonnull (sajja_member_get_national_id (m));
      g_assert_cmpuint (strlen (sajja_member_get_national_id (m)), ==, 13);
      g_assert_nonnull (sajja_member_get_birth_date (m));
      g_assert_cmpstr (sajja_member_get_birth_date (m), >=, "1950-01-01");
      g_assert_cmpstr (sajja_member_get_birth_date (m), <=, "2000-12-31");
      g_assert_cmpstr (sajja_member_get_address (m), !=, "");
      g_assert_nonnull (strstr (sajja_member_get_address (m), "จ.สงขลา"));
      g_assert_cmpint (sajja_member_get_shares (m), >=, 1);

      occupations = sajja_member_get_occupations (m);
      g_assert_cmpuint (occupations->len, >=, 1);
      g_assert_cmpuint (occupations->len, <=, 2);
      for (guint j = 0; j < occupations->len; j++)
        g_assert_cmpint (((SajjaOccupation *) g_ptr_array_index (occupations, j))->monthly_income, >, 0);
      n_two_jobs += occupations->len == 2;

      beneficiaries = sajja_member_get_beneficiaries (m);
      if (beneficiaries->len > 0)
        {
          int total = 0;

          g_assert_cmpuint (beneficiaries->len, <=, 3);
          for (guint j = 0; j < beneficiaries->len; j++)
            total += ((SajjaBeneficiary *) g_ptr_array_index (beneficiaries, j))->share_bp;
          g_assert_cmpint (total, ==, 10000);
          n_beneficiaries++;
        }
      if (*sajja_member_get_witness (m, 0) != '\0')
        {
          g_assert_cmpstr (sajja_member_get_witness (m, 0), !=, sajja_member_get_witness (m, 1));
          n_witnessed++;
        }

      if (sajja_member_get_status (m) != SAJJA_MEMBER_ACTIVE)
        {
          g_assert_nonnull (sajja_member_get_status_date (m));
          g_assert_cmpstr (sajja_member_get_status_reason (m), !=, "");
          n_left++;
        }

      if (sajja_member_get_spouse_id (m) != 0)
        {
          g_autoptr(SajjaMember) spouse = sajja_member_find_by_id (db, sajja_member_get_spouse_id (m), &error);
          g_autofree char *spouse_name = NULL;

          g_assert_no_error (error);
          g_assert_cmpint (sajja_member_get_spouse_id (spouse), ==, sajja_member_get_id (m));
          g_assert_cmpint (sajja_member_get_group_id (spouse), ==, sajja_member_get_group_id (m));
          g_assert_cmpint (sajja_member_get_gender (spouse), !=, sajja_member_get_gender (m));
          g_assert_cmpstr (sajja_member_get_address (spouse), ==, sajja_member_get_address (m));
          spouse_name = sajja_member_dup_full_name (spouse);
          g_assert_cmpstr (sajja_member_get_spouse_name (m), ==, spouse_name);
          n_spouses++;
        }

      if (sajja_member_get_consent_date (m) != NULL)
        {
          g_assert_cmpstr (sajja_member_get_consent_date (m), >=, "2022-06-01");
          g_assert_cmpstr (sajja_member_get_consent_scope (m), !=, "");
          n_consent++;
        }
    }

  g_test_message ("%u members: %u with beneficiaries, %u witnessed, %u left, %u in couples, %u consented, "
                  "%u with two occupations", ids->len, n_beneficiaries, n_witnessed, n_left, n_spouses, n_consent,
                  n_two_jobs);
  g_assert_cmpuint (n_beneficiaries, ==, n_witnessed);
  if (!large)
    return;
  g_assert_cmpuint (n_beneficiaries, >, ids->len / 2);
  g_assert_cmpuint (n_left, >, 0);
  g_assert_cmpuint (n_left, <, ids->len / 5);
  g_assert_cmpuint (n_spouses, >, 0);
  g_assert_cmpuint (n_consent, >, ids->len / 2);
  g_assert_cmpuint (n_two_jobs, >, 0);
}

/* Every pledge, the earlier ones included, fits the by-laws in force on its date. */
static void
check_demo_shares (SajjaDb *db)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *handle = sajja_db_get_handle (db);
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT m.group_id, s.shares, s.effective_from, m.join_date, m.status_date "
                                       "FROM member_shares s JOIN members m ON m.id = s.member_id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 group_id = sqlite3_column_int64 (stmt, 0);
      gint64 shares = sqlite3_column_int64 (stmt, 1);
      const char *from = (const char *) sqlite3_column_text (stmt, 2);
      const char *status_date = (const char *) sqlite3_column_text (stmt, 4);
      gint64 min_shares = -1, max_shares = -1;

      g_assert_true (sajja_bylaw_get (db, group_id, SAJJA_BYLAW_MIN_SHARES, from, &min_shares, &error));
      g_assert_no_error (error);
      g_assert_true (sajja_bylaw_get (db, group_id, SAJJA_BYLAW_MAX_SHARES, from, &max_shares, &error));
      g_assert_no_error (error);
      g_assert_cmpint (shares, >=, min_shares);
      g_assert_cmpint (shares, <=, max_shares);
      g_assert_cmpstr (from, >=, (const char *) sqlite3_column_text (stmt, 3));
      if (status_date != NULL)
        g_assert_cmpstr (from, <, status_date);
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, >, (guint) sajja_member_count (db, 0));
}

static void
check_demo_groups (SajjaDb *db,
                   guint    n_groups,
                   guint    min_members,
                   guint    max_members)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) groups = sajja_group_list_all (db, &error);
  g_autofree char *today = iso_from_today (0);
  guint n_changed = 0, n_with_history = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), i);
      gint64 gid = sajja_group_get_id (group);
      g_autoptr(GPtrArray) history = sajja_bylaw_list_history (db, gid, &error);
      g_autoptr(GPtrArray) current = NULL;
      g_autoptr(GPtrArray) all_terms = NULL;
      gboolean seen[SAJJA_N_COMMITTEES] = { FALSE, };
      gboolean chair = FALSE, treasurer = FALSE, vice_chair = FALSE, secretary = FALSE;
      gint64 n = sajja_member_count (db, gid);

      g_assert_cmpint (n, >=, min_members);
      g_assert_cmpint (n, <=, max_members);

      /* The by-laws from the founding day on, and for some a later change. */
      g_assert_no_error (error);
      g_assert_cmpuint (history->len, >=, SAJJA_BYLAW_N_RULES);
      n_changed += history->len > SAJJA_BYLAW_N_RULES;
      for (guint rule = 0; rule < SAJJA_BYLAW_N_RULES; rule++)
        {
          gint64 value = -1;

          g_assert_true (sajja_bylaw_get (db, gid, rule, sajja_group_get_founded (group), &value, &error));
          g_assert_no_error (error);
          g_assert_cmpint (value, ==, sajja_bylaw_rule_get_default (rule));
        }

      /* A committee in office today with its chair and treasurer. */
      current = sajja_committee_list (db, gid, today, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < current->len; j++)
        {
          SajjaCommitteeTerm *t = g_ptr_array_index (current, j);
          g_autoptr(SajjaMember) holder = sajja_member_find_by_id (db, t->member_id, &error);

          g_assert_no_error (error);
          g_assert_cmpint (sajja_member_get_group_id (holder), ==, gid);
          g_assert_cmpint (sajja_member_get_status (holder), ==, SAJJA_MEMBER_ACTIVE);
          g_assert_cmpstr (sajja_member_get_join_date (holder), <=, t->term_from);
          g_assert_null (t->term_to);
          seen[t->committee] = TRUE;
          if (t->committee != SAJJA_COMMITTEE_EXECUTIVE)
            continue;
          chair = chair || t->position == SAJJA_POSITION_CHAIR;
          vice_chair = vice_chair || t->position == SAJJA_POSITION_VICE_CHAIR;
          treasurer = treasurer || t->position == SAJJA_POSITION_TREASURER;
          secretary = secretary || t->position == SAJJA_POSITION_SECRETARY;
        }
      g_assert_true (chair);
      g_assert_true (vice_chair);
      g_assert_true (treasurer);
      g_assert_true (secretary);
      for (guint c = 0; c < SAJJA_N_COMMITTEES; c++)
        g_assert_true (seen[c]);

      /* And the term before it, ended. */
      all_terms = sajja_committee_list (db, gid, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (all_terms->len, >=, current->len);
      if (all_terms->len > current->len)
        {
          n_with_history++;
          for (guint j = 0; j < all_terms->len; j++)
            {
              SajjaCommitteeTerm *t = g_ptr_array_index (all_terms, j);

              if (t->term_to != NULL)
                g_assert_cmpstr (t->term_to, <, today);
            }
        }

      /* A bank account in the group's name. */
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM group_bank_accounts WHERE group_id = %"
                                                G_GINT64_FORMAT, gid);

        g_assert_cmpint (query_int (db, sql), ==, 1);
      }
    }
  g_test_message ("%u of %u groups changed a rule later; %u have an earlier committee", n_changed, n_groups,
                  n_with_history);
  g_assert_cmpuint (n_changed, >, 0);
  g_assert_cmpuint (n_with_history, >, 0);
}

static void
test_demo_default (void)
{
  g_autofree char *path = test_path ("demo.db");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  SajjaDemoOptions options;
  SajjaDb *db;
  gint64 n;
  gint64 start;

  sajja_demo_options_init (&options);
  g_assert_cmpuint (options.n_groups, ==, 8);
  g_assert_cmpuint (options.n_members, ==, 0);
  g_assert_cmpuint (options.n_months, ==, 36);

  start = g_get_monotonic_time ();
  make_demo (path, 0, 0, options.seed);
  g_test_message ("default demo: %.3f s", (g_get_monotonic_time () - start) / 1e6);

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  g_assert_cmpint (sajja_group_count (db), ==, 8);
  n = sajja_member_count (db, 0);
  g_test_message ("%" G_GINT64_FORMAT " members", n);
  g_assert_cmpint (n, >=, 200);
  g_assert_cmpint (n, <=, 480);

  check_demo_groups (db, 8, 25, 60);
  check_demo_members (db, TRUE);
  check_demo_shares (db);

  /* The search index holds every member; the demo is one action (with its groups). */
  g_assert_cmpint (count_rows (db, "members_fts"), ==, n);
  g_assert_cmpint (count_rows (db, "action_log"), ==, 9);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM members WHERE sort_key = ''"), ==, 0);

  /* The famous name is there, and found the ways a user types. */
  {
    g_autoptr(GArray) by_name = search (db, 0, "สมศรี", SAJJA_MEMBER_SORT_NAME, FALSE);
    g_autoptr(GArray) by_surname = search (db, 0, "ใจดี", SAJJA_MEMBER_SORT_NAME, FALSE);

    g_assert_cmpuint (by_name->len, >, 0);
    g_assert_cmpuint (by_surname->len, >, 0);
    for (guint i = 0; i + 1 < by_name->len; i++)
      {
        g_autoptr(SajjaMember) x = sajja_member_find_by_id (db, g_array_index (by_name, gint64, i), NULL);
        g_autoptr(SajjaMember) y = sajja_member_find_by_id (db, g_array_index (by_name, gint64, i + 1), NULL);
        g_autofree char *nx = g_strconcat (sajja_member_get_given_name (x), " ", sajja_member_get_surname (x), NULL);
        g_autofree char *ny = g_strconcat (sajja_member_get_given_name (y), " ", sajja_member_get_surname (y), NULL);

        g_assert_nonnull (strstr (nx, "สมศรี"));
        g_assert_cmpint (sajja_collate_compare (nx, ny), <=, 0);
      }
  }

  /* A demo member saves through the API as it is: the rows agree with the store's checks. */
  {
    g_autoptr(GArray) ids = search (db, 0, "", SAJJA_MEMBER_SORT_NUMBER, FALSE);

    for (guint i = 0; i < 30; i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(SajjaMember) m = sajja_member_find_by_id (db, g_array_index (ids, gint64, i), &error);

        g_assert_no_error (error);
        save_ok (m, db);
      }
    g_assert_cmpint (sajja_member_count (db, 0), ==, n);
  }

  g_assert_true (sajja_db_verify (db, problems));
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  close_ok (db);
}

static GPtrArray *
list_members (const char *path)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  SajjaDb *db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (db,
                           "SELECT m.uuid, m.member_no, m.title, m.given_name, m.surname, m.national_id, m.birth_date, "
                           "  m.join_date, m.status, m.address, g.uuid, "
                           "  (SELECT group_concat (uuid || shares || effective_from) FROM member_shares "
                           "   WHERE member_id = m.id), "
                           "  (SELECT group_concat (uuid || name || share_bp) FROM beneficiaries "
                           "   WHERE member_id = m.id) "
                           "FROM members m JOIN groups g ON g.id = m.group_id ORDER BY m.id",
                           &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (row, "%s|", sqlite3_column_text (stmt, i));
      g_ptr_array_add (out, g_string_free (row, FALSE));
    }
  sqlite3_reset (stmt);

  stmt = sajja_db_prepare (db,
                           "SELECT uuid, committee, position, member_id, term_from, term_to FROM committee_terms "
                           "UNION ALL SELECT uuid, rule, value, group_id, effective_from, note FROM bylaws",
                           &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup_printf ("%s|%s|%s|%s|%s|%s", sqlite3_column_text (stmt, 0),
                                           sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2),
                                           sqlite3_column_text (stmt, 3), sqlite3_column_text (stmt, 4),
                                           sqlite3_column_text (stmt, 5)));
  sqlite3_reset (stmt);
  close_ok (db);
  return out;
}

static void
test_demo_determinism (void)
{
  g_autofree char *a = test_path ("a.db");
  g_autofree char *b = test_path ("b.db");
  g_autofree char *c = test_path ("c.db");
  g_autoptr(GPtrArray) la = NULL;
  g_autoptr(GPtrArray) lb = NULL;
  g_autoptr(GPtrArray) lc = NULL;
  guint n_same = 0;

  make_demo (a, 0, 0, 7);
  make_demo (b, 0, 0, 7);
  make_demo (c, 0, 0, 8);
  la = list_members (a);
  lb = list_members (b);
  lc = list_members (c);

  g_assert_cmpuint (la->len, >, 200);
  g_assert_cmpuint (la->len, ==, lb->len);
  for (guint i = 0; i < la->len; i++)
    g_assert_cmpstr (g_ptr_array_index (la, i), ==, g_ptr_array_index (lb, i));

  /* Another seed, other people. */
  for (guint i = 0; i < MIN (la->len, lc->len); i++)
    n_same += g_str_equal (g_ptr_array_index (la, i), g_ptr_array_index (lc, i));
  g_assert_cmpuint (n_same, ==, 0);
}

typedef struct
{
  guint n_calls;
  double last;
  GCancellable *cancel_at_half;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >=, p->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  p->last = fraction;
  p->n_calls++;
  if (p->cancel_at_half != NULL && fraction >= 0.5)
    g_cancellable_cancel (p->cancel_at_half);
}

static void
test_demo_sizes (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDemoOptions options;

  /* A number of members spread over the groups, exactly. */
  {
    g_autofree char *path = test_path ("sized.db");
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
    Progress progress = { 0 };
    SajjaDb *db;

    g_unlink (path);
    db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
    sajja_demo_options_init (&options);
    options.n_groups = 40;
    options.n_members = 3000;
    g_assert_true (sajja_demo_generate (db, &options, progress_cb, &progress, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (progress.n_calls, >, 2);
    g_assert_cmpfloat (progress.last, ==, 1.0);
    g_assert_cmpint (sajja_group_count (db), ==, 40);
    g_assert_cmpint (sajja_member_count (db, 0), ==, 3000);
    g_assert_cmpint (count_rows (db, "members_fts"), ==, 3000);
    check_demo_groups (db, 40, 15, 200);
    check_demo_members (db, TRUE);
    check_demo_shares (db);
    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpuint (problems->len, ==, 0);
    close_ok (db);
  }

  /* Fewer members than groups: some groups are empty, and have no committee. */
  {
    g_autoptr(SajjaDb) db = new_db ("tiny.db");
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    sajja_demo_options_init (&options);
    options.n_members = 5;
    g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sajja_group_count (db), ==, 8);
    g_assert_cmpint (sajja_member_count (db, 0), ==, 5);
    check_demo_members (db, FALSE);
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM committee_terms WHERE member_id NOT IN "
                                    "(SELECT id FROM members WHERE status = 'active' OR term_to IS NOT NULL)"), ==, 0);
    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpuint (problems->len, ==, 0);
  }

  /* Cancelled half-way through the members: nothing is written. */
  {
    g_autoptr(SajjaDb) db = new_db ("cancelled.db");
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Progress progress = { 0, 0.0, cancellable };

    sajja_demo_options_init (&options);
    options.n_members = 4000;
    g_assert_false (sajja_demo_generate (db, &options, progress_cb, &progress, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_cmpfloat (progress.last, >=, 0.5);
    g_assert_false (sajja_db_in_transaction (db));
    g_assert_cmpint (sajja_group_count (db), ==, 0);
    g_assert_cmpint (count_rows (db, "members"), ==, 0);
    g_assert_cmpint (count_rows (db, "members_fts"), ==, 0);
    g_assert_cmpint (count_rows (db, "bylaws"), ==, 0);
    g_assert_cmpint (count_rows (db, "action_log"), ==, 0);

    /* And the same file then takes a demo. */
    sajja_demo_options_init (&options);
    g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
}

/* A member entered by mistake can be deleted; one with money in the books cannot. */
static void
test_delete_with_books (void)
{
  g_autoptr(SajjaDb) db = new_db ("delete.db");
  g_autoptr(SajjaGroup) group = add_group (db, "กลุ่มลบ", 1, NULL);
  g_autoptr(SajjaMember) mistake = new_member (sajja_group_get_id (group), "พิมพ์", "ผิด", NULL);
  g_autoptr(SajjaMember) saver = new_member (sajja_group_get_id (group), "ออม", "ทุกเดือน", NULL);
  g_autoptr(GError) error = NULL;
  SajjaPeriod period = { 2015, 1 };

  save_ok (mistake, db);
  save_ok (saver, db);
  g_assert_cmpint (sajja_ledger_post (db, sajja_group_get_id (group), sajja_member_get_id (saver),
                                      SAJJA_ENTRY_ENTRY_FEE, 2000, period, "2015-01-10", 0, "test", NULL,
                                      &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (sajja_member_delete (db, mistake, &error));
  g_assert_no_error (error);
  g_assert_false (sajja_member_delete (db, saver, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
  g_assert_cmpint (sajja_member_count (db, 0), ==, 1);
  g_assert_cmpint (count_rows (db, "journal"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/members/validate/national-id", test_validate_national_id);
  g_test_add_func ("/members/validate/duplicate-id", test_validate_duplicate_id);
  g_test_add_func ("/members/validate/names", test_validate_names);
  g_test_add_func ("/members/validate/dates", test_validate_dates);
  g_test_add_func ("/members/validate/beneficiaries", test_validate_beneficiaries);
  g_test_add_func ("/members/validate/phone-occupations", test_validate_phone);
  g_test_add_func ("/members/numbers", test_member_numbers);
  g_test_add_func ("/members/bylaws/shares-by-date", test_bylaws_shares);
  g_test_add_func ("/members/bylaws/refused", test_bylaws_refused);
  g_test_add_func ("/members/committees", test_committees);
  g_test_add_func ("/members/save/round-trip", test_round_trip);
  g_test_add_func ("/members/save/rollback", test_rollback);
  g_test_add ("/members/search/text", SearchFixture, NULL,
              search_fixture_set_up, test_search_text, search_fixture_tear_down);
  g_test_add ("/members/search/numbers", SearchFixture, NULL,
              search_fixture_set_up, test_search_numbers, search_fixture_tear_down);
  g_test_add ("/members/search/syntax", SearchFixture, NULL,
              search_fixture_set_up, test_search_syntax, search_fixture_tear_down);
  g_test_add ("/members/search/groups", SearchFixture, NULL,
              search_fixture_set_up, test_search_groups, search_fixture_tear_down);
  g_test_add ("/members/search/sort", SearchFixture, NULL,
              search_fixture_set_up, test_search_sort, search_fixture_tear_down);
  g_test_add ("/members/list", SearchFixture, NULL,
              search_fixture_set_up, test_member_list, search_fixture_tear_down);
  g_test_add_func ("/members/demo/default", test_demo_default);
  g_test_add_func ("/members/demo/determinism", test_demo_determinism);
  g_test_add_func ("/members/demo/sizes", test_demo_sizes);
  g_test_add_func ("/members/delete/with-books", test_delete_with_books);

  return g_test_run ();
}
