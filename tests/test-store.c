/* test-store.c: tests for the store (sajja-db.c, sajja-group.c, sajja-demo.c) on real SQLite
 * files in a throwaway folder.
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS, so g_get_user_data_dir() is a fresh folder
 * of its own (and the same folder in a g_test_trap_subprocess() child of that test).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "sajja-collate.h"
#include "sajja-db-private.h"
#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-group.h"

/* ---- helpers ---------------------------------------------------------------------------- */

/* A path in this test's own data folder. */
static char *
test_path (const char *name)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static gboolean
sidecar_exists (const char *path,
                const char *suffix)
{
  g_autofree char *sidecar = g_strconcat (path, suffix, NULL);

  return g_file_test (sidecar, G_FILE_TEST_EXISTS);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;
  return st.st_size;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_bytes_unchanged (const char *path,
                        GBytes     *before)
{
  g_autoptr(GBytes) after = read_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (after, before));
}

static int
thai_collation (void       *data,
                int         len_a,
                const void *a,
                int         len_b,
                const void *b)
{
  g_autofree char *sa = g_strndup (a, len_a);
  g_autofree char *sb = g_strndup (b, len_b);

  return sajja_collate_compare (sa, sb);
}

/* A plain SQLite connection, as another program would open the file. It also has the THAI
 * collation Sajja registers, in case an index of the schema uses it. */
static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  sqlite3_create_collation_v2 (handle, "THAI", SQLITE_UTF8, NULL, thai_collation, NULL);
  return handle;
}

static int
raw_try (sqlite3    *handle,
         const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (handle, sql, NULL, NULL, &message);

  if (message != NULL)
    g_test_message ("SQLite: %s (for %s)", message, sql);
  sqlite3_free (message);
  return rc;
}

static void
raw_exec (sqlite3    *handle,
          const char *sql)
{
  g_assert_cmpint (raw_try (handle, sql), ==, SQLITE_OK);
}

static gint64
raw_query_int (sqlite3    *handle,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
raw_close (sqlite3 *handle)
{
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
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

/* Makes a closed database at @path holding the demo network. */
static void
make_demo (const char *path,
           guint       n_groups,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  SajjaDemoOptions options;
  SajjaDb *db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);

  sajja_demo_options_init (&options);
  options.n_groups = n_groups;
  options.seed = seed;
  /* The store's tests need many pages, not many members: a few members a group keep them quick. */
  if (n_groups > 8)
    options.n_members = n_groups * 3;
  g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_group_count (db), ==, n_groups);
  close_ok (db);

  /* Closing the last connection checkpoints: the file is complete on its own. */
  g_assert_false (sidecar_exists (path, "-wal"));
}

static gint64
count_rows (SajjaDb    *db,
            const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gint64 n = sajja_db_query_int (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

static gint64
count_in_file (const char *path,
               const char *table)
{
  SajjaDb *db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  gint64 n = count_rows (db, table);

  close_ok (db);
  return n;
}

static SajjaGroup *
new_group (const char *name,
           int         moo,
           const char *tambon)
{
  SajjaGroup *group = sajja_group_new ();

  sajja_group_set_name (group, name);
  sajja_group_set_village (group, "บ้านทดสอบ");
  sajja_group_set_moo (group, moo);
  sajja_group_set_tambon (group, tambon);
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  sajja_group_set_founded (group, "1990-01-15");
  return group;
}

static void
save_ok (SajjaGroup *group,
         SajjaDb    *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_group_get_id (group), >, 0);
}

static void
overwrite (const char *path,
           gint64      offset,
           gsize       length,
           guchar      value)
{
  g_autofree guchar *junk = g_malloc (length);
  FILE *f = fopen (path, "r+b");

  g_assert_nonnull (f);
  memset (junk, value, length);
  g_assert_cmpint (fseek (f, (long) offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, length, f), ==, length);
  g_assert_cmpint (fclose (f), ==, 0);
}

static gint64
page_size_of (const char *path)
{
  sqlite3 *handle = raw_open (path);
  gint64 page_size = raw_query_int (handle, "PRAGMA page_size");

  raw_close (handle);
  g_assert_cmpint (page_size, >=, 512);
  return page_size;
}

/* Removes the -wal and -shm beside @path that were not there before (see
 * test_open_read_only_sidecars() for why a read-only look can leave them). */
static void
remove_new_sidecars (const char *path,
                     gboolean    had_wal,
                     gboolean    had_shm)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  if (!had_wal && g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (file_size (wal), ==, 0);
      g_unlink (wal);
    }
  if (!had_shm)
    g_unlink (shm);
}

/* Checks that opening @path is refused with @code, in every way Sajja opens files, and that
 * the attempt leaves the file byte for byte as it was. Opening it for writing also leaves no
 * journal beside it. */
static void
assert_refused_untouched (const char *path,
                          GQuark      domain,
                          int         code)
{
  g_autoptr(GBytes) before = read_bytes (path);
  gboolean had_wal = sidecar_exists (path, "-wal");
  gboolean had_shm = sidecar_exists (path, "-shm");

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SajjaDb) db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);

    g_test_message ("open: %s", error != NULL ? error->message : "(opened)");
    g_assert_null (db);
    g_assert_error (error, domain, code);
    g_assert_cmpstr (error->message, !=, "");
    assert_bytes_unchanged (path, before);
    g_assert_cmpint (sidecar_exists (path, "-wal"), ==, had_wal);
    g_assert_cmpint (sidecar_exists (path, "-shm"), ==, had_shm);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SajjaDb) db = sajja_db_open (path, SAJJA_DB_OPEN_READ_ONLY, &error);

    g_test_message ("open read-only: %s", error != NULL ? error->message : "(opened)");
    g_assert_null (db);
    g_assert_error (error, domain, code);
    g_assert_cmpstr (error->message, !=, "");
    assert_bytes_unchanged (path, before);
    remove_new_sidecars (path, had_wal, had_shm);
  }

  {
    g_autoptr(GError) error = NULL;
    int version = -42;

    g_assert_false (sajja_db_check_file (path, &version, &error));
    g_assert_error (error, domain, code);
    g_assert_cmpstr (error->message, !=, "");
    g_assert_cmpint (version, ==, -42);
    assert_bytes_unchanged (path, before);
    remove_new_sidecars (path, had_wal, had_shm);
  }
}

/* ---- open ------------------------------------------------------------------------------- */

static void
test_open_new_file (void)
{
  g_autofree char *path = test_path ("new/sub/folder/sajja.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  sqlite3_stmt *stmt;
  g_autofree char *uuid = NULL;
  int version = -1;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (sajja_db_get_path (db), ==, path);
  g_assert_nonnull (sajja_db_get_handle (db));
  g_assert_cmpint (sajja_db_get_schema_version (db), ==, SAJJA_DB_SCHEMA_VERSION);
  g_assert_cmpint (sajja_db_query_int (db, "PRAGMA user_version", -1, &error), ==, SAJJA_DB_SCHEMA_VERSION);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_db_query_int (db, "PRAGMA application_id", -1, &error), ==, SAJJA_DB_APPLICATION_ID);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_db_query_int (db, "PRAGMA foreign_keys", -1, &error), ==, 1);
  g_assert_no_error (error);
  /* synchronous = NORMAL (1) with WAL. */
  g_assert_cmpint (sajja_db_query_int (db, "PRAGMA synchronous", -1, &error), ==, 1);
  g_assert_no_error (error);

  stmt = sajja_db_prepare (db, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_reset (stmt);

  stmt = sajja_db_prepare (db, "SELECT value FROM meta WHERE key = 'database-uuid'", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  g_assert_nonnull (uuid);
  g_assert_true (g_uuid_string_is_valid (uuid));

  g_assert_cmpint (count_rows (db, "groups"), ==, 0);
  g_assert_cmpint (count_rows (db, "action_log"), ==, 0);
  /* Creating the file is not a change the user made. */
  g_assert_false (sajja_db_has_changes (db));

  g_assert_true (sajja_db_close (db, FALSE, 0, &error));
  g_assert_no_error (error);
  /* Calls after close fail cleanly. */
  g_assert_cmpint (sajja_db_query_int (db, "SELECT 1", -7, &error), ==, -7);
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (sajja_db_close (db, FALSE, 0, &error));

  /* The file checks, and keeps its identity when opened again. */
  g_assert_true (sajja_db_check_file (path, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, SAJJA_DB_SCHEMA_VERSION);
  g_clear_object (&db);

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  stmt = sajja_db_prepare (db, "SELECT value FROM meta WHERE key = 'database-uuid'", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, uuid);
  sqlite3_reset (stmt);
  close_ok (g_steal_pointer (&db));
}

static void
test_open_missing_read_only (void)
{
  g_autofree char *path = test_path ("missing.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;

  db = sajja_db_open (path, SAJJA_DB_OPEN_READ_ONLY, &error);
  g_assert_null (db);
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (sajja_db_check_file (path, NULL, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A look at a file must not leave anything beside it. A closed Sajja file is in WAL mode with
 * no -wal; SQLite creates -wal and -shm for any connection, but only a read-write one removes
 * them when it closes. */
static void
test_open_read_only_sidecars (void)
{
  g_autofree char *path = test_path ("look.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);
  before = read_bytes (path);

  /* Opened for writing and closed: nothing left. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  close_ok (db);
  g_assert_false (sidecar_exists (path, "-wal"));
  g_assert_false (sidecar_exists (path, "-shm"));

  g_assert_true (sajja_db_check_file (path, NULL, &error));
  g_assert_no_error (error);
  assert_bytes_unchanged (path, before);
  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  g_assert_cmpint (sajja_group_count (db), ==, 8);
  close_ok (db);
  assert_bytes_unchanged (path, before);

  /* Reading leaves nothing beside the file. */
  g_assert_false (sidecar_exists (path, "-wal"));
  g_assert_false (sidecar_exists (path, "-shm"));
}

static void
test_open_migrations (void)
{
  int n_tested = 0;

  for (int v = 1; v < SAJJA_DB_SCHEMA_VERSION; v++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.db", v);
      g_autofree char *path = test_path (name);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListStore) groups = NULL;
      g_autoptr(SajjaGroup) group = NULL;
      g_autofree char *uuid_before = NULL;
      g_autofree char *uuid_after = NULL;
      SajjaDb *db;
      sqlite3 *handle;
      sqlite3_stmt *stmt;
      int version = -1;

      g_test_message ("migrating from schema %d", v);

      g_assert_true (_sajja_db_create_at_version (path, v, &error));
      g_assert_no_error (error);
      g_assert_true (sajja_db_check_file (path, &version, &error));
      g_assert_no_error (error);
      g_assert_cmpint (version, ==, v);

      /* A group as a Sajja of schema v would have written it (groups exists since 1). */
      handle = raw_open (path);
      g_assert_cmpint (raw_query_int (handle, "PRAGMA user_version"), ==, v);
      g_assert_cmpint (raw_query_int (handle, "PRAGMA application_id"), ==, SAJJA_DB_APPLICATION_ID);
      raw_exec (handle,
                "INSERT INTO groups (uuid, name, village, moo, tambon, amphoe, changwat, founded, "
                "created_at, updated_at) VALUES ('0b6c1c52-5f44-4c55-9b7a-2d7e8f3c9a01', "
                "'กลุ่มออมทรัพย์เพื่อการผลิตบ้านพรุ', 'บ้านพรุ', 2, 'ท่าข้าม', 'หาดใหญ่', 'สงขลา', "
                "'1982-07-15', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')");
      g_assert_cmpint (raw_query_int (handle, "SELECT count(*) FROM sqlite_schema WHERE name = 'action_log'"),
                       ==, v >= 2 ? 1 : 0);
      {
        sqlite3_stmt *raw_stmt = NULL;

        g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT value FROM meta WHERE key = 'database-uuid'",
                                             -1, &raw_stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (raw_stmt), ==, SQLITE_ROW);
        uuid_before = g_strdup ((const char *) sqlite3_column_text (raw_stmt, 0));
        sqlite3_finalize (raw_stmt);
      }
      raw_close (handle);

      /* Read-only: no upgrade, the older schema is reported. */
      db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
      g_assert_cmpint (sajja_db_get_schema_version (db), ==, v);
      {
        g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

        g_assert_false (sajja_db_verify (db, problems));
        g_assert_cmpuint (problems->len, ==, 1);
      }
      close_ok (db);
      g_assert_true (sajja_db_check_file (path, &version, &error));
      g_assert_cmpint (version, ==, v);

      /* Read-write: upgraded in place, the data kept. */
      db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
      g_assert_cmpint (sajja_db_get_schema_version (db), ==, SAJJA_DB_SCHEMA_VERSION);
      g_assert_cmpint (sajja_db_query_int (db, "PRAGMA user_version", -1, &error), ==, SAJJA_DB_SCHEMA_VERSION);
      g_assert_no_error (error);
      g_assert_cmpint (sajja_db_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'action_log'",
                                           -1, &error), ==, 1);
      g_assert_no_error (error);
      g_assert_cmpint (count_rows (db, "action_log"), ==, 0);

      groups = sajja_group_list_all (db, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, 1);
      group = g_list_model_get_item (G_LIST_MODEL (groups), 0);
      g_assert_cmpstr (sajja_group_get_uuid (group), ==, "0b6c1c52-5f44-4c55-9b7a-2d7e8f3c9a01");
      g_assert_cmpstr (sajja_group_get_name (group), ==, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านพรุ");
      g_assert_cmpint (sajja_group_get_moo (group), ==, 2);
      g_assert_cmpstr (sajja_group_get_founded (group), ==, "1982-07-15");

      stmt = sajja_db_prepare (db, "SELECT value FROM meta WHERE key = 'database-uuid'", &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      uuid_after = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      g_assert_cmpstr (uuid_after, ==, uuid_before);

      /* The upgraded file works: an edit is saved and logged. */
      sajja_group_set_name (group, "กลุ่มออมทรัพย์บ้านพรุ");
      save_ok (group, db);
      g_assert_cmpint (count_rows (db, "action_log"), ==, 1);

      {
        g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

        g_assert_true (sajja_db_verify (db, problems));
        g_assert_cmpuint (problems->len, ==, 0);
      }
      close_ok (db);

      g_assert_true (sajja_db_check_file (path, &version, &error));
      g_assert_no_error (error);
      g_assert_cmpint (version, ==, SAJJA_DB_SCHEMA_VERSION);
      n_tested++;
    }

  g_assert_cmpint (n_tested, ==, SAJJA_DB_SCHEMA_VERSION - 1);
}

static void
test_open_newer_version (void)
{
  g_autofree char *path = test_path ("newer.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", SAJJA_DB_SCHEMA_VERSION + 1);
  sqlite3 *handle;

  make_demo (path, 8, 1);

  handle = raw_open (path);
  raw_exec (handle, sql);
  raw_close (handle);
  g_assert_false (sidecar_exists (path, "-wal"));
  g_assert_false (sidecar_exists (path, "-shm"));

  assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NEWER_VERSION);

  /* Not even a restore of it is allowed. */
  {
    g_autofree char *target = test_path ("target.db");
    g_autoptr(GError) error = NULL;

    g_assert_false (sajja_db_restore (path, target, &error));
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NEWER_VERSION);
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  }
}

static void
test_open_damaged_page (void)
{
  g_autofree char *path = test_path ("damaged.db");
  gint64 page_size;
  gint64 size;

  make_demo (path, 200, 1);
  page_size = page_size_of (path);
  size = file_size (path);
  g_test_message ("page size %" G_GINT64_FORMAT ", file size %" G_GINT64_FORMAT, page_size, size);
  g_assert_cmpint (size, >, 8 * page_size);

  /* 200 bytes of page 3 from its 8th byte on: the end of its b-tree page header and its cell
   * pointers. (Bytes 100–300 of a page can fall in its unused gap, where damage does not
   * matter and rightly goes unnoticed.) */
  overwrite (path, page_size * 2 + 8, 200, 0xA5);
  g_assert_cmpint (file_size (path), ==, size);

  assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);
}

static void
test_open_damaged_late_page (void)
{
  g_autofree char *path = test_path ("damaged-late.db");
  gint64 page_size;
  gint64 n_pages;

  /* Damage near the end of the file, far from the header and the schema: the page headers of
   * the last two pages. */
  make_demo (path, 200, 1);
  page_size = page_size_of (path);
  n_pages = file_size (path) / page_size;
  g_assert_cmpint (n_pages, >, 8);
  overwrite (path, page_size * (n_pages - 2), 24, 0xA5);
  overwrite (path, page_size * (n_pages - 1), 24, 0x00);

  assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);
}

static void
test_open_garbage (void)
{
  g_autofree char *path = test_path ("garbage.db");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260306);
  g_autoptr(GError) error = NULL;
  guchar junk[16384];

  for (gsize i = 0; i < sizeof junk; i++)
    junk[i] = (guchar) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) junk, sizeof junk, &error));
  g_assert_no_error (error);

  /* Not an SQLite header at all: SQLite says SQLITE_NOTADB, which Sajja reports as damage. */
  assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);

  /* A short text file too. */
  g_assert_true (g_file_set_contents (path, "สัจจะ: not a database\n", -1, &error));
  g_assert_no_error (error);
  assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);
}

static void
test_open_truncated (void)
{
  g_autofree char *path = test_path ("truncated.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) whole = NULL;
  gint64 page_size;
  gsize size;
  struct
  {
    const char *what;
    gsize length;
  } cuts[4];

  make_demo (path, 200, 1);
  page_size = page_size_of (path);
  whole = read_bytes (path);
  size = g_bytes_get_size (whole);

  cuts[0].what = "half, on a page boundary";
  cuts[0].length = (size / page_size / 2) * page_size;
  cuts[1].what = "in the middle of a page";
  cuts[1].length = size - page_size - page_size / 2;
  cuts[2].what = "the last page missing";
  cuts[2].length = size - page_size;
  cuts[3].what = "within the header";
  cuts[3].length = 60;

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_test_message ("truncated: %s (%" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " bytes)",
                      cuts[i].what, cuts[i].length, size);
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (whole, NULL), cuts[i].length, &error));
      g_assert_no_error (error);
      assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);
    }
}

static void
test_open_not_sajja (void)
{
  g_autofree char *path = test_path ("notes.db");
  sqlite3 *handle;

  handle = raw_open (path);
  raw_exec (handle,
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
            "INSERT INTO notes (body) VALUES ('shopping'), ('ซื้อข้าว');");
  g_assert_cmpint (raw_query_int (handle, "PRAGMA application_id"), ==, 0);
  raw_close (handle);

  assert_refused_untouched (path, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_SAJJA);

  /* Nor may it be restored over a Sajja file. */
  {
    g_autofree char *target = test_path ("target.db");
    g_autoptr(GBytes) before = NULL;
    g_autoptr(GError) error = NULL;

    make_demo (target, 8, 1);
    before = read_bytes (target);
    g_assert_false (sajja_db_restore (path, target, &error));
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_SAJJA);
    assert_bytes_unchanged (target, before);
  }

  /* Another application's id, even with no tables, is not Sajja's. */
  {
    g_autofree char *other = test_path ("other-app.db");

    handle = raw_open (other);
    raw_exec (handle, "PRAGMA application_id = 1234; PRAGMA user_version = 1;");
    raw_close (handle);
    assert_refused_untouched (other, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_SAJJA);
  }
}

/* ---- crash safety ----------------------------------------------------------------------- */

static void
insert_groups_in_transaction (SajjaDb    *db,
                              guint       n,
                              const char *prefix)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("%s %u", prefix, i + 1);
      g_autoptr(SajjaGroup) group = new_group (name, 1 + (i % 99), "คอหงส์");

      g_assert_true (sajja_group_save_in_transaction (group, db, &error));
      g_assert_no_error (error);
    }
}

static void
test_crash_mid_transaction (void)
{
  g_autofree char *path = test_path ("crash.db");

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      SajjaDb *db;

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
      g_assert_cmpint (sajja_group_count (db), ==, 8);
      /* A small cache, so that uncommitted pages spill into the WAL before the kill. */
      g_assert_true (sajja_db_exec (db, "PRAGMA cache_size = 4", &error));
      g_assert_no_error (error);

      g_assert_true (sajja_db_begin (db, &error));
      g_assert_no_error (error);
      insert_groups_in_transaction (db, 500, "กลุ่มที่ไม่เคยบันทึก");
      g_assert_cmpint (sajja_group_count (db), ==, 508);

      g_print ("inserted 500 into %s\n", path);
      fflush (stdout);
      raise (SIGKILL);
      g_assert_not_reached ();
    }

  make_demo (path, 8, 1);

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  {
    g_autofree char *pattern = g_strdup_printf ("*inserted 500 into %s*", path);

    g_test_trap_assert_stdout (pattern);
  }

  /* The writer left its journal behind, holding uncommitted pages. */
  g_assert_true (sidecar_exists (path, "-wal"));
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_test_message ("-wal left with %" G_GINT64_FORMAT " bytes", file_size (wal));
    g_assert_cmpint (file_size (wal), >, 0);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
    SajjaDb *db;

    /* Opening runs the integrity check. */
    db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
    g_assert_cmpint (sajja_group_count (db), ==, 8);
    /* The demo's eight group-add lines and its own. */
    g_assert_cmpint (count_rows (db, "action_log"), ==, 9);
    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpuint (problems->len, ==, 0);

    /* And the file takes new work. */
    {
      g_autoptr(SajjaGroup) group = new_group ("กลุ่มหลังไฟดับ", 9, "คอหงส์");

      save_ok (group, db);
    }
    g_assert_cmpint (sajja_group_count (db), ==, 9);
    close_ok (db);
  }

  g_assert_true (sajja_db_check_file (path, NULL, NULL));
}

static void
test_crash_after_commit (void)
{
  g_autofree char *path = test_path ("crash.db");

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      SajjaDb *db;

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
      g_assert_cmpint (sajja_group_count (db), ==, 8);

      g_assert_true (sajja_db_begin (db, &error));
      g_assert_no_error (error);
      insert_groups_in_transaction (db, 300, "กลุ่มที่บันทึกแล้ว");
      g_assert_true (sajja_db_commit (db, &error));
      g_assert_no_error (error);

      g_print ("committed 300 into %s\n", path);
      fflush (stdout);
      raise (SIGKILL);
      g_assert_not_reached ();
    }

  make_demo (path, 8, 1);

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  {
    g_autofree char *pattern = g_strdup_printf ("*committed 300 into %s*", path);

    g_test_trap_assert_stdout (pattern);
  }

  /* Not checkpointed: the committed work lives only in the WAL. */
  g_assert_true (sidecar_exists (path, "-wal"));

  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GError) error = NULL;
    g_autoptr(GListStore) groups = NULL;
    SajjaDb *db;
    guint n_committed = 0;

    db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
    g_assert_cmpint (sajja_group_count (db), ==, 308);
    /* The demo's nine log lines and one per saved group. */
    g_assert_cmpint (count_rows (db, "action_log"), ==, 309);
    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpuint (problems->len, ==, 0);

    groups = sajja_group_list_all (db, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (groups)); i++)
      {
        g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), i);

        if (g_str_has_prefix (sajja_group_get_name (group), "กลุ่มที่บันทึกแล้ว "))
          n_committed++;
      }
    g_assert_cmpuint (n_committed, ==, 300);
    close_ok (db);
  }
}

/* ---- one user action, one transaction --------------------------------------------------- */

static void
test_transaction_invalid_group (void)
{
  g_autofree char *path = test_path ("tx.db");
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  gint64 n_groups, n_log;
  const char *blank_names[] = { "", "   ", "\t\n" };

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  n_groups = sajja_group_count (db);
  n_log = count_rows (db, "action_log");

  for (guint i = 0; i < G_N_ELEMENTS (blank_names); i++)
    {
      g_autoptr(GError) error = NULL;

      group = new_group (blank_names[i], 3, "คอหงส์");
      g_assert_false (sajja_group_save (group, db, &error));
      g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_NAME);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpint (sajja_group_get_id (group), ==, 0);
      g_clear_object (&group);
    }

  /* Other fields, each reported at its own field. */
  {
    g_autoptr(GError) error = NULL;

    group = new_group ("กลุ่มหมู่ผิด", 100, "คอหงส์");
    g_assert_false (sajja_group_save (group, db, &error));
    g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_MOO);
    g_clear_object (&group);
    g_clear_error (&error);

    group = new_group ("กลุ่มไม่มีตำบล", 3, "  ");
    g_assert_false (sajja_group_save (group, db, &error));
    g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_TAMBON);
    g_clear_object (&group);
    g_clear_error (&error);

    group = new_group ("กลุ่มวันที่ผิด", 3, "คอหงส์");
    sajja_group_set_founded (group, "2020-02-30");
    g_assert_false (sajja_group_save (group, db, &error));
    g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_FOUNDED);
    g_clear_object (&group);
    g_clear_error (&error);

    group = new_group ("กลุ่มในอนาคต", 3, "คอหงส์");
    sajja_group_set_founded (group, "2999-01-01");
    g_assert_false (sajja_group_save (group, db, &error));
    g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_FOUNDED);
    g_clear_object (&group);
  }

  g_assert_cmpint (sajja_group_count (db), ==, n_groups);
  g_assert_cmpint (count_rows (db, "action_log"), ==, n_log);
  /* Nothing was written at all, so closing with a backup writes none. */
  g_assert_false (sajja_db_has_changes (db));

  /* No transaction was left open: a valid group still saves. */
  group = new_group ("กลุ่มที่ถูกต้อง", 3, "คอหงส์");
  save_ok (group, db);
  g_assert_cmpint (sajja_group_count (db), ==, n_groups + 1);
  g_assert_cmpint (count_rows (db, "action_log"), ==, n_log + 1);
  close_ok (g_steal_pointer (&db));
}

static void
test_transaction_duplicate (void)
{
  g_autofree char *path = test_path ("tx.db");
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) first = NULL;
  g_autoptr(SajjaGroup) second = NULL;
  g_autoptr(SajjaGroup) no_moo = NULL;
  g_autoptr(SajjaGroup) no_moo_again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_groups, n_log;

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  first = new_group ("กลุ่มออมทรัพย์บ้านควนจง", 4, "คอหงส์");
  save_ok (first, db);
  n_groups = sajja_group_count (db);
  n_log = count_rows (db, "action_log");
  g_assert_cmpint (n_groups, ==, 1);
  g_assert_cmpint (n_log, ==, 1);

  /* The same name in the same place, even with stray spaces around it. */
  second = new_group ("  กลุ่มออมทรัพย์บ้านควนจง ", 4, "คอหงส์");
  g_assert_false (sajja_group_save (second, db, &error));
  g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (sajja_group_get_id (second), ==, 0);
  g_assert_cmpint (sajja_group_count (db), ==, n_groups);
  g_assert_cmpint (count_rows (db, "action_log"), ==, n_log);

  /* In another หมู่ it is another group. */
  sajja_group_set_moo (second, 5);
  save_ok (second, db);
  g_assert_cmpint (sajja_group_count (db), ==, 2);

  /* Editing it into the first one's place is refused, and changes nothing. */
  sajja_group_set_moo (second, 4);
  g_assert_false (sajja_group_save (second, db, &error));
  g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_DUPLICATE);
  g_clear_error (&error);
  {
    g_autoptr(SajjaGroup) stored = sajja_group_find_by_uuid (db, sajja_group_get_uuid (second), &error);

    g_assert_no_error (error);
    g_assert_cmpint (sajja_group_get_moo (stored), ==, 5);
  }
  g_assert_cmpint (count_rows (db, "action_log"), ==, 2);

  /* Without a หมู่ (NULL in the file) duplicates are still caught. */
  no_moo = new_group ("กลุ่มไม่มีหมู่", 0, "คอหงส์");
  save_ok (no_moo, db);
  no_moo_again = new_group ("กลุ่มไม่มีหมู่", 0, "คอหงส์");
  g_assert_false (sajja_group_save (no_moo_again, db, &error));
  g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_cmpint (sajja_group_count (db), ==, 3);
  close_ok (g_steal_pointer (&db));
}

static void
test_transaction_check_constraints (void)
{
  g_autofree char *path = test_path ("tx.db");
  g_autoptr(SajjaDb) db = NULL;
  sqlite3 *handle;
  static const char * const bad_rows[] = {
    /* หมู่ out of range */
    "INSERT INTO groups (uuid, name, moo, tambon, amphoe, changwat, created_at, updated_at) VALUES "
    "('5b0d7c6e-3f8a-4e0b-9d1c-7a2b3c4d5e6f', 'กลุ่ม', 200, 'ต', 'อ', 'จ', 'x', 'x')",
    "INSERT INTO groups (uuid, name, moo, tambon, amphoe, changwat, created_at, updated_at) VALUES "
    "('5b0d7c6e-3f8a-4e0b-9d1c-7a2b3c4d5e6f', 'กลุ่ม', 0, 'ต', 'อ', 'จ', 'x', 'x')",
    /* a blank name */
    "INSERT INTO groups (uuid, name, moo, tambon, amphoe, changwat, created_at, updated_at) VALUES "
    "('5b0d7c6e-3f8a-4e0b-9d1c-7a2b3c4d5e6f', '   ', 1, 'ต', 'อ', 'จ', 'x', 'x')",
    /* a short uuid */
    "INSERT INTO groups (uuid, name, moo, tambon, amphoe, changwat, created_at, updated_at) VALUES "
    "('5b0d7c6e', 'กลุ่ม', 1, 'ต', 'อ', 'จ', 'x', 'x')",
    /* an action without a name */
    "INSERT INTO action_log (uuid, at, action) VALUES ('5b0d7c6e-3f8a-4e0b-9d1c-7a2b3c4d5e6f', 'x', '')",
  };

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  handle = sajja_db_get_handle (db);

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_autoptr(GError) error = NULL;
      int rc = raw_try (handle, bad_rows[i]);

      g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
      g_assert_false (sajja_db_exec (db, bad_rows[i], &error));
      g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
      g_assert_cmpstr (error->message, !=, "");
    }

  /* A duplicate uuid breaks UNIQUE. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (sajja_db_exec (db,
                                   "INSERT INTO groups (uuid, name, moo, tambon, amphoe, changwat, created_at, updated_at) "
                                   "SELECT uuid, name || ' สำเนา', moo, tambon, amphoe, changwat, created_at, updated_at "
                                   "FROM groups LIMIT 1",
                                   &error));
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
  }

  g_assert_cmpint (sajja_group_count (db), ==, 8);
  g_assert_cmpint (count_rows (db, "action_log"), ==, 9);
  close_ok (g_steal_pointer (&db));
}

static void
test_transaction_rollback (void)
{
  g_autofree char *path = test_path ("tx.db");
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(GError) error = NULL;

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);

  /* A batch that fails half way leaves nothing behind once rolled back. */
  g_assert_true (sajja_db_begin (db, &error));
  g_assert_no_error (error);
  insert_groups_in_transaction (db, 20, "กลุ่มชั่วคราว");
  g_assert_cmpint (sajja_group_count (db), ==, 28);
  sajja_db_rollback (db);
  g_assert_cmpint (sajja_group_count (db), ==, 8);
  g_assert_cmpint (count_rows (db, "action_log"), ==, 9);

  /* A second writer is kept out while a transaction is open. */
  g_assert_true (sajja_db_begin (db, &error));
  {
    sqlite3 *other = raw_open (path);

    sqlite3_busy_timeout (other, 10);
    g_assert_cmpint (raw_try (other, "BEGIN IMMEDIATE") & 0xff, ==, SQLITE_BUSY);
    raw_close (other);
  }
  g_assert_true (sajja_db_commit (db, &error));
  g_assert_no_error (error);

  close_ok (g_steal_pointer (&db));
}

/* When the second half of an action fails (its line in the action log), the first half (the
 * group row) is undone with it. */
static void
test_transaction_atomic (void)
{
  g_autofree char *path = test_path ("atomic.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaGroup) stored = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  stored = sajja_group_find_by_uuid (db, "00000000-0000-0000-0000-000000000000", &error);
  g_assert_null (stored);
  g_clear_error (&error);

  /* A temporary trigger, on this connection only, that refuses every log line. */
  g_assert_true (sajja_db_exec (db,
                                "CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.action_log "
                                "BEGIN SELECT RAISE (ABORT, 'no log today'); END",
                                &error));
  g_assert_no_error (error);

  /* Add. */
  group = new_group ("กลุ่มที่ไม่มีบันทึก", 9, "คอหงส์");
  g_assert_false (sajja_group_save (group, db, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (sajja_group_get_id (group), ==, 0);
  g_assert_cmpint (sajja_group_count (db), ==, 8);
  g_assert_null (sajja_group_find_by_uuid (db, sajja_group_get_uuid (group), NULL));

  /* Edit. */
  {
    g_autoptr(GListStore) groups = sajja_group_list_all (db, &error);

    g_assert_no_error (error);
    stored = g_list_model_get_item (G_LIST_MODEL (groups), 0);
  }
  {
    g_autofree char *old_name = g_strdup (sajja_group_get_name (stored));
    g_autoptr(SajjaGroup) again = NULL;

    sajja_group_set_name (stored, "ชื่อใหม่ที่ไม่ได้บันทึก");
    g_assert_false (sajja_group_save (stored, db, &error));
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpint (sajja_group_get_id (stored), >, 0);
    again = sajja_group_find_by_uuid (db, sajja_group_get_uuid (stored), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sajja_group_get_name (again), ==, old_name);
  }

  /* Delete. */
  g_assert_false (sajja_group_delete (stored, db, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (sajja_group_count (db), ==, 8);

  g_assert_cmpint (count_rows (db, "action_log"), ==, 9);

  /* Without the trigger the same connection works normally. */
  g_assert_true (sajja_db_exec (db, "DROP TRIGGER temp.refuse_log", &error));
  g_assert_no_error (error);
  save_ok (group, db);
  g_assert_cmpint (sajja_group_count (db), ==, 9);
  g_assert_cmpint (count_rows (db, "action_log"), ==, 10);
  close_ok (db);

  /* A demo whose last step fails leaves an empty file empty. */
  {
    g_autofree char *empty = test_path ("empty.db");
    SajjaDemoOptions options;

    db = open_ok (empty, SAJJA_DB_OPEN_DEFAULT);
    g_assert_true (sajja_db_exec (db,
                                  "CREATE TEMP TRIGGER refuse_demo BEFORE INSERT ON main.action_log "
                                  "WHEN NEW.action = 'demo' BEGIN SELECT RAISE (ABORT, 'no demo'); END",
                                  &error));
    g_assert_no_error (error);
    sajja_demo_options_init (&options);
    g_assert_false (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpint (sajja_group_count (db), ==, 0);
    g_assert_cmpint (count_rows (db, "action_log"), ==, 0);
    close_ok (db);
  }
}

/* ---- backups ---------------------------------------------------------------------------- */

static void
assert_same_groups (const char *a,
                    const char *b)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *da = open_ok (a, SAJJA_DB_OPEN_READ_ONLY);
  SajjaDb *db = open_ok (b, SAJJA_DB_OPEN_READ_ONLY);
  g_autoptr(GListStore) la = sajja_group_list_all (da, &error);
  g_autoptr(GListStore) lb = NULL;

  g_assert_no_error (error);
  lb = sajja_group_list_all (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (la)), ==, g_list_model_get_n_items (G_LIST_MODEL (lb)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (la)), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (la)); i++)
    {
      g_autoptr(SajjaGroup) ga = g_list_model_get_item (G_LIST_MODEL (la), i);
      g_autoptr(SajjaGroup) gb = g_list_model_get_item (G_LIST_MODEL (lb), i);

      g_assert_cmpstr (sajja_group_get_uuid (ga), ==, sajja_group_get_uuid (gb));
      g_assert_cmpstr (sajja_group_get_name (ga), ==, sajja_group_get_name (gb));
    }

  close_ok (da);
  close_ok (db);
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_backup_rotate (void)
{
  g_autofree char *path = test_path ("rotate.db");
  g_autofree char *backup_dir = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) listed = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);
  backup_dir = sajja_db_get_backup_dir (path);
  {
    g_autofree char *expected = g_strconcat (path, ".backups", NULL);

    g_assert_cmpstr (backup_dir, ==, expected);
  }

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) now = NULL;
      char *out_path = NULL;

      g_assert_true (sajja_db_rotate_backup (db, 3, &out_path, &error));
      g_assert_no_error (error);
      g_assert_nonnull (out_path);
      g_ptr_array_add (written, out_path);
      g_assert_true (g_str_has_prefix (out_path, backup_dir));

      /* Even several backups within one second keep the newest. */
      g_assert_true (g_file_test (out_path, G_FILE_TEST_IS_REGULAR));

      now = sajja_db_list_backups (path);
      g_assert_cmpuint (now->len, ==, MIN (i + 1, 3));
      /* Newest first. */
      g_assert_cmpstr (g_ptr_array_index (now, 0), ==, out_path);
    }
  close_ok (db);

  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 3);
  g_assert_cmpuint (count_files (backup_dir), ==, 3);
  /* The three newest, newest first. */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (g_ptr_array_index (listed, i), ==, g_ptr_array_index (written, 4 - i));
  for (guint i = 0; i < 2; i++)
    g_assert_false (g_file_test (g_ptr_array_index (written, i), G_FILE_TEST_EXISTS));

  for (guint i = 0; i < listed->len; i++)
    {
      g_autoptr(GError) error = NULL;
      int version = -1;

      g_assert_true (sajja_db_check_file (g_ptr_array_index (listed, i), &version, &error));
      g_assert_no_error (error);
      g_assert_cmpint (version, ==, SAJJA_DB_SCHEMA_VERSION);
      assert_same_groups (path, g_ptr_array_index (listed, i));
    }
}

static void
test_backup_contents (void)
{
  g_autofree char *path = test_path ("contents.db");
  g_autofree char *backup_dir = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = test_path ("copies/copy.db");
  SajjaDb *db;

  make_demo (path, 200, 1);
  backup_dir = sajja_db_get_backup_dir (path);

  /* Without rotation: every backup stays, each a complete, self-contained file. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *out_path = NULL;

      g_assert_true (sajja_db_rotate_backup (db, 10, &out_path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (out_path, G_FILE_TEST_IS_REGULAR));
      g_assert_false (sidecar_exists (out_path, "-wal"));
      g_assert_false (sidecar_exists (out_path, ".part"));
    }

  /* A backup to a chosen place, while the database is open and has uncheckpointed work. */
  {
    g_autoptr(SajjaGroup) group = new_group ("กลุ่มในบันทึกล่วงหน้า", 1, "คอหงส์");

    save_ok (group, db);
    g_assert_true (sidecar_exists (path, "-wal"));
  }
  {
    g_autofree char *dest_dir = g_path_get_dirname (dest);

    g_assert_cmpint (g_mkdir_with_parents (dest_dir, 0700), ==, 0);
  }
  g_assert_true (sajja_db_backup_to (db, dest, &error));
  g_assert_no_error (error);
  g_assert_false (sidecar_exists (dest, "-wal"));
  g_assert_true (sajja_db_check_file (dest, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_in_file (dest, "groups"), ==, 201);
  close_ok (db);

  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 4);
  g_assert_cmpuint (count_files (backup_dir), ==, 4);
  for (guint i = 0; i < listed->len; i++)
    {
      const char *backup = g_ptr_array_index (listed, i);

      g_assert_true (sajja_db_check_file (backup, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (count_in_file (backup, "groups"), ==, 200);
      if (i + 1 < listed->len)
        g_assert_cmpint (strcmp (backup, g_ptr_array_index (listed, i + 1)), >, 0);
    }

  /* The copy at dest has everything the file has. */
  assert_same_groups (path, dest);

  /* A file with no backups lists none. */
  {
    g_autofree char *lonely = test_path ("lonely.db");
    g_autoptr(GPtrArray) none = sajja_db_list_backups (lonely);

    g_assert_nonnull (none);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_backup_on_close (void)
{
  g_autofree char *path = test_path ("close.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  SajjaDb *db;

  /* A new file with the demo: a change, so one backup. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  {
    SajjaDemoOptions options;

    sajja_demo_options_init (&options);
    g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sajja_db_has_changes (db));
  g_assert_true (sajja_db_close (db, TRUE, 3, &error));
  g_assert_no_error (error);
  g_object_unref (db);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* Open and close without changes: none. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  g_assert_false (sajja_db_has_changes (db));
  g_assert_true (sajja_db_close (db, TRUE, 3, &error));
  g_object_unref (db);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* Reading only: none. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  {
    g_autoptr(GListStore) groups = sajja_group_list_all (db, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, 8);
  }
  g_assert_false (sajja_db_has_changes (db));
  g_assert_true (sajja_db_close (db, TRUE, 3, &error));
  g_object_unref (db);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* A refused edit: none. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  {
    g_autoptr(SajjaGroup) group = new_group ("", 1, "คอหงส์");

    g_assert_false (sajja_group_save (group, db, NULL));
  }
  g_assert_false (sajja_db_has_changes (db));
  g_assert_true (sajja_db_close (db, TRUE, 3, &error));
  g_object_unref (db);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* Read-only, even asked to: none. */
  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  g_assert_true (sajja_db_close (db, TRUE, 3, &error));
  g_object_unref (db);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* A saved group: one more, and it holds the group. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  {
    g_autoptr(SajjaGroup) group = new_group ("กลุ่มใหม่", 1, "คอหงส์");

    save_ok (group, db);
  }
  g_assert_true (sajja_db_has_changes (db));
  g_assert_true (sajja_db_close (db, TRUE, 3, &error));
  g_assert_no_error (error);
  g_object_unref (db);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpint (count_in_file (g_ptr_array_index (listed, 0), "groups"), ==, 9);
  g_assert_cmpint (count_in_file (g_ptr_array_index (listed, 1), "groups"), ==, 8);

  /* Without the backup flag: none, even with changes. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  {
    g_autoptr(SajjaGroup) group = new_group ("กลุ่มใหม่อีก", 1, "คอหงส์");

    save_ok (group, db);
  }
  close_ok (db);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = sajja_db_list_backups (path);
  g_assert_cmpuint (listed->len, ==, 2);
}

/* ---- restore ---------------------------------------------------------------------------- */

static char *
find_before_restore (const char *path)
{
  g_autoptr(GPtrArray) listed = sajja_db_list_backups (path);
  char *found = NULL;

  for (guint i = 0; i < listed->len; i++)
    if (strstr (g_ptr_array_index (listed, i), "-before-restore") != NULL)
      {
        g_assert_null (found);
        found = g_strdup (g_ptr_array_index (listed, i));
      }
  return found;
}

static void
test_restore_round_trip (void)
{
  g_autofree char *path = test_path ("books.db");
  g_autofree char *backup = test_path ("books-copy.db");
  g_autofree char *before_restore = NULL;
  g_autofree char *added_uuid = NULL;
  g_autoptr(GError) error = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);

  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  g_assert_true (sajja_db_backup_to (db, backup, &error));
  g_assert_no_error (error);
  close_ok (db);

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  {
    g_autoptr(SajjaGroup) group = new_group ("กลุ่มที่เพิ่มหลังสำรอง", 9, "คอหงส์");

    save_ok (group, db);
    added_uuid = g_strdup (sajja_group_get_uuid (group));
  }
  g_assert_cmpint (sajja_group_count (db), ==, 9);
  close_ok (db);

  g_assert_true (sajja_db_restore (backup, path, &error));
  g_assert_no_error (error);
  g_assert_false (sidecar_exists (path, ".restoring"));

  /* The added group is gone. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  g_assert_cmpint (sajja_group_count (db), ==, 8);
  {
    g_autoptr(SajjaGroup) group = sajja_group_find_by_uuid (db, added_uuid, &error);

    g_assert_null (group);
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (sajja_db_verify (db, problems));
  }
  close_ok (db);
  assert_same_groups (path, backup);

  /* The state before the restore was kept, added group and all. */
  before_restore = find_before_restore (path);
  g_assert_nonnull (before_restore);
  g_assert_true (sajja_db_check_file (before_restore, NULL, &error));
  g_assert_no_error (error);
  db = open_ok (before_restore, SAJJA_DB_OPEN_READ_ONLY);
  g_assert_cmpint (sajja_group_count (db), ==, 9);
  {
    g_autoptr(SajjaGroup) group = sajja_group_find_by_uuid (db, added_uuid, &error);

    g_assert_no_error (error);
    g_assert_nonnull (group);
    g_assert_cmpstr (sajja_group_get_name (group), ==, "กลุ่มที่เพิ่มหลังสำรอง");
  }
  close_ok (db);

  /* The restore can itself be undone. */
  g_assert_true (sajja_db_restore (before_restore, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_in_file (path, "groups"), ==, 9);

  /* Restoring into a missing file creates it. */
  {
    g_autofree char *fresh = test_path ("fresh/books.db");
    g_autofree char *fresh_dir = g_path_get_dirname (fresh);

    g_assert_cmpint (g_mkdir_with_parents (fresh_dir, 0700), ==, 0);
    g_assert_true (sajja_db_restore (backup, fresh, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_in_file (fresh, "groups"), ==, 8);
  }
}

static void
test_restore_damaged_backup (void)
{
  g_autofree char *path = test_path ("books.db");
  g_autofree char *backup = test_path ("books-copy.db");
  g_autofree char *garbage = test_path ("garbage.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups_before = NULL;
  g_autoptr(GPtrArray) backups_after = NULL;
  SajjaDb *db;
  gint64 page_size;

  make_demo (path, 200, 1);
  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  g_assert_true (sajja_db_backup_to (db, backup, &error));
  g_assert_no_error (error);
  close_ok (db);

  page_size = page_size_of (backup);
  overwrite (backup, page_size * 2 + 8, 200, 0xA5);
  g_assert_true (g_file_set_contents (garbage, "\x01\x02garbage garbage garbage", -1, &error));
  g_assert_no_error (error);

  before = read_bytes (path);
  backups_before = sajja_db_list_backups (path);

  g_assert_false (sajja_db_restore (backup, path, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  assert_bytes_unchanged (path, before);

  g_assert_false (sajja_db_restore (garbage, path, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT);
  g_clear_error (&error);
  assert_bytes_unchanged (path, before);

  {
    g_autofree char *missing = test_path ("missing.db");

    g_assert_false (sajja_db_restore (missing, path, &error));
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
    g_clear_error (&error);
    assert_bytes_unchanged (path, before);
  }

  /* No safety copy was made for a restore that did not happen, and no leftovers. */
  backups_after = sajja_db_list_backups (path);
  g_assert_cmpuint (backups_after->len, ==, backups_before->len);
  g_assert_false (sidecar_exists (path, ".restoring"));
  g_assert_true (sajja_db_check_file (path, NULL, NULL));
  g_assert_cmpint (count_in_file (path, "groups"), ==, 200);
}

/* ---- verify ----------------------------------------------------------------------------- */

static void
log_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
      g_assert_cmpstr (g_ptr_array_index (problems, i), !=, "");
    }
}

static void
test_verify_clean (void)
{
  g_autofree char *path = test_path ("clean.db");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  SajjaDb *db;

  make_demo (path, 200, 1);
  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK);
  g_assert_true (sajja_db_verify (db, problems));
  log_problems (problems);
  g_assert_cmpuint (problems->len, ==, 0);
  close_ok (db);

  /* Problems found are reported once, and an already filled array is appended to. */
  g_ptr_array_add (problems, g_strdup ("earlier"));
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  g_assert_true (sajja_db_verify (db, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  close_ok (db);
}

static void
test_verify_duplicate (void)
{
  g_autofree char *path = test_path ("dup.db");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  /* Bypassing validation: the same name and place under a new uuid. */
  g_assert_true (sajja_db_exec (db,
                                "INSERT INTO groups (uuid, name, village, moo, tambon, amphoe, changwat, founded, "
                                "created_at, updated_at) "
                                "SELECT '9d3e1f20-aaaa-4bbb-8ccc-0123456789ab', name, village, moo, tambon, amphoe, "
                                "changwat, founded, created_at, updated_at FROM groups ORDER BY id LIMIT 1",
                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_group_count (db), ==, 9);
  close_ok (db);

  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK);
  g_assert_false (sajja_db_verify (db, problems));
  log_problems (problems);
  g_assert_cmpuint (problems->len, >, 0);
  close_ok (db);
}

static void
test_verify_malformed (void)
{
  g_autofree char *path = test_path ("bad-date.db");
  g_autoptr(GError) error = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);

  /* A uuid of the right length but the wrong form passes the CHECK but not verify. */
  g_assert_true (sajja_db_exec (db,
                                "UPDATE groups SET uuid = '0123456789abcdef0123456789abcdef0123' "
                                "WHERE id = (SELECT min (id) FROM groups)",
                                &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_false (sajja_db_verify (db, problems));
    log_problems (problems);
    g_assert_cmpuint (problems->len, ==, 1);
  }
  g_assert_true (sajja_db_exec (db,
                                "UPDATE groups SET uuid = '1d5b2a4e-8c1f-4b7a-9e3d-6f0a2c4e8b1d' "
                                "WHERE uuid = '0123456789abcdef0123456789abcdef0123'",
                                &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpuint (problems->len, ==, 0);
  }

  /* A malformed founding date, written past the CHECK constraint. */
  g_assert_true (sajja_db_exec (db, "PRAGMA ignore_check_constraints = ON", &error));
  g_assert_true (sajja_db_exec (db,
                                "UPDATE groups SET founded = '2533-13-45' WHERE id = (SELECT max (id) FROM groups)",
                                &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    /* Found by Sajja's own check (the integrity check skips CHECK constraints here). */
    g_assert_false (sajja_db_verify (db, problems));
    log_problems (problems);
    g_assert_cmpuint (problems->len, >, 0);
  }
  g_assert_true (sajja_db_exec (db, "PRAGMA ignore_check_constraints = OFF", &error));
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_false (sajja_db_verify (db, problems));
    log_problems (problems);
    g_assert_cmpuint (problems->len, >, 0);
  }
  close_ok (db);

  /* From a fresh connection too, as the verify command opens it. */
  db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_false (sajja_db_verify (db, problems));
    log_problems (problems);
    g_assert_cmpuint (problems->len, >, 0);
  }
  close_ok (db);
}

/* The founding date in the file is an ISO date that exists, whoever writes it. Sajja's own
 * form refuses bad dates (test_transaction_invalid_group); this is the file's CHECK constraint,
 * and sajja_db_verify() for rows that got past it. */
static void
test_transaction_check_founded (void)
{
  static const char * const bad_dates[] = {
    "2020-13-01", "2020-01-32", "15/01/2533", "abcdefghij", "2021-02-29", "2020-04-31",
  };
  g_autofree char *path = test_path ("founded.db");
  g_autoptr(GString) accepted = g_string_new (NULL);
  g_autoptr(GString) unflagged = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SajjaDb *db;

  make_demo (path, 8, 1);
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);

  for (int phase = 0; phase < 2; phase++)
    {
      /* Phase 1 writes past the CHECK, as a damaged or hand-edited file would hold. */
      g_assert_true (sajja_db_exec (db, phase == 0 ? "PRAGMA ignore_check_constraints = OFF"
                                                   : "PRAGMA ignore_check_constraints = ON", &error));
      g_assert_no_error (error);

      for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
        {
          char *sql = sqlite3_mprintf ("UPDATE groups SET founded = %Q WHERE id = (SELECT min (id) FROM groups)",
                                       bad_dates[i]);
          gboolean written = sajja_db_exec (db, sql, &error);

          sqlite3_free (sql);
          if (phase == 0)
            {
              if (written)
                g_string_append_printf (accepted, " %s", bad_dates[i]);
              else
                g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT);
              g_clear_error (&error);
            }
          else
            {
              g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

              g_assert_no_error (error);
              g_assert_true (written);
              if (sajja_db_verify (db, problems))
                g_string_append_printf (unflagged, " %s", bad_dates[i]);
              else
                log_problems (problems);
            }

          g_assert_true (sajja_db_exec (db, "UPDATE groups SET founded = '1979-03-06' "
                                            "WHERE id = (SELECT min (id) FROM groups)", &error));
          g_assert_no_error (error);
        }
    }

  g_assert_true (sajja_db_exec (db, "PRAGMA ignore_check_constraints = OFF", &error));
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (sajja_db_verify (db, problems));
  }
  close_ok (db);

  /* Text that is not a date, and impossible days, are refused by the CHECK and found by verify. */
  g_assert_cmpstr (accepted->len > 0 ? accepted->str : "", ==, "");
  g_assert_cmpstr (unflagged->len > 0 ? unflagged->str : "", ==, "");
}

/* ---- groups ----------------------------------------------------------------------------- */

static void
assert_group_equal (SajjaGroup *a,
                    SajjaGroup *b)
{
  g_assert_cmpint (sajja_group_get_id (a), ==, sajja_group_get_id (b));
  g_assert_cmpstr (sajja_group_get_uuid (a), ==, sajja_group_get_uuid (b));
  g_assert_cmpstr (sajja_group_get_name (a), ==, sajja_group_get_name (b));
  g_assert_cmpstr (sajja_group_get_village (a), ==, sajja_group_get_village (b));
  g_assert_cmpint (sajja_group_get_moo (a), ==, sajja_group_get_moo (b));
  g_assert_cmpstr (sajja_group_get_tambon (a), ==, sajja_group_get_tambon (b));
  g_assert_cmpstr (sajja_group_get_amphoe (a), ==, sajja_group_get_amphoe (b));
  g_assert_cmpstr (sajja_group_get_changwat (a), ==, sajja_group_get_changwat (b));
  g_assert_cmpstr (sajja_group_get_founded (a), ==, sajja_group_get_founded (b));
}

static gint64
count_actions (SajjaDb    *db,
               const char *action,
               const char *subject_uuid)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 n;

  stmt = sajja_db_prepare (db, "SELECT count(*) FROM action_log WHERE action = ? AND subject_uuid IS ?", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, subject_uuid, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_group_round_trip (void)
{
  g_autofree char *path = test_path ("groups.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaGroup) found = NULL;
  g_autofree char *uuid = NULL;
  SajjaDb *db;
  gint64 id;

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);

  group = sajja_group_new ();
  g_assert_cmpint (sajja_group_get_id (group), ==, 0);
  g_assert_true (g_uuid_string_is_valid (sajja_group_get_uuid (group)));
  sajja_group_set_name (group, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านหัวนอนวัด");
  sajja_group_set_village (group, "บ้านหัวนอนวัด");
  sajja_group_set_moo (group, 3);
  sajja_group_set_tambon (group, "ท่าข้าม");
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  sajja_group_set_founded (group, "1985-01-20");
  uuid = g_strdup (sajja_group_get_uuid (group));

  save_ok (group, db);
  id = sajja_group_get_id (group);
  g_assert_cmpint (sajja_group_count (db), ==, 1);
  g_assert_cmpint (count_actions (db, "group-add", uuid), ==, 1);

  found = sajja_group_find_by_uuid (db, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  assert_group_equal (group, found);
  g_clear_object (&found);
  close_ok (db);

  /* From the file, after a reopen. */
  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  found = sajja_group_find_by_uuid (db, uuid, &error);
  g_assert_no_error (error);
  assert_group_equal (group, found);
  g_assert_cmpstr (sajja_group_get_name (found), ==, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านหัวนอนวัด");
  g_assert_cmpint (sajja_group_get_moo (found), ==, 3);
  g_assert_cmpstr (sajja_group_get_founded (found), ==, "1985-01-20");
  {
    g_autofree char *place = sajja_group_dup_place (found);

    g_assert_nonnull (strstr (place, "บ้านหัวนอนวัด"));
    g_assert_nonnull (strstr (place, "หาดใหญ่"));
  }

  /* Edit: the same row, updated. */
  sajja_group_set_name (found, "กลุ่มสัจจะออมทรัพย์บ้านหัวนอนวัด");
  sajja_group_set_moo (found, 0);
  sajja_group_set_founded (found, NULL);
  sajja_group_set_village (found, "");
  save_ok (found, db);
  g_assert_cmpint (sajja_group_get_id (found), ==, id);
  g_assert_cmpint (sajja_group_count (db), ==, 1);
  g_assert_cmpint (count_actions (db, "group-edit", uuid), ==, 1);
  g_assert_cmpint (count_actions (db, "group-add", uuid), ==, 1);
  {
    g_autoptr(SajjaGroup) again = sajja_group_find_by_uuid (db, uuid, &error);

    g_assert_no_error (error);
    assert_group_equal (found, again);
    g_assert_cmpint (sajja_group_get_moo (again), ==, 0);
    g_assert_null (sajja_group_get_founded (again));
    g_assert_cmpstr (sajja_group_get_village (again), ==, "");
  }
  /* The file holds NULL for "no หมู่" and "no date". */
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count(*) FROM groups WHERE moo IS NULL AND founded IS NULL",
                                       -1, &error), ==, 1);

  /* Delete: gone, and logged. */
  g_assert_true (sajja_group_delete (found, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_group_count (db), ==, 0);
  g_assert_cmpint (count_actions (db, "group-delete", uuid), ==, 1);
  {
    g_autoptr(SajjaGroup) gone = sajja_group_find_by_uuid (db, uuid, &error);

    g_assert_null (gone);
    g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpint (count_rows (db, "action_log"), ==, 3);
  close_ok (db);

  g_assert_cmpint (count_in_file (path, "groups"), ==, 0);
}

static void
test_group_list_order (void)
{
  g_autofree char *path = test_path ("order.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) groups = NULL;
  static const char * const names[] = {
    "กลุ่มบ้านโคกสูง", "กลุ่มบ้านควนจง", "กลุ่มบ้านเกาะยอ", "กลุ่มบ้านคลองแห", "กลุ่มบ้านใหม่",
    "กลุ่มบ้านไทร", "กลุ่มบ้านกลาง", "Group Alpha", "กลุ่มบ้านพรุ",
  };
  static const char * const expected[] = {
    "Group Alpha", "กลุ่มบ้านกลาง", "กลุ่มบ้านเกาะยอ", "กลุ่มบ้านคลองแห", "กลุ่มบ้านควนจง",
    "กลุ่มบ้านโคกสูง", "กลุ่มบ้านไทร", "กลุ่มบ้านพรุ", "กลุ่มบ้านใหม่",
  };
  SajjaDb *db;

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SajjaGroup) group = new_group (names[i], 1 + i, "คอหงส์");

      save_ok (group, db);
    }

  groups = sajja_group_list_all (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i + 1 < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SajjaGroup) a = g_list_model_get_item (G_LIST_MODEL (groups), i);
      g_autoptr(SajjaGroup) b = g_list_model_get_item (G_LIST_MODEL (groups), i + 1);

      g_assert_cmpint (sajja_collate_compare (sajja_group_get_name (a), sajja_group_get_name (b)), <, 0);
    }
  /* Dictionary order of what follows "กลุ่มบ้าน": each leading vowel under its consonant. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), i);

      g_assert_cmpstr (sajja_group_get_name (group), ==, expected[i]);
    }
  close_ok (db);
}

/* ---- demo ------------------------------------------------------------------------------- */

static GPtrArray *
list_names_and_uuids (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) groups = NULL;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  SajjaDb *db = open_ok (path, SAJJA_DB_OPEN_READ_ONLY);
  sqlite3_stmt *stmt;

  /* In insertion order, so that the order of generation is compared too. */
  stmt = sajja_db_prepare (db, "SELECT name, uuid FROM groups ORDER BY id", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup_printf ("%s|%s", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1)));
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
  g_autoptr(GHashTable) uuids_a = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_same = 0;

  make_demo (a, 50, 42);
  make_demo (b, 50, 42);
  make_demo (c, 50, 43);

  la = list_names_and_uuids (a);
  lb = list_names_and_uuids (b);
  lc = list_names_and_uuids (c);
  g_assert_cmpuint (la->len, ==, 50);
  g_assert_cmpuint (lb->len, ==, 50);
  g_assert_cmpuint (lc->len, ==, 50);

  for (guint i = 0; i < la->len; i++)
    {
      const char *uuid = strchr (g_ptr_array_index (la, i), '|') + 1;

      g_assert_cmpstr (g_ptr_array_index (la, i), ==, g_ptr_array_index (lb, i));
      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_true (g_hash_table_add (uuids_a, g_strdup (uuid)));
    }

  for (guint i = 0; i < lc->len; i++)
    if (g_hash_table_contains (uuids_a, strchr (g_ptr_array_index (lc, i), '|') + 1))
      n_same++;
  g_assert_cmpuint (n_same, ==, 0);

  /* The databases themselves differ (each has its own identity) but verify clean. */
  {
    SajjaDb *db = open_ok (a, SAJJA_DB_OPEN_DEFAULT);
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpint (count_actions (db, "demo", NULL), ==, 1);
    close_ok (db);
  }

  /* The default network: the eight groups of one tambon. */
  {
    g_autofree char *d = test_path ("default.db");
    g_autoptr(GPtrArray) ld = NULL;
    SajjaDemoOptions options;

    sajja_demo_options_init (&options);
    g_assert_cmpuint (options.n_groups, ==, 8);
    make_demo (d, options.n_groups, options.seed);
    ld = list_names_and_uuids (d);
    g_assert_cmpuint (ld->len, ==, 8);
  }
}

static void
test_demo_refuses (void)
{
  g_autofree char *path = test_path ("full.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  SajjaDemoOptions options;
  SajjaDb *db;

  make_demo (path, 50, 42);
  before = list_names_and_uuids (path);

  db = open_ok (path, SAJJA_DB_OPEN_DEFAULT);
  sajja_demo_options_init (&options);
  g_assert_false (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (sajja_group_count (db), ==, 50);
  g_assert_cmpint (count_rows (db, "action_log"), ==, 51);

  /* Out of range sizes are refused too. */
  options.n_groups = 0;
  g_assert_false (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (sajja_db_has_changes (db));
  close_ok (db);

  after = list_names_and_uuids (path);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (before, i));

  /* A cancelled demo writes nothing. */
  {
    g_autofree char *empty = test_path ("cancelled.db");
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    db = open_ok (empty, SAJJA_DB_OPEN_DEFAULT);
    g_cancellable_cancel (cancellable);
    sajja_demo_options_init (&options);
    g_assert_false (sajja_demo_generate (db, &options, NULL, NULL, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_cmpint (sajja_group_count (db), ==, 0);
    g_assert_cmpint (count_rows (db, "action_log"), ==, 0);
    close_ok (db);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/open/new-file", test_open_new_file);
  g_test_add_func ("/store/open/missing-read-only", test_open_missing_read_only);
  g_test_add_func ("/store/open/read-only-sidecars", test_open_read_only_sidecars);
  g_test_add_func ("/store/open/migrations", test_open_migrations);
  g_test_add_func ("/store/open/newer-version", test_open_newer_version);
  g_test_add_func ("/store/open/damaged-page", test_open_damaged_page);
  g_test_add_func ("/store/open/damaged-late-page", test_open_damaged_late_page);
  g_test_add_func ("/store/open/garbage", test_open_garbage);
  g_test_add_func ("/store/open/truncated", test_open_truncated);
  g_test_add_func ("/store/open/not-sajja", test_open_not_sajja);
  g_test_add_func ("/store/crash/kill-mid-transaction", test_crash_mid_transaction);
  g_test_add_func ("/store/crash/kill-after-commit", test_crash_after_commit);
  g_test_add_func ("/store/transaction/invalid-group", test_transaction_invalid_group);
  g_test_add_func ("/store/transaction/duplicate", test_transaction_duplicate);
  g_test_add_func ("/store/transaction/check-constraints", test_transaction_check_constraints);
  g_test_add_func ("/store/transaction/check-founded-date", test_transaction_check_founded);
  g_test_add_func ("/store/transaction/rollback", test_transaction_rollback);
  g_test_add_func ("/store/transaction/atomic", test_transaction_atomic);
  g_test_add_func ("/store/backup/rotate", test_backup_rotate);
  g_test_add_func ("/store/backup/contents", test_backup_contents);
  g_test_add_func ("/store/backup/on-close", test_backup_on_close);
  g_test_add_func ("/store/restore/round-trip", test_restore_round_trip);
  g_test_add_func ("/store/restore/damaged-backup", test_restore_damaged_backup);
  g_test_add_func ("/store/verify/clean", test_verify_clean);
  g_test_add_func ("/store/verify/duplicate", test_verify_duplicate);
  g_test_add_func ("/store/verify/malformed", test_verify_malformed);
  g_test_add_func ("/store/group/round-trip", test_group_round_trip);
  g_test_add_func ("/store/group/list-order", test_group_list_order);
  g_test_add_func ("/store/demo/determinism", test_demo_determinism);
  g_test_add_func ("/store/demo/refuses-nonempty", test_demo_refuses);

  return g_test_run ();
}
