/* sajja-loan-schedule.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sajja-date.h"
#include "sajja-loan-schedule.h"
#include "sajja-money.h"

G_DEFINE_QUARK (sajja-loan-error-quark, sajja_loan_error)

/* The largest loan: ten thousand million baht, so that a balance times a rate in hundredths of
 * a percent stays far inside 64 bits. */
#define MAX_PRINCIPAL G_GINT64_CONSTANT (1000000000000)
#define MAX_MONTHS 360
#define MAX_RATE_BP 10000

/* Fixed point for the annuity factor and the rate of return: 10^18 is one. */
#define ONE ((__int128) 1000000000000000000LL)

static const char * const method_names[] = { "declining", "annuity", "flat", "balloon" };
G_STATIC_ASSERT (G_N_ELEMENTS (method_names) == SAJJA_N_LOAN_METHODS);

const char *
sajja_loan_method_to_string (SajjaLoanMethod method)
{
  g_return_val_if_fail (method < SAJJA_N_LOAN_METHODS, NULL);
  return method_names[method];
}

gboolean
sajja_loan_method_from_string (const char      *name,
                               SajjaLoanMethod *out)
{
  for (guint i = 0; name != NULL && i < SAJJA_N_LOAN_METHODS; i++)
    if (g_strcmp0 (name, method_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_loan_method_get_title (SajjaLoanMethod method)
{
  switch (method)
    {
    case SAJJA_LOAN_METHOD_DECLINING:
      /* Translators: a repayment method ("ต้นเท่ากัน ดอกเบี้ยลดต้นลดดอก"). */
      return _("Equal principal, interest on the balance");
    case SAJJA_LOAN_METHOD_ANNUITY:
      /* Translators: a repayment method ("ผ่อนเท่ากันทุกงวด"). */
      return _("Equal instalments");
    case SAJJA_LOAN_METHOD_FLAT:
      /* Translators: a repayment method ("ดอกเบี้ยคงที่ คิดจากเงินต้นเดิม"). */
      return _("Flat interest on the original principal");
    case SAJJA_LOAN_METHOD_BALLOON:
      /* Translators: a repayment method ("ส่งดอกเบี้ยรายเดือน คืนต้นงวดสุดท้าย"). */
      return _("Interest monthly, principal at the end");
    case SAJJA_N_LOAN_METHODS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sajja_rate_per_to_string (SajjaRatePer per)
{
  return per == SAJJA_RATE_PER_YEAR ? "year" : "month";
}

gboolean
sajja_rate_per_from_string (const char   *name,
                            SajjaRatePer *out)
{
  if (g_strcmp0 (name, "month") == 0)
    *out = SAJJA_RATE_PER_MONTH;
  else if (g_strcmp0 (name, "year") == 0)
    *out = SAJJA_RATE_PER_YEAR;
  else
    return FALSE;
  return TRUE;
}

gint64
sajja_rate_yearly_bp (SajjaRate rate)
{
  return rate.per == SAJJA_RATE_PER_MONTH ? rate.bp * 12 : rate.bp;
}

char *
sajja_rate_format_bp (gint64 bp)
{
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT "%%",
                          bp < 0 ? "-" : "", ABS (bp) / 100, ABS (bp) % 100);
}

char *
sajja_rate_format (SajjaRate rate)
{
  g_autofree char *percent = sajja_rate_format_bp (rate.bp);

  if (rate.per == SAJJA_RATE_PER_MONTH)
    /* Translators: an interest rate: "1.25% a month" ("ร้อยละ 1.25 ต่อเดือน"); %s has the % sign. */
    return g_strdup_printf (_("%s a month"), percent);
  /* Translators: an interest rate: "12.00% a year" ("ร้อยละ 12.00 ต่อปี"); %s has the % sign. */
  return g_strdup_printf (_("%s a year"), percent);
}

gboolean
sajja_rate_parse_bp (const char  *text,
                     gint64      *out_bp,
                     GError     **error)
{
  g_autofree char *ascii = sajja_thai_digits_to_ascii (text != NULL ? text : "");
  g_autoptr(GError) local = NULL;
  g_autofree char *stripped = NULL;
  gint64 bp;
  gsize len;

  stripped = g_strstrip (g_strdup (ascii));
  len = strlen (stripped);
  if (len > 0 && stripped[len - 1] == '%')
    stripped[len - 1] = '\0';
  g_strstrip (stripped);

  /* A rate has the form of an amount with at most two decimals: reuse the money parser. */
  if (stripped[0] == '\0' || strchr (stripped, ',') != NULL
      || !sajja_money_parse (stripped, FALSE, &bp, &local) || bp > MAX_RATE_BP)
    {
      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                   /* Translators: %s is what the user typed as an interest rate. */
                   _("“%s” is not a rate. Type a percentage from 0 to 100 with at most two decimals, such as 1.25."),
                   text != NULL ? text : "");
      return FALSE;
    }
  *out_bp = bp;
  return TRUE;
}

char *
sajja_date_add_months (const char *iso_day,
                       int         months)
{
  GDate date;

  if (!sajja_date_from_iso (iso_day, &date, NULL))
    return NULL;
  if (months >= 0)
    g_date_add_months (&date, (guint) months);
  else
    g_date_subtract_months (&date, (guint) -months);
  return sajja_date_to_iso (&date);
}

int
sajja_date_days_between (const char *from,
                         const char *to)
{
  GDate a, b;

  if (!sajja_date_from_iso (from, &a, NULL) || !sajja_date_from_iso (to, &b, NULL))
    return 0;
  return g_date_days_between (&a, &b);
}

gboolean
sajja_loan_terms_check (const SajjaLoanTerms  *terms,
                        GError               **error)
{
  GDate date;

  if (terms->principal <= 0 || terms->principal > MAX_PRINCIPAL)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The amount of a loan must be above zero and at most 10,000 million baht."));
      return FALSE;
    }
  if (terms->months < 1 || terms->months > MAX_MONTHS)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("A loan is repaid in 1 to 360 monthly instalments."));
      return FALSE;
    }
  if (terms->rate.bp < 0 || terms->rate.bp > MAX_RATE_BP || terms->method >= SAJJA_N_LOAN_METHODS)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("An interest rate is a percentage from 0 to 100."));
      return FALSE;
    }
  if (terms->fee < 0 || terms->fee >= terms->principal)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The loan fee must be less than the loan."));
      return FALSE;
    }
  if (terms->first_due == NULL || !sajja_date_from_iso (terms->first_due, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The first instalment needs a valid date."));
      return FALSE;
    }
  return TRUE;
}

/* The denominator of the monthly rate: bp / 10,000 a month, or bp / 120,000 (a year's rate over
 * twelve months). */
static gint64
month_denominator (SajjaRate rate)
{
  return rate.per == SAJJA_RATE_PER_MONTH ? 10000 : 120000;
}

/* One month's interest on @balance, rounded half up: the one rounding point of interest. */
static gint64
month_interest (gint64    balance,
                SajjaRate rate)
{
  return sajja_money_div_round_half_up (balance * rate.bp, month_denominator (rate));
}

gint64
sajja_loan_annuity_payment (gint64    principal,
                            SajjaRate rate,
                            guint     months)
{
  __int128 denom = month_denominator (rate);
  __int128 discount = ONE;  /* (1 + r)^-n in fixed point, at most one: no overflow at any rate */
  __int128 numerator, denominator, payment;

  g_return_val_if_fail (months > 0, 0);

  if (rate.bp == 0)
    return sajja_money_div_round_half_up (principal, months);

  for (guint i = 0; i < months; i++)
    discount = discount * denom / (denom + rate.bp);

  /* A = P·r / (1 − (1 + r)^-n), with r = bp / denom: in satang, rounded half up. */
  numerator = (__int128) principal * rate.bp * ONE;
  denominator = denom * (ONE - discount);
  payment = numerator / denominator;
  if ((numerator % denominator) * 2 >= denominator)
    payment++;
  return (gint64) payment;
}

static void
add_instalment (GArray     *schedule,
                const char *first_due,
                gint64      principal,
                gint64      interest,
                gint64      balance_after)
{
  SajjaInstalment inst = { 0, };
  g_autofree char *due = NULL;

  inst.number = schedule->len + 1;
  due = sajja_date_add_months (first_due, (int) schedule->len);
  g_strlcpy (inst.due_on, due, sizeof inst.due_on);
  inst.principal = principal;
  inst.interest = interest;
  inst.balance_after = balance_after;
  g_array_append_val (schedule, inst);
}

GArray *
sajja_loan_schedule_new (const SajjaLoanTerms  *terms,
                         GError               **error)
{
  g_autoptr(GArray) schedule = NULL;
  gint64 balance = terms->principal;
  guint n = terms->months;

  if (!sajja_loan_terms_check (terms, error))
    return NULL;

  schedule = g_array_sized_new (FALSE, TRUE, sizeof (SajjaInstalment), n);

  switch (terms->method)
    {
    case SAJJA_LOAN_METHOD_DECLINING:
      {
        gint64 share = sajja_money_div_round_down (terms->principal, n);

        for (guint i = 0; i < n; i++)
          {
            gint64 interest = month_interest (balance, terms->rate);
            gint64 principal = i + 1 < n ? share : balance;

            balance -= principal;
            add_instalment (schedule, terms->first_due, principal, interest, balance);
          }
      }
      break;

    case SAJJA_LOAN_METHOD_ANNUITY:
      {
        gint64 payment = sajja_loan_annuity_payment (terms->principal, terms->rate, n);

        for (guint i = 0; i < n; i++)
          {
            gint64 interest = month_interest (balance, terms->rate);
            gint64 principal = i + 1 < n ? MIN (payment - interest, balance) : balance;

            principal = MAX (principal, 0);
            balance -= principal;
            add_instalment (schedule, terms->first_due, principal, interest, balance);
          }
      }
      break;

    case SAJJA_LOAN_METHOD_FLAT:
      {
        gint64 share = sajja_money_div_round_down (terms->principal, n);
        /* The whole interest is rounded once, then shared like the principal. */
        gint64 total_interest = sajja_money_div_round_half_up (terms->principal * terms->rate.bp * (gint64) n,
                                                               month_denominator (terms->rate));
        gint64 interest_share = sajja_money_div_round_down (total_interest, n);

        for (guint i = 0; i < n; i++)
          {
            gint64 principal = i + 1 < n ? share : balance;
            gint64 interest = i + 1 < n ? interest_share : total_interest - interest_share * (n - 1);

            balance -= principal;
            add_instalment (schedule, terms->first_due, principal, interest, balance);
          }
      }
      break;

    case SAJJA_LOAN_METHOD_BALLOON:
      {
        gint64 interest = month_interest (terms->principal, terms->rate);

        for (guint i = 0; i < n; i++)
          {
            gint64 principal = i + 1 < n ? 0 : balance;

            balance -= principal;
            add_instalment (schedule, terms->first_due, principal, interest, balance);
          }
      }
      break;

    case SAJJA_N_LOAN_METHODS:
    default:
      g_return_val_if_reached (NULL);
    }

  return g_steal_pointer (&schedule);
}

/* The present value, in satang times ONE, of the instalments discounted at @r (fixed point, a
 * month) less what was paid out. */
static __int128
net_present_value (const GArray *schedule,
                   gint64        paid_out,
                   __int128      r)
{
  __int128 factor = ONE;
  __int128 sum = -(__int128) paid_out * ONE;

  for (guint i = 0; i < schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);

      factor = factor * ONE / (ONE + r);
      sum += (__int128) (inst->principal + inst->interest) * factor;
    }
  return sum;
}

gint64
sajja_loan_effective_rate_bp (const GArray *schedule,
                              gint64        principal,
                              gint64        fee)
{
  __int128 low = 0, high = ONE;  /* 0% to 100% a month */
  __int128 yearly;
  gint64 paid_out = principal - fee;

  g_return_val_if_fail (schedule != NULL && schedule->len > 0, 0);
  g_return_val_if_fail (paid_out > 0, 0);

  if (net_present_value (schedule, paid_out, 0) <= 0)
    return 0;

  /* The present value falls as the rate rises: bisect to a billionth of a percent. */
  while (high - low > 1000)
    {
      __int128 mid = low + (high - low) / 2;

      if (net_present_value (schedule, paid_out, mid) > 0)
        low = mid;
      else
        high = mid;
    }

  /* Twelve months, in hundredths of a percent (× 10,000), rounded half up. */
  yearly = low * 12 * 10000;
  return (gint64) ((yearly + ONE / 2) / ONE);
}

gboolean
sajja_loan_check_usury (gint64   effective_bp,
                        gint64   nominal_bp,
                        gint64   fine_bp,
                        GError **error)
{
  if (effective_bp > SAJJA_LOAN_USURY_CAP_BP)
    {
      g_autofree char *effective = sajja_rate_format_bp (effective_bp);

      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY,
                   /* Translators: %s is a yearly rate such as "21.46%". The law is ป.พ.พ. มาตรา 654. */
                   _("The effective rate of this loan is %s a year. The law (Civil and Commercial Code s. 654) allows at most 15%% a year, fees included."),
                   effective);
      return FALSE;
    }
  if (fine_bp > 0 && nominal_bp + fine_bp > SAJJA_LOAN_USURY_CAP_BP)
    {
      g_autofree char *total = sajja_rate_format_bp (nominal_bp + fine_bp);

      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY,
                   /* Translators: %s is a yearly rate such as "17.00%". */
                   _("Interest and the late fine together come to %s a year on an overdue instalment. The law allows at most 15%% a year, fines included."),
                   total);
      return FALSE;
    }
  return TRUE;
}
