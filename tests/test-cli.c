/* test-cli.c: runs the real sajja-cli (path in $SAJJA_CLI) on files in a throwaway folder and
 * checks its exit statuses, output and the files it leaves. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sajja-csv.h"
#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-loan.h"
#include "sajja-money.h"
#include "sajja-test-store.h"

typedef struct
{
  int status;  /* the exit status */
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

/* This test's own folder (G_TEST_OPTION_ISOLATE_DIRS makes it fresh for each test). */
static const char *
work_dir (void)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static char *
work_path (const char *name)
{
  return g_build_filename (work_dir (), name, NULL);
}

/* The environment for the CLI: ours, with the language set and the user folders pointing into
 * this test's folder, so that no real settings are read. */
static char **
cli_environ (const char *language)
{
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_setenv (envp, "HOME", g_get_home_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  return envp;
}

static CliResult *
run_cli_env (const char         *language,
             const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = cli_environ (language);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new ("sajja-cli");
  CliResult *result = g_new0 (CliResult, 1);
  const char *cli = g_getenv ("SAJJA_CLI");
  int wait_status = -1;

  g_assert_nonnull (cli);
  g_assert_true (g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE));

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

  /* It exited; it did not crash. */
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);

  g_test_message ("LANGUAGE=%s %s → %d\nstdout: %s\nstderr: %s",
                  language, line->str, result->status, result->out, result->err);

  g_assert_true (g_utf8_validate (result->out, -1, NULL));
  g_assert_true (g_utf8_validate (result->err, -1, NULL));

  return result;
}

#define run_cli(...) run_cli_env ("th", (const char * const []) { __VA_ARGS__, NULL })

static gint64
count_groups (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = sajja_db_open (path, SAJJA_DB_OPEN_READ_ONLY, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_nonnull (db);
  n = sajja_group_count (db);
  g_assert_true (sajja_db_close (db, FALSE, 0, NULL));
  return n;
}

static void
assert_failed_with_message (CliResult *result,
                            int        status)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_true (g_str_has_prefix (result->err, "sajja-cli:"));
  g_assert_cmpuint (strlen (result->err), >, strlen ("sajja-cli: \n"));
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

  g_assert_true (g_bytes_equal (after, before));
}

/* Overwrites the b-tree header and cell pointers of page 3. */
static void
damage (const char *path)
{
  guchar junk[200];
  FILE *f = fopen (path, "r+b");

  g_assert_nonnull (f);
  memset (junk, 0xA5, sizeof junk);
  /* Sajja files use SQLite's default 4096-byte pages. */
  g_assert_cmpint (fseek (f, 4096 * 2 + 8, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, sizeof junk, f), ==, sizeof junk);
  g_assert_cmpint (fclose (f), ==, 0);
}

/* ---- baht-text -------------------------------------------------------------------------- */

static void
test_baht_text (void)
{
  {
    g_autoptr(CliResult) r = run_cli ("baht-text", "1000001");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, ==, "หนึ่งล้านเอ็ดบาทถ้วน\n");
    g_assert_cmpstr (r->err, ==, "");
  }
  {
    g_autoptr(CliResult) r = run_cli ("baht-text", "1,234.50");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, ==, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์\n");
  }
  {
    g_autoptr(CliResult) r = run_cli ("baht-text", "12,34.5");

    assert_failed_with_message (r, 1);
    g_assert_cmpstr (r->out, ==, "");
  }
  {
    g_autoptr(CliResult) r = run_cli ("baht-text", "abc");

    assert_failed_with_message (r, 1);
  }
  {
    /* No amount: usage, status 2. */
    g_autoptr(CliResult) r = run_cli_env ("th", (const char * const []) { "baht-text", NULL });

    g_assert_cmpint (r->status, ==, 2);
    g_assert_cmpstr (r->err, !=, "");
    g_assert_cmpstr (r->out, ==, "");
  }
  {
    g_autoptr(CliResult) r = run_cli ("baht-text", "1", "2");

    g_assert_cmpint (r->status, ==, 2);
    g_assert_cmpstr (r->err, !=, "");
  }
}

/* ---- usage ------------------------------------------------------------------------------ */

static void
test_help (void)
{
  static const char * const command_names[] = { "baht-text", "demo", "verify", "backup", "restore" };

  {
    g_autoptr(CliResult) r = run_cli ("--help");

    g_assert_cmpint (r->status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (command_names); i++)
      g_assert_nonnull (strstr (r->out, command_names[i]));
    g_assert_cmpstr (r->err, ==, "");
  }
  {
    g_autoptr(CliResult) r = run_cli ("demo", "--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "--groups"));
    g_assert_nonnull (strstr (r->out, "--seed"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("verify", "--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, !=, "");
  }
  {
    g_autoptr(CliResult) r = run_cli ("--version");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_true (g_str_has_prefix (r->out, "sajja-cli "));
  }
  {
    g_autoptr(CliResult) r = run_cli ("frobnicate");

    g_assert_cmpint (r->status, ==, 2);
    g_assert_true (g_str_has_prefix (r->err, "sajja-cli:"));
    g_assert_nonnull (strstr (r->err, "frobnicate"));
    /* The usage follows, naming the commands. */
    for (guint i = 0; i < G_N_ELEMENTS (command_names); i++)
      g_assert_nonnull (strstr (r->err, command_names[i]));
    g_assert_cmpstr (r->out, ==, "");
  }
  {
    /* No command at all. */
    g_autoptr(CliResult) r = run_cli_env ("th", (const char * const []) { NULL });

    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->err, "demo"));
  }
  {
    g_autofree char *x = work_path ("x.db");
    g_autoptr(CliResult) r = run_cli ("demo", "--no-such-option", "x.db");

    assert_failed_with_message (r, 1);
    g_assert_false (g_file_test (x, G_FILE_TEST_EXISTS));
  }
}

/* ---- demo and verify -------------------------------------------------------------------- */

static void
test_demo_verify (void)
{
  g_autofree char *file = work_path ("demo.db");
  g_autofree char *file2 = work_path ("demo2.db");

  {
    g_autoptr(CliResult) r = run_cli ("demo", file);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, !=, "");
    g_assert_cmpstr (r->err, ==, "");
  }
  g_assert_cmpint (count_groups (file), ==, 8);
  g_assert_true (sajja_db_check_file (file, NULL, NULL));
  {
    g_autoptr(CliResult) r = run_cli ("verify", file);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->out, !=, "");
  }

  {
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "50", "--seed", "7", file2);

    g_assert_cmpint (r->status, ==, 0);
  }
  g_assert_cmpint (count_groups (file2), ==, 50);
  {
    g_autoptr(CliResult) r = run_cli ("verify", file2);

    g_assert_cmpint (r->status, ==, 0);
  }

  /* A relative name is taken in the working folder. */
  {
    g_autofree char *relative = work_path ("relative.db");
    g_autoptr(CliResult) r = run_cli ("demo", "--groups=12", "relative.db");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpint (count_groups (relative), ==, 12);
  }

  /* The demo goes only into an empty database: the file is left as it was. */
  {
    g_autoptr(CliResult) r = NULL;
    g_autoptr(GBytes) before = NULL;

    r = run_cli ("demo", "--groups", "3", file);
    assert_failed_with_message (r, 1);
    g_assert_cmpint (count_groups (file), ==, 8);
    g_clear_pointer (&r, cli_result_free);

    before = read_bytes (file2);
    r = run_cli ("demo", file2);
    assert_failed_with_message (r, 1);
    assert_bytes_unchanged (file2, before);
    g_assert_cmpint (count_groups (file2), ==, 50);
  }

  /* Bad counts. */
  {
    g_autofree char *file3 = work_path ("demo3.db");
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "0", file3);

    assert_failed_with_message (r, 1);
    g_clear_pointer (&r, cli_result_free);
    r = run_cli ("demo", "--groups", "many", file3);
    assert_failed_with_message (r, 1);
    g_clear_pointer (&r, cli_result_free);
    r = run_cli ("demo", "--groups", "10001", file3);
    assert_failed_with_message (r, 1);
    g_clear_pointer (&r, cli_result_free);
    /* Two files. */
    r = run_cli ("demo", file3, file2);
    g_assert_cmpint (r->status, ==, 2);
  }
}

static void
test_verify_bad_files (void)
{
  g_autofree char *file = work_path ("damaged.db");
  g_autofree char *missing = work_path ("missing.db");
  g_autofree char *garbage = work_path ("garbage.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "200", file);

    g_assert_cmpint (r->status, ==, 0);
  }
  damage (file);
  before = read_bytes (file);
  {
    g_autoptr(CliResult) r = run_cli ("verify", file);

    g_assert_cmpint (r->status, ==, 1);
    /* Each problem and a count, or an error message. */
    g_assert_cmpuint (strlen (r->out) + strlen (r->err), >, 0);
  }
  assert_bytes_unchanged (file, before);

  {
    g_autoptr(CliResult) r = run_cli ("verify", missing);

    assert_failed_with_message (r, 1);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* Commands that write refuse a missing file, in Thai, and do not make an empty database. */
  {
    g_autofree char *day = work_path ("day.csv");
    const char *const writers[][9] = {
      { "savings", "post", missing, "--group", "1", "--date", "20/11/2569", day, NULL },
      { "members", "import", missing, "--group", "1", day, NULL },
    };

    g_assert_true (g_file_set_contents (day, "member_no,pledge\n1,100\n", -1, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
      {
        g_autoptr(CliResult) r = run_cli_env ("th", writers[i]);

        assert_failed_with_message (r, 1);
        g_assert_nonnull (strstr (r->err, "ไม่มีไฟล์"));
        g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      }
  }

  g_assert_true (g_file_set_contents (garbage, "this is not a database, not at all, no.", -1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(CliResult) r = run_cli ("verify", garbage);

    assert_failed_with_message (r, 1);
  }

  {
    g_autoptr(CliResult) r = run_cli_env ("th", (const char * const []) { "verify", NULL });

    g_assert_cmpint (r->status, ==, 2);
  }
}

/* ---- backup and restore ----------------------------------------------------------------- */

static void
test_backup_restore (void)
{
  g_autofree char *file = work_path ("books.db");
  g_autofree char *dest = work_path ("books-backup.db");
  g_autofree char *garbage = work_path ("garbage.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(CliResult) r = run_cli ("demo", file);

    g_assert_cmpint (r->status, ==, 0);
  }
  {
    g_autoptr(CliResult) r = run_cli ("backup", file, dest);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->err, ==, "");
  }
  g_assert_true (sajja_db_check_file (dest, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_groups (dest), ==, 8);

  /* A change after the backup. */
  {
    g_autoptr(SajjaDb) db = sajja_db_open (file, SAJJA_DB_OPEN_DEFAULT, &error);
    g_autoptr(SajjaGroup) group = sajja_group_new ();

    g_assert_no_error (error);
    sajja_group_set_name (group, "กลุ่มที่เพิ่มทีหลัง");
    sajja_group_set_tambon (group, "คอหงส์");
    sajja_group_set_amphoe (group, "หาดใหญ่");
    sajja_group_set_changwat (group, "สงขลา");
    g_assert_true (sajja_group_save (group, db, &error));
    g_assert_no_error (error);
    g_assert_true (sajja_db_close (db, FALSE, 0, &error));
  }
  g_assert_cmpint (count_groups (file), ==, 9);

  {
    g_autoptr(CliResult) r = run_cli ("restore", dest, file);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->err, ==, "");
  }
  g_assert_cmpint (count_groups (file), ==, 8);
  {
    g_autoptr(CliResult) r = run_cli ("verify", file);

    g_assert_cmpint (r->status, ==, 0);
  }
  /* The replaced file was kept. */
  {
    g_autoptr(GPtrArray) backups = sajja_db_list_backups (file);

    g_assert_cmpuint (backups->len, ==, 1);
    g_assert_cmpint (count_groups (g_ptr_array_index (backups, 0)), ==, 9);
  }

  /* A file that is not a database is not restored. */
  g_assert_true (g_file_set_contents (garbage, "garbage garbage garbage garbage", -1, &error));
  g_assert_no_error (error);
  before = read_bytes (file);
  {
    g_autoptr(CliResult) r = run_cli ("restore", garbage, file);

    assert_failed_with_message (r, 1);
  }
  assert_bytes_unchanged (file, before);
  {
    g_autoptr(GPtrArray) backups = sajja_db_list_backups (file);

    g_assert_cmpuint (backups->len, ==, 1);
  }

  /* Nor a damaged backup. */
  {
    g_autofree char *big = work_path ("big.db");
    g_autofree char *big_backup = work_path ("big-backup.db");
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "200", big);

    g_assert_cmpint (r->status, ==, 0);
    g_clear_pointer (&r, cli_result_free);
    r = run_cli ("backup", big, big_backup);
    g_assert_cmpint (r->status, ==, 0);
    g_clear_pointer (&r, cli_result_free);
    damage (big_backup);
    r = run_cli ("restore", big_backup, file);
    assert_failed_with_message (r, 1);
    assert_bytes_unchanged (file, before);
  }

  /* Backing up a missing file fails and writes nothing. */
  {
    g_autofree char *missing = work_path ("missing.db");
    g_autofree char *nowhere = work_path ("nowhere.db");
    g_autoptr(CliResult) r = run_cli ("backup", missing, nowhere);

    assert_failed_with_message (r, 1);
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  {
    g_autoptr(CliResult) r = run_cli ("restore", dest);

    g_assert_cmpint (r->status, ==, 2);
  }
}

/* ---- languages -------------------------------------------------------------------------- */

static void
test_languages (void)
{
  g_autofree char *file = work_path ("lang.db");
  g_autofree char *missing = work_path ("missing.db");
  const char * const baht_ok[] = { "baht-text", "1000001", NULL };
  const char * const baht_bad[] = { "baht-text", "12,34.5", NULL };
  const char * const baht_none[] = { "baht-text", NULL };
  const char * const help[] = { "--help", NULL };
  const char * const unknown[] = { "frobnicate", NULL };
  const char * const verify_missing[] = { "verify", missing, NULL };
  const char * const demo[] = { "demo", file, NULL };
  const char * const verify_file[] = { "verify", file, NULL };
  const char * const demo_again[] = { "demo", file, NULL };
  const struct
  {
    const char * const *args;
    int status;
  } runs[] = {
    { baht_ok, 0 },
    { baht_bad, 1 },
    { baht_none, 2 },
    { help, 0 },
    { unknown, 2 },
    { verify_missing, 1 },
    { demo, 0 },
    { verify_file, 0 },
    { demo_again, 1 },
  };
  static const char * const languages[] = { "en", "th" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_unlink (file);
      for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
        {
          g_autoptr(CliResult) r = run_cli_env (languages[l], runs[i].args);

          g_assert_cmpint (r->status, ==, runs[i].status);
          if (r->status != 0)
            g_assert_cmpuint (strlen (r->out) + strlen (r->err), >, 0);
          else
            g_assert_cmpstr (r->out, !=, "");
          if (i == 0)
            /* Thai words for the amount in every language. */
            g_assert_cmpstr (r->out, ==, "หนึ่งล้านเอ็ดบาทถ้วน\n");
        }
      g_assert_cmpint (count_groups (file), ==, 8);
    }
}

/* ---- loans ------------------------------------------------------------------------------ */

/* The words of the line of @text whose first word is @first (a table's row), or NULL. */
static char **
row_words (const char *text,
           const char *first)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_auto(GStrv) words = NULL;

      if (*line == '\0')
        continue;
      words = g_regex_split_simple ("\\s+", line, 0, 0);
      if (g_strcmp0 (words[0], first) == 0)
        return g_steal_pointer (&words);
    }
  return NULL;
}

/* Whether some line of @text holds every one of @words (NULL-terminated) as a word. */
static gboolean
has_line_with (const char         *text,
               const char * const *words)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_auto(GStrv) parts = g_regex_split_simple ("\\s+", line, 0, 0);
      gboolean all = TRUE;

      for (guint w = 0; all && words[w] != NULL; w++)
        all = g_strv_contains ((const char * const *) parts, words[w]);
      if (all)
        return TRUE;
    }
  return FALSE;
}

#define assert_row(text, first, ...) \
  G_STMT_START { \
    g_auto(GStrv) row_ = row_words ((text), (first)); \
    const char * const expected_[] = { (first), __VA_ARGS__, NULL }; \
    g_assert_nonnull (row_); \
    for (guint i_ = 0; expected_[i_] != NULL; i_++) \
      g_assert_cmpstr (row_[i_], ==, expected_[i_]); \
  } G_STMT_END

static void
test_loans_schedule (void)
{
  /* 12,000.00 baht at 1% a month on the declining balance over 12 months: 1,000.00 principal a
   * month, interest 120.00 down to 10.00, 780.00 in all; the first due on 15 February 2570. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12,000", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "declining", "--start", "15/02/2570");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->err, ==, "");
    assert_row (r->out, "1", "15/02/2570", "1,000.00", "120.00", "1,120.00", "11,000.00");
    assert_row (r->out, "2", "15/03/2570", "1,000.00", "110.00", "1,110.00", "10,000.00");
    assert_row (r->out, "12", "15/01/2571", "1,000.00", "10.00", "1,010.00", "0.00");
    g_assert_null (row_words (r->out, "13"));
    g_assert_true (has_line_with (r->out, (const char * const []) { "12,000.00", "780.00", "12,780.00", NULL }));
    g_assert_nonnull (strstr (r->out, "12.00%"));
  }
  /* The same first day typed in the Common Era (ISO) or with a Thai month. */
  {
    g_autoptr(CliResult) iso = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1.00%", "--per", "month",
                                        "--months", "12", "--method", "declining", "--start", "2027-02-15");
    g_autoptr(CliResult) thai = run_cli ("loans", "schedule", "--amount", "๑๒,๐๐๐", "--rate", "1", "--per", "month",
                                         "--months", "12", "--method", "declining", "--start", "15 ก.พ. 2570");

    g_assert_cmpint (iso->status, ==, 0);
    g_assert_cmpint (thai->status, ==, 0);
    assert_row (iso->out, "1", "15/02/2570", "1,000.00", "120.00");
    g_assert_cmpstr (iso->out, ==, thai->out);
  }
  /* Without --start, the first instalment falls a month from today. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "1000", "--rate", "12", "--per", "year",
                                      "--months", "1", "--method", "balloon");
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) next = g_date_time_add_months (now, 1);
    GDate due;
    g_autofree char *shown = NULL;

    g_assert_cmpint (r->status, ==, 0);
    g_date_clear (&due, 1);
    g_date_set_dmy (&due, g_date_time_get_day_of_month (next), g_date_time_get_month (next), g_date_time_get_year (next));
    shown = sajja_date_format_full (&due, SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, TRUE);
    assert_row (r->out, "1", shown, "1,000.00", "10.00", "1,010.00", "0.00");
  }

  /* Equal instalments: 10,000.00 at 1% a month over 3 months is 3,400.22 a month, the rounding's
   * residue on the last. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "10,000", "--rate", "1", "--per", "month",
                                      "--months", "3", "--method", "annuity", "--start", "2027-01-10");

    g_assert_cmpint (r->status, ==, 0);
    assert_row (r->out, "1", "10/01/2570", "3,300.22", "100.00", "3,400.22", "6,699.78");
    assert_row (r->out, "2", "10/02/2570", "3,333.22", "67.00", "3,400.22", "3,366.56");
    assert_row (r->out, "3", "10/03/2570", "3,366.56", "33.67", "3,400.23", "0.00");
    g_assert_nonnull (strstr (r->out, "12.00%"));
  }

  /* 1% a month flat over a year: 21.46% a year, above the law's 15%. The schedule is shown all
   * the same, with the law's refusal, in Thai, as a warning, and status 2. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "flat", "--start", "2027-02-15");

    g_assert_cmpint (r->status, ==, 2);
    assert_row (r->out, "1", "15/02/2570", "1,000.00", "120.00", "1,120.00");
    assert_row (r->out, "12", "15/01/2571", "1,000.00", "120.00", "1,120.00", "0.00");
    g_assert_nonnull (strstr (r->out, "21.46%"));
    g_assert_true (g_str_has_prefix (r->err, "sajja-cli:"));
    g_assert_nonnull (strstr (r->err, "21.46%"));
    g_assert_nonnull (strstr (r->err, "มาตรา 654"));
  }
  /* A fee counts as interest: 100 baht on 10,000 over three months is 18.13% a year. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "10000", "--rate", "1", "--per", "month",
                                      "--months", "3", "--method", "annuity", "--start", "2027-01-10", "--fee", "100");

    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->out, "18.13%"));
    g_assert_nonnull (strstr (r->err, "18.13%"));
  }
  /* 1.25% a month on the declining balance is the ceiling itself: allowed. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1.25", "--per", "month",
                                      "--months", "12", "--method", "declining", "--start", "2027-02-15");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "15.00%"));
    g_assert_cmpstr (r->err, ==, "");
  }

  /* CSV: a header, plain amounts and ISO dates, read back with the app's own CSV reader; the
   * effective rate on stderr. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12,000", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "declining", "--start", "2027-02-15", "--csv");
    g_autoptr(GError) error = NULL;
    g_autoptr(SajjaCsv) csv = NULL;
    static const char * const header[] = { "number", "due_on", "principal", "interest", "instalment", "balance" };
    gint64 principal = 0, interest = 0;

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->err, "12.00%"));
    csv = sajja_csv_parse (r->out, strlen (r->out), SAJJA_CSV_ENCODING_UTF8, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 13);
    g_assert_cmpint (sajja_csv_get_separator (csv), ==, ',');
    for (guint c = 0; c < G_N_ELEMENTS (header); c++)
      g_assert_cmpstr (sajja_csv_get_field (csv, 0, c), ==, header[c]);
    for (guint i = 1; i < sajja_csv_get_n_records (csv); i++)
      {
        g_autofree char *number = g_strdup_printf ("%u", i);
        gint64 p, in, total;

        g_assert_cmpuint (sajja_csv_get_n_fields (csv, i), ==, 6);
        g_assert_cmpstr (sajja_csv_get_field (csv, i, 0), ==, number);
        /* Plain decimals: no thousands separators, two decimals. */
        for (guint c = 2; c < 6; c++)
          {
            g_assert_null (strchr (sajja_csv_get_field (csv, i, c), ','));
            g_assert_true (g_regex_match_simple ("^[0-9]+\\.[0-9][0-9]$", sajja_csv_get_field (csv, i, c), 0, 0));
          }
        g_assert_true (sajja_money_parse (sajja_csv_get_field (csv, i, 2), FALSE, &p, NULL));
        g_assert_true (sajja_money_parse (sajja_csv_get_field (csv, i, 3), FALSE, &in, NULL));
        g_assert_true (sajja_money_parse (sajja_csv_get_field (csv, i, 4), FALSE, &total, NULL));
        g_assert_cmpint (p + in, ==, total);
        principal += p;
        interest += in;
      }
    g_assert_cmpint (principal, ==, 1200000);
    g_assert_cmpint (interest, ==, 78000);
    g_assert_cmpstr (sajja_csv_get_field (csv, 1, 1), ==, "2027-02-15");
    g_assert_cmpstr (sajja_csv_get_field (csv, 1, 2), ==, "1000.00");
    g_assert_cmpstr (sajja_csv_get_field (csv, 1, 5), ==, "11000.00");
    g_assert_cmpstr (sajja_csv_get_field (csv, 12, 1), ==, "2028-01-15");
    g_assert_cmpstr (sajja_csv_get_field (csv, 12, 3), ==, "10.00");
  }

  /* Refusals, with the reason, in Thai where the books' own words say it. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12,34.5", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "declining");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "12,34.5"));
    g_assert_nonnull (strstr (r->err, "จุลภาค"));
    g_assert_cmpstr (r->out, ==, "");
  }
  for (guint i = 0; i < 3; i++)
    {
      const char *months = (const char *[]) { "0", "400", "-3" }[i];
      g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1", "--per", "month",
                                        "--months", months, "--method", "declining");

      assert_failed_with_message (r, 1);
      g_assert_nonnull (strstr (r->err, "1 ถึง 360"));
      g_assert_cmpstr (r->out, ==, "");
    }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "compound");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "“compound”"));
    g_assert_nonnull (strstr (r->err, "declining, annuity, flat"));
    g_assert_cmpstr (r->out, ==, "");
  }
  {
    /* Each option missing in turn is named. */
    const char *const full[] = { "--amount", "12000", "--rate", "1", "--per", "month", "--months", "12",
                                 "--method", "declining" };

    for (guint skip = 0; skip < G_N_ELEMENTS (full); skip += 2)
      {
        g_autoptr(GPtrArray) args = g_ptr_array_new ();
        g_autoptr(CliResult) r = NULL;

        g_ptr_array_add (args, (gpointer) "loans");
        g_ptr_array_add (args, (gpointer) "schedule");
        for (guint i = 0; i < G_N_ELEMENTS (full); i += 2)
          if (i != skip)
            {
              g_ptr_array_add (args, (gpointer) full[i]);
              g_ptr_array_add (args, (gpointer) full[i + 1]);
            }
        g_ptr_array_add (args, NULL);
        r = run_cli_env ("th", (const char * const *) args->pdata);
        assert_failed_with_message (r, 1);
        g_assert_nonnull (strstr (r->err, full[skip]));
        g_assert_cmpstr (r->out, ==, "");
      }
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "150", "--per", "month",
                                      "--months", "12", "--method", "declining");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "150"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1", "--per", "week",
                                      "--months", "12", "--method", "declining");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "week"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "12000", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "declining", "--start", "31/02/2570");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "--start"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--amount", "1000", "--rate", "1", "--per", "month",
                                      "--months", "12", "--method", "declining", "--fee", "1000");

    assert_failed_with_message (r, 1);
  }

  /* The command is in the usage. */
  {
    g_autoptr(CliResult) r = run_cli ("--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "loans"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "schedule"));
    g_assert_nonnull (strstr (r->out, "arrears"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "schedule", "--help");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "--method"));
    g_assert_nonnull (strstr (r->out, "--csv"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "lend");

    g_assert_cmpint (r->status, ==, 2);
    g_assert_nonnull (strstr (r->err, "lend"));
  }
}

typedef struct
{
  gint64 group_id;
  gint64 late;       /* 6,000.00 over 6 months from 15 January 2026, never repaid */
  gint64 good;       /* 3,000.00 over 3 months, repaid on the days */
  gint64 g1, g2;     /* the late loan's guarantors */
} LoansBook;

static gint64
loan_paid_out (SajjaDb    *db,
               gint64      group_id,
               gint64      product,
               gint64      member,
               gint64      amount,
               guint       months,
               gint64      ga,
               gint64      gb)
{
  g_autoptr(GError) error = NULL;
  gint64 guarantors[] = { ga, gb };
  SajjaLoanApplication app = { member, product, "2026-01-10", amount, months, "ซื้อพันธุ์ข้าว", guarantors, 2 };
  gint64 id = sajja_loan_apply (db, group_id, &app, &error);

  g_assert_no_error (error);
  g_assert_true (sajja_loan_approve (db, id, "2026-01-10", "ประธาน", "มติที่ประชุม 1/2569", &error));
  g_assert_no_error (error);
  g_assert_true (sajja_loan_disburse (db, id, "2026-01-15", NULL, "เหรัญญิก", &error));
  g_assert_no_error (error);
  return id;
}

/* A group's books with two loans, made through the loan API. */
static LoansBook
make_loans_book (const char *name)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db (name);
  LoansBook b = { 0, };
  SajjaLoanProduct p = {
    .name = (char *) "สามัญ",
    .effective_from = (char *) "2020-01-01",
    .ceiling = 5000000,
    .max_months = 24,
    .rate = { 100, SAJJA_RATE_PER_MONTH },
    .method = SAJJA_LOAN_METHOD_DECLINING,
    .guarantors = 2,
    .guarantor_max_loans = 2,
    .late_fine_bp = 300,
  };
  gint64 borrower, other, product;

  b.group_id = add_group (db, "กลุ่มทดสอบเงินกู้");
  borrower = add_member (db, b.group_id, 1, "2026-01-01", 4);
  b.g1 = add_member (db, b.group_id, 2, "2026-01-01", 2);
  b.g2 = add_member (db, b.group_id, 3, "2026-01-01", 2);
  other = add_member (db, b.group_id, 4, "2026-01-01", 2);
  post_ok (db, b.group_id, other, SAJJA_ENTRY_SPECIAL_DEPOSIT, 10000000, period (2026, 1), "2026-01-02");
  product = sajja_loan_product_save (db, b.group_id, &p, &error);
  g_assert_no_error (error);

  b.late = loan_paid_out (db, b.group_id, product, borrower, 600000, 6, b.g1, b.g2);
  b.good = loan_paid_out (db, b.group_id, product, other, 300000, 3, b.g1, b.g2);
  g_assert_true (sajja_loan_repay (db, b.good, 103000, "2026-02-15", "เหรัญญิก", NULL, &error));
  g_assert_true (sajja_loan_repay (db, b.good, 102000, "2026-03-15", "เหรัญญิก", NULL, &error));
  g_assert_true (sajja_loan_repay (db, b.good, 101000, "2026-04-15", "เหรัญญิก", NULL, &error));
  g_assert_no_error (error);
  close_ok (db);
  return b;
}

static void
test_loans_arrears (void)
{
  g_autofree char *file = work_path ("loans.db");
  g_autofree char *missing = work_path ("missing.db");
  LoansBook b = make_loans_book ("loans.db");

  /* On 18 March 2026 (typed in the Common Era): 31 days since the February instalment, both
   * instalments owed (2,000.00 principal and 110.00 interest), all 6,000.00 principal out; the
   * guarantors to be told by 16 April. The good loan owes 1,000.00, not overdue: PAR30 is
   * 6,000 / 7,000. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--group", "1", "--as-of", "2026-03-18");
    g_auto(GStrv) row = NULL;

    g_assert_cmpint (r->status, ==, 0);
    g_assert_cmpstr (r->err, ==, "");
    g_assert_nonnull (strstr (r->out, "กลุ่มทดสอบเงินกู้"));
    g_assert_nonnull (strstr (r->out, "18/03/2569"));
    /* Loan 1, member 1, then the name (two words). */
    row = row_words (r->out, "1");
    g_assert_nonnull (row);
    g_assert_cmpstr (row[1], ==, "1");
    g_assert_cmpstr (row[4], ==, "31");
    g_assert_true (has_line_with (r->out, (const char * const []) { "31", "2,110.00", "6,000.00", "16/04/2569", NULL }));
    g_assert_nonnull (strstr (r->out, "ค้างชำระ 31–60 วัน"));
    g_assert_null (row_words (r->out, "2"));
    g_assert_nonnull (strstr (r->out, "7,000.00"));
    g_assert_nonnull (strstr (r->out, "85.71%"));
    g_assert_null (strstr (r->out, "✓"));
  }
  /* On 16 February 2569 (typed in the Buddhist Era): a day overdue, nothing more than 30. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--as-of", "16/02/2569");
    g_auto(GStrv) row = row_words (r->out, "1");

    g_assert_cmpint (r->status, ==, 0);
    /* Without --group every group, numbered. */
    g_assert_nonnull (strstr (r->out, "1. กลุ่มทดสอบเงินกู้"));
    g_assert_nonnull (row);
    g_assert_cmpstr (row[4], ==, "1");
    g_assert_true (has_line_with (r->out, (const char * const []) { "1", "1,060.00", "6,000.00", "16/04/2569", NULL }));
    g_assert_nonnull (strstr (r->out, "0.00%"));
    g_assert_null (strstr (r->out, "85.71%"));
  }

  /* The notices sent to both guarantors: marked. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = test_path ("loans.db");
    SajjaDb *db = open_ok (path);

    g_assert_true (sajja_loan_record_notice (db, b.late, b.g1, "2026-03-20", &error));
    g_assert_true (sajja_loan_record_notice (db, b.late, b.g2, "2026-03-21", &error));
    g_assert_no_error (error);
    close_ok (db);
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--group", "กลุ่มทดสอบเงินกู้", "--as-of", "2026-04-01");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "16/04/2569 ✓"));
  }

  /* CSV: read back, amounts plain, the day ISO; the portfolio on stderr. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--group", "1", "--as-of", "2026-03-18", "--csv");
    g_autoptr(GError) error = NULL;
    g_autoptr(SajjaCsv) csv = NULL;
    static const char * const header[] = { "group", "loan_no", "member_no", "member", "days_overdue", "aging",
                                           "overdue", "principal_owed", "notice_by", "notice_sent" };
    static const char * const values[] = { "กลุ่มทดสอบเงินกู้", "1", "1", NULL, "31", "31-60", "2110.00", "6000.00",
                                           "2026-04-16", "no" };

    g_assert_cmpint (r->status, ==, 0);
    csv = sajja_csv_parse (r->out, strlen (r->out), SAJJA_CSV_ENCODING_UTF8, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 2);
    for (guint c = 0; c < G_N_ELEMENTS (header); c++)
      {
        g_assert_cmpstr (sajja_csv_get_field (csv, 0, c), ==, header[c]);
        if (values[c] != NULL)
          g_assert_cmpstr (sajja_csv_get_field (csv, 1, c), ==, values[c]);
      }
    g_assert_true (g_str_has_prefix (sajja_csv_get_field (csv, 1, 3), "สมาชิก "));
    g_assert_nonnull (strstr (r->err, "85.71%"));
  }

  /* Refusals: no --as-of, a date in the wrong era or no date at all, a missing file, no such
   * group. */
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--group", "1");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "--as-of"));
  }
  for (guint i = 0; i < 4; i++)
    {
      /* ISO is the Common Era: 2569 there is six centuries ahead. A Buddhist year said to be
       * Common Era contradicts itself. */
      const char *day = (const char *[]) { "2569-03-18", "18/03/ค.ศ. 2569", "31/02/2569", "เมื่อวาน" }[i];
      g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--as-of", day);

      assert_failed_with_message (r, 1);
      g_assert_nonnull (strstr (r->err, "--as-of"));
      g_assert_nonnull (strstr (r->err, day));
      g_assert_cmpstr (r->out, ==, "");
    }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", missing, "--as-of", "2026-03-18");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "ไม่มีไฟล์"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--group", "9", "--as-of", "2026-03-18");

    assert_failed_with_message (r, 1);
  }
}

/* The demo lends: loans of every product in every state, one rescheduled, some overdue. */
static void
test_loans_demo (void)
{
  g_autofree char *file = work_path ("lending.db");
  g_autofree char *again = work_path ("lending-again.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *end = g_strdup (today);
  static const char * const statuses[] = { "active", "closed", "written-off", "applied", "refused" };
  SajjaDb *db;

  /* The demo's last day: 30 June 2026, or today when that is earlier. */
  if (strcmp (end, "2026-06-30") > 0)
    {
      g_free (end);
      end = g_strdup ("2026-06-30");
    }

  {
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "1", "--members", "40", "--months", "24", file);

    g_assert_cmpint (r->status, ==, 0);
  }
  {
    g_autoptr(CliResult) r = run_cli ("verify", file);

    g_assert_cmpint (r->status, ==, 0);
  }

  db = open_ok (file);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM loans WHERE status = '%s'", statuses[i]);

      g_test_message ("loans %s: %" G_GINT64_FORMAT, statuses[i], query_int (db, sql));
      g_assert_cmpint (query_int (db, sql), >, 0);
    }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM loans WHERE status = 'closed'"), >, 3);
  /* Loans of all four products, paid out; one in kind. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM loan_products"), ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT product_id) FROM loans WHERE disbursed_on IS NOT NULL"), ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM loans WHERE in_kind_quantity > 0"), >, 0);
  /* One rescheduled: a second schedule. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM loan_schedules WHERE version = 2"), >=, 1);
  /* Some paid off early: closed before their last instalment's day. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM loans l WHERE status = 'closed' AND closed_on < "
                                  "(SELECT max (due_on) FROM loan_instalments i JOIN loan_schedules s ON s.id = i.schedule_id "
                                  "WHERE s.loan_id = l.id)"), >, 0);
  /* Nothing after the last day. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE paid_on > '2026-06-30'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM loans WHERE applied_on > '2026-06-30'"), ==, 0);
  /* The demo is one line in the action log. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action_log WHERE action LIKE 'loan-%'"), ==, 0);

  /* Overdue today, and at the end of its last day in every bucket the story tells, with the
   * guarantors of some told. */
  {
    g_autoptr(GPtrArray) rows = sajja_loan_arrears (db, 0, today, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rows->len, >=, 1);
  }
  {
    SajjaLoanPortfolio portfolio;
    g_autoptr(GPtrArray) rows = sajja_loan_arrears (db, 0, end, &portfolio, &error);
    guint sent = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (portfolio.loans_by_aging[SAJJA_AGING_CURRENT], >, 0);
    g_assert_cmpuint (portfolio.loans_by_aging[SAJJA_AGING_1_30], >=, 1);
    g_assert_cmpuint (portfolio.loans_by_aging[SAJJA_AGING_31_60], >=, 1);
    g_assert_cmpuint (portfolio.loans_by_aging[SAJJA_AGING_OVER_90], >=, 1);
    for (guint i = 0; i < rows->len; i++)
      sent += ((SajjaLoanArrears *) g_ptr_array_index (rows, i))->notice_sent;
    g_assert_cmpuint (sent, >=, 1);
  }
  close_ok (db);

  {
    g_autoptr(CliResult) r = run_cli ("loans", "arrears", file, "--as-of", today);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "PAR30"));
  }

  /* The same seed lends the same loans, to the same people, with the same UUIDs. */
  {
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "1", "--members", "40", "--months", "24", again);
    const char *sql = "SELECT group_concat (uuid || number || member_id || amount || status || applied_on "
                      "|| ifnull (closed_on, ''), ';') FROM (SELECT * FROM loans ORDER BY id)";
    const char *entries = "SELECT group_concat (uuid || kind || amount || paid_on || recorded_at, ';') "
                          "FROM (SELECT * FROM journal WHERE loan_id IS NOT NULL ORDER BY id)";
    SajjaDb *a, *b;
    sqlite3_stmt *sa, *sb;

    g_assert_cmpint (r->status, ==, 0);
    a = open_ok (file);
    b = open_ok (again);
    for (guint q = 0; q < 2; q++)
      {
        sa = sajja_db_prepare (a, q == 0 ? sql : entries, &error);
        g_assert_no_error (error);
        sb = sajja_db_prepare (b, q == 0 ? sql : entries, &error);
        g_assert_no_error (error);
        g_assert_cmpint (sqlite3_step (sa), ==, SQLITE_ROW);
        g_assert_cmpint (sqlite3_step (sb), ==, SQLITE_ROW);
        g_assert_nonnull (sqlite3_column_text (sa, 0));
        g_assert_cmpstr ((const char *) sqlite3_column_text (sa, 0), ==, (const char *) sqlite3_column_text (sb, 0));
        sqlite3_reset (sa);
        sqlite3_reset (sb);
      }
    close_ok (a);
    close_ok (b);
  }
}


static gint64
cli_query (const char *path,
           const char *sql)
{
  SajjaDb *db = open_ok (path);
  gint64 n = query_int (db, sql);

  close_ok (db);
  return n;
}

/* "savings post" with a loan column: the instalment on the member's receipt of the day; more
 * than the debt refused at its row with nothing written. */
static void
test_savings_post_loans (void)
{
  g_autofree char *file = work_path ("loans.db");
  g_autofree char *too_much = work_path ("too-much.csv");
  g_autofree char *thai = work_path ("thai.csv");
  g_autofree char *english = work_path ("english.csv");
  g_autoptr(GError) error = NULL;
  LoansBook b = make_loans_book ("loans.db");
  gint64 journal_before = cli_query (file, "SELECT count(*) FROM journal");
  g_autofree char *sql = NULL;

  /* 15 February: the late loan's first instalment (1,000.00 and 60.00 interest) is due; its whole
   * debt is 6,060.00. 6,060.01 is refused, naming the debt, and nothing is written. */
  g_file_set_contents (too_much, "เลขที่สมาชิก,สัจจะ,ชำระเงินกู้\n1,,\"6,060.01\"\n", -1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CliResult) r = run_cli ("savings", "post", file, "--group", "1", "--date", "15/02/2569", too_much);

    g_assert_cmpint (r->status, ==, 1);
    g_assert_nonnull (strstr (r->out, "6,060.00"));
    g_assert_nonnull (strstr (r->err, "6,060.00"));
  }
  g_assert_cmpint (cli_query (file, "SELECT count(*) FROM journal"), ==, journal_before);
  g_assert_cmpint (cli_query (file, "SELECT count(*) FROM savings_days"), ==, 0);

  /* The Thai column เงินกู้ with the pledge: one receipt with both. */
  g_file_set_contents (thai, "เลขที่สมาชิก,สัจจะ,เงินกู้\n๑,100,\"1,060\"\n", -1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CliResult) r = run_cli ("savings", "post", file, "--group", "1", "--date", "15/02/2569", thai);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "1,160.00"));
  }
  g_assert_cmpint (cli_query (file, "SELECT count(*) FROM savings_days"), ==, 1);
  g_assert_cmpint (cli_query (file, "SELECT count(*) FROM receipts WHERE day_id = (SELECT id FROM savings_days)"), ==, 1);
  g_assert_cmpint (cli_query (file, "SELECT count (DISTINCT kind) FROM journal WHERE receipt_id = "
                                    "(SELECT id FROM receipts WHERE day_id = (SELECT id FROM savings_days))"), ==, 3);
  sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE loan_id = %" G_GINT64_FORMAT
                         " AND paid_on = '2026-02-15' AND kind IN ('loan-principal', 'loan-interest')", b.late);
  g_assert_cmpint (cli_query (file, sql), ==, 106000);
  {
    SajjaDb *db = open_ok (file);
    SajjaLoanPosition pos;

    g_assert_true (sajja_loan_position (db, b.late, "2026-02-15", &pos, &error));
    g_assert_no_error (error);
    g_assert_cmpint (pos.principal_due + pos.interest_due + pos.fines_due, ==, 0);
    g_assert_cmpint (pos.outstanding, ==, 500000);
    close_ok (db);
  }

  /* The English column "loan" alone, a month on: March's instalment. */
  g_file_set_contents (english, "member number,loan\n1,1050\n", -1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CliResult) r = run_cli ("savings", "post", file, "--group", "1", "--date", "2026-03-15", english);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "1,050.00"));
  }
  g_free (sql);
  sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE loan_id = %" G_GINT64_FORMAT
                         " AND paid_on = '2026-03-15' AND kind = 'loan-principal'", b.late);
  g_assert_cmpint (cli_query (file, sql), ==, 100000);
}

/* meeting summary: the month's figures on screen and as a PDF; a bad month, a month not begun. */
static void
test_meeting_summary (void)
{
  g_autofree char *file = work_path ("meeting.db");
  g_autofree char *pdf = work_path ("summary.pdf");

  {
    g_autoptr(CliResult) r = run_cli ("demo", "--groups", "1", "--members", "30", "--months", "6", file);

    g_assert_cmpint (r->status, ==, 0);
  }
  {
    g_autoptr(CliResult) r = run_cli ("meeting", "summary", file, "--group", "1", "--month", "2026-05");

    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "พฤษภาคม 2569"));
    g_assert_nonnull (strstr (r->out, "รับเงินสัจจะ (บาท):"));
    g_assert_nonnull (strstr (r->out, "PAR30:"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("meeting", "summary", file, "--group", "1", "--month", "2026-05", "--pdf", pdf);

    g_assert_cmpint (r->status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
  {
    g_autoptr(CliResult) r = run_cli ("meeting", "summary", file, "--group", "1", "--month", "05/2569");

    assert_failed_with_message (r, 1);
  }
  {
    g_autoptr(CliResult) r = run_cli ("meeting", "summary", file, "--group", "1", "--month", "2099-01");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "ยังไม่เริ่ม"));
  }
  {
    g_autoptr(CliResult) r = run_cli ("meeting", "summary", file, "--group", "1");

    assert_failed_with_message (r, 1);
    g_assert_nonnull (strstr (r->err, "--month"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/baht-text", test_baht_text);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/demo-verify", test_demo_verify);
  g_test_add_func ("/cli/verify-bad-files", test_verify_bad_files);
  g_test_add_func ("/cli/backup-restore", test_backup_restore);
  g_test_add_func ("/cli/languages", test_languages);
  g_test_add_func ("/cli/loans/schedule", test_loans_schedule);
  g_test_add_func ("/cli/loans/arrears", test_loans_arrears);
  g_test_add_func ("/cli/loans/demo", test_loans_demo);
  g_test_add_func ("/cli/meeting/summary", test_meeting_summary);
  g_test_add_func ("/cli/savings/post-loans", test_savings_post_loans);

  return g_test_run ();
}
