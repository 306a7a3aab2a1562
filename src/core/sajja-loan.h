/* sajja-loan.h: loan products, applications and the life of a loan.
 *
 * A product is a dated by-law of its group (its rules as versions, each from a day). A loan
 * copies the terms in force on the day it is applied for, is checked against the product, the
 * member's record and the law, decided by the loan committee, paid out as a journal entry, and
 * then followed instalment by instalment: repayments (fines first, then interest, then
 * principal, each on a numbered receipt), early payoff, rescheduling (a new schedule, the old
 * one kept) and write-off by resolution. What a member owes on any day is computed from the
 * schedule and the journal, never stored, so a reversed repayment is owed again.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"
#include "sajja-loan-schedule.h"

G_BEGIN_DECLS

/* ---- products ------------------------------------------------------------------------------ */

/* The rules of a product from a day. */
typedef struct
{
  gint64 product_id;            /* 0 for a new product */
  char *name;                   /* สามัญ, ฉุกเฉิน, เพื่อการผลิต … */
  char *effective_from;         /* ISO */
  char *purpose;
  gint64 ceiling;               /* satang, 0: no fixed ceiling */
  guint ceiling_savings_percent;/* the loan at most this % of the member's pledged savings (300 = 3×); 0: none */
  guint max_months;
  SajjaRate rate;
  SajjaLoanMethod method;
  gint64 fee;                   /* satang taken at disbursement */
  guint guarantors;             /* guarantors needed */
  guint guarantor_max_loans;    /* loans one member may guarantee at once; 0: no limit */
  guint min_member_months;      /* months of membership before a first loan */
  guint min_instalments_paid;   /* instalments of an open loan of this product repaid before a new one */
  gint64 late_fine_bp;          /* a year, on an overdue instalment's principal (ม.224/1) */
  guint grace_days;             /* days after the due day before the fine runs */
  gboolean in_kind;             /* lent as goods (fertiliser, seed, rice) valued at a price */
} SajjaLoanProduct;

void               sajja_loan_product_free   (SajjaLoanProduct *product);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaLoanProduct, sajja_loan_product_free)

/* Checks the rules: a name, 1–360 months, and the law: the nominal rate plus the late fine, and
 * the effective rate of a loan at the ceiling (or 10,000 baht) over every term the product
 * allows, at most 15% a year (SAJJA_LOAN_ERROR_USURY). */
gboolean           sajja_loan_product_check  (const SajjaLoanProduct *product,
                                              GError                **error);
/* Adds a product with its first rules (product->product_id 0) or a new version of a product's
 * rules from product->effective_from (replacing one of the same day). Returns the product id. */
gint64             sajja_loan_product_save   (SajjaDb                *db,
                                              gint64                  group_id,
                                              const SajjaLoanProduct *product,
                                              GError                **error);
/* The rules of a product in force on @iso_date, or NULL with SAJJA_LOAN_ERROR_NOT_FOUND. */
SajjaLoanProduct  *sajja_loan_product_get    (SajjaDb                *db,
                                              gint64                  product_id,
                                              const char             *iso_date,
                                              GError                **error);
/* The group's products in force on @iso_date, by name. */
GPtrArray         *sajja_loan_product_list   (SajjaDb                *db,
                                              gint64                  group_id,
                                              const char             *iso_date,
                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;

/* ---- applications and checks ------------------------------------------------------------ */

typedef struct
{
  gint64 member_id;
  gint64 product_id;
  const char *applied_on;       /* ISO */
  gint64 amount;                /* satang; for a loan in kind, quantity × price */
  guint months;
  const char *purpose;
  const gint64 *guarantors;     /* member ids */
  guint n_guarantors;
  const char *in_kind_item;     /* a loan in kind: what, how many, in what unit, at what price */
  gint64 in_kind_quantity;
  const char *in_kind_unit;
  gint64 in_kind_price;         /* satang a unit */
} SajjaLoanApplication;

typedef enum
{
  SAJJA_LOAN_CHECK_USURY,        /* the effective rate within the law */
  SAJJA_LOAN_CHECK_TERM,         /* the months within the product's longest term */
  SAJJA_LOAN_CHECK_CEILING,      /* the amount within the ceiling and the savings multiple */
  SAJJA_LOAN_CHECK_MEMBERSHIP,   /* an active member for long enough */
  SAJJA_LOAN_CHECK_SAVINGS_ARREARS,
  SAJJA_LOAN_CHECK_LOAN_ARREARS, /* no loan overdue */
  SAJJA_LOAN_CHECK_OPEN_LOAN,    /* enough instalments of an open loan of the product repaid */
  SAJJA_LOAN_CHECK_GUARANTORS,   /* as many guarantors as the product needs */
  SAJJA_LOAN_CHECK_GUARANTOR,    /* one guarantor: a member, not the borrower or spouse, within the limit */
  SAJJA_LOAN_CHECK_CASH,         /* the group has the cash */
} SajjaLoanCheckKind;

typedef struct
{
  SajjaLoanCheckKind kind;
  gboolean passed;
  char *title;                  /* what is checked, translated */
  char *detail;                 /* the figures, or what fails */
} SajjaLoanCheck;

void               sajja_loan_check_free     (SajjaLoanCheck *check);

/* Every check of an application on its day, in order, each with what passed or failed. The
 * effective yearly rate of the loan is returned in @out_effective_bp. Fails only when the
 * application cannot be read at all (no such product or member). */
GPtrArray         *sajja_loan_check_application (SajjaDb                    *db,
                                                 gint64                      group_id,
                                                 const SajjaLoanApplication *application,
                                                 gint64                     *out_effective_bp,
                                                 GError                    **error) G_GNUC_WARN_UNUSED_RESULT;

/* Records an application with the product's terms of that day. Refused outright when the terms
 * break the law or cannot make a schedule; failed checks are recorded for the committee to see.
 * Returns the loan id. */
gint64             sajja_loan_apply          (SajjaDb                    *db,
                                              gint64                      group_id,
                                              const SajjaLoanApplication *application,
                                              GError                    **error);

/* ---- a loan ------------------------------------------------------------------------------- */

typedef enum
{
  SAJJA_LOAN_APPLIED,
  SAJJA_LOAN_APPROVED,
  SAJJA_LOAN_REFUSED,
  SAJJA_LOAN_ACTIVE,
  SAJJA_LOAN_CLOSED,
  SAJJA_LOAN_WRITTEN_OFF,
} SajjaLoanStatus;

const char        *sajja_loan_status_to_string (SajjaLoanStatus status);
const char        *sajja_loan_status_get_title (SajjaLoanStatus status); /* translated */

typedef struct
{
  gint64 id;
  char *uuid;
  gint64 group_id;
  gint64 member_id;
  gint64 product_id;
  char *product_name;
  gint64 number;                /* the group's loan number */
  char *applied_on;
  gint64 amount;
  guint months;
  SajjaRate rate;
  SajjaLoanMethod method;
  gint64 fee;
  gint64 late_fine_bp;
  guint grace_days;
  gint64 effective_bp;
  char *purpose;
  char *in_kind_item;
  gint64 in_kind_quantity;
  char *in_kind_unit;
  gint64 in_kind_price;
  SajjaLoanStatus status;
  char *decided_on;
  char *decided_by;
  char *resolution;
  char *disbursed_on;
  char *closed_on;
  char *write_off_resolution;
  char *member_name;            /* "title given surname" */
  gint64 member_no;
  GArray *guarantors;           /* gint64 member ids */
} SajjaLoan;

void               sajja_loan_free           (SajjaLoan *loan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaLoan, sajja_loan_free)

SajjaLoan         *sajja_loan_get            (SajjaDb    *db,
                                              gint64      loan_id,
                                              GError    **error);
/* The checks of a stored application, on @iso_date. */
GPtrArray         *sajja_loan_check          (SajjaDb    *db,
                                              gint64      loan_id,
                                              const char *iso_date,
                                              GError    **error) G_GNUC_WARN_UNUSED_RESULT;

/* The committee's decision. Approval is refused while a check fails (SAJJA_LOAN_ERROR_CHECK,
 * naming the first). @resolution names the meeting's resolution. */
gboolean           sajja_loan_approve        (SajjaDb    *db,
                                              gint64      loan_id,
                                              const char *decided_on,
                                              const char *decided_by,
                                              const char *resolution,
                                              GError    **error);
gboolean           sajja_loan_refuse         (SajjaDb    *db,
                                              gint64      loan_id,
                                              const char *decided_on,
                                              const char *decided_by,
                                              const char *reason,
                                              GError    **error);

/* Pays out an approved loan on @disbursed_on: a journal entry out of the cash box (and the fee
 * back into it), and the first schedule from @first_due (the same day next month when NULL). */
gboolean           sajja_loan_disburse       (SajjaDb    *db,
                                              gint64      loan_id,
                                              const char *disbursed_on,
                                              const char *first_due,
                                              const char *recorded_by,
                                              GError    **error);

/* The schedule in force on @iso_date (the newest when NULL), a GArray of SajjaInstalment, and
 * its version in @out_version. */
GArray            *sajja_loan_get_schedule   (SajjaDb    *db,
                                              gint64      loan_id,
                                              const char *iso_date,
                                              guint      *out_version,
                                              GError    **error) G_GNUC_WARN_UNUSED_RESULT;

/* Where a loan stands at the end of @iso_date. */
typedef struct
{
  SajjaLoanStatus status;       /* as of that day */
  gint64 outstanding;           /* principal still owed */
  gint64 interest_due;          /* interest of instalments due on or before the day, unpaid */
  gint64 fines_due;             /* late fines accrued, unpaid */
  gint64 accrued_interest;      /* interest of the running month to the day (paid only on payoff) */
  gint64 payoff;                /* all of the above: what closes the loan that day */
  gint64 overdue;               /* principal and interest of instalments past due, unpaid */
  gint64 overdue_principal;
  gint64 principal_due;         /* principal of instalments due on or before the day, unpaid */
  gint64 due_now;               /* what is due by the day: fines, interest and that principal */
  int days_overdue;             /* since the oldest unpaid instalment's due day; 0 when none */
  char first_overdue_on[11];    /* that instalment's due day, ISO ("" when none) */
  guint instalments_paid;       /* instalments repaid in full */
  guint instalments;            /* instalments of the schedule */
  char next_due_on[11];         /* the next instalment not yet due, ISO ("" when none) */
  gint64 next_due_amount;
  gint64 principal_repaid;      /* over the life of the loan */
  gint64 interest_paid;
  gint64 fines_paid;
} SajjaLoanPosition;

gboolean           sajja_loan_position       (SajjaDb            *db,
                                              gint64              loan_id,
                                              const char         *iso_date,
                                              SajjaLoanPosition  *out,
                                              GError            **error);

/* How a repayment was shared. */
typedef struct
{
  gint64 fines;
  gint64 interest;
  gint64 principal;
  gint64 receipt_id;
  gint64 receipt_number;
  gboolean closed;              /* the loan is repaid in full */
} SajjaLoanAllocation;

/* Records @amount paid on @paid_on, on a new receipt: to the fines due, then the interest due,
 * then the principal, and only when all the principal is repaid, the running month's interest.
 * More than the payoff of the day is refused (SAJJA_LOAN_ERROR_TOO_MUCH, naming the debt). */
gboolean           sajja_loan_repay          (SajjaDb             *db,
                                              gint64               loan_id,
                                              gint64               amount,
                                              const char          *paid_on,
                                              const char          *recorded_by,
                                              SajjaLoanAllocation *out,
                                              GError             **error);

/* A new schedule from @made_on for the principal still owed, over @months at @rate by @method
 * from @first_due; interest and fines unpaid that day are carried into it without interest on
 * them (ม.655). The old schedule is kept. Refused when the new terms break the law. */
gboolean           sajja_loan_reschedule     (SajjaDb     *db,
                                              gint64       loan_id,
                                              const char  *made_on,
                                              guint        months,
                                              SajjaRate    rate,
                                              SajjaLoanMethod method,
                                              const char  *first_due,
                                              const char  *reason,
                                              GError     **error);

/* Writes off the principal still owed, by the resolution named: a pair of entries that moves
 * no cash (the loan account down, the bad-debt account up). */
gboolean           sajja_loan_write_off      (SajjaDb    *db,
                                              gint64      loan_id,
                                              const char *on,
                                              const char *resolution,
                                              const char *recorded_by,
                                              GError    **error);

/* The group's loans (every group when 0), or one member's (@member_id), newest first. */
GPtrArray         *sajja_loan_list           (SajjaDb    *db,
                                              gint64      group_id,
                                              gint64      member_id,
                                              GError    **error) G_GNUC_WARN_UNUSED_RESULT;
/* The loans @member_id guarantees (any status), newest first. */
GPtrArray         *sajja_loan_list_guaranteed (SajjaDb   *db,
                                              gint64      member_id,
                                              GError    **error) G_GNUC_WARN_UNUSED_RESULT;

/* ---- arrears ------------------------------------------------------------------------------ */

typedef enum
{
  SAJJA_AGING_CURRENT,
  SAJJA_AGING_1_30,
  SAJJA_AGING_31_60,
  SAJJA_AGING_61_90,
  SAJJA_AGING_OVER_90,
  SAJJA_N_AGING,
} SajjaAging;

SajjaAging         sajja_aging_for_days      (int days_overdue);
const char        *sajja_aging_get_title     (SajjaAging aging);  /* translated */

typedef struct
{
  SajjaLoan *loan;
  SajjaLoanPosition position;
  SajjaAging aging;
  char notice_by[11];           /* ISO: 60 days after the first overdue day (ม.686) */
  gboolean notice_sent;         /* every guarantor has been sent the notice */
} SajjaLoanArrears;

void               sajja_loan_arrears_free   (SajjaLoanArrears *row);

typedef struct
{
  guint loans;                  /* loans out on the day */
  gint64 outstanding;
  guint loans_overdue;
  gint64 outstanding_by_aging[SAJJA_N_AGING];
  guint loans_by_aging[SAJJA_N_AGING];
  gint64 par30_bp;              /* principal of loans more than 30 days overdue / all, in 0.01% */
} SajjaLoanPortfolio;

/* The loans overdue at the end of @iso_date, most days overdue first (the defaulters' list),
 * and the whole portfolio's aging in @out_portfolio. @group_id 0: every group. */
GPtrArray         *sajja_loan_arrears        (SajjaDb            *db,
                                              gint64              group_id,
                                              const char         *iso_date,
                                              SajjaLoanPortfolio *out_portfolio,
                                              GError            **error) G_GNUC_WARN_UNUSED_RESULT;

/* Records that the default notice was sent to a guarantor of the loan on @sent_on. */
gboolean           sajja_loan_record_notice  (SajjaDb    *db,
                                              gint64      loan_id,
                                              gint64      guarantor_id,
                                              const char *sent_on,
                                              GError    **error);

G_END_DECLS
