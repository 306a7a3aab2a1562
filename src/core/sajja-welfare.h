/* sajja-welfare.h: the welfare fund (กองทุนสวัสดิการ): schemes with dated rules, claims,
 * approval and payouts from the fund's own balance, which never goes below zero.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"
#include "sajja-ledger.h"

G_BEGIN_DECLS

#define SAJJA_WELFARE_ERROR (sajja_welfare_error_quark ())

typedef enum
{
  SAJJA_WELFARE_ERROR_RULE,      /* a rule's value out of range, or no rule in force */
  SAJJA_WELFARE_ERROR_ELIGIBLE,  /* not a member long enough, too young, not active, … */
  SAJJA_WELFARE_ERROR_DEADLINE,  /* claimed later than the rule allows */
  SAJJA_WELFARE_ERROR_CAP,       /* above what is left of the yearly cap */
  SAJJA_WELFARE_ERROR_FUND,      /* the fund does not hold enough */
  SAJJA_WELFARE_ERROR_STATE,     /* approving a paid claim, paying a refused one, … */
  SAJJA_WELFARE_ERROR_DATE,
  SAJJA_WELFARE_ERROR_NOT_FOUND,
} SajjaWelfareError;

GQuark sajja_welfare_error_quark (void);

typedef enum
{
  SAJJA_WELFARE_BIRTH,
  SAJJA_WELFARE_HOSPITAL,  /* usually paid per night in hospital */
  SAJJA_WELFARE_DEATH,
  SAJJA_WELFARE_OLD_AGE,
  SAJJA_N_WELFARE_KINDS,
} SajjaWelfareKind;

const char *sajja_welfare_kind_to_string   (SajjaWelfareKind kind);
gboolean    sajja_welfare_kind_from_string (const char *name, SajjaWelfareKind *out);
const char *sajja_welfare_kind_get_title   (SajjaWelfareKind kind);  /* translated */

/* One version of a scheme's rules, in force from @effective_from. Money in satang. */
typedef struct
{
  char *effective_from;   /* ISO */
  gint64 contribution;    /* a member's monthly contribution to the fund for this scheme (0: none) */
  gint64 benefit;         /* paid per claim, or per day when @per_day */
  gboolean per_day;
  int waiting_months;     /* months of membership before a claim is allowed */
  gint64 yearly_cap;      /* most paid to a member in a calendar year (0: no cap) */
  int claim_days;         /* days after the event a claim may be made (0: no limit) */
  int min_age;            /* years (0: any age), e.g. 60 for old age */
} SajjaWelfareRule;

void        sajja_welfare_rule_clear      (SajjaWelfareRule *rule);

/* Creates the group's scheme of @kind (one per kind) with its first rules; returns its id. */
gint64      sajja_welfare_scheme_create   (SajjaDb                 *db,
                                           gint64                   group_id,
                                           SajjaWelfareKind         kind,
                                           const char              *name,
                                           const SajjaWelfareRule  *rule,
                                           GError                 **error);
/* Adds a version of the rules from rule->effective_from (history is kept). */
gboolean    sajja_welfare_scheme_set_rule (SajjaDb                 *db,
                                           gint64                   scheme_id,
                                           const SajjaWelfareRule  *rule,
                                           GError                 **error);
/* The rules in force on @iso_date; FALSE with SAJJA_WELFARE_ERROR_RULE when none. */
gboolean    sajja_welfare_scheme_get_rule (SajjaDb                 *db,
                                           gint64                   scheme_id,
                                           const char              *iso_date,
                                           SajjaWelfareRule        *out,
                                           GError                 **error);
/* The group's scheme of @kind, or 0. */
gint64      sajja_welfare_scheme_find     (SajjaDb                 *db,
                                           gint64                   group_id,
                                           SajjaWelfareKind         kind);

typedef enum
{
  SAJJA_CLAIM_PENDING,
  SAJJA_CLAIM_APPROVED,
  SAJJA_CLAIM_REFUSED,
  SAJJA_CLAIM_PAID,
} SajjaClaimStatus;

const char *sajja_claim_status_get_title  (SajjaClaimStatus status);  /* translated */

typedef struct
{
  gint64 id;
  char *uuid;
  gint64 scheme_id;
  SajjaWelfareKind kind;
  gint64 member_id;
  char *member_name;
  char *event_date;       /* ISO: the birth, the first night in hospital, the death … */
  char *claimed_on;       /* ISO */
  int days;               /* nights in hospital, for per-day benefits; else 1 */
  gint64 amount;          /* satang, computed from the rules when the claim is made */
  SajjaClaimStatus status;
  char *decided_on;
  char *reason;           /* why refused, or a note */
} SajjaClaim;

void        sajja_claim_free              (SajjaClaim *claim);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaClaim, sajja_claim_free)

/* Files a claim: checks the member (of the group, active on the event date), the waiting period,
 * the minimum age, the claim deadline, and computes the amount (benefit × days for per-day
 * rules) limited by what is left of the yearly cap (refused when nothing is left). The claim is
 * pending until approved. Returns its id. */
gint64      sajja_welfare_claim_file      (SajjaDb      *db,
                                           gint64        scheme_id,
                                           gint64        member_id,
                                           const char   *event_date,
                                           const char   *claimed_on,
                                           int           days,
                                           const char   *note,
                                           GError      **error);
/* The committee's decision: approve, or refuse with a reason. Only a pending claim. */
gboolean    sajja_welfare_claim_decide    (SajjaDb      *db,
                                           gint64        claim_id,
                                           gboolean      approve,
                                           const char   *decided_on,
                                           const char   *decided_by,
                                           const char   *reason,
                                           GError      **error);
/* Pays an approved claim from the fund: a welfare payout in the journal for the month of
 * @paid_on, refused (SAJJA_WELFARE_ERROR_FUND) when the fund's balance would go below zero. */
gboolean    sajja_welfare_claim_pay       (SajjaDb      *db,
                                           gint64        claim_id,
                                           const char   *paid_on,
                                           const char   *recorded_by,
                                           GError      **error);
/* Claims of the group (0: every group), newest first; of one member when @member_id != 0. */
GPtrArray  *sajja_welfare_list_claims     (SajjaDb      *db,
                                           gint64        group_id,
                                           gint64        member_id,
                                           GError      **error) G_GNUC_WARN_UNUSED_RESULT;
/* The fund's balance (the welfare account of the group). */
gint64      sajja_welfare_fund_balance    (SajjaDb      *db,
                                           gint64        group_id);

G_END_DECLS
