/* sajja-ledger.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "sajja-date.h"
#include "sajja-bylaw.h"
#include "sajja-ledger-private.h"
#include "sajja-money.h"
#include "sajja-uuid.h"

G_DEFINE_QUARK (sajja-ledger-error-quark, sajja_ledger_error)

static const struct
{
  const char *name;
  const char *title;
} accounts[SAJJA_N_ACCOUNTS] = {
  [SAJJA_ACCOUNT_PLEDGE] = { "pledge", N_("Pledged savings") },
  [SAJJA_ACCOUNT_SPECIAL] = { "special", N_("Special deposits") },
  [SAJJA_ACCOUNT_FEES] = { "fees", N_("Entry fees") },
  [SAJJA_ACCOUNT_FINES] = { "fines", N_("Fines") },
  [SAJJA_ACCOUNT_WELFARE] = { "welfare", N_("Welfare fund") },
  [SAJJA_ACCOUNT_LOANS] = { "loans", N_("Loans") },
  [SAJJA_ACCOUNT_INTEREST] = { "interest", N_("Loan interest") },
  [SAJJA_ACCOUNT_BAD_DEBTS] = { "bad-debts", N_("Loans written off") },
};

static const struct
{
  const char *name;
  const char *title;
  SajjaAccount account;
  int sign;  /* +1 into the account, -1 out of it, 0 either */
} kinds[SAJJA_N_ENTRY_KINDS] = {
  [SAJJA_ENTRY_PLEDGE] = { "pledge", N_("Pledge"), SAJJA_ACCOUNT_PLEDGE, 1 },
  [SAJJA_ENTRY_SPECIAL_DEPOSIT] = { "special-deposit", N_("Special deposit"), SAJJA_ACCOUNT_SPECIAL, 1 },
  [SAJJA_ENTRY_WITHDRAWAL] = { "withdrawal", N_("Withdrawal"), SAJJA_ACCOUNT_SPECIAL, -1 },
  [SAJJA_ENTRY_FINE] = { "fine", N_("Fine"), SAJJA_ACCOUNT_FINES, 1 },
  [SAJJA_ENTRY_ENTRY_FEE] = { "entry-fee", N_("Entry fee"), SAJJA_ACCOUNT_FEES, 1 },
  [SAJJA_ENTRY_WELFARE_CONTRIBUTION] = { "welfare-contribution", N_("Welfare contribution"), SAJJA_ACCOUNT_WELFARE, 1 },
  [SAJJA_ENTRY_WELFARE_PAYOUT] = { "welfare-payout", N_("Welfare payout"), SAJJA_ACCOUNT_WELFARE, -1 },
  [SAJJA_ENTRY_SETTLEMENT] = { "settlement", N_("Settlement on leaving"), SAJJA_ACCOUNT_PLEDGE, -1 },
  [SAJJA_ENTRY_REVERSAL] = { "reversal", N_("Reversal"), SAJJA_ACCOUNT_PLEDGE, 0 },
  [SAJJA_ENTRY_LOAN_DISBURSEMENT] = { "loan-disbursement", N_("Loan paid out"), SAJJA_ACCOUNT_LOANS, -1 },
  [SAJJA_ENTRY_LOAN_FEE] = { "loan-fee", N_("Loan fee"), SAJJA_ACCOUNT_FEES, 1 },
  [SAJJA_ENTRY_LOAN_PRINCIPAL] = { "loan-principal", N_("Loan repayment"), SAJJA_ACCOUNT_LOANS, 1 },
  [SAJJA_ENTRY_LOAN_INTEREST] = { "loan-interest", N_("Loan interest"), SAJJA_ACCOUNT_INTEREST, 1 },
  [SAJJA_ENTRY_LOAN_FINE] = { "loan-fine", N_("Late repayment fine"), SAJJA_ACCOUNT_FINES, 1 },
  [SAJJA_ENTRY_LOAN_WRITE_OFF] = { "loan-write-off", N_("Loan written off"), SAJJA_ACCOUNT_LOANS, 0 },
};

const char *
sajja_account_to_string (SajjaAccount account)
{
  g_return_val_if_fail (account < SAJJA_N_ACCOUNTS, NULL);
  return accounts[account].name;
}

gboolean
sajja_account_from_string (const char   *name,
                           SajjaAccount *out)
{
  for (guint i = 0; i < SAJJA_N_ACCOUNTS; i++)
    if (g_strcmp0 (accounts[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_account_get_title (SajjaAccount account)
{
  g_return_val_if_fail (account < SAJJA_N_ACCOUNTS, NULL);
  return _(accounts[account].title);
}

const char *
sajja_entry_kind_to_string (SajjaEntryKind kind)
{
  g_return_val_if_fail (kind < SAJJA_N_ENTRY_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
sajja_entry_kind_from_string (const char     *name,
                              SajjaEntryKind *out)
{
  for (guint i = 0; i < SAJJA_N_ENTRY_KINDS; i++)
    if (g_strcmp0 (kinds[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_entry_kind_get_title (SajjaEntryKind kind)
{
  g_return_val_if_fail (kind < SAJJA_N_ENTRY_KINDS, NULL);
  return _(kinds[kind].title);
}

SajjaAccount
sajja_entry_kind_get_account (SajjaEntryKind kind)
{
  g_return_val_if_fail (kind < SAJJA_N_ENTRY_KINDS, SAJJA_ACCOUNT_PLEDGE);
  return kinds[kind].account;
}

void
sajja_entry_free (SajjaEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->uuid);
  g_free (entry->paid_on);
  g_free (entry->recorded_by);
  g_free (entry->note);
  g_free (entry);
}

gint64
sajja_ledger_balance (SajjaDb      *db,
                      gint64        group_id,
                      gint64        member_id,
                      SajjaAccount  account)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);
  g_return_val_if_fail (account < SAJJA_N_ACCOUNTS, 0);

  /* The account's name is bound as the third parameter through a CASE over its index, so the
   * statement stays one cached text. */
  /* A member's balance by the member index; the group's by the group's. */
  if (member_id != 0)
    return sajja_db_query_int_params (db,
                                      "SELECT ifnull (sum (amount), 0) FROM journal WHERE member_id = ?2 "
                                      "AND group_id = ?1 AND account = "
                                      "CASE ?3 WHEN 0 THEN 'pledge' WHEN 1 THEN 'special' WHEN 2 THEN 'fees' "
                                      "WHEN 3 THEN 'fines' WHEN 4 THEN 'welfare' WHEN 5 THEN 'loans' "
                                      "WHEN 6 THEN 'interest' ELSE 'bad-debts' END",
                                      0, 3, group_id, member_id, (gint64) account);
  return sajja_db_query_int_params (db,
                                    "SELECT ifnull (sum (amount), 0) FROM journal WHERE group_id = ?1 "
                                    "AND ?2 = 0 AND account = "
                                    "CASE ?3 WHEN 0 THEN 'pledge' WHEN 1 THEN 'special' WHEN 2 THEN 'fees' "
                                    "WHEN 3 THEN 'fines' WHEN 4 THEN 'welfare' WHEN 5 THEN 'loans' "
                                    "WHEN 6 THEN 'interest' ELSE 'bad-debts' END",
                                    0, 3, group_id, member_id, (gint64) account);
}

static char *
period_first_day (SajjaPeriod period)
{
  return g_strdup_printf ("%04d-%02d-01", period.year, period.month);
}

/* What a member owes month by month, read once: the shares they pledged, the share value and
 * the late fine the by-laws set, each with the dates they took effect. */
typedef struct
{
  char *from;
  gint64 value;
} Dated;

typedef struct
{
  gint64 group_id;
  SajjaPeriod joined;     /* the first month owed: joining, or when the books began if later */
  char *left_on;          /* NULL while active */
  GArray *shares;         /* Dated, oldest first */
  GArray *share_value;
  GArray *late_fine;
  GHashTable *paid;       /* "YYYY-MM" → gint64 paid toward the pledge */
} PledgeHistory;

static void
dated_clear (gpointer data)
{
  g_free (((Dated *) data)->from);
}

static void
pledge_history_free (PledgeHistory *h)
{
  g_free (h->left_on);
  g_clear_pointer (&h->shares, g_array_unref);
  g_clear_pointer (&h->share_value, g_array_unref);
  g_clear_pointer (&h->late_fine, g_array_unref);
  g_clear_pointer (&h->paid, g_hash_table_unref);
  g_free (h);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PledgeHistory, pledge_history_free)

static GArray *
read_dated (SajjaDb    *db,
            const char *sql,
            gint64      id,
            const char *rule)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Dated));
  sqlite3_stmt *stmt = sajja_db_prepare (db, sql, NULL);

  g_array_set_clear_func (out, dated_clear);
  if (stmt == NULL)
    return out;

  sqlite3_bind_int64 (stmt, 1, id);
  if (rule != NULL)
    sqlite3_bind_text (stmt, 2, rule, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Dated d = { g_strdup ((const char *) sqlite3_column_text (stmt, 0)), sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (out, d);
    }
  sqlite3_reset (stmt);

  return out;
}

/* The value in force on @iso: the last whose date is on or before it. */
static gint64
dated_at (GArray     *dated,
          const char *iso,
          gboolean   *found)
{
  gint64 value = 0;

  *found = FALSE;
  for (guint i = 0; i < dated->len; i++)
    {
      Dated *d = &g_array_index (dated, Dated, i);

      if (strcmp (d->from, iso) > 0)
        break;
      value = d->value;
      *found = TRUE;
    }

  return value;
}

static PledgeHistory *
pledge_history_read (SajjaDb  *db,
                     gint64    member_id,
                     GError  **error)
{
  g_autoptr(PledgeHistory) h = g_new0 (PledgeHistory, 1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT m.group_id, max (substr (m.join_date, 1, 7), ifnull (g.books_from, '')), "
                           "CASE m.status WHEN 'active' THEN NULL ELSE m.status_date END "
                           "FROM members m JOIN groups g ON g.id = m.group_id WHERE m.id = ?",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, member_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      h->group_id = sqlite3_column_int64 (stmt, 0);
      sajja_period_parse ((const char *) sqlite3_column_text (stmt, 1), &h->joined, NULL);
      h->left_on = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND, _("There is no such member."));
      return NULL;
    }

  h->shares = read_dated (db, "SELECT effective_from, shares FROM member_shares WHERE member_id = ? "
                              "ORDER BY effective_from", member_id, NULL);
  h->share_value = read_dated (db, "SELECT effective_from, value FROM bylaws WHERE group_id = ? AND rule = ? "
                                   "ORDER BY effective_from", h->group_id, "share-value");
  h->late_fine = read_dated (db, "SELECT effective_from, value FROM bylaws WHERE group_id = ? AND rule = ? "
                                 "ORDER BY effective_from", h->group_id, "late-fine");

  h->paid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt = sajja_db_prepare (db,
                           "SELECT period, sum (amount) FROM journal WHERE member_id = ? AND account = 'pledge' "
                           "AND kind != 'settlement' GROUP BY period",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, member_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 amount = sqlite3_column_int64 (stmt, 1);

      g_hash_table_insert (h->paid, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_memdup2 (&amount, sizeof amount));
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&h);
}

/* The pledge expected for @period: a member that month (joined by its end, not left before it
 * ended) pledges the shares in force on its last day times the share value of that day. */
static gint64
pledge_history_expected (PledgeHistory *h,
                         SajjaPeriod    period)
{
  g_autofree char *last_day = NULL;
  gboolean have_shares, have_value;
  gint64 shares, value;
  GDate first, last;

  if (sajja_period_compare (period, h->joined) < 0)
    return 0;

  sajja_period_get_bounds (period, &first, &last);
  last_day = sajja_date_to_iso (&last);
  if (h->left_on != NULL && strcmp (h->left_on, last_day) < 0)
    return 0;

  shares = dated_at (h->shares, last_day, &have_shares);
  value = dated_at (h->share_value, last_day, &have_value);

  return have_shares && have_value ? shares * value : 0;
}

static gint64
pledge_history_paid (PledgeHistory *h,
                     SajjaPeriod    period)
{
  g_autofree char *key = sajja_period_to_string (period);
  gint64 *paid = g_hash_table_lookup (h->paid, key);

  return paid != NULL ? *paid : 0;
}

gint64
sajja_ledger_expected_pledge (SajjaDb     *db,
                              gint64       member_id,
                              SajjaPeriod  period)
{
  g_autoptr(PledgeHistory) h = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  h = pledge_history_read (db, member_id, NULL);

  return h != NULL ? pledge_history_expected (h, period) : 0;
}

/* Arrears from @from to @to out of a history already read. */
static void
arrears_from_history (SajjaDb       *db,
                      PledgeHistory *h,
                      gint64         member_id,
                      SajjaPeriod    from,
                      SajjaPeriod    to,
                      SajjaArrears  *out)
{
  gint64 fines_paid;

  memset (out, 0, sizeof *out);

  if (sajja_period_compare (h->joined, from) > 0)
    from = h->joined;

  for (SajjaPeriod p = from; sajja_period_compare (p, to) <= 0; p = sajja_period_add_months (p, 1))
    {
      gint64 short_by = pledge_history_expected (h, p) - pledge_history_paid (h, p);

      if (short_by <= 0)
        continue;

      if (out->months == 0)
        out->first = p;
      out->months++;
      out->amount += short_by;

      /* A month not paid in full by the end of it is late: its fine is due. */
      if (sajja_period_compare (p, to) < 0)
        {
          g_autofree char *first_day = period_first_day (p);
          gboolean found;

          out->fines += dated_at (h->late_fine, first_day, &found);
        }
    }

  fines_paid = sajja_db_query_int_params (db,
                                          "SELECT ifnull (sum (amount), 0) FROM journal WHERE member_id = ?1 "
                                          "AND account = 'fines'",
                                          0, 1, member_id);
  out->fines = MAX (out->fines - fines_paid, 0);
}

gboolean
sajja_ledger_arrears (SajjaDb      *db,
                      gint64        member_id,
                      SajjaPeriod   from,
                      SajjaPeriod   to,
                      SajjaArrears *out,
                      GError      **error)
{
  g_autoptr(PledgeHistory) h = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  h = pledge_history_read (db, member_id, error);
  if (h == NULL)
    return FALSE;

  arrears_from_history (db, h, member_id, from, to, out);

  return TRUE;
}

gboolean
_sajja_ledger_day_owed (SajjaDb       *db,
                        gint64         member_id,
                        SajjaPeriod    period,
                        gint64        *out_expected,
                        SajjaArrears  *out_before,
                        GError       **error)
{
  g_autoptr(PledgeHistory) h = pledge_history_read (db, member_id, error);

  if (h == NULL)
    return FALSE;

  *out_expected = MAX (pledge_history_expected (h, period) - pledge_history_paid (h, period), 0);
  arrears_from_history (db, h, member_id, h->joined, sajja_period_add_months (period, -1), out_before);

  return TRUE;
}

GArray *
_sajja_ledger_shortfalls (SajjaDb      *db,
                          gint64        member_id,
                          SajjaPeriod   to,
                          GError      **error)
{
  g_autoptr(PledgeHistory) h = pledge_history_read (db, member_id, error);
  GArray *out;

  if (h == NULL)
    return NULL;

  out = g_array_new (FALSE, FALSE, sizeof (SajjaShortfall));
  for (SajjaPeriod p = h->joined; sajja_period_compare (p, to) <= 0; p = sajja_period_add_months (p, 1))
    {
      SajjaShortfall s = { p, pledge_history_expected (h, p) - pledge_history_paid (h, p) };

      if (s.amount > 0)
        g_array_append_val (out, s);
    }

  return out;
}

static gboolean
check_open (SajjaDb      *db,
            gint64        group_id,
            SajjaPeriod   period,
            GError      **error)
{
  if (sajja_ledger_is_closed (db, group_id, period))
    {
      g_autofree char *shown = sajja_period_format (period, TRUE);

      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED,
                   /* Translators: %s is a month, as in "พฤศจิกายน 2569". */
                   _("%s is closed: nothing more can be recorded in it. Record the correction in an open month."),
                   shown);
      return FALSE;
    }

  return TRUE;
}

static gint64
insert_entry (SajjaDb        *db,
              gint64          group_id,
              gint64          member_id,
              SajjaAccount    account,
              SajjaEntryKind  kind,
              gint64          amount,
              SajjaPeriod     period,
              const char     *paid_on,
              gint64          receipt_id,
              gint64          reverses_id,
              gint64          loan_id,
              const char     *recorded_by,
              const char     *note,
              GError        **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *period_text = sajja_period_to_string (period);
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                           "receipt_id, reverses_id, recorded_by, recorded_at, note, loan_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  if (member_id != 0)
    sqlite3_bind_int64 (stmt, 3, member_id);
  sqlite3_bind_text (stmt, 4, accounts[account].name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, kinds[kind].name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, amount);
  sqlite3_bind_text (stmt, 7, period_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, paid_on, -1, SQLITE_STATIC);
  if (receipt_id != 0)
    sqlite3_bind_int64 (stmt, 9, receipt_id);
  if (reverses_id != 0)
    sqlite3_bind_int64 (stmt, 10, reverses_id);
  sqlite3_bind_text (stmt, 11, recorded_by != NULL ? recorded_by : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, note != NULL ? note : "", -1, SQLITE_STATIC);
  if (loan_id != 0)
    sqlite3_bind_int64 (stmt, 14, loan_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the entry"));
      return 0;
    }

  return sqlite3_last_insert_rowid (sajja_db_get_handle (db));
}

gint64
sajja_ledger_post (SajjaDb        *db,
                   gint64          group_id,
                   gint64          member_id,
                   SajjaEntryKind  kind,
                   gint64          amount,
                   SajjaPeriod     period,
                   const char     *paid_on,
                   gint64          receipt_id,
                   const char     *recorded_by,
                   const char     *note,
                   GError        **error)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *period_text = sajja_period_to_string (period);
  sqlite3_stmt *stmt;
  GDate date;
  SajjaAccount account;
  gboolean own;
  gint64 id;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);
  g_return_val_if_fail (kind < SAJJA_ENTRY_REVERSAL, 0);

  account = kinds[kind].account;

  if (amount == 0 || amount > SAJJA_MONEY_MAX || amount < -SAJJA_MONEY_MAX
      || (kinds[kind].sign > 0 && amount < 0) || (kinds[kind].sign < 0 && amount > 0))
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT,
                           kinds[kind].sign < 0
                             ? _("The amount paid out must be more than zero.")
                             : _("The amount must be more than zero."));
      return 0;
    }

  if (period.month < 1 || period.month > 12 || period.year < 1900)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD, _("The month the entry is for is not valid."));
      return 0;
    }

  if (paid_on == NULL || !sajja_date_from_iso (paid_on, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE, _("Give the day the money was paid."));
      return 0;
    }
  if (g_strcmp0 (paid_on, today) > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE,
                           _("The day paid is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
      return 0;
    }

  if (member_id != 0)
    {
      int rc;

      stmt = sajja_db_prepare (db, "SELECT substr (join_date, 1, 7) <= ?3 FROM members WHERE id = ?1 AND group_id = ?2",
                               error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, member_id);
      sqlite3_bind_int64 (stmt, 2, group_id);
      sqlite3_bind_text (stmt, 3, period_text, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_MEMBER,
                               _("That person is not a member of this group."));
          return 0;
        }
      if (sqlite3_column_int (stmt, 0) == 0)
        {
          sqlite3_reset (stmt);
          g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD,
                               _("The month is before the member joined."));
          return 0;
        }
      sqlite3_reset (stmt);
    }

  if (!check_open (db, group_id, period, error))
    return 0;

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  /* A member's own balance limits what leaves it; a welfare payout is limited by the whole fund. */
  if (kinds[kind].sign < 0 && member_id != 0 && kind != SAJJA_ENTRY_WELFARE_PAYOUT)
    {
      gint64 balance = sajja_ledger_balance (db, group_id, member_id, account);

      if (balance + amount < 0)
        {
          g_autofree char *shown = sajja_money_format (balance);

          g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE,
                       /* Translators: %s is an amount of baht. */
                       _("The balance is only %s baht; the amount cannot be larger."), shown);
          sajja_db_end_change (db, own, FALSE, NULL);
          return 0;
        }
    }
  if (kind == SAJJA_ENTRY_WELFARE_PAYOUT && sajja_ledger_balance (db, group_id, 0, SAJJA_ACCOUNT_WELFARE) + amount < 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE,
                           _("The welfare fund does not hold enough for this payout."));
      sajja_db_end_change (db, own, FALSE, NULL);
      return 0;
    }

  id = insert_entry (db, group_id, member_id, account, kind, amount, period, paid_on, receipt_id, 0, 0,
                     recorded_by, note, error);

  if (!sajja_db_end_change (db, own, id != 0, error))
    return 0;

  return id;
}

gint64
_sajja_ledger_post_loan (SajjaDb        *db,
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
                         GError        **error)
{
  g_autofree char *today = sajja_date_today_iso ();
  SajjaPeriod period;
  GDate date;

  g_return_val_if_fail (kind > SAJJA_ENTRY_REVERSAL && kind < SAJJA_N_ENTRY_KINDS, 0);
  g_return_val_if_fail (loan_id != 0 && amount != 0, 0);

  if (paid_on == NULL || !sajja_date_from_iso (paid_on, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE, _("Give the day the money was paid."));
      return 0;
    }
  if (g_strcmp0 (paid_on, today) > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE,
                           _("The day paid is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
      return 0;
    }
  period = sajja_period_from_date (&date);
  if (!check_open (db, group_id, period, error))
    return 0;

  return insert_entry (db, group_id, member_id, account, kind, amount, period, paid_on, receipt_id, 0,
                       loan_id, recorded_by, note, error);
}

gint64
sajja_ledger_reverse (SajjaDb      *db,
                      gint64        entry_id,
                      SajjaPeriod   period,
                      const char   *paid_on,
                      const char   *recorded_by,
                      const char   *reason,
                      GError      **error)
{
  g_autofree char *today = sajja_date_today_iso ();
  sqlite3_stmt *stmt;
  GDate date;
  gint64 group_id, member_id, amount, already, loan_id;
  SajjaAccount account = SAJJA_ACCOUNT_PLEDGE;
  SajjaEntryKind kind = SAJJA_ENTRY_PLEDGE;
  gboolean own;
  gint64 id;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  stmt = sajja_db_prepare (db, "SELECT group_id, ifnull (member_id, 0), account, kind, amount, ifnull (loan_id, 0) "
                           "FROM journal WHERE id = ?",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND, _("There is no such entry."));
      return 0;
    }
  group_id = sqlite3_column_int64 (stmt, 0);
  member_id = sqlite3_column_int64 (stmt, 1);
  sajja_account_from_string ((const char *) sqlite3_column_text (stmt, 2), &account);
  sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &kind);
  amount = sqlite3_column_int64 (stmt, 4);
  loan_id = sqlite3_column_int64 (stmt, 5);
  sqlite3_reset (stmt);

  if (kind == SAJJA_ENTRY_LOAN_DISBURSEMENT || kind == SAJJA_ENTRY_LOAN_WRITE_OFF || kind == SAJJA_ENTRY_LOAN_FEE)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL,
                           _("A loan paid out or written off is not reversed here: the loan's history depends on it."));
      return 0;
    }

  if (kind == SAJJA_ENTRY_REVERSAL)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL,
                           _("A reversal cannot itself be reversed. Record the right entry again instead."));
      return 0;
    }

  already = sajja_db_query_int_params (db, "SELECT count(*) FROM journal WHERE reverses_id = ?1", 0, 1, entry_id);
  if (already > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL,
                           _("This entry has already been reversed."));
      return 0;
    }

  if (reason == NULL || *reason == '\0')
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL,
                           _("Say why the entry is reversed."));
      return 0;
    }

  if (period.month < 1 || period.month > 12 || period.year < 1900)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD, _("The month the entry is for is not valid."));
      return 0;
    }
  if (paid_on == NULL || !sajja_date_from_iso (paid_on, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE, _("Give the day the money was paid."));
      return 0;
    }
  if (g_strcmp0 (paid_on, today) > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE,
                           _("The day paid is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
      return 0;
    }

  if (!check_open (db, group_id, period, error))
    return 0;

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  /* Undoing a deposit takes it back out: not more than the member's balance now (a deposit
   * since withdrawn cannot be reversed into a balance below zero). */
  if (amount > 0 && member_id != 0 && account < SAJJA_ACCOUNT_LOANS)
    {
      gint64 balance = sajja_ledger_balance (db, group_id, member_id, account);

      if (balance - amount < 0)
        {
          g_autofree char *shown = sajja_money_format (balance);

          g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_BALANCE,
                       _("The balance is only %s baht; the amount cannot be larger."), shown);
          sajja_db_end_change (db, own, FALSE, NULL);
          return 0;
        }
    }

  id = insert_entry (db, group_id, member_id, account, SAJJA_ENTRY_REVERSAL, -amount, period, paid_on, 0,
                     entry_id, loan_id, recorded_by, reason, error);

  /* A repayment undone reopens a loan it had closed. */
  if (id != 0 && loan_id != 0
      && !sajja_db_exec_params (db, "UPDATE loans SET status = 'active', closed_on = NULL "
                                "WHERE id = ?1 AND status = 'closed'", error, 1, loan_id))
    id = 0;

  if (!sajja_db_end_change (db, own, id != 0, error))
    return 0;

  return id;
}

GPtrArray *
sajja_ledger_list_member (SajjaDb      *db,
                          gint64        member_id,
                          SajjaAccount  account,
                          GError      **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db,
                           "SELECT j.id, j.uuid, j.group_id, ifnull (j.member_id, 0), j.account, j.kind, j.amount, "
                           "j.period, j.paid_on, ifnull (r.number, 0), ifnull (j.reverses_id, 0), "
                           "EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id), j.recorded_by, j.note, "
                           "ifnull (j.loan_id, 0) "
                           "FROM journal j LEFT JOIN receipts r ON r.id = j.receipt_id "
                           "WHERE j.member_id = ?1 AND (?2 IS NULL OR j.account = ?2) "
                           "ORDER BY j.paid_on, j.id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, member_id);
  if (account < SAJJA_N_ACCOUNTS)
    sqlite3_bind_text (stmt, 2, accounts[account].name, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 2);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SajjaEntry *e = g_new0 (SajjaEntry, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      e->group_id = sqlite3_column_int64 (stmt, 2);
      e->member_id = sqlite3_column_int64 (stmt, 3);
      sajja_account_from_string ((const char *) sqlite3_column_text (stmt, 4), &e->account);
      sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &e->kind);
      e->amount = sqlite3_column_int64 (stmt, 6);
      sajja_period_parse ((const char *) sqlite3_column_text (stmt, 7), &e->period, NULL);
      e->paid_on = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      e->receipt_number = sqlite3_column_int64 (stmt, 9);
      e->reverses_id = sqlite3_column_int64 (stmt, 10);
      e->reversed = sqlite3_column_int (stmt, 11) != 0;
      e->recorded_by = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
      e->note = g_strdup ((const char *) sqlite3_column_text (stmt, 13));
      e->loan_id = sqlite3_column_int64 (stmt, 14);
      g_ptr_array_add (entries, e);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

gboolean
sajja_ledger_is_closed (SajjaDb     *db,
                        gint64       group_id,
                        SajjaPeriod  period)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  /* Periods compare as text ("2026-11"); as a number: year * 100 + month. */
  return sajja_db_query_int_params (db,
                                    "SELECT count(*) FROM closed_months WHERE group_id = ?1 "
                                    "AND period = printf ('%04d-%02d', ?2 / 100, ?2 % 100)",
                                    0, 2, group_id, (gint64) (period.year * 100 + period.month)) > 0;
}

gboolean
sajja_ledger_last_closed (SajjaDb     *db,
                          gint64       group_id,
                          SajjaPeriod *out)
{
  gint64 n;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  n = sajja_db_query_int_params (db,
                                 "SELECT ifnull (max (CAST (substr (period, 1, 4) AS INTEGER) * 100 "
                                 "+ CAST (substr (period, 6, 2) AS INTEGER)), 0) FROM closed_months WHERE group_id = ?1",
                                 0, 1, group_id);
  if (n == 0)
    return FALSE;

  out->year = (int) (n / 100);
  out->month = (int) (n % 100);
  return TRUE;
}

gboolean
sajja_ledger_close_month (SajjaDb      *db,
                          gint64        group_id,
                          SajjaPeriod   period,
                          const char   *closed_by,
                          GError      **error)
{
  g_autofree char *period_text = sajja_period_to_string (period);
  g_autofree char *today = sajja_date_today_iso ();
  SajjaPeriod this_month;
  GDate now;
  sqlite3_stmt *stmt;
  gboolean own;
  gint64 earlier_open;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (sajja_ledger_is_closed (db, group_id, period))
    return TRUE;

  g_date_clear (&now, 1);
  g_date_set_time_t (&now, time (NULL));
  this_month = sajja_period_from_date (&now);
  if (sajja_period_compare (period, this_month) >= 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD,
                           _("Only a month that has ended can be closed."));
      return FALSE;
    }

  /* In order: every earlier month with entries is closed first. */
  earlier_open = sajja_db_query_int_params (db,
                                            "SELECT count(*) FROM (SELECT DISTINCT period FROM journal WHERE group_id = ?1 "
                                            "AND period < printf ('%04d-%02d', ?2 / 100, ?2 % 100) "
                                            "AND period NOT IN (SELECT period FROM closed_months WHERE group_id = ?1))",
                                            0, 2, group_id, (gint64) (period.year * 100 + period.month));
  if (earlier_open > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_PERIOD,
                           _("Close the earlier months first: months are closed in order."));
      return FALSE;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  stmt = sajja_db_prepare (db, "INSERT INTO closed_months (group_id, period, closed_on, closed_by) VALUES (?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return sajja_db_end_change (db, own, FALSE, NULL);
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, period_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, closed_by != NULL ? closed_by : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not close the month"));
      return sajja_db_end_change (db, own, FALSE, NULL);
    }

  return sajja_db_end_change (db, own, sajja_db_log_action (db, "month-close", NULL, period_text, error), error);
}

gint64
sajja_ledger_next_receipt (SajjaDb *db,
                           gint64   group_id)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 1);

  return sajja_db_query_int_params (db, "SELECT ifnull (max (number), 0) + 1 FROM receipts WHERE group_id = ?1",
                                    1, 1, group_id);
}

gint64
sajja_ledger_new_receipt (SajjaDb     *db,
                          gint64       group_id,
                          gint64       member_id,
                          const char  *paid_on,
                          gint64       number,
                          gint64       day_id,
                          GError     **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  if (number <= 0)
    number = sajja_ledger_next_receipt (db, group_id);
  else if (sajja_db_query_int_params (db, "SELECT count(*) FROM receipts WHERE group_id = ?1 AND number = ?2",
                                      0, 2, group_id, number) > 0)
    {
      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_RECEIPT,
                   /* Translators: %lld is a receipt number. */
                   _("Receipt number %lld is already used. Each receipt has its own number."), (long long) number);
      return 0;
    }

  stmt = sajja_db_prepare (db,
                           "INSERT INTO receipts (uuid, group_id, number, member_id, paid_on, day_id) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_int64 (stmt, 3, number);
  if (member_id != 0)
    sqlite3_bind_int64 (stmt, 4, member_id);
  sqlite3_bind_text (stmt, 5, paid_on, -1, SQLITE_TRANSIENT);
  if (day_id != 0)
    sqlite3_bind_int64 (stmt, 6, day_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not write the receipt"));
      return 0;
    }

  return sqlite3_last_insert_rowid (sajja_db_get_handle (db));
}
