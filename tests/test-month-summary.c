/* test-month-summary.c: a month's figures for the meeting (sajja-month-summary.c): a small month
 * worked by hand, and the demo network's months against the journal read independently. */
#include <glib.h>
#include <string.h>

#include "sajja-bank.h"
#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-ledger.h"
#include "sajja-loan.h"
#include "sajja-month-summary.h"
#include "sajja-i18n.h"
#include "sajja-print-meeting.h"
#include "sajja-test-pdf.h"
#include "sajja-test-store.h"

static SajjaMonthSummary
summary_ok (SajjaDb    *db,
            gint64      group_id,
            SajjaPeriod p)
{
  g_autoptr(GError) error = NULL;
  SajjaMonthSummary s;

  g_assert_true (sajja_month_summary_compute (db, group_id, p, &s, &error));
  g_assert_no_error (error);
  return s;
}

/* March 2026 of a group of three: two pay their pledges (100.00 and 200.00, one late with a
 * 10.00 fine), one deposits 5,000.00 and withdraws 1,000.00, a pledge of 100.00 is reversed, a
 * loan of 3,000.00 is paid out and its first 1,030.00 repaid (30.00 interest); member 3 joined
 * on 10 March. */
static void
test_by_hand (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("month.db");
  gint64 group_id = add_group (db, "กลุ่มทดสอบรายงานประจำเดือน");
  gint64 a = add_member (db, group_id, 1, "2026-01-01", 2);
  gint64 b = add_member (db, group_id, 2, "2026-01-01", 4);
  gint64 c = add_member (db, group_id, 3, "2026-03-10", 2);
  SajjaLoanProduct product = { .name = (char *) "สามัญ", .effective_from = (char *) "2020-01-01", .max_months = 12,
                               .rate = { 100, SAJJA_RATE_PER_MONTH }, .method = SAJJA_LOAN_METHOD_DECLINING };
  SajjaLoanApplication app = { a, 0, "2026-03-02", 300000, 3, "", NULL, 0 };
  SajjaMonthSummary s;
  gint64 product_id, loan, wrong;

  /* Before March: January and February's pledges, and a deposit to lend from. */
  for (int m = 1; m <= 2; m++)
    {
      post_ok (db, group_id, a, SAJJA_ENTRY_PLEDGE, 10000, period (2026, m), m == 1 ? "2026-01-05" : "2026-02-05");
      post_ok (db, group_id, b, SAJJA_ENTRY_PLEDGE, 20000, period (2026, m), m == 1 ? "2026-01-05" : "2026-02-05");
    }
  post_ok (db, group_id, b, SAJJA_ENTRY_SPECIAL_DEPOSIT, 500000, period (2026, 2), "2026-02-05");

  /* March. */
  post_ok (db, group_id, a, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 3), "2026-03-05");
  post_ok (db, group_id, b, SAJJA_ENTRY_PLEDGE, 20000, period (2026, 3), "2026-03-20");
  post_ok (db, group_id, b, SAJJA_ENTRY_FINE, 1000, period (2026, 3), "2026-03-20");
  post_ok (db, group_id, c, SAJJA_ENTRY_SPECIAL_DEPOSIT, 500000, period (2026, 3), "2026-03-10");
  post_ok (db, group_id, c, SAJJA_ENTRY_WITHDRAWAL, -100000, period (2026, 3), "2026-03-25");
  wrong = post_ok (db, group_id, c, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 3), "2026-03-10");
  g_assert_cmpint (sajja_ledger_reverse (db, wrong, period (2026, 3), "2026-03-11", "", "ผิดคน", &error), >, 0);
  product_id = sajja_loan_product_save (db, group_id, &product, &error);
  g_assert_no_error (error);
  app.product_id = product_id;
  loan = sajja_loan_apply (db, group_id, &app, &error);
  g_assert_no_error (error);
  g_assert_true (sajja_loan_approve (db, loan, "2026-03-02", "", "", &error));
  g_assert_true (sajja_loan_disburse (db, loan, "2026-03-03", "2026-03-31", "", &error));
  g_assert_true (sajja_loan_repay (db, loan, 103000, "2026-03-31", "", NULL, &error));
  g_assert_no_error (error);
  /* April: not March's. */
  post_ok (db, group_id, a, SAJJA_ENTRY_PLEDGE, 10000, period (2026, 4), "2026-04-05");

  s = summary_ok (db, group_id, period (2026, 3));
  g_assert_cmpstr (s.first_day, ==, "2026-03-01");
  g_assert_cmpstr (s.last_day, ==, "2026-03-31");
  g_assert_cmpuint (s.members_start, ==, 2);
  g_assert_cmpuint (s.members_joined, ==, 1);
  g_assert_cmpuint (s.members_left, ==, 0);
  g_assert_cmpuint (s.members_end, ==, 3);
  /* 100 + 200 + 100 − 100 (the reversal counts with the pledge it undoes). */
  g_assert_cmpint (s.pledges, ==, 30000);
  g_assert_cmpuint (s.members_paid, ==, 3);
  g_assert_cmpint (s.savings_fines, ==, 1000);
  g_assert_cmpint (s.special_in, ==, 500000);
  g_assert_cmpint (s.special_out, ==, 100000);
  g_assert_cmpuint (s.loans_disbursed, ==, 1);
  g_assert_cmpint (s.disbursed, ==, 300000);
  g_assert_cmpint (s.principal_repaid, ==, 100000);
  g_assert_cmpint (s.interest, ==, 3000);
  /* Member 3 owes March's 100.00 (the pledge was reversed); the others are paid up. */
  g_assert_cmpuint (s.members_in_arrears, ==, 1);
  g_assert_cmpint (s.arrears, ==, 10000);
  /* Cash: 200 + 400 + 5,000 before March; in March +300 +10 +5,000 −1,000 −3,000 +1,030. */
  g_assert_cmpint (s.cash_start, ==, 560000);
  g_assert_cmpint (s.cash_end, ==, 560000 + 30000 + 1000 + 500000 - 100000 - 300000 + 103000);
  g_assert_cmpuint (s.portfolio.loans, ==, 1);
  g_assert_cmpint (s.portfolio.outstanding, ==, 200000);

  /* Printed: the title in Thai, the month in the Buddhist Era, the figures as computed. */
  {
    g_autoptr(SajjaPageDocument) doc = sajja_print_month_summary (db, group_id, period (2026, 3), &error);
    g_autofree char *pdf = test_path ("summary.pdf");
    g_auto(GStrv) pages = NULL;
    g_autofree char *all = NULL;
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    g_assert_true (sajja_page_document_write_pdf (doc, pdf, &error));
    g_assert_no_error (error);
    sajja_test_assert_a4_and_fonts (pdf, sajja_page_document_get_title (doc));
    sajja_test_assert_inside_margins (doc);
    pages = sajja_test_pdf_pages (pdf);
    all = g_strjoinv ("", pages);
    text = sajja_test_squeeze (all);
    sajja_test_assert_has (text, "สรุปผลการดำเนินงานประจำเดือน", "title");
    sajja_test_assert_has (text, "มีนาคม2569", "month");
    sajja_test_assert_has (text, "300.00", "pledges");
    sajja_test_assert_has (text, "5,000.00", "special deposits");
    sajja_test_assert_has (text, "3,000.00", "loan paid out");
    sajja_test_assert_has (text, "1คนค้าง100.00บาท", "arrears");
    sajja_test_assert_has (text, "7,940.00", "cash at the end");
    sajja_test_assert_has (text, "ประธานกลุ่ม", "signature");
    sajja_test_pdf_screenshot (pdf, "month-summary");
  }

  /* A month not begun is refused. */
  g_assert_false (sajja_month_summary_compute (db, group_id, period (2099, 1), &s, &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD);
  close_ok (db);
}

static gint64
sum_where (SajjaDb    *db,
           gint64      group_id,
           const char *where,
           const char *first,
           const char *last)
{
  g_autofree char *sql = g_strdup_printf ("SELECT ifnull (sum (amount), 0) FROM journal j WHERE group_id = %" G_GINT64_FORMAT
                                          " AND paid_on BETWEEN '%s' AND '%s' AND (%s)", group_id, first, last, where);

  return query_int (db, sql);
}

/* Every month of the demo network's groups against the journal and tables read with plain SQL. */
static void
test_demo_months (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("demo.db");
  SajjaDemoOptions options;
  gint64 n_groups;

  sajja_demo_options_init (&options);
  options.n_groups = 2;
  options.n_members = 60;
  options.n_months = 12;
  g_assert_true (sajja_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  n_groups = query_int (db, "SELECT count(*) FROM groups");

  for (gint64 g = 1; g <= n_groups; g++)
    for (int m = 7; m <= 12; m++)
      {
        SajjaPeriod p = period (2025, m);
        SajjaMonthSummary s = summary_ok (db, g, p);
        const char *f = s.first_day, *l = s.last_day;
        /* A reversal counts with the kind it undoes. */
        const char *kind_of = "ifnull ((SELECT o.kind FROM journal o WHERE o.id = j.reverses_id), j.kind)";
        g_autofree char *pledge = g_strdup_printf ("%s = 'pledge'", kind_of);
        g_autofree char *special = g_strdup_printf ("%s = 'special-deposit'", kind_of);
        g_autofree char *withdrawal = g_strdup_printf ("%s = 'withdrawal'", kind_of);
        g_autofree char *interest = g_strdup_printf ("%s = 'loan-interest'", kind_of);
        g_autofree char *principal = g_strdup_printf ("%s = 'loan-principal'", kind_of);
        g_autofree char *payout = g_strdup_printf ("%s = 'loan-disbursement'", kind_of);
        g_autofree char *welfare = g_strdup_printf ("%s = 'welfare-payout'", kind_of);
        g_autofree char *moved = g_strdup_printf ("SELECT ifnull (sum (amount), 0) FROM bank_movements WHERE group_id = %"
                                                  G_GINT64_FORMAT " AND day BETWEEN '%s' AND '%s'", g, f, l);
        g_autofree char *cash_moved = g_strdup_printf ("%s AND kind IN ('deposit', 'withdrawal')", moved);
        g_autofree char *owed = g_strdup_printf ("SELECT -ifnull (sum (amount), 0) FROM journal WHERE group_id = %"
                                                 G_GINT64_FORMAT " AND account = 'loans' AND paid_on <= '%s'", g, l);
        g_autofree char *joined = g_strdup_printf ("SELECT count(*) FROM members WHERE group_id = %" G_GINT64_FORMAT
                                                   " AND join_date BETWEEN '%s' AND '%s'", g, f, l);

        g_test_message ("group %" G_GINT64_FORMAT ", 2025-%02d", g, m);
        g_assert_cmpint (s.pledges, ==, sum_where (db, g, pledge, f, l));
        g_assert_cmpint (s.special_in, ==, sum_where (db, g, special, f, l));
        g_assert_cmpint (s.special_out, ==, -sum_where (db, g, withdrawal, f, l));
        g_assert_cmpint (s.interest, ==, sum_where (db, g, interest, f, l));
        g_assert_cmpint (s.principal_repaid, ==, sum_where (db, g, principal, f, l));
        g_assert_cmpint (s.disbursed, ==, -sum_where (db, g, payout, f, l));
        g_assert_cmpint (s.welfare_paid, ==, -sum_where (db, g, welfare, f, l));
        g_assert_cmpuint (s.members_joined, ==, query_int (db, joined));
        /* The cash box moves by the month's journal less what went to or came from the bank. */
        g_assert_cmpint (s.cash_end - s.cash_start, ==, sum_where (db, g, "1", f, l) - query_int (db, cash_moved));
        g_assert_cmpint (s.bank_end - s.bank_start, ==, query_int (db, moved));
        /* The principal owed at the end: what left in loans less what came back or was written off. */
        g_assert_cmpint (s.portfolio.outstanding, ==, query_int (db, owed));
        g_assert_cmpuint (s.members_end, ==, s.members_start + s.members_joined - s.members_left);
        g_assert_true ((s.members_in_arrears == 0) == (s.arrears == 0));
      }
  close_ok (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sajja_i18n_init ();

  g_test_add_func ("/month-summary/by-hand", test_by_hand);
  g_test_add_func ("/month-summary/demo-months", test_demo_months);

  return g_test_run ();
}
