/* test-member-io.c: importing and exporting rosters (sajja-member-io.c) on real SQLite files in
 * a throwaway folder, and the "sajja-cli members" commands run as a program ($SAJJA_CLI).
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS, so g_get_user_data_dir() is a fresh folder.
 * Fixtures are in tests/data/roster: the same roster as UTF-8 with a BOM and as TIS-620 (made
 * with iconv -t TIS-620), and a Windows-874 file with smart quotes (iconv -t CP874).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sajja-bylaw.h"
#include "sajja-csv.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-member-io.h"
#include "sajja-member.h"
#include "sajja-thai-id.h"

#define BOM "\xef\xbb\xbf"

/* ---- helpers ---------------------------------------------------------------------------- */

static const char *
work_dir (void)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static char *
test_path (const char *name)
{
  return g_build_filename (work_dir (), name, NULL);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "roster", name, NULL);
}

static SajjaDb *
open_db (const char *name)
{
  g_autofree char *path = test_path (name);
  g_autoptr(GError) error = NULL;
  SajjaDb *db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static gint64
make_group (SajjaDb    *db,
            const char *name,
            const char *tambon)
{
  g_autoptr(SajjaGroup) group = sajja_group_new ();
  g_autoptr(GError) error = NULL;

  sajja_group_set_name (group, name);
  sajja_group_set_tambon (group, tambon);
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_group_get_id (group), >, 0);

  return sajja_group_get_id (group);
}

static gint64
count_rows (SajjaDb    *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sajja_db_query_int (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

#define count_log(db) count_rows ((db), "SELECT count(*) FROM action_log")
#define count_imports(db) count_rows ((db), "SELECT count(*) FROM action_log WHERE action = 'member-import'")

/* A valid national ID: "1", then @n in 11 digits, then the check digit. */
static char *
make_id (guint n)
{
  g_autofree char *first12 = g_strdup_printf ("1%011u", n);

  return g_strdup_printf ("%s%d", first12, sajja_thai_id_check_digit (first12));
}

/* The member with @member_no in @group_id. */
static SajjaMember *
find_member (SajjaDb *db,
             gint64   group_id,
             int      member_no)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM members WHERE group_id = %" G_GINT64_FORMAT
                                          " AND member_no = %d", group_id, member_no);
  g_autoptr(GError) error = NULL;
  gint64 id = sajja_db_query_int (db, sql, 0, &error);
  SajjaMember *member;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  member = sajja_member_find_by_id (db, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (member);
  return member;
}

static SajjaRosterImport *
prepare_string (SajjaDb    *db,
                gint64      group_id,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  SajjaRosterImport *import = sajja_roster_import_prepare_data (db, group_id, text, strlen (text),
                                                                SAJJA_CSV_ENCODING_AUTO, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
log_problems (SajjaRosterImport *import)
{
  for (guint i = 0; i < sajja_roster_import_get_n_problems (import); i++)
    {
      const SajjaRosterProblem *p = sajja_roster_import_get_problem (import, i);

      g_test_message ("line %u, column %s (%d): %s", p->line, p->column_name, p->column, p->message);
    }
}

static void
assert_problem (SajjaRosterImport *import,
                guint              index,
                guint              line,
                SajjaRosterColumn  column,
                const char        *column_name)
{
  const SajjaRosterProblem *p;

  g_assert_cmpuint (index, <, sajja_roster_import_get_n_problems (import));
  p = sajja_roster_import_get_problem (import, index);
  g_assert_cmpuint (p->line, ==, line);
  g_assert_cmpint (p->column, ==, column);
  g_assert_cmpstr (p->column_name, ==, column_name);
  g_assert_nonnull (p->message);
  g_assert_cmpstr (p->message, !=, "");
}

/* The roster of tests/data/roster/utf8-bom.csv and tis620.csv, as read. */
static void
assert_fixture_members (SajjaRosterImport *import)
{
  SajjaMember *m;
  GPtrArray *occupations;
  SajjaOccupation *o;

  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, 3);
  g_assert_cmpuint (sajja_roster_import_get_line (import, 0), ==, 2);
  g_assert_cmpuint (sajja_roster_import_get_line (import, 2), ==, 4);
  g_assert_cmpstr (sajja_roster_import_get_ignored_columns (import)[0], ==, NULL);

  m = sajja_roster_import_get_member (import, 0);
  g_assert_cmpint (sajja_member_get_member_no (m), ==, 1);
  g_assert_cmpstr (sajja_member_get_title (m), ==, "นาย");
  g_assert_cmpstr (sajja_member_get_given_name (m), ==, "สมชาย");
  g_assert_cmpstr (sajja_member_get_surname (m), ==, "ใจดี");
  g_assert_cmpstr (sajja_member_get_national_id (m), ==, "1101000000017");
  g_assert_cmpstr (sajja_member_get_birth_date (m), ==, "1967-01-15");   /* 15/01/2510 */
  g_assert_cmpint (sajja_member_get_gender (m), ==, SAJJA_GENDER_MALE);
  g_assert_cmpstr (sajja_member_get_address (m), ==, "12 หมู่ 3 ต.ท่าข้าม, อ.หาดใหญ่");
  g_assert_cmpstr (sajja_member_get_phone (m), ==, "081-234-5678");
  g_assert_cmpstr (sajja_member_get_join_date (m), ==, "2017-02-01");    /* 01/02/2560 */
  g_assert_cmpint (sajja_member_get_shares (m), ==, 5);
  g_assert_cmpstr (sajja_member_get_shares_from (m), ==, "2017-02-01");
  occupations = sajja_member_get_occupations (m);
  g_assert_cmpuint (occupations->len, ==, 1);
  o = g_ptr_array_index (occupations, 0);
  g_assert_cmpstr (o->occupation, ==, "ทำนา");
  g_assert_cmpint (o->monthly_income, ==, 1200000);

  m = sajja_roster_import_get_member (import, 1);
  g_assert_cmpint (sajja_member_get_member_no (m), ==, 2);
  g_assert_cmpstr (sajja_member_get_national_id (m), ==, "1101000000025");
  g_assert_cmpstr (sajja_member_get_birth_date (m), ==, "1985-03-20");
  g_assert_cmpint (sajja_member_get_gender (m), ==, SAJJA_GENDER_FEMALE);
  g_assert_cmpstr (sajja_member_get_phone (m), ==, "");
  g_assert_cmpstr (sajja_member_get_join_date (m), ==, "2017-02-01");
  occupations = sajja_member_get_occupations (m);
  g_assert_cmpuint (occupations->len, ==, 2);
  o = g_ptr_array_index (occupations, 0);
  g_assert_cmpstr (o->occupation, ==, "ค้าขาย");
  g_assert_cmpint (o->monthly_income, ==, 800000);
  o = g_ptr_array_index (occupations, 1);
  g_assert_cmpstr (o->occupation, ==, "รับจ้าง");
  g_assert_cmpint (o->monthly_income, ==, 350050);

  m = sajja_roster_import_get_member (import, 2);
  g_assert_cmpint (sajja_member_get_member_no (m), ==, 0);              /* assigned on commit */
  g_assert_cmpstr (sajja_member_get_title (m), ==, "นางสาว");
  g_assert_cmpstr (sajja_member_get_given_name (m), ==, "มาลี");
  g_assert_null (sajja_member_get_national_id (m));
  g_assert_cmpstr (sajja_member_get_birth_date (m), ==, "1990-03-03");   /* 3 มี.ค. 2533 */
  g_assert_cmpint (sajja_member_get_gender (m), ==, SAJJA_GENDER_FEMALE); /* "female" */
  g_assert_cmpstr (sajja_member_get_join_date (m), ==, "2017-02-01");    /* 1 ก.พ. 60 */
  g_assert_null (sajja_member_get_shares_from (m));
  g_assert_cmpuint (sajja_member_get_occupations (m)->len, ==, 0);
}

/* ---- encodings -------------------------------------------------------------------------- */

static void
test_utf8_bom (void)
{
  g_autoptr(SajjaDb) db = open_db ("utf8.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autofree char *path = fixture_path ("utf8-bom.csv");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(SajjaMember) third = NULL;
  g_autoptr(GError) error = NULL;

  import = sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_cmpint (sajja_roster_import_get_encoding (import), ==, SAJJA_CSV_ENCODING_UTF8);
  assert_fixture_members (import);

  /* Nothing is written before the commit. */
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 0);
  g_assert_cmpint (count_log (db), ==, 1);  /* the group's */

  g_assert_true (sajja_roster_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 3);
  g_assert_cmpint (count_imports (db), ==, 1);
  /* The group's action, one member-add per member (sajja_member_save()) and the import. */
  g_assert_cmpint (count_log (db), ==, 1 + 3 + 1);

  /* The member without a number took the next one; the preview shows the saved members. */
  g_assert_cmpint (sajja_member_get_member_no (sajja_roster_import_get_member (import, 2)), ==, 3);
  g_assert_cmpint (sajja_member_get_id (sajja_roster_import_get_member (import, 2)), >, 0);
  third = find_member (db, group_id, 3);
  g_assert_cmpstr (sajja_member_get_given_name (third), ==, "มาลี");
  g_assert_cmpstr (sajja_member_get_birth_date (third), ==, "1990-03-03");

  /* A second commit is refused. */
  g_assert_false (sajja_roster_import_commit (import, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_COMMITTED);
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 3);
}

static void
test_tis620 (void)
{
  g_autoptr(SajjaDb) db = open_db ("tis620.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autofree char *path = fixture_path ("tis620.csv");
  g_autoptr(GError) error = NULL;

  /* Detected, and as asked. */
  {
    g_autoptr(SajjaRosterImport) import =
      sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_AUTO, &error);

    g_assert_no_error (error);
    g_assert_cmpint (sajja_roster_import_get_encoding (import), ==, SAJJA_CSV_ENCODING_TIS620);
    assert_fixture_members (import);
  }
  {
    g_autoptr(SajjaRosterImport) import =
      sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_TIS620, &error);

    g_assert_no_error (error);
    assert_fixture_members (import);
    g_assert_true (sajja_roster_import_commit (import, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sajja_member_count (db, group_id), ==, 3);
  }

  /* TIS-620 bytes are not UTF-8. */
  {
    g_autoptr(SajjaRosterImport) import =
      sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_UTF8, &error);

    g_assert_null (import);
    g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING);
  }
}

static void
test_cp874_smart_quotes (void)
{
  g_autoptr(SajjaDb) db = open_db ("cp874.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autofree char *path = fixture_path ("cp874-smart-quotes.csv");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  SajjaMember *m;
  SajjaOccupation *o;

  import = sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  log_problems (import);
  g_assert_cmpint (sajja_roster_import_get_encoding (import), ==, SAJJA_CSV_ENCODING_TIS620);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, 1);

  m = sajja_roster_import_get_member (import, 0);
  g_assert_cmpstr (sajja_member_get_given_name (m), ==, "สมปอง");
  g_assert_cmpstr (sajja_member_get_address (m), ==, "“บ้านสวน” หมู่ 4");
  o = g_ptr_array_index (sajja_member_get_occupations (m), 0);
  g_assert_cmpstr (o->occupation, ==, "ค้าขาย–รับจ้าง");

  g_assert_true (sajja_roster_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 1);
}

static void
test_wrong_encoding (void)
{
  g_autoptr(SajjaDb) db = open_db ("wrong.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autoptr(GRand) rand = g_rand_new_with_seed (874);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *path = test_path ("random.csv");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_log = count_log (db);

  g_byte_array_append (bytes, (const guint8 *) "ชื่อ,นามสกุล,วันที่สมัคร\n", strlen ("ชื่อ,นามสกุล,วันที่สมัคร\n"));
  for (guint i = 0; i < 300; i++)
    {
      guint8 byte = (guint8) g_rand_int_range (rand, 0x80, 0x100);

      g_byte_array_append (bytes, &byte, 1);
    }
  /* 0xFF is a character neither in UTF-8 nor in Windows-874. */
  g_byte_array_append (bytes, (const guint8 *) "\xff\n", 2);
  g_assert_false (g_utf8_validate ((const char *) bytes->data, bytes->len, NULL));
  g_assert_true (g_file_set_contents (path, (const char *) bytes->data, bytes->len, NULL));

  import = sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_null (import);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "TIS-620"));
  g_clear_error (&error);

  /* Read as UTF-8, it fails on its first line of random bytes. */
  import = sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_UTF8, &error);
  g_assert_null (import);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING);

  g_assert_cmpint (sajja_member_count (db, group_id), ==, 0);
  g_assert_cmpint (count_log (db), ==, n_log);
}

/* ---- the header --------------------------------------------------------------------------- */

static void
test_missing_column (void)
{
  g_autoptr(SajjaDb) db = open_db ("missing.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autoptr(GError) error = NULL;
  const char *text;

  /* No surname. */
  text = "ชื่อ,ที่อยู่,วันที่สมัคร\nสมชาย,12 หมู่ 3,01/02/2560\n";
  g_assert_null (sajja_roster_import_prepare_data (db, group_id, text, strlen (text), SAJJA_CSV_ENCODING_AUTO, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_MISSING_COLUMN);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“นามสกุล” (surname)"));
  g_assert_nonnull (strstr (error->message, "“ชื่อ”, “ที่อยู่”, “วันที่สมัคร”"));
  g_assert_null (strstr (error->message, "given name"));
  g_clear_error (&error);

  /* No surname and no join date: both are named. English headers are read too. */
  text = "Given Name,Address\nSomchai,12 Moo 3\n";
  g_assert_null (sajja_roster_import_prepare_data (db, group_id, text, strlen (text), SAJJA_CSV_ENCODING_AUTO, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_MISSING_COLUMN);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“นามสกุล” (surname), “วันที่สมัคร” (join date)"));
  g_assert_nonnull (strstr (error->message, "“Given Name”, “Address”"));
  g_clear_error (&error);

  /* An empty file, and a file with only its header. */
  g_assert_null (sajja_roster_import_prepare_data (db, group_id, "", 0, SAJJA_CSV_ENCODING_AUTO, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_EMPTY);
  g_clear_error (&error);
  text = BOM "ชื่อ,นามสกุล,วันที่สมัคร\r\n,,\r\n\r\n";
  g_assert_null (sajja_roster_import_prepare_data (db, group_id, text, strlen (text), SAJJA_CSV_ENCODING_AUTO, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_EMPTY);
  g_clear_error (&error);

  /* A group that does not exist. */
  text = "ชื่อ,นามสกุล,วันที่สมัคร\nสมชาย,ใจดี,01/02/2560\n";
  g_assert_null (sajja_roster_import_prepare_data (db, group_id + 100, text, strlen (text), SAJJA_CSV_ENCODING_AUTO, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_NO_GROUP);
  g_clear_error (&error);

  g_assert_cmpint (sajja_member_count (db, 0), ==, 0);
}

static void
test_columns_any_order (void)
{
  g_autoptr(SajjaDb) db = open_db ("order.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autofree char *id = make_id (42);
  g_autofree char *text = NULL;
  const char * const *ignored;
  SajjaMember *m;

  /* English names in another order, a semicolon separator, a column that is not imported,
   * and a row of empty values as Excel leaves them. */
  text = g_strdup_printf ("Join_Date; Remark ;SURNAME;first name;ID\n"
                          "2024-01-15;ok;ใจดี;สมชาย;%s\n"
                          ";;;;\n", id);
  import = prepare_string (db, group_id, text);
  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, 1);
  ignored = sajja_roster_import_get_ignored_columns (import);
  g_assert_cmpstr (ignored[0], ==, "Remark");
  g_assert_cmpstr (ignored[1], ==, NULL);

  m = sajja_roster_import_get_member (import, 0);
  g_assert_cmpstr (sajja_member_get_given_name (m), ==, "สมชาย");
  g_assert_cmpstr (sajja_member_get_surname (m), ==, "ใจดี");
  g_assert_cmpstr (sajja_member_get_national_id (m), ==, id);
  g_assert_cmpstr (sajja_member_get_join_date (m), ==, "2024-01-15");
}

/* ---- rows --------------------------------------------------------------------------------- */

static void
test_dates_be_ce (void)
{
  g_autoptr(SajjaDb) db = open_db ("dates.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *text =
    "ชื่อ,นามสกุล,วันเกิด,วันที่สมัคร\n"
    "ก,หนึ่ง,20/03/2528,15/01/2567\n"          /* BE with slashes */
    "ข,สอง,20/03/1985,15/01/2024\n"            /* CE with slashes */
    "ค,สาม,1985-03-20,2024-01-15\n"            /* ISO */
    "ง,สี่,20 มี.ค. 2528,15 ม.ค. 67\n"          /* Thai month names, two-digit BE */
    "จ,ห้า,20 มีนาคม พ.ศ. 2528,15 January 2024\n"
    "ฉ,หก,๒๐/๐๓/๒๕๒๘,๑๕-๐๑-๒๕๖๗\n"              /* Thai digits */
    "ช,เจ็ด,20.03.2528,15/01/2600\n"            /* a join date in the future: 2600 BE */
    "ซ,แปด,30/02/2528,2024-13-01\n";            /* impossible dates */

  import = prepare_string (db, group_id, text);
  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, 8);

  for (guint row = 0; row < 7; row++)
    {
      SajjaMember *m = sajja_roster_import_get_member (import, row);

      g_assert_cmpstr (sajja_member_get_birth_date (m), ==, "1985-03-20");
      if (row < 6)
        g_assert_cmpstr (sajja_member_get_join_date (m), ==, "2024-01-15");
    }

  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 3);
  g_assert_cmpuint (sajja_roster_import_get_n_bad_rows (import), ==, 2);
  assert_problem (import, 0, 8, SAJJA_ROSTER_COLUMN_JOIN_DATE, "วันที่สมัคร");
  assert_problem (import, 1, 9, SAJJA_ROSTER_COLUMN_BIRTH_DATE, "วันเกิด");
  assert_problem (import, 2, 9, SAJJA_ROSTER_COLUMN_JOIN_DATE, "วันที่สมัคร");

  g_assert_false (sajja_roster_import_commit (import, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_INVALID_ROWS);
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 0);
}

/* Every problem of a row is reported, in the order of the file's columns, and the checks
 * against the group's members and by-laws. */
static void
test_row_problems (void)
{
  g_autoptr(SajjaDb) db = open_db ("rows.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  gint64 other_group = make_group (db, "กลุ่มบ้านพรุ", "พรุ");
  g_autoptr(SajjaMember) existing = sajja_member_new (group_id);
  g_autoptr(SajjaMember) elsewhere = sajja_member_new (other_group);
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id1 = make_id (1);
  g_autofree char *id2 = make_id (2);
  g_autofree char *id3 = make_id (3);
  g_autofree char *bad_id = g_strdup (id3);
  g_autofree char *text = NULL;
  const SajjaRosterProblem *p;
  gint64 n_log;

  /* Member 1 of the group has ID 1; ID 2 is in another group, which is no problem. */
  sajja_member_set_given_name (existing, "สมชาย");
  sajja_member_set_surname (existing, "ใจดี");
  sajja_member_set_national_id (existing, id1);
  sajja_member_set_join_date (existing, "2017-02-01");
  g_assert_true (sajja_member_save (existing, db, &error));
  g_assert_no_error (error);
  sajja_member_set_given_name (elsewhere, "สมศรี");
  sajja_member_set_surname (elsewhere, "ใจดี");
  sajja_member_set_national_id (elsewhere, id2);
  sajja_member_set_join_date (elsewhere, "2017-02-01");
  g_assert_true (sajja_member_save (elsewhere, db, &error));
  g_assert_no_error (error);
  /* The group's rules: 1 to 20 shares. */
  g_assert_true (sajja_bylaw_set (db, group_id, SAJJA_BYLAW_MIN_SHARES, 1, "2000-01-01", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sajja_bylaw_set (db, group_id, SAJJA_BYLAW_MAX_SHARES, 20, "2000-01-01", NULL, &error));
  g_assert_no_error (error);
  n_log = count_log (db);

  bad_id[12] = bad_id[12] == '9' ? '0' : bad_id[12] + 1;
  text = g_strdup_printf ("เลขที่สมาชิก,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,เพศ,โทรศัพท์,วันที่สมัคร,หุ้น,อาชีพ,รายได้ต่อเดือน,สถานะ,วันที่พ้นสภาพ\n"
                          /* 2: fine (ID 2 is only in the other group) */
                          ",มาลี,ศรีสุข,%s,หญิง,081-234-5678,01/02/2560,5,ทำนา,3000,,\n"
                          /* 3: bad ID, bad gender, no given name, letters in the phone */
                          ",,ศรีสุข,%s,ผู้ชาย,โทร 081,01/02/2560,,,,,\n"
                          /* 4: ID and number of member 1 of the group */
                          "1,สมปอง,แก้วใส,%s,,,01/02/2560,,,,,\n"
                          /* 5: too many shares for the by-laws; more incomes than occupations */
                          "7,สมใจ,แก้วใส,,,,01/02/2560,50,ทำนา,1000;2000,,\n"
                          /* 6: member number 7 again; a status date without a status */
                          "7,สมหมาย,แก้วใส,,,,01/02/2560,,,,,01/01/2566\n"
                          /* 7: resigned without the date; a number that is no number */
                          "๘x,สมหวัง,แก้วใส,,,,01/02/2560,,,,ลาออก,\n"
                          /* 8: a value past the last column; Excel's form of a long number */
                          ",สมควร,แก้วใส,1.10100E+12,,,01/02/2560,,,,,,extra\n"
                          /* 9: ID 2 again, as on line 2 */
                          ",สมนึก,แก้วใส,%s,,,01/02/2560,,,,,\n",
                          id2, bad_id, id1, id2);

  import = prepare_string (db, group_id, text);
  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, 8);
  g_assert_cmpuint (sajja_roster_import_get_n_bad_rows (import), ==, 7);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 15);

  /* Line 3: four problems, in the order of the columns. */
  assert_problem (import, 0, 3, SAJJA_ROSTER_COLUMN_GIVEN_NAME, "ชื่อ");
  assert_problem (import, 1, 3, SAJJA_ROSTER_COLUMN_NATIONAL_ID, "เลขประจำตัวประชาชน");
  assert_problem (import, 2, 3, SAJJA_ROSTER_COLUMN_GENDER, "เพศ");
  assert_problem (import, 3, 3, SAJJA_ROSTER_COLUMN_PHONE, "โทรศัพท์");
  p = sajja_roster_import_get_problem (import, 0);
  g_assert_cmpuint (p->row, ==, 1);

  /* Line 4: the member number and the ID of member 1 (สมชาย ใจดี). */
  assert_problem (import, 4, 4, SAJJA_ROSTER_COLUMN_MEMBER_NO, "เลขที่สมาชิก");
  assert_problem (import, 5, 4, SAJJA_ROSTER_COLUMN_NATIONAL_ID, "เลขประจำตัวประชาชน");
  p = sajja_roster_import_get_problem (import, 5);
  g_assert_nonnull (strstr (p->message, "สมชาย ใจดี"));

  /* Line 5: the by-laws' 1 to 20 shares; more incomes than occupations. */
  assert_problem (import, 6, 5, SAJJA_ROSTER_COLUMN_SHARES, "หุ้น");
  p = sajja_roster_import_get_problem (import, 6);
  g_assert_nonnull (strstr (p->message, "20"));
  assert_problem (import, 7, 5, SAJJA_ROSTER_COLUMN_MONTHLY_INCOME, "รายได้ต่อเดือน");

  /* Line 6: number 7 is also on line 5; a status date without a status. */
  assert_problem (import, 8, 6, SAJJA_ROSTER_COLUMN_MEMBER_NO, "เลขที่สมาชิก");
  p = sajja_roster_import_get_problem (import, 8);
  g_assert_nonnull (strstr (p->message, "5"));
  assert_problem (import, 9, 6, SAJJA_ROSTER_COLUMN_STATUS, "สถานะ");

  /* Line 7: the number; resigned needs its date (in the column the file has). */
  assert_problem (import, 10, 7, SAJJA_ROSTER_COLUMN_MEMBER_NO, "เลขที่สมาชิก");
  assert_problem (import, 11, 7, SAJJA_ROSTER_COLUMN_STATUS_DATE, "วันที่พ้นสภาพ");

  /* Line 8: a value past the last column (the whole row's problem comes first); Excel. */
  assert_problem (import, 12, 8, SAJJA_ROSTER_COLUMN_NONE, NULL);
  assert_problem (import, 13, 8, SAJJA_ROSTER_COLUMN_NATIONAL_ID, "เลขประจำตัวประชาชน");
  p = sajja_roster_import_get_problem (import, 13);
  g_assert_nonnull (strstr (p->message, "1.23457E+12"));

  /* Line 9: ID 2 is also on line 2. */
  assert_problem (import, 14, 9, SAJJA_ROSTER_COLUMN_NATIONAL_ID, "เลขประจำตัวประชาชน");
  p = sajja_roster_import_get_problem (import, 14);
  g_assert_nonnull (strstr (p->message, "2"));

  g_assert_false (sajja_roster_import_commit (import, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_INVALID_ROWS);
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 1);
  g_assert_cmpint (count_log (db), ==, n_log);
}

/* Member numbers the file gives are kept; the others follow the highest of the group and of
 * the file, in the order of the file. */
static void
test_numbering (void)
{
  g_autoptr(SajjaDb) db = open_db ("numbers.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autoptr(SajjaMember) existing = sajja_member_new (group_id);
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "เลขที่สมาชิก,ชื่อ,นามสกุล,วันที่สมัคร\n"
                     ",ก,หนึ่ง,2020-01-01\n"
                     "9,ข,สอง,2020-01-01\n"
                     ",ค,สาม,2020-01-01\n"
                     "4,ง,สี่,2020-01-01\n";
  const int expected[] = { 10, 9, 11, 4 };

  sajja_member_set_given_name (existing, "สมชาย");
  sajja_member_set_surname (existing, "ใจดี");
  sajja_member_set_member_no (existing, 5);
  sajja_member_set_join_date (existing, "2017-02-01");
  g_assert_true (sajja_member_save (existing, db, &error));
  g_assert_no_error (error);

  import = prepare_string (db, group_id, text);
  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);
  g_assert_true (sajja_roster_import_commit (import, &error));
  g_assert_no_error (error);

  for (guint row = 0; row < G_N_ELEMENTS (expected); row++)
    g_assert_cmpint (sajja_member_get_member_no (sajja_roster_import_get_member (import, row)), ==,
                     expected[row]);
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 5);
}

/* ---- 10,000 rows -------------------------------------------------------------------------- */

#define LARGE_ROWS 10000
#define BAD_CHECK_DIGIT_ROW 1234
#define BAD_DATE_ROW 5678
#define DUPLICATE_ROW 9000
#define DUPLICATED_ROW 10

/* A roster of LARGE_ROWS members as Thai Excel writes it (BOM, CR LF), row r on line r + 2;
 * with @bad, three rows are wrong. */
static char *
large_roster (gboolean bad)
{
  GString *out = g_string_new (BOM "เลขที่สมาชิก,คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันเกิด,เพศ,วันที่สมัคร,หุ้น\r\n");

  for (guint r = 0; r < LARGE_ROWS; r++)
    {
      g_autofree char *id = make_id (1000000 + (bad && r == DUPLICATE_ROW ? DUPLICATED_ROW : r));
      g_autofree char *birth = g_strdup_printf ("%02u/%02u/%u", 1 + r % 28, 1 + r % 12, 2490 + r % 50);

      if (bad && r == BAD_CHECK_DIGIT_ROW)
        id[12] = id[12] == '9' ? '0' : id[12] + 1;
      if (bad && r == BAD_DATE_ROW)
        {
          g_free (birth);
          birth = g_strdup ("31/04/2530");
        }

      g_string_append_printf (out, ",%s,สมาชิก%05u,ทดสอบ,%s,%s,%s,01/01/2560,%u\r\n",
                              r % 2 == 0 ? "นาย" : "นาง", r, id, birth, r % 2 == 0 ? "ชาย" : "หญิง",
                              1 + r % 20);
    }

  return g_string_free (out, FALSE);
}

static void
test_large_bad_rows (void)
{
  g_autoptr(SajjaDb) db = open_db ("large-bad.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autofree char *text = large_roster (TRUE);
  g_autofree char *path = test_path ("large-bad.csv");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const SajjaRosterProblem *p;
  gint64 n_log = count_log (db);
  gint64 n_action_rows;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  import = sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  log_problems (import);

  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, LARGE_ROWS);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 3);
  g_assert_cmpuint (sajja_roster_import_get_n_bad_rows (import), ==, 3);
  assert_problem (import, 0, BAD_CHECK_DIGIT_ROW + 2, SAJJA_ROSTER_COLUMN_NATIONAL_ID, "เลขประจำตัวประชาชน");
  assert_problem (import, 1, BAD_DATE_ROW + 2, SAJJA_ROSTER_COLUMN_BIRTH_DATE, "วันเกิด");
  assert_problem (import, 2, DUPLICATE_ROW + 2, SAJJA_ROSTER_COLUMN_NATIONAL_ID, "เลขประจำตัวประชาชน");
  /* The duplicate names the line of the first. */
  p = sajja_roster_import_get_problem (import, 2);
  g_assert_nonnull (strstr (p->message, G_STRINGIFY (12)));
  g_assert_cmpuint (p->row, ==, DUPLICATE_ROW);

  g_assert_false (sajja_roster_import_commit (import, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_INVALID_ROWS);

  /* Nothing written: no member, no action. */
  g_assert_cmpint (sajja_member_count (db, 0), ==, 0);
  g_assert_cmpint (count_log (db), ==, n_log);
  n_action_rows = count_rows (db, "SELECT count(*) FROM action_log WHERE action LIKE 'member-%'");
  g_assert_cmpint (n_action_rows, ==, 0);
}

static void
test_large_good (void)
{
  g_autoptr(SajjaDb) db = open_db ("large-good.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autofree char *text = large_roster (FALSE);
  g_autofree char *path = test_path ("large-good.csv");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(SajjaMember) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_id = make_id (1000000 + LARGE_ROWS - 1);
  double prepare_seconds;
  double commit_seconds;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  g_test_timer_start ();
  import = sajja_roster_import_prepare (db, group_id, path, SAJJA_CSV_ENCODING_AUTO, &error);
  prepare_seconds = g_test_timer_elapsed ();
  g_assert_no_error (error);
  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (sajja_roster_import_get_n_rows (import), ==, LARGE_ROWS);

  g_test_timer_start ();
  g_assert_true (sajja_roster_import_commit (import, &error));
  commit_seconds = g_test_timer_elapsed ();
  g_assert_no_error (error);
  g_test_message ("10,000 rows: prepare %.2f s, commit %.2f s", prepare_seconds, commit_seconds);
  g_test_minimized_result (prepare_seconds + commit_seconds, "import of 10,000 rows: %.2f s",
                           prepare_seconds + commit_seconds);
  /* "A few seconds", with room for slow machines and sanitizers. */
  g_assert_cmpfloat (prepare_seconds + commit_seconds, <, 30.0);

  g_assert_cmpint (sajja_member_count (db, group_id), ==, LARGE_ROWS);
  g_assert_cmpint (count_imports (db), ==, 1);
  last = find_member (db, group_id, LARGE_ROWS);
  g_assert_cmpstr (sajja_member_get_given_name (last), ==, "สมาชิก09999");
  g_assert_cmpstr (sajja_member_get_national_id (last), ==, last_id);
  g_assert_cmpint (sajja_member_get_shares (last), ==, 1 + (LARGE_ROWS - 1) % 20);
}

/* A failure in the middle of the commit leaves nothing written. */
static void
test_commit_rolls_back (void)
{
  g_autoptr(SajjaDb) db = open_db ("rollback.db");
  gint64 group_id = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  g_autoptr(GString) text = g_string_new ("ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันที่สมัคร\n");
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(SajjaMember) intruder = sajja_member_new (group_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *taken = make_id (250);
  gint64 n_log;

  for (guint r = 0; r < 500; r++)
    {
      g_autofree char *id = make_id (r);

      g_string_append_printf (text, "สมาชิก%u,ทดสอบ,%s,2020-01-01\n", r, id);
    }
  import = prepare_string (db, group_id, text->str);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);

  /* After the preview, someone adds the member of line 252 (row 250). */
  sajja_member_set_given_name (intruder, "สมชาย");
  sajja_member_set_surname (intruder, "ใจดี");
  sajja_member_set_national_id (intruder, taken);
  sajja_member_set_join_date (intruder, "2017-02-01");
  g_assert_true (sajja_member_save (intruder, db, &error));
  g_assert_no_error (error);
  n_log = count_log (db);

  g_assert_false (sajja_roster_import_commit (import, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_SAVE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "252"));
  g_clear_error (&error);

  g_assert_false (sajja_db_in_transaction (db));
  g_assert_cmpint (sajja_member_count (db, group_id), ==, 1);
  g_assert_cmpint (count_log (db), ==, n_log);
  /* The preview is as it was. */
  g_assert_cmpint (sajja_member_get_id (sajja_roster_import_get_member (import, 0)), ==, 0);
  g_assert_cmpint (sajja_member_get_member_no (sajja_roster_import_get_member (import, 0)), ==, 0);
}

/* ---- export --------------------------------------------------------------------------------- */

static void
save_member (SajjaDb     *db,
             SajjaMember *m)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_member_save (m, db, &error));
  g_assert_no_error (error);
}

static void
assert_same_member (SajjaMember *a,
                    SajjaMember *b)
{
  GPtrArray *oa = sajja_member_get_occupations (a);
  GPtrArray *ob = sajja_member_get_occupations (b);

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
}

static void
test_round_trip (void)
{
  g_autoptr(SajjaDb) db = open_db ("round-trip.db");
  gint64 from = make_group (db, "กลุ่มบ้านท่าข้าม", "ท่าข้าม");
  gint64 to = make_group (db, "กลุ่มบ้านพรุ", "พรุ");
  g_autofree char *id1 = make_id (1);
  g_autofree char *id1_dashed = sajja_thai_id_format (id1);
  g_autofree char *id3 = make_id (3);
  g_autofree char *path = test_path ("roster.csv");
  g_autofree char *again = test_path ("roster-again.csv");
  g_autofree char *contents = NULL;
  g_autofree char *contents_again = NULL;
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const int numbers[] = { 1, 7, 8, 9 };
  gsize length;

  {
    g_autoptr(SajjaMember) m = sajja_member_new (from);

    sajja_member_set_member_no (m, 1);
    sajja_member_set_title (m, "นาย");
    sajja_member_set_given_name (m, "สมชาย");
    sajja_member_set_surname (m, "ใจดี, จริง");
    sajja_member_set_national_id (m, id1);
    sajja_member_set_birth_date (m, "1967-01-15");
    sajja_member_set_gender (m, SAJJA_GENDER_MALE);
    sajja_member_set_address (m, "12 หมู่ 3\nต.ท่าข้าม \"บ้านสวน\"");
    sajja_member_set_phone (m, "+66 81 234 5678");
    sajja_member_set_join_date (m, "2017-02-01");
    sajja_member_set_shares (m, 5, "2017-02-01");
    g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("ทำนา", 1200000));
    g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("รับจ้าง", 35050));
    save_member (db, m);
  }
  {
    /* Values Excel would run as formulas, and one that starts with an apostrophe. */
    g_autoptr(SajjaMember) m = sajja_member_new (from);

    sajja_member_set_member_no (m, 7);
    sajja_member_set_given_name (m, "=SUM(A1)");
    sajja_member_set_surname (m, "'=x");
    sajja_member_set_gender (m, SAJJA_GENDER_FEMALE);
    sajja_member_set_join_date (m, "2020-05-05");
    sajja_member_set_status (m, SAJJA_MEMBER_RESIGNED, "2023-03-01", "ย้ายที่อยู่");
    save_member (db, m);
  }
  {
    g_autoptr(SajjaMember) m = sajja_member_new (from);

    sajja_member_set_member_no (m, 8);
    sajja_member_set_title (m, "นางสาว");
    sajja_member_set_given_name (m, "มาลี");
    sajja_member_set_surname (m, "ศรีสุข");
    sajja_member_set_national_id (m, id3);
    sajja_member_set_birth_date (m, "1990-03-03");
    sajja_member_set_gender (m, SAJJA_GENDER_OTHER);
    sajja_member_set_join_date (m, "2018-06-01");
    sajja_member_set_shares (m, 10, "2019-01-01");
    sajja_member_set_status (m, SAJJA_MEMBER_DECEASED, "2024-01-02", NULL);
    save_member (db, m);
  }
  {
    g_autoptr(SajjaMember) m = sajja_member_new (from);

    sajja_member_set_member_no (m, 9);
    sajja_member_set_given_name (m, "@home");
    sajja_member_set_surname (m, "-ดี");
    sajja_member_set_join_date (m, "2019-09-09");
    sajja_member_set_status (m, SAJJA_MEMBER_EXPELLED, "2022-01-01", "ผิดระเบียบ; ไม่ส่งเงิน");
    g_ptr_array_add (sajja_member_get_occupations (m), sajja_occupation_new ("ค้าขาย", 0));
    save_member (db, m);
  }

  g_assert_true (sajja_roster_export (db, from, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_test_message ("%s", contents);
  g_assert_true (g_str_has_prefix (contents, BOM "เลขที่สมาชิก,คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,"
                                   "วันเกิด,เพศ,ที่อยู่,โทรศัพท์,วันที่สมัคร,หุ้น,วันที่หุ้นมีผล,อาชีพ,"
                                   "รายได้ต่อเดือน,สถานะ,วันที่พ้นสภาพ,เหตุที่พ้นสภาพ\r\n"
                                   "1,นาย,สมชาย,\"ใจดี, จริง\","));
  g_assert_nonnull (strstr (contents, id1_dashed));
  g_assert_nonnull (strstr (contents, ",1967-01-15,ชาย,\"12 หมู่ 3\nต.ท่าข้าม \"\"บ้านสวน\"\"\",'+66 81 234 5678,"
                                      "2017-02-01,5,,\"ทำนา; รับจ้าง\",\"12000.00; 350.50\",ปกติ,,\r\n"));
  g_assert_nonnull (strstr (contents, "\r\n7,,'=SUM(A1),''=x,,,หญิง,,,2020-05-05,,,,,ลาออก,2023-03-01,ย้ายที่อยู่\r\n"));
  g_assert_nonnull (strstr (contents, ",2018-06-01,10,2019-01-01,,,เสียชีวิต,2024-01-02,\r\n"));
  g_assert_true (g_str_has_suffix (contents, "\r\n9,,'@home,'-ดี,,,,,,2019-09-09,,,ค้าขาย,,ให้ออก,2022-01-01,"
                                             "\"ผิดระเบียบ; ไม่ส่งเงิน\"\r\n"));
  g_assert_cmpuint (strlen (contents), ==, length);

  import = sajja_roster_import_prepare (db, to, path, SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  log_problems (import);
  g_assert_cmpuint (sajja_roster_import_get_n_problems (import), ==, 0);
  g_assert_true (sajja_roster_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_member_count (db, to), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(SajjaMember) a = find_member (db, from, numbers[i]);
      g_autoptr(SajjaMember) b = find_member (db, to, numbers[i]);

      assert_same_member (a, b);
    }

  /* Exporting the copy writes the same bytes. */
  g_assert_true (sajja_roster_export (db, to, again, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (again, &contents_again, NULL, NULL));
  g_assert_cmpstr (contents_again, ==, contents);

  /* A group that does not exist, and a folder that does not. */
  g_assert_false (sajja_roster_export (db, to + 100, again, &error));
  g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_NO_GROUP);
  g_clear_error (&error);
  {
    g_autofree char *nowhere = test_path ("no-such-folder/roster.csv");

    g_assert_false (sajja_roster_export (db, to, nowhere, &error));
    g_assert_error (error, SAJJA_ROSTER_ERROR, SAJJA_ROSTER_ERROR_WRITE);
  }
}

/* ---- sajja-cli members ---------------------------------------------------------------------- */

typedef struct
{
  int status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

/* Runs sajja-cli in English, with the user folders in this test's folder. */
static CliResult *
run_cli_args (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new ("sajja-cli");
  CliResult *result = g_new0 (CliResult, 1);
  const char *cli = g_getenv ("SAJJA_CLI");
  int wait_status = -1;

  g_assert_nonnull (cli);
  g_assert_true (g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE));

  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_setenv (envp, "HOME", g_get_home_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_ptr_array_add (argv, (gpointer) args[i]);
      g_string_append_printf (line, " %s", args[i]);
    }
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (work_dir (), (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &result->out, &result->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);

  g_test_message ("%s → %d\nstdout: %s\nstderr: %s", line->str, result->status, result->out, result->err);
  g_assert_true (g_utf8_validate (result->out, -1, NULL));
  g_assert_true (g_utf8_validate (result->err, -1, NULL));

  return result;
}

#define run_cli(...) run_cli_args ((const char * const []) { __VA_ARGS__, NULL })

static void
assert_failed (CliResult *result,
               int        status)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_true (g_str_has_prefix (result->err, "sajja-cli: "));
}

static void
db_counts (const char *path,
           gint64     *members,
           gint64     *actions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = sajja_db_open (path, SAJJA_DB_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  *members = sajja_member_count (db, 0);
  *actions = count_log (db);
  g_assert_true (sajja_db_close (db, FALSE, 0, NULL));
}

static void
test_cli (void)
{
  g_autofree char *db_path = test_path ("cli.db");
  g_autofree char *good = fixture_path ("utf8-bom.csv");
  g_autofree char *tis620 = fixture_path ("tis620.csv");
  g_autofree char *bad = test_path ("bad.csv");
  g_autofree char *out_csv = test_path ("out.csv");
  g_autofree char *exported = NULL;
  g_autofree char *second_uuid = NULL;
  g_autofree char *position = NULL;
  g_autofree char *bad_id = make_id (77);
  g_autofree char *bad_text = NULL;
  gint64 members, actions, members_after, actions_after;

  {
    g_autoptr(SajjaDb) db = open_db ("cli.db");
    g_autoptr(GListStore) groups = NULL;

    make_group (db, "กลุ่มหนึ่ง", "ท่าข้าม");
    make_group (db, "กลุ่มหนึ่ง", "พรุ");     /* the same name in another tambon */
    make_group (db, "กลุ่มสอง", "ท่าข้าม");

    groups = sajja_group_list_all (db, NULL);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (groups)); i++)
      {
        g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), i);

        if (g_str_equal (sajja_group_get_name (group), "กลุ่มสอง"))
          {
            position = g_strdup_printf ("%u", i + 1);
            second_uuid = g_strdup (sajja_group_get_uuid (group));
          }
      }
    g_assert_nonnull (position);
    g_assert_true (sajja_db_close (db, FALSE, 0, NULL));
  }

  /* Help. */
  {
    g_autoptr(CliResult) r = run_cli ("--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "\n  members SUBCOMMAND"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("members", "--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "sajja-cli members SUBCOMMAND"));
    g_assert_nonnull (strstr (r->out, "\n  list FILE [--group G]"));
    g_assert_nonnull (strstr (r->out, "\n  import FILE --group G ROSTER.csv"));
    g_assert_nonnull (strstr (r->out, "\n  export FILE --group G OUT.csv"));
  }
  for (guint i = 0; i < 3; i++)
    {
      const char *sub = (const char *[]) { "list", "import", "export" }[i];
      g_autoptr(CliResult) r = run_cli ("members", sub, "--help");
      g_autofree char *usage = g_strdup_printf ("sajja-cli members %s [OPTION…] FILE", sub);

      g_assert_cmpint (r->status, ==, 0);
      g_assert_nonnull (strstr (r->out, usage));
      g_assert_nonnull (strstr (r->out, "--group=G"));
    }
  {
    g_autoptr(CliResult) r = run_cli ("members");

    g_assert_cmpint (r->status, ==, 2);
    g_assert_cmpstr (r->out, ==, "");
  }
  {
    g_autoptr(CliResult) r = run_cli ("members", "delete", db_path);

    assert_failed (r, 2);
  }
  {
    /* No --group, a bad encoding, a database that does not exist (and is not made). */
    g_autoptr(CliResult) r1 = run_cli ("members", "import", db_path, good);
    g_autoptr(CliResult) r2 = run_cli ("members", "import", db_path, good, "--group", "กลุ่มสอง", "--encoding", "latin1");
    g_autofree char *missing = test_path ("missing.db");
    g_autoptr(CliResult) r3 = run_cli ("members", "import", missing, good, "--group", "กลุ่มสอง");

    assert_failed (r1, 2);
    assert_failed (r2, 2);
    assert_failed (r3, 1);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* Import by name. */
  {
    g_autoptr(CliResult) r = run_cli ("members", "import", db_path, "--group", "กลุ่มสอง", good);

    g_autofree char *expected = g_strdup_printf ("Read 3 members from %s.\nAdded 3 members to กลุ่มสอง.\n", good);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, ==, expected);
    g_assert_cmpstr (r->err, ==, "");
  }
  db_counts (db_path, &members, &actions);
  g_assert_cmpint (members, ==, 3);

  /* A bad file: every bad line on the output, status 1, nothing written. */
  bad_id[12] = bad_id[12] == '9' ? '0' : bad_id[12] + 1;
  bad_text = g_strdup_printf ("ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันเกิด,วันที่สมัคร\n"
                              "สมใจ,แก้วใส,,,01/02/2560\n"
                              "สมหมาย,แก้วใส,%s,,01/02/2560\n"
                              "สมหวัง,แก้วใส,,31/04/2530,01/02/2560\n"
                              "สมควร,แก้วใส,,,\n", bad_id);
  g_assert_true (g_file_set_contents (bad, bad_text, -1, NULL));
  {
    g_autoptr(CliResult) r = run_cli ("members", "import", db_path, "--group", position, bad);
    g_auto(GStrv) lines = g_strsplit (r->out, "\n", -1);
    g_autofree char *read = g_strdup_printf ("Read 4 members from %s.", bad);

    assert_failed (r, 1);
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_cmpstr (lines[0], ==, read);
    g_assert_true (g_str_has_prefix (lines[1], "line 3, column เลขประจำตัวประชาชน: "));
    g_assert_true (g_str_has_prefix (lines[2], "line 4, column วันเกิด: "));
    g_assert_true (g_str_has_prefix (lines[3], "line 5, column วันที่สมัคร: "));
    g_assert_cmpstr (lines[4], ==, "");
    g_assert_nonnull (strstr (r->err, "3 rows"));
  }
  db_counts (db_path, &members_after, &actions_after);
  g_assert_cmpint (members_after, ==, members);
  g_assert_cmpint (actions_after, ==, actions);

  /* The same roster again, by UUID, as TIS-620: numbers 1 and 2 and the IDs are taken. */
  {
    g_autoptr(CliResult) r = run_cli ("members", "import", db_path, "--group", second_uuid, "--encoding", "tis-620", tis620);

    assert_failed (r, 1);
    g_assert_nonnull (strstr (r->out, "line 2, column เลขที่สมาชิก: "));
    g_assert_nonnull (strstr (r->out, "line 2, column เลขประจำตัวประชาชน: "));
  }

  /* List. */
  {
    g_autoptr(CliResult) r = run_cli ("members", "list", db_path, "--group", "กลุ่มสอง");
    g_auto(GStrv) lines = g_strsplit (r->out, "\n", -1);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_nonnull (strstr (lines[0], "No."));
    g_assert_nonnull (strstr (lines[0], "ID number"));
    g_assert_true (g_str_has_prefix (lines[1], "    1  นายสมชาย ใจดี "));
    g_assert_nonnull (strstr (lines[1], "  1-1010-00000-01-7  01/02/2560  Active"));
    g_assert_true (g_str_has_prefix (lines[3], "    3  นางสาวมาลี ศรีสุข "));
  }
  {
    g_autoptr(CliResult) r = run_cli ("members", "list", db_path);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, ". กลุ่มสอง — "));
    g_assert_nonnull (strstr (r->out, "No members."));
    g_assert_nonnull (strstr (r->out, "  1-1010-00000-01-7  01/02/2560  Active"));
  }

  /* Export. */
  {
    g_autoptr(CliResult) r = run_cli ("members", "export", db_path, "--group", "กลุ่มสอง", out_csv);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "Wrote 3 members of กลุ่มสอง to "));
    g_assert_true (g_file_get_contents (out_csv, &exported, NULL, NULL));
    g_assert_true (g_str_has_prefix (exported, BOM "เลขที่สมาชิก,"));
    g_assert_nonnull (strstr (exported, "\r\n3,นางสาว,มาลี,ศรีสุข,,1990-03-03,หญิง,"));
  }

  /* Unknown and ambiguous groups. */
  {
    g_autoptr(CliResult) r = run_cli ("members", "list", db_path, "--group", "ไม่มีกลุ่มนี้");

    assert_failed (r, 1);
    g_assert_cmpstr (r->out, ==, "");
    g_assert_nonnull (strstr (r->err, "“ไม่มีกลุ่มนี้”"));
    g_assert_nonnull (strstr (r->err, second_uuid));
  }
  {
    g_autoptr(CliResult) r = run_cli ("members", "export", db_path, "--group", "4", out_csv);

    assert_failed (r, 1);
  }
  {
    g_autoptr(CliResult) r = run_cli ("members", "import", db_path, "--group", "กลุ่มหนึ่ง", good);

    assert_failed (r, 1);
    g_assert_nonnull (strstr (r->err, "more than one group"));
  }
  db_counts (db_path, &members_after, &actions_after);
  g_assert_cmpint (members_after, ==, members);
  g_assert_cmpint (actions_after, ==, actions);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/member-io/encoding/utf8-bom", test_utf8_bom);
  g_test_add_func ("/member-io/encoding/tis620", test_tis620);
  g_test_add_func ("/member-io/encoding/cp874-smart-quotes", test_cp874_smart_quotes);
  g_test_add_func ("/member-io/encoding/wrong", test_wrong_encoding);
  g_test_add_func ("/member-io/header/missing-column", test_missing_column);
  g_test_add_func ("/member-io/header/any-order", test_columns_any_order);
  g_test_add_func ("/member-io/rows/dates-be-ce", test_dates_be_ce);
  g_test_add_func ("/member-io/rows/problems", test_row_problems);
  g_test_add_func ("/member-io/rows/numbering", test_numbering);
  g_test_add_func ("/member-io/large/bad-rows", test_large_bad_rows);
  g_test_add_func ("/member-io/large/good", test_large_good);
  g_test_add_func ("/member-io/commit/rolls-back", test_commit_rolls_back);
  g_test_add_func ("/member-io/export/round-trip", test_round_trip);
  g_test_add_func ("/member-io/cli", test_cli);

  return g_test_run ();
}
