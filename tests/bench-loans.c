/* bench-loans.c: how fast the loan questions are on a district's loan book.
 *
 * Makes the demo district (500 groups, 100,000 members, no savings history) and lends in every
 * group: two products under the law, about 40 loans out on the day asked about (12 to 24
 * months, paid out between two years and one month before it, each instalment repaid on its
 * day, about 15% of the borrowers some instalments behind) and 5 loans of 2024 repaid in full.
 * The first 500 loans go through the loan API (apply, approve, pay out, repay), timed, in
 * groups that have held savings days since their books began; the rest are written by bulk
 * INSERTs of the very rows the API writes (checked against the API's own rows for those 500
 * loans), in one transaction. sajja_db_verify() must find the books clean.
 *
 * Then measures, each several times (median after a warm-up run): the arrears of the whole file
 * and of one group on a day, where one loan stands, a member's loans, and making a schedule with
 * its effective rate. The outside reference is the same arrears question as one SQL query with
 * window functions, run by the sqlite3 shell on the same file; its answer is compared loan by
 * loan with the C API's.
 *
 *   meson test --benchmark -C _build loans -v
 *   SAJJA_BENCH_LOANS_DB=/tmp/loans.db _build/tests/bench-loans   (keeps the file for next time)
 *
 * Not a test: it prints a table and exits 0 (1 only when it cannot make the database, or the
 * database it made is not clean).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-ledger.h"
#include "sajja-loan.h"
#include "sajja-money.h"
#include "sajja-savings-day.h"
#include "sajja-uuid.h"

#define N_GROUPS 500
#define N_MEMBERS 100000
#define N_ACTIVE 40               /* loans out on the day, a group */
#define N_CLOSED 5                /* loans of 2024 repaid in full, a group */
#define N_API_LOANS 500
#define LATE_SHARE 0.15
#define GUARANTOR_LIMIT 3
#define SEED 20260630
#define AS_OF "2026-06-30"
#define AS_OF_YEAR 2026
#define AS_OF_MONTH 6
#define BOOKS_FROM "2024-01"      /* the month the groups' books in Sajja begin */
#define PRODUCTS_FROM "2024-01-01"
#define JOINED_BY "2023-06-30"    /* borrowers and guarantors: members since at least then */
#define MIN_MEMBER_MONTHS 6
#define SEED_DEPOSIT 1000000      /* satang each member deposits on the first savings day */
#define TREASURER "เหรัญญิก"
#define CHAIR "ประธานคณะกรรมการเงินกู้"
#define RESOLUTION "มติคณะกรรมการเงินกู้"

#define N_SLOW_RUNS 5
#define N_RUNS 21
#define N_FAST_RUNS 201

/* ---- timing and printing ---------------------------------------------------------------- */

typedef struct
{
  double median;
  double min;
  double max;
} Timing;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static Timing
summarize (double *ms,
           guint   n)
{
  Timing t;

  qsort (ms, n, sizeof (double), compare_doubles);
  t.min = ms[0];
  t.max = ms[n - 1];
  t.median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  return t;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Prints UTF-8 as it is, whatever the locale (g_print would turn Thai into "?" under LANG=C). */
static void say (const char *format,
                 ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  fputs (text, stdout);
  fflush (stdout);
}

/* A measurement: median (min, max) of runs. */
static void
print_timing (const char *what,
              Timing      t,
              const char *extra)
{
  say ("%-62s %10.3f ms median  (min %.3f, max %.3f)%s%s\n", what, t.median, t.min, t.max,
       extra != NULL ? "  " : "", extra != NULL ? extra : "");
}

/* A single run (setup). */
static void
print_once (const char *what,
            double      ms,
            const char *extra)
{
  say ("%-62s %10.1f ms once%s%s\n", what, ms, extra != NULL ? "    " : "", extra != NULL ? extra : "");
}

typedef void (*BenchFn) (gpointer data);

/* One warm-up run, then @n timed. */
static Timing
time_runs (guint    n,
           BenchFn  fn,
           gpointer data)
{
  g_autofree double *ms = g_new (double, n);

  fn (data);
  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();

      fn (data);
      ms[i] = ms_since (start);
    }
  return summarize (ms, n);
}

static void
die (const char *what,
     GError     *error)
{
  g_printerr ("bench-loans: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

/* ---- the loan book ------------------------------------------------------------------------ */

static const struct
{
  const char *name;
  const char *purpose;
  gint64 ceiling;               /* satang */
  SajjaRate rate;
  SajjaLoanMethod method;
  gint64 fee;                   /* satang */
  int low, high, step;          /* what members borrow, in baht */
  const char *purposes[4];
} products[] = {
  { "สามัญ", "ใช้จ่ายในครัวเรือนและลงทุนประกอบอาชีพ", 5000000, { 100, SAJJA_RATE_PER_MONTH },
    SAJJA_LOAN_METHOD_DECLINING, 0, 5000, 50000, 500,
    { "ซ่อมแซมบ้าน", "ค่าเล่าเรียนบุตร", "ซื้อรถจักรยานยนต์ใช้ทำงาน", "ขยายร้านค้า" } },
  { "เพื่อการผลิต", "ลงทุนทำสวนยาง ประมง เลี้ยงสัตว์ หรือค้าขาย", 3000000, { 90, SAJJA_RATE_PER_MONTH },
    SAJJA_LOAN_METHOD_ANNUITY, 5000, 10000, 30000, 1000,
    { "ซื้อกล้ายางพาราปลูกแทน", "ซื้ออวนและเครื่องยนต์เรือ", "ซื้อลูกโคขุน", "ทุนหมุนเวียนค้าขาย" } },
};

#define N_PRODUCTS G_N_ELEMENTS (products)

typedef struct
{
  gint64 group_id;
  gint64 member_id;
  guint product;                /* in products[] */
  gint64 product_id;
  gint64 guarantors[2];
  gint64 amount;                /* satang */
  guint months;
  const char *purpose;
  char applied[11];
  char disbursed[11];           /* also the day the committee decides */
  guint n_paid;                 /* instalments repaid, each on its day */
  gboolean late;
} LoanPlan;

typedef struct
{
  gint64 id;
  gint64 spouse;
  guint guarantees;             /* loans out that the member guarantees */
} Candidate;

static void
day_in_period (SajjaPeriod p,
               int         day,
               char        out[11])
{
  g_snprintf (out, 11, "%04d-%02d-%02d", p.year, p.month, day);
}

static void
iso_add_days (const char *iso,
              int         days,
              char        out[11])
{
  GDate date;
  g_autofree char *text = NULL;

  if (!sajja_date_from_iso (iso, &date, NULL))
    g_error ("bad day %s", iso);
  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  text = sajja_date_to_iso (&date);
  g_strlcpy (out, text, 11);
}

/* The loans of one group, as its committee would make them: the loans of 2024 first (each repaid
 * in full before the next is applied for), then the loans out on the day. Every draw comes from
 * the group's own seed, so the plan is the same however the loans are then written. */
static void
plan_group (SajjaDb      *db,
            guint         index,
            gint64        group_id,
            const gint64 *product_ids,
            GArray       *plans)
{
  guint32 seeds[2] = { SEED, index };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (Candidate));
  sqlite3_stmt *stmt;
  guint n, n_active, n_closed;

  stmt = sajja_db_prepare (db, "SELECT id, ifnull (spouse_id, 0) FROM members WHERE group_id = ?1 "
                           "AND status = 'active' AND join_date <= ?2 ORDER BY member_no", NULL);
  if (stmt == NULL)
    die ("members", NULL);
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, JOINED_BY, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Candidate c = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), 0 };

      g_array_append_val (people, c);
    }
  sqlite3_reset (stmt);

  n = people->len;
  n_active = MIN (N_ACTIVE, n);
  n_closed = MIN (N_CLOSED, n - n_active);

  for (guint j = 0; j < n_closed + n_active; j++)
    {
      gboolean closed = j < n_closed;
      guint b = closed ? n_active + j : j - n_closed;
      Candidate *borrower = &g_array_index (people, Candidate, b);
      LoanPlan p = { 0, };
      SajjaPeriod period;
      guint found = 0, picked[2] = { 0, 0 };
      int steps, day;

      p.group_id = group_id;
      p.member_id = borrower->id;
      p.product = g_rand_double (rand) < 0.6 ? 0 : 1;
      p.product_id = product_ids[p.product];
      steps = (products[p.product].high - products[p.product].low) / products[p.product].step;
      p.amount = (gint64) (products[p.product].low + products[p.product].step * g_rand_int_range (rand, 0, steps + 1)) * 100;
      p.purpose = products[p.product].purposes[g_rand_int_range (rand, 0, 4)];
      if (closed)
        {
          p.months = 12;
          period = sajja_period_add_months ((SajjaPeriod) { 2024, 2 }, g_rand_int_range (rand, 0, 5));
          p.n_paid = 12;
        }
      else
        {
          guint elapsed, missed;

          p.months = (guint) g_rand_int_range (rand, 12, 25);
          /* Instalments due before the day: from 1 to all but the last. */
          elapsed = (guint) g_rand_int_range (rand, 1, (gint32) p.months);
          period = sajja_period_add_months ((SajjaPeriod) { AS_OF_YEAR, AS_OF_MONTH }, -(int) elapsed);
          p.late = g_rand_double (rand) < LATE_SHARE;
          /* The late miss the last 1 to 4 of them. */
          missed = (guint) g_rand_int_range (rand, 1, 5);
          p.n_paid = p.late ? elapsed - MIN (elapsed, missed) : elapsed;
        }
      day = g_rand_int_range (rand, 1, 29);
      day_in_period (period, day, p.disbursed);
      iso_add_days (p.disbursed, -g_rand_int_range (rand, 0, 7), p.applied);

      /* Two guarantors among the members after the borrower: not the borrower's spouse, each
       * standing for at most GUARANTOR_LIMIT loans out. */
      for (guint step = 1; step < n && found < 2; step++)
        {
          guint k = (b + step) % n;
          Candidate *c = &g_array_index (people, Candidate, k);

          if (c->guarantees >= GUARANTOR_LIMIT || c->id == borrower->spouse || c->spouse == borrower->id)
            continue;
          picked[found++] = k;
        }
      if (found < 2)
        continue;
      for (guint i = 0; i < 2; i++)
        {
          Candidate *c = &g_array_index (people, Candidate, picked[i]);

          p.guarantors[i] = c->id;
          if (!closed)
            c->guarantees++;
        }
      g_array_append_val (plans, p);
    }
}

/* ---- the rows a loan has in the books ---------------------------------------------------- */

typedef struct
{
  const char *kind;
  const char *account;
  gint64 amount;
  char paid_on[11];
  char receipt;                 /* '-' none, 'R' a new receipt, 'r' the same as the entry before */
} RowEntry;

typedef struct
{
  gint64 effective_bp;
  GArray *schedule;             /* SajjaInstalment */
  GArray *entries;              /* RowEntry, in the order written */
  char closed_on[11];           /* "" while the loan is out */
} LoanRows;

static void
loan_rows_clear (LoanRows *rows)
{
  g_clear_pointer (&rows->schedule, g_array_unref);
  g_clear_pointer (&rows->entries, g_array_unref);
}

static void
add_entry (GArray     *entries,
           const char *kind,
           const char *account,
           gint64      amount,
           const char *paid_on,
           char        receipt)
{
  RowEntry e = { kind, account, amount, "", receipt };

  g_strlcpy (e.paid_on, paid_on, sizeof e.paid_on);
  g_array_append_val (entries, e);
}

/* What sajja_loan_apply, _approve, _disburse and _repay write for @p: the effective rate the
 * application is checked at (first instalment a month after applying), the schedule from a
 * month after paying out, and the journal: the payout (negative in "loans"), the fee, and each
 * instalment repaid on its day on its own receipt, interest first, then principal. */
static gboolean
loan_rows_make (const LoanPlan  *p,
                LoanRows        *out,
                GError         **error)
{
  g_autofree char *first_applied = sajja_date_add_months (p->applied, 1);
  g_autofree char *first_due = sajja_date_add_months (p->disbursed, 1);
  SajjaLoanTerms at_applying = { p->amount, products[p->product].rate, p->months, products[p->product].method,
                                 first_applied, products[p->product].fee };
  SajjaLoanTerms terms = at_applying;
  g_autoptr(GArray) checked = sajja_loan_schedule_new (&at_applying, error);

  memset (out, 0, sizeof *out);
  if (checked == NULL)
    return FALSE;
  out->effective_bp = sajja_loan_effective_rate_bp (checked, p->amount, products[p->product].fee);
  terms.first_due = first_due;
  out->schedule = sajja_loan_schedule_new (&terms, error);
  if (out->schedule == NULL)
    return FALSE;

  out->entries = g_array_new (FALSE, TRUE, sizeof (RowEntry));
  add_entry (out->entries, "loan-disbursement", "loans", -p->amount, p->disbursed, '-');
  if (products[p->product].fee > 0)
    add_entry (out->entries, "loan-fee", "fees", products[p->product].fee, p->disbursed, '-');
  for (guint i = 0; i < p->n_paid; i++)
    {
      const SajjaInstalment *inst = &g_array_index (out->schedule, SajjaInstalment, i);
      char receipt = 'R';

      if (inst->interest > 0)
        {
          add_entry (out->entries, "loan-interest", "interest", inst->interest, inst->due_on, receipt);
          receipt = 'r';
        }
      if (inst->principal > 0)
        add_entry (out->entries, "loan-principal", "loans", inst->principal, inst->due_on, receipt);
    }
  if (p->n_paid == p->months)
    g_strlcpy (out->closed_on, g_array_index (out->schedule, SajjaInstalment, p->months - 1).due_on,
               sizeof out->closed_on);
  return TRUE;
}

/* The rows as text, to compare with what the API wrote. */
static char *
describe_rows (const LoanPlan *p,
               const LoanRows *rows)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "loan member=%" G_GINT64_FORMAT " product=%" G_GINT64_FORMAT " amount=%" G_GINT64_FORMAT
                          " months=%u rate=%" G_GINT64_FORMAT "/%s method=%s fee=%" G_GINT64_FORMAT
                          " fine=300 grace=7 effective=%" G_GINT64_FORMAT " purpose=%s status=%s applied=%s decided=%s"
                          " by=%s resolution=%s disbursed=%s closed=%s\n",
                          p->member_id, p->product_id, p->amount, p->months, products[p->product].rate.bp,
                          sajja_rate_per_to_string (products[p->product].rate.per),
                          sajja_loan_method_to_string (products[p->product].method), products[p->product].fee,
                          rows->effective_bp, p->purpose, rows->closed_on[0] != '\0' ? "closed" : "active", p->applied,
                          p->disbursed, CHAIR, RESOLUTION, p->disbursed, rows->closed_on);
  for (guint i = 0; i < 2; i++)
    g_string_append_printf (s, "guarantor %" G_GINT64_FORMAT "\n", p->guarantors[i]);
  g_string_append_printf (s, "schedule 1 made=%s principal=%" G_GINT64_FORMAT " months=%u rate=%" G_GINT64_FORMAT
                          "/%s method=%s carried=0/0 after=0 reason=\n",
                          p->disbursed, p->amount, p->months, products[p->product].rate.bp,
                          sajja_rate_per_to_string (products[p->product].rate.per),
                          sajja_loan_method_to_string (products[p->product].method));
  for (guint i = 0; i < rows->schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (rows->schedule, SajjaInstalment, i);

      g_string_append_printf (s, "instalment %u %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", inst->number,
                              inst->due_on, inst->principal, inst->interest);
    }
  for (guint i = 0; i < rows->entries->len; i++)
    {
      const RowEntry *e = &g_array_index (rows->entries, RowEntry, i);

      g_string_append_printf (s, "entry %s %s %" G_GINT64_FORMAT " %s %c note=\n", e->kind, e->account, e->amount,
                              e->paid_on, e->receipt);
    }
  g_string_append (s, "log loan-apply \nlog loan-disburse ");
  g_string_append (s, p->disbursed);
  g_string_append_c (s, '\n');
  return g_string_free (s, FALSE);
}

static const char *
text_column (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static sqlite3_stmt *
prepare_or_die (sqlite3    *handle,
                const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("bench-loans: %s\n%s\n", sqlite3_errmsg (handle), sql);
      exit (1);
    }
  return stmt;
}

static gint64
int_column (sqlite3_stmt *stmt,
            int           column)
{
  return sqlite3_column_int64 (stmt, column);
}

/* The same text, read from what is stored for @loan_id. */
static char *
describe_stored (SajjaDb *db,
                 gint64   loan_id)
{
  sqlite3 *h = sajja_db_get_handle (db);
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gint64 last_receipt = 0;

  stmt = prepare_or_die (h, "SELECT member_id, product_id, amount, months, rate_bp, rate_per, method, fee, late_fine_bp, "
                            "grace_days, effective_bp, purpose, status, applied_on, decided_on, decided_by, resolution, "
                            "disbursed_on, closed_on, in_kind_item, in_kind_quantity, in_kind_unit, in_kind_price, note, "
                            "write_off_resolution FROM loans WHERE id = ?1");
  sqlite3_bind_int64 (stmt, 1, loan_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (s, "loan member=%" G_GINT64_FORMAT " product=%" G_GINT64_FORMAT " amount=%" G_GINT64_FORMAT
                              " months=%d rate=%" G_GINT64_FORMAT "/%s method=%s fee=%" G_GINT64_FORMAT
                              " fine=%" G_GINT64_FORMAT " grace=%d effective=%" G_GINT64_FORMAT " purpose=%s status=%s"
                              " applied=%s decided=%s by=%s resolution=%s disbursed=%s closed=%s\n",
                              int_column (stmt, 0), int_column (stmt, 1),
                              int_column (stmt, 2), sqlite3_column_int (stmt, 3),
                              int_column (stmt, 4), text_column (stmt, 5), text_column (stmt, 6),
                              int_column (stmt, 7), int_column (stmt, 8),
                              sqlite3_column_int (stmt, 9), int_column (stmt, 10), text_column (stmt, 11),
                              text_column (stmt, 12), text_column (stmt, 13), text_column (stmt, 14),
                              text_column (stmt, 15), text_column (stmt, 16), text_column (stmt, 17),
                              text_column (stmt, 18));
      if (*text_column (stmt, 19) != '\0' || int_column (stmt, 20) != 0 || *text_column (stmt, 21) != '\0'
          || int_column (stmt, 22) != 0 || *text_column (stmt, 23) != '\0' || *text_column (stmt, 24) != '\0')
        g_string_append (s, "unexpected in-kind, note or write-off columns\n");
    }
  sqlite3_finalize (stmt);

  stmt = prepare_or_die (h, "SELECT member_id, notice_sent_on IS NULL FROM loan_guarantors WHERE loan_id = ?1 ORDER BY id");
  sqlite3_bind_int64 (stmt, 1, loan_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "guarantor %" G_GINT64_FORMAT "%s\n", int_column (stmt, 0),
                            sqlite3_column_int (stmt, 1) ? "" : " (notice?)");
  sqlite3_finalize (stmt);

  stmt = prepare_or_die (h, "SELECT version, made_on, principal, months, rate_bp, rate_per, method, carried_interest, "
                            "carried_fines, after_journal_id, reason, id FROM loan_schedules WHERE loan_id = ?1 ORDER BY version");
  sqlite3_bind_int64 (stmt, 1, loan_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_stmt *inst = prepare_or_die (h, "SELECT number, due_on, principal, interest FROM loan_instalments "
                                              "WHERE schedule_id = ?1 ORDER BY number");

      g_string_append_printf (s, "schedule %d made=%s principal=%" G_GINT64_FORMAT " months=%d rate=%" G_GINT64_FORMAT
                              "/%s method=%s carried=%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT " after=%" G_GINT64_FORMAT
                              " reason=%s\n",
                              sqlite3_column_int (stmt, 0), text_column (stmt, 1), int_column (stmt, 2),
                              sqlite3_column_int (stmt, 3), int_column (stmt, 4), text_column (stmt, 5),
                              text_column (stmt, 6), int_column (stmt, 7), int_column (stmt, 8),
                              int_column (stmt, 9), text_column (stmt, 10));
      sqlite3_bind_int64 (inst, 1, int_column (stmt, 11));
      while (sqlite3_step (inst) == SQLITE_ROW)
        g_string_append_printf (s, "instalment %d %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
                                sqlite3_column_int (inst, 0), text_column (inst, 1), int_column (inst, 2),
                                int_column (inst, 3));
      sqlite3_finalize (inst);
    }
  sqlite3_finalize (stmt);

  stmt = prepare_or_die (h, "SELECT j.kind, j.account, j.amount, j.paid_on, ifnull (j.receipt_id, 0), j.note, "
                            "j.period = substr (j.paid_on, 1, 7) AND j.member_id IS l.member_id AND j.group_id = l.group_id "
                            "AND j.reverses_id IS NULL AND j.recorded_by = ?2 "
                            "AND (j.receipt_id IS NULL OR (r.paid_on = j.paid_on AND r.member_id IS l.member_id "
                            "AND r.group_id = l.group_id AND r.day_id IS NULL)) "
                            "FROM journal j JOIN loans l ON l.id = j.loan_id LEFT JOIN receipts r ON r.id = j.receipt_id "
                            "WHERE j.loan_id = ?1 ORDER BY j.id");
  sqlite3_bind_int64 (stmt, 1, loan_id);
  sqlite3_bind_text (stmt, 2, TREASURER, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 receipt = int_column (stmt, 4);

      g_string_append_printf (s, "entry %s %s %" G_GINT64_FORMAT " %s %c note=%s%s\n", text_column (stmt, 0),
                              text_column (stmt, 1), int_column (stmt, 2), text_column (stmt, 3),
                              receipt == 0 ? '-' : receipt == last_receipt ? 'r' : 'R', text_column (stmt, 5),
                              sqlite3_column_int (stmt, 6) ? "" : " (period, member, group, receipt or recorder differ)");
      last_receipt = receipt;
    }
  sqlite3_finalize (stmt);

  stmt = prepare_or_die (h, "SELECT a.action, a.detail FROM action_log a JOIN loans l ON l.uuid = a.subject_uuid "
                            "WHERE l.id = ?1 ORDER BY a.id");
  sqlite3_bind_int64 (stmt, 1, loan_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "log %s %s\n", text_column (stmt, 0), text_column (stmt, 1));
  sqlite3_finalize (stmt);

  return g_string_free (s, FALSE);
}

/* ---- writing the loans: through the API ------------------------------------------------- */

/* A savings day a month from the books' first month to the day, every member paying the pledge;
 * on the first, each deposits SEED_DEPOSIT besides: the money the group lends. */
static guint
savings_history (SajjaDb *db,
                 gint64   group_id)
{
  guint receipts = 0;

  for (SajjaPeriod p = { 2024, 1 }; sajja_period_compare (p, (SajjaPeriod) { AS_OF_YEAR, AS_OF_MONTH }) <= 0;
       p = sajja_period_add_months (p, 1))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SajjaSavingsDay) sd = NULL;
      char day[11];

      day_in_period (p, 5, day);
      sd = sajja_savings_day_new (db, group_id, day, &error);
      if (sd == NULL)
        die ("savings day", error);
      if (p.year == 2024 && p.month == 1)
        for (guint i = 0; i < sajja_savings_day_get_n_lines (sd); i++)
          sajja_savings_day_get_line (sd, i)->special = SEED_DEPOSIT;
      receipts += sajja_savings_day_post (sd, db, TREASURER, &error);
      if (error != NULL)
        die ("savings day post", error);
    }
  return receipts;
}

/* Applies, approves, pays out and repays @p through the API, each call its own transaction as
 * in the app, and checks that each repayment was shared as @rows says. Returns the loan id. */
static gint64
api_loan (SajjaDb        *db,
          const LoanPlan *p,
          const LoanRows *rows)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanApplication app = { p->member_id, p->product_id, p->applied, p->amount, p->months, p->purpose,
                               p->guarantors, 2, NULL, 0, NULL, 0 };
  gint64 id = sajja_loan_apply (db, p->group_id, &app, &error);

  if (id == 0)
    die ("sajja_loan_apply", error);
  if (!sajja_loan_approve (db, id, p->disbursed, CHAIR, RESOLUTION, &error))
    die ("sajja_loan_approve", error);
  if (!sajja_loan_disburse (db, id, p->disbursed, NULL, TREASURER, &error))
    die ("sajja_loan_disburse", error);
  for (guint i = 0; i < p->n_paid; i++)
    {
      const SajjaInstalment *inst = &g_array_index (rows->schedule, SajjaInstalment, i);
      SajjaLoanAllocation a;

      if (!sajja_loan_repay (db, id, inst->principal + inst->interest, inst->due_on, TREASURER, &a, &error))
        die ("sajja_loan_repay", error);
      if (a.fines != 0 || a.interest != inst->interest || a.principal != inst->principal
          || a.closed != (i + 1 == p->months))
        {
          g_printerr ("bench-loans: loan %" G_GINT64_FORMAT " instalment %u shared as %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT
                      "/%" G_GINT64_FORMAT ", not 0/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "\n",
                      id, inst->number, a.fines, a.interest, a.principal, inst->interest, inst->principal);
          exit (1);
        }
    }
  return id;
}

/* ---- writing the loans: bulk INSERTs --------------------------------------------------- */

typedef struct
{
  sqlite3 *handle;
  sqlite3_stmt *loan;
  sqlite3_stmt *guarantor;
  sqlite3_stmt *log;
  sqlite3_stmt *schedule;
  sqlite3_stmt *instalment;
  sqlite3_stmt *receipt;
  sqlite3_stmt *entry;
  char now[64];
  gint64 group_id;              /* the counters below are this group's */
  gint64 next_number;
  gint64 next_receipt;
  guint64 n_rows;
} Bulk;

static void
bulk_step (Bulk         *bulk,
           sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      g_printerr ("bench-loans: bulk insert: %s\n%s\n", sqlite3_errmsg (bulk->handle), sqlite3_sql (stmt));
      exit (1);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  bulk->n_rows++;
}

static void
bulk_init (Bulk    *bulk,
           SajjaDb *db)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *text = g_date_time_format_iso8601 (now);

  memset (bulk, 0, sizeof *bulk);
  bulk->handle = sajja_db_get_handle (db);
  g_strlcpy (bulk->now, text, sizeof bulk->now);
  bulk->loan = prepare_or_die (bulk->handle,
                               "INSERT INTO loans (uuid, group_id, member_id, product_id, number, applied_on, amount, months, "
                               "rate_bp, rate_per, method, fee, late_fine_bp, grace_days, effective_bp, purpose, in_kind_item, "
                               "in_kind_quantity, in_kind_unit, in_kind_price, status, decided_on, decided_by, resolution, "
                               "disbursed_on, closed_on, created_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 300, 7, ?13, ?14, '', 0, '', 0, "
                               "?15, ?16, ?17, ?18, ?19, ?20, ?21)");
  bulk->guarantor = prepare_or_die (bulk->handle, "INSERT INTO loan_guarantors (uuid, loan_id, member_id) VALUES (?1, ?2, ?3)");
  bulk->log = prepare_or_die (bulk->handle,
                              "INSERT INTO action_log (uuid, at, action, subject_uuid, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
  bulk->schedule = prepare_or_die (bulk->handle,
                                   "INSERT INTO loan_schedules (uuid, loan_id, version, made_on, reason, principal, months, "
                                   "rate_bp, rate_per, method, carried_interest, carried_fines, after_journal_id) "
                                   "VALUES (?1, ?2, 1, ?3, '', ?4, ?5, ?6, ?7, ?8, 0, 0, 0)");
  bulk->instalment = prepare_or_die (bulk->handle,
                                     "INSERT INTO loan_instalments (schedule_id, number, due_on, principal, interest) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5)");
  bulk->receipt = prepare_or_die (bulk->handle,
                                  "INSERT INTO receipts (uuid, group_id, number, member_id, paid_on) VALUES (?1, ?2, ?3, ?4, ?5)");
  bulk->entry = prepare_or_die (bulk->handle,
                                "INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                                "receipt_id, recorded_by, recorded_at, note, loan_id) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, substr (?7, 1, 7), ?7, ?8, ?9, ?10, '', ?11)");
}

static void
bulk_finish (Bulk *bulk)
{
  sqlite3_finalize (bulk->loan);
  sqlite3_finalize (bulk->guarantor);
  sqlite3_finalize (bulk->log);
  sqlite3_finalize (bulk->schedule);
  sqlite3_finalize (bulk->instalment);
  sqlite3_finalize (bulk->receipt);
  sqlite3_finalize (bulk->entry);
}

static void
bind_uuid (sqlite3_stmt *stmt,
           int           column)
{
  sqlite3_bind_text (stmt, column, sajja_uuid_new (), -1, g_free);
}

static void
bulk_loan (Bulk           *bulk,
           SajjaDb        *db,
           const LoanPlan *p,
           const LoanRows *rows)
{
  g_autofree char *uuid = sajja_uuid_new ();
  gint64 loan_id, schedule_id, receipt_id = 0;
  sqlite3_stmt *s;

  if (bulk->group_id != p->group_id)
    {
      /* Numbers go on from what the API wrote in the group, if anything. */
      bulk->group_id = p->group_id;
      bulk->next_number = sajja_db_query_int_params (db, "SELECT ifnull (max (number), 0) + 1 FROM loans WHERE group_id = ?1",
                                                     1, 1, p->group_id);
      bulk->next_receipt = sajja_db_query_int_params (db, "SELECT ifnull (max (number), 0) + 1 FROM receipts WHERE group_id = ?1",
                                                      1, 1, p->group_id);
    }

  s = bulk->loan;
  sqlite3_bind_text (s, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (s, 2, p->group_id);
  sqlite3_bind_int64 (s, 3, p->member_id);
  sqlite3_bind_int64 (s, 4, p->product_id);
  sqlite3_bind_int64 (s, 5, bulk->next_number++);
  sqlite3_bind_text (s, 6, p->applied, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (s, 7, p->amount);
  sqlite3_bind_int64 (s, 8, p->months);
  sqlite3_bind_int64 (s, 9, products[p->product].rate.bp);
  sqlite3_bind_text (s, 10, sajja_rate_per_to_string (products[p->product].rate.per), -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 11, sajja_loan_method_to_string (products[p->product].method), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (s, 12, products[p->product].fee);
  sqlite3_bind_int64 (s, 13, rows->effective_bp);
  sqlite3_bind_text (s, 14, p->purpose, -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 15, rows->closed_on[0] != '\0' ? "closed" : "active", -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 16, p->disbursed, -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 17, CHAIR, -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 18, RESOLUTION, -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 19, p->disbursed, -1, SQLITE_STATIC);
  if (rows->closed_on[0] != '\0')
    sqlite3_bind_text (s, 20, rows->closed_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 21, bulk->now, -1, SQLITE_STATIC);
  bulk_step (bulk, s);
  loan_id = sqlite3_last_insert_rowid (bulk->handle);

  for (guint i = 0; i < 2; i++)
    {
      bind_uuid (bulk->guarantor, 1);
      sqlite3_bind_int64 (bulk->guarantor, 2, loan_id);
      sqlite3_bind_int64 (bulk->guarantor, 3, p->guarantors[i]);
      bulk_step (bulk, bulk->guarantor);
    }

  bind_uuid (bulk->log, 1);
  sqlite3_bind_text (bulk->log, 2, bulk->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (bulk->log, 3, "loan-apply", -1, SQLITE_STATIC);
  sqlite3_bind_text (bulk->log, 4, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (bulk->log, 5, "", -1, SQLITE_STATIC);
  bulk_step (bulk, bulk->log);

  /* The payout and the fee first, as sajja_loan_disburse writes them, then the schedule. */
  for (guint i = 0; i < rows->entries->len; i++)
    {
      const RowEntry *e = &g_array_index (rows->entries, RowEntry, i);

      if (e->receipt != '-')
        break;
      s = bulk->entry;
      bind_uuid (s, 1);
      sqlite3_bind_int64 (s, 2, p->group_id);
      sqlite3_bind_int64 (s, 3, p->member_id);
      sqlite3_bind_text (s, 4, e->account, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 5, e->kind, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s, 6, e->amount);
      sqlite3_bind_text (s, 7, e->paid_on, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 9, TREASURER, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 10, bulk->now, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s, 11, loan_id);
      bulk_step (bulk, s);
    }

  s = bulk->schedule;
  bind_uuid (s, 1);
  sqlite3_bind_int64 (s, 2, loan_id);
  sqlite3_bind_text (s, 3, p->disbursed, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (s, 4, p->amount);
  sqlite3_bind_int64 (s, 5, p->months);
  sqlite3_bind_int64 (s, 6, products[p->product].rate.bp);
  sqlite3_bind_text (s, 7, sajja_rate_per_to_string (products[p->product].rate.per), -1, SQLITE_STATIC);
  sqlite3_bind_text (s, 8, sajja_loan_method_to_string (products[p->product].method), -1, SQLITE_STATIC);
  bulk_step (bulk, s);
  schedule_id = sqlite3_last_insert_rowid (bulk->handle);
  for (guint i = 0; i < rows->schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (rows->schedule, SajjaInstalment, i);

      s = bulk->instalment;
      sqlite3_bind_int64 (s, 1, schedule_id);
      sqlite3_bind_int64 (s, 2, inst->number);
      sqlite3_bind_text (s, 3, inst->due_on, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s, 4, inst->principal);
      sqlite3_bind_int64 (s, 5, inst->interest);
      bulk_step (bulk, s);
    }

  bind_uuid (bulk->log, 1);
  sqlite3_bind_text (bulk->log, 2, bulk->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (bulk->log, 3, "loan-disburse", -1, SQLITE_STATIC);
  sqlite3_bind_text (bulk->log, 4, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (bulk->log, 5, p->disbursed, -1, SQLITE_STATIC);
  bulk_step (bulk, bulk->log);

  /* The repayments, each on its receipt. */
  for (guint i = 0; i < rows->entries->len; i++)
    {
      const RowEntry *e = &g_array_index (rows->entries, RowEntry, i);

      if (e->receipt == '-')
        continue;
      if (e->receipt == 'R')
        {
          s = bulk->receipt;
          bind_uuid (s, 1);
          sqlite3_bind_int64 (s, 2, p->group_id);
          sqlite3_bind_int64 (s, 3, bulk->next_receipt++);
          sqlite3_bind_int64 (s, 4, p->member_id);
          sqlite3_bind_text (s, 5, e->paid_on, -1, SQLITE_STATIC);
          bulk_step (bulk, s);
          receipt_id = sqlite3_last_insert_rowid (bulk->handle);
        }
      s = bulk->entry;
      bind_uuid (s, 1);
      sqlite3_bind_int64 (s, 2, p->group_id);
      sqlite3_bind_int64 (s, 3, p->member_id);
      sqlite3_bind_text (s, 4, e->account, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 5, e->kind, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s, 6, e->amount);
      sqlite3_bind_text (s, 7, e->paid_on, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s, 8, receipt_id);
      sqlite3_bind_text (s, 9, TREASURER, -1, SQLITE_STATIC);
      sqlite3_bind_text (s, 10, bulk->now, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (s, 11, loan_id);
      bulk_step (bulk, s);
    }
}

/* ---- making the database ----------------------------------------------------------------- */

static void
make_book (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) product_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) plans = g_array_new (FALSE, TRUE, sizeof (LoanPlan));
  g_autoptr(GArray) api_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *extra = NULL;
  SajjaDemoOptions options;
  sqlite3_stmt *stmt;
  LoanRows *rows;
  guint n_api, n_api_groups = 0, receipts = 0, repayments = 0, same = 0, n_late = 0, n_closed = 0;
  gint64 start, last_group = 0;
  double api_ms;
  Bulk bulk;

  if (db == NULL)
    die (path, error);

  sajja_demo_options_init (&options);
  options.n_groups = N_GROUPS;
  options.n_members = N_MEMBERS;
  options.n_months = 0;
  start = g_get_monotonic_time ();
  if (!sajja_demo_generate (db, &options, NULL, NULL, NULL, &error))
    die ("demo", error);
  print_once ("setup: demo district, 500 groups, 100,000 members, no savings", ms_since (start), NULL);

  /* Every group's books begin in January 2024 with two loan products. */
  start = g_get_monotonic_time ();
  if (!sajja_db_exec (db, "UPDATE groups SET books_from = '" BOOKS_FROM "'", &error) || !sajja_db_begin (db, &error))
    die ("groups", error);
  stmt = sajja_db_prepare (db, "SELECT id FROM groups ORDER BY id", &error);
  if (stmt == NULL)
    die ("groups", error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (groups, id);
    }
  sqlite3_reset (stmt);
  for (guint g = 0; g < groups->len; g++)
    for (guint i = 0; i < N_PRODUCTS; i++)
      {
        SajjaLoanProduct product = {
          .name = (char *) products[i].name,
          .effective_from = (char *) PRODUCTS_FROM,
          .purpose = (char *) products[i].purpose,
          .ceiling = products[i].ceiling,
          .max_months = 24,
          .rate = products[i].rate,
          .method = products[i].method,
          .fee = products[i].fee,
          .guarantors = 2,
          .guarantor_max_loans = GUARANTOR_LIMIT,
          .min_member_months = MIN_MEMBER_MONTHS,
          .late_fine_bp = 300,
          .grace_days = 7,
        };
        gint64 id = sajja_loan_product_save (db, g_array_index (groups, gint64, g), &product, &error);

        if (id == 0)
          die ("sajja_loan_product_save", error);
        g_array_append_val (product_ids, id);
      }
  if (!sajja_db_commit (db, &error))
    die ("products", error);
  print_once ("setup: 2 loan products a group (sajja_loan_product_save)", ms_since (start), NULL);

  for (guint g = 0; g < groups->len; g++)
    plan_group (db, g, g_array_index (groups, gint64, g), &g_array_index (product_ids, gint64, g * N_PRODUCTS), plans);
  rows = g_new0 (LoanRows, plans->len);
  for (guint i = 0; i < plans->len; i++)
    {
      const LoanPlan *p = &g_array_index (plans, LoanPlan, i);

      if (!loan_rows_make (p, &rows[i], &error))
        die ("schedule", error);
      n_late += p->late;
      n_closed += p->n_paid == p->months;
    }
  n_api = MIN (N_API_LOANS, plans->len);

  /* The groups that lend through the API hold their savings days first: the application checks
   * want pledges paid and money in the box. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_api; i++)
    {
      const LoanPlan *p = &g_array_index (plans, LoanPlan, i);

      if (p->group_id != last_group)
        {
          receipts += savings_history (db, p->group_id);
          last_group = p->group_id;
          n_api_groups++;
        }
    }
  extra = g_strdup_printf ("%u groups, 30 months, %u receipts", n_api_groups, receipts);
  print_once ("setup: savings days of the groups lending through the API", ms_since (start), extra);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_api; i++)
    {
      gint64 id = api_loan (db, &g_array_index (plans, LoanPlan, i), &rows[i]);

      g_array_append_val (api_ids, id);
      repayments += g_array_index (plans, LoanPlan, i).n_paid;
    }
  api_ms = ms_since (start);
  g_free (extra);
  extra = g_strdup_printf ("%u loans, %u repayments: %.1f ms a loan (%.1f repayments); all %u so: ~%.0f s",
                           n_api, repayments, api_ms / n_api, (double) repayments / n_api, plans->len,
                           api_ms / n_api * plans->len / 1000.0);
  print_once ("apply+approve+pay out+N repayments per loan through the API", api_ms, extra);

  /* The bulk writer's rows are the API's, for every loan the API wrote. */
  for (guint i = 0; i < n_api; i++)
    {
      g_autofree char *want = describe_rows (&g_array_index (plans, LoanPlan, i), &rows[i]);
      g_autofree char *got = describe_stored (db, g_array_index (api_ids, gint64, i));

      if (g_strcmp0 (want, got) == 0)
        same++;
      else if (same == i)
        say ("  the first loan whose rows differ (bulk writer, then API):\n%s--\n%s", want, got);
    }
  say ("%-62s %u of %u loans\n", "check: the bulk writer's rows are the API's", same, n_api);
  if (same != n_api)
    {
      g_printerr ("bench-loans: the bulk rows differ from the API's\n");
      exit (1);
    }

  start = g_get_monotonic_time ();
  bulk_init (&bulk, db);
  if (!sajja_db_begin (db, &error))
    die ("bulk", error);
  for (guint i = n_api; i < plans->len; i++)
    bulk_loan (&bulk, db, &g_array_index (plans, LoanPlan, i), &rows[i]);
  bulk_finish (&bulk);
  if (!sajja_db_commit (db, &error))
    die ("bulk", error);
  g_free (extra);
  extra = g_strdup_printf ("%u loans, %" G_GUINT64_FORMAT " rows, one transaction", plans->len - n_api, bulk.n_rows);
  print_once ("setup: the other loans by bulk INSERTs of the API's rows", ms_since (start), extra);

  say ("%-62s %u loans in %u groups: %u out on " AS_OF " (%u of them behind), %u repaid in 2025\n", "the loan book",
       plans->len, groups->len, plans->len - n_closed, n_late, n_closed);

  for (guint i = 0; i < plans->len; i++)
    loan_rows_clear (&rows[i]);
  g_free (rows);

  start = g_get_monotonic_time ();
  if (!sajja_db_close (db, FALSE, 0, &error))
    die ("close", error);
  print_once ("setup: close (WAL checkpoint)", ms_since (start), NULL);
}

/* ---- the outside reference: the sqlite3 shell ------------------------------------------- */

/* The arrears question of sajja_loan_arrears() as one query: for each loan out on the day, the
 * schedule in force (the highest version made on or before the day), the principal and
 * interest repaid after that schedule began (reversals counting as the kind they undo, a
 * write-off's loan entry as principal), the instalments' running totals by a window, and the
 * oldest instalment due before the day that those repayments do not cover; then, by windows
 * over every loan out, how many there are, what they owe, how many are overdue. One row for
 * each loan overdue, most days first. @DAY@ is the day. */
static const char arrears_sql[] =
  "WITH cur AS ("
  "  SELECT id, loan_id, principal, carried_interest, after_journal_id FROM ("
  "    SELECT s.id, s.loan_id, s.principal, s.carried_interest, s.after_journal_id,"
  "           row_number () OVER (PARTITION BY s.loan_id ORDER BY s.version DESC) AS rn"
  "    FROM loans l JOIN loan_schedules s ON s.loan_id = l.id"
  "    WHERE l.disbursed_on <= '@DAY@' AND (l.closed_on IS NULL OR l.closed_on > '@DAY@')"
  "      AND s.made_on <= '@DAY@')"
  "  WHERE rn = 1),"
  " paid AS ("
  "  SELECT c.loan_id,"
  "         sum (CASE WHEN ifnull (o.kind, j.kind) = 'loan-principal'"
  "                     OR (ifnull (o.kind, j.kind) = 'loan-write-off' AND j.account = 'loans')"
  "                   THEN j.amount ELSE 0 END) AS p_paid,"
  "         sum (CASE WHEN ifnull (o.kind, j.kind) = 'loan-interest' THEN j.amount ELSE 0 END) AS i_paid"
  "  FROM cur c JOIN journal j ON j.loan_id = c.loan_id LEFT JOIN journal o ON o.id = j.reverses_id"
  "  WHERE j.id > c.after_journal_id AND j.paid_on <= '@DAY@'"
  "  GROUP BY c.loan_id),"
  " due AS ("
  "  SELECT c.loan_id, c.principal, ifnull (p.p_paid, 0) AS p_paid, ifnull (p.i_paid, 0) AS i_paid, i.due_on,"
  "         sum (i.principal) OVER w AS cum_p,"
  "         sum (i.interest) OVER w + c.carried_interest AS cum_i"
  "  FROM cur c LEFT JOIN paid p ON p.loan_id = c.loan_id JOIN loan_instalments i ON i.schedule_id = c.id"
  "  WINDOW w AS (PARTITION BY i.schedule_id ORDER BY i.number ROWS UNBOUNDED PRECEDING)),"
  " per_loan AS ("
  "  SELECT loan_id, max (principal - p_paid, 0) AS outstanding,"
  "         ifnull (CAST (round (julianday ('@DAY@') - julianday (min (CASE WHEN due_on < '@DAY@'"
  "           AND (cum_p > p_paid OR cum_i > i_paid) THEN due_on END))) AS INTEGER), 0) AS days"
  "  FROM due GROUP BY loan_id),"
  " book AS ("
  "  SELECT loan_id, days, outstanding,"
  "         count (*) OVER () AS loans, sum (outstanding) OVER () AS total,"
  "         sum (days > 0) OVER () AS overdue,"
  "         sum (CASE WHEN days > 0 THEN outstanding ELSE 0 END) OVER () AS overdue_total"
  "  FROM per_loan)"
  " SELECT b.loan_id, b.days, b.outstanding, b.loans, b.total, b.overdue, b.overdue_total"
  " FROM book b JOIN loans l ON l.id = b.loan_id"
  " WHERE b.days > 0 ORDER BY b.days DESC, l.number, l.group_id";

static char *sqlite3_shell;

/* Runs @sql n + 1 times in one sqlite3 process with .timer on: the first run's rows into
 * @out_rows, then the median of the "real" times of the other runs (their rows to /dev/null).
 * Negative without the shell. */
static double
shell_time (const char *path,
            const char *sql,
            guint       n,
            GPtrArray  *out_rows)
{
  g_autoptr(GString) script = g_string_new (".timer on\n");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree double *ms = g_new (double, n + 1);
  guint got = 0;

  if (sqlite3_shell == NULL)
    return -1;

  g_string_append_printf (script, "%s;\n.output /dev/null\n", sql);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (script, "%s;\n", sql);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                              | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, sqlite3_shell, "-batch", "-readonly", path, NULL);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, script->str, NULL, &out, &err, &error))
    {
      g_printerr ("sqlite3: %s\n", error->message);
      return -1;
    }
  if (err != NULL && *err != '\0')
    g_printerr ("sqlite3: %s", err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && got < n + 1; i++)
    {
      double real;

      if (sscanf (lines[i], "Run Time: real %lf", &real) == 1)
        ms[got++] = real * 1000.0;
      else if (got == 0 && *lines[i] != '\0' && out_rows != NULL)
        g_ptr_array_add (out_rows, g_strdup (lines[i]));
    }
  if (got < 2)
    return -1;
  return summarize (ms + 1, got - 1).median;
}

/* ---- measurements ----------------------------------------------------------------------- */

typedef struct
{
  SajjaDb *db;
  gint64 group_id;
  gint64 loan_id;
  gint64 member_id;
  const SajjaLoanTerms *terms;
  guint n;
  gint64 value;
  SajjaLoanPortfolio portfolio;
} Job;

static void
run_arrears (gpointer data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = sajja_loan_arrears (job->db, job->group_id, AS_OF, &job->portfolio, &error);

  if (rows == NULL)
    die ("sajja_loan_arrears", error);
  job->n = rows->len;
}

static void
run_position (gpointer data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  SajjaLoanPosition pos;

  if (!sajja_loan_position (job->db, job->loan_id, AS_OF, &pos, &error))
    die ("sajja_loan_position", error);
  job->value = pos.days_overdue;
  job->n = pos.instalments_paid;
}

static void
run_member_list (gpointer data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) loans = sajja_loan_list (job->db, 0, job->member_id, &error);

  if (loans == NULL)
    die ("sajja_loan_list", error);
  job->n = loans->len;
}

static void
run_schedule (gpointer data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) schedule = sajja_loan_schedule_new (job->terms, &error);

  if (schedule == NULL)
    die ("sajja_loan_schedule_new", error);
  job->value = sajja_loan_effective_rate_bp (schedule, job->terms->principal, job->terms->fee);
  job->n = schedule->len;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  gint64 i = g_ascii_strtoll (x, NULL, 10);
  gint64 j = g_ascii_strtoll (y, NULL, 10);

  return i < j ? -1 : i > j;
}

static char *
baht (gint64 satang)
{
  return sajja_money_format (satang);
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
main (int    argc,
      char **argv)
{
  const char *env = g_getenv ("SAJJA_BENCH_LOANS_DB");
  g_autofree char *tmp_dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) api_rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sql_rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new (arrears_sql);
  g_autofree char *extra = NULL;
  SajjaDb *db;
  Job job = { 0, };
  Timing t;
  GStatBuf st;
  gint64 start, overdue_outstanding = 0, late_loan = 0;
  double shell_ms;

  (void) argc;
  (void) argv;

  if (env != NULL && *env != '\0')
    path = g_strdup (env);
  else
    {
      tmp_dir = g_dir_make_tmp ("sajja-bench-loans-XXXXXX", &error);
      if (tmp_dir == NULL)
        die ("temporary folder", error);
      path = g_build_filename (tmp_dir, "loans.db", NULL);
    }
  sqlite3_shell = g_find_program_in_path ("sqlite3");

  say ("Sajja loan book benchmark (SQLite %s), %u processors\n\n", sqlite3_libversion (), g_get_num_processors ());
  if (g_stat (path, &st) == 0 && st.st_size > 0)
    say ("reusing %s\n", path);
  else
    make_book (path);

  start = g_get_monotonic_time ();
  db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  if (db == NULL)
    die (path, error);
  print_once ("setup: open (with its quick_check)", ms_since (start), NULL);

  start = g_get_monotonic_time ();
  if (!sajja_db_verify (db, problems))
    {
      say ("sajja_db_verify found %u problems:\n", problems->len);
      for (guint i = 0; i < problems->len; i++)
        say ("    %s\n", (const char *) g_ptr_array_index (problems, i));
      return 1;
    }
  print_once ("setup: sajja_db_verify (clean)", ms_since (start), NULL);

  if (g_stat (path, &st) == 0)
    say ("%s: %" G_GINT64_FORMAT " loans, %" G_GINT64_FORMAT " instalments, %" G_GINT64_FORMAT " journal rows (%"
         G_GINT64_FORMAT " of loans), %.0f MB\n", path,
         sajja_db_query_int (db, "SELECT count(*) FROM loans", 0, NULL),
         sajja_db_query_int (db, "SELECT count(*) FROM loan_instalments", 0, NULL),
         sajja_db_query_int (db, "SELECT count(*) FROM journal", 0, NULL),
         sajja_db_query_int (db, "SELECT count(*) FROM journal WHERE loan_id IS NOT NULL", 0, NULL),
         st.st_size / 1048576.0);

  say ("\nEach line: median of the runs after one warm-up run; times in milliseconds. The day is " AS_OF ".\n\n");
  job.db = db;

  /* The whole file's arrears: the C API, then the same question in SQL in the sqlite3 shell. */
  t = time_runs (N_SLOW_RUNS, run_arrears, &job);
  {
    g_autoptr(GPtrArray) rows = sajja_loan_arrears (db, 0, AS_OF, &job.portfolio, &error);

    if (rows == NULL)
      die ("sajja_loan_arrears", error);
    for (guint i = 0; i < rows->len; i++)
      {
        const SajjaLoanArrears *row = g_ptr_array_index (rows, i);

        if (i == 0)
          late_loan = row->loan->id;
        overdue_outstanding += row->position.outstanding;
        g_ptr_array_add (api_rows, g_strdup_printf ("%" G_GINT64_FORMAT "|%d|%" G_GINT64_FORMAT, row->loan->id,
                                                    row->position.days_overdue, row->position.outstanding));
      }
  }
  extra = g_strdup_printf ("%u of %u loans overdue", job.portfolio.loans_overdue, job.portfolio.loans);
  print_timing ("sajja_loan_arrears, the whole file (every group)", t, extra);

  g_string_replace (sql, "@DAY@", AS_OF, 0);
  shell_ms = shell_time (path, sql->str, N_SLOW_RUNS, sql_rows);
  if (shell_ms >= 0)
    {
      g_autofree char *first = sql_rows->len > 0 ? g_strdup (g_ptr_array_index (sql_rows, 0)) : g_strdup ("");
      g_auto(GStrv) f = g_strsplit (first, "|", -1);
      g_autoptr(GPtrArray) sql_keys = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) b = g_string_new (NULL);
      gint64 sql_loans = g_strv_length (f) == 7 ? g_ascii_strtoll (f[3], NULL, 10) : -1;
      gint64 sql_total = g_strv_length (f) == 7 ? g_ascii_strtoll (f[4], NULL, 10) : -1;
      gint64 sql_overdue = g_strv_length (f) == 7 ? g_ascii_strtoll (f[5], NULL, 10) : -1;
      gint64 sql_overdue_total = g_strv_length (f) == 7 ? g_ascii_strtoll (f[6], NULL, 10) : -1;
      g_autofree char *api_total = baht (job.portfolio.outstanding);
      g_autofree char *api_overdue_total = baht (overdue_outstanding);
      g_autofree char *s_total = baht (sql_total);
      g_autofree char *s_overdue_total = baht (sql_overdue_total);
      gboolean match;

      for (guint i = 0; i < sql_rows->len; i++)
        {
          g_auto(GStrv) r = g_strsplit (g_ptr_array_index (sql_rows, i), "|", 4);

          if (g_strv_length (r) >= 3)
            g_ptr_array_add (sql_keys, g_strdup_printf ("%s|%s|%s", r[0], r[1], r[2]));
        }
      g_ptr_array_sort (api_rows, compare_ids);
      g_ptr_array_sort (sql_keys, compare_ids);
      for (guint i = 0; i < api_rows->len; i++)
        g_string_append_printf (a, "%s\n", (const char *) g_ptr_array_index (api_rows, i));
      for (guint i = 0; i < sql_keys->len; i++)
        g_string_append_printf (b, "%s\n", (const char *) g_ptr_array_index (sql_keys, i));
      match = sql_overdue == job.portfolio.loans_overdue && sql_loans == job.portfolio.loans
              && sql_total == job.portfolio.outstanding && sql_overdue_total == overdue_outstanding
              && g_str_equal (a->str, b->str);

      say ("%-62s %10.3f ms median  (%u runs in one process after a warm-up run; spawn not included)\n",
           "reference: the same question, one SQL query, sqlite3 shell", shell_ms, N_SLOW_RUNS);
      say ("   C API: %u overdue of %u loans out, %s baht outstanding (%s baht of it in loans overdue)\n",
           job.portfolio.loans_overdue, job.portfolio.loans, api_total, api_overdue_total);
      say ("   SQL:   %" G_GINT64_FORMAT " overdue of %" G_GINT64_FORMAT " loans out, %s baht outstanding (%s baht of it in "
           "loans overdue)\n", sql_overdue, sql_loans, s_total, s_overdue_total);
      say ("   %s: the counts, the sums, and every overdue loan's days and principal (%u rows)\n",
           match ? "match" : "MISMATCH", sql_keys->len);
    }
  else
    say ("reference: sqlite3 shell not found (apt-get install sqlite3); skipped.\n");

  /* One group: the one with the most loans. */
  job.group_id = sajja_db_query_int (db, "SELECT group_id FROM loans GROUP BY group_id ORDER BY count(*) DESC, group_id LIMIT 1",
                                     0, NULL);
  t = time_runs (N_RUNS, run_arrears, &job);
  g_free (extra);
  extra = g_strdup_printf ("%u of %u loans overdue", job.portfolio.loans_overdue, job.portfolio.loans);
  print_timing ("sajja_loan_arrears, one group", t, extra);

  /* One loan: the one out with the most entries. */
  job.loan_id = sajja_db_query_int (db, "SELECT loan_id FROM journal WHERE loan_id IN (SELECT id FROM loans WHERE status = 'active') "
                                        "GROUP BY loan_id ORDER BY count(*) DESC, loan_id LIMIT 1", 0, NULL);
  t = time_runs (N_FAST_RUNS, run_position, &job);
  g_free (extra);
  extra = g_strdup_printf ("%u instalments repaid, %" G_GINT64_FORMAT " days overdue", job.n, job.value);
  print_timing ("sajja_loan_position, one loan (the most entries)", t, extra);
  if (late_loan != 0)
    {
      job.loan_id = late_loan;
      t = time_runs (N_FAST_RUNS, run_position, &job);
      g_free (extra);
      extra = g_strdup_printf ("%u instalments repaid, %" G_GINT64_FORMAT " days overdue", job.n, job.value);
      print_timing ("sajja_loan_position, one loan (the most days overdue)", t, extra);
    }

  /* One member: a borrower who also guarantees loans. */
  job.member_id = sajja_db_query_int (db, "SELECT l.member_id FROM loans l JOIN loan_guarantors g ON g.member_id = l.member_id "
                                          "GROUP BY l.member_id ORDER BY count(*) DESC, l.member_id LIMIT 1", 0, NULL);
  t = time_runs (N_FAST_RUNS, run_member_list, &job);
  g_free (extra);
  extra = g_strdup_printf ("%u loan%s", job.n, job.n == 1 ? "" : "s");
  print_timing ("sajja_loan_list, one member", t, extra);

  {
    SajjaLoanTerms long_annuity = { 100000000, { 600, SAJJA_RATE_PER_YEAR }, 360, SAJJA_LOAN_METHOD_ANNUITY,
                                    "2026-07-01", 0 };
    SajjaLoanTerms year_declining = { 3000000, { 100, SAJJA_RATE_PER_MONTH }, 12, SAJJA_LOAN_METHOD_DECLINING,
                                      "2026-07-01", 0 };
    g_autofree char *rate = NULL;

    job.terms = &long_annuity;
    t = time_runs (N_FAST_RUNS, run_schedule, &job);
    rate = sajja_rate_format_bp (job.value);
    g_free (extra);
    extra = g_strdup_printf ("1,000,000 baht at 6%% a year: %u instalments, effective %s", job.n, rate);
    print_timing ("schedule_new + effective_rate_bp, 360-month annuity", t, extra);

    job.terms = &year_declining;
    t = time_runs (N_FAST_RUNS, run_schedule, &job);
    g_free (rate);
    rate = sajja_rate_format_bp (job.value);
    g_free (extra);
    extra = g_strdup_printf ("30,000 baht at 1%% a month, declining: effective %s", rate);
    print_timing ("schedule_new + effective_rate_bp, 12-month loan", t, extra);
  }

  sajja_db_close (db, FALSE, 0, NULL);
  g_object_unref (db);
  g_free (sqlite3_shell);

  if (tmp_dir != NULL)
    {
      remove_database (path);
      g_rmdir (tmp_dir);
    }
  return 0;
}
