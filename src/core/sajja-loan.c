/* sajja-loan.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sajja-bank.h"
#include "sajja-date.h"
#include "sajja-ledger-private.h"
#include "sajja-loan-private.h"
#include "sajja-money.h"
#include "sajja-uuid.h"

/* ---- small helpers ------------------------------------------------------------------------ */

static char *
now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

static gboolean
valid_day (const char  *iso,
           GError     **error)
{
  GDate date;

  if (iso == NULL || !sajja_date_from_iso (iso, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE, _("The date is not a valid date."));
      return FALSE;
    }
  return TRUE;
}

static char *
baht (gint64 satang)
{
  return sajja_money_format (satang);
}

static char *
day_shown (const char *iso)
{
  return sajja_date_format_iso (iso, SAJJA_DATE_STYLE_SHORT);
}

/* ---- products ------------------------------------------------------------------------------ */

void
sajja_loan_product_free (SajjaLoanProduct *product)
{
  if (product == NULL)
    return;
  g_free (product->name);
  g_free (product->effective_from);
  g_free (product->purpose);
  g_free (product);
}

static gboolean
product_name_empty (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name != NULL ? name : ""));

  return *copy == '\0';
}

gboolean
sajja_loan_product_check (const SajjaLoanProduct  *product,
                          GError                 **error)
{
  gint64 amount = product->ceiling > 0 ? product->ceiling : 1000000;
  gint64 nominal = sajja_rate_yearly_bp (product->rate);

  if (product_name_empty (product->name))
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE, _("A loan product needs a name."));
      return FALSE;
    }
  if (!valid_day (product->effective_from, error))
    return FALSE;
  if (product->max_months < 1 || product->max_months > 360)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("A loan is repaid in 1 to 360 monthly instalments."));
      return FALSE;
    }
  if (product->rate.bp < 0 || product->rate.bp > 10000 || product->late_fine_bp < 0 || product->late_fine_bp > 10000
      || product->method >= SAJJA_N_LOAN_METHODS)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("An interest rate is a percentage from 0 to 100."));
      return FALSE;
    }
  if (product->fee < 0 || product->ceiling < 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The amount must be more than zero."));
      return FALSE;
    }

  /* The effective rate rises with the term for flat interest and falls with it for a fee:
   * test every term the product allows, on a loan at its ceiling. */
  for (guint months = 1; months <= product->max_months; months++)
    {
      SajjaLoanTerms terms = { amount, product->rate, months, product->method, product->effective_from,
                               MIN (product->fee, amount - 1) };
      g_autoptr(GArray) schedule = sajja_loan_schedule_new (&terms, error);

      if (schedule == NULL)
        return FALSE;
      if (!sajja_loan_check_usury (sajja_loan_effective_rate_bp (schedule, amount, terms.fee), nominal,
                                   product->late_fine_bp, error))
        return FALSE;
    }
  return TRUE;
}

gint64
sajja_loan_product_save (SajjaDb                 *db,
                         gint64                   group_id,
                         const SajjaLoanProduct  *product,
                         GError                 **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *now = now_iso ();
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 product_id = product->product_id;
  gboolean own;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  if (!sajja_loan_product_check (product, error))
    return 0;
  name = g_strstrip (g_strdup (product->name));

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  if (product_id == 0)
    {
      stmt = sajja_db_prepare (db, "SELECT id FROM loan_products WHERE group_id = ? AND name = ?", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, group_id);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                       /* Translators: %s is a loan product's name. */
                       _("The group already has a loan product named “%s”."), name);
          goto fail;
        }
      sqlite3_reset (stmt);
      stmt = sajja_db_prepare (db, "INSERT INTO loan_products (uuid, group_id, name, created_at) VALUES (?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, group_id);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
      if (!sajja_db_step_done (db, stmt, _("Could not save the loan product"), error))
        goto fail;
      product_id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
      g_free (uuid);
      uuid = sajja_uuid_new ();
    }
  else
    {
      stmt = sajja_db_prepare (db, "UPDATE loan_products SET name = ?2 WHERE id = ?1 AND group_id = ?3", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, product_id);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, group_id);
      if (!sajja_db_step_done (db, stmt, _("Could not save the loan product"), error))
        goto fail;
    }

  stmt = sajja_db_prepare (db,
                           "INSERT OR REPLACE INTO loan_product_versions (uuid, product_id, effective_from, purpose, ceiling, "
                           "ceiling_savings_percent, max_months, rate_bp, rate_per, method, fee, guarantors, "
                           "guarantor_max_loans, min_member_months, min_instalments_paid, late_fine_bp, grace_days, in_kind) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, product_id);
  sqlite3_bind_text (stmt, 3, product->effective_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, product->purpose != NULL ? product->purpose : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, product->ceiling);
  sqlite3_bind_int64 (stmt, 6, product->ceiling_savings_percent);
  sqlite3_bind_int64 (stmt, 7, product->max_months);
  sqlite3_bind_int64 (stmt, 8, product->rate.bp);
  sqlite3_bind_text (stmt, 9, sajja_rate_per_to_string (product->rate.per), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, sajja_loan_method_to_string (product->method), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 11, product->fee);
  sqlite3_bind_int64 (stmt, 12, product->guarantors);
  sqlite3_bind_int64 (stmt, 13, product->guarantor_max_loans);
  sqlite3_bind_int64 (stmt, 14, product->min_member_months);
  sqlite3_bind_int64 (stmt, 15, product->min_instalments_paid);
  sqlite3_bind_int64 (stmt, 16, product->late_fine_bp);
  sqlite3_bind_int64 (stmt, 17, product->grace_days);
  sqlite3_bind_int (stmt, 18, product->in_kind ? 1 : 0);
  if (!sajja_db_step_done (db, stmt, _("Could not save the loan product"), error))
    goto fail;

  if (!sajja_db_log_action (db, "loan-product-save", NULL, name, error))
    goto fail;

  if (!sajja_db_end_change (db, own, TRUE, error))
    return 0;
  return product_id;

fail:
  sajja_db_end_change (db, own, FALSE, NULL);
  return 0;
}

#define PRODUCT_COLUMNS \
  "p.id, p.name, v.effective_from, v.purpose, v.ceiling, v.ceiling_savings_percent, v.max_months, v.rate_bp, " \
  "v.rate_per, v.method, v.fee, v.guarantors, v.guarantor_max_loans, v.min_member_months, v.min_instalments_paid, " \
  "v.late_fine_bp, v.grace_days, v.in_kind"

static SajjaLoanProduct *
product_from_row (sqlite3_stmt *stmt)
{
  SajjaLoanProduct *p = g_new0 (SajjaLoanProduct, 1);

  p->product_id = sqlite3_column_int64 (stmt, 0);
  p->name = column_dup (stmt, 1);
  p->effective_from = column_dup (stmt, 2);
  p->purpose = column_dup (stmt, 3);
  p->ceiling = sqlite3_column_int64 (stmt, 4);
  p->ceiling_savings_percent = sqlite3_column_int (stmt, 5);
  p->max_months = sqlite3_column_int (stmt, 6);
  p->rate.bp = sqlite3_column_int64 (stmt, 7);
  sajja_rate_per_from_string ((const char *) sqlite3_column_text (stmt, 8), &p->rate.per);
  sajja_loan_method_from_string ((const char *) sqlite3_column_text (stmt, 9), &p->method);
  p->fee = sqlite3_column_int64 (stmt, 10);
  p->guarantors = sqlite3_column_int (stmt, 11);
  p->guarantor_max_loans = sqlite3_column_int (stmt, 12);
  p->min_member_months = sqlite3_column_int (stmt, 13);
  p->min_instalments_paid = sqlite3_column_int (stmt, 14);
  p->late_fine_bp = sqlite3_column_int64 (stmt, 15);
  p->grace_days = sqlite3_column_int (stmt, 16);
  p->in_kind = sqlite3_column_int (stmt, 17) != 0;
  return p;
}

SajjaLoanProduct *
sajja_loan_product_get (SajjaDb     *db,
                        gint64       product_id,
                        const char  *iso_date,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  SajjaLoanProduct *p = NULL;

  stmt = sajja_db_prepare (db,
                           "SELECT " PRODUCT_COLUMNS " FROM loan_products p JOIN loan_product_versions v ON v.product_id = p.id "
                           "WHERE p.id = ?1 AND v.effective_from <= ?2 ORDER BY v.effective_from DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, product_id);
  sqlite3_bind_text (stmt, 2, iso_date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    p = product_from_row (stmt);
  sqlite3_reset (stmt);

  if (p == NULL)
    {
      g_autofree char *shown = day_shown (iso_date);

      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND,
                   /* Translators: %s is a date. */
                   _("The loan product has no rules in force on %s."), shown != NULL ? shown : iso_date);
    }
  return p;
}

GPtrArray *
sajja_loan_product_list (SajjaDb     *db,
                         gint64       group_id,
                         const char  *iso_date,
                         GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_loan_product_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT " PRODUCT_COLUMNS " FROM loan_products p JOIN loan_product_versions v ON v.product_id = p.id "
                           "WHERE p.group_id = ?1 AND v.effective_from = (SELECT max (effective_from) "
                           "FROM loan_product_versions WHERE product_id = p.id AND effective_from <= ?2) "
                           "ORDER BY p.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, iso_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, product_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* ---- loans ----------------------------------------------------------------------------- */

static const char * const status_names[] = { "applied", "approved", "refused", "active", "closed", "written-off" };

const char *
sajja_loan_status_to_string (SajjaLoanStatus status)
{
  g_return_val_if_fail (status <= SAJJA_LOAN_WRITTEN_OFF, NULL);
  return status_names[status];
}

static SajjaLoanStatus
status_from_string (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (name, status_names[i]) == 0)
      return i;
  return SAJJA_LOAN_APPLIED;
}

const char *
sajja_loan_status_get_title (SajjaLoanStatus status)
{
  switch (status)
    {
    case SAJJA_LOAN_APPLIED:
      /* Translators: a loan's status ("ยื่นคำขอ"). */
      return C_("loan", "Applied");
    case SAJJA_LOAN_APPROVED:
      /* Translators: a loan's status ("อนุมัติแล้ว"). */
      return C_("loan", "Approved");
    case SAJJA_LOAN_REFUSED:
      /* Translators: a loan's status ("ไม่อนุมัติ"). */
      return C_("loan", "Refused");
    case SAJJA_LOAN_ACTIVE:
      /* Translators: a loan's status: paid out and being repaid ("กำลังผ่อนชำระ"). */
      return C_("loan", "Repaying");
    case SAJJA_LOAN_CLOSED:
      /* Translators: a loan's status ("ชำระครบแล้ว"). */
      return C_("loan", "Repaid");
    case SAJJA_LOAN_WRITTEN_OFF:
      /* Translators: a loan's status ("ตัดเป็นหนี้สูญ"). */
      return C_("loan", "Written off");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
sajja_loan_free (SajjaLoan *loan)
{
  if (loan == NULL)
    return;
  g_free (loan->uuid);
  g_free (loan->product_name);
  g_free (loan->applied_on);
  g_free (loan->purpose);
  g_free (loan->in_kind_item);
  g_free (loan->in_kind_unit);
  g_free (loan->decided_on);
  g_free (loan->decided_by);
  g_free (loan->resolution);
  g_free (loan->disbursed_on);
  g_free (loan->closed_on);
  g_free (loan->write_off_resolution);
  g_free (loan->member_name);
  g_clear_pointer (&loan->guarantors, g_array_unref);
  g_free (loan);
}

#define LOAN_SELECT \
  "SELECT l.id, l.uuid, l.group_id, l.member_id, l.product_id, p.name, l.number, l.applied_on, l.amount, l.months, " \
  "l.rate_bp, l.rate_per, l.method, l.fee, l.late_fine_bp, l.grace_days, l.effective_bp, l.purpose, l.in_kind_item, " \
  "l.in_kind_quantity, l.in_kind_unit, l.in_kind_price, l.status, l.decided_on, l.decided_by, l.resolution, " \
  "l.disbursed_on, l.closed_on, l.write_off_resolution, " \
  "trim (m.title || m.given_name || ' ' || m.surname), m.member_no " \
  "FROM loans l JOIN loan_products p ON p.id = l.product_id JOIN members m ON m.id = l.member_id "

static SajjaLoan *
loan_from_row (SajjaDb      *db,
               sqlite3_stmt *stmt)
{
  SajjaLoan *l = g_new0 (SajjaLoan, 1);

  l->id = sqlite3_column_int64 (stmt, 0);
  l->uuid = column_dup (stmt, 1);
  l->group_id = sqlite3_column_int64 (stmt, 2);
  l->member_id = sqlite3_column_int64 (stmt, 3);
  l->product_id = sqlite3_column_int64 (stmt, 4);
  l->product_name = column_dup (stmt, 5);
  l->number = sqlite3_column_int64 (stmt, 6);
  l->applied_on = column_dup (stmt, 7);
  l->amount = sqlite3_column_int64 (stmt, 8);
  l->months = sqlite3_column_int (stmt, 9);
  l->rate.bp = sqlite3_column_int64 (stmt, 10);
  sajja_rate_per_from_string ((const char *) sqlite3_column_text (stmt, 11), &l->rate.per);
  sajja_loan_method_from_string ((const char *) sqlite3_column_text (stmt, 12), &l->method);
  l->fee = sqlite3_column_int64 (stmt, 13);
  l->late_fine_bp = sqlite3_column_int64 (stmt, 14);
  l->grace_days = sqlite3_column_int (stmt, 15);
  l->effective_bp = sqlite3_column_int64 (stmt, 16);
  l->purpose = column_dup (stmt, 17);
  l->in_kind_item = column_dup (stmt, 18);
  l->in_kind_quantity = sqlite3_column_int64 (stmt, 19);
  l->in_kind_unit = column_dup (stmt, 20);
  l->in_kind_price = sqlite3_column_int64 (stmt, 21);
  l->status = status_from_string ((const char *) sqlite3_column_text (stmt, 22));
  l->decided_on = column_dup (stmt, 23);
  l->decided_by = column_dup (stmt, 24);
  l->resolution = column_dup (stmt, 25);
  l->disbursed_on = column_dup (stmt, 26);
  l->closed_on = column_dup (stmt, 27);
  l->write_off_resolution = column_dup (stmt, 28);
  l->member_name = column_dup (stmt, 29);
  l->member_no = sqlite3_column_int64 (stmt, 30);
  l->guarantors = g_array_new (FALSE, FALSE, sizeof (gint64));
  (void) db;
  return l;
}

static gboolean
read_guarantors (SajjaDb    *db,
                 SajjaLoan  *loan,
                 GError    **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT member_id FROM loan_guarantors WHERE loan_id = ? ORDER BY id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, loan->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (loan->guarantors, id);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

SajjaLoan *
sajja_loan_get (SajjaDb     *db,
                gint64       loan_id,
                GError     **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(SajjaLoan) loan = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db, LOAN_SELECT "WHERE l.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    loan = loan_from_row (db, stmt);
  sqlite3_reset (stmt);
  if (loan == NULL)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND, _("There is no such loan."));
      return NULL;
    }
  if (!read_guarantors (db, loan, error))
    return NULL;
  return g_steal_pointer (&loan);
}

static GPtrArray *
list_loans (SajjaDb     *db,
            const char  *sql,
            gint64       a,
            gint64       b,
            GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_loan_free);
  sqlite3_stmt *stmt = sajja_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, loan_from_row (db, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }
  for (guint i = 0; i < out->len; i++)
    if (!read_guarantors (db, g_ptr_array_index (out, i), error))
      return NULL;
  return g_steal_pointer (&out);
}

GPtrArray *
sajja_loan_list (SajjaDb     *db,
                 gint64       group_id,
                 gint64       member_id,
                 GError     **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  /* One statement a case, so that each uses its index rather than scanning every loan. */
  if (member_id != 0)
    return list_loans (db, LOAN_SELECT "WHERE l.member_id = ?2 AND (?1 = 0 OR l.group_id = ?1) "
                       "ORDER BY l.applied_on DESC, l.id DESC",
                       group_id, member_id, error);
  if (group_id != 0)
    return list_loans (db, LOAN_SELECT "WHERE l.group_id = ?1 AND ?2 = 0 ORDER BY l.applied_on DESC, l.id DESC",
                       group_id, member_id, error);
  return list_loans (db, LOAN_SELECT "WHERE ?1 = 0 AND ?2 = 0 ORDER BY l.applied_on DESC, l.id DESC",
                     group_id, member_id, error);
}

GPtrArray *
sajja_loan_list_guaranteed (SajjaDb     *db,
                            gint64       member_id,
                            GError     **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  return list_loans (db, LOAN_SELECT "WHERE l.id IN (SELECT loan_id FROM loan_guarantors WHERE member_id = ?1) "
                     "AND ?2 = ?2 ORDER BY l.applied_on DESC, l.id DESC",
                     member_id, 0, error);
}

/* ---- schedules and where a loan stands ------------------------------------------------- */

typedef struct
{
  gint64 id;
  guint version;
  char *made_on;
  gint64 principal;
  gint64 carried_interest;
  gint64 carried_fines;
  gint64 after_journal_id;
} ScheduleHead;

static void
schedule_head_clear (ScheduleHead *head)
{
  g_clear_pointer (&head->made_on, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScheduleHead, schedule_head_clear)

/* The schedule in force on @iso_date (the newest when NULL): FALSE without error when the loan
 * has none yet on that day. */
static gboolean
read_schedule (SajjaDb       *db,
               gint64         loan_id,
               const char    *iso_date,
               ScheduleHead  *head,
               GArray       **out_instalments,
               GError       **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GArray) instalments = NULL;
  gboolean found = FALSE;

  stmt = sajja_db_prepare (db,
                           "SELECT id, version, made_on, principal, carried_interest, carried_fines, after_journal_id "
                           "FROM loan_schedules WHERE loan_id = ?1 AND (?2 IS NULL OR made_on <= ?2) "
                           "ORDER BY version DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  if (iso_date != NULL)
    sqlite3_bind_text (stmt, 2, iso_date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      head->id = sqlite3_column_int64 (stmt, 0);
      head->version = sqlite3_column_int (stmt, 1);
      head->made_on = column_dup (stmt, 2);
      head->principal = sqlite3_column_int64 (stmt, 3);
      head->carried_interest = sqlite3_column_int64 (stmt, 4);
      head->carried_fines = sqlite3_column_int64 (stmt, 5);
      head->after_journal_id = sqlite3_column_int64 (stmt, 6);
    }
  sqlite3_reset (stmt);
  if (!found)
    return FALSE;

  stmt = sajja_db_prepare (db, "SELECT number, due_on, principal, interest FROM loan_instalments "
                           "WHERE schedule_id = ? ORDER BY number", error);
  if (stmt == NULL)
    return FALSE;
  instalments = g_array_new (FALSE, TRUE, sizeof (SajjaInstalment));
  sqlite3_bind_int64 (stmt, 1, head->id);
  {
    gint64 balance = head->principal;

    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        SajjaInstalment inst = { 0, };

        inst.number = sqlite3_column_int (stmt, 0);
        g_strlcpy (inst.due_on, (const char *) sqlite3_column_text (stmt, 1), sizeof inst.due_on);
        inst.principal = sqlite3_column_int64 (stmt, 2);
        inst.interest = sqlite3_column_int64 (stmt, 3);
        /* Interest carried from the schedule before is owed with the first instalment. */
        if (inst.number == 1)
          inst.interest += head->carried_interest;
        balance -= inst.principal;
        inst.balance_after = balance;
        g_array_append_val (instalments, inst);
      }
  }
  sqlite3_reset (stmt);
  *out_instalments = g_steal_pointer (&instalments);
  return TRUE;
}

GArray *
sajja_loan_get_schedule (SajjaDb     *db,
                         gint64       loan_id,
                         const char  *iso_date,
                         guint       *out_version,
                         GError     **error)
{
  g_auto(ScheduleHead) head = { 0, };
  GArray *instalments = NULL;
  GError *local = NULL;

  if (!read_schedule (db, loan_id, iso_date, &head, &instalments, &local))
    {
      if (local != NULL)
        g_propagate_error (error, local);
      else
        g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE,
                             _("The loan has not been paid out: it has no schedule yet."));
      return NULL;
    }
  if (out_version != NULL)
    *out_version = head.version;
  return instalments;
}

typedef struct
{
  gint64 id;
  SajjaEntryKind kind;     /* of the entry, or of the entry a reversal undoes */
  SajjaAccount account;
  gint64 amount;
  char paid_on[11];
} Movement;

/* A loan's repayments, fines, write-offs and their reversals to the end of @iso_date. */
static GArray *
read_movements (SajjaDb     *db,
                gint64       loan_id,
                const char  *iso_date,
                GError     **error)
{
  g_autoptr(GArray) out = g_array_new (FALSE, TRUE, sizeof (Movement));
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT j.id, ifnull (o.kind, j.kind), j.account, j.amount, j.paid_on FROM journal j "
                           "LEFT JOIN journal o ON o.id = j.reverses_id "
                           "WHERE j.loan_id = ?1 AND j.paid_on <= ?2 ORDER BY j.paid_on, j.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  sqlite3_bind_text (stmt, 2, iso_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Movement m = { 0, };

      m.id = sqlite3_column_int64 (stmt, 0);
      sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &m.kind);
      sajja_account_from_string ((const char *) sqlite3_column_text (stmt, 2), &m.account);
      m.amount = sqlite3_column_int64 (stmt, 3);
      g_strlcpy (m.paid_on, (const char *) sqlite3_column_text (stmt, 4), sizeof m.paid_on);
      g_array_append_val (out, m);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* Principal that a movement repays: a repayment, its reversal, or the write-off's own entry in
 * the loan account. */
static gint64
movement_principal (const Movement *m)
{
  if (m->kind == SAJJA_ENTRY_LOAN_PRINCIPAL)
    return m->amount;
  if (m->kind == SAJJA_ENTRY_LOAN_WRITE_OFF && m->account == SAJJA_ACCOUNT_LOANS)
    return m->amount;
  return 0;
}

/* The fine on one instalment: its principal × the yearly fine rate × the days late after the
 * grace days / 365, rounded half up (ม.224/1: only on the overdue instalment). */
static gint64
instalment_fine (gint64 principal,
                 gint64 fine_bp,
                 int    days_late,
                 guint  grace_days)
{
  int days = days_late - (int) grace_days;

  if (days <= 0 || fine_bp <= 0 || principal <= 0)
    return 0;
  return sajja_money_div_round_half_up (principal * fine_bp * days, G_GINT64_CONSTANT (3650000));
}

static gboolean
compute_position (SajjaDb            *db,
                  const SajjaLoan    *loan,
                  const char         *iso_date,
                  SajjaLoanPosition  *out,
                  GError            **error)
{
  g_auto(ScheduleHead) head = { 0, };
  g_autoptr(GArray) instalments = NULL;
  g_autoptr(GArray) moves = NULL;
  GError *local = NULL;
  gint64 p_paid = 0, i_paid = 0, f_paid = 0;
  gint64 cum_p = 0, cum_i = 0, interest_due_total = 0, principal_due_total = 0, overdue_p = 0, overdue_i = 0, fines = 0;
  const char *previous_due;

  memset (out, 0, sizeof *out);

  if (loan->disbursed_on == NULL || strcmp (loan->disbursed_on, iso_date) > 0)
    {
      gboolean decided = loan->decided_on != NULL && strcmp (loan->decided_on, iso_date) <= 0;

      out->status = !decided ? SAJJA_LOAN_APPLIED
                    : loan->status == SAJJA_LOAN_REFUSED ? SAJJA_LOAN_REFUSED : SAJJA_LOAN_APPROVED;
      return TRUE;
    }

  if (!read_schedule (db, loan->id, iso_date, &head, &instalments, &local))
    {
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      return TRUE;
    }
  moves = read_movements (db, loan->id, iso_date, error);
  if (moves == NULL)
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    {
      const Movement *m = &g_array_index (moves, Movement, i);
      gint64 principal = movement_principal (m);

      out->principal_repaid += m->kind == SAJJA_ENTRY_LOAN_PRINCIPAL ? m->amount : 0;
      out->interest_paid += m->kind == SAJJA_ENTRY_LOAN_INTEREST ? m->amount : 0;
      out->fines_paid += m->kind == SAJJA_ENTRY_LOAN_FINE ? m->amount : 0;
      if (m->id <= head.after_journal_id)
        continue;
      p_paid += principal;
      i_paid += m->kind == SAJJA_ENTRY_LOAN_INTEREST ? m->amount : 0;
      f_paid += m->kind == SAJJA_ENTRY_LOAN_FINE ? m->amount : 0;
    }

  out->outstanding = head.principal - p_paid;
  out->instalments = instalments->len;
  previous_due = head.made_on;

  for (guint k = 0; k < instalments->len; k++)
    {
      const SajjaInstalment *inst = &g_array_index (instalments, SajjaInstalment, k);
      gint64 covered = 0;
      const char *covered_on = NULL;

      cum_p += inst->principal;
      cum_i += inst->interest;

      if (cum_p <= p_paid && cum_i <= i_paid)
        out->instalments_paid++;

      if (strcmp (inst->due_on, iso_date) <= 0)
        {
          interest_due_total = cum_i;
          principal_due_total = cum_p;
        }
      else if (out->next_due_on[0] == '\0')
        {
          int elapsed = sajja_date_days_between (previous_due, iso_date);
          int length = sajja_date_days_between (previous_due, inst->due_on);

          g_strlcpy (out->next_due_on, inst->due_on, sizeof out->next_due_on);
          out->next_due_amount = inst->principal + inst->interest;
          if (out->outstanding > 0 && length > 0 && elapsed > 0)
            out->accrued_interest = sajja_money_div_round_half_up (inst->interest * elapsed, length);
        }

      if (strcmp (inst->due_on, iso_date) < 0)
        {
          overdue_p = MAX (cum_p - p_paid, 0);
          overdue_i = MAX (cum_i - i_paid, 0);
          if (out->first_overdue_on[0] == '\0' && (cum_p > p_paid || cum_i > i_paid))
            g_strlcpy (out->first_overdue_on, inst->due_on, sizeof out->first_overdue_on);
        }

      /* The day the instalment's principal was repaid in full, for its fine. */
      for (guint i = 0; i < moves->len && inst->principal > 0; i++)
        {
          const Movement *m = &g_array_index (moves, Movement, i);

          if (m->id <= head.after_journal_id)
            continue;
          covered += movement_principal (m);
          if (covered >= cum_p)
            {
              covered_on = m->paid_on;
              break;
            }
        }
      if (strcmp (inst->due_on, iso_date) < 0)
        fines += instalment_fine (inst->principal, loan->late_fine_bp,
                                  sajja_date_days_between (inst->due_on, covered_on != NULL ? covered_on : iso_date),
                                  loan->grace_days);
      previous_due = inst->due_on;
    }

  out->interest_due = MAX (interest_due_total - i_paid, 0);
  /* Interest paid ahead (on a payoff) counts against the running month's. */
  out->accrued_interest = MAX (out->accrued_interest - MAX (i_paid - interest_due_total, 0), 0);
  out->fines_due = MAX (head.carried_fines + fines - f_paid, 0);
  out->overdue_principal = MIN (overdue_p, out->outstanding);
  out->overdue = out->overdue_principal + overdue_i;
  out->principal_due = MIN (MAX (principal_due_total - p_paid, 0), MAX (out->outstanding, 0));
  if (out->first_overdue_on[0] != '\0')
    out->days_overdue = sajja_date_days_between (out->first_overdue_on, iso_date);
  if (out->outstanding <= 0)
    {
      out->outstanding = 0;
      out->accrued_interest = 0;
    }
  out->payoff = out->outstanding + out->interest_due + out->fines_due + out->accrued_interest;
  out->due_now = MIN (out->fines_due + out->interest_due + out->principal_due, out->payoff);

  if (loan->closed_on != NULL && strcmp (loan->closed_on, iso_date) <= 0)
    out->status = loan->status == SAJJA_LOAN_WRITTEN_OFF ? SAJJA_LOAN_WRITTEN_OFF : SAJJA_LOAN_CLOSED;
  else
    out->status = SAJJA_LOAN_ACTIVE;

  if (out->status != SAJJA_LOAN_ACTIVE)
    {
      /* A closed loan owes nothing more; a written-off one is no longer followed. */
      out->overdue = out->overdue_principal = out->principal_due = out->days_overdue = 0;
      out->first_overdue_on[0] = '\0';
      out->interest_due = out->fines_due = out->accrued_interest = out->due_now = 0;
      out->payoff = out->outstanding = out->status == SAJJA_LOAN_CLOSED ? 0 : out->outstanding;
      out->next_due_on[0] = '\0';
      out->next_due_amount = 0;
    }
  return TRUE;
}

gboolean
sajja_loan_position (SajjaDb            *db,
                     gint64              loan_id,
                     const char         *iso_date,
                     SajjaLoanPosition  *out,
                     GError            **error)
{
  g_autoptr(SajjaLoan) loan = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!valid_day (iso_date, error))
    return FALSE;
  loan = sajja_loan_get (db, loan_id, error);
  if (loan == NULL)
    return FALSE;
  return compute_position (db, loan, iso_date, out, error);
}

/* ---- checks ------------------------------------------------------------------------------ */

void
sajja_loan_check_free (SajjaLoanCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->title);
  g_free (check->detail);
  g_free (check);
}

static void
add_check (GPtrArray          *checks,
           SajjaLoanCheckKind  kind,
           gboolean            passed,
           const char         *title,
           char               *detail)
{
  SajjaLoanCheck *c = g_new0 (SajjaLoanCheck, 1);

  c->kind = kind;
  c->passed = passed;
  c->title = g_strdup (title);
  c->detail = detail;
  g_ptr_array_add (checks, c);
}

typedef struct
{
  gint64 group_id;
  char *join_date;
  char *status;
  gint64 spouse_id;
  char *name;
} MemberFacts;

static void
member_facts_clear (MemberFacts *m)
{
  g_clear_pointer (&m->join_date, g_free);
  g_clear_pointer (&m->status, g_free);
  g_clear_pointer (&m->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MemberFacts, member_facts_clear)

static gboolean
read_member (SajjaDb     *db,
             gint64       member_id,
             MemberFacts *out)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT group_id, join_date, status, ifnull (spouse_id, 0), "
                                         "trim (title || given_name || ' ' || surname) FROM members WHERE id = ?", NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      out->group_id = sqlite3_column_int64 (stmt, 0);
      out->join_date = column_dup (stmt, 1);
      out->status = column_dup (stmt, 2);
      out->spouse_id = sqlite3_column_int64 (stmt, 3);
      out->name = column_dup (stmt, 4);
    }
  sqlite3_reset (stmt);
  return found;
}

/* The group's money on a day: the cash box and its bank accounts. */
static gint64
group_funds (SajjaDb    *db,
             gint64      group_id,
             const char *day)
{
  gint64 cash = sajja_bank_cash_on_hand (db, group_id, day);
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT ifnull (sum (amount), 0) FROM bank_movements "
                                         "WHERE group_id = ?1 AND day <= ?2", NULL);
  gint64 bank = 0;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, group_id);
      sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        bank = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return cash + bank;
}

/* A member's pledged savings as they stood at the end of @day. */
static gint64
pledge_on (SajjaDb    *db,
           gint64      member_id,
           const char *day)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT ifnull (sum (amount), 0) FROM journal WHERE member_id = ?1 "
                                         "AND account = 'pledge' AND paid_on <= ?2", NULL);
  gint64 sum = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, member_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sum = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return sum;
}

static GPtrArray *
check_terms (SajjaDb                    *db,
             gint64                      group_id,
             const SajjaLoanApplication *app,
             gint64                      self_loan_id,
             gint64                     *out_effective_bp,
             GError                    **error)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_loan_check_free);
  g_autoptr(SajjaLoanProduct) product = NULL;
  g_autoptr(GPtrArray) own_loans = NULL;
  g_auto(MemberFacts) member = { 0, };
  g_autofree char *first_due = NULL;
  g_autofree char *amount_text = NULL;
  gint64 effective = 0, nominal;

  if (!valid_day (app->applied_on, error))
    return NULL;
  if (!read_member (db, app->member_id, &member) || member.group_id != group_id)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND,
                           _("That person is not a member of this group."));
      return NULL;
    }
  product = sajja_loan_product_get (db, app->product_id, app->applied_on, error);
  if (product == NULL)
    return NULL;

  amount_text = baht (app->amount);
  nominal = sajja_rate_yearly_bp (product->rate);

  /* The law first. */
  first_due = sajja_date_add_months (app->applied_on, 1);
  {
    SajjaLoanTerms terms = { app->amount, product->rate, app->months, product->method, first_due, product->fee };
    g_autoptr(GError) local = NULL;
    g_autoptr(GArray) schedule = sajja_loan_schedule_new (&terms, &local);
    g_autofree char *rate_text = NULL;

    if (schedule == NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        return NULL;
      }
    effective = sajja_loan_effective_rate_bp (schedule, app->amount, product->fee);
    rate_text = sajja_rate_format_bp (effective);
    if (sajja_loan_check_usury (effective, nominal, product->late_fine_bp, &local))
      add_check (checks, SAJJA_LOAN_CHECK_USURY, TRUE,
                 /* Translators: an application check. */
                 _("Interest within the legal limit"),
                 /* Translators: %s is a yearly rate, "14.99%". */
                 g_strdup_printf (_("The effective rate is %s a year."), rate_text));
    else
      add_check (checks, SAJJA_LOAN_CHECK_USURY, FALSE, _("Interest within the legal limit"),
                 g_strdup (local->message));
  }

  if (app->months <= product->max_months)
    add_check (checks, SAJJA_LOAN_CHECK_TERM, TRUE,
               /* Translators: an application check. */
               _("Term within the product's longest"),
               /* Translators: %u and %u are months. */
               g_strdup_printf (_("%u months; the product allows up to %u."), app->months, product->max_months));
  else
    add_check (checks, SAJJA_LOAN_CHECK_TERM, FALSE, _("Term within the product's longest"),
               g_strdup_printf (_("%u months is longer than the %u the product allows."), app->months,
                                product->max_months));

  {
    /* Pledged savings as they stood on the day applied. */
    gint64 savings = pledge_on (db, app->member_id, app->applied_on);
    gint64 by_savings = product->ceiling_savings_percent > 0
                        ? sajja_money_div_round_down (savings * product->ceiling_savings_percent, 100) : -1;
    gint64 ceiling = product->ceiling > 0 ? product->ceiling : -1;
    gint64 limit = ceiling < 0 ? by_savings : by_savings < 0 ? ceiling : MIN (ceiling, by_savings);
    gboolean ok = limit < 0 || app->amount <= limit;
    g_autofree char *limit_text = baht (MAX (limit, 0));
    g_autofree char *savings_text = baht (savings);

    if (limit < 0)
      add_check (checks, SAJJA_LOAN_CHECK_CEILING, TRUE,
                 /* Translators: an application check. */
                 _("Amount within the ceiling"), g_strdup (_("The product has no ceiling.")));
    else if (by_savings >= 0)
      add_check (checks, SAJJA_LOAN_CHECK_CEILING, ok, _("Amount within the ceiling"),
                 /* Translators: amounts in baht; %u is a percent of the member's savings. */
                 g_strdup_printf (ok ? _("%s baht; the member may borrow up to %s baht (%u%% of savings of %s baht, within the product's ceiling).")
                                     : _("%s baht is more than the %s baht the member may borrow (%u%% of savings of %s baht, within the product's ceiling)."),
                                  amount_text, limit_text, product->ceiling_savings_percent, savings_text));
    else
      add_check (checks, SAJJA_LOAN_CHECK_CEILING, ok, _("Amount within the ceiling"),
                 g_strdup_printf (ok ? _("%s baht; the ceiling is %s baht.")
                                     : _("%s baht is more than the ceiling of %s baht."),
                                  amount_text, limit_text));
  }

  {
    g_autofree char *eligible = sajja_date_add_months (member.join_date, (int) product->min_member_months);
    gboolean active = g_strcmp0 (member.status, "active") == 0;
    gboolean long_enough = eligible != NULL && strcmp (eligible, app->applied_on) <= 0;
    g_autofree char *joined = day_shown (member.join_date);

    if (!active)
      add_check (checks, SAJJA_LOAN_CHECK_MEMBERSHIP, FALSE,
                 /* Translators: an application check. */
                 _("Member long enough"), g_strdup (_("The borrower is no longer an active member.")));
    else
      add_check (checks, SAJJA_LOAN_CHECK_MEMBERSHIP, long_enough, _("Member long enough"),
                 /* Translators: %s is the day the member joined, %u months the product asks. */
                 g_strdup_printf (long_enough ? _("A member since %s; the product asks for %u months.")
                                              : _("A member only since %s; the product asks for %u months first."),
                                  joined, product->min_member_months));
  }

  {
    SajjaArrears arrears = { 0, };
    GDate day;
    SajjaPeriod before;

    sajja_date_from_iso (app->applied_on, &day, NULL);
    before = sajja_period_add_months (sajja_period_from_date (&day), -1);
    if (!sajja_ledger_arrears (db, app->member_id, (SajjaPeriod) { 1900, 1 }, before, &arrears, error))
      return NULL;
    if (arrears.months == 0)
      add_check (checks, SAJJA_LOAN_CHECK_SAVINGS_ARREARS, TRUE,
                 /* Translators: an application check. */
                 _("Savings paid up"), g_strdup (_("No pledged savings are owed.")));
    else
      {
        g_autofree char *owed = baht (arrears.amount);

        add_check (checks, SAJJA_LOAN_CHECK_SAVINGS_ARREARS, FALSE, _("Savings paid up"),
                   /* Translators: %u months, %s baht. */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month of pledged savings is owed: %s baht.",
                                                 "%u months of pledged savings are owed: %s baht.", arrears.months),
                                    arrears.months, owed));
      }
  }

  own_loans = sajja_loan_list (db, group_id, app->member_id, error);
  if (own_loans == NULL)
    return NULL;
  {
    GString *late = g_string_new (NULL);
    GString *open = g_string_new (NULL);

    for (guint i = 0; i < own_loans->len; i++)
      {
        SajjaLoan *other = g_ptr_array_index (own_loans, i);
        SajjaLoanPosition pos;

        if (other->id == self_loan_id)
          continue;
        if (!compute_position (db, other, app->applied_on, &pos, error))
          {
            g_string_free (late, TRUE);
            g_string_free (open, TRUE);
            return NULL;
          }
        if (pos.status != SAJJA_LOAN_ACTIVE)
          continue;
        if (pos.days_overdue > 0)
          /* Translators: a loan overdue, in a list: its number and days. */
          g_string_append_printf (late, _("%sloan no. %lld is %d days overdue"),
                                  late->len > 0 ? ", " : "", (long long) other->number, pos.days_overdue);
        if (other->product_id == app->product_id && pos.instalments_paid < product->min_instalments_paid)
          /* Translators: an open loan of the same product, in a list: its number and instalments. */
          g_string_append_printf (open, _("%sloan no. %lld has %u of %u instalments repaid"),
                                  open->len > 0 ? ", " : "", (long long) other->number, pos.instalments_paid,
                                  product->min_instalments_paid);
      }
    add_check (checks, SAJJA_LOAN_CHECK_LOAN_ARREARS, late->len == 0,
               /* Translators: an application check. */
               _("No loan overdue"),
               late->len == 0 ? g_strdup (_("The borrower has no loan overdue.")) : g_strdup (late->str));
    add_check (checks, SAJJA_LOAN_CHECK_OPEN_LOAN, open->len == 0,
               /* Translators: an application check. */
               _("Earlier loan repaid enough"),
               open->len == 0 ? g_strdup (_("No open loan of this product stands in the way.")) : g_strdup (open->str));
    g_string_free (late, TRUE);
    g_string_free (open, TRUE);
  }

  add_check (checks, SAJJA_LOAN_CHECK_GUARANTORS, app->n_guarantors >= product->guarantors,
             /* Translators: an application check. */
             _("Enough guarantors"),
             /* Translators: guarantors named and needed. */
             g_strdup_printf (_("%u named; the product needs %u."), app->n_guarantors, product->guarantors));

  for (guint i = 0; i < app->n_guarantors; i++)
    {
      g_auto(MemberFacts) g = { 0, };
      gint64 id = app->guarantors[i];
      g_autofree char *title = NULL;
      char *detail = NULL;
      gboolean ok = FALSE;

      if (!read_member (db, id, &g) || g.group_id != group_id)
        {
          add_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, FALSE, _("Guarantor"),
                     g_strdup (_("The guarantor is not a member of this group.")));
          continue;
        }
      /* Translators: an application check for one guarantor; %s is the name. */
      title = g_strdup_printf (_("Guarantor %s"), g.name);
      if (id == app->member_id)
        detail = g_strdup (_("The borrower cannot guarantee their own loan."));
      else if (g_strcmp0 (g.status, "active") != 0)
        detail = g_strdup (_("The guarantor is no longer an active member."));
      else if (id == member.spouse_id || g.spouse_id == app->member_id)
        detail = g_strdup (_("The borrower's spouse cannot be a guarantor."));
      else
        {
          gint64 count = sajja_db_query_int_params (db,
                                                    "SELECT count(*) FROM loan_guarantors g JOIN loans l ON l.id = g.loan_id "
                                                    "WHERE g.member_id = ?1 AND l.id != ?2 "
                                                    "AND l.status IN ('applied', 'approved', 'active')",
                                                    0, 2, id, self_loan_id);

          ok = product->guarantor_max_loans == 0 || count < product->guarantor_max_loans;
          detail = ok ? g_strdup_printf (_("Guarantees %lld other loans; the limit is %u."), (long long) count,
                                         product->guarantor_max_loans)
                      : g_strdup_printf (_("Already guarantees %lld loans: the limit is %u."), (long long) count,
                                         product->guarantor_max_loans);
          if (ok && product->guarantor_max_loans == 0)
            {
              g_free (detail);
              detail = g_strdup_printf (_("Guarantees %lld other loans; there is no limit."), (long long) count);
            }
        }
      add_check (checks, SAJJA_LOAN_CHECK_GUARANTOR, ok, title, detail);
    }

  {
    gint64 funds = group_funds (db, group_id, app->applied_on);
    g_autofree char *funds_text = baht (funds);
    gboolean ok = funds >= app->amount - product->fee;

    add_check (checks, SAJJA_LOAN_CHECK_CASH, ok,
               /* Translators: an application check. */
               _("The group has the money"),
               g_strdup_printf (ok ? _("The group holds %s baht in cash and at the bank.")
                                   : _("The group holds only %s baht in cash and at the bank."),
                                funds_text));
  }

  if (out_effective_bp != NULL)
    *out_effective_bp = effective;
  return g_steal_pointer (&checks);
}

GPtrArray *
sajja_loan_check_application (SajjaDb                    *db,
                              gint64                      group_id,
                              const SajjaLoanApplication *application,
                              gint64                     *out_effective_bp,
                              GError                    **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  return check_terms (db, group_id, application, 0, out_effective_bp, error);
}

GPtrArray *
sajja_loan_check (SajjaDb     *db,
                  gint64       loan_id,
                  const char  *iso_date,
                  GError     **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);
  SajjaLoanApplication app = { 0, };

  if (loan == NULL)
    return NULL;
  app.member_id = loan->member_id;
  app.product_id = loan->product_id;
  app.applied_on = iso_date != NULL ? iso_date : loan->applied_on;
  app.amount = loan->amount;
  app.months = loan->months;
  app.purpose = loan->purpose;
  app.guarantors = (const gint64 *) loan->guarantors->data;
  app.n_guarantors = loan->guarantors->len;
  return check_terms (db, loan->group_id, &app, loan->id, NULL, error);
}

gint64
sajja_loan_apply (SajjaDb                    *db,
                  gint64                      group_id,
                  const SajjaLoanApplication *app,
                  GError                    **error)
{
  g_autoptr(SajjaLoanProduct) product = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *now = now_iso ();
  sqlite3_stmt *stmt;
  gint64 effective = 0, loan_id, number, amount = app->amount;
  gboolean own;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  if (!valid_day (app->applied_on, error))
    return 0;
  product = sajja_loan_product_get (db, app->product_id, app->applied_on, error);
  if (product == NULL)
    return 0;

  if (app->in_kind_item != NULL && *app->in_kind_item != '\0')
    {
      if (app->in_kind_quantity <= 0 || app->in_kind_price <= 0)
        {
          g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                               _("A loan in kind needs a quantity and a price a unit above zero."));
          return 0;
        }
      if (app->in_kind_quantity > G_GINT64_CONSTANT (1000000000000) / app->in_kind_price)
        {
          g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                               _("The amount of a loan must be above zero and at most 10,000 million baht."));
          return 0;
        }
      amount = app->in_kind_quantity * app->in_kind_price;
      if (app->amount != 0 && app->amount != amount)
        {
          g_autofree char *value = baht (amount);

          g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                       /* Translators: %s is an amount of baht. */
                       _("The goods are worth %s baht at that price: the loan is that amount."), value);
          return 0;
        }
    }

  {
    SajjaLoanApplication copy = *app;

    copy.amount = amount;
    checks = check_terms (db, group_id, &copy, 0, &effective, error);
    if (checks == NULL)
      return 0;
  }
  /* The law is not the committee's to waive: an unlawful loan is not even recorded. */
  for (guint i = 0; i < checks->len; i++)
    {
      SajjaLoanCheck *c = g_ptr_array_index (checks, i);

      if (c->kind == SAJJA_LOAN_CHECK_USURY && !c->passed)
        {
          g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY, c->detail);
          return 0;
        }
    }
  for (guint i = 0; i < app->n_guarantors; i++)
    for (guint j = 0; j < i; j++)
      if (app->guarantors[i] == app->guarantors[j])
        {
          g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                               _("The same guarantor is named twice."));
          return 0;
        }

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  number = sajja_db_query_int_params (db, "SELECT ifnull (max (number), 0) + 1 FROM loans WHERE group_id = ?1", 1, 1,
                                      group_id);
  stmt = sajja_db_prepare (db,
                           "INSERT INTO loans (uuid, group_id, member_id, product_id, number, applied_on, amount, months, "
                           "rate_bp, rate_per, method, fee, late_fine_bp, grace_days, effective_bp, purpose, in_kind_item, "
                           "in_kind_quantity, in_kind_unit, in_kind_price, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_int64 (stmt, 3, app->member_id);
  sqlite3_bind_int64 (stmt, 4, app->product_id);
  sqlite3_bind_int64 (stmt, 5, number);
  sqlite3_bind_text (stmt, 6, app->applied_on, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, amount);
  sqlite3_bind_int64 (stmt, 8, app->months);
  sqlite3_bind_int64 (stmt, 9, product->rate.bp);
  sqlite3_bind_text (stmt, 10, sajja_rate_per_to_string (product->rate.per), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, sajja_loan_method_to_string (product->method), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 12, product->fee);
  sqlite3_bind_int64 (stmt, 13, product->late_fine_bp);
  sqlite3_bind_int64 (stmt, 14, product->grace_days);
  sqlite3_bind_int64 (stmt, 15, effective);
  sqlite3_bind_text (stmt, 16, app->purpose != NULL ? app->purpose : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, app->in_kind_item != NULL ? app->in_kind_item : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 18, app->in_kind_item != NULL && *app->in_kind_item ? app->in_kind_quantity : 0);
  sqlite3_bind_text (stmt, 19, app->in_kind_unit != NULL ? app->in_kind_unit : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 20, app->in_kind_item != NULL && *app->in_kind_item ? app->in_kind_price : 0);
  sqlite3_bind_text (stmt, 21, now, -1, SQLITE_STATIC);
  if (!sajja_db_step_done (db, stmt, _("Could not record the loan application"), error))
    goto fail;
  loan_id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));

  for (guint i = 0; i < app->n_guarantors; i++)
    {
      g_autofree char *guuid = sajja_uuid_new ();

      stmt = sajja_db_prepare (db, "INSERT INTO loan_guarantors (uuid, loan_id, member_id) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, guuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, loan_id);
      sqlite3_bind_int64 (stmt, 3, app->guarantors[i]);
      if (!sajja_db_step_done (db, stmt, _("Could not record the loan application"), error))
        goto fail;
    }

  if (!sajja_db_log_action (db, "loan-apply", uuid, NULL, error))
    goto fail;
  if (!sajja_db_end_change (db, own, TRUE, error))
    return 0;
  return loan_id;

fail:
  sajja_db_end_change (db, own, FALSE, NULL);
  return 0;
}

static gboolean
require_status (const SajjaLoan  *loan,
                SajjaLoanStatus   status,
                GError          **error)
{
  if (loan->status == status)
    return TRUE;
  g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE,
               /* Translators: %lld is the loan's number, %s its status ("ชำระครบแล้ว"). */
               _("Loan no. %lld is “%s”: that cannot be done now."), (long long) loan->number,
               sajja_loan_status_get_title (loan->status));
  return FALSE;
}

static gboolean
set_decision (SajjaDb     *db,
              gint64       loan_id,
              const char  *status,
              const char  *decided_on,
              const char  *decided_by,
              const char  *resolution,
              GError     **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "UPDATE loans SET status = ?2, decided_on = ?3, decided_by = ?4, "
                                         "resolution = ?5 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  sqlite3_bind_text (stmt, 2, status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, decided_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, decided_by != NULL ? decided_by : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, resolution != NULL ? resolution : "", -1, SQLITE_STATIC);
  return sajja_db_step_done (db, stmt, _("Could not record the committee's decision"), error);
}

gboolean
sajja_loan_approve (SajjaDb     *db,
                    gint64       loan_id,
                    const char  *decided_on,
                    const char  *decided_by,
                    const char  *resolution,
                    GError     **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);
  g_autoptr(GPtrArray) checks = NULL;

  if (loan == NULL || !require_status (loan, SAJJA_LOAN_APPLIED, error) || !valid_day (decided_on, error))
    return FALSE;
  if (strcmp (decided_on, loan->applied_on) < 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The decision cannot be before the application."));
      return FALSE;
    }
  checks = sajja_loan_check (db, loan_id, decided_on, error);
  if (checks == NULL)
    return FALSE;
  for (guint i = 0; i < checks->len; i++)
    {
      SajjaLoanCheck *c = g_ptr_array_index (checks, i);

      if (!c->passed)
        {
          g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_CHECK,
                       /* Translators: the first %s is the check ("ผู้ค้ำประกันเพียงพอ"), the second what fails. */
                       _("The loan cannot be approved: %s — %s"), c->title, c->detail);
          return FALSE;
        }
    }
  return set_decision (db, loan_id, "approved", decided_on, decided_by, resolution, error);
}

gboolean
sajja_loan_refuse (SajjaDb     *db,
                   gint64       loan_id,
                   const char  *decided_on,
                   const char  *decided_by,
                   const char  *reason,
                   GError     **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);

  if (loan == NULL || !require_status (loan, SAJJA_LOAN_APPLIED, error) || !valid_day (decided_on, error))
    return FALSE;
  if (reason == NULL || *reason == '\0')
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE, _("Say why the loan is refused."));
      return FALSE;
    }
  return set_decision (db, loan_id, "refused", decided_on, decided_by, reason, error);
}

static gboolean
store_schedule (SajjaDb         *db,
                gint64           loan_id,
                guint            version,
                const char      *made_on,
                const char      *reason,
                const SajjaLoanTerms *terms,
                const GArray    *schedule,
                gint64           carried_interest,
                gint64           carried_fines,
                gint64           after_journal_id,
                GError         **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  sqlite3_stmt *stmt;
  gint64 schedule_id;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO loan_schedules (uuid, loan_id, version, made_on, reason, principal, months, rate_bp, "
                           "rate_per, method, carried_interest, carried_fines, after_journal_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, loan_id);
  sqlite3_bind_int64 (stmt, 3, version);
  sqlite3_bind_text (stmt, 4, made_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, terms->principal);
  sqlite3_bind_int64 (stmt, 7, terms->months);
  sqlite3_bind_int64 (stmt, 8, terms->rate.bp);
  sqlite3_bind_text (stmt, 9, sajja_rate_per_to_string (terms->rate.per), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, sajja_loan_method_to_string (terms->method), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 11, carried_interest);
  sqlite3_bind_int64 (stmt, 12, carried_fines);
  sqlite3_bind_int64 (stmt, 13, after_journal_id);
  if (!sajja_db_step_done (db, stmt, _("Could not save the schedule"), error))
    return FALSE;
  schedule_id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));

  stmt = sajja_db_prepare (db, "INSERT INTO loan_instalments (schedule_id, number, due_on, principal, interest) "
                           "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);

      sqlite3_bind_int64 (stmt, 1, schedule_id);
      sqlite3_bind_int64 (stmt, 2, inst->number);
      sqlite3_bind_text (stmt, 3, inst->due_on, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, inst->principal);
      sqlite3_bind_int64 (stmt, 5, inst->interest);
      if (!sajja_db_step_done (db, stmt, _("Could not save the schedule"), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sajja_loan_disburse (SajjaDb     *db,
                     gint64       loan_id,
                     const char  *disbursed_on,
                     const char  *first_due,
                     const char  *recorded_by,
                     GError     **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);
  g_autofree char *default_first = NULL;
  g_autoptr(GArray) schedule = NULL;
  SajjaLoanTerms terms;
  sqlite3_stmt *stmt;
  gboolean own, ok;

  if (loan == NULL || !require_status (loan, SAJJA_LOAN_APPROVED, error) || !valid_day (disbursed_on, error))
    return FALSE;
  if (strcmp (disbursed_on, loan->decided_on) < 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("A loan cannot be paid out before it was approved."));
      return FALSE;
    }
  if (first_due == NULL)
    first_due = default_first = sajja_date_add_months (disbursed_on, 1);
  if (!valid_day (first_due, error))
    return FALSE;
  if (strcmp (first_due, disbursed_on) <= 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The first instalment falls after the day the loan is paid out."));
      return FALSE;
    }

  terms = (SajjaLoanTerms) { loan->amount, loan->rate, loan->months, loan->method, first_due, loan->fee };
  schedule = sajja_loan_schedule_new (&terms, error);
  if (schedule == NULL)
    return FALSE;

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  ok = _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_DISBURSEMENT, SAJJA_ACCOUNT_LOANS,
                                -loan->amount, disbursed_on, 0, loan->id, recorded_by, loan->in_kind_item, error) != 0;
  if (ok && loan->fee > 0)
    ok = _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_FEE, SAJJA_ACCOUNT_FEES,
                                  loan->fee, disbursed_on, 0, loan->id, recorded_by, NULL, error) != 0;
  ok = ok && store_schedule (db, loan->id, 1, disbursed_on, NULL, &terms, schedule, 0, 0, 0, error);
  if (ok)
    {
      stmt = sajja_db_prepare (db, "UPDATE loans SET status = 'active', disbursed_on = ?2 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, loan->id);
          sqlite3_bind_text (stmt, 2, disbursed_on, -1, SQLITE_STATIC);
          ok = sajja_db_step_done (db, stmt, _("Could not record the loan paid out"), error);
        }
    }
  ok = ok && sajja_db_log_action (db, "loan-disburse", loan->uuid, disbursed_on, error);

  return sajja_db_end_change (db, own, ok, error);
}

static gboolean
require_active_on (const SajjaLoan  *loan,
                   const char       *day,
                   GError          **error)
{
  if (!require_status (loan, SAJJA_LOAN_ACTIVE, error) || !valid_day (day, error))
    return FALSE;
  if (strcmp (day, loan->disbursed_on) < 0)
    {
      g_autofree char *shown = day_shown (loan->disbursed_on);

      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                   /* Translators: %s is the day the loan was paid out. */
                   _("The loan was paid out on %s: the day cannot be earlier."), shown);
      return FALSE;
    }
  return TRUE;
}

gboolean
sajja_loan_repay (SajjaDb              *db,
                  gint64                loan_id,
                  gint64                amount,
                  const char           *paid_on,
                  const char           *recorded_by,
                  SajjaLoanAllocation  *out,
                  GError              **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  return _sajja_loan_repay_on_receipt (db, loan_id, amount, paid_on, 0, recorded_by, out, error);
}

gboolean
_sajja_loan_repay_on_receipt (SajjaDb              *db,
                              gint64                loan_id,
                              gint64                amount,
                              const char           *paid_on,
                              gint64                on_receipt,
                              const char           *recorded_by,
                              SajjaLoanAllocation  *out,
                              GError              **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);
  SajjaLoanAllocation a = { 0, };
  SajjaLoanPosition pos;
  gint64 rest = amount, receipt_id = 0;
  gboolean own, ok = TRUE;

  if (loan == NULL || !require_active_on (loan, paid_on, error))
    return FALSE;
  if (amount <= 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE, _("The amount must be more than zero."));
      return FALSE;
    }
  if (!compute_position (db, loan, paid_on, &pos, error))
    return FALSE;
  if (amount > pos.payoff)
    {
      g_autofree char *debt = baht (pos.payoff);
      g_autofree char *paid = baht (amount);
      g_autofree char *principal = baht (pos.outstanding);
      g_autofree char *interest = baht (pos.interest_due + pos.accrued_interest);
      g_autofree char *fines = baht (pos.fines_due);
      g_autofree char *day = day_shown (paid_on);

      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_TOO_MUCH,
                   /* Translators: amounts in baht; the first %s after "debt" is a date. */
                   _("%s baht is more than the debt. On %s the loan is repaid in full with %s baht: principal %s, interest %s, fines %s."),
                   paid, day, debt, principal, interest, fines);
      return FALSE;
    }

  a.fines = MIN (rest, pos.fines_due);
  rest -= a.fines;
  a.interest = MIN (rest, pos.interest_due);
  rest -= a.interest;
  a.principal = MIN (rest, pos.outstanding);
  rest -= a.principal;
  if (a.principal == pos.outstanding)
    {
      /* Only the payoff pays the running month's interest. */
      gint64 accrued = MIN (rest, pos.accrued_interest);

      a.interest += accrued;
      rest -= accrued;
    }
  g_assert (rest == 0);
  a.closed = a.principal == pos.outstanding;

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  receipt_id = on_receipt != 0 ? on_receipt
               : sajja_ledger_new_receipt (db, loan->group_id, loan->member_id, paid_on, 0, 0, error);
  ok = receipt_id != 0;
  if (ok && a.fines > 0)
    ok = _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_FINE, SAJJA_ACCOUNT_FINES,
                                  a.fines, paid_on, receipt_id, loan->id, recorded_by, NULL, error) != 0;
  if (ok && a.interest > 0)
    ok = _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_INTEREST, SAJJA_ACCOUNT_INTEREST,
                                  a.interest, paid_on, receipt_id, loan->id, recorded_by, NULL, error) != 0;
  if (ok && a.principal > 0)
    ok = _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_PRINCIPAL, SAJJA_ACCOUNT_LOANS,
                                  a.principal, paid_on, receipt_id, loan->id, recorded_by, NULL, error) != 0;
  if (ok && a.closed)
    {
      sqlite3_stmt *stmt = sajja_db_prepare (db, "UPDATE loans SET status = 'closed', closed_on = ?2 WHERE id = ?1", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, loan->id);
          sqlite3_bind_text (stmt, 2, paid_on, -1, SQLITE_STATIC);
          ok = sajja_db_step_done (db, stmt, _("Could not record the repayment"), error);
        }
    }
  if (!sajja_db_end_change (db, own, ok, error))
    return FALSE;

  a.receipt_id = receipt_id;
  a.receipt_number = sajja_db_query_int_params (db, "SELECT number FROM receipts WHERE id = ?1", 0, 1, receipt_id);
  if (out != NULL)
    *out = a;
  return TRUE;
}

GArray *
_sajja_loan_dues (SajjaDb     *db,
                  gint64       group_id,
                  gint64       member_id,
                  const char  *day,
                  GError     **error)
{
  g_autoptr(GPtrArray) loans = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_loan_free);
  g_autoptr(GArray) out = g_array_new (FALSE, TRUE, sizeof (SajjaLoanDue));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db,
                           LOAN_SELECT "WHERE l.group_id = ?1 AND (?2 = 0 OR l.member_id = ?2) "
                           "AND l.status = 'active' AND l.disbursed_on <= ?3 "
                           "ORDER BY l.member_id, l.disbursed_on, l.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (loans, loan_from_row (db, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  for (guint i = 0; i < loans->len; i++)
    {
      const SajjaLoan *loan = g_ptr_array_index (loans, i);
      SajjaLoanPosition pos;
      SajjaLoanDue due = { 0, };

      if (!compute_position (db, loan, day, &pos, error))
        return NULL;
      if (pos.status != SAJJA_LOAN_ACTIVE || pos.payoff <= 0)
        continue;
      due.member_id = loan->member_id;
      due.loan_id = loan->id;
      due.due = pos.due_now;
      due.payoff = pos.payoff;
      g_array_append_val (out, due);
    }

  return g_steal_pointer (&out);
}

gboolean
sajja_loan_reschedule (SajjaDb          *db,
                       gint64            loan_id,
                       const char       *made_on,
                       guint             months,
                       SajjaRate         rate,
                       SajjaLoanMethod   method,
                       const char       *first_due,
                       const char       *reason,
                       GError          **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);
  g_autoptr(GArray) schedule = NULL;
  g_auto(ScheduleHead) head = { 0, };
  g_autoptr(GArray) old = NULL;
  SajjaLoanPosition pos;
  SajjaLoanTerms terms;
  gint64 after;
  gboolean own, ok;

  if (loan == NULL || !require_active_on (loan, made_on, error))
    return FALSE;
  if (reason == NULL || *reason == '\0')
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("Say why the loan is rescheduled (the committee's resolution)."));
      return FALSE;
    }
  if (!valid_day (first_due, error))
    return FALSE;
  if (strcmp (first_due, made_on) <= 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("The first instalment of the new schedule falls after the day it is made."));
      return FALSE;
    }
  if (!compute_position (db, loan, made_on, &pos, error))
    return FALSE;
  if (pos.outstanding <= 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE,
                           _("No principal is owed: there is nothing to reschedule."));
      return FALSE;
    }
  if (!read_schedule (db, loan_id, NULL, &head, &old, error))
    return FALSE;
  if (strcmp (made_on, head.made_on) < 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("A new schedule cannot start before the one it replaces."));
      return FALSE;
    }
  /* The new schedule counts the repayments recorded after it is made: one dated before a
   * repayment already recorded would lose that repayment. */
  {
    sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT max (paid_on) FROM journal WHERE loan_id = ?", error);
    g_autofree char *last = NULL;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, loan_id);
    if (sqlite3_step (stmt) == SQLITE_ROW)
      last = column_dup (stmt, 0);
    sqlite3_reset (stmt);
    if (last != NULL && strcmp (made_on, last) < 0)
      {
        g_autofree char *shown = day_shown (last);

        g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                     /* Translators: %s is the day of the loan's last recorded entry. */
                     _("The loan has entries up to %s: a new schedule cannot be made before that day."), shown);
        return FALSE;
      }
  }

  terms = (SajjaLoanTerms) { pos.outstanding, rate, months, method, first_due, 0 };
  schedule = sajja_loan_schedule_new (&terms, error);
  if (schedule == NULL)
    return FALSE;
  if (!sajja_loan_check_usury (sajja_loan_effective_rate_bp (schedule, pos.outstanding, 0), sajja_rate_yearly_bp (rate),
                               loan->late_fine_bp, error))
    return FALSE;

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;
  after = sajja_db_query_int (db, "SELECT ifnull (max (id), 0) FROM journal", 0, NULL);
  ok = store_schedule (db, loan_id, head.version + 1, made_on, reason, &terms, schedule,
                       pos.interest_due + pos.accrued_interest, pos.fines_due, after, error)
       && sajja_db_log_action (db, "loan-reschedule", loan->uuid, reason, error);
  return sajja_db_end_change (db, own, ok, error);
}

gboolean
sajja_loan_write_off (SajjaDb     *db,
                      gint64       loan_id,
                      const char  *on,
                      const char  *resolution,
                      const char  *recorded_by,
                      GError     **error)
{
  g_autoptr(SajjaLoan) loan = sajja_loan_get (db, loan_id, error);
  SajjaLoanPosition pos;
  sqlite3_stmt *stmt;
  gboolean own, ok;

  if (loan == NULL || !require_active_on (loan, on, error))
    return FALSE;
  if (resolution == NULL || *resolution == '\0')
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           _("A loan is written off only by a resolution: name it."));
      return FALSE;
    }
  if (!compute_position (db, loan, on, &pos, error))
    return FALSE;
  if (pos.outstanding <= 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE,
                           _("No principal is owed: there is nothing to write off."));
      return FALSE;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;
  ok = _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_WRITE_OFF, SAJJA_ACCOUNT_LOANS,
                                pos.outstanding, on, 0, loan->id, recorded_by, resolution, error) != 0
       && _sajja_ledger_post_loan (db, loan->group_id, loan->member_id, SAJJA_ENTRY_LOAN_WRITE_OFF,
                                   SAJJA_ACCOUNT_BAD_DEBTS, -pos.outstanding, on, 0, loan->id, recorded_by, resolution,
                                   error) != 0;
  if (ok)
    {
      stmt = sajja_db_prepare (db, "UPDATE loans SET status = 'written-off', closed_on = ?2, write_off_resolution = ?3 "
                               "WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, loan->id);
          sqlite3_bind_text (stmt, 2, on, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 3, resolution, -1, SQLITE_STATIC);
          ok = sajja_db_step_done (db, stmt, _("Could not write the loan off"), error);
        }
    }
  ok = ok && sajja_db_log_action (db, "loan-write-off", loan->uuid, resolution, error);
  return sajja_db_end_change (db, own, ok, error);
}

/* ---- arrears ------------------------------------------------------------------------------ */

SajjaAging
sajja_aging_for_days (int days_overdue)
{
  if (days_overdue <= 0)
    return SAJJA_AGING_CURRENT;
  if (days_overdue <= 30)
    return SAJJA_AGING_1_30;
  if (days_overdue <= 60)
    return SAJJA_AGING_31_60;
  if (days_overdue <= 90)
    return SAJJA_AGING_61_90;
  return SAJJA_AGING_OVER_90;
}

const char *
sajja_aging_get_title (SajjaAging aging)
{
  switch (aging)
    {
    case SAJJA_AGING_CURRENT:
      /* Translators: loans not overdue ("ไม่ค้างชำระ"). */
      return _("Not overdue");
    case SAJJA_AGING_1_30:
      return _("1–30 days overdue");
    case SAJJA_AGING_31_60:
      return _("31–60 days overdue");
    case SAJJA_AGING_61_90:
      return _("61–90 days overdue");
    case SAJJA_AGING_OVER_90:
      return _("Over 90 days overdue");
    case SAJJA_N_AGING:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
sajja_loan_arrears_free (SajjaLoanArrears *row)
{
  if (row == NULL)
    return;
  sajja_loan_free (row->loan);
  g_free (row);
}

static int
compare_arrears (gconstpointer a,
                 gconstpointer b)
{
  const SajjaLoanArrears *x = *(SajjaLoanArrears * const *) a;
  const SajjaLoanArrears *y = *(SajjaLoanArrears * const *) b;

  if (x->position.days_overdue != y->position.days_overdue)
    return y->position.days_overdue - x->position.days_overdue;
  return x->loan->number < y->loan->number ? -1 : x->loan->number > y->loan->number;
}

GPtrArray *
sajja_loan_arrears (SajjaDb             *db,
                    gint64               group_id,
                    const char          *iso_date,
                    SajjaLoanPortfolio  *out_portfolio,
                    GError             **error)
{
  g_autoptr(GPtrArray) loans = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_loan_arrears_free);
  SajjaLoanPortfolio portfolio = { 0, };
  gint64 over_30 = 0;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  if (!valid_day (iso_date, error))
    return NULL;
  loans = list_loans (db, LOAN_SELECT "WHERE (?1 = 0 OR l.group_id = ?1) AND ?2 = ?2 AND l.disbursed_on IS NOT NULL "
                      "ORDER BY l.group_id, l.number",
                      group_id, 0, error);
  if (loans == NULL)
    return NULL;

  for (guint i = 0; i < loans->len; i++)
    {
      SajjaLoan *loan = g_ptr_array_index (loans, i);
      SajjaLoanPosition pos;
      SajjaAging aging;

      if (!compute_position (db, loan, iso_date, &pos, error))
        return NULL;
      if (pos.status != SAJJA_LOAN_ACTIVE)
        continue;
      aging = sajja_aging_for_days (pos.days_overdue);
      portfolio.loans++;
      portfolio.outstanding += pos.outstanding;
      portfolio.outstanding_by_aging[aging] += pos.outstanding;
      portfolio.loans_by_aging[aging]++;
      if (pos.days_overdue > 30)
        over_30 += pos.outstanding;
      if (pos.days_overdue > 0)
        {
          SajjaLoanArrears *row = g_new0 (SajjaLoanArrears, 1);
          GDate d;

          portfolio.loans_overdue++;
          row->loan = g_steal_pointer (&g_ptr_array_index (loans, i));
          row->position = pos;
          row->aging = aging;
          sajja_date_from_iso (pos.first_overdue_on, &d, NULL);
          g_date_add_days (&d, 60);
          {
            g_autofree char *deadline = sajja_date_to_iso (&d);

            g_strlcpy (row->notice_by, deadline, sizeof row->notice_by);
          }
          g_ptr_array_add (out, row);
        }
    }
  /* The notices count only when sent on or after the default began. */
  for (guint i = 0; i < out->len; i++)
    {
      SajjaLoanArrears *row = g_ptr_array_index (out, i);
      sqlite3_stmt *stmt;

      if (row->loan->guarantors->len == 0)
        continue;
      stmt = sajja_db_prepare (db, "SELECT count(*) FROM loan_guarantors WHERE loan_id = ?1 "
                               "AND (notice_sent_on IS NULL OR notice_sent_on < ?2 OR notice_sent_on > ?3)", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, row->loan->id);
      sqlite3_bind_text (stmt, 2, row->position.first_overdue_on, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, iso_date, -1, SQLITE_TRANSIENT);
      row->notice_sent = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == 0;
      sqlite3_reset (stmt);
    }

  g_ptr_array_sort (out, compare_arrears);
  portfolio.par30_bp = portfolio.outstanding > 0
                       ? sajja_money_div_round_half_up (over_30 * 10000, portfolio.outstanding) : 0;
  if (out_portfolio != NULL)
    *out_portfolio = portfolio;
  return g_steal_pointer (&out);
}

gboolean
sajja_loan_record_notice (SajjaDb     *db,
                          gint64       loan_id,
                          gint64       guarantor_id,
                          const char  *sent_on,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  if (!valid_day (sent_on, error))
    return FALSE;
  {
    g_autofree char *today = sajja_date_today_iso ();

    if (strcmp (sent_on, today) > 0)
      {
        g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                             _("The day is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
        return FALSE;
      }
  }
  if (sajja_db_query_int_params (db, "SELECT count(*) FROM loan_guarantors WHERE loan_id = ?1 AND member_id = ?2",
                                 0, 2, loan_id, guarantor_id) == 0)
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND,
                           _("That member does not guarantee this loan."));
      return FALSE;
    }
  stmt = sajja_db_prepare (db, "UPDATE loan_guarantors SET notice_sent_on = ?3 WHERE loan_id = ?1 AND member_id = ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  sqlite3_bind_int64 (stmt, 2, guarantor_id);
  sqlite3_bind_text (stmt, 3, sent_on, -1, SQLITE_STATIC);
  return sajja_db_step_done (db, stmt, _("Could not record the notice"), error)
         && sajja_db_log_action (db, "loan-notice", NULL, sent_on, error);
}
