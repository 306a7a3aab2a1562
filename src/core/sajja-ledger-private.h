/* sajja-ledger-private.h: what the savings day needs of the ledger beyond its public API. */
#pragma once

#include "sajja-ledger.h"

G_BEGIN_DECLS

typedef struct
{
  SajjaPeriod period;
  gint64 amount;   /* satang still owed for that month */
} SajjaShortfall;

/* The months from joining to @to with pledges still owed, oldest first (GArray of
 * SajjaShortfall). */
GArray *_sajja_ledger_shortfalls (SajjaDb      *db,
                                  gint64        member_id,
                                  SajjaPeriod   to,
                                  GError      **error);

/* What a member owes on a savings day of @period, read at once: the month's pledge still to
 * pay, and the arrears (with fines) of the months before it. */
gboolean _sajja_ledger_day_owed (SajjaDb       *db,
                                 gint64         member_id,
                                 SajjaPeriod    period,
                                 gint64        *out_expected,
                                 SajjaArrears  *out_before,
                                 GError       **error);

/* Records a loan's entry (a SAJJA_ENTRY_LOAN_* kind, in @account), naming @loan_id, after checking the
 * day (a date, not in the future) and that the month of @paid_on is open. The loan module has
 * checked the amount against the loan. Inside the caller's transaction. */
gint64 _sajja_ledger_post_loan (SajjaDb        *db,
                                gint64          group_id,
                                gint64          member_id,
                                SajjaEntryKind  kind,
                                SajjaAccount    account,
                                gint64          amount,
                                const char     *paid_on,
                                gint64          receipt_id,
                                gint64          loan_id,
                                const char     *recorded_by,
                                const char     *note,
                                GError        **error);

G_END_DECLS
