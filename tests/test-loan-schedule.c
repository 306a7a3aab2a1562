/* test-loan-schedule.c: each repayment method against schedules worked out by hand, and the
 * effective yearly rate against the law's cap. */
#include <glib.h>
#include <string.h>

#include "sajja-loan-schedule.h"

typedef struct
{
  const char *due_on;
  gint64 principal;
  gint64 interest;
  gint64 balance_after;
} Expected;

static void
assert_schedule (const SajjaLoanTerms *terms,
                 const Expected       *expected,
                 guint                 n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) schedule = sajja_loan_schedule_new (terms, &error);
  gint64 principal_sum = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (schedule->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);

      g_test_message ("instalment %u", i + 1);
      g_assert_cmpuint (inst->number, ==, i + 1);
      g_assert_cmpstr (inst->due_on, ==, expected[i].due_on);
      g_assert_cmpint (inst->principal, ==, expected[i].principal);
      g_assert_cmpint (inst->interest, ==, expected[i].interest);
      g_assert_cmpint (inst->balance_after, ==, expected[i].balance_after);
      principal_sum += inst->principal;
    }
  g_assert_cmpint (principal_sum, ==, terms->principal);
}

/* 10,000.00 baht at 1% a month over 3 months, equal principal.
 *   share: 10,000.00 / 3 = 3,333.333… → 3,333.33 (down); the last takes 3,333.34.
 *   1: interest 10,000.00 × 1% = 100.00;             balance 6,666.67
 *   2: interest  6,666.67 × 1% = 66.6667 → 66.67;    balance 3,333.34
 *   3: interest  3,333.34 × 1% = 33.3334 → 33.33;    principal 3,333.34, balance 0 */
static void
test_declining (void)
{
  SajjaLoanTerms terms = { 1000000, { 100, SAJJA_RATE_PER_MONTH }, 3, SAJJA_LOAN_METHOD_DECLINING, "2026-01-31", 0 };
  const Expected expected[] = {
    { "2026-01-31", 333333, 10000, 666667 },
    { "2026-02-28", 333333, 6667, 333334 },  /* February has no 31st: its last day */
    { "2026-03-31", 333334, 3333, 0 },       /* back on the 31st */
  };

  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
}

/* 10,000.00 baht at 1% a month over 3 months, equal instalments.
 *   A = 10,000 × 0.01 / (1 − 1.01^-3) = 3,400.2211… → 3,400.22
 *   1: interest 100.00;                    principal 3,400.22 − 100.00 = 3,300.22; balance 6,699.78
 *   2: interest 6,699.78 × 1% = 66.9978 → 67.00; principal 3,333.22;               balance 3,366.56
 *   3: interest 3,366.56 × 1% = 33.6656 → 33.67; principal the rest, 3,366.56 (the residue:
 *      this instalment is 3,400.23, a satang more than the others). */
static void
test_annuity (void)
{
  SajjaLoanTerms terms = { 1000000, { 100, SAJJA_RATE_PER_MONTH }, 3, SAJJA_LOAN_METHOD_ANNUITY, "2026-05-15", 0 };
  const Expected expected[] = {
    { "2026-05-15", 330022, 10000, 669978 },
    { "2026-06-15", 333322, 6700, 336656 },
    { "2026-07-15", 336656, 3367, 0 },
  };

  g_assert_cmpint (sajja_loan_annuity_payment (1000000, terms.rate, 3), ==, 340022);
  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
}

/* 5,000.00 baht at 12% a year, 3 months, equal instalments: the same arithmetic with the rate
 * a year over twelve (1% a month): A = 5,000 × 0.01 / (1 − 1.01^-3) = 1,700.1106 → 1,700.11.
 *   1: interest 50.00;  principal 1,650.11; balance 3,349.89
 *   2: interest 33.4989 → 33.50; principal 1,666.61; balance 1,683.28
 *   3: interest 16.8328 → 16.83; principal 1,683.28. */
static void
test_annuity_yearly_rate (void)
{
  SajjaLoanTerms terms = { 500000, { 1200, SAJJA_RATE_PER_YEAR }, 3, SAJJA_LOAN_METHOD_ANNUITY, "2026-01-10", 0 };
  const Expected expected[] = {
    { "2026-01-10", 165011, 5000, 334989 },
    { "2026-02-10", 166661, 3350, 168328 },
    { "2026-03-10", 168328, 1683, 0 },
  };

  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
}

/* 1,000.00 baht at 0.75% a month flat over 7 months.
 *   interest: 1,000.00 × 0.75% × 7 = 52.50, shared 52.50 / 7 = 7.50 a month exactly;
 *   principal: 1,000.00 / 7 = 142.857… → 142.85 six times; the last 1,000.00 − 857.10 = 142.90. */
static void
test_flat (void)
{
  SajjaLoanTerms terms = { 100000, { 75, SAJJA_RATE_PER_MONTH }, 7, SAJJA_LOAN_METHOD_FLAT, "2026-02-01", 0 };
  const Expected expected[] = {
    { "2026-02-01", 14285, 750, 85715 },
    { "2026-03-01", 14285, 750, 71430 },
    { "2026-04-01", 14285, 750, 57145 },
    { "2026-05-01", 14285, 750, 42860 },
    { "2026-06-01", 14285, 750, 28575 },
    { "2026-07-01", 14285, 750, 14290 },
    { "2026-08-01", 14290, 750, 0 },
  };

  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
}

/* Flat interest where neither part shares evenly.
 *   1,000.01 baht at 1% a month over 3 months: interest 1,000.01 × 1% × 3 = 30.0003 → 30.00
 *   (rounded once, half up), 10.00 a month; principal 1,000.01 / 3 = 333.336… → 333.33 twice,
 *   the last 333.35.
 *   50.00 baht at 0.35% a month over 3 months: interest 50.00 × 0.35% × 3 = 0.525 → 0.53,
 *   0.17 twice and the last 0.19; principal 16.66 twice and the last 16.68. */
static void
test_flat_residue (void)
{
  SajjaLoanTerms terms = { 100001, { 100, SAJJA_RATE_PER_MONTH }, 3, SAJJA_LOAN_METHOD_FLAT, "2026-02-01", 0 };
  const Expected expected[] = {
    { "2026-02-01", 33333, 1000, 66668 },
    { "2026-03-01", 33333, 1000, 33335 },
    { "2026-04-01", 33335, 1000, 0 },
  };
  SajjaLoanTerms small = { 5000, { 35, SAJJA_RATE_PER_MONTH }, 3, SAJJA_LOAN_METHOD_FLAT, "2026-02-01", 0 };
  const Expected small_expected[] = {
    { "2026-02-01", 1666, 17, 3334 },
    { "2026-03-01", 1666, 17, 1668 },
    { "2026-04-01", 1668, 19, 0 },
  };

  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
  assert_schedule (&small, small_expected, G_N_ELEMENTS (small_expected));
}

/* 20,000.00 baht at 12% a year, interest monthly and the principal at the end of 4 months:
 *   interest 20,000 × 1% = 200.00 each month; the principal with the fourth. */
static void
test_balloon (void)
{
  SajjaLoanTerms terms = { 2000000, { 1200, SAJJA_RATE_PER_YEAR }, 4, SAJJA_LOAN_METHOD_BALLOON, "2026-12-05", 0 };
  const Expected expected[] = {
    { "2026-12-05", 0, 20000, 2000000 },
    { "2027-01-05", 0, 20000, 2000000 },
    { "2027-02-05", 0, 20000, 2000000 },
    { "2027-03-05", 2000000, 20000, 0 },
  };

  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
}

/* A zero rate: the principal only, the residue on the last. */
static void
test_zero_rate (void)
{
  SajjaLoanTerms terms = { 1000000, { 0, SAJJA_RATE_PER_MONTH }, 3, SAJJA_LOAN_METHOD_ANNUITY, "2026-01-01", 0 };
  const Expected expected[] = {
    { "2026-01-01", 333333, 0, 666667 },
    { "2026-02-01", 333333, 0, 333334 },
    { "2026-03-01", 333334, 0, 0 },
  };

  assert_schedule (&terms, expected, G_N_ELEMENTS (expected));
}

static gint64
effective (SajjaLoanMethod method,
           gint64          principal,
           gint64          bp,
           SajjaRatePer    per,
           guint           months,
           gint64          fee)
{
  SajjaLoanTerms terms = { principal, { bp, per }, months, method, "2026-01-01", fee };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) schedule = sajja_loan_schedule_new (&terms, &error);

  g_assert_no_error (error);
  return sajja_loan_effective_rate_bp (schedule, principal, fee);
}

/* DESIGN.md: 1.25% a month on a declining balance is exactly 15% and allowed; 1% a month flat
 * over twelve months is about 21.46% and refused. */
static void
test_effective_rate (void)
{
  g_autoptr(GError) error = NULL;
  gint64 rate;

  rate = effective (SAJJA_LOAN_METHOD_DECLINING, 1000000, 125, SAJJA_RATE_PER_MONTH, 12, 0);
  g_assert_cmpint (rate, ==, 1500);
  g_assert_true (sajja_loan_check_usury (rate, 1500, 0, &error));
  g_assert_no_error (error);

  rate = effective (SAJJA_LOAN_METHOD_FLAT, 1200000, 100, SAJJA_RATE_PER_MONTH, 12, 0);
  g_assert_cmpint (rate, ==, 2146);
  g_assert_false (sajja_loan_check_usury (rate, 1200, 0, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY);
  g_assert_nonnull (strstr (error->message, "21.46%"));
  g_clear_error (&error);

  /* Equal instalments and interest-only at 1% a month are 12% a year. */
  g_assert_cmpint (effective (SAJJA_LOAN_METHOD_ANNUITY, 5000000, 100, SAJJA_RATE_PER_MONTH, 24, 0), ==, 1200);
  g_assert_cmpint (effective (SAJJA_LOAN_METHOD_BALLOON, 5000000, 1200, SAJJA_RATE_PER_YEAR, 6, 0), ==, 1200);

  /* A fee counts as interest: 1% a month with 2% taken at the start, over 12 months, is above
   * 15% (the borrower has 9,800 and repays as for 10,000). */
  rate = effective (SAJJA_LOAN_METHOD_DECLINING, 1000000, 100, SAJJA_RATE_PER_MONTH, 12, 20000);
  g_assert_cmpint (rate, >, 1500);
  g_assert_false (sajja_loan_check_usury (rate, 1200, 0, NULL));

  /* 1.5% a month is 18%, refused. */
  rate = effective (SAJJA_LOAN_METHOD_DECLINING, 1000000, 150, SAJJA_RATE_PER_MONTH, 12, 0);
  g_assert_cmpint (rate, ==, 1800);
  g_assert_false (sajja_loan_check_usury (rate, 1800, 0, NULL));

  /* A late fine is an "other benefit": 12% plus a 5% fine is refused, plus 3% allowed. */
  g_assert_false (sajja_loan_check_usury (1200, 1200, 500, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY);
  g_assert_true (sajja_loan_check_usury (1200, 1200, 300, NULL));
}

static void
test_terms_refused (void)
{
  SajjaLoanTerms terms = { 0, { 100, SAJJA_RATE_PER_MONTH }, 12, SAJJA_LOAN_METHOD_DECLINING, "2026-01-01", 0 };
  g_autoptr(GError) error = NULL;

  g_assert_null (sajja_loan_schedule_new (&terms, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);

  terms.principal = 100000;
  terms.months = 0;
  g_assert_false (sajja_loan_terms_check (&terms, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);

  terms.months = 12;
  terms.first_due = "2026-02-30";
  g_assert_false (sajja_loan_terms_check (&terms, &error));
  g_clear_error (&error);

  terms.first_due = "2026-02-01";
  terms.fee = 100000;
  g_assert_false (sajja_loan_terms_check (&terms, &error));
  g_clear_error (&error);
}

static void
test_rate_parse (void)
{
  g_autoptr(GError) error = NULL;
  gint64 bp = 0;

  g_assert_true (sajja_rate_parse_bp ("1.25", &bp, NULL));
  g_assert_cmpint (bp, ==, 125);
  g_assert_true (sajja_rate_parse_bp (" ๑.๕% ", &bp, NULL));
  g_assert_cmpint (bp, ==, 150);
  g_assert_true (sajja_rate_parse_bp ("12", &bp, NULL));
  g_assert_cmpint (bp, ==, 1200);
  g_assert_false (sajja_rate_parse_bp ("1.255", &bp, &error));
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (sajja_rate_parse_bp ("1,25", &bp, NULL));
  g_assert_false (sajja_rate_parse_bp ("101", &bp, NULL));
  g_assert_false (sajja_rate_parse_bp ("", &bp, NULL));

  {
    g_autofree char *text = sajja_rate_format_bp (1500);
    g_assert_cmpstr (text, ==, "15.00%");
  }
}

static void
test_method_names (void)
{
  for (SajjaLoanMethod m = 0; m < SAJJA_N_LOAN_METHODS; m++)
    {
      SajjaLoanMethod back;

      g_assert_true (sajja_loan_method_from_string (sajja_loan_method_to_string (m), &back));
      g_assert_cmpint (back, ==, m);
      g_assert_nonnull (sajja_loan_method_get_title (m));
    }
  g_assert_false (sajja_loan_method_from_string ("weekly", &(SajjaLoanMethod) { 0 }));
  g_assert_cmpint (sajja_date_days_between ("2026-01-31", "2026-03-01"), ==, 29);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/loan-schedule/declining", test_declining);
  g_test_add_func ("/loan-schedule/annuity", test_annuity);
  g_test_add_func ("/loan-schedule/annuity-yearly-rate", test_annuity_yearly_rate);
  g_test_add_func ("/loan-schedule/flat", test_flat);
  g_test_add_func ("/loan-schedule/flat-residue", test_flat_residue);
  g_test_add_func ("/loan-schedule/balloon", test_balloon);
  g_test_add_func ("/loan-schedule/zero-rate", test_zero_rate);
  g_test_add_func ("/loan-schedule/effective-rate", test_effective_rate);
  g_test_add_func ("/loan-schedule/terms-refused", test_terms_refused);
  g_test_add_func ("/loan-schedule/rate-parse", test_rate_parse);
  g_test_add_func ("/loan-schedule/method-names", test_method_names);

  return g_test_run ();
}
