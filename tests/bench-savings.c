/* bench-savings.c: how fast the books are.
 *
 * Measures a savings day of 2,000 members (making it, then posting it in one transaction),
 * a member's statement over ten years of entries, and sajja_db_verify() on the demo district
 * (500 groups, 100,000 members, with SAJJA_BENCH_MONTHS months of savings, 12 by default),
 * with the sqlite3 shell's PRAGMA integrity_check on the same file as the outside reference.
 *
 *   meson test --benchmark -C _build savings
 *
 * Not a test: it prints a table and exits 0 (1 only when it cannot make its databases).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-ledger.h"
#include "sajja-savings-day.h"

#define DAY "2026-06-28"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
row (const char *what,
     double      ms,
     const char *extra)
{
  printf ("%-58s %10.1f ms  %s\n", what, ms, extra != NULL ? extra : "");
  fflush (stdout);
}

static SajjaDb *
fresh_db (const char *dir,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SajjaDb *db;

  g_unlink (path);
  db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  if (db == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      exit (1);
    }
  return db;
}

static void
make_demo (SajjaDb *db,
           guint    n_groups,
           guint    n_members,
           guint    n_months)
{
  g_autoptr(GError) error = NULL;
  SajjaDemoOptions options;

  sajja_demo_options_init (&options);
  options.n_groups = n_groups;
  options.n_members = n_members;
  options.n_months = n_months;
  if (!sajja_demo_generate (db, &options, NULL, NULL, NULL, &error))
    {
      g_printerr ("demo: %s\n", error->message);
      exit (1);
    }
}

static void
bench_day (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  g_autofree char *extra = NULL;
  SajjaDb *db = fresh_db (dir, "day.db");
  gint64 start;
  guint n;

  make_demo (db, 1, 2000, 0);

  start = g_get_monotonic_time ();
  day = sajja_savings_day_new (db, 1, DAY, &error);
  if (day == NULL)
    {
      g_printerr ("savings day: %s\n", error->message);
      exit (1);
    }
  extra = g_strdup_printf ("%u lines", sajja_savings_day_get_n_lines (day));
  row ("sajja_savings_day_new, 1 group of 2,000 members", ms_since (start), extra);

  start = g_get_monotonic_time ();
  n = sajja_savings_day_post (day, db, "bench", &error);
  if (error != NULL)
    g_printerr ("post: %s\n", error->message);
  g_free (extra);
  extra = g_strdup_printf ("%u receipts, %" G_GINT64_FORMAT " journal rows", n,
                           sajja_db_query_int (db, "SELECT count(*) FROM journal", 0, NULL));
  row ("sajja_savings_day_post (one transaction)", ms_since (start), extra);

  sajja_db_close (db, FALSE, 0, NULL);
  g_object_unref (db);
}

static void
bench_statement (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *extra = NULL;
  SajjaDb *db = fresh_db (dir, "statement.db");
  gint64 member_id, start, balance = 0;
  double list_ms, balance_ms;

  make_demo (db, 1, 30, 0);
  member_id = sajja_db_query_int (db, "SELECT id FROM members WHERE join_date <= '2016-06-01' "
                                      "AND status = 'active' ORDER BY member_no LIMIT 1", 0, NULL);
  if (member_id == 0 || !sajja_db_begin (db, &error))
    {
      g_printerr ("statement: no member joined by 2016\n");
      exit (1);
    }
  /* Ten years, a savings day a month: the pledge, a special deposit most months. */
  for (SajjaPeriod p = { 2016, 7 }; p.year < 2026 || p.month <= 6; p = sajja_period_add_months (p, 1))
    {
      g_autofree char *paid = g_strdup_printf ("%04d-%02d-10", p.year, p.month);
      gint64 receipt = sajja_ledger_new_receipt (db, 1, member_id, paid, 0, 0, NULL);

      sajja_ledger_post (db, 1, member_id, SAJJA_ENTRY_PLEDGE, 10000, p, paid, receipt, "bench", NULL, NULL);
      if (p.month % 4 != 0)
        sajja_ledger_post (db, 1, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 20000, p, paid, receipt, "bench", NULL,
                           NULL);
      if (p.month == 12)
        sajja_ledger_post (db, 1, member_id, SAJJA_ENTRY_WITHDRAWAL, -100000, p, paid, 0, "bench", NULL, NULL);
    }
  if (!sajja_db_commit (db, &error))
    {
      g_printerr ("statement: %s\n", error->message);
      exit (1);
    }

  start = g_get_monotonic_time ();
  entries = sajja_ledger_list_member (db, member_id, SAJJA_N_ACCOUNTS, NULL);
  list_ms = ms_since (start);
  start = g_get_monotonic_time ();
  for (guint a = 0; a < SAJJA_N_ACCOUNTS; a++)
    balance += sajja_ledger_balance (db, 1, member_id, a);
  balance_ms = ms_since (start);

  extra = g_strdup_printf ("%u entries", entries != NULL ? entries->len : 0);
  row ("statement, 10 years: sajja_ledger_list_member", list_ms, extra);
  g_free (extra);
  extra = g_strdup_printf ("all 5 accounts, %" G_GINT64_FORMAT " satang", balance);
  row ("statement, 10 years: sajja_ledger_balance", balance_ms, extra);

  sajja_db_close (db, FALSE, 0, NULL);
  g_object_unref (db);
}

static void
bench_verify (const char *dir,
              guint       n_months)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_build_filename (dir, "district.db", NULL);
  g_autofree char *extra = NULL;
  g_autofree char *out = NULL;
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *cmd = g_strdup_printf ("sqlite3 %s \"PRAGMA integrity_check\"", quoted);
  SajjaDb *db = fresh_db (dir, "district.db");
  gint64 start;
  gboolean ok;
  int status;

  start = g_get_monotonic_time ();
  make_demo (db, 500, 100000, n_months);
  extra = g_strdup_printf ("%u months: %" G_GINT64_FORMAT " journal rows, %" G_GINT64_FORMAT " receipts", n_months,
                           sajja_db_query_int (db, "SELECT count(*) FROM journal", 0, NULL),
                           sajja_db_query_int (db, "SELECT count(*) FROM receipts", 0, NULL));
  row ("demo district: 500 groups, 100,000 members", ms_since (start), extra);

  start = g_get_monotonic_time ();
  ok = sajja_db_verify (db, problems);
  g_free (extra);
  extra = g_strdup_printf ("%s, %u problems", ok ? "clean" : "NOT CLEAN", problems->len);
  row ("sajja_db_verify on the district", ms_since (start), extra);
  for (guint i = 0; i < problems->len; i++)
    printf ("    %s\n", (const char *) g_ptr_array_index (problems, i));

  sajja_db_close (db, FALSE, 0, NULL);
  g_object_unref (db);

  start = g_get_monotonic_time ();
  if (g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL))
    {
      g_free (extra);
      extra = g_strdup_printf ("says %s", g_strstrip (out));
      row ("sqlite3 shell: PRAGMA integrity_check (spawned)", ms_since (start), extra);
    }
  else
    row ("sqlite3 shell: not found", 0, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-savings-XXXXXX", NULL);
  const char *months = g_getenv ("SAJJA_BENCH_MONTHS");

  (void) argc;
  (void) argv;
  if (dir == NULL)
    return 1;

  printf ("%-58s %13s  %s\n", "what", "time", "");
  bench_day (dir);
  bench_statement (dir);
  bench_verify (dir, months != NULL ? (guint) atoi (months) : 12);

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);

        g_unlink (p);
      }
    g_rmdir (dir);
  }

  return 0;
}
