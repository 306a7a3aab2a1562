/* sajja-loan-schedule.h: a loan's repayment schedule and its effective yearly rate.
 *
 * Pure arithmetic on satang, without the database: the four repayment methods village groups
 * use, each rounded at named points, and the yearly rate the law's 15% cap is tested against.
 * No floating point: the annuity factor and the internal rate of return are computed in 128-bit
 * fixed point.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SAJJA_LOAN_ERROR (sajja_loan_error_quark ())

typedef enum
{
  SAJJA_LOAN_ERROR_VALUE,      /* an amount, rate, term or date out of range */
  SAJJA_LOAN_ERROR_USURY,      /* above the 15% a year of ป.พ.พ. ม.654 */
  SAJJA_LOAN_ERROR_CHECK,      /* an application check failed */
  SAJJA_LOAN_ERROR_STATE,      /* not possible in the loan's state (e.g. repaying a closed loan) */
  SAJJA_LOAN_ERROR_TOO_MUCH,   /* a repayment larger than the debt */
  SAJJA_LOAN_ERROR_NOT_FOUND,
} SajjaLoanError;

GQuark sajja_loan_error_quark (void);

/* The legal ceiling, in hundredths of a percent a year (ป.พ.พ. ม.654). */
#define SAJJA_LOAN_USURY_CAP_BP 1500

typedef enum
{
  SAJJA_LOAN_METHOD_DECLINING, /* ต้นเท่ากัน: equal principal, interest on the declining balance */
  SAJJA_LOAN_METHOD_ANNUITY,   /* ต้นบวกดอกเท่ากัน: equal instalments */
  SAJJA_LOAN_METHOD_FLAT,      /* ดอกเบี้ยคงที่: interest on the original principal every month */
  SAJJA_LOAN_METHOD_BALLOON,   /* interest every month, the principal at the end */
  SAJJA_N_LOAN_METHODS,
} SajjaLoanMethod;

typedef enum
{
  SAJJA_RATE_PER_MONTH,
  SAJJA_RATE_PER_YEAR,
} SajjaRatePer;

const char *sajja_loan_method_to_string   (SajjaLoanMethod method);  /* "declining" … */
gboolean    sajja_loan_method_from_string (const char *name, SajjaLoanMethod *out);
const char *sajja_loan_method_get_title   (SajjaLoanMethod method);  /* translated */
const char *sajja_rate_per_to_string      (SajjaRatePer per);        /* "month", "year" */
gboolean    sajja_rate_per_from_string    (const char *name, SajjaRatePer *out);

/* A rate in hundredths of a percent (125 = 1.25%) per month or per year. */
typedef struct
{
  gint64 bp;
  SajjaRatePer per;
} SajjaRate;

/* The nominal yearly rate in hundredths of a percent (1.25% a month → 1500). */
gint64      sajja_rate_yearly_bp          (SajjaRate rate);
/* "1.25% a month" in the user's language. */
char       *sajja_rate_format             (SajjaRate rate) G_GNUC_WARN_UNUSED_RESULT;
/* Hundredths of a percent as "15.00%". */
char       *sajja_rate_format_bp          (gint64 bp) G_GNUC_WARN_UNUSED_RESULT;
/* Parses "1.25" or "1.25%" (Thai digits too) into hundredths of a percent. */
gboolean    sajja_rate_parse_bp           (const char *text,
                                           gint64     *out_bp,
                                           GError    **error);

/* One instalment. */
typedef struct
{
  guint number;            /* 1-based */
  char due_on[11];         /* ISO */
  gint64 principal;
  gint64 interest;
  gint64 balance_after;    /* principal still owed after it */
} SajjaInstalment;

/* The terms a schedule is made from. */
typedef struct
{
  gint64 principal;        /* satang, > 0 */
  SajjaRate rate;
  guint months;            /* monthly instalments, 1–360 */
  SajjaLoanMethod method;
  const char *first_due;   /* ISO: the first instalment's day; later ones fall on the same day of
                            * each following month (the month's last day when shorter) */
  gint64 fee;              /* satang taken at disbursement, counted as interest in the yearly rate */
} SajjaLoanTerms;

/* Checks the terms: amount above zero and at most 10,000 million baht, 1–360 months, a rate
 * from 0 to 100% and a valid first day. */
gboolean    sajja_loan_terms_check        (const SajjaLoanTerms *terms,
                                           GError              **error);

/* The schedule, a GArray of SajjaInstalment. Interest of a month is the balance (or, flat, the
 * original principal) times the monthly rate, rounded half up to the satang; equal principal
 * and flat shares are rounded down; the residue of every rounding lands on the last instalment,
 * so the principals add up to the loan exactly. */
GArray     *sajja_loan_schedule_new       (const SajjaLoanTerms *terms,
                                           GError              **error) G_GNUC_WARN_UNUSED_RESULT;

/* The equal monthly payment of an annuity, rounded half up to the satang. */
gint64      sajja_loan_annuity_payment    (gint64    principal,
                                           SajjaRate rate,
                                           guint     months);

/* The effective yearly rate in hundredths of a percent, rounded half up: the internal rate of
 * return per month of the cash flows (the principal less @fee paid out, each instalment paid
 * in) times twelve. Simple interest, as s.655 requires: never compounded to a year. */
gint64      sajja_loan_effective_rate_bp  (const GArray *schedule,
                                           gint64        principal,
                                           gint64        fee);

/* Refuses, with SAJJA_LOAN_ERROR_USURY and a message naming both figures, an effective yearly
 * rate (or a nominal rate plus a late-payment fine rate) above 15%. */
gboolean    sajja_loan_check_usury        (gint64   effective_bp,
                                           gint64   nominal_bp,
                                           gint64   fine_bp,
                                           GError **error);

/* The day @months after @iso_day, on the same day of the month or the month's last day. */
char       *sajja_date_add_months         (const char *iso_day,
                                           int         months) G_GNUC_WARN_UNUSED_RESULT;
/* Days from @from to @to (negative when @to is earlier). */
int         sajja_date_days_between       (const char *from,
                                           const char *to);

G_END_DECLS
