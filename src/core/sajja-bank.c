/* sajja-bank.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-bank.h"
#include "sajja-date.h"
#include "sajja-money.h"
#include "sajja-uuid.h"

G_DEFINE_QUARK (sajja-bank-error-quark, sajja_bank_error)

static const struct
{
  const char *name;
  const char *title;
  int sign;  /* +1 into the bank account, -1 out of it */
} kinds[SAJJA_BANK_N_KINDS] = {
  /* Translators: a movement of the bank book: cash taken to the bank ("ฝากเงิน"). */
  [SAJJA_BANK_DEPOSIT] = { "deposit", N_("Deposit"), 1 },
  /* Translators: a movement of the bank book: cash drawn from the bank ("ถอนเงิน"). */
  [SAJJA_BANK_WITHDRAWAL] = { "withdrawal", N_("Withdrawal from the bank"), -1 },
  /* Translators: a movement of the bank book: interest the bank credits ("ดอกเบี้ยรับ"). */
  [SAJJA_BANK_INTEREST] = { "interest", N_("Bank interest"), 1 },
  /* Translators: a movement of the bank book: a fee the bank charges ("ค่าธรรมเนียมธนาคาร"). */
  [SAJJA_BANK_FEE] = { "fee", N_("Bank fee"), -1 },
};

const char *
sajja_bank_kind_to_string (SajjaBankKind kind)
{
  g_return_val_if_fail (kind < SAJJA_BANK_N_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
sajja_bank_kind_from_string (const char    *name,
                             SajjaBankKind *out)
{
  for (guint i = 0; i < SAJJA_BANK_N_KINDS; i++)
    if (g_strcmp0 (kinds[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_bank_kind_get_title (SajjaBankKind kind)
{
  g_return_val_if_fail (kind < SAJJA_BANK_N_KINDS, NULL);
  return _(kinds[kind].title);
}

static gboolean
check_day (const char  *day,
           GError     **error)
{
  g_autofree char *today = sajja_date_today_iso ();
  GDate date;

  if (day == NULL || !sajja_date_from_iso (day, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_DATE, _("Give the day of the bank movement."));
      return FALSE;
    }
  if (g_strcmp0 (day, today) > 0)
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_DATE,
                           _("The day is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
      return FALSE;
    }
  return TRUE;
}

gint64
sajja_bank_find_account (SajjaDb    *db,
                         gint64      group_id,
                         const char *bank,
                         const char *account_no)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  stmt = sajja_db_prepare (db, "SELECT id FROM group_bank_accounts WHERE group_id = ? AND bank = ? AND account_no = ?",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, bank, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, account_no, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Sum of a query with an integer ?1 and an optional day ?2 (NULL: no bound). */
static gint64
sum_to_day (SajjaDb    *db,
            const char *sql,
            gint64      id,
            const char *day)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, sql, NULL);
  gint64 sum = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (day != NULL)
    sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sum = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return sum;
}

gint64
sajja_bank_balance (SajjaDb    *db,
                    gint64      account_id,
                    const char *day)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  return sum_to_day (db,
                     "SELECT ifnull (sum (amount), 0) FROM bank_movements "
                     "WHERE bank_account_id = ?1 AND (?2 IS NULL OR day <= ?2)",
                     account_id, day);
}

gint64
sajja_bank_cash_on_hand (SajjaDb    *db,
                         gint64      group_id,
                         const char *day)
{
  gint64 journal, moved;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  journal = sum_to_day (db,
                        "SELECT ifnull (sum (amount), 0) FROM journal WHERE group_id = ?1 "
                        "AND (?2 IS NULL OR paid_on <= ?2)",
                        group_id, day);
  /* Deposits are positive and withdrawals negative in the bank book: cash moves the other way. */
  moved = sum_to_day (db,
                      "SELECT ifnull (sum (amount), 0) FROM bank_movements WHERE group_id = ?1 "
                      "AND kind IN ('deposit', 'withdrawal') AND (?2 IS NULL OR day <= ?2)",
                      group_id, day);
  return journal - moved;
}

gint64
sajja_bank_record (SajjaDb        *db,
                   gint64          account_id,
                   SajjaBankKind   kind,
                   gint64          amount,
                   const char     *day,
                   const char     *recorded_by,
                   const char     *note,
                   GError        **error)
{
  g_autofree char *uuid = NULL;
  g_autoptr(GDateTime) now_dt = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;
  gint64 group_id, signed_amount, id = 0;
  gboolean own;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);
  g_return_val_if_fail (kind < SAJJA_BANK_N_KINDS, 0);

  if (amount <= 0 || amount > SAJJA_MONEY_MAX)
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_AMOUNT, _("The amount must be more than zero."));
      return 0;
    }
  if (!check_day (day, error))
    return 0;

  group_id = sajja_db_query_int_params (db, "SELECT group_id FROM group_bank_accounts WHERE id = ?1", 0, 1, account_id);
  if (group_id == 0)
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_ACCOUNT,
                           _("There is no such bank account. Add the account to the group first."));
      return 0;
    }

  signed_amount = kinds[kind].sign * amount;

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  if (kind == SAJJA_BANK_DEPOSIT)
    {
      gint64 cash = MIN (sajja_bank_cash_on_hand (db, group_id, day), sajja_bank_cash_on_hand (db, group_id, NULL));

      if (amount > cash)
        {
          g_autofree char *shown = sajja_money_format (MAX (cash, 0));

          g_set_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_CASH,
                       /* Translators: %s is an amount of baht. */
                       _("The cash on hand is only %s baht; a deposit cannot be larger. Record the money received first."),
                       shown);
          sajja_db_end_change (db, own, FALSE, NULL);
          return 0;
        }
    }
  else if (signed_amount < 0)
    {
      gint64 balance = MIN (sajja_bank_balance (db, account_id, day), sajja_bank_balance (db, account_id, NULL));

      if (amount > balance)
        {
          g_autofree char *shown = sajja_money_format (MAX (balance, 0));

          g_set_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_BALANCE,
                       /* Translators: %s is an amount of baht. */
                       _("The bank account holds only %s baht in the book; the amount cannot be larger. Check the bank book for a missing deposit or interest."),
                       shown);
          sajja_db_end_change (db, own, FALSE, NULL);
          return 0;
        }
    }

  uuid = sajja_uuid_new ();
  now_dt = g_date_time_new_now_utc ();
  now = g_date_time_format_iso8601 (now_dt);
  stmt = sajja_db_prepare (db,
                           "INSERT INTO bank_movements (uuid, group_id, bank_account_id, day, amount, kind, note, "
                           "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, group_id);
      sqlite3_bind_int64 (stmt, 3, account_id);
      sqlite3_bind_text (stmt, 4, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, signed_amount);
      sqlite3_bind_text (stmt, 6, kinds[kind].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, note != NULL ? note : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, recorded_by != NULL ? recorded_by : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 9, now, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
      else
        sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the bank movement"));
    }

  if (id != 0 && !sajja_db_log_action (db, "bank-movement", uuid, kinds[kind].name, error))
    id = 0;

  if (!sajja_db_end_change (db, own, id != 0, error))
    return 0;
  return id;
}

gint64
sajja_bank_deposit (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                    const char *recorded_by, const char *note, GError **error)
{
  return sajja_bank_record (db, account_id, SAJJA_BANK_DEPOSIT, amount, day, recorded_by, note, error);
}

gint64
sajja_bank_withdraw (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                     const char *recorded_by, const char *note, GError **error)
{
  return sajja_bank_record (db, account_id, SAJJA_BANK_WITHDRAWAL, amount, day, recorded_by, note, error);
}

gint64
sajja_bank_add_interest (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                         const char *recorded_by, const char *note, GError **error)
{
  return sajja_bank_record (db, account_id, SAJJA_BANK_INTEREST, amount, day, recorded_by, note, error);
}

gint64
sajja_bank_add_fee (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                    const char *recorded_by, const char *note, GError **error)
{
  return sajja_bank_record (db, account_id, SAJJA_BANK_FEE, amount, day, recorded_by, note, error);
}

gboolean
sajja_bank_record_statement (SajjaDb     *db,
                             gint64       account_id,
                             const char  *date,
                             gint64       balance,
                             GError     **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  sqlite3_stmt *stmt;
  gboolean own, ok;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (balance > SAJJA_MONEY_MAX || balance < -SAJJA_MONEY_MAX)
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_AMOUNT,
                           _("The statement balance is too large. Check the amount."));
      return FALSE;
    }
  if (!check_day (date, error))
    return FALSE;
  if (sajja_db_query_int_params (db, "SELECT count (*) FROM group_bank_accounts WHERE id = ?1", 0, 1, account_id) == 0)
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_ACCOUNT,
                           _("There is no such bank account. Add the account to the group first."));
      return FALSE;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO bank_statements (uuid, bank_account_id, statement_date, balance, recorded_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (bank_account_id, statement_date) "
                           "DO UPDATE SET balance = excluded.balance, recorded_at = excluded.recorded_at",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, account_id);
      sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, balance);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the statement balance"));
    }
  if (ok)
    ok = sajja_db_log_action (db, "bank-statement", uuid, date, error);

  return sajja_db_end_change (db, own, ok, error);
}

gboolean
sajja_bank_latest_statement (SajjaDb     *db,
                             gint64       account_id,
                             const char  *date,
                             char       **out_date,
                             gint64      *out_balance)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  stmt = sajja_db_prepare (db,
                           "SELECT statement_date, balance FROM bank_statements WHERE bank_account_id = ?1 "
                           "AND (?2 IS NULL OR statement_date <= ?2) ORDER BY statement_date DESC LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  if (date != NULL)
    sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      if (out_date != NULL)
        *out_date = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (out_balance != NULL)
        *out_balance = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return found;
}

gboolean
sajja_bank_reconcile (SajjaDb     *db,
                      gint64       account_id,
                      const char  *date,
                      gint64      *out_book,
                      gint64      *out_statement,
                      gint64      *out_difference,
                      GError     **error)
{
  g_autofree char *statement_date = NULL;
  gint64 statement = 0, book;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!sajja_bank_latest_statement (db, account_id, date, &statement_date, &statement))
    {
      g_set_error_literal (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_STATEMENT,
                           _("No balance from the bank’s statement is recorded for this account. "
                             "Record the balance the bank shows first."));
      return FALSE;
    }

  book = sajja_bank_balance (db, account_id, statement_date);
  if (out_book != NULL)
    *out_book = book;
  if (out_statement != NULL)
    *out_statement = statement;
  if (out_difference != NULL)
    *out_difference = statement - book;
  return TRUE;
}
