/* sajja-settlement.h: a member leaving the group, and withdrawals of special deposits. */
#pragma once

#include <glib.h>

#include "sajja-db.h"
#include "sajja-member.h"

G_BEGIN_DECLS

/* What a leaving member is owed: pledged savings and special deposits, less debts (the payoff of
 * each loan being repaid, which the savings repay first). Satang. */
typedef struct
{
  gint64 pledge;
  gint64 special;
  gint64 debts;
  gint64 payout;   /* pledge + special - debts */
} SajjaSettlement;

gboolean sajja_settlement_compute (SajjaDb          *db,
                                   gint64            member_id,
                                   SajjaSettlement  *out,
                                   GError          **error);
/* In one transaction: sets the member's status (resigned, deceased or expelled) with its date and
 * reason, and pays out both balances (a settlement entry out of pledged savings, a withdrawal
 * out of special deposits) dated @date in its month, with one receipt. Refused for an active
 * status, a payout below zero, or a closed month. */
gboolean sajja_settlement_pay     (SajjaDb           *db,
                                   SajjaMember       *member,
                                   SajjaMemberStatus  status,
                                   const char        *date,
                                   const char        *reason,
                                   const char        *recorded_by,
                                   GError           **error);
/* A withdrawal from a member's special deposits, with its receipt (a member who is active;
 * the amount no more than the balance). Returns the receipt number, or 0 with @error set. */
gint64   sajja_special_withdraw   (SajjaDb      *db,
                                   gint64        member_id,
                                   gint64        amount,
                                   const char   *date,
                                   const char   *recorded_by,
                                   GError      **error);

G_END_DECLS
