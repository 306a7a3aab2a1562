/* test-cli.c: runs the real sajja-cli (path in $SAJJA_CLI) on files in a throwaway folder and
 * checks its exit statuses, output and the files it leaves. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "sajja-db.h"
#include "sajja-group.h"

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

  return g_test_run ();
}
