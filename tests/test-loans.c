/* test-loans.c: the life of a loan (sajja-loan.c) on real SQLite files: products under the
 * law, application checks, approval, disbursement into the journal, repayments allocated fines
 * → interest → principal, payoff, arrears as of past days, rescheduling, write-off, and the
 * journal's upgrade to loans. */
#include <glib.h>
#include <sqlite3.h>
#include <string.h>

#include "sajja-bank.h"
#include "sajja-db-private.h"
#include "sajja-db.h"
#include "sajja-ledger.h"
#include "sajja-loan.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-savings-day.h"
#include "sajja-settlement.h"
#include "sajja-test-store.h"

typedef struct
{
  SajjaDb *db;
  gint64 group_id;
  gint64 borrower;   /* member 1, married to member 2 */
  gint64 spouse;
  gint64 g1, g2, g3;
  gint64 product;    /* สามัญ: 1% a month, declining, 2 guarantors, each at most 2 loans */
} Fixture;

static gint64
save_product (SajjaDb          *db,
              gint64            group_id,
              SajjaLoanProduct *p)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sajja_loan_product_save (db, group_id, p, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static SajjaLoanProduct
ordinary_product (void)
{
  return (SajjaLoanProduct) {
    .name = (char *) "สามัญ",
    .effective_from = (char *) "2020-01-01",
    .purpose = (char *) "ทั่วไป",
    .ceiling = 5000000,
    .max_months = 24,
    .rate = { 100, SAJJA_RATE_PER_MONTH },
    .method = SAJJA_LOAN_METHOD_DECLINING,
    .guarantors = 2,
    .guarantor_max_loans = 2,
    .late_fine_bp = 300,
  };
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SajjaLoanProduct p = ordinary_product ();

  f->db = new_db ("loans.db");
  f->group_id = add_group (f->db, "กลุ่มทดสอบเงินกู้");
  f->borrower = add_member (f->db, f->group_id, 1, "2026-01-01", 4);
  f->spouse = add_member (f->db, f->group_id, 2, "2026-01-01", 2);
  f->g1 = add_member (f->db, f->group_id, 3, "2026-01-01", 2);
  f->g2 = add_member (f->db, f->group_id, 4, "2026-01-01", 2);
  f->g3 = add_member (f->db, f->group_id, 5, "2026-01-01", 2);
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE members SET spouse_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                                            f->spouse, f->borrower);
    exec_ok (f->db, sql);
  }
  /* Everyone's pledges paid for January, and money in the box to lend. */
  post_ok (f->db, f->group_id, f->borrower, SAJJA_ENTRY_PLEDGE, 20000, period (2026, 1), "2026-01-02");
  post_ok (f->db, f->group_id, f->spouse, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 1), "2026-01-02");
  post_ok (f->db, f->group_id, f->g1, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 1), "2026-01-02");
  post_ok (f->db, f->group_id, f->g2, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 1), "2026-01-02");
  post_ok (f->db, f->group_id, f->g3, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 1), "2026-01-02");
  post_ok (f->db, f->group_id, f->g3, SAJJA_ENTRY_SPECIAL_DEPOSIT, 10000000, period (2026, 1), "2026-01-02");
  f->product = save_product (f->db, f->group_id, &p);
}

/* The tampering test's books are wrong on purpose. */
static void
fixture_close (Fixture       *f,
               gconstpointer  data)
{
  close_ok (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Every scenario leaves books whose loans agree with their entries. */
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  if (!sajja_db_verify (f->db, problems))
    for (guint i = 0; i < problems->len; i++)
      g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  close_ok (f->db);
}

static gint64
apply_ok (Fixture     *f,
          gint64       member,
          gint64       amount,
          guint        months,
          const char  *day,
          gint64       ga,
          gint64       gb)
{
  g_autoptr(GError) error = NULL;
  gint64 guarantors[] = { ga, gb };
  SajjaLoanApplication app = { member, f->product, day, amount, months, "ซื้อพันธุ์ข้าว", guarantors, 2 };
  gint64 id = sajja_loan_apply (f->db, f->group_id, &app, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Applied, approved and paid out on the days given; the first instalment a month later. */
static gint64
loan_out (Fixture    *f,
          gint64      member,
          gint64      amount,
          guint       months,
          const char *applied,
          const char *paid_out,
          gint64      ga,
          gint64      gb)
{
  g_autoptr(GError) error = NULL;
  gint64 id = apply_ok (f, member, amount, months, applied, ga, gb);

  g_assert_true (sajja_loan_approve (f->db, id, applied, "ประธาน", "มติที่ประชุม 1/2569", &error));
  g_assert_no_error (error);
  g_assert_true (sajja_loan_disburse (f->db, id, paid_out, NULL, "เหรัญญิก", &error));
  g_assert_no_error (error);
  return id;
}

static SajjaLoanPosition
position (Fixture    *f,
          gint64      loan_id,
          const char *day)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanPosition pos;

  g_assert_true (sajja_loan_position (f->db, loan_id, day, &pos, &error));
  g_assert_no_error (error);
  return pos;
}

static SajjaLoanAllocation
repay_ok (Fixture    *f,
          gint64      loan_id,
          gint64      amount,
          const char *day)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanAllocation a;

  g_assert_true (sajja_loan_repay (f->db, loan_id, amount, day, "เหรัญญิก", &a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a.fines + a.interest + a.principal, ==, amount);
  g_assert_cmpint (a.receipt_number, >, 0);
  return a;
}

/* ---- products and the law ------------------------------------------------------------ */

static void
test_product_usury (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanProduct p = ordinary_product ();
  g_autoptr(SajjaLoanProduct) got = NULL;
  gint64 before = query_int (f->db, "SELECT count(*) FROM loan_product_versions");

  /* 1.5% a month is 18% a year. */
  p.name = (char *) "ฉุกเฉิน";
  p.rate.bp = 150;
  g_assert_cmpint (sajja_loan_product_save (f->db, f->group_id, &p, &error), ==, 0);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY);
  g_assert_nonnull (strstr (error->message, "18.00%"));
  g_clear_error (&error);

  /* 1% a month flat over 12 months is 21.46%. */
  p.rate.bp = 100;
  p.method = SAJJA_LOAN_METHOD_FLAT;
  p.max_months = 12;
  g_assert_cmpint (sajja_loan_product_save (f->db, f->group_id, &p, &error), ==, 0);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY);
  g_clear_error (&error);

  /* 1% a month with a 5% late fine: 17% on an overdue instalment. */
  p.method = SAJJA_LOAN_METHOD_DECLINING;
  p.late_fine_bp = 500;
  g_assert_cmpint (sajja_loan_product_save (f->db, f->group_id, &p, &error), ==, 0);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM loan_product_versions"), ==, before);

  /* 1.25% a month on the declining balance is exactly the ceiling: allowed. */
  p.late_fine_bp = 0;
  p.rate.bp = 125;
  save_product (f->db, f->group_id, &p);

  /* A new version from a later day; the old one still rules the days before it. */
  p.product_id = f->product;
  p.name = (char *) "สามัญ";
  p.effective_from = (char *) "2026-06-01";
  p.rate.bp = 90;
  save_product (f->db, f->group_id, &p);
  got = sajja_loan_product_get (f->db, f->product, "2026-05-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (got->rate.bp, ==, 100);
  sajja_loan_product_free (g_steal_pointer (&got));
  got = sajja_loan_product_get (f->db, f->product, "2026-06-01", &error);
  g_assert_cmpint (got->rate.bp, ==, 90);
  sajja_loan_product_free (g_steal_pointer (&got));
  g_assert_null (sajja_loan_product_get (f->db, f->product, "2019-12-31", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND);
}

/* ---- checks ------------------------------------------------------------------------------ */

static SajjaLoanCheck *
find_check (GPtrArray          *checks,
            SajjaLoanCheckKind  kind,
            guint               nth)
{
  for (guint i = 0; i < checks->len; i++)
    {
      SajjaLoanCheck *c = g_ptr_array_index (checks, i);

      if (c->kind == kind && nth-- == 0)
        return c;
    }
  g_assert_not_reached ();
}

static void
test_checks (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gint64 spouse_and_one[] = { f->spouse, f->g1 };
  SajjaLoanApplication app = { f->borrower, f->product, "2026-02-01", 6000000, 30, "", spouse_and_one, 2 };
  gint64 effective = 0, loan;

  /* Too much, too long, the spouse as guarantor, February's pledge owed by 1 March. */
  app.applied_on = "2026-03-01";
  checks = sajja_loan_check_application (f->db, f->group_id, &app, &effective, &error);
  g_assert_no_error (error);
  g_assert_cmpint (effective, ==, 1200);
  g_assert_true (find_check (checks, SAJJA_LOAN_CHECK_USURY, 0)->passed);
  g_assert_false (find_check (checks, SAJJA_LOAN_CHECK_TERM, 0)->passed);
  g_assert_false (find_check (checks, SAJJA_LOAN_CHECK_CEILING, 0)->passed);
  g_assert_nonnull (strstr (find_check (checks, SAJJA_LOAN_CHECK_CEILING, 0)->detail, "60,000.00"));
  g_assert_false (find_check (checks, SAJJA_LOAN_CHECK_SAVINGS_ARREARS, 0)->passed);
  g_assert_true (find_check (checks, SAJJA_LOAN_CHECK_GUARANTORS, 0)->passed);
  g_assert_false (find_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, 0)->passed);  /* the spouse */
  g_assert_true (find_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, 1)->passed);
  g_assert_true (find_check (checks, SAJJA_LOAN_CHECK_CASH, 0)->passed);
  g_clear_pointer (&checks, g_ptr_array_unref);

  /* Recorded all the same for the committee; approval is refused, naming the first failure. */
  loan = sajja_loan_apply (f->db, f->group_id, &app, &error);
  g_assert_no_error (error);
  g_assert_false (sajja_loan_approve (f->db, loan, "2026-03-02", "ประธาน", "", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_CHECK);
  g_clear_error (&error);
  g_assert_true (sajja_loan_refuse (f->db, loan, "2026-03-02", "ประธาน", "ผู้ค้ำเป็นคู่สมรส", &error));
  g_assert_no_error (error);
  /* As of the day before the decision it was still an application; from that day, refused. */
  g_assert_cmpint (position (f, loan, "2026-03-01").status, ==, SAJJA_LOAN_APPLIED);
  g_assert_cmpint (position (f, loan, "2026-03-02").status, ==, SAJJA_LOAN_REFUSED);

  /* The membership wait: a product asking 6 months of a member of two. */
  {
    SajjaLoanProduct p = ordinary_product ();
    gint64 guarantors[] = { f->g1, f->g2 };
    SajjaLoanApplication fresh = { f->borrower, 0, "2026-01-20", 100000, 6, "", guarantors, 2 };

    p.name = (char *) "เพื่อการผลิต";
    p.min_member_months = 6;
    fresh.product_id = save_product (f->db, f->group_id, &p);
    checks = sajja_loan_check_application (f->db, f->group_id, &fresh, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (find_check (checks, SAJJA_LOAN_CHECK_MEMBERSHIP, 0)->passed);
    g_assert_true (find_check (checks, SAJJA_LOAN_CHECK_SAVINGS_ARREARS, 0)->passed);
  }
}

/* Each member may guarantee at most two loans at once: a third is refused. */
static void
test_guarantor_limit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gint64 third;

  loan_out (f, f->spouse, 100000, 6, "2026-01-10", "2026-01-10", f->g1, f->g2);
  loan_out (f, f->g3, 100000, 6, "2026-01-10", "2026-01-10", f->g1, f->g2);
  third = apply_ok (f, f->borrower, 100000, 6, "2026-01-20", f->g1, f->g3);

  checks = sajja_loan_check (f->db, third, "2026-01-20", &error);
  g_assert_no_error (error);
  g_assert_false (find_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, 0)->passed);
  g_assert_nonnull (strstr (find_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, 0)->detail, "2"));
  g_assert_true (find_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, 1)->passed);
  g_assert_false (sajja_loan_approve (f->db, third, "2026-01-21", "ประธาน", "", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_CHECK);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM loans WHERE status = 'approved'"), ==, 0);
}

/* ---- the life of a loan ---------------------------------------------------------------- */

/* 12,000.00 baht at 1% a month on the declining balance over 12 months, paid out on 15 January
 * 2026: 1,000.00 principal a month, interest 120.00, 110.00, … 10.00, due on the 15th. */
static void
test_repayments (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) schedule = NULL;
  SajjaLoanAllocation a;
  SajjaLoanPosition pos;
  gint64 cash_before, loan;
  gint64 entry;

  cash_before = sajja_bank_cash_on_hand (f->db, f->group_id, NULL);
  loan = loan_out (f, f->borrower, 1200000, 12, "2026-01-05", "2026-01-15", f->g1, f->g2);

  /* Paid out: the cash box is 12,000.00 lower, the member owes it. */
  g_assert_cmpint (sajja_bank_cash_on_hand (f->db, f->group_id, NULL), ==, cash_before - 1200000);
  g_assert_cmpint (sajja_ledger_balance (f->db, f->group_id, f->borrower, SAJJA_ACCOUNT_LOANS), ==, -1200000);
  schedule = sajja_loan_get_schedule (f->db, loan, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (schedule->len, ==, 12);
  g_assert_cmpstr (g_array_index (schedule, SajjaInstalment, 0).due_on, ==, "2026-02-15");
  g_assert_cmpint (g_array_index (schedule, SajjaInstalment, 0).interest, ==, 12000);
  g_assert_cmpint (g_array_index (schedule, SajjaInstalment, 11).interest, ==, 1000);

  /* On the day: 1,120.00 is interest 120.00 and principal 1,000.00. */
  a = repay_ok (f, loan, 112000, "2026-02-15");
  g_assert_cmpint (a.fines, ==, 0);
  g_assert_cmpint (a.interest, ==, 12000);
  g_assert_cmpint (a.principal, ==, 100000);
  g_assert_false (a.closed);

  /* March's instalment (1,000.00 + 110.00) unpaid on 20 March: 5 days late. The fine runs on its
   * principal only: 1,000.00 × 3% × 5 / 365 = 0.41 baht. */
  pos = position (f, loan, "2026-03-20");
  g_assert_cmpint (pos.days_overdue, ==, 5);
  g_assert_cmpstr (pos.first_overdue_on, ==, "2026-03-15");
  g_assert_cmpint (pos.overdue, ==, 111000);
  g_assert_cmpint (pos.interest_due, ==, 11000);
  g_assert_cmpint (pos.fines_due, ==, 41);
  g_assert_cmpint (pos.outstanding, ==, 1100000);
  /* Due by the day: the overdue instalment with its fine. */
  g_assert_cmpint (pos.due_now, ==, 111041);
  /* Before the due day nothing was overdue; on the day itself neither. */
  g_assert_cmpint (position (f, loan, "2026-03-10").days_overdue, ==, 0);
  g_assert_cmpint (position (f, loan, "2026-03-15").days_overdue, ==, 0);

  /* 1,110.41: the fine first, then the interest, then the principal. */
  a = repay_ok (f, loan, 111041, "2026-03-20");
  g_assert_cmpint (a.fines, ==, 41);
  g_assert_cmpint (a.interest, ==, 11000);
  g_assert_cmpint (a.principal, ==, 100000);
  pos = position (f, loan, "2026-03-20");
  g_assert_cmpint (pos.days_overdue, ==, 0);
  g_assert_cmpint (pos.fines_due, ==, 0);
  g_assert_cmpuint (pos.instalments_paid, ==, 2);

  /* The fine stops the day the instalment was paid: on 1 April still none. */
  g_assert_cmpint (position (f, loan, "2026-04-01").fines_due, ==, 0);

  /* Early payoff on 20 March: 10,000.00 principal and April's interest (100.00) for the 5 of
   * its 31 days gone: 16.129 → 16.13. A satang more is refused, naming the debt. */
  g_assert_cmpint (pos.accrued_interest, ==, 1613);
  g_assert_cmpint (pos.payoff, ==, 1001613);
  g_assert_false (sajja_loan_repay (f->db, loan, 1001614, "2026-03-20", "", NULL, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_TOO_MUCH);
  g_assert_nonnull (strstr (error->message, "10,016.13"));
  g_clear_error (&error);

  a = repay_ok (f, loan, 1001613, "2026-03-20");
  g_assert_cmpint (a.interest, ==, 1613);
  g_assert_cmpint (a.principal, ==, 1000000);
  g_assert_true (a.closed);
  g_assert_cmpint (sajja_ledger_balance (f->db, f->group_id, f->borrower, SAJJA_ACCOUNT_LOANS), ==, 0);
  g_assert_cmpint (sajja_ledger_balance (f->db, f->group_id, 0, SAJJA_ACCOUNT_INTEREST), ==, 12000 + 11000 + 1613);
  {
    g_autoptr(SajjaLoan) l = sajja_loan_get (f->db, loan, &error);

    g_assert_cmpint (l->status, ==, SAJJA_LOAN_CLOSED);
    g_assert_cmpstr (l->closed_on, ==, "2026-03-20");
  }
  /* A closed loan takes nothing more. */
  g_assert_false (sajja_loan_repay (f->db, loan, 100, "2026-03-21", "", NULL, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_clear_error (&error);

  /* Undoing the last principal entry reopens the loan, and the debt is owed again. */
  entry = query_int (f->db, "SELECT max (id) FROM journal WHERE kind = 'loan-principal'");
  g_assert_cmpint (sajja_ledger_reverse (f->db, entry, period (2026, 3), "2026-03-21", "", "นับเงินผิด", &error), >, 0);
  g_assert_no_error (error);
  pos = position (f, loan, "2026-03-21");
  g_assert_cmpint (pos.status, ==, SAJJA_LOAN_ACTIVE);
  g_assert_cmpint (pos.outstanding, ==, 1000000);
  /* A payout is not reversed from the ledger. */
  entry = query_int (f->db, "SELECT id FROM journal WHERE kind = 'loan-disbursement'");
  g_assert_cmpint (sajja_ledger_reverse (f->db, entry, period (2026, 3), "2026-03-21", "", "ผิด", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 loan = apply_ok (f, f->borrower, 100000, 6, "2026-01-05", f->g1, f->g2);
  gint64 entries = query_int (f->db, "SELECT count(*) FROM journal");

  /* Not approved yet: no payout, no repayment. */
  g_assert_false (sajja_loan_disburse (f->db, loan, "2026-01-06", NULL, "", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (sajja_loan_repay (f->db, loan, 100, "2026-01-06", "", NULL, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_clear_error (&error);

  g_assert_true (sajja_loan_approve (f->db, loan, "2026-01-06", "ประธาน", "", &error));
  /* Not before the approval, not with a first instalment before the payout. */
  g_assert_false (sajja_loan_disburse (f->db, loan, "2026-01-01", NULL, "", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (sajja_loan_disburse (f->db, loan, "2026-01-10", "2026-01-09", "", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM journal"), ==, entries);

  g_assert_true (sajja_loan_disburse (f->db, loan, "2026-01-10", NULL, "", &error));
  g_assert_no_error (error);
  /* A repayment dated before the payout, or of nothing. */
  g_assert_false (sajja_loan_repay (f->db, loan, 100, "2026-01-09", "", NULL, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (sajja_loan_repay (f->db, loan, 0, "2026-01-11", "", NULL, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  /* A repayment larger than the whole debt leaves nothing behind. */
  entries = query_int (f->db, "SELECT count(*) FROM journal");
  g_assert_false (sajja_loan_repay (f->db, loan, 200000, "2026-01-11", "", NULL, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_TOO_MUCH);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM journal"), ==, entries);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM receipts WHERE member_id IS NOT NULL AND id NOT IN "
                                     "(SELECT receipt_id FROM journal WHERE receipt_id IS NOT NULL)"), ==, 0);
}

/* Arrears as of past days: a loan never repaid, 6,000.00 over 6 months from 15 January, and a
 * loan of 3,000.00 over 3 months repaid on time. */
static void
test_arrears (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanPortfolio portfolio;
  gint64 late, good;

  late = loan_out (f, f->borrower, 600000, 6, "2026-01-10", "2026-01-15", f->g1, f->g2);
  good = loan_out (f, f->g3, 300000, 3, "2026-01-10", "2026-01-15", f->g1, f->g2);
  repay_ok (f, good, 103000, "2026-02-15");
  repay_ok (f, good, 102000, "2026-03-15");
  repay_ok (f, good, 101000, "2026-04-15");

  struct { const char *day; guint overdue; SajjaAging aging; int days; } cases[] = {
    { "2026-02-14", 0, SAJJA_AGING_CURRENT, 0 },
    { "2026-02-16", 1, SAJJA_AGING_1_30, 1 },
    { "2026-03-17", 1, SAJJA_AGING_1_30, 30 },
    { "2026-03-18", 1, SAJJA_AGING_31_60, 31 },
    { "2026-04-16", 1, SAJJA_AGING_31_60, 60 },
    { "2026-05-16", 1, SAJJA_AGING_61_90, 90 },
    { "2026-05-17", 1, SAJJA_AGING_OVER_90, 91 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) rows = sajja_loan_arrears (f->db, f->group_id, cases[i].day, &portfolio, &error);

      g_test_message ("as of %s", cases[i].day);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, cases[i].overdue);
      g_assert_cmpuint (portfolio.loans_overdue, ==, cases[i].overdue);
      if (rows->len > 0)
        {
          SajjaLoanArrears *row = g_ptr_array_index (rows, 0);

          g_assert_cmpint (row->loan->id, ==, late);
          g_assert_cmpint (row->position.days_overdue, ==, cases[i].days);
          g_assert_cmpint (row->aging, ==, cases[i].aging);
          g_assert_cmpstr (row->notice_by, ==, "2026-04-16");
          g_assert_false (row->notice_sent);
        }
    }

  /* On 18 March: the late loan owes all 6,000.00, the good one 1,000.00 (its last instalment
   * not yet due): PAR30 = 6,000 / 7,000 = 85.71%. */
  {
    g_autoptr(GPtrArray) rows = sajja_loan_arrears (f->db, f->group_id, "2026-03-18", &portfolio, &error);

    g_assert_cmpuint (portfolio.loans, ==, 2);
    g_assert_cmpint (portfolio.outstanding, ==, 700000);
    g_assert_cmpint (portfolio.outstanding_by_aging[SAJJA_AGING_31_60], ==, 600000);
    g_assert_cmpint (portfolio.outstanding_by_aging[SAJJA_AGING_CURRENT], ==, 100000);
    g_assert_cmpint (portfolio.par30_bp, ==, 8571);
  }

  /* Notices sent to both guarantors within the 60 days. */
  g_assert_true (sajja_loan_record_notice (f->db, late, f->g1, "2026-03-20", &error));
  g_assert_true (sajja_loan_record_notice (f->db, late, f->g2, "2026-03-21", &error));
  g_assert_false (sajja_loan_record_notice (f->db, late, f->g3, "2026-03-21", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) rows = sajja_loan_arrears (f->db, f->group_id, "2026-04-01", NULL, &error);

    g_assert_true (((SajjaLoanArrears *) g_ptr_array_index (rows, 0))->notice_sent);
  }
  {
    /* As of a day before they were sent, they had not been. */
    g_autoptr(GPtrArray) rows = sajja_loan_arrears (f->db, f->group_id, "2026-03-20", NULL, &error);

    g_assert_false (((SajjaLoanArrears *) g_ptr_array_index (rows, 0))->notice_sent);
  }
}

/* Rescheduling: the principal owed over new months; the unpaid interest carried without
 * interest on it; the old schedule kept. Then a write-off by resolution. */
static void
test_reschedule_and_write_off (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) old = NULL;
  g_autoptr(GArray) now = NULL;
  SajjaLoanPosition pos;
  guint version = 0;
  gint64 loan, cash;

  loan = loan_out (f, f->borrower, 600000, 6, "2026-01-10", "2026-01-15", f->g1, f->g2);
  /* Nothing paid; on 20 April three instalments are due: interest 60 + 50 + 40 = 150.00. */
  pos = position (f, loan, "2026-04-20");
  g_assert_cmpint (pos.interest_due, ==, 15000);
  g_assert_cmpint (pos.outstanding, ==, 600000);

  g_assert_false (sajja_loan_reschedule (f->db, loan, "2026-04-20", 12, (SajjaRate) { 150, SAJJA_RATE_PER_MONTH },
                                         SAJJA_LOAN_METHOD_DECLINING, "2026-05-20", "มติ 4/2569", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY);
  g_clear_error (&error);
  g_assert_true (sajja_loan_reschedule (f->db, loan, "2026-04-20", 12, (SajjaRate) { 100, SAJJA_RATE_PER_MONTH },
                                        SAJJA_LOAN_METHOD_DECLINING, "2026-05-20", "มติ 4/2569", &error));
  g_assert_no_error (error);
  /* The fines of the old schedule are carried: 3% a year on each overdue instalment's 1,000.00
   * for its days late: 64 days 5.26, 36 days 2.96, 5 days 0.41 = 8.63. On 25 April, before the
   * first new instalment is due, 100.00 pays them and then principal. */
  g_assert_cmpint (position (f, loan, "2026-04-21").fines_due, ==, 863);
  {
    SajjaLoanAllocation a = repay_ok (f, loan, 10000, "2026-04-25");

    g_assert_cmpint (a.fines, ==, 863);
    g_assert_cmpint (a.interest, ==, 0);
    g_assert_cmpint (a.principal, ==, 9137);
  }
  /* Not dated before an entry already recorded: that repayment would be lost. */
  g_assert_false (sajja_loan_reschedule (f->db, loan, "2026-04-24", 6, (SajjaRate) { 100, SAJJA_RATE_PER_MONTH },
                                         SAJJA_LOAN_METHOD_DECLINING, "2026-05-24", "มติ 5/2569", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);

  old = sajja_loan_get_schedule (f->db, loan, "2026-04-19", &version, &error);
  g_assert_cmpuint (version, ==, 1);
  g_assert_cmpuint (old->len, ==, 6);
  now = sajja_loan_get_schedule (f->db, loan, NULL, &version, &error);
  g_assert_cmpuint (version, ==, 2);
  g_assert_cmpuint (now->len, ==, 12);
  /* First new instalment: 500.00 principal, interest 60.00 on 6,000.00 plus the 150.00 owed
   * and 5 of the 30 days of May's instalment's 30.00 (5.00) carried. */
  g_assert_cmpint (g_array_index (now, SajjaInstalment, 0).principal, ==, 50000);
  g_assert_cmpint (g_array_index (now, SajjaInstalment, 0).interest, ==, 6000 + 15000 + 500);

  pos = position (f, loan, "2026-04-26");
  g_assert_cmpint (pos.days_overdue, ==, 0);
  g_assert_cmpint (pos.outstanding, ==, 600000 - 9137);
  /* The day before the rescheduling the loan was 63 days overdue (15 February to 19 April), and the record says so still. */
  g_assert_cmpint (position (f, loan, "2026-04-19").days_overdue, ==, 63);

  /* Write-off: no cash moves; the loan account is cleared into bad debts. */
  cash = sajja_bank_cash_on_hand (f->db, f->group_id, NULL);
  g_assert_false (sajja_loan_write_off (f->db, loan, "2026-10-01", "", "", &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_true (sajja_loan_write_off (f->db, loan, "2026-10-01", "มติที่ประชุมใหญ่ 1/2569", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_cash_on_hand (f->db, f->group_id, NULL), ==, cash);
  g_assert_cmpint (sajja_ledger_balance (f->db, f->group_id, f->borrower, SAJJA_ACCOUNT_LOANS), ==, 0);
  g_assert_cmpint (sajja_ledger_balance (f->db, f->group_id, 0, SAJJA_ACCOUNT_BAD_DEBTS), ==, -(600000 - 9137));
  pos = position (f, loan, "2026-10-02");
  g_assert_cmpint (pos.status, ==, SAJJA_LOAN_WRITTEN_OFF);
  /* Written off, it is no longer in the arrears; before, it was. */
  {
    g_autoptr(GPtrArray) after = sajja_loan_arrears (f->db, f->group_id, "2026-10-02", NULL, &error);
    g_autoptr(GPtrArray) before = sajja_loan_arrears (f->db, f->group_id, "2026-09-30", NULL, &error);

    g_assert_cmpuint (after->len, ==, 0);
    g_assert_cmpuint (before->len, ==, 1);
  }
}

/* Fertiliser lent in kind: 10 sacks at 850.00, repaid in money. */
static void
test_in_kind (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanProduct p = ordinary_product ();
  gint64 guarantors[] = { f->g1, f->g2 };
  SajjaLoanApplication app = { f->borrower, 0, "2026-02-01", 0, 6, "ปุ๋ยนาปี", guarantors, 2,
                               "ปุ๋ยยูเรีย 46-0-0", 10, "กระสอบ", 85000 };
  g_autoptr(SajjaLoan) loan = NULL;
  gint64 id;

  p.name = (char *) "ปุ๋ย";
  p.in_kind = TRUE;
  p.method = SAJJA_LOAN_METHOD_BALLOON;
  app.product_id = save_product (f->db, f->group_id, &p);
  id = sajja_loan_apply (f->db, f->group_id, &app, &error);
  g_assert_no_error (error);
  loan = sajja_loan_get (f->db, id, &error);
  g_assert_cmpint (loan->amount, ==, 850000);
  g_assert_cmpstr (loan->in_kind_item, ==, "ปุ๋ยยูเรีย 46-0-0");
  g_assert_cmpint (loan->in_kind_quantity, ==, 10);

  /* A stated amount that is not the goods' worth is refused. */
  app.amount = 800000;
  g_assert_cmpint (sajja_loan_apply (f->db, f->group_id, &app, &error), ==, 0);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "8,500.00"));
}

/* A borrower who leaves has the loan repaid from the savings first; a guarantor of an open loan
 * cannot leave. */
static void
test_leaving (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) borrower = NULL;
  g_autoptr(SajjaMember) guarantor = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SajjaSettlement s;
  SajjaLoanPosition pos;
  gint64 loan, cash;

  today = g_date_time_format (now, "%Y-%m-%d");
  /* 1,000.00 lent to the borrower, whose savings are 200.00 pledged plus a 2,000.00 deposit. */
  post_ok (f->db, f->group_id, f->borrower, SAJJA_ENTRY_SPECIAL_DEPOSIT, 200000, period (2026, 1), "2026-01-03");
  loan = loan_out (f, f->borrower, 100000, 12, "2026-01-10", "2026-01-15", f->g1, f->g2);
  g_assert_true (sajja_loan_position (f->db, loan, today, &pos, &error));

  g_assert_true (sajja_settlement_compute (f->db, f->borrower, &s, &error));
  g_assert_cmpint (s.debts, ==, pos.payoff);
  g_assert_cmpint (s.payout, ==, 20000 + 200000 - pos.payoff);

  guarantor = sajja_member_find_by_id (f->db, f->g1, &error);
  g_assert_false (sajja_settlement_pay (f->db, guarantor, SAJJA_MEMBER_RESIGNED, today, "ย้ายบ้าน", "", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER);
  g_assert_nonnull (strstr (error->message, "1"));
  g_clear_error (&error);
  g_assert_cmpint (sajja_member_get_status (guarantor), ==, SAJJA_MEMBER_ACTIVE);

  cash = sajja_bank_cash_on_hand (f->db, f->group_id, NULL);
  borrower = sajja_member_find_by_id (f->db, f->borrower, &error);
  g_assert_true (sajja_settlement_pay (f->db, borrower, SAJJA_MEMBER_RESIGNED, today, "ย้ายบ้าน", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_cash_on_hand (f->db, f->group_id, NULL), ==, cash - s.payout);
  g_assert_true (sajja_loan_position (f->db, loan, today, &pos, &error));
  g_assert_cmpint (pos.status, ==, SAJJA_LOAN_CLOSED);

  /* Repaid, the loan no longer holds its guarantors. */
  g_clear_object (&guarantor);
  guarantor = sajja_member_find_by_id (f->db, f->g1, &error);
  g_assert_true (sajja_settlement_pay (f->db, guarantor, SAJJA_MEMBER_RESIGNED, today, "ย้ายบ้าน", "", &error));
  g_assert_no_error (error);
}

/* Verify finds a repayment written straight into the file for another member, and a loan whose
 * repayments exceed what was lent. */
static void
test_verify_finds (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gint64 loan = loan_out (f, f->borrower, 100000, 6, "2026-01-10", "2026-01-15", f->g1, f->g2);
  g_autofree char *sql = g_strdup_printf ("INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, "
                                          "paid_on, recorded_at, loan_id) VALUES ('00000000-0000-4000-8000-0000000000aa', "
                                          "%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'loans', 'loan-principal', 200000, "
                                          "'2026-02', '2026-02-15', 'x', %" G_GINT64_FORMAT ")",
                                          f->group_id, f->g3, loan);

  exec_ok (f->db, sql);
  g_assert_false (sajja_db_verify (f->db, problems));
  g_assert_cmpuint (problems->len, ==, 2);
}

/* A file of schema 7 with entries and a reversal keeps them, their ids and links, and the
 * journal's guards, when upgraded to take loans. */
static void
test_upgrade_keeps_journal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_path ("v7.db");
  g_autoptr(SajjaDb) db = NULL;
  sqlite3 *handle;

  g_assert_true (_sajja_db_create_at_version (path, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle,
                                 "INSERT INTO groups (id, uuid, name, created_at, updated_at) VALUES "
                                 "(1, '00000000-0000-4000-8000-000000000001', 'ก', 'x', 'x');"
                                 "INSERT INTO members (id, uuid, group_id, member_no, given_name, join_date, created_at, updated_at) "
                                 "VALUES (7, '00000000-0000-4000-8000-000000000002', 1, 1, 'ข', '2026-01-01', 'x', 'x');"
                                 "INSERT INTO journal (id, uuid, group_id, member_id, account, kind, amount, period, paid_on, recorded_at) "
                                 "VALUES (41, '00000000-0000-4000-8000-000000000003', 1, 7, 'pledge', 'pledge', 5000, '2026-01', '2026-01-05', 'x');"
                                 "INSERT INTO journal (id, uuid, group_id, member_id, account, kind, amount, period, paid_on, reverses_id, recorded_at) "
                                 "VALUES (42, '00000000-0000-4000-8000-000000000004', 1, 7, 'pledge', 'reversal', -5000, '2026-01', '2026-01-06', 41, 'x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = open_ok (path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT reverses_id FROM journal WHERE id = 42"), ==, 41);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM journal WHERE loan_id IS NOT NULL"), ==, 0);
  g_assert_false (sajja_db_exec (db, "UPDATE journal SET amount = 1 WHERE id = 41", &error));
  g_clear_error (&error);
  g_assert_false (sajja_db_exec (db, "DELETE FROM journal WHERE id = 41", &error));
  g_clear_error (&error);
  g_assert_cmpint (sajja_ledger_reverse (db, 42, period (2026, 2), "2026-02-01", "", "x", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  g_clear_error (&error);
  /* A loan kind without its loan is refused by the table itself. */
  g_assert_false (sajja_db_exec (db, "INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, recorded_at) "
                                     "VALUES ('00000000-0000-4000-8000-000000000005', 1, 7, 'loans', 'loan-principal', 5, '2026-02', '2026-02-01', 'x')",
                                 &error));
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (sajja_db_verify (db, problems));
    g_assert_cmpuint (problems->len, ==, 0);
  }
  close_ok (g_steal_pointer (&db));
}


/* ---- the savings day takes loan repayments ------------------------------------------------ */

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

static SajjaSavingsDay *
day_ok (Fixture    *f,
        const char *iso)
{
  g_autoptr(GError) error = NULL;
  SajjaSavingsDay *day = sajja_savings_day_new (f->db, f->group_id, iso, &error);

  g_assert_no_error (error);
  g_assert_nonnull (day);
  return day;
}

/* What a loan asks for on a day: fines, interest and the principal of instalments due. */
static gint64
due_of (Fixture    *f,
        gint64      loan,
        const char *iso)
{
  SajjaLoanPosition pos = position (f, loan, iso);

  return pos.fines_due + pos.interest_due + pos.principal_due;
}

/* The day refuses line @index: nothing at all written. */
static void
assert_day_refused (Fixture         *f,
                    SajjaSavingsDay *day,
                    guint            index,
                    const char      *in_message)
{
  g_autoptr(GError) error = NULL;
  Counts before = counts (f->db), after;

  g_assert_cmpuint (sajja_savings_day_post (day, f->db, "เหรัญญิก", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_test_message ("%s", error->message);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
  g_assert_cmpuint (sajja_savings_day_get_error_line (day), ==, index);
  g_assert_cmpint (sajja_savings_day_get_posted_id (day), ==, 0);
  after = counts (f->db);
  g_assert_cmpint (after.journal, ==, before.journal);
  g_assert_cmpint (after.receipts, ==, before.receipts);
  g_assert_cmpint (after.days, ==, before.days);
}

static void
test_savings_day_loan (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  g_autofree char *debt = NULL;
  SajjaSavingsLine *line;
  SajjaLoanPosition pos;
  gint64 loan, receipt, pledge;
  guint n, paying = 0;

  loan = loan_out (f, f->borrower, 1200000, 12, "2026-01-05", "2026-01-15", f->g1, f->g2);

  /* The first instalment (1,000.00 principal and 120.00 interest) falls due on 15 February. */
  g_assert_cmpint (position (f, loan, "2026-02-14").principal_due, ==, 0);
  pos = position (f, loan, "2026-02-15");
  g_assert_cmpint (pos.principal_due, ==, 100000);
  g_assert_cmpint (pos.interest_due, ==, 12000);
  g_assert_cmpint (pos.overdue_principal, ==, 0);   /* due that day, not yet overdue */

  day = day_ok (f, "2026-02-15");
  line = sajja_savings_day_find_member (day, 1);
  g_assert_nonnull (line);
  g_assert_true (line == sajja_savings_day_get_line (day, 0));
  g_assert_cmpint (line->loan_due, ==, 112000);
  g_assert_cmpint (line->loan, ==, 112000);       /* pre-filled, as the pledge is */
  g_assert_cmpint (line->loan_debt, ==, pos.payoff);
  for (int no = 2; no <= 5; no++)
    {
      SajjaSavingsLine *other = sajja_savings_day_find_member (day, no);

      g_assert_cmpint (other->loan_due, ==, 0);
      g_assert_cmpint (other->loan_debt, ==, 0);
      g_assert_cmpint (other->loan, ==, 0);
    }
  g_assert_cmpint (sajja_savings_day_total_loans (day), ==, 112000);
  g_assert_cmpint (sajja_savings_day_total (day), ==,
                   sajja_savings_day_total_pledge (day) + sajja_savings_day_total_special (day)
                   + sajja_savings_day_total_fines (day) + 112000);

  /* A satang above the whole debt is refused at the member's line, naming the debt; so is a
   * negative payment, and a loan payment from a member without a loan. */
  debt = sajja_money_format (pos.payoff);
  line->loan = pos.payoff + 1;
  assert_day_refused (f, day, 0, debt);
  line->loan = -100;
  assert_day_refused (f, day, 0, NULL);
  line->loan = 112000;
  sajja_savings_day_find_member (day, 3)->loan = 100;
  assert_day_refused (f, day, 2, NULL);
  sajja_savings_day_find_member (day, 3)->loan = 0;

  /* The pledge and the instalment, posted in one go on one receipt. */
  g_assert_cmpint (line->expected, >, 0);
  pledge = line->expected;
  line->pledge = pledge;
  for (guint i = 0; i < sajja_savings_day_get_n_lines (day); i++)
    {
      SajjaSavingsLine *l = sajja_savings_day_get_line (day, i);

      paying += l->pledge != 0 || l->special != 0 || l->fine != 0 || l->loan != 0;
    }
  n = sajja_savings_day_post (day, f->db, "เหรัญญิก", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, paying);
  g_assert_cmpint (sajja_savings_day_get_posted_id (day), >, 0);

  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE member_id = %" G_GINT64_FORMAT
                                            " AND paid_on = '2026-02-15'", f->borrower);
    g_assert_cmpint (query_int (f->db, sql), ==, 1);
    g_free (sql);
    sql = g_strdup_printf ("SELECT id FROM receipts WHERE member_id = %" G_GINT64_FORMAT " AND day_id = %" G_GINT64_FORMAT,
                           f->borrower, sajja_savings_day_get_posted_id (day));
    receipt = query_int (f->db, sql);
    g_assert_cmpint (receipt, >, 0);
    g_free (sql);
    sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE receipt_id = %" G_GINT64_FORMAT " AND kind = 'pledge'", receipt);
    g_assert_cmpint (query_int (f->db, sql), ==, pledge);
    g_free (sql);
    sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE receipt_id = %" G_GINT64_FORMAT
                           " AND kind = 'loan-interest' AND loan_id = %" G_GINT64_FORMAT, receipt, loan);
    g_assert_cmpint (query_int (f->db, sql), ==, 12000);
    g_free (sql);
    sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE receipt_id = %" G_GINT64_FORMAT
                           " AND kind = 'loan-principal' AND loan_id = %" G_GINT64_FORMAT, receipt, loan);
    g_assert_cmpint (query_int (f->db, sql), ==, 100000);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(*) FROM journal WHERE receipt_id = %" G_GINT64_FORMAT, receipt);
    g_assert_cmpint (query_int (f->db, sql), ==, 3);
    g_free (sql);
    sql = g_strdup_printf ("SELECT cash_expected FROM savings_days WHERE id = %" G_GINT64_FORMAT,
                           sajja_savings_day_get_posted_id (day));
    g_assert_cmpint (query_int (f->db, sql), ==, sajja_savings_day_total (day));
  }

  /* The loan afterwards: the instalment is paid, nothing is due, 11,000.00 still owed. */
  pos = position (f, loan, "2026-02-15");
  g_assert_cmpint (pos.principal_due, ==, 0);
  g_assert_cmpint (pos.interest_due, ==, 0);
  g_assert_cmpint (pos.fines_due, ==, 0);
  g_assert_cmpint (pos.outstanding, ==, 1100000);
  g_assert_cmpuint (pos.instalments_paid, ==, 1);
  g_assert_cmpint (pos.status, ==, SAJJA_LOAN_ACTIVE);

  /* Reopened, the day asks nothing more of the loan. */
  {
    g_autoptr(SajjaSavingsDay) again = day_ok (f, "2026-02-15");

    g_assert_cmpint (sajja_savings_day_find_member (again, 1)->loan_due, ==, 0);
    g_assert_cmpint (sajja_savings_day_find_member (again, 1)->loan_debt, ==, pos.payoff);
  }
}

/* A day opened before a repayment made elsewhere: the loan is found to owe less when the day is
 * posted, and the whole day, the lines before it included, is rolled back. */
static void
test_savings_day_rolls_back (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  SajjaSavingsLine *line;
  Counts before, after;
  gint64 loan;

  loan = loan_out (f, f->g1, 1200000, 12, "2026-01-05", "2026-01-15", f->g2, f->g3);
  day = day_ok (f, "2026-02-15");
  line = sajja_savings_day_find_member (day, 3);
  g_assert_true (line == sajja_savings_day_get_line (day, 2));
  g_assert_cmpint (line->loan_debt, ==, position (f, loan, "2026-02-15").payoff);
  line->loan = line->loan_debt;
  g_assert_cmpint (sajja_savings_day_find_member (day, 1)->pledge, >, 0);

  /* Meanwhile, the instalment is paid on the Loans page. */
  repay_ok (f, loan, 112000, "2026-02-15");

  before = counts (f->db);
  g_assert_cmpuint (sajja_savings_day_post (day, f->db, "เหรัญญิก", &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT);
  g_assert_cmpuint (sajja_savings_day_get_error_line (day), ==, 2);
  after = counts (f->db);
  g_assert_cmpint (after.journal, ==, before.journal);
  g_assert_cmpint (after.receipts, ==, before.receipts);
  g_assert_cmpint (after.days, ==, before.days);
  g_assert_cmpint (position (f, loan, "2026-02-15").outstanding, ==, 1100000);
}

static gint64
loan_sum (Fixture    *f,
          gint64      loan,
          const char *kind,
          const char *day)
{
  g_autofree char *sql = g_strdup_printf ("SELECT ifnull (sum (amount), 0) FROM journal WHERE loan_id = %" G_GINT64_FORMAT
                                          " AND kind = '%s' AND paid_on = '%s'", loan, kind, day);

  return query_int (f->db, sql);
}

static void
test_savings_day_two_loans (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  g_autoptr(SajjaSavingsDay) partial = NULL;
  SajjaSavingsLine *line;
  SajjaLoanPosition a_before, b_before, a_after, b_after;
  gint64 a, b, due_a, due_b;

  /* Two loans of one member: A the older, B the newer; both with an instalment overdue on
   * 1 March, so each has fines, interest and principal due. */
  a = loan_out (f, f->borrower, 1200000, 12, "2026-01-05", "2026-01-15", f->g1, f->g2);
  b = loan_out (f, f->borrower, 600000, 6, "2026-01-20", "2026-01-25", f->g3, f->g2);
  due_a = due_of (f, a, "2026-03-01");
  due_b = due_of (f, b, "2026-03-01");
  a_before = position (f, a, "2026-03-01");
  b_before = position (f, b, "2026-03-01");
  g_assert_cmpint (a_before.fines_due, >, 0);
  g_assert_cmpint (b_before.fines_due, >, 0);
  g_assert_cmpint (a_before.principal_due, ==, 100000);
  g_assert_cmpint (b_before.principal_due, ==, 100000);

  day = day_ok (f, "2026-03-01");
  line = sajja_savings_day_find_member (day, 1);
  g_assert_cmpint (line->loan_due, ==, due_a + due_b);
  g_assert_cmpint (line->loan_debt, ==, a_before.payoff + b_before.payoff);

  /* Less than is due: all of it to the older loan. */
  partial = day_ok (f, "2026-03-01");
  for (guint i = 0; i < sajja_savings_day_get_n_lines (partial); i++)
    sajja_savings_day_get_line (partial, i)->pledge = 0;
  sajja_savings_day_find_member (partial, 1)->loan = due_a - 5000;
  g_assert_cmpuint (sajja_savings_day_post (partial, f->db, "เหรัญญิก", &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (loan_sum (f, a, "loan-fine", "2026-03-01") + loan_sum (f, a, "loan-interest", "2026-03-01")
                   + loan_sum (f, a, "loan-principal", "2026-03-01"), ==, due_a - 5000);
  g_assert_cmpint (loan_sum (f, a, "loan-fine", "2026-03-01"), ==, a_before.fines_due);
  g_assert_cmpint (loan_sum (f, a, "loan-interest", "2026-03-01"), ==, a_before.interest_due);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM journal WHERE paid_on = '2026-03-01'"
                                     " AND loan_id NOT IN (SELECT id FROM loans WHERE number = 1)"), ==, 0);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM journal WHERE loan_id = %" G_GINT64_FORMAT
                                            " AND paid_on = '2026-03-01'", b);
    g_assert_cmpint (query_int (f->db, sql), ==, 0);
  }

  /* The rest of what is due on both and 500.00 more: each loan its due, the 500.00 to the
   * older loan's principal; the whole on one receipt with the pledge. */
  due_a = due_of (f, a, "2026-03-01");
  g_assert_cmpint (due_a, ==, 5000);
  g_clear_pointer (&day, sajja_savings_day_free);
  day = day_ok (f, "2026-03-01");
  line = sajja_savings_day_find_member (day, 1);
  g_assert_cmpint (line->loan_due, ==, 5000 + due_b);
  line->loan = 5000 + due_b + 50000;
  g_assert_cmpuint (sajja_savings_day_post (day, f->db, "เหรัญญิก", &error), >, 0);
  g_assert_no_error (error);

  a_after = position (f, a, "2026-03-01");
  b_after = position (f, b, "2026-03-01");
  g_assert_cmpint (a_after.fines_due + a_after.interest_due + a_after.principal_due, ==, 0);
  g_assert_cmpint (b_after.fines_due + b_after.interest_due + b_after.principal_due, ==, 0);
  g_assert_cmpint (a_after.outstanding, ==, a_before.outstanding - 100000 - 50000);
  g_assert_cmpint (b_after.outstanding, ==, b_before.outstanding - 100000);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count (DISTINCT receipt_id) FROM journal WHERE member_id = %" G_GINT64_FORMAT
                                            " AND paid_on = '2026-03-01' AND receipt_id IN (SELECT id FROM receipts "
                                            "WHERE day_id = %" G_GINT64_FORMAT ")",
                                            f->borrower, sajja_savings_day_get_posted_id (day));
    g_assert_cmpint (query_int (f->db, sql), ==, 1);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count (DISTINCT loan_id) FROM journal WHERE receipt_id IN (SELECT id FROM receipts "
                           "WHERE day_id = %" G_GINT64_FORMAT ")", sajja_savings_day_get_posted_id (day));
    g_assert_cmpint (query_int (f->db, sql), ==, 2);
  }

  /* Paying off both at once: the older closes first, then the newer. */
  {
    g_autoptr(SajjaSavingsDay) payoff = day_ok (f, "2026-03-02");
    SajjaSavingsLine *l = sajja_savings_day_find_member (payoff, 1);
    g_autoptr(SajjaLoan) la = NULL;
    g_autoptr(SajjaLoan) lb = NULL;

    for (guint i = 0; i < sajja_savings_day_get_n_lines (payoff); i++)
      sajja_savings_day_get_line (payoff, i)->pledge = 0;
    g_assert_cmpint (l->loan_debt, ==, position (f, a, "2026-03-02").payoff + position (f, b, "2026-03-02").payoff);
    l->loan = l->loan_debt;
    g_assert_cmpuint (sajja_savings_day_post (payoff, f->db, "เหรัญญิก", &error), ==, 1);
    g_assert_no_error (error);
    la = sajja_loan_get (f->db, a, &error);
    lb = sajja_loan_get (f->db, b, &error);
    g_assert_cmpint (la->status, ==, SAJJA_LOAN_CLOSED);
    g_assert_cmpint (lb->status, ==, SAJJA_LOAN_CLOSED);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/loans/product-usury", test_product_usury);
  ADD ("/loans/checks", test_checks);
  ADD ("/loans/guarantor-limit", test_guarantor_limit);
  ADD ("/loans/repayments", test_repayments);
  ADD ("/loans/refusals", test_refusals);
  ADD ("/loans/arrears", test_arrears);
  ADD ("/loans/reschedule-write-off", test_reschedule_and_write_off);
  ADD ("/loans/in-kind", test_in_kind);
  ADD ("/loans/leaving", test_leaving);
  ADD ("/loans/savings-day", test_savings_day_loan);
  ADD ("/loans/savings-day-two-loans", test_savings_day_two_loans);
  ADD ("/loans/savings-day-rolls-back", test_savings_day_rolls_back);
  g_test_add ("/loans/verify-finds", Fixture, NULL, fixture_set_up, test_verify_finds, fixture_close);
#undef ADD
  g_test_add_func ("/loans/upgrade-keeps-journal", test_upgrade_keeps_journal);

  return g_test_run ();
}
