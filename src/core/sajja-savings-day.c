/* sajja-savings-day.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <time.h>

#include "sajja-ledger-private.h"
#include "sajja-loan-private.h"
#include "sajja-money.h"
#include "sajja-savings-day.h"
#include "sajja-uuid.h"

struct _SajjaSavingsDay
{
  gint64 group_id;
  char *day;
  SajjaPeriod period;
  GPtrArray *lines;        /* SajjaSavingsLine */
  gint64 cash_counted;     /* -1 until counted */
  char *denominations;     /* "100000x3,2000x5" as counted */
  guint error_line;
  gint64 posted_id;        /* the savings_days row once posted, else 0 */
};

/* Thai notes and coins, in satang, largest first. */
static const gint64 denominations[] = {
  100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 25,
};

const gint64 *
sajja_savings_day_denominations (guint *n_out)
{
  *n_out = G_N_ELEMENTS (denominations);
  return denominations;
}

static void
line_free (SajjaSavingsLine *line)
{
  g_free (line->name);
  g_free (line);
}

void
sajja_savings_day_free (SajjaSavingsDay *self)
{
  if (self == NULL)
    return;

  g_free (self->day);
  g_free (self->denominations);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_free (self);
}

SajjaSavingsDay *
sajja_savings_day_new (SajjaDb     *db,
                       gint64       group_id,
                       const char  *day,
                       GError     **error)
{
  g_autoptr(SajjaSavingsDay) self = NULL;
  g_autoptr(GArray) dues = NULL;
  sqlite3_stmt *stmt;
  GDate date;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  if (day == NULL || !sajja_date_from_iso (day, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE, _("Give the savings day's date."));
      return NULL;
    }

  self = g_new0 (SajjaSavingsDay, 1);
  self->group_id = group_id;
  self->day = g_strdup (day);
  self->period = sajja_period_from_date (&date);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->cash_counted = -1;
  self->error_line = G_MAXUINT;

  /* The members active on the day, in member-number order. */
  stmt = sajja_db_prepare (db,
                           "SELECT id, member_no, trim (title || given_name || ' ' || surname) FROM members "
                           "WHERE group_id = ?1 AND join_date <= ?2 AND (status = 'active' OR status_date > ?2) "
                           "ORDER BY member_no",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SajjaSavingsLine *line = g_new0 (SajjaSavingsLine, 1);

      line->member_id = sqlite3_column_int64 (stmt, 0);
      line->member_no = sqlite3_column_int (stmt, 1);
      line->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (self->lines, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  dues = _sajja_loan_dues (db, group_id, 0, day, error);
  if (dues == NULL)
    return NULL;

  for (guint i = 0; i < self->lines->len; i++)
    {
      SajjaSavingsLine *line = g_ptr_array_index (self->lines, i);

      /* This month's pledge, still to pay; and the months before it, in arrears. */
      if (!_sajja_ledger_day_owed (db, line->member_id, self->period, &line->expected, &line->arrears, error))
        return NULL;
      line->pledge = line->expected;

      /* The member's loans: what is due by the day, and what would close them all. */
      for (guint d = 0; d < dues->len; d++)
        {
          const SajjaLoanDue *due = &g_array_index (dues, SajjaLoanDue, d);

          if (due->member_id != line->member_id)
            continue;
          line->loan_due += due->due;
          line->loan_debt += due->payoff;
        }
      line->loan = line->loan_due;
    }

  return g_steal_pointer (&self);
}

const char *
sajja_savings_day_get_day (SajjaSavingsDay *self)
{
  return self->day;
}

SajjaPeriod
sajja_savings_day_get_period (SajjaSavingsDay *self)
{
  return self->period;
}

guint
sajja_savings_day_get_n_lines (SajjaSavingsDay *self)
{
  return self->lines->len;
}

SajjaSavingsLine *
sajja_savings_day_get_line (SajjaSavingsDay *self,
                            guint            index)
{
  g_return_val_if_fail (index < self->lines->len, NULL);

  return g_ptr_array_index (self->lines, index);
}

SajjaSavingsLine *
sajja_savings_day_find_member (SajjaSavingsDay *self,
                               int              member_no)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      SajjaSavingsLine *line = g_ptr_array_index (self->lines, i);

      if (line->member_no == member_no)
        return line;
    }

  return NULL;
}

#define TOTAL(field) \
  gint64 total = 0; \
  for (guint i = 0; i < self->lines->len; i++) \
    total += ((SajjaSavingsLine *) g_ptr_array_index (self->lines, i))->field; \
  return total

gint64 sajja_savings_day_total_pledge (SajjaSavingsDay *self) { TOTAL (pledge); }
gint64 sajja_savings_day_total_special (SajjaSavingsDay *self) { TOTAL (special); }
gint64 sajja_savings_day_total_fines (SajjaSavingsDay *self) { TOTAL (fine); }
gint64 sajja_savings_day_total_loans (SajjaSavingsDay *self) { TOTAL (loan); }

#undef TOTAL

gint64
sajja_savings_day_total (SajjaSavingsDay *self)
{
  return sajja_savings_day_total_pledge (self) + sajja_savings_day_total_special (self)
         + sajja_savings_day_total_fines (self) + sajja_savings_day_total_loans (self);
}

void
sajja_savings_day_set_cash_count (SajjaSavingsDay *self,
                                  const gint64    *values,
                                  const guint     *counts,
                                  guint            n)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      total += values[i] * counts[i];
      if (counts[i] > 0)
        g_string_append_printf (text, "%s%" G_GINT64_FORMAT "x%u", text->len > 0 ? "," : "", values[i], counts[i]);
    }

  self->cash_counted = total;
  g_free (self->denominations);
  self->denominations = g_string_free (g_steal_pointer (&text), FALSE);
}

gint64
sajja_savings_day_get_cash_counted (SajjaSavingsDay *self)
{
  return self->cash_counted;
}

gint64
sajja_savings_day_get_posted_id (SajjaSavingsDay *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->posted_id;
}

guint
sajja_savings_day_get_error_line (SajjaSavingsDay *self)
{
  return self->error_line;
}

static gboolean
fail_line_code (SajjaSavingsDay   *self,
                guint              index,
                GError           **error,
                int                code,
                const char        *message)
{
  SajjaSavingsLine *line = g_ptr_array_index (self->lines, index);

  self->error_line = index;
  g_set_error (error, SAJJA_LEDGER_ERROR, code,
               /* Translators: %d is a member number, the first %s a name, the second what is wrong. */
               _("Member %d, %s: %s"), line->member_no, line->name, message);
  return FALSE;
}

static gboolean
fail_line (SajjaSavingsDay   *self,
           guint              index,
           GError           **error,
           const char        *message)
{
  return fail_line_code (self, index, error, SAJJA_LEDGER_ERROR_AMOUNT, message);
}

/* Checks every line before anything is written. */
static gboolean
check_lines (SajjaSavingsDay  *self,
             GError          **error)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      SajjaSavingsLine *line = g_ptr_array_index (self->lines, i);

      if (line->pledge < 0 || line->special < 0 || line->fine < 0 || line->loan < 0)
        return fail_line (self, i, error, _("an amount paid cannot be negative."));

      if (line->pledge > line->expected + line->arrears.amount)
        {
          g_autofree char *owed = sajja_money_format (line->expected + line->arrears.amount);
          g_autofree char *message = g_strdup_printf (_("the pledge paid is more than the %s baht owed; "
                                                        "pay the rest as a special deposit."), owed);

          return fail_line (self, i, error, message);
        }

      if (line->fine > line->arrears.fines)
        {
          g_autofree char *due = sajja_money_format (line->arrears.fines);
          g_autofree char *message = g_strdup_printf (_("the fine paid is more than the %s baht due."), due);

          return fail_line (self, i, error, message);
        }

      if (line->loan > line->loan_debt)
        {
          g_autofree char *debt = sajja_money_format (line->loan_debt);
          g_autofree char *message = NULL;

          if (line->loan_debt == 0)
            message = g_strdup (_("the member has no loan to repay on this day."));
          else
            /* Translators: %s is an amount in baht: what repays all the member's loans that day. */
            message = g_strdup_printf (_("the loan payment is more than the whole loan debt of %s baht."), debt);

          return fail_line (self, i, error, message);
        }
    }

  return TRUE;
}

/* The member's loan payment, shared across their active loans oldest first: each loan up to
 * what it has due, then what is left to the oldest loans up to their payoff. Each share is
 * recorded by the loan's own rules on the member's receipt of the day. */
static gboolean
post_loans (SajjaSavingsDay   *self,
            SajjaDb           *db,
            SajjaSavingsLine  *line,
            gint64             receipt_id,
            const char        *recorded_by,
            GError           **error)
{
  g_autoptr(GArray) dues = NULL;
  g_autofree gint64 *shares = NULL;
  gint64 left = line->loan;

  /* Read again inside the transaction: what is owed now, not when the day was opened. */
  dues = _sajja_loan_dues (db, self->group_id, line->member_id, self->day, error);
  if (dues == NULL)
    return FALSE;
  shares = g_new0 (gint64, MAX (dues->len, 1));

  for (guint pass = 0; pass < 2 && left > 0; pass++)
    for (guint j = 0; j < dues->len && left > 0; j++)
      {
        const SajjaLoanDue *due = &g_array_index (dues, SajjaLoanDue, j);
        gint64 room = (pass == 0 ? due->due : due->payoff) - shares[j];
        gint64 share = MIN (left, MAX (room, 0));

        shares[j] += share;
        left -= share;
      }

  if (left > 0)
    {
      gint64 debt = 0;
      g_autofree char *shown = NULL;

      for (guint j = 0; j < dues->len; j++)
        debt += g_array_index (dues, SajjaLoanDue, j).payoff;
      shown = sajja_money_format (debt);
      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT,
                   _("the loan payment is more than the whole loan debt of %s baht."), shown);
      return FALSE;
    }

  for (guint j = 0; j < dues->len; j++)
    if (shares[j] > 0
        && !_sajja_loan_repay_on_receipt (db, g_array_index (dues, SajjaLoanDue, j).loan_id, shares[j], self->day,
                                          receipt_id, recorded_by, NULL, error))
      return FALSE;

  return TRUE;
}

static gboolean
post_line (SajjaSavingsDay   *self,
           SajjaDb           *db,
           SajjaSavingsLine  *line,
           gint64             day_id,
           const char        *recorded_by,
           GError           **error)
{
  g_autoptr(GArray) owed = NULL;
  gint64 receipt_id;
  gint64 left = line->pledge;

  receipt_id = sajja_ledger_new_receipt (db, self->group_id, line->member_id, self->day, 0, day_id, error);
  if (receipt_id == 0)
    return FALSE;

  /* The pledge pays this month first, then the oldest months owed. */
  owed = _sajja_ledger_shortfalls (db, line->member_id, self->period, error);
  if (owed == NULL)
    return FALSE;
  for (guint pass = 0; pass < 2 && left > 0; pass++)
    for (guint j = 0; j < owed->len && left > 0; j++)
      {
        SajjaShortfall *s = &g_array_index (owed, SajjaShortfall, j);
        gboolean current = sajja_period_compare (s->period, self->period) == 0;
        gint64 amount;

        if ((pass == 0) != current)
          continue;
        /* Arrears of a closed month cannot be written into it any more: they stay owed, and
         * what they would have taken is refused below as more than can be paid. */
        if (!current && sajja_ledger_is_closed (db, self->group_id, s->period))
          continue;

        amount = MIN (left, s->amount);
        if (sajja_ledger_post (db, self->group_id, line->member_id, SAJJA_ENTRY_PLEDGE, amount, s->period,
                               self->day, receipt_id, recorded_by, NULL, error) == 0)
          return FALSE;
        left -= amount;
      }

  if (left > 0)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_AMOUNT,
                           _("The pledge paid is more than is owed; pay the rest as a special deposit."));
      return FALSE;
    }

  if (line->special > 0
      && sajja_ledger_post (db, self->group_id, line->member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, line->special,
                            self->period, self->day, receipt_id, recorded_by, NULL, error) == 0)
    return FALSE;

  if (line->fine > 0
      && sajja_ledger_post (db, self->group_id, line->member_id, SAJJA_ENTRY_FINE, line->fine,
                            self->period, self->day, receipt_id, recorded_by, NULL, error) == 0)
    return FALSE;

  if (line->loan > 0 && !post_loans (self, db, line, receipt_id, recorded_by, error))
    return FALSE;

  return TRUE;
}

guint
sajja_savings_day_post (SajjaSavingsDay  *self,
                        SajjaDb          *db,
                        const char       *recorded_by,
                        GError          **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  sqlite3_stmt *stmt;
  gint64 day_id;
  guint n_receipts = 0;
  int rc;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  self->error_line = G_MAXUINT;

  if (!check_lines (self, error))
    return 0;

  /* The whole day is one transaction: all of it, or none of it. */
  if (!sajja_db_begin (db, error))
    return 0;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO savings_days (uuid, group_id, day, cash_expected, cash_counted, denominations, "
                           "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, self->group_id);
  sqlite3_bind_text (stmt, 3, self->day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, sajja_savings_day_total (self));
  if (self->cash_counted >= 0)
    sqlite3_bind_int64 (stmt, 5, self->cash_counted);
  sqlite3_bind_text (stmt, 6, self->denominations != NULL ? self->denominations : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, recorded_by != NULL ? recorded_by : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the savings day"));
      goto fail;
    }
  day_id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));

  for (guint i = 0; i < self->lines->len; i++)
    {
      SajjaSavingsLine *line = g_ptr_array_index (self->lines, i);
      g_autoptr(GError) line_error = NULL;

      if (line->pledge == 0 && line->special == 0 && line->fine == 0 && line->loan == 0)
        continue;

      if (!post_line (self, db, line, day_id, recorded_by, &line_error))
        {
          /* The line's own error code is kept (a closed month stays CLOSED). */
          fail_line_code (self, i, error,
                          line_error->domain == SAJJA_LEDGER_ERROR ? line_error->code : SAJJA_LEDGER_ERROR_AMOUNT,
                          line_error->message);
          goto fail;
        }
      n_receipts++;
    }

  if (!sajja_db_log_action (db, "savings-day", uuid, self->day, error) || !sajja_db_commit (db, error))
    goto fail;

  self->posted_id = day_id;
  return n_receipts;

fail:
  sajja_db_rollback (db);
  return 0;
}
