/* test-ledger.c: tests for the books (sajja-ledger.c, sajja-savings-day.c and the journal's
 * triggers in sajja-db.c) on real SQLite files in a throwaway folder.
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS, so g_get_user_data_dir() is a fresh folder
 * of its own.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "sajja-bylaw.h"
#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-test-store.h"
#include "sajja-savings-day.h"
#include "sajja-uuid.h"

/* ---- helpers ---------------------------------------------------------------------------- */












static void
post_refused (SajjaDb        *db,
              gint64          group_id,
              gint64          member_id,
              SajjaEntryKind  kind,
              gint64          amount,
              SajjaPeriod     p,
              const char     *paid_on,
              int             code)
{
  g_autoptr(GError) error = NULL;
  gint64 before = query_int (db, "SELECT count(*) FROM journal");
  gint64 id = sajja_ledger_post (db, group_id, member_id, kind, amount, p, paid_on, 0, "test", NULL, &error);

  g_assert_error (error, SAJJA_LEDGER_ERROR, code);
  g_assert_cmpint (id, ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal"), ==, before);
}

/* The sum of a member's entries in an account, by SQL independent of the ledger. */
static gint64
sum_sql (SajjaDb    *db,
         gint64      member_id,
         const char *account)
{
  g_autofree char *sql = g_strdup_printf ("SELECT ifnull (sum (amount), 0) FROM journal WHERE member_id = %"
                                          G_GINT64_FORMAT " AND account = '%s'", member_id, account);

  return query_int (db, sql);
}

static void
assert_verify_clean (SajjaDb *db)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = sajja_db_verify (db, problems);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (ok);
}

/* ---- the database refuses --------------------------------------------------------------- */

static void
test_triggers (void)
{
  SajjaDb *db = new_db ("triggers.db");
  sqlite3 *handle = sajja_db_get_handle (db);
  gint64 group_id = add_group (db, "กลุ่มทดสอบ");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *insert = NULL;
  int rc;

  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-01-20");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 2), "2024-02-20");

  rc = sqlite3_exec (handle, "UPDATE journal SET amount = 1", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);  /* SQLITE_CONSTRAINT, extended */
  g_assert_nonnull (strstr (sqlite3_errmsg (handle), "journal entries are never changed"));

  rc = sqlite3_exec (handle, "DELETE FROM journal", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);  /* SQLITE_CONSTRAINT, extended */
  g_assert_nonnull (strstr (sqlite3_errmsg (handle), "journal entries are never removed"));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT sum (amount) FROM journal"), ==, 20000);

  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 1), "test", &error));
  g_assert_no_error (error);

  insert = g_strdup_printf ("INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                            "recorded_at) VALUES ('%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'pledge', "
                            "'pledge', 500, '2024-01', '2024-01-31', 'x')", uuid, group_id, member_id);
  rc = sqlite3_exec (handle, insert, NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);  /* SQLITE_CONSTRAINT, extended */
  g_assert_nonnull (strstr (sqlite3_errmsg (handle), "the month is closed"));

  rc = sqlite3_exec (handle, "DELETE FROM closed_months", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);  /* SQLITE_CONSTRAINT, extended */
  g_assert_nonnull (strstr (sqlite3_errmsg (handle), "a closed month stays closed"));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM closed_months"), ==, 1);

  /* A reversal that does not undo its entry exactly. */
  g_free (insert);
  g_free (uuid);
  uuid = sajja_uuid_new ();
  insert = g_strdup_printf ("INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                            "reverses_id, recorded_at) VALUES ('%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                            ", 'pledge', 'reversal', -9999, '2024-02', '2024-02-21', "
                            "(SELECT max (id) FROM journal), 'x')", uuid, group_id, member_id);
  rc = sqlite3_exec (handle, insert, NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_TRIGGER);  /* SQLITE_CONSTRAINT, extended */
  g_assert_nonnull (strstr (sqlite3_errmsg (handle), "must undo its entry exactly"));

  assert_verify_clean (db);
  close_ok (db);
}

/* ---- posting ---------------------------------------------------------------------------- */

static void
test_post_refusals (void)
{
  SajjaDb *db = new_db ("post.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 other_group = add_group (db, "กลุ่มสอง");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  gint64 stranger = add_member (db, other_group, 1, "2024-01-15", 2);
  g_autoptr(GError) error = NULL;

  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 0, period (2024, 2), "2024-02-05",
                SAJJA_LEDGER_ERROR_AMOUNT);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, -10000, period (2024, 2), "2024-02-05",
                SAJJA_LEDGER_ERROR_AMOUNT);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_WITHDRAWAL, 1000, period (2024, 2), "2024-02-05",
                SAJJA_LEDGER_ERROR_AMOUNT);

  post_ok (db, group_id, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 30000, period (2024, 2), "2024-02-05");
  post_refused (db, group_id, member_id, SAJJA_ENTRY_WITHDRAWAL, -30001, period (2024, 2), "2024-02-05",
                SAJJA_LEDGER_ERROR_BALANCE);
  post_ok (db, group_id, member_id, SAJJA_ENTRY_WITHDRAWAL, -30000, period (2024, 2), "2024-02-05");
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 0);

  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 2), "2999-02-05",
                SAJJA_LEDGER_ERROR_DATE);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 2), "2024-02-30",
                SAJJA_LEDGER_ERROR_DATE);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2023, 12), "2024-02-05",
                SAJJA_LEDGER_ERROR_PERIOD);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 13), "2024-02-05",
                SAJJA_LEDGER_ERROR_PERIOD);
  post_refused (db, group_id, stranger, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 2), "2024-02-05",
                SAJJA_LEDGER_ERROR_MEMBER);

  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-01-20");
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 1), "test", &error));
  g_assert_no_error (error);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-02-05",
                SAJJA_LEDGER_ERROR_CLOSED);
  /* The other group's January is open. */
  post_ok (db, other_group, stranger, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-01-20");

  assert_verify_clean (db);
  close_ok (db);
}

static void
test_balances (void)
{
  SajjaDb *db = new_db ("balances.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 members[3];
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gint64 special[3] = { 0 };
  static const char * const names[] = { "pledge", "special", "fees", "fines", "welfare", "loans", "interest", "bad-debts" };
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == SAJJA_N_ACCOUNTS);

  for (guint i = 0; i < 3; i++)
    members[i] = add_member (db, group_id, (int) i + 1, "2023-01-10", (int) i + 1);

  for (int m = 1; m <= 18; m++)
    for (guint i = 0; i < 3; i++)
      {
        SajjaPeriod p = period (2023 + (m - 1) / 12, 1 + (m - 1) % 12);
        g_autofree char *day = g_strdup_printf ("%04d-%02d-12", p.year, p.month);

        post_ok (db, group_id, members[i], SAJJA_ENTRY_PLEDGE, 5000 * (gint64) (i + 1), p, day);
        if (g_rand_boolean (rand))
          {
            gint64 amount = g_rand_int_range (rand, 1, 100) * 100;

            post_ok (db, group_id, members[i], SAJJA_ENTRY_SPECIAL_DEPOSIT, amount, p, day);
            special[i] += amount;
          }
        if (special[i] > 2000 && g_rand_int_range (rand, 0, 4) == 0)
          {
            post_ok (db, group_id, members[i], SAJJA_ENTRY_WITHDRAWAL, -special[i] / 2, p, day);
            special[i] -= special[i] / 2;
          }
        if (m == 1)
          post_ok (db, group_id, members[i], SAJJA_ENTRY_ENTRY_FEE, 2000, p, day);
        if (m % 5 == 0)
          post_ok (db, group_id, members[i], SAJJA_ENTRY_FINE, 500, p, day);
        if (m % 7 == 0)
          post_ok (db, group_id, members[i], SAJJA_ENTRY_WELFARE_CONTRIBUTION, 1000, p, day);
      }
  post_ok (db, group_id, 0, SAJJA_ENTRY_WELFARE_PAYOUT, -2000, period (2024, 6), "2024-06-12");
  post_refused (db, group_id, 0, SAJJA_ENTRY_WELFARE_PAYOUT, -100000, period (2024, 6), "2024-06-12",
                SAJJA_LEDGER_ERROR_BALANCE);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (sajja_ledger_balance (db, group_id, members[i], SAJJA_ACCOUNT_PLEDGE), ==,
                       18 * 5000 * (gint64) (i + 1));
      g_assert_cmpint (sajja_ledger_balance (db, group_id, members[i], SAJJA_ACCOUNT_SPECIAL), ==, special[i]);
      for (guint a = 0; a < SAJJA_N_ACCOUNTS; a++)
        g_assert_cmpint (sajja_ledger_balance (db, group_id, members[i], a), ==, sum_sql (db, members[i], names[a]));
    }
  g_assert_cmpint (sajja_ledger_balance (db, group_id, 0, SAJJA_ACCOUNT_PLEDGE), ==,
                   query_int (db, "SELECT sum (amount) FROM journal WHERE account = 'pledge'"));
  g_assert_cmpint (sajja_ledger_balance (db, group_id, 0, SAJJA_ACCOUNT_WELFARE), ==, 2 * 3 * 1000 - 2000);

  assert_verify_clean (db);
  close_ok (db);
}

/* ---- reversals -------------------------------------------------------------------------- */

static void
test_reversals (void)
{
  SajjaDb *db = new_db ("reversals.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 jan, feb, deposit, rev, id;

  jan = post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-01-20");
  feb = post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 12000, period (2024, 2), "2024-02-20");
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_PLEDGE), ==, 22000);

  /* Without a reason: refused. */
  id = sajja_ledger_reverse (db, feb, period (2024, 2), "2024-02-21", "test", "", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);
  id = sajja_ledger_reverse (db, feb, period (2024, 2), "2024-02-21", "test", NULL, &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  g_clear_error (&error);

  rev = sajja_ledger_reverse (db, feb, period (2024, 2), "2024-02-21", "test", "ใส่ยอดผิด", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rev, >, 0);
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_PLEDGE), ==, 10000);

  id = sajja_ledger_reverse (db, rev, period (2024, 2), "2024-02-21", "test", "ผิด", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);
  id = sajja_ledger_reverse (db, feb, period (2024, 2), "2024-02-21", "test", "อีกครั้ง", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);
  id = sajja_ledger_reverse (db, 999999, period (2024, 2), "2024-02-21", "test", "ไม่มี", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A correction of a closed month goes into the open month; the closed month stays as it was. */
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 1), "test", &error));
  g_assert_no_error (error);
  id = sajja_ledger_reverse (db, jan, period (2024, 1), "2024-03-05", "test", "แก้", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED);
  g_clear_error (&error);
  id = sajja_ledger_reverse (db, jan, period (2024, 3), "2024-03-05", "test", "แก้ยอดเดือนมกราคม", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE period = '2024-01'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT sum (amount) FROM journal WHERE period = '2024-01'"), ==, 10000);
  entries = sajja_ledger_list_member (db, member_id, SAJJA_N_ACCOUNTS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  {
    SajjaEntry *last = g_ptr_array_index (entries, 3);
    SajjaEntry *first = g_ptr_array_index (entries, 0);

    g_assert_cmpint (last->id, ==, id);
    g_assert_cmpint (last->kind, ==, SAJJA_ENTRY_REVERSAL);
    g_assert_cmpint (last->reverses_id, ==, jan);
    g_assert_cmpint (last->amount, ==, -10000);
    g_assert_cmpint (last->period.year, ==, 2024);
    g_assert_cmpint (last->period.month, ==, 3);
    g_assert_cmpstr (last->note, ==, "แก้ยอดเดือนมกราคม");
    g_assert_cmpint (first->id, ==, jan);
    g_assert_true (first->reversed);
  }
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_PLEDGE), ==, 0);

  /* A deposit withdrawn since cannot be reversed into a balance below zero. */
  deposit = post_ok (db, group_id, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 50000, period (2024, 3), "2024-03-05");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_WITHDRAWAL, -40000, period (2024, 3), "2024-03-06");
  id = sajja_ledger_reverse (db, deposit, period (2024, 3), "2024-03-07", "test", "ฝากผิดคน", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 10000);

  /* A future day is refused for a reversal too. */
  id = sajja_ledger_reverse (db, deposit, period (2024, 3), "2999-03-07", "test", "ผิด", &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE);
  g_clear_error (&error);

  assert_verify_clean (db);
  close_ok (db);
}

/* sajja_db_verify() finds the books' problems the triggers cannot stop (rows written before a
 * trigger, or by another program with the triggers dropped). */
static void
test_verify_books (void)
{
  SajjaDb *db = new_db ("verify.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *u1 = sajja_uuid_new ();
  g_autofree char *u2 = sajja_uuid_new ();
  gint64 feb;

  feb = post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 2), "2024-02-20");
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 2), "test", &error));
  g_assert_no_error (error);
  assert_verify_clean (db);

  exec_ok (db, "DROP TRIGGER journal_reversal; DROP TRIGGER journal_closed_month");
  exec_ok (db, "UPDATE closed_months SET closed_on = '2024-03-01'");
  sql = g_strdup_printf ("INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                         "reverses_id, recorded_at) VALUES "
                         "('%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'pledge', 'reversal', -9000, "
                         "'2024-03', '2024-03-02', %" G_GINT64_FORMAT ", '2024-03-02T00:00:00Z'),"
                         "('%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'special', 'withdrawal', -100, "
                         "'2024-02', '2024-03-02', NULL, '2024-03-02T00:00:00Z')",
                         u1, group_id, member_id, feb, u2, group_id, member_id);
  exec_ok (db, sql);

  g_assert_false (sajja_db_verify (db, problems));
  g_assert_cmpuint (problems->len, ==, 3);
  close_ok (db);
}

/* ---- month close ------------------------------------------------------------------------ */

static void
test_close_month (void)
{
  SajjaDb *db = new_db ("close.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  g_autoptr(GError) error = NULL;
  GDate today;
  SajjaPeriod now, last;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  now = sajja_period_from_date (&today);

  g_assert_false (sajja_ledger_close_month (db, group_id, now, "test", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD);
  g_clear_error (&error);
  g_assert_false (sajja_ledger_close_month (db, group_id, sajja_period_add_months (now, 3), "test", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD);
  g_clear_error (&error);
  g_assert_false (sajja_ledger_last_closed (db, group_id, &last));

  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-01-20");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 2), "2024-02-20");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 3), "2024-03-20");

  /* Out of order: January and February hold entries and are open. */
  g_assert_false (sajja_ledger_close_month (db, group_id, period (2024, 3), "test", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD);
  g_clear_error (&error);
  g_assert_false (sajja_ledger_is_closed (db, group_id, period (2024, 3)));

  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 1), "test", &error));
  g_assert_no_error (error);
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 2), "test", &error));
  g_assert_no_error (error);
  /* Closing again is no change. */
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 2), "test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM closed_months"), ==, 2);
  g_assert_true (sajja_ledger_last_closed (db, group_id, &last));
  g_assert_cmpint (last.year, ==, 2024);
  g_assert_cmpint (last.month, ==, 2);
  g_assert_true (sajja_ledger_is_closed (db, group_id, period (2024, 2)));

  post_refused (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 500, period (2024, 2), "2024-03-20",
                SAJJA_LEDGER_ERROR_CLOSED);
  post_refused (db, group_id, member_id, SAJJA_ENTRY_FINE, 500, period (2024, 1), "2024-03-20",
                SAJJA_LEDGER_ERROR_CLOSED);
  post_ok (db, group_id, member_id, SAJJA_ENTRY_FINE, 500, period (2024, 3), "2024-03-20");

  assert_verify_clean (db);
  close_ok (db);
}

/* ---- receipts --------------------------------------------------------------------------- */

static void
test_receipts (void)
{
  SajjaDb *db = new_db ("receipts.db");
  gint64 g1 = add_group (db, "กลุ่มหนึ่ง");
  gint64 g2 = add_group (db, "กลุ่มสอง");
  gint64 m1 = add_member (db, g1, 1, "2024-01-15", 2);
  gint64 m2 = add_member (db, g2, 1, "2024-01-15", 2);
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_cmpint (sajja_ledger_next_receipt (db, g1), ==, 1);
  for (gint64 n = 1; n <= 3; n++)
    {
      id = sajja_ledger_new_receipt (db, g1, m1, "2024-02-01", 0, 0, &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      g_assert_cmpint (sajja_db_query_int_params (db, "SELECT number FROM receipts WHERE id = ?1", 0, 1, id), ==, n);
    }
  g_assert_cmpint (sajja_ledger_next_receipt (db, g2), ==, 1);
  id = sajja_ledger_new_receipt (db, g2, m2, "2024-02-01", 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_db_query_int_params (db, "SELECT number FROM receipts WHERE id = ?1", 0, 1, id), ==, 1);
  g_assert_cmpint (sajja_ledger_next_receipt (db, g1), ==, 4);

  id = sajja_ledger_new_receipt (db, g1, m1, "2024-02-01", 2, 0, &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_RECEIPT);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);

  id = sajja_ledger_new_receipt (db, g1, m1, "2024-02-01", 10, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_ledger_next_receipt (db, g1), ==, 11);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM receipts"), ==, 5);

  close_ok (db);
}

/* ---- expected pledge and arrears -------------------------------------------------------- */

static void
test_arrears (void)
{
  SajjaDb *db = new_db ("arrears.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  gint64 other = add_member (db, group_id, 2, "2024-01-15", 2);
  gint64 leaver = add_member (db, group_id, 3, "2024-01-15", 2);
  g_autoptr(GError) error = NULL;
  SajjaArrears a;
  g_autofree char *sql = NULL;

  g_assert_cmpint (sajja_bylaw_rule_get_default (SAJJA_BYLAW_SHARE_VALUE), ==, 5000);
  g_assert_cmpint (sajja_bylaw_rule_get_default (SAJJA_BYLAW_LATE_FINE), ==, 500);

  g_assert_cmpint (sajja_ledger_expected_pledge (db, member_id, period (2023, 12)), ==, 0);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, member_id, period (2024, 1)), ==, 10000);

  g_assert_true (sajja_ledger_arrears (db, member_id, period (2000, 1), period (2024, 6), &a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (a.months, ==, 6);
  g_assert_cmpint (a.amount, ==, 60000);
  g_assert_cmpint (a.fines, ==, 5 * 500);
  g_assert_cmpint (a.first.year, ==, 2024);
  g_assert_cmpint (a.first.month, ==, 1);

  /* Fines paid come off; a month paid in part stays short by the rest. */
  post_ok (db, group_id, member_id, SAJJA_ENTRY_FINE, 1000, period (2024, 6), "2024-06-10");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 4000, period (2024, 3), "2024-06-10");
  g_assert_true (sajja_ledger_arrears (db, member_id, period (2000, 1), period (2024, 6), &a, &error));
  g_assert_cmpuint (a.months, ==, 6);
  g_assert_cmpint (a.amount, ==, 56000);
  g_assert_cmpint (a.fines, ==, 5 * 500 - 1000);
  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2024, 1), "2024-06-10");
  g_assert_true (sajja_ledger_arrears (db, member_id, period (2000, 1), period (2024, 6), &a, &error));
  g_assert_cmpuint (a.months, ==, 5);
  g_assert_cmpint (a.amount, ==, 46000);
  g_assert_cmpint (a.fines, ==, 4 * 500 - 1000);
  g_assert_cmpint (a.first.month, ==, 2);

  /* The share value changes from 15 April 2024: April is the first month at 100 baht. */
  g_assert_true (sajja_bylaw_set (db, group_id, SAJJA_BYLAW_SHARE_VALUE, 10000, "2024-04-15", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, other, period (2024, 3)), ==, 10000);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, other, period (2024, 4)), ==, 20000);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, other, period (2024, 6)), ==, 20000);
  g_assert_true (sajja_ledger_arrears (db, other, period (2000, 1), period (2024, 6), &a, &error));
  g_assert_cmpuint (a.months, ==, 6);
  g_assert_cmpint (a.amount, ==, 3 * 10000 + 3 * 20000);

  /* A change of shares from 2 May 2024 likewise. */
  set_shares (db, other, 5, "2024-05-02");
  g_assert_cmpint (sajja_ledger_expected_pledge (db, other, period (2024, 4)), ==, 20000);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, other, period (2024, 5)), ==, 50000);

  /* A member who resigned on 10 March owes nothing from then on. */
  sql = g_strdup_printf ("UPDATE members SET status = 'resigned', status_date = '2024-03-10' WHERE id = %"
                         G_GINT64_FORMAT, leaver);
  exec_ok (db, sql);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, leaver, period (2024, 2)), ==, 10000);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, leaver, period (2024, 4)), ==, 0);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, leaver, period (2025, 1)), ==, 0);
  g_assert_true (sajja_ledger_arrears (db, leaver, period (2024, 4), period (2025, 6), &a, &error));
  g_assert_cmpuint (a.months, ==, 0);
  g_assert_cmpint (a.amount, ==, 0);
  g_assert_cmpint (a.fines, ==, 0);

  g_assert_false (sajja_ledger_arrears (db, 987654, period (2024, 1), period (2024, 6), &a, &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND);

  close_ok (db);
}

/* ---- savings day ------------------------------------------------------------------------ */

typedef struct
{
  gint64 journal, receipts, days;
} Counts;

static Counts
counts (SajjaDb *db)
{
  return (Counts) { query_int (db, "SELECT count(*) FROM journal"), query_int (db, "SELECT count(*) FROM receipts"),
                    query_int (db, "SELECT count(*) FROM savings_days") };
}

static void
assert_refused_line (SajjaDb         *db,
                     SajjaSavingsDay *day,
                     guint            line)
{
  g_autoptr(GError) error = NULL;
  Counts before = counts (db), after;
  guint n = sajja_savings_day_post (day, db, "test", &error);

  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (sajja_savings_day_get_error_line (day), ==, line);
  g_assert_cmpint (sajja_savings_day_get_posted_id (day), ==, 0);
  after = counts (db);
  g_assert_cmpint (after.journal, ==, before.journal);
  g_assert_cmpint (after.receipts, ==, before.receipts);
  g_assert_cmpint (after.days, ==, before.days);
}

static void
test_savings_day (void)
{
  SajjaDb *db = new_db ("day.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 ids[5];
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  SajjaSavingsLine *line;
  g_autofree char *sql = NULL;
  gint64 values[] = { 100000, 2000, 500 };
  guint cnt[] = { 1, 3, 1 };
  guint n;

  /* Numbers out of joining order, one who has left, one who joins after the day. */
  ids[0] = add_member (db, group_id, 3, "2024-01-15", 2);
  ids[1] = add_member (db, group_id, 1, "2024-01-10", 1);
  ids[2] = add_member (db, group_id, 2, "2024-05-02", 3);
  ids[3] = add_member (db, group_id, 4, "2024-01-10", 1);
  ids[4] = add_member (db, group_id, 5, "2024-07-01", 1);
  sql = g_strdup_printf ("UPDATE members SET status = 'resigned', status_date = '2024-04-01' WHERE id = %"
                         G_GINT64_FORMAT, ids[3]);
  exec_ok (db, sql);
  /* Member 1 paid January to April. */
  for (int m = 1; m <= 4; m++)
    {
      g_autofree char *d = g_strdup_printf ("2024-%02d-20", m);

      post_ok (db, group_id, ids[1], SAJJA_ENTRY_PLEDGE, 5000, period (2024, m), d);
    }

  day = sajja_savings_day_new (db, group_id, "2024-06-20", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sajja_savings_day_get_day (day), ==, "2024-06-20");
  g_assert_cmpint (sajja_savings_day_get_period (day).month, ==, 6);
  g_assert_cmpuint (sajja_savings_day_get_n_lines (day), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (sajja_savings_day_get_line (day, i)->member_no, ==, (int) i + 1);
  g_assert_null (sajja_savings_day_find_member (day, 4));
  g_assert_null (sajja_savings_day_find_member (day, 5));

  line = sajja_savings_day_find_member (day, 1);
  g_assert_cmpint (line->member_id, ==, ids[1]);
  g_assert_cmpint (line->expected, ==, 5000);
  g_assert_cmpint (line->pledge, ==, 5000);
  g_assert_cmpuint (line->arrears.months, ==, 1);          /* May */
  g_assert_cmpint (line->arrears.amount, ==, 5000);
  line = sajja_savings_day_find_member (day, 2);
  g_assert_cmpint (line->expected, ==, 15000);
  g_assert_cmpuint (line->arrears.months, ==, 1);
  g_assert_cmpint (line->arrears.amount, ==, 15000);
  g_assert_cmpint (line->arrears.fines, ==, 0);
  line = sajja_savings_day_find_member (day, 3);
  g_assert_cmpint (line->expected, ==, 10000);
  g_assert_cmpuint (line->arrears.months, ==, 5);          /* January to May */
  g_assert_cmpint (line->arrears.amount, ==, 50000);
  g_assert_cmpint (line->arrears.fines, ==, 4 * 500);

  /* Refused, with the line and nothing written: more than owed, negative, a fine above due. */
  line = sajja_savings_day_find_member (day, 3);
  line->pledge = 60001;
  assert_refused_line (db, day, 2);
  line->pledge = 10000;
  line = sajja_savings_day_find_member (day, 2);
  line->special = -1;
  assert_refused_line (db, day, 1);
  line->special = 0;
  line = sajja_savings_day_find_member (day, 1);
  line->fine = 1;
  assert_refused_line (db, day, 0);
  line->fine = 0;
  line = sajja_savings_day_find_member (day, 3);
  line->fine = 2001;
  assert_refused_line (db, day, 2);

  /* Member 3 pays June and 25,000 toward arrears (January, February, half of March) and two
   * fines; member 2 pays nothing; member 1 pays June and a special deposit. */
  line->pledge = 35000;
  line->fine = 1000;
  sajja_savings_day_find_member (day, 2)->pledge = 0;
  sajja_savings_day_find_member (day, 1)->special = 20000;
  g_assert_cmpint (sajja_savings_day_total_pledge (day), ==, 40000);
  g_assert_cmpint (sajja_savings_day_total_special (day), ==, 20000);
  g_assert_cmpint (sajja_savings_day_total_fines (day), ==, 1000);
  g_assert_cmpint (sajja_savings_day_total (day), ==, 61000);
  g_assert_cmpint (sajja_savings_day_get_cash_counted (day), ==, -1);
  sajja_savings_day_set_cash_count (day, values, cnt, G_N_ELEMENTS (values));
  g_assert_cmpint (sajja_savings_day_get_cash_counted (day), ==, 106500);

  g_assert_cmpint (sajja_savings_day_get_posted_id (day), ==, 0);
  n = sajja_savings_day_post (day, db, "เหรัญญิก", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (sajja_savings_day_get_error_line (day), ==, G_MAXUINT);
  g_assert_cmpint (sajja_savings_day_get_posted_id (day), ==, query_int (db, "SELECT id FROM savings_days"));

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM savings_days"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT cash_expected FROM savings_days"), ==, 61000);
  g_assert_cmpint (query_int (db, "SELECT cash_counted FROM savings_days"), ==, 106500);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM savings_days WHERE denominations = '100000x1,2000x3,500x1'"),
                   ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM receipts WHERE day_id = (SELECT id FROM savings_days)"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT min (number) * 10 + max (number) FROM receipts"), ==, 12);

  /* Member 3: June first, then the oldest months. */
  {
    g_autofree char *q = g_strdup_printf ("SELECT group_concat (period || ':' || amount, ' ') FROM (SELECT period, amount "
                                          "FROM journal WHERE member_id = %" G_GINT64_FORMAT
                                          " AND kind = 'pledge' ORDER BY id)", ids[0]);
    sqlite3_stmt *stmt = sajja_db_prepare (db, q, &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==,
                     "2024-06:10000 2024-01:10000 2024-02:10000 2024-03:5000");
    sqlite3_reset (stmt);
  }
  g_assert_cmpint (sum_sql (db, ids[0], "fines"), ==, 1000);
  g_assert_cmpint (sum_sql (db, ids[2], "pledge"), ==, 0);
  g_assert_cmpint (sum_sql (db, ids[1], "special"), ==, 20000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE paid_on = '2024-06-20' AND receipt_id IS NULL"),
                   ==, 0);

  {
    SajjaArrears a;

    g_assert_true (sajja_ledger_arrears (db, ids[0], period (2000, 1), period (2024, 5), &a, &error));
    g_assert_cmpuint (a.months, ==, 3);
    g_assert_cmpint (a.amount, ==, 25000);
  }

  assert_verify_clean (db);
  close_ok (db);
}

/* A pledge toward a closed month's arrears cannot be written into that month: refused, keeping
 * the month's code, and nothing written. */
static void
test_savings_day_closed (void)
{
  SajjaDb *db = new_db ("day-closed.db");
  gint64 group_id = add_group (db, "กลุ่มหนึ่ง");
  gint64 a = add_member (db, group_id, 1, "2024-01-10", 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  Counts before;

  add_member (db, group_id, 2, "2024-01-10", 1);
  post_ok (db, group_id, a, SAJJA_ENTRY_PLEDGE, 5000, period (2024, 1), "2024-01-20");
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2024, 1), "test", &error));
  g_assert_no_error (error);

  day = sajja_savings_day_new (db, group_id, "2024-02-20", &error);
  g_assert_no_error (error);
  sajja_savings_day_find_member (day, 2)->pledge = 10000;   /* February and the closed January */
  before = counts (db);
  g_assert_cmpuint (sajja_savings_day_post (day, db, "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_assert_cmpuint (sajja_savings_day_get_error_line (day), ==, 1);
  g_assert_cmpint (counts (db).journal, ==, before.journal);
  g_assert_cmpint (counts (db).receipts, ==, before.receipts);
  g_assert_cmpint (counts (db).days, ==, before.days);
  g_clear_error (&error);

  sajja_savings_day_find_member (day, 2)->pledge = 5000;
  g_assert_cmpuint (sajja_savings_day_post (day, db, "test", &error), ==, 2);
  g_assert_no_error (error);

  close_ok (db);
}

/* ---- crash safety ----------------------------------------------------------------------- */

#define CRASH_ITERATIONS 30
#define CRASH_DAY "2026-06-25"

static gpointer
kill_later (gpointer data)
{
  g_usleep (GPOINTER_TO_UINT (data));
  raise (SIGKILL);
  return NULL;
}

static void
make_crash_db (const char *path)
{
  g_autoptr(GError) error = NULL;
  SajjaDemoOptions options;
  SajjaDb *db;

  g_unlink (path);
  db = open_ok (path);
  sajja_demo_options_init (&options);
  options.n_groups = 1;
  options.n_members = 150;
  options.n_months = 0;
  g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  close_ok (db);
}

static void
test_crash_child (void)
{
  const char *path = g_getenv ("SAJJA_TEST_CRASH_DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  SajjaDb *db;

  g_assert_nonnull (path);
  db = open_ok (path);
  day = sajja_savings_day_new (db, 1, CRASH_DAY, &error);
  g_assert_no_error (error);

  g_thread_unref (g_thread_new ("killer", kill_later,
                                GUINT_TO_POINTER ((guint) g_random_int_range (0, 30) * 1000)));
  sajja_savings_day_post (day, db, "test", &error);
  g_assert_no_error (error);
  /* Done before the kill: wait for it, as a crash after the commit. */
  g_usleep (G_USEC_PER_SEC);
}

static void
test_crash (void)
{
  g_autofree char *path = test_path ("crash.db");
  guint all = 0, none = 0;

  if (g_test_subprocess ())
    {
      test_crash_child ();
      return;
    }

  g_setenv ("SAJJA_TEST_CRASH_DB", path, TRUE);
  for (guint iteration = 0; iteration < CRASH_ITERATIONS; iteration++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SajjaSavingsDay) day = NULL;
      gint64 expected_rows = 0, expected_receipts = 0, rows, receipts, days;
      SajjaDb *db;

      make_crash_db (path);

      /* What the whole day writes: a pledge row and a receipt a member who owes this month. */
      db = open_ok (path);
      day = sajja_savings_day_new (db, 1, CRASH_DAY, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < sajja_savings_day_get_n_lines (day); i++)
        if (sajja_savings_day_get_line (day, i)->pledge > 0)
          {
            expected_rows++;
            expected_receipts++;
          }
      g_assert_cmpint (expected_rows, >, 100);
      close_ok (db);

      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);

      db = open_ok (path);   /* runs the integrity check */
      rows = query_int (db, "SELECT count(*) FROM journal WHERE paid_on = '" CRASH_DAY "'");
      receipts = query_int (db, "SELECT count(*) FROM receipts WHERE paid_on = '" CRASH_DAY "'");
      days = query_int (db, "SELECT count(*) FROM savings_days");
      if (rows == 0)
        {
          g_assert_cmpint (receipts, ==, 0);
          g_assert_cmpint (days, ==, 0);
          none++;
        }
      else
        {
          g_assert_cmpint (rows, ==, expected_rows);
          g_assert_cmpint (receipts, ==, expected_receipts);
          g_assert_cmpint (days, ==, 1);
          all++;
        }
      assert_verify_clean (db);
      close_ok (db);
    }
  g_unsetenv ("SAJJA_TEST_CRASH_DB");

  g_test_message ("killed during the savings day %u times: %u left all of it, %u none", CRASH_ITERATIONS, all, none);
  g_assert_cmpuint (all + none, ==, CRASH_ITERATIONS);
}

/* Months before the group's books in Sajja began were kept on paper: not owed. */
static void
test_books_from (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("books-from.sajja");
  gint64 group_id = add_group (db, "กลุ่มเริ่มบัญชี");
  gint64 member_id = add_member (db, group_id, 1, "2024-01-15", 2);
  SajjaArrears arrears;
  g_autofree char *sql = NULL;

  g_assert_true (sajja_ledger_arrears (db, member_id, period (2024, 1), period (2024, 6), &arrears, &error));
  g_assert_cmpuint (arrears.months, ==, 6);

  sql = g_strdup_printf ("UPDATE groups SET books_from = '2024-04' WHERE id = %" G_GINT64_FORMAT, group_id);
  exec_ok (db, sql);
  g_assert_true (sajja_ledger_arrears (db, member_id, period (2024, 1), period (2024, 6), &arrears, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (arrears.months, ==, 3);
  g_assert_cmpint (arrears.amount, ==, 30000);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, member_id, period (2024, 3)), ==, 0);
  g_assert_cmpint (sajja_ledger_expected_pledge (db, member_id, period (2024, 4)), ==, 10000);

  close_ok (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ledger/triggers", test_triggers);
  g_test_add_func ("/ledger/post/refusals", test_post_refusals);
  g_test_add_func ("/ledger/post/balances", test_balances);
  g_test_add_func ("/ledger/reversals", test_reversals);
  g_test_add_func ("/ledger/verify", test_verify_books);
  g_test_add_func ("/ledger/close-month", test_close_month);
  g_test_add_func ("/ledger/receipts", test_receipts);
  g_test_add_func ("/ledger/arrears", test_arrears);
  g_test_add_func ("/ledger/savings-day", test_savings_day);
  g_test_add_func ("/ledger/savings-day/closed-arrears", test_savings_day_closed);
  g_test_add_func ("/ledger/savings-day/crash", test_crash);
  g_test_add_func ("/ledger/books-from", test_books_from);

  return g_test_run ();
}
