/* sajja-loan-private.h: what the savings day needs of the loan module beyond its public API. */
#pragma once

#include "sajja-loan.h"

G_BEGIN_DECLS

/* What one active loan asks of its member on a day. */
typedef struct
{
  gint64 member_id;
  gint64 loan_id;
  gint64 due;      /* fines due + interest due + principal of instalments due by the day, unpaid */
  gint64 payoff;   /* what closes the loan that day */
} SajjaLoanDue;

/* The loans of @group_id active on @day (of @member_id only, when not 0) with what each has due
 * and its payoff: a GArray of SajjaLoanDue by member, then oldest loan first. */
GArray  *_sajja_loan_dues              (SajjaDb             *db,
                                        gint64               group_id,
                                        gint64               member_id,
                                        const char          *day,
                                        GError             **error);

/* sajja_loan_repay() on an existing receipt (@receipt_id), or on a new one when 0. Inside the
 * caller's transaction when there is one. */
gboolean _sajja_loan_repay_on_receipt  (SajjaDb             *db,
                                        gint64               loan_id,
                                        gint64               amount,
                                        const char          *paid_on,
                                        gint64               receipt_id,
                                        const char          *recorded_by,
                                        SajjaLoanAllocation *out,
                                        GError             **error);

G_END_DECLS
