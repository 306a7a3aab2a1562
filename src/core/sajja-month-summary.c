/* sajja-month-summary.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "sajja-bank.h"
#include "sajja-ledger.h"
#include "sajja-month-summary.h"

/* Active members at the end of @day: joined by then, and still active or left after it. */
static guint
members_active_on (SajjaDb    *db,
                   gint64      group_id,
                   const char *day)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT count(*) FROM members WHERE group_id = ?1 AND join_date <= ?2 "
                                         "AND (status = 'active' OR status_date IS NULL OR status_date > ?2)", NULL);
  guint n = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* The group's bank accounts' balance at the end of @day: every movement, the bank's own too. */
static gint64
bank_on (SajjaDb    *db,
         gint64      group_id,
         const char *day)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT ifnull (sum (amount), 0) FROM bank_movements "
                                         "WHERE group_id = ?1 AND day <= ?2", NULL);
  gint64 sum = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sum = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return sum;
}

/* Adds the month's journal to @out, each entry (or reversal, with the kind it undoes) to its
 * line. */
static gboolean
add_journal (SajjaDb            *db,
             gint64              group_id,
             SajjaMonthSummary  *out,
             GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT ifnull (o.kind, j.kind), j.account, sum (j.amount) FROM journal j "
                           "LEFT JOIN journal o ON o.id = j.reverses_id "
                           "WHERE j.group_id = ?1 AND j.paid_on >= ?2 AND j.paid_on <= ?3 "
                           "GROUP BY 1, 2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, out->first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, out->last_day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SajjaEntryKind kind = SAJJA_ENTRY_REVERSAL;
      SajjaAccount account = SAJJA_ACCOUNT_PLEDGE;
      gint64 amount = sqlite3_column_int64 (stmt, 2);

      sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &kind);
      sajja_account_from_string ((const char *) sqlite3_column_text (stmt, 1), &account);
      switch (kind)
        {
        case SAJJA_ENTRY_PLEDGE:
          out->pledges += amount;
          break;
        case SAJJA_ENTRY_SPECIAL_DEPOSIT:
          out->special_in += amount;
          break;
        case SAJJA_ENTRY_WITHDRAWAL:
          out->special_out -= amount;
          break;
        case SAJJA_ENTRY_SETTLEMENT:
          out->settlements -= amount;
          break;
        case SAJJA_ENTRY_FINE:
          out->savings_fines += amount;
          break;
        case SAJJA_ENTRY_ENTRY_FEE:
        case SAJJA_ENTRY_LOAN_FEE:
          out->fees += amount;
          break;
        case SAJJA_ENTRY_WELFARE_CONTRIBUTION:
          out->welfare_in += amount;
          break;
        case SAJJA_ENTRY_WELFARE_PAYOUT:
          out->welfare_paid -= amount;
          break;
        case SAJJA_ENTRY_LOAN_DISBURSEMENT:
          out->disbursed -= amount;
          break;
        case SAJJA_ENTRY_LOAN_PRINCIPAL:
          out->principal_repaid += amount;
          break;
        case SAJJA_ENTRY_LOAN_INTEREST:
          out->interest += amount;
          break;
        case SAJJA_ENTRY_LOAN_FINE:
          out->loan_fines += amount;
          break;
        case SAJJA_ENTRY_LOAN_WRITE_OFF:
          /* The pair's own half in the loans account; the bad-debt half is the same event. */
          if (account == SAJJA_ACCOUNT_LOANS)
            out->written_off += amount;
          break;
        case SAJJA_ENTRY_REVERSAL:
        case SAJJA_N_ENTRY_KINDS:
        default:
          break;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Active members owing pledges up to @period, at its end, and what they owe. */
static gboolean
add_arrears (SajjaDb            *db,
             gint64              group_id,
             SajjaMonthSummary  *out,
             GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (db, "SELECT id FROM members WHERE group_id = ?1 AND join_date <= ?2 "
                           "AND (status = 'active' OR status_date IS NULL OR status_date > ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, out->last_day, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      SajjaArrears arrears = { 0, };

      if (!sajja_ledger_arrears (db, g_array_index (ids, gint64, i), (SajjaPeriod) { 1900, 1 }, out->period, &arrears,
                                 error))
        return FALSE;
      if (arrears.months > 0)
        {
          out->members_in_arrears++;
          out->arrears += arrears.amount;
        }
    }
  return TRUE;
}

gboolean
sajja_month_summary_compute (SajjaDb            *db,
                             gint64              group_id,
                             SajjaPeriod         period,
                             SajjaMonthSummary  *out,
                             GError            **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *today = NULL;
  g_autofree char *eve = NULL;
  g_autoptr(GPtrArray) arrears = NULL;
  GDate first_date, last_date, now;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (period.month < 1 || period.month > 12 || period.year < 1900 || period.year > 9999)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD, _("The month the entry is for is not valid."));
      return FALSE;
    }
  sajja_period_get_bounds (period, &first_date, &last_date);
  g_date_clear (&now, 1);
  g_date_set_time_t (&now, time (NULL));
  if (g_date_compare (&first_date, &now) > 0)
    {
      g_autofree char *shown = sajja_period_format (period, TRUE);

      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD,
                   /* Translators: %s is a month, as in "ธันวาคม 2569". */
                   _("%s has not begun: there are no figures for it yet."), shown);
      return FALSE;
    }
  if (g_date_compare (&last_date, &now) > 0)
    last_date = now;

  out->period = period;
  first = sajja_date_to_iso (&first_date);
  last = sajja_date_to_iso (&last_date);
  g_strlcpy (out->first_day, first, sizeof out->first_day);
  g_strlcpy (out->last_day, last, sizeof out->last_day);
  g_date_subtract_days (&first_date, 1);
  eve = sajja_date_to_iso (&first_date);

  out->members_start = members_active_on (db, group_id, eve);
  out->members_end = members_active_on (db, group_id, last);
  /* Joined and left in the month, members who paid a pledge, loans paid out. */
  stmt = sajja_db_prepare (db, "SELECT (SELECT count(*) FROM members WHERE group_id = ?1 AND join_date BETWEEN ?2 AND ?3), "
                           "(SELECT count(*) FROM members WHERE group_id = ?1 AND status != 'active' "
                           "AND status_date BETWEEN ?2 AND ?3), "
                           "(SELECT count(DISTINCT member_id) FROM journal WHERE group_id = ?1 AND kind = 'pledge' "
                           "AND paid_on BETWEEN ?2 AND ?3), "
                           "(SELECT count(*) FROM loans WHERE group_id = ?1 AND disbursed_on BETWEEN ?2 AND ?3)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->members_joined = sqlite3_column_int (stmt, 0);
      out->members_left = sqlite3_column_int (stmt, 1);
      out->members_paid = sqlite3_column_int (stmt, 2);
      out->loans_disbursed = sqlite3_column_int (stmt, 3);
    }
  sqlite3_reset (stmt);

  if (!add_journal (db, group_id, out, error) || !add_arrears (db, group_id, out, error))
    return FALSE;

  arrears = sajja_loan_arrears (db, group_id, last, &out->portfolio, error);
  if (arrears == NULL)
    return FALSE;

  out->cash_start = sajja_bank_cash_on_hand (db, group_id, eve);
  out->cash_end = sajja_bank_cash_on_hand (db, group_id, last);
  out->bank_start = bank_on (db, group_id, eve);
  out->bank_end = bank_on (db, group_id, last);
  return TRUE;
}
