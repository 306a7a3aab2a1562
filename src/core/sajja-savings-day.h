/* sajja-savings-day.h: a savings day: what each member pays, posted all at once.
 *
 * The treasurer's screen (and `sajja-cli savings post`) fills a day with one line a member:
 * the pledge (for the month it is for), arrears, a special deposit, a fine and a loan repayment.
 * Posting writes every line, with a receipt a member, in ONE transaction: the whole day or none
 * of it.
 */
#pragma once

#include <glib.h>

#include "sajja-ledger.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 member_id;
  int member_no;
  char *name;             /* for showing */
  gint64 expected;        /* satang: the pledge expected for the day's month */
  SajjaArrears arrears;   /* before this day */
  gint64 pledge;          /* satang paid toward pledges: the current month first, then arrears */
  gint64 special;         /* satang of special deposit */
  gint64 fine;            /* satang of fines paid */
  gint64 loan_due;        /* satang due on the member's active loans by the end of the day: fines,
                           * interest and the principal of instalments due, unpaid */
  gint64 loan_debt;       /* satang: the payoff of all those loans that day, the most that can be paid */
  gint64 loan;            /* satang paid toward loans */
} SajjaSavingsLine;

typedef struct _SajjaSavingsDay SajjaSavingsDay;

/* A day for the group's active members on @day (ISO), each line with the expected pledge and
 * what is due on loans filled in as the amounts paid, arrears and fines due shown, in
 * member-number order. */
SajjaSavingsDay  *sajja_savings_day_new          (SajjaDb          *db,
                                                  gint64            group_id,
                                                  const char       *day,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
void              sajja_savings_day_free         (SajjaSavingsDay  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaSavingsDay, sajja_savings_day_free)

const char       *sajja_savings_day_get_day      (SajjaSavingsDay  *self);
SajjaPeriod       sajja_savings_day_get_period   (SajjaSavingsDay  *self);
guint             sajja_savings_day_get_n_lines  (SajjaSavingsDay  *self);
SajjaSavingsLine *sajja_savings_day_get_line     (SajjaSavingsDay  *self,
                                                  guint             index);
/* The line of member number @member_no, or NULL. */
SajjaSavingsLine *sajja_savings_day_find_member  (SajjaSavingsDay  *self,
                                                  int               member_no);
/* Totals of what is entered now. */
gint64            sajja_savings_day_total_pledge  (SajjaSavingsDay *self);
gint64            sajja_savings_day_total_special (SajjaSavingsDay *self);
gint64            sajja_savings_day_total_fines   (SajjaSavingsDay *self);
gint64            sajja_savings_day_total_loans   (SajjaSavingsDay *self);
/* Everything: pledges, special deposits, fines and loans. */
gint64            sajja_savings_day_total         (SajjaSavingsDay *self);

/* Cash counted at the close, by denomination: @counts[i] notes or coins of @values[i] satang.
 * The difference from the day's total is counted - total. */
void              sajja_savings_day_set_cash_count (SajjaSavingsDay *self,
                                                  const gint64     *values,
                                                  const guint      *counts,
                                                  guint             n);
gint64            sajja_savings_day_get_cash_counted (SajjaSavingsDay *self); /* -1 when not counted */

/* The Thai notes and coins, largest first, in satang; a static array of @n_out values. */
const gint64     *sajja_savings_day_denominations (guint *n_out);

/* Checks every line (no negative amount, fines no more than due, loans no more than the debt,
 * …) and posts the whole day in one transaction, or nothing: the lines with nothing paid are
 * skipped. Pledges pay the day's month first, then the oldest months in arrears, and anything
 * above that is refused (pay it as a special deposit). A loan payment goes to the member's
 * active loans oldest first: each loan up to what it has due, then what is left to the oldest
 * loans up to their payoff, each share by the loan's own rules (fines, interest, principal).
 * Each member who pays gets one receipt for all of it, numbered on from the group's last.
 * Returns the number of receipts written. */
guint             sajja_savings_day_post         (SajjaSavingsDay  *self,
                                                  SajjaDb          *db,
                                                  const char       *recorded_by,
                                                  GError          **error);
/* The posted day's id (for sajja_print_receipts_for_day), or 0 before it is posted. */
gint64            sajja_savings_day_get_posted_id (SajjaSavingsDay *self);
/* Which line a posting error is about (G_MAXUINT when none). */
guint             sajja_savings_day_get_error_line (SajjaSavingsDay *self);

G_END_DECLS
