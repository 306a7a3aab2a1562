/* sajja-bylaw.h: a group's rules (ระเบียบ) as dated data.
 *
 * Every money rule of a group is a versioned setting with the date it took effect. Changing a
 * rule adds a version from a date; history is kept, and the version in force on a date is the
 * one with the latest effective date on or before it.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_BYLAW_ERROR (sajja_bylaw_error_quark ())

typedef enum
{
  SAJJA_BYLAW_ERROR_VALUE,       /* the value is outside what the rule allows */
  SAJJA_BYLAW_ERROR_DATE,        /* the effective date is not a valid date */
  SAJJA_BYLAW_ERROR_INCONSISTENT,/* e.g. minimum shares above maximum */
  SAJJA_BYLAW_ERROR_NOT_SET,     /* no version in force on that date */
} SajjaBylawError;

GQuark sajja_bylaw_error_quark (void);

/* The rules this issue knows. Loan, welfare and profit rules are added by their issues. */
typedef enum
{
  SAJJA_BYLAW_SHARE_VALUE,       /* satang: the value of one pledged share (50 baht = 5000) */
  SAJJA_BYLAW_MIN_SHARES,        /* shares a member must pledge at least */
  SAJJA_BYLAW_MAX_SHARES,        /* shares a member may pledge at most */
  SAJJA_BYLAW_ENTRY_FEE,         /* satang: the fee to join */
  SAJJA_BYLAW_LATE_FINE,         /* satang: the fine for a late pledge payment */
  SAJJA_BYLAW_LAPSE_MONTHS,      /* months missed before membership lapses */
  SAJJA_BYLAW_QUORUM_PERCENT,    /* percent of members that make a quorum */
  SAJJA_BYLAW_SPECIAL_MIN_BALANCE, /* satang a member keeps in special deposits after a withdrawal */
  SAJJA_BYLAW_WITHDRAWALS_PER_MONTH, /* withdrawals of special deposits a month (0: no limit) */
  SAJJA_BYLAW_N_RULES,
} SajjaBylawRule;

typedef enum
{
  SAJJA_BYLAW_KIND_MONEY,   /* satang */
  SAJJA_BYLAW_KIND_COUNT,   /* a whole number */
  SAJJA_BYLAW_KIND_PERCENT, /* a whole percent 1–100 */
} SajjaBylawKind;

/* The stored name ("share-value"), its kind, its translated title, and its default for a new
 * group (the อทผ-01 form: shares of 50 baht, 1 to 20, 20 baht to join). */
const char     *sajja_bylaw_rule_to_string   (SajjaBylawRule  rule);
gboolean        sajja_bylaw_rule_from_string (const char     *name,
                                              SajjaBylawRule *out_rule);
SajjaBylawKind  sajja_bylaw_rule_get_kind    (SajjaBylawRule  rule);
const char     *sajja_bylaw_rule_get_title   (SajjaBylawRule  rule);
gint64          sajja_bylaw_rule_get_default (SajjaBylawRule  rule);

/* Checks a value for a rule (money ≥ 0, counts ≥ 0, percent 1–100, shares ≥ 1). */
gboolean        sajja_bylaw_check_value      (SajjaBylawRule  rule,
                                              gint64          value,
                                              GError        **error);

/* The value in force on @iso_date (YYYY-MM-DD) for the group with @group_id. When the group has
 * no version on or before that date, returns FALSE with SAJJA_BYLAW_ERROR_NOT_SET. */
gboolean        sajja_bylaw_get              (SajjaDb        *db,
                                              gint64          group_id,
                                              SajjaBylawRule  rule,
                                              const char     *iso_date,
                                              gint64         *out_value,
                                              GError        **error);

/* Adds a version of @rule effective from @iso_date (replacing one of the same rule and date),
 * after checking the value and that min ≤ max shares still holds from that date. Runs inside
 * the caller's transaction when one is open; otherwise in its own. */
gboolean        sajja_bylaw_set              (SajjaDb        *db,
                                              gint64          group_id,
                                              SajjaBylawRule  rule,
                                              gint64          value,
                                              const char     *iso_date,
                                              const char     *note,
                                              GError        **error);

/* One version of a rule, for showing the history. */
typedef struct
{
  SajjaBylawRule rule;
  gint64 value;
  char *effective_from;  /* ISO */
  char *note;
} SajjaBylawVersion;

void            sajja_bylaw_version_free     (SajjaBylawVersion *version);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaBylawVersion, sajja_bylaw_version_free)

/* Every version of every rule of a group, by rule then newest first. */
GPtrArray      *sajja_bylaw_list_history     (SajjaDb        *db,
                                              gint64          group_id,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* Writes the default of every rule from @iso_date, for a new group. */
gboolean        sajja_bylaw_set_defaults     (SajjaDb        *db,
                                              gint64          group_id,
                                              const char     *iso_date,
                                              GError        **error);

G_END_DECLS
