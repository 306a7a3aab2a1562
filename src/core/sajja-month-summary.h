/* sajja-month-summary.h: a group's month in figures, straight from the books, for the monthly
 * meeting: members, savings, loans, welfare, cash and bank, and the loans' aging at the month's
 * end. Money is counted by the day it was paid (a reversal counts with what it undoes, in the
 * month it was recorded). */
#pragma once

#include <glib.h>

#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-loan.h"

G_BEGIN_DECLS

typedef struct
{
  SajjaPeriod period;
  char first_day[11];          /* ISO */
  char last_day[11];           /* ISO: the month's last day, or today when the month is running */

  /* Members: active at the start (the day before the first), joined and left in the month,
   * active at the end. */
  guint members_start;
  guint members_joined;
  guint members_left;
  guint members_end;

  /* Savings paid in the month. */
  gint64 pledges;              /* pledged savings received */
  guint members_paid;          /* members who paid a pledge */
  guint members_in_arrears;    /* active members owing pledges up to this month, at its end */
  gint64 arrears;              /* what they owe */
  gint64 special_in;           /* special deposits */
  gint64 special_out;          /* withdrawals of special deposits (a positive amount) */
  gint64 settlements;          /* pledged savings paid out to members who left (positive) */
  gint64 savings_fines;        /* fines for late pledges */
  gint64 fees;                 /* entry fees and loan fees */

  /* Loans. */
  guint loans_disbursed;       /* loans paid out in the month */
  gint64 disbursed;            /* their amount */
  gint64 principal_repaid;
  gint64 interest;
  gint64 loan_fines;
  gint64 written_off;
  SajjaLoanPortfolio portfolio;/* loans out at the month's end, by days overdue */

  /* Welfare. */
  gint64 welfare_in;
  gint64 welfare_paid;         /* positive */

  /* Cash and bank at the start (end of the day before the first) and at the end. */
  gint64 cash_start;
  gint64 cash_end;
  gint64 bank_start;
  gint64 bank_end;
} SajjaMonthSummary;

/* Computes the summary of @period for the group. A month that has not begun is refused. */
gboolean sajja_month_summary_compute (SajjaDb            *db,
                                      gint64              group_id,
                                      SajjaPeriod         period,
                                      SajjaMonthSummary  *out,
                                      GError            **error);

G_END_DECLS
