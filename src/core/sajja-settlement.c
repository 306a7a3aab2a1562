/* sajja-settlement.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-bylaw.h"
#include "sajja-loan.h"
#include "sajja-settlement.h"
#include "sajja-date.h"
#include "sajja-ledger.h"
#include "sajja-money.h"

/* What the member owes on @day: the payoff of each loan being repaid. */
static gint64
loan_debts (SajjaDb    *db,
            gint64      member_id,
            const char *day)
{
  g_autoptr(GPtrArray) loans = sajja_loan_list (db, 0, member_id, NULL);
  gint64 debts = 0;

  for (guint i = 0; loans != NULL && i < loans->len; i++)
    {
      SajjaLoan *loan = g_ptr_array_index (loans, i);
      SajjaLoanPosition pos;

      if (loan->status == SAJJA_LOAN_ACTIVE && sajja_loan_position (db, loan->id, day, &pos, NULL))
        debts += pos.payoff;
    }
  return debts;
}

gboolean
sajja_settlement_compute (SajjaDb          *db,
                          gint64            member_id,
                          SajjaSettlement  *out,
                          GError          **error)
{
  g_autoptr(SajjaMember) member = NULL;
  gint64 group_id;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  member = sajja_member_find_by_id (db, member_id, error);
  if (member == NULL)
    return FALSE;
  group_id = sajja_member_get_group_id (member);

  out->pledge = sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_PLEDGE);
  out->special = sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL);
  /* The loans being repaid, as they would be paid off today. */
  {
    g_autofree char *today = sajja_date_today_iso ();

    out->debts = loan_debts (db, member_id, today);
  }
  out->payout = out->pledge + out->special - out->debts;
  return TRUE;
}

/* A day money changes hands: a valid date, not in the future, not before @join_date (when
 * given), in an open month. */
static gboolean
check_day (SajjaDb      *db,
           gint64        group_id,
           const char   *date,
           const char   *join_date,
           SajjaPeriod  *out_period,
           GError      **error)
{
  g_autofree char *today = sajja_date_today_iso ();
  GDate day;

  if (date == NULL || !sajja_date_from_iso (date, &day, NULL))
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE, _("Give the day the money is paid out."));
      return FALSE;
    }
  if (g_strcmp0 (date, today) > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE,
                           _("The day is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
      return FALSE;
    }
  if (join_date != NULL && *join_date != '\0' && g_strcmp0 (date, join_date) < 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE,
                           _("The day is before the member joined. Give a day on or after joining."));
      return FALSE;
    }

  *out_period = sajja_period_from_date (&day);
  if (sajja_ledger_is_closed (db, group_id, *out_period))
    {
      g_autofree char *shown = sajja_period_format (*out_period, TRUE);

      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED,
                   /* Translators: %s is a month, as in "พฤศจิกายน 2569". */
                   _("%s is closed: nothing more can be recorded in it. Give a day in an open month."), shown);
      return FALSE;
    }

  return TRUE;
}

static gint64
receipt_number (SajjaDb *db,
                gint64   receipt_id)
{
  return sajja_db_query_int_params (db, "SELECT number FROM receipts WHERE id = ?1", 0, 1, receipt_id);
}

gboolean
sajja_settlement_pay (SajjaDb           *db,
                      SajjaMember       *member,
                      SajjaMemberStatus  status,
                      const char        *date,
                      const char        *reason,
                      const char        *recorded_by,
                      GError           **error)
{
  g_autofree char *old_date = NULL;
  g_autofree char *old_reason = NULL;
  SajjaMemberStatus old_status;
  SajjaSettlement s;
  SajjaPeriod period;
  gint64 group_id, member_id, receipt_id = 0;
  gboolean own, ok;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (SAJJA_IS_MEMBER (member), FALSE);

  group_id = sajja_member_get_group_id (member);
  member_id = sajja_member_get_id (member);

  if (status == SAJJA_MEMBER_ACTIVE)
    {
      g_set_error_literal (error, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_STATUS,
                           _("Choose why the member leaves: resigned, deceased or expelled."));
      return FALSE;
    }
  if (member_id == 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER,
                           _("Save the member before settling their account."));
      return FALSE;
    }
  if (sajja_member_get_status (member) != SAJJA_MEMBER_ACTIVE)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER,
                           _("This member has already left the group; their account is settled."));
      return FALSE;
    }

  if (!check_day (db, group_id, date, sajja_member_get_join_date (member), &period, error))
    return FALSE;

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  ok = sajja_settlement_compute (db, member_id, &s, error);
  if (ok)
    {
      s.debts = loan_debts (db, member_id, date);
      s.payout = s.pledge + s.special - s.debts;
    }
  if (ok && s.payout < 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE,
                           _("The member’s debts are larger than their savings. Settle the debts first."));
      ok = FALSE;
    }
  /* A guarantor stays until the loans they guarantee are repaid or guaranteed by another. */
  if (ok)
    {
      g_autoptr(GPtrArray) guaranteed = sajja_loan_list_guaranteed (db, member_id, NULL);

      for (guint i = 0; ok && guaranteed != NULL && i < guaranteed->len; i++)
        {
          SajjaLoan *loan = g_ptr_array_index (guaranteed, i);

          if (loan->status == SAJJA_LOAN_ACTIVE || loan->status == SAJJA_LOAN_APPROVED
              || loan->status == SAJJA_LOAN_APPLIED)
            {
              g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER,
                           /* Translators: %lld is a loan's number, %s the borrower's name. */
                           _("The member guarantees loan no. %lld of %s: that loan must be repaid, or guaranteed by "
                             "someone else, before the member leaves."),
                           (long long) loan->number, loan->member_name);
              ok = FALSE;
            }
        }
    }
  /* The savings repay the loans first: each loan is paid off on the day, on its own receipt. */
  if (ok && s.debts > 0)
    {
      g_autoptr(GPtrArray) loans = sajja_loan_list (db, 0, member_id, NULL);

      for (guint i = 0; ok && loans != NULL && i < loans->len; i++)
        {
          SajjaLoan *loan = g_ptr_array_index (loans, i);
          SajjaLoanPosition pos;

          if (loan->status != SAJJA_LOAN_ACTIVE)
            continue;
          ok = sajja_loan_position (db, loan->id, date, &pos, error)
               && (pos.payoff == 0 || sajja_loan_repay (db, loan->id, pos.payoff, date, recorded_by, NULL, error));
        }
    }

  old_status = sajja_member_get_status (member);
  old_date = g_strdup (sajja_member_get_status_date (member));
  old_reason = g_strdup (sajja_member_get_status_reason (member));
  if (ok)
    {
      sajja_member_set_status (member, status, date, reason);
      ok = sajja_member_save (member, db, error);
    }

  /* One receipt for the payout; a member with nothing to pay out leaves with no entries and
   * no receipt. */
  if (ok && (s.pledge > 0 || s.special > 0))
    {
      receipt_id = sajja_ledger_new_receipt (db, group_id, member_id, date, 0, 0, error);
      ok = receipt_id != 0;
    }
  if (ok && s.pledge > 0)
    ok = sajja_ledger_post (db, group_id, member_id, SAJJA_ENTRY_SETTLEMENT, -s.pledge, period, date, receipt_id,
                            recorded_by, reason, error) != 0;
  if (ok && s.special > 0)
    ok = sajja_ledger_post (db, group_id, member_id, SAJJA_ENTRY_WITHDRAWAL, -s.special, period, date, receipt_id,
                            recorded_by, reason, error) != 0;
  if (ok)
    ok = sajja_db_log_action (db, "settlement", sajja_member_get_uuid (member),
                              sajja_member_status_to_string (status), error);

  if (!sajja_db_end_change (db, own, ok, ok ? error : NULL))
    ok = FALSE;

  if (!ok)
    sajja_member_set_status (member, old_status, old_date, old_reason);

  return ok;
}

gint64
sajja_special_withdraw (SajjaDb      *db,
                        gint64        member_id,
                        gint64        amount,
                        const char   *date,
                        const char   *recorded_by,
                        GError      **error)
{
  g_autoptr(SajjaMember) member = NULL;
  SajjaPeriod period;
  gint64 group_id, balance, receipt_id, number = 0;
  gboolean own, ok;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  member = sajja_member_find_by_id (db, member_id, error);
  if (member == NULL)
    return 0;
  group_id = sajja_member_get_group_id (member);

  if (sajja_member_get_status (member) != SAJJA_MEMBER_ACTIVE)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER,
                           _("This member has left the group: their deposits were paid out when they left."));
      return 0;
    }

  if (amount <= 0 || amount > SAJJA_MONEY_MAX)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT,
                           _("The amount withdrawn must be more than zero."));
      return 0;
    }

  if (!check_day (db, group_id, date, sajja_member_get_join_date (member), &period, error))
    return 0;

  balance = sajja_ledger_balance (db, group_id, member_id, SAJJA_ACCOUNT_SPECIAL);
  if (amount > balance)
    {
      g_autofree char *shown = sajja_money_format (balance);

      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE,
                   /* Translators: %s is an amount of baht. */
                   _("The special deposits hold only %s baht. Give an amount no larger."), shown);
      return 0;
    }

  /* The group's rules for special deposits, when it has set them: what must stay in, and how
   * many withdrawals a month. */
  {
    gint64 min_balance = 0, per_month = 0;

    if (sajja_bylaw_get (db, group_id, SAJJA_BYLAW_SPECIAL_MIN_BALANCE, date, &min_balance, NULL)
        && balance - amount < min_balance)
      {
        g_autofree char *keep = sajja_money_format (min_balance);
        g_autofree char *most = sajja_money_format (MAX (balance - min_balance, 0));

        g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE,
                     /* Translators: the first %s is the least a member keeps, the second the most
                      * that can be withdrawn now, both in baht. */
                     _("The group’s rules keep at least %s baht in special deposits: withdraw at most %s baht."),
                     keep, most);
        return 0;
      }

    if (sajja_bylaw_get (db, group_id, SAJJA_BYLAW_WITHDRAWALS_PER_MONTH, date, &per_month, NULL)
        && per_month > 0
        && sajja_db_query_int_params (db,
                                      "SELECT count(*) FROM journal WHERE member_id = ?1 AND kind = 'withdrawal' "
                                      "AND period = printf ('%04d-%02d', ?2 / 100, ?2 % 100) "
                                      "AND id NOT IN (SELECT reverses_id FROM journal WHERE reverses_id IS NOT NULL)",
                                      0, 2, member_id, (gint64) (period.year * 100 + period.month)) >= per_month)
      {
        g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT,
                     /* Translators: %d is the number of withdrawals the by-laws allow a month. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "The group’s rules allow %d withdrawal of special deposits a month, and this member has made it. Withdraw next month.",
                                  "The group’s rules allow %d withdrawals of special deposits a month, and this member has made them. Withdraw next month.",
                                  per_month),
                     (int) per_month);
        return 0;
      }
  }

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  receipt_id = sajja_ledger_new_receipt (db, group_id, member_id, date, 0, 0, error);
  ok = receipt_id != 0;
  if (ok)
    ok = sajja_ledger_post (db, group_id, member_id, SAJJA_ENTRY_WITHDRAWAL, -amount, period, date, receipt_id,
                            recorded_by, NULL, error) != 0;
  if (ok)
    number = receipt_number (db, receipt_id);

  if (!sajja_db_end_change (db, own, ok, ok ? error : NULL) || !ok)
    return 0;

  return number;
}
