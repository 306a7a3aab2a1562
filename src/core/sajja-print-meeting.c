/* sajja-print-meeting.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-loan.h"
#include "sajja-money.h"
#include "sajja-month-summary.h"
#include "sajja-print-meeting.h"
#include "sajja-print-private.h"

typedef struct
{
  const char *label;
  char *value;        /* owned */
} Line;

static SajjaPageTable *
figures_table (SajjaPageDocument *doc,
               const char        *heading)
{
  const SajjaPageColumn columns[] = {
    { C_("table column", "Item"), 4.0, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of the month's summary: amounts or counts ("จำนวน"). */
    { C_("summary column", "Figure"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
  };

  sajja_page_document_add_heading (doc, heading);
  return sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
}

static void
add_lines (SajjaPageTable *table,
           Line           *lines,
           guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      const char *cells[] = { lines[i].label, lines[i].value };

      sajja_page_table_add_row (table, cells);
      g_free (lines[i].value);
    }
}

static char *
count (guint n)
{
  return _sajja_print_format_count (n);
}

SajjaPageDocument *
sajja_print_month_summary (SajjaDb      *db,
                           gint64        group_id,
                           SajjaPeriod   period,
                           GError      **error)
{
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *month = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *last = NULL;
  SajjaMonthSummary s;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL || !sajja_month_summary_compute (db, group_id, period, &s, error))
    return NULL;

  month = sajja_period_format_full (period, SAJJA_ERA_BE, TRUE, sajja_date_use_thai_names ());
  /* Translators: the PDF's title: the month's summary and the month ("มิถุนายน 2569"). */
  doc_title = g_strdup_printf (_("Monthly summary %s"), month);
  doc = sajja_page_document_new (doc_title);
  header = _sajja_print_group_header (group);
  sajja_page_document_set_header (doc, header);

  /* Translators: the title of the month's financial summary ("สรุปผลการดำเนินงานประจำเดือน"). */
  sajja_page_document_add_title (doc, _("Monthly Summary of Operations"));
  _sajja_print_add_group_lines (doc, group);
  last = _sajja_print_format_date_be (s.last_day, SAJJA_DATE_STYLE_LONG);
  /* Translators: under the summary's title: the month, and the day its figures stand at. */
  subtitle = g_strdup_printf (_("Month of %s, figures at the end of %s"), month, last);
  sajja_page_document_add_paragraph (doc, subtitle, SAJJA_PAGE_ALIGN_CENTER);
  _sajja_print_add_printed_on (doc);

  {
    Line lines[] = {
      { _("Members at the start of the month"), count (s.members_start) },
      { _("Joined in the month"), count (s.members_joined) },
      { _("Left in the month"), count (s.members_left) },
      { _("Members at the end of the month"), count (s.members_end) },
    };

    /* Translators: a heading of the month's summary ("สมาชิก"). */
    add_lines (figures_table (doc, _("1. Members")), lines, G_N_ELEMENTS (lines));
  }
  {
    g_autofree char *owing = sajja_money_format (s.arrears);
    /* Translators: members in arrears and what they owe ("12 คน 2,400.00 บาท"). */
    g_autofree char *arrears = g_strdup_printf (_("%u, owing %s baht"), s.members_in_arrears, owing);
    Line lines[] = {
      { _("Pledged savings received (baht)"), sajja_money_format (s.pledges) },
      { _("Members who paid their pledge"), count (s.members_paid) },
      { _("Members owing pledges at the month's end"), g_strdup (arrears) },
      { _("Special deposits received (baht)"), sajja_money_format (s.special_in) },
      { _("Special deposits withdrawn (baht)"), sajja_money_format (s.special_out) },
      { _("Savings paid out to members who left (baht)"), sajja_money_format (s.settlements) },
      { _("Fines for late pledges (baht)"), sajja_money_format (s.savings_fines) },
      { _("Entry and loan fees (baht)"), sajja_money_format (s.fees) },
    };

    /* Translators: a heading of the month's summary ("เงินออม"). */
    add_lines (figures_table (doc, _("2. Savings")), lines, G_N_ELEMENTS (lines));
  }
  {
    g_autofree char *paid_out = sajja_money_format (s.disbursed);
    g_autofree char *owed_baht = sajja_money_format (s.portfolio.outstanding);
    /* Translators: loans: how many and the baht ("3 สัญญา 45,000.00 บาท"). */
    g_autofree char *out = g_strdup_printf (_("%u, %s baht"), s.loans_disbursed, paid_out);
    g_autofree char *owed = g_strdup_printf (_("%u, %s baht"), s.portfolio.loans, owed_baht);
    Line lines[] = {
      { _("Loans paid out"), g_strdup (out) },
      { _("Principal repaid (baht)"), sajja_money_format (s.principal_repaid) },
      { _("Loan interest received (baht)"), sajja_money_format (s.interest) },
      { _("Late repayment fines received (baht)"), sajja_money_format (s.loan_fines) },
      { _("Written off as bad debts (baht)"), sajja_money_format (s.written_off) },
      { _("Loans out at the month's end"), g_strdup (owed) },
    };

    /* Translators: a heading of the month's summary ("เงินกู้"). */
    add_lines (figures_table (doc, _("3. Loans")), lines, G_N_ELEMENTS (lines));
  }
  {
    const SajjaPageColumn columns[] = {
      { C_("table column", "Days overdue"), 2.6, SAJJA_PAGE_ALIGN_LEFT },
      { C_("table column", "Loans"), 1.0, SAJJA_PAGE_ALIGN_RIGHT },
      { C_("table column", "Principal owed"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
    };
    SajjaPageTable *table;
    g_autofree char *par = sajja_rate_format_bp (s.portfolio.par30_bp);
    g_autofree char *par_line = NULL;

    /* Translators: a heading of the month's summary: the loans by how long overdue. */
    sajja_page_document_add_heading (doc, _("4. Loans by Days Overdue"));
    table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
    for (SajjaAging a = 0; a < SAJJA_N_AGING; a++)
      {
        g_autofree char *n = count (s.portfolio.loans_by_aging[a]);
        g_autofree char *amount = sajja_money_format (s.portfolio.outstanding_by_aging[a]);
        const char *cells[] = { sajja_aging_get_title (a), n, amount };

        sajja_page_table_add_row (table, cells);
      }
    /* Translators: the share of principal more than 30 days overdue (portfolio at risk). */
    par_line = g_strdup_printf (_("Portfolio at risk over 30 days (PAR30): %s"), par);
    sajja_page_document_add_paragraph (doc, par_line, SAJJA_PAGE_ALIGN_LEFT);
  }
  {
    Line lines[] = {
      { _("Welfare contributions received (baht)"), sajja_money_format (s.welfare_in) },
      { _("Welfare paid out (baht)"), sajja_money_format (s.welfare_paid) },
      { _("Cash on hand at the start (baht)"), sajja_money_format (s.cash_start) },
      { _("Cash on hand at the end (baht)"), sajja_money_format (s.cash_end) },
      { _("At the bank at the start (baht)"), sajja_money_format (s.bank_start) },
      { _("At the bank at the end (baht)"), sajja_money_format (s.bank_end) },
    };

    /* Translators: a heading of the month's summary ("สวัสดิการ เงินสด และเงินฝากธนาคาร"). */
    add_lines (figures_table (doc, _("5. Welfare, Cash and Bank")), lines, G_N_ELEMENTS (lines));
  }

  sajja_page_document_add_space (doc, 12);
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line ("เหรัญญิก ผู้จัดทำ"). */
      { _("treasurer, who prepared it"), NULL },
      /* Translators: under a signature line ("ประธานกลุ่ม ผู้รับรอง"). */
      { _("chair, who certifies it"), NULL },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  return g_steal_pointer (&doc);
}
