/* sajja-print-savings.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Receipts, a member's statement and the cash book, as SajjaPageDocuments. Amounts in words are
 * made from the amounts in figures; dates are in the Buddhist Era.
 */

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "sajja-bank.h"
#include "sajja-committee.h"
#include "sajja-date.h"
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-print-savings.h"
#include "sajja-thai-id.h"
#include "sajja-print-private.h"

#define SLOT_NUMBER 50.0
#define SLOT_DATE   130.0

/* ---- helpers ----------------------------------------------------------------------------- */

static char *
format_period_be (SajjaPeriod period,
                  gboolean    long_names)
{
  return sajja_period_format_full (period, SAJJA_ERA_BE, long_names, sajja_date_use_thai_names ());
}

/* "สัจจะสะสม ม.ค. 2569": an entry's kind and the month it is for. */
static char *
describe_kind (SajjaEntryKind kind,
               SajjaPeriod    period,
               gboolean       long_names)
{
  g_autofree char *month = format_period_be (period, long_names);

  /* Translators: a line of a receipt or statement: the kind of payment ("สัจจะ") and the month
   * it is for ("มกราคม 2569"). */
  return g_strdup_printf (C_("entry", "%s for %s"), sajja_entry_kind_get_title (kind), month);
}

/* ---- receipts ---------------------------------------------------------------------------- */

typedef struct
{
  SajjaEntryKind kind;
  SajjaPeriod period;
  gint64 amount;
  gint64 loan_number;     /* the loan a repayment is for, or 0 */
} ReceiptLine;

typedef struct
{
  gint64 id;
  gint64 group_id;
  gint64 number;
  gint64 member_id;
  char *paid_on;
  GArray *lines;          /* ReceiptLine */
  gint64 total;
  char *member_name;
  int member_no;
} Receipt;

static void
receipt_free (Receipt *r)
{
  if (r == NULL)
    return;
  g_free (r->paid_on);
  g_free (r->member_name);
  g_clear_pointer (&r->lines, g_array_unref);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Receipt, receipt_free)

static Receipt *
receipt_read (SajjaDb  *db,
              gint64    receipt_id,
              GError  **error)
{
  g_autoptr(Receipt) r = g_new0 (Receipt, 1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db, "SELECT group_id, number, ifnull (member_id, 0), paid_on FROM receipts WHERE id = ?",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, receipt_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND, _("There is no such receipt."));
      return NULL;
    }
  r->id = receipt_id;
  r->group_id = sqlite3_column_int64 (stmt, 0);
  r->number = sqlite3_column_int64 (stmt, 1);
  r->member_id = sqlite3_column_int64 (stmt, 2);
  r->paid_on = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  sqlite3_reset (stmt);

  r->lines = g_array_new (FALSE, TRUE, sizeof (ReceiptLine));
  stmt = sajja_db_prepare (db, "SELECT j.kind, j.period, j.amount, ifnull (l.number, 0) FROM journal j "
                           "LEFT JOIN loans l ON l.id = j.loan_id WHERE j.receipt_id = ? ORDER BY j.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, receipt_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ReceiptLine line = { 0, };

      sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), &line.kind);
      sajja_period_parse ((const char *) sqlite3_column_text (stmt, 1), &line.period, NULL);
      line.amount = sqlite3_column_int64 (stmt, 2);
      line.loan_number = sqlite3_column_int64 (stmt, 3);
      r->total += line.amount;
      g_array_append_val (r->lines, line);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  if (r->member_id != 0)
    {
      g_autoptr(SajjaMember) member = sajja_member_find_by_id (db, r->member_id, error);

      if (member == NULL)
        return NULL;
      r->member_name = sajja_member_dup_full_name (member);
      r->member_no = sajja_member_get_member_no (member);
    }
  else
    r->member_name = g_strdup ("");

  return g_steal_pointer (&r);
}

/* The treasurer in office on @on, or "" when the group has none recorded. */
static char *
find_treasurer (SajjaDb    *db,
                gint64      group_id,
                const char *on)
{
  g_autoptr(GPtrArray) terms = sajja_committee_list (db, group_id, on, NULL);

  if (terms == NULL)
    return g_strdup ("");
  for (guint i = 0; i < terms->len; i++)
    {
      SajjaCommitteeTerm *term = g_ptr_array_index (terms, i);

      if (term->committee == SAJJA_COMMITTEE_EXECUTIVE && term->position == SAJJA_POSITION_TREASURER)
        return g_strdup (term->member_name);
    }
  return g_strdup ("");
}

static void
add_receipt (SajjaDb           *db,
             SajjaPageDocument *doc,
             SajjaGroup        *group,
             Receipt           *r)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, r->number);
  g_autofree char *paid = _sajja_print_format_date_be (r->paid_on, SAJJA_DATE_STYLE_LONG);
  g_autofree char *member_no = r->member_no > 0 ? g_strdup_printf ("%d", r->member_no) : g_strdup ("");
  g_autofree char *total = sajja_money_format (r->total);
  g_autofree char *words = sajja_money_to_thai_words (r->total);
  g_autofree char *treasurer = find_treasurer (db, r->group_id, r->paid_on);
  SajjaPageTable *table;
  const SajjaPageColumn columns[] = {
    /* Translators: a column of a receipt: the line's number ("ลำดับ"). */
    { _("Item"), 0.7, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of a receipt: what was paid ("รายการ"). */
    { C_("receipt column", "Description"), 3.3, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of a receipt: the month a payment is for ("ประจำเดือน"). */
    { _("For the month"), 1.9, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of a receipt: the amount ("จำนวนเงิน (บาท)"). */
    { _("Amount (baht)"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
  };

  /* Translators: the title of a receipt ("ใบเสร็จรับเงิน"). */
  sajja_page_document_add_title (doc, _("Receipt"));
  _sajja_print_add_group_lines (doc, group);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a receipt, before its number ("เลขที่"). */
      { C_("receipt", "No."), number, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a receipt, before the day it was paid ("วันที่"). */
      { C_("receipt", "Date"), paid, SLOT_DATE, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on a receipt, before the payer's name ("ได้รับเงินจาก"). */
      { _("Received from"), r->member_name, 0, SAJJA_PAGE_FIELD_FILL },
      /* Translators: on a form, before the member's number ("สมาชิกเลขที่"). */
      { _("member no."), member_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }

  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < r->lines->len; i++)
    {
      ReceiptLine *line = &g_array_index (r->lines, ReceiptLine, i);
      g_autofree char *item = g_strdup_printf ("%u", i + 1);
      g_autofree char *month = format_period_be (line->period, TRUE);
      g_autofree char *amount = sajja_money_format (line->amount);
      /* Translators: a line of a receipt: a loan repayment's kind ("ชำระเงินต้น") and the number
       * of the loan it is for. */
      g_autofree char *loan_no = g_strdup_printf ("%" G_GINT64_FORMAT, line->loan_number);
      g_autofree char *what = line->loan_number > 0
                              ? g_strdup_printf (_("%s, loan no. %s"), sajja_entry_kind_get_title (line->kind), loan_no)
                              : g_strdup (sajja_entry_kind_get_title (line->kind));
      const char *cells[] = { item, what, month, amount };

      sajja_page_table_add_row (table, cells);
    }
  {
    /* Translators: the last row of a receipt's table, before the total ("รวมเงิน"). */
    const char *cells[] = { "", _("Total"), "", total };

    sajja_page_table_add_row (table, cells);
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on a receipt, before the total in Thai words ("จำนวนเงิน (ตัวอักษร)"). */
      { _("Amount in words"), words, 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line on a receipt: the member who paid ("ผู้ชำระเงิน"). */
      { _("payer"), r->member_name },
      /* Translators: under a signature line on a receipt: the treasurer who received the money
       * ("ผู้รับเงิน (เหรัญญิก)"). */
      { _("receiver (treasurer)"), treasurer },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }
}

gint64
sajja_print_find_receipt (SajjaDb *db,
                          gint64   group_id,
                          gint64   number)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  return sajja_db_query_int_params (db, "SELECT id FROM receipts WHERE group_id = ?1 AND number = ?2",
                                    0, 2, group_id, number);
}

/**
 * sajja_print_receipt:
 * @db: an open #SajjaDb
 * @receipt_id: the receipt's id (see sajja_print_find_receipt() for a number)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the receipt, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_receipt (SajjaDb  *db,
                     gint64    receipt_id,
                     GError  **error)
{
  g_autoptr(Receipt) r = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  r = receipt_read (db, receipt_id, error);
  if (r == NULL)
    return NULL;
  group = _sajja_print_find_group (db, r->group_id, error);
  if (group == NULL)
    return NULL;

  /* Translators: the PDF's title: "ใบเสร็จรับเงิน เลขที่ 12". */
  doc_title = g_strdup_printf (_("Receipt no. %lld"), (long long) r->number);
  doc = sajja_page_document_new (doc_title);
  header = _sajja_print_group_header (group);
  sajja_page_document_set_header (doc, header);
  add_receipt (db, doc, group, r);

  return g_steal_pointer (&doc);
}

/* Between two receipts on a page: space, a line to cut along, space. */
static void
add_cut_line (SajjaPageDocument *doc)
{
  sajja_page_document_add_space (doc, 10);
  sajja_page_document_add_rule (doc);
  sajja_page_document_add_space (doc, 10);
}

static gboolean
receipts_fit_one_page (SajjaDb     *db,
                       SajjaGroup  *group,
                       GPtrArray   *receipts,
                       guint        first,
                       guint        n)
{
  g_autoptr(SajjaPageDocument) trial = sajja_page_document_new ("");

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        add_cut_line (trial);
      add_receipt (db, trial, group, g_ptr_array_index (receipts, first + i));
    }
  return sajja_page_document_get_n_pages (trial, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT) <= 1;
}

/**
 * sajja_print_receipts_for_day:
 * @db: an open #SajjaDb
 * @savings_day_id: the savings day
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the receipts, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_receipts_for_day (SajjaDb  *db,
                              gint64    savings_day_id,
                              GError  **error)
{
  g_autoptr(GPtrArray) receipts = g_ptr_array_new_with_free_func ((GDestroyNotify) receipt_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *day = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;
  gint64 group_id = 0;
  sqlite3_stmt *stmt;
  guint i;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = sajja_db_prepare (db, "SELECT group_id, day FROM savings_days WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, savings_day_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      group_id = sqlite3_column_int64 (stmt, 0);
      day = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (day == NULL)
    {
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND, _("There is no such savings day."));
      return NULL;
    }

  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL)
    return NULL;

  stmt = sajja_db_prepare (db, "SELECT id FROM receipts WHERE day_id = ? ORDER BY number", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, savings_day_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }
  for (i = 0; i < ids->len; i++)
    {
      Receipt *r = receipt_read (db, g_array_index (ids, gint64, i), error);

      if (r == NULL)
        return NULL;
      g_ptr_array_add (receipts, r);
    }

  day_text = _sajja_print_format_date_be (day, SAJJA_DATE_STYLE_LONG);
  /* Translators: the PDF's title: the receipts of a savings day; %s is the date. */
  doc_title = g_strdup_printf (_("Receipts of %s"), day_text);
  doc = sajja_page_document_new (doc_title);
  header = _sajja_print_group_header (group);
  sajja_page_document_set_header (doc, header);

  if (receipts->len == 0)
    {
      sajja_page_document_add_title (doc, doc_title);
      _sajja_print_add_group_lines (doc, group);
      /* Translators: printed when a savings day has no receipts. */
      sajja_page_document_add_paragraph (doc, _("No receipts were written on this day."), SAJJA_PAGE_ALIGN_CENTER);
      return g_steal_pointer (&doc);
    }

  /* As many receipts a page as fit, up to three: each page is tried with one more. */
  i = 0;
  while (i < receipts->len)
    {
      guint n = 1;

      while (n < 3 && i + n < receipts->len && receipts_fit_one_page (db, group, receipts, i, n + 1))
        n++;
      if (i > 0)
        sajja_page_document_add_page_break (doc);
      for (guint j = 0; j < n; j++)
        {
          if (j > 0)
            add_cut_line (doc);
          add_receipt (db, doc, group, g_ptr_array_index (receipts, i + j));
        }
      i += n;
    }

  return g_steal_pointer (&doc);
}

/* ---- the statement ----------------------------------------------------------------------- */

typedef struct
{
  char *date;          /* short, BE */
  char *receipt;       /* "" when none */
  char *description;
  SajjaAccount account;
  gint64 amount;
  gint64 pledge_balance;
  gint64 special_balance;
} StatementRow;

typedef struct
{
  SajjaGroup *group;
  SajjaMember *member;
  GPtrArray *rows;     /* StatementRow: pledge and special */
  GPtrArray *other;    /* StatementRow: every other account */
  gint64 pledge;       /* closing balances */
  gint64 special;
  gint64 other_total;
} Statement;

static void
statement_row_free (StatementRow *row)
{
  g_free (row->date);
  g_free (row->receipt);
  g_free (row->description);
  g_free (row);
}

static void
statement_free (Statement *s)
{
  if (s == NULL)
    return;
  g_clear_object (&s->group);
  g_clear_object (&s->member);
  g_clear_pointer (&s->rows, g_ptr_array_unref);
  g_clear_pointer (&s->other, g_ptr_array_unref);
  g_free (s);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Statement, statement_free)

static char *
describe_entry (SajjaEntry *e,
                GPtrArray  *entries)
{
  GString *s;

  if (e->kind == SAJJA_ENTRY_REVERSAL)
    {
      SajjaEntry *undone = NULL;

      for (guint i = 0; i < entries->len && undone == NULL; i++)
        if (((SajjaEntry *) g_ptr_array_index (entries, i))->id == e->reverses_id)
          undone = g_ptr_array_index (entries, i);

      if (undone != NULL)
        {
          g_autofree char *what = describe_kind (undone->kind, undone->period, FALSE);
          g_autofree char *when = _sajja_print_format_date_be (undone->paid_on, SAJJA_DATE_STYLE_SHORT);

          if (undone->receipt_number > 0)
            /* Translators: a statement's line for a reversal ("กลับรายการ"): the first %s is
             * what it undoes ("สัจจะ ม.ค. 2569"), %lld the receipt number, the last %s the date. */
            {
              s = g_string_new (NULL);
              g_string_printf (s, _("Reversal of %s, receipt no. %lld of %s"), what,
                               (long long) undone->receipt_number, when);
            }
          else
            /* Translators: a statement's line for a reversal of an entry without a receipt:
             * the first %s is what it undoes, the second the date it was paid. */
            {
              s = g_string_new (NULL);
              g_string_printf (s, _("Reversal of %s of %s"), what, when);
            }
        }
      else
        s = g_string_new (sajja_entry_kind_get_title (e->kind));
      if (e->note != NULL && *e->note != '\0')
        g_string_append_printf (s, " (%s)", e->note);
    }
  else
    {
      g_autofree char *what = describe_kind (e->kind, e->period, FALSE);

      s = g_string_new (what);
      if (e->reversed)
        /* Translators: after a statement's line that a later reversal undid ("ถูกกลับรายการ"). */
        g_string_append_printf (s, " %s", _("(reversed)"));
    }

  return g_string_free (s, FALSE);
}

static Statement *
statement_read (SajjaDb  *db,
                gint64    member_id,
                GError  **error)
{
  g_autoptr(Statement) s = g_new0 (Statement, 1);
  g_autoptr(GPtrArray) entries = NULL;

  s->member = sajja_member_find_by_id (db, member_id, error);
  if (s->member == NULL)
    return NULL;
  s->group = _sajja_print_find_group (db, sajja_member_get_group_id (s->member), error);
  if (s->group == NULL)
    return NULL;
  entries = sajja_ledger_list_member (db, member_id, SAJJA_N_ACCOUNTS, error);
  if (entries == NULL)
    return NULL;

  s->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) statement_row_free);
  s->other = g_ptr_array_new_with_free_func ((GDestroyNotify) statement_row_free);
  for (guint i = 0; i < entries->len; i++)
    {
      SajjaEntry *e = g_ptr_array_index (entries, i);
      StatementRow *row;

      /* A loan's entries are on the loan's own statement, not the savings one. */
      if (e->loan_id != 0)
        continue;
      row = g_new0 (StatementRow, 1);

      row->date = _sajja_print_format_date_be (e->paid_on, SAJJA_DATE_STYLE_SHORT);
      row->receipt = e->receipt_number > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, e->receipt_number) : g_strdup ("");
      row->description = describe_entry (e, entries);
      row->account = e->account;
      row->amount = e->amount;
      if (e->account == SAJJA_ACCOUNT_PLEDGE)
        s->pledge += e->amount;
      else if (e->account == SAJJA_ACCOUNT_SPECIAL)
        s->special += e->amount;
      else
        s->other_total += e->amount;
      row->pledge_balance = s->pledge;
      row->special_balance = s->special;
      g_ptr_array_add (e->account == SAJJA_ACCOUNT_PLEDGE || e->account == SAJJA_ACCOUNT_SPECIAL ? s->rows : s->other,
                       row);
    }

  return g_steal_pointer (&s);
}

/**
 * sajja_print_statement:
 * @db: an open #SajjaDb
 * @member_id: the member
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the statement, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_statement (SajjaDb  *db,
                       gint64    member_id,
                       GError  **error)
{
  g_autoptr(Statement) s = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *member_no = NULL;
  g_autofree char *national_id = NULL;
  SajjaPageTable *table;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  s = statement_read (db, member_id, error);
  if (s == NULL)
    return NULL;

  full_name = sajja_member_dup_full_name (s->member);
  member_no = g_strdup_printf ("%d", sajja_member_get_member_no (s->member));
  national_id = _sajja_print_format_id (sajja_member_get_national_id (s->member));

  /* Translators: the PDF's title: a member's statement and the member's name. */
  doc_title = g_strdup_printf (_("Statement: %s"), full_name);
  doc = sajja_page_document_new (doc_title);
  header = g_strdup_printf ("%s — %s %s", sajja_group_get_name (s->group), member_no, full_name);
  sajja_page_document_set_header (doc, header);

  /* Translators: the title of a member's printed statement ("สมุดบัญชีเงินฝาก / รายการเคลื่อนไหว"). */
  sajja_page_document_add_title (doc, _("Savings Account Statement"));
  _sajja_print_add_group_lines (doc, s->group);
  _sajja_print_add_printed_on (doc);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a form, before the member's number ("เลขที่สมาชิก"). */
      { _("Member no."), member_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a statement, before the member's name ("ชื่อ–สกุล"). */
      { _("Name"), full_name, 0, SAJJA_PAGE_FIELD_FILL },
    };
    const SajjaPageField id_fields[] = {
      { _("National ID number"), national_id, 130, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, id_fields, G_N_ELEMENTS (id_fields));
  }
  sajja_page_document_add_space (doc, 4);

  {
    const SajjaPageColumn columns[] = {
      /* Translators: a column of a statement or the cash book: the day paid ("วันที่"). */
      { C_("table column", "Date"), 1.35, SAJJA_PAGE_ALIGN_CENTER },
      /* Translators: a column of a statement or the cash book: the receipt number ("ใบเสร็จ"). */
      { _("Receipt"), 1.05, SAJJA_PAGE_ALIGN_CENTER },
      /* Translators: a column of a statement or the cash book ("รายการ"). */
      { C_("table column", "Description"), 2.5, SAJJA_PAGE_ALIGN_LEFT },
      /* Translators: a column of a statement: paid into (or, negative, out of) the pledged
       * savings ("สัจจะ ฝาก/ถอน"). */
      { _("Pledge in/out"), 1.2, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of a statement: the balance of pledged savings ("คงเหลือสัจจะ"). */
      { _("Pledge balance"), 1.25, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of a statement: paid into (or, negative, out of) special
       * deposits ("ฝากพิเศษ ฝาก/ถอน"). */
      { _("Special in/out"), 1.2, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of a statement: the balance of special deposits ("คงเหลือฝากพิเศษ"). */
      { _("Special balance"), 1.25, SAJJA_PAGE_ALIGN_RIGHT },
    };

    table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  }
  for (guint i = 0; i < s->rows->len; i++)
    {
      StatementRow *row = g_ptr_array_index (s->rows, i);
      g_autofree char *amount = sajja_money_format (row->amount);
      g_autofree char *pledge = sajja_money_format (row->pledge_balance);
      g_autofree char *special = sajja_money_format (row->special_balance);
      gboolean is_pledge = row->account == SAJJA_ACCOUNT_PLEDGE;
      const char *cells[] = { row->date, row->receipt, row->description,
                              is_pledge ? amount : "", pledge, is_pledge ? "" : amount, special };

      sajja_page_table_add_row (table, cells);
    }
  if (s->rows->len == 0)
    {
      /* Translators: the only row of a statement with no entries. */
      const char *cells[] = { "", "", _("No entries yet."), "", "", "", "" };

      sajja_page_table_add_row (table, cells);
    }

  if (s->other->len > 0)
    {
      const SajjaPageColumn columns[] = {
        { C_("table column", "Date"), 1.35, SAJJA_PAGE_ALIGN_CENTER },
        { _("Receipt"), 1.05, SAJJA_PAGE_ALIGN_CENTER },
        { C_("table column", "Description"), 5.0, SAJJA_PAGE_ALIGN_LEFT },
        /* Translators: a column: an amount in baht ("จำนวนเงิน"). */
        { C_("table column", "Amount"), 1.5, SAJJA_PAGE_ALIGN_RIGHT },
      };
      g_autofree char *total = sajja_money_format (s->other_total);

      sajja_page_document_add_space (doc, 6);
      /* Translators: a heading of a statement: fines, entry fees and welfare payments, which are
       * not the member's savings ("รายการอื่นที่ไม่ใช่เงินออม"). */
      sajja_page_document_add_heading (doc, _("Other payments (not savings)"));
      table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
      for (guint i = 0; i < s->other->len; i++)
        {
          StatementRow *row = g_ptr_array_index (s->other, i);
          g_autofree char *amount = sajja_money_format (row->amount);
          const char *cells[] = { row->date, row->receipt, row->description, amount };

          sajja_page_table_add_row (table, cells);
        }
      {
        const char *cells[] = { "", "", _("Total"), total };

        sajja_page_table_add_row (table, cells);
      }
    }

  sajja_page_document_add_space (doc, 6);
  /* Translators: a heading of a statement ("ยอดคงเหลือ"). */
  sajja_page_document_add_heading (doc, _("Balances"));
  {
    g_autofree char *pledge = sajja_money_format (s->pledge);
    g_autofree char *special = sajja_money_format (s->special);
    g_autofree char *both = sajja_money_format (s->pledge + s->special);
    g_autofree char *both_words = sajja_money_to_thai_words (s->pledge + s->special);
    const SajjaPageField pledge_fields[] = {
      { sajja_account_get_title (SAJJA_ACCOUNT_PLEDGE), pledge, 90, SAJJA_PAGE_FIELD_DEFAULT },
      { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField special_fields[] = {
      { sajja_account_get_title (SAJJA_ACCOUNT_SPECIAL), special, 90, SAJJA_PAGE_FIELD_DEFAULT },
      { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField total_fields[] = {
      /* Translators: on a statement, before the sum of both balances ("รวมเงินออมทั้งสิ้น"). */
      { _("Total savings"), both, 90, SAJJA_PAGE_FIELD_DEFAULT },
      { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
      { "(", both_words, 0, SAJJA_PAGE_FIELD_FILL },
      { ")", NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, pledge_fields, G_N_ELEMENTS (pledge_fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, special_fields, G_N_ELEMENTS (special_fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, total_fields, G_N_ELEMENTS (total_fields));
  }

  return g_steal_pointer (&doc);
}

/**
 * sajja_print_statement_text:
 * @db: an open #SajjaDb
 * @member_id: the member
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the statement as lines of text, or %NULL with @error set
 */
char *
sajja_print_statement_text (SajjaDb  *db,
                            gint64    member_id,
                            GError  **error)
{
  g_autoptr(Statement) s = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *full_name = NULL;
  g_autofree char *national_id = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  s = statement_read (db, member_id, error);
  if (s == NULL)
    return NULL;

  full_name = sajja_member_dup_full_name (s->member);
  national_id = _sajja_print_format_id (sajja_member_get_national_id (s->member));
  place = sajja_group_dup_place (s->group);
  g_string_append_printf (out, "%s\n", sajja_group_get_name (s->group));
  if (*place != '\0')
    g_string_append_printf (out, "%s\n", place);
  /* Translators: the first line about the member in "sajja-cli statement": %d is the member
   * number, the first %s the name, the second the national ID number. */
  g_string_append_printf (out, _("Member no. %d: %s, ID %s\n"), sajja_member_get_member_no (s->member),
                          full_name, national_id);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < s->rows->len; i++)
    {
      StatementRow *row = g_ptr_array_index (s->rows, i);
      g_autofree char *amount = sajja_money_format (row->amount);
      g_autofree char *pledge = sajja_money_format (row->pledge_balance);
      g_autofree char *special = sajja_money_format (row->special_balance);

      /* Translators: a line of "sajja-cli statement": the date, the receipt number (or "-"), the
       * entry, its amount, then the balances of pledged savings and special deposits after it. */
      g_string_append_printf (out, _("%s  %s  %s  %s  pledge balance %s  special balance %s\n"),
                              row->date, *row->receipt != '\0' ? row->receipt : "-", row->description, amount,
                              pledge, special);
    }
  for (guint i = 0; i < s->other->len; i++)
    {
      StatementRow *row = g_ptr_array_index (s->other, i);
      g_autofree char *amount = sajja_money_format (row->amount);

      g_string_append_printf (out, "%s  %s  %s  %s\n", row->date, *row->receipt != '\0' ? row->receipt : "-",
                              row->description, amount);
    }
  if (s->rows->len == 0 && s->other->len == 0)
    g_string_append_printf (out, "%s\n", _("No entries yet."));

  {
    g_autofree char *pledge = sajja_money_format (s->pledge);
    g_autofree char *special = sajja_money_format (s->special);
    g_autofree char *both = sajja_money_format (s->pledge + s->special);

    g_string_append_c (out, '\n');
    /* Translators: the closing lines of "sajja-cli statement": an account's name and its
     * balance in baht. */
    g_string_append_printf (out, _("%s balance: %s baht\n"), sajja_account_get_title (SAJJA_ACCOUNT_PLEDGE), pledge);
    g_string_append_printf (out, _("%s balance: %s baht\n"), sajja_account_get_title (SAJJA_ACCOUNT_SPECIAL), special);
    /* Translators: the last line of "sajja-cli statement": both balances together. */
    g_string_append_printf (out, _("Total savings: %s baht\n"), both);
  }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- the cash book ----------------------------------------------------------------------- */

typedef struct
{
  char *paid_on;
  gint64 receipt_id;
  gint64 receipt_number;
  gint64 member_id;
  SajjaAccount account;
  SajjaEntryKind kind;
  gint64 amount;
  SajjaPeriod period;
} CashEntry;

static void
cash_entry_clear (gpointer data)
{
  g_free (((CashEntry *) data)->paid_on);
}

static const char *
member_label (SajjaDb    *db,
              GHashTable *names,
              gint64      member_id)
{
  char *label;

  if (member_id == 0)
    return "";
  label = g_hash_table_lookup (names, &member_id);
  if (label == NULL)
    {
      g_autoptr(SajjaMember) member = sajja_member_find_by_id (db, member_id, NULL);
      gint64 *key = g_new (gint64, 1);

      *key = member_id;
      if (member != NULL)
        {
          g_autofree char *name = sajja_member_dup_full_name (member);

          label = g_strdup_printf ("%d %s", sajja_member_get_member_no (member), name);
        }
      else
        label = g_strdup ("");
      g_hash_table_insert (names, key, label);
    }
  return label;
}

static void
add_cash_row (SajjaPageTable *table,
              const char     *date,
              const char     *receipt,
              const char     *description,
              gint64          in,
              gint64          out,
              gint64          balance)
{
  g_autofree char *in_text = in != 0 ? sajja_money_format (in) : g_strdup ("");
  g_autofree char *out_text = out != 0 ? sajja_money_format (out) : g_strdup ("");
  g_autofree char *balance_text = sajja_money_format (balance);
  const char *cells[] = { date, receipt, description, in_text, out_text, balance_text };

  sajja_page_table_add_row (table, cells);
}

/**
 * sajja_print_cash_book:
 * @db: an open #SajjaDb
 * @group_id: the group
 * @from: the first day (ISO)
 * @to: the last day (ISO)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the cash book, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_cash_book (SajjaDb     *db,
                       gint64       group_id,
                       const char  *from,
                       const char  *to,
                       GError     **error)
{
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (CashEntry));
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *period_text = NULL;
  gint64 account_in[SAJJA_N_ACCOUNTS] = { 0, };
  gint64 account_out[SAJJA_N_ACCOUNTS] = { 0, };
  gint64 opening, balance, total_in = 0, total_out = 0;
  SajjaPageTable *table;
  sqlite3_stmt *stmt;
  GDate from_date, to_date;
  guint i;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sajja_date_from_iso (from, &from_date, error) || !sajja_date_from_iso (to, &to_date, error))
    return NULL;
  if (g_date_compare (&from_date, &to_date) > 0)
    {
      g_set_error_literal (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID,
                           /* Translators: an error of the cash book's dates. */
                           _("The first day of the cash book is after its last day."));
      return NULL;
    }

  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL)
    return NULL;

  stmt = sajja_db_prepare (db, "SELECT ifnull (sum (amount), 0) FROM journal WHERE group_id = ?1 AND paid_on < ?2 "
                           "AND kind != 'loan-write-off'",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  opening = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  stmt = sajja_db_prepare (db,
                           "SELECT j.paid_on, ifnull (j.receipt_id, 0), ifnull (r.number, 0), ifnull (j.member_id, 0), "
                           "j.account, j.kind, j.amount, j.period "
                           "FROM journal j LEFT JOIN receipts r ON r.id = j.receipt_id "
                           "WHERE j.group_id = ?1 AND j.paid_on >= ?2 AND j.paid_on <= ?3 "
                           /* A write-off moves no cash: a pair of entries that nets to nothing. */
                           "AND j.kind != 'loan-write-off' "
                           "ORDER BY j.paid_on, ifnull (r.number, 0) = 0, r.number, j.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
  g_array_set_clear_func (entries, cash_entry_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CashEntry e = { 0, };

      e.paid_on = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      e.receipt_id = sqlite3_column_int64 (stmt, 1);
      e.receipt_number = sqlite3_column_int64 (stmt, 2);
      e.member_id = sqlite3_column_int64 (stmt, 3);
      sajja_account_from_string ((const char *) sqlite3_column_text (stmt, 4), &e.account);
      sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &e.kind);
      e.amount = sqlite3_column_int64 (stmt, 6);
      sajja_period_parse ((const char *) sqlite3_column_text (stmt, 7), &e.period, NULL);
      g_array_append_val (entries, e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  from_text = _sajja_print_format_date_be (from, SAJJA_DATE_STYLE_LONG);
  to_text = _sajja_print_format_date_be (to, SAJJA_DATE_STYLE_LONG);
  /* Translators: the PDF's title: the cash book and its period. */
  doc_title = g_strdup_printf (_("Cash book %s – %s"), from_text, to_text);
  doc = sajja_page_document_new (doc_title);
  header = _sajja_print_group_header (group);
  sajja_page_document_set_header (doc, header);

  /* Translators: the title of the printed cash book ("สมุดเงินสด"). */
  sajja_page_document_add_title (doc, _("Cash Book"));
  _sajja_print_add_group_lines (doc, group);
  /* Translators: under the cash book's title: its first and last day ("ตั้งแต่วันที่ … ถึงวันที่ …"). */
  period_text = g_strdup_printf (_("From %s to %s"), from_text, to_text);
  sajja_page_document_add_paragraph (doc, period_text, SAJJA_PAGE_ALIGN_CENTER);
  _sajja_print_add_printed_on (doc);
  sajja_page_document_add_space (doc, 4);

  {
    const SajjaPageColumn columns[] = {
      { C_("table column", "Date"), 1.35, SAJJA_PAGE_ALIGN_CENTER },
      { _("Receipt"), 1.05, SAJJA_PAGE_ALIGN_CENTER },
      { C_("table column", "Description"), 3.3, SAJJA_PAGE_ALIGN_LEFT },
      /* Translators: a column of the cash book: money received ("รายรับ"). */
      { _("Receipts in"), 1.35, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of the cash book: money paid out ("รายจ่าย"). */
      { _("Payments out"), 1.35, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of the cash book: the cash on hand after the row ("ยอดคงเหลือ"). */
      { _("Balance"), 1.45, SAJJA_PAGE_ALIGN_RIGHT },
    };

    table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  }

  balance = opening;
  /* Translators: the first row of the cash book: the cash at the start ("ยอดยกมา"). */
  add_cash_row (table, "", "", _("Balance brought forward"), 0, 0, balance);

  i = 0;
  while (i < entries->len)
    {
      CashEntry *first = &g_array_index (entries, CashEntry, i);
      g_autofree char *day = g_strdup (first->paid_on);
      g_autofree char *day_text = _sajja_print_format_date_be (day, SAJJA_DATE_STYLE_SHORT);
      gint64 day_in = 0, day_out = 0;
      gboolean first_row = TRUE;

      while (i < entries->len && g_str_equal (g_array_index (entries, CashEntry, i).paid_on, day))
        {
          CashEntry *e = &g_array_index (entries, CashEntry, i);
          g_autoptr(GString) description = g_string_new (member_label (db, names, e->member_id));
          g_autofree char *receipt = e->receipt_number > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, e->receipt_number)
                                                           : g_strdup ("");
          gint64 in = 0, out = 0;
          guint j = i;

          if (description->len > 0)
            g_string_append (description, ": ");
          /* A receipt is one row: its entries' kinds, its total in. */
          do
            {
              CashEntry *x = &g_array_index (entries, CashEntry, j);
              g_autofree char *what = describe_kind (x->kind, x->period, FALSE);

              if (j > i)
                g_string_append (description, ", ");
              g_string_append (description, what);
              if (x->amount > 0)
                {
                  in += x->amount;
                  account_in[x->account] += x->amount;
                }
              else
                {
                  out -= x->amount;
                  account_out[x->account] -= x->amount;
                }
              j++;
            }
          while (e->receipt_id != 0 && j < entries->len
                 && g_array_index (entries, CashEntry, j).receipt_id == e->receipt_id);

          balance += in - out;
          day_in += in;
          day_out += out;
          /* The date on the day's first row only. */
          add_cash_row (table, first_row ? day_text : "", receipt, description->str, in, out, balance);
          first_row = FALSE;
          i = j;
        }

      {
        /* Translators: a row of the cash book after each day's rows ("รวมวันที่ 5/01/2569"). */
        g_autofree char *day_total = g_strdup_printf (_("Total for %s"), day_text);

        add_cash_row (table, "", "", day_total, day_in, day_out, balance);
      }
      total_in += day_in;
      total_out += day_out;
    }

  {
    /* Translators: a row of the cash book: the totals of the whole period ("รวมทั้งสิ้น"). */
    add_cash_row (table, "", "", _("Total for the period"), total_in, total_out, balance);
    /* Translators: the last row of the cash book: the cash at the end ("ยอดยกไป"). */
    add_cash_row (table, "", "", _("Balance carried forward"), 0, 0, balance);
  }

  sajja_page_document_add_space (doc, 6);
  /* Translators: a heading of the cash book: the period's totals by account ("สรุปตามบัญชี"). */
  sajja_page_document_add_heading (doc, _("Totals by account"));
  {
    const SajjaPageColumn columns[] = {
      /* Translators: a column of the cash book's totals: the account ("บัญชี"). */
      { _("Account"), 3.0, SAJJA_PAGE_ALIGN_LEFT },
      { _("Receipts in"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
      { _("Payments out"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of the cash book's totals: in less out ("สุทธิ"). */
      { _("Net"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
    };
    SajjaPageTable *totals = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));

    for (guint a = 0; a < SAJJA_N_ACCOUNTS; a++)
      {
        g_autofree char *in = sajja_money_format (account_in[a]);
        g_autofree char *out = sajja_money_format (account_out[a]);
        g_autofree char *net = sajja_money_format (account_in[a] - account_out[a]);
        const char *cells[] = { sajja_account_get_title (a), in, out, net };

        sajja_page_table_add_row (totals, cells);
      }
    {
      g_autofree char *in = sajja_money_format (total_in);
      g_autofree char *out = sajja_money_format (total_out);
      g_autofree char *net = sajja_money_format (total_in - total_out);
      const char *cells[] = { _("Total"), in, out, net };

      sajja_page_table_add_row (totals, cells);
    }
  }
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the treasurer ("เหรัญญิก"). */
      { _("treasurer"), NULL },
      /* Translators: under a signature line: the one who checked the books ("ผู้ตรวจสอบ"). */
      { _("checked by"), NULL },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  return g_steal_pointer (&doc);
}

/* ---- the bank book ----------------------------------------------------------------------- */

typedef struct
{
  gint64 id;
  char *title;     /* "ธนาคาร สาขา เลขที่ ชื่อบัญชี" */
} BankAccountRow;

static void
bank_account_row_clear (gpointer data)
{
  g_free (((BankAccountRow *) data)->title);
}

static GArray *
read_bank_accounts (SajjaDb  *db,
                    gint64    group_id,
                    GError  **error)
{
  g_autoptr(GArray) out = g_array_new (FALSE, TRUE, sizeof (BankAccountRow));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (out, bank_account_row_clear);
  stmt = sajja_db_prepare (db, "SELECT id, bank, branch, account_no, account_name FROM group_bank_accounts "
                               "WHERE group_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BankAccountRow row = { 0, };
      const char *branch = (const char *) sqlite3_column_text (stmt, 2);
      const char *name = (const char *) sqlite3_column_text (stmt, 4);
      GString *title = g_string_new ((const char *) sqlite3_column_text (stmt, 1));

      row.id = sqlite3_column_int64 (stmt, 0);
      if (branch != NULL && *branch != '\0')
        g_string_append_printf (title, " %s", branch);
      g_string_append_printf (title, " %s", (const char *) sqlite3_column_text (stmt, 3));
      if (name != NULL && *name != '\0')
        g_string_append_printf (title, " (%s)", name);
      row.title = g_string_free (title, FALSE);
      g_array_append_val (out, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* Calls @row for each movement of the account, oldest first, with the running balance. */
typedef void (*BankRowFunc) (gpointer    user_data,
                             const char *day,
                             const char *description,
                             gint64      amount,
                             gint64      balance);

static gboolean
foreach_bank_movement (SajjaDb      *db,
                       gint64        account_id,
                       BankRowFunc   func,
                       gpointer      user_data,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 balance = 0;
  int rc;

  stmt = sajja_db_prepare (db, "SELECT day, kind, amount, note FROM bank_movements WHERE bank_account_id = ? "
                               "ORDER BY day, id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *day = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      const char *note = (const char *) sqlite3_column_text (stmt, 3);
      SajjaBankKind kind = SAJJA_BANK_DEPOSIT;
      gint64 amount = sqlite3_column_int64 (stmt, 2);
      g_autofree char *description = NULL;

      sajja_bank_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind);
      description = note != NULL && *note != '\0'
                      ? g_strdup_printf ("%s: %s", sajja_bank_kind_get_title (kind), note)
                      : g_strdup (sajja_bank_kind_get_title (kind));
      balance += amount;
      func (user_data, day, description, amount, balance);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }
  return TRUE;
}

static void
add_bank_row (gpointer    user_data,
              const char *day,
              const char *description,
              gint64      amount,
              gint64      balance)
{
  g_autofree char *date = _sajja_print_format_date_be (day, SAJJA_DATE_STYLE_SHORT);
  g_autofree char *in_text = amount > 0 ? sajja_money_format (amount) : g_strdup ("");
  g_autofree char *out_text = amount < 0 ? sajja_money_format (-amount) : g_strdup ("");
  g_autofree char *balance_text = sajja_money_format (balance);
  const char *cells[] = { date, description, in_text, out_text, balance_text };

  sajja_page_table_add_row (user_data, cells);
}

/* The reconciliation lines of an account, or NULL when no statement balance is recorded. */
static char **
reconciliation_lines (SajjaDb *db,
                      gint64   account_id)
{
  g_autofree char *date = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *book_text = NULL;
  g_autofree char *statement_text = NULL;
  g_autofree char *difference_text = NULL;
  gint64 book = 0, statement = 0, difference = 0;
  char **lines;

  if (!sajja_bank_latest_statement (db, account_id, NULL, &date, NULL)
      || !sajja_bank_reconcile (db, account_id, date, &book, &statement, &difference, NULL))
    return NULL;

  date_text = _sajja_print_format_date_be (date, SAJJA_DATE_STYLE_LONG);
  book_text = sajja_money_format (book);
  statement_text = sajja_money_format (statement);
  difference_text = sajja_money_format (difference);
  lines = g_new0 (char *, 5);
  /* Translators: the bank book's reconciliation ("กระทบยอด ณ วันที่ %s"). */
  lines[0] = g_strdup_printf (_("Reconciliation on %s"), date_text);
  /* Translators: the bank book's reconciliation: the balance in the group's book ("ยอดตามบัญชี %s บาท"). */
  lines[1] = g_strdup_printf (_("Balance per book: %s baht"), book_text);
  /* Translators: the bank book's reconciliation: the balance the bank shows
   * ("ยอดตามรายการเดินบัญชีธนาคาร %s บาท"). */
  lines[2] = g_strdup_printf (_("Balance per bank statement: %s baht"), statement_text);
  /* Translators: the bank book's reconciliation: statement less book ("ผลต่าง %s บาท"). */
  lines[3] = g_strdup_printf (_("Difference: %s baht"), difference_text);
  return lines;
}

/**
 * sajja_print_bank_book:
 * @db: an open #SajjaDb
 * @group_id: the group
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the bank book, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_bank_book (SajjaDb  *db,
                       gint64    group_id,
                       GError  **error)
{
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GArray) accounts = NULL;
  g_autofree char *header = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL)
    return NULL;
  accounts = read_bank_accounts (db, group_id, error);
  if (accounts == NULL)
    return NULL;

  /* Translators: the title of the printed bank book ("สมุดบัญชีธนาคาร"). */
  doc = sajja_page_document_new (_("Bank Book"));
  header = _sajja_print_group_header (group);
  sajja_page_document_set_header (doc, header);
  sajja_page_document_add_title (doc, _("Bank Book"));
  _sajja_print_add_group_lines (doc, group);
  _sajja_print_add_printed_on (doc);

  if (accounts->len == 0)
    /* Translators: the bank book of a group without bank accounts. */
    sajja_page_document_add_paragraph (doc, _("The group has no bank account."), SAJJA_PAGE_ALIGN_LEFT);

  for (guint i = 0; i < accounts->len; i++)
    {
      BankAccountRow *account = &g_array_index (accounts, BankAccountRow, i);
      const SajjaPageColumn columns[] = {
        { C_("table column", "Date"), 1.35, SAJJA_PAGE_ALIGN_CENTER },
        { C_("table column", "Description"), 3.3, SAJJA_PAGE_ALIGN_LEFT },
        /* Translators: a column of the bank book: money into the bank ("ฝาก"). */
        { C_("bank book", "In"), 1.35, SAJJA_PAGE_ALIGN_RIGHT },
        /* Translators: a column of the bank book: money out of the bank ("ถอน"). */
        { C_("bank book", "Out"), 1.35, SAJJA_PAGE_ALIGN_RIGHT },
        { _("Balance"), 1.45, SAJJA_PAGE_ALIGN_RIGHT },
      };
      SajjaPageTable *table;
      g_auto(GStrv) lines = NULL;

      sajja_page_document_add_space (doc, 6);
      sajja_page_document_add_heading (doc, account->title);
      table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
      if (!foreach_bank_movement (db, account->id, add_bank_row, table, error))
        return NULL;

      lines = reconciliation_lines (db, account->id);
      sajja_page_document_add_space (doc, 4);
      if (lines == NULL)
        /* Translators: the bank book of an account without a statement balance. */
        sajja_page_document_add_paragraph (doc, _("No balance from the bank’s statement is recorded yet."),
                                           SAJJA_PAGE_ALIGN_LEFT);
      else
        for (guint l = 0; lines[l] != NULL; l++)
          sajja_page_document_add_paragraph (doc, lines[l], SAJJA_PAGE_ALIGN_LEFT);
    }

  {
    const SajjaPageSignature signatures[] = {
      { _("treasurer"), NULL },
      { _("checked by"), NULL },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  return g_steal_pointer (&doc);
}

static void
append_bank_text (gpointer    user_data,
                  const char *day,
                  const char *description,
                  gint64      amount,
                  gint64      balance)
{
  g_autofree char *date = _sajja_print_format_date_be (day, SAJJA_DATE_STYLE_SHORT);
  g_autofree char *amount_text = sajja_money_format (amount);
  g_autofree char *balance_text = sajja_money_format (balance);

  g_string_append_printf (user_data, "  %s  %s  %s  %s\n", date, description, amount_text, balance_text);
}

char *
sajja_print_bank_book_text (SajjaDb  *db,
                            gint64    group_id,
                            GError  **error)
{
  g_autoptr(GArray) accounts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  accounts = read_bank_accounts (db, group_id, error);
  if (accounts == NULL)
    return NULL;
  if (accounts->len == 0)
    g_string_append_printf (out, "%s\n", _("The group has no bank account."));

  for (guint i = 0; i < accounts->len; i++)
    {
      BankAccountRow *account = &g_array_index (accounts, BankAccountRow, i);
      g_auto(GStrv) lines = NULL;

      g_string_append_printf (out, "%s\n", account->title);
      if (!foreach_bank_movement (db, account->id, append_bank_text, out, error))
        return NULL;
      lines = reconciliation_lines (db, account->id);
      if (lines == NULL)
        g_string_append_printf (out, "  %s\n", _("No balance from the bank’s statement is recorded yet."));
      else
        for (guint l = 0; lines[l] != NULL; l++)
          g_string_append_printf (out, "  %s\n", lines[l]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
