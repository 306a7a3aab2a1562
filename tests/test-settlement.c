/* test-settlement.c: tests for a member leaving the group and withdrawals of special
 * deposits (sajja-settlement.c) on real SQLite files in a throwaway folder.
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
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-test-store.h"
#include "sajja-member.h"
#include "sajja-settlement.h"
#include "sajja-uuid.h"

/* ---- helpers ---------------------------------------------------------------------------- */










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

static SajjaMember *
find_ok (SajjaDb *db,
         gint64   member_id)
{
  g_autoptr(GError) error = NULL;
  SajjaMember *member = sajja_member_find_by_id (db, member_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (member);
  return member;
}

typedef struct
{
  gint64 entries;
  gint64 receipts;
  gint64 actions;
} Counts;

static Counts
counts (SajjaDb *db)
{
  return (Counts) {
    query_int (db, "SELECT count(*) FROM journal"),
    query_int (db, "SELECT count(*) FROM receipts"),
    query_int (db, "SELECT count(*) FROM action_log"),
  };
}

static void
assert_counts_equal (Counts a,
                     Counts b)
{
  g_assert_cmpint (a.entries, ==, b.entries);
  g_assert_cmpint (a.receipts, ==, b.receipts);
  g_assert_cmpint (a.actions, ==, b.actions);
}

/* A group with one member who joined in January 2025 with 2 shares, holding 300 baht of pledged
 * savings and 500 baht of special deposits from February. */
static gint64
setup (SajjaDb *db,
       gint64  *out_group)
{
  gint64 group_id = add_group (db, "กลุ่มทดสอบ");
  gint64 member_id = add_member (db, group_id, 1, "2025-01-15", 2);

  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 10000, period (2025, 2), "2025-02-05");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_PLEDGE, 20000, period (2025, 3), "2025-03-05");
  post_ok (db, group_id, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 50000, period (2025, 2), "2025-02-05");
  *out_group = group_id;
  return member_id;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_compute (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("compute.sajja");
  SajjaSettlement s = { -1, -1, -1, -1 };
  gint64 group_id;
  gint64 member_id = setup (db, &group_id);

  g_assert_true (sajja_settlement_compute (db, member_id, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s.pledge, ==, 30000);
  g_assert_cmpint (s.special, ==, 50000);
  g_assert_cmpint (s.debts, ==, 0);
  g_assert_cmpint (s.payout, ==, 80000);

  /* A member that does not exist. */
  g_assert_false (sajja_settlement_compute (db, 9999, &s, &error));
  g_assert_nonnull (error);

  close_ok (db);
}

static void
test_pay (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(SajjaMember) again = NULL;
  SajjaDb *db = new_db ("pay.sajja");
  gint64 group_id;
  gint64 member_id = setup (db, &group_id);
  Counts before = counts (db);
  SajjaSettlement s;

  member = find_ok (db, member_id);
  g_assert_true (sajja_settlement_pay (db, member, SAJJA_MEMBER_RESIGNED, "2025-06-10", "ย้ายบ้าน", "test", &error));
  g_assert_no_error (error);

  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_PLEDGE), ==, 0);
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 0);
  g_assert_cmpint (sum_sql (db, member_id, "pledge"), ==, 0);
  g_assert_cmpint (sum_sql (db, member_id, "special"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE kind = 'settlement' AND amount = -30000 "
                                  "AND period = '2025-06' AND paid_on = '2025-06-10'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE kind = 'withdrawal' AND amount = -50000 "
                                  "AND period = '2025-06'"), ==, 1);
  g_assert_cmpint (counts (db).entries, ==, before.entries + 2);
  g_assert_cmpint (counts (db).receipts, ==, before.receipts + 1);
  /* Both entries on the one receipt. */
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT receipt_id) FROM journal WHERE period = '2025-06' "
                                  "AND receipt_id IS NOT NULL"), ==, 1);

  g_assert_cmpint (sajja_member_get_status (member), ==, SAJJA_MEMBER_RESIGNED);
  again = find_ok (db, member_id);
  g_assert_cmpint (sajja_member_get_status (again), ==, SAJJA_MEMBER_RESIGNED);
  g_assert_cmpstr (sajja_member_get_status_date (again), ==, "2025-06-10");
  g_assert_cmpstr (sajja_member_get_status_reason (again), ==, "ย้ายบ้าน");

  g_assert_true (sajja_settlement_compute (db, member_id, &s, &error));
  g_assert_cmpint (s.payout, ==, 0);

  /* Leaving twice is refused. */
  before = counts (db);
  g_assert_false (sajja_settlement_pay (db, again, SAJJA_MEMBER_EXPELLED, "2025-06-11", "", "test", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER);
  g_clear_error (&error);
  assert_counts_equal (before, counts (db));
  g_assert_cmpint (sajja_member_get_status (again), ==, SAJJA_MEMBER_RESIGNED);

  close_ok (db);
}

/* A member with nothing saved still leaves: the status is set, and no entry or receipt is
 * written. */
static void
test_pay_zero (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(SajjaMember) again = NULL;
  SajjaDb *db = new_db ("zero.sajja");
  gint64 group_id = add_group (db, "กลุ่มทดสอบ");
  gint64 member_id = add_member (db, group_id, 1, "2025-01-15", 1);
  Counts before = counts (db);

  member = find_ok (db, member_id);
  g_assert_true (sajja_settlement_pay (db, member, SAJJA_MEMBER_DECEASED, "2025-03-01", "", "test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts (db).entries, ==, before.entries);
  g_assert_cmpint (counts (db).receipts, ==, before.receipts);
  again = find_ok (db, member_id);
  g_assert_cmpint (sajja_member_get_status (again), ==, SAJJA_MEMBER_DECEASED);
  g_assert_cmpstr (sajja_member_get_status_date (again), ==, "2025-03-01");

  close_ok (db);
}

static void
pay_refused (SajjaDb           *db,
             gint64             member_id,
             SajjaMemberStatus  status,
             const char        *date,
             GQuark             domain,
             int                code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = find_ok (db, member_id);
  g_autoptr(SajjaMember) again = NULL;
  Counts before = counts (db);

  g_assert_false (sajja_settlement_pay (db, member, status, date, "x", "test", &error));
  g_assert_error (error, domain, code);
  g_assert_nonnull (error->message);
  assert_counts_equal (before, counts (db));
  /* Neither the object nor the database changed status. */
  g_assert_cmpint (sajja_member_get_status (member), ==, SAJJA_MEMBER_ACTIVE);
  again = find_ok (db, member_id);
  g_assert_cmpint (sajja_member_get_status (again), ==, SAJJA_MEMBER_ACTIVE);
}

static void
test_pay_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 3);
  g_autofree char *tomorrow = g_date_time_format (later, "%Y-%m-%d");
  SajjaDb *db = new_db ("refused.sajja");
  gint64 group_id;
  gint64 member_id = setup (db, &group_id);

  pay_refused (db, member_id, SAJJA_MEMBER_ACTIVE, "2025-06-10", SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_STATUS);
  pay_refused (db, member_id, SAJJA_MEMBER_RESIGNED, tomorrow, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE);
  pay_refused (db, member_id, SAJJA_MEMBER_RESIGNED, "2024-12-31", SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE);
  pay_refused (db, member_id, SAJJA_MEMBER_RESIGNED, "not a day", SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE);
  pay_refused (db, member_id, SAJJA_MEMBER_RESIGNED, NULL, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE);

  g_assert_true (sajja_ledger_close_month (db, group_id, period (2025, 2), "test", &error));
  g_assert_no_error (error);
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2025, 3), "test", &error));
  g_assert_no_error (error);
  pay_refused (db, member_id, SAJJA_MEMBER_RESIGNED, "2025-03-20", SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED);

  /* Still whole: an open month works afterwards. */
  {
    g_autoptr(SajjaMember) member = find_ok (db, member_id);

    g_assert_true (sajja_settlement_pay (db, member, SAJJA_MEMBER_EXPELLED, "2025-04-02", "", "test", &error));
    g_assert_no_error (error);
    g_assert_cmpint (sum_sql (db, member_id, "pledge"), ==, 0);
    g_assert_cmpint (sum_sql (db, member_id, "special"), ==, 0);
  }

  close_ok (db);
}

/* A failure inside the transaction (the member's save refused) leaves nothing behind, also
 * inside a caller's transaction. */
static void
test_pay_rollback (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  SajjaDb *db = new_db ("rollback.sajja");
  gint64 group_id;
  gint64 member_id = setup (db, &group_id);
  Counts before = counts (db);

  member = find_ok (db, member_id);
  sajja_member_set_given_name (member, "");   /* the save refuses a member without a name */
  g_assert_false (sajja_settlement_pay (db, member, SAJJA_MEMBER_RESIGNED, "2025-06-10", "", "test", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_counts_equal (before, counts (db));
  g_assert_cmpint (sajja_member_get_status (member), ==, SAJJA_MEMBER_ACTIVE);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM members WHERE status = 'active'"), ==, 1);

  g_assert_true (sajja_db_begin (db, &error));
  g_assert_false (sajja_settlement_pay (db, member, SAJJA_MEMBER_RESIGNED, "2025-06-10", "", "test", &error));
  g_clear_error (&error);
  g_assert_true (sajja_db_commit (db, &error));
  g_assert_no_error (error);
  assert_counts_equal (before, counts (db));

  close_ok (db);
}

static void
test_withdraw (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  SajjaDb *db = new_db ("withdraw.sajja");
  gint64 group_id;
  gint64 member_id = setup (db, &group_id);
  gint64 next = sajja_ledger_next_receipt (db, group_id);
  gint64 number;
  Counts before;

  number = sajja_special_withdraw (db, member_id, 20000, "2025-04-01", "test", &error);
  g_assert_no_error (error);
  g_assert_cmpint (number, ==, next);
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 30000);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal j JOIN receipts r ON r.id = j.receipt_id "
                                  "WHERE j.kind = 'withdrawal' AND j.amount = -20000 AND j.period = '2025-04'"), ==, 1);

  /* More than the balance, nothing, a bad day: refused, nothing written. */
  before = counts (db);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 30001, "2025-04-01", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE);
  g_clear_error (&error);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 0, "2025-04-01", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, -100, "2025-04-01", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 100, "2024-01-01", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE);
  g_clear_error (&error);
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2025, 2), "test", &error));
  g_assert_true (sajja_ledger_close_month (db, group_id, period (2025, 3), "test", &error));
  g_assert_no_error (error);
  before = counts (db);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 100, "2025-03-31", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED);
  g_clear_error (&error);
  assert_counts_equal (before, counts (db));

  /* The whole balance. */
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 30000, "2025-04-02", "test", &error), ==, next + 1);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 0);

  /* A member who has left cannot withdraw. */
  post_ok (db, group_id, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 1000, period (2025, 4), "2025-04-03");
  member = find_ok (db, member_id);
  sajja_member_set_status (member, SAJJA_MEMBER_RESIGNED, "2025-04-04", "");
  g_assert_true (sajja_member_save (member, db, &error));
  g_assert_no_error (error);
  before = counts (db);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 1000, "2025-04-05", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER);
  g_clear_error (&error);
  assert_counts_equal (before, counts (db));

  close_ok (db);
}

/* The by-laws' rules for special deposits: what stays in, and withdrawals a month. */
static void
test_withdraw_rules (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("withdraw-rules.sajja");
  gint64 group_id;
  gint64 member_id = setup (db, &group_id);
  gint64 journal_before;

  g_assert_true (sajja_bylaw_set (db, group_id, SAJJA_BYLAW_SPECIAL_MIN_BALANCE, 10000, "2025-01-01", NULL, &error));
  g_assert_true (sajja_bylaw_set (db, group_id, SAJJA_BYLAW_WITHDRAWALS_PER_MONTH, 1, "2025-01-01", NULL, &error));
  g_assert_no_error (error);
  journal_before = query_int (db, "SELECT count(*) FROM journal");

  /* 500 baht in, 100 must stay: 400.01 is refused, 400 is fine. */
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 40001, "2025-04-01", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal"), ==, journal_before);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 20000, "2025-04-01", "test", &error), >, 0);
  g_assert_no_error (error);

  /* One withdrawal a month: a second in April is refused, May is fine. */
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 100, "2025-04-20", "test", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (sajja_special_withdraw (db, member_id, 100, "2025-05-02", "test", &error), >, 0);
  g_assert_no_error (error);

  close_ok (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/settlement/compute", test_compute);
  g_test_add_func ("/settlement/pay", test_pay);
  g_test_add_func ("/settlement/pay/zero", test_pay_zero);
  g_test_add_func ("/settlement/pay/refused", test_pay_refused);
  g_test_add_func ("/settlement/pay/rollback", test_pay_rollback);
  g_test_add_func ("/settlement/withdraw", test_withdraw);
  g_test_add_func ("/settlement/withdraw/by-law-rules", test_withdraw_rules);

  return g_test_run ();
}
