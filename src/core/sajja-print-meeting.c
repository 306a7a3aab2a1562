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

/* One line of the summary: what, and its figure. */
typedef struct
{
  const char *label;
  char *value;
} Line;

static void
line_clear (Line *line)
{
  g_clear_pointer (&line->value, g_free);
}

/* A numbered part of the summary with its lines. */
typedef struct
{
  const char *heading;
  GArray *lines;   /* Line */
  gboolean aging;  /* the loans by days overdue: on paper, a table of its own */
} Section;

static void
section_clear (Section *section)
{
  g_clear_pointer (&section->lines, g_array_unref);
}

static void
add_line (Section    *section,
          const char *label,
          char       *value)
{
  Line line = { label, value };

  g_array_append_val (section->lines, line);
}

static Section *
new_section (GArray     *sections,
             const char *heading)
{
  Section section = { heading, g_array_new (FALSE, TRUE, sizeof (Line)), FALSE };

  g_array_set_clear_func (section.lines, (GDestroyNotify) line_clear);
  g_array_append_val (sections, section);
  return &g_array_index (sections, Section, sections->len - 1);
}

static char *
count (guint n)
{
  return _sajja_print_format_count (n);
}

/* "3, 45,000.00 baht": loans and their principal. */
static char *
loans_and_baht (guint  n,
                gint64 satang)
{
  g_autofree char *baht = sajja_money_format (satang);

  /* Translators: loans: how many and the baht ("3 สัญญา 45,000.00 บาท"). */
  return g_strdup_printf (_("%u, %s baht"), n, baht);
}

/* The summary's parts, the same for the printed page and for the text: the members, savings,
 * loans, the loans by days overdue, and welfare with cash and bank. */
static GArray *
summary_sections (const SajjaMonthSummary *s)
{
  GArray *sections = g_array_new (FALSE, TRUE, sizeof (Section));
  Section *section;

  g_array_set_clear_func (sections, (GDestroyNotify) section_clear);

  /* Translators: a heading of the month's summary ("สมาชิก"). */
  section = new_section (sections, _("1. Members"));
  add_line (section, _("Members at the start of the month"), count (s->members_start));
  add_line (section, _("Joined in the month"), count (s->members_joined));
  add_line (section, _("Left in the month"), count (s->members_left));
  add_line (section, _("Members at the end of the month"), count (s->members_end));

  /* Translators: a heading of the month's summary ("เงินออม"). */
  section = new_section (sections, _("2. Savings"));
  add_line (section, _("Pledged savings received (baht)"), sajja_money_format (s->pledges));
  add_line (section, _("Members who paid their pledge"), count (s->members_paid));
  {
    g_autofree char *owing = sajja_money_format (s->arrears);

    /* Translators: members in arrears and what they owe ("12 คน 2,400.00 บาท"). */
    add_line (section, _("Members owing pledges at the month's end"),
              g_strdup_printf (_("%u, owing %s baht"), s->members_in_arrears, owing));
  }
  add_line (section, _("Special deposits received (baht)"), sajja_money_format (s->special_in));
  add_line (section, _("Special deposits withdrawn (baht)"), sajja_money_format (s->special_out));
  add_line (section, _("Savings paid out to members who left (baht)"), sajja_money_format (s->settlements));
  add_line (section, _("Fines for late pledges (baht)"), sajja_money_format (s->savings_fines));
  add_line (section, _("Entry and loan fees (baht)"), sajja_money_format (s->fees));

  /* Translators: a heading of the month's summary ("เงินกู้"). */
  section = new_section (sections, _("3. Loans"));
  add_line (section, _("Loans paid out"), loans_and_baht (s->loans_disbursed, s->disbursed));
  add_line (section, _("Principal repaid (baht)"), sajja_money_format (s->principal_repaid));
  add_line (section, _("Loan interest received (baht)"), sajja_money_format (s->interest));
  add_line (section, _("Late repayment fines received (baht)"), sajja_money_format (s->loan_fines));
  add_line (section, _("Written off as bad debts (baht)"), sajja_money_format (s->written_off));
  add_line (section, _("Loans out at the month's end"), loans_and_baht (s->portfolio.loans, s->portfolio.outstanding));

  /* Translators: a heading of the month's summary: the loans by how long overdue. */
  section = new_section (sections, _("4. Loans by Days Overdue"));
  section->aging = TRUE;
  for (SajjaAging a = 0; a < SAJJA_N_AGING; a++)
    add_line (section, sajja_aging_get_title (a),
              loans_and_baht (s->portfolio.loans_by_aging[a], s->portfolio.outstanding_by_aging[a]));
  add_line (section, "PAR30", sajja_rate_format_bp (s->portfolio.par30_bp));

  /* Translators: a heading of the month's summary ("สวัสดิการ เงินสด และเงินฝากธนาคาร"). */
  section = new_section (sections, _("5. Welfare, Cash and Bank"));
  add_line (section, _("Welfare contributions received (baht)"), sajja_money_format (s->welfare_in));
  add_line (section, _("Welfare paid out (baht)"), sajja_money_format (s->welfare_paid));
  add_line (section, _("Cash on hand at the start (baht)"), sajja_money_format (s->cash_start));
  add_line (section, _("Cash on hand at the end (baht)"), sajja_money_format (s->cash_end));
  add_line (section, _("At the bank at the start (baht)"), sajja_money_format (s->bank_start));
  add_line (section, _("At the bank at the end (baht)"), sajja_money_format (s->bank_end));

  return sections;
}

/* The aging part on paper: loans and principal in columns of their own, then PAR30. */
static void
add_aging_table (SajjaPageDocument       *doc,
                 const Section           *section,
                 const SajjaMonthSummary *s)
{
  const SajjaPageColumn columns[] = {
    { C_("table column", "Days overdue"), 2.6, SAJJA_PAGE_ALIGN_LEFT },
    { C_("table column", "Loans"), 1.0, SAJJA_PAGE_ALIGN_RIGHT },
    { C_("table column", "Principal owed"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
  };
  SajjaPageTable *table;
  g_autofree char *par = sajja_rate_format_bp (s->portfolio.par30_bp);
  g_autofree char *par_line = NULL;

  sajja_page_document_add_heading (doc, section->heading);
  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (SajjaAging a = 0; a < SAJJA_N_AGING; a++)
    {
      g_autofree char *n = count (s->portfolio.loans_by_aging[a]);
      g_autofree char *amount = sajja_money_format (s->portfolio.outstanding_by_aging[a]);
      const char *cells[] = { sajja_aging_get_title (a), n, amount };

      sajja_page_table_add_row (table, cells);
    }
  /* Translators: the share of principal more than 30 days overdue (portfolio at risk). */
  par_line = g_strdup_printf (_("Portfolio at risk over 30 days (PAR30): %s"), par);
  sajja_page_document_add_paragraph (doc, par_line, SAJJA_PAGE_ALIGN_LEFT);
}

static void
add_section_table (SajjaPageDocument *doc,
                   const Section     *section)
{
  const SajjaPageColumn columns[] = {
    { C_("table column", "Item"), 4.0, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of the month's summary: amounts or counts ("จำนวน"). */
    { C_("summary column", "Figure"), 1.6, SAJJA_PAGE_ALIGN_RIGHT },
  };
  SajjaPageTable *table;

  sajja_page_document_add_heading (doc, section->heading);
  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < section->lines->len; i++)
    {
      const Line *line = &g_array_index (section->lines, Line, i);
      const char *cells[] = { line->label, line->value };

      sajja_page_table_add_row (table, cells);
    }
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
  g_autoptr(GArray) sections = NULL;
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

  sections = summary_sections (&s);
  for (guint i = 0; i < sections->len; i++)
    {
      const Section *section = &g_array_index (sections, Section, i);

      if (section->aging)
        add_aging_table (doc, section, &s);
      else
        add_section_table (doc, section);
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

char *
sajja_print_month_summary_text (SajjaDb      *db,
                                gint64        group_id,
                                SajjaPeriod   period,
                                GError      **error)
{
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(GArray) sections = NULL;
  g_autofree char *month = NULL;
  g_autofree char *last = NULL;
  SajjaMonthSummary s;
  GString *out;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL || !sajja_month_summary_compute (db, group_id, period, &s, error))
    return NULL;

  month = sajja_period_format_full (period, SAJJA_ERA_BE, TRUE, sajja_date_use_thai_names ());
  last = sajja_date_format_iso (s.last_day, SAJJA_DATE_STYLE_SHORT);
  out = g_string_new (NULL);
  /* Translators: the first line of the month's summary as text: the group, the month, the day of
   * the figures. */
  g_string_append_printf (out, _("%s, %s (figures at the end of %s)\n"), sajja_group_get_name (group), month, last);
  sections = summary_sections (&s);
  for (guint i = 0; i < sections->len; i++)
    {
      const Section *section = &g_array_index (sections, Section, i);

      g_string_append_printf (out, "%s\n", section->heading);
      for (guint j = 0; j < section->lines->len; j++)
        {
          const Line *line = &g_array_index (section->lines, Line, j);

          g_string_append_printf (out, "  %s: %s\n", line->label, line->value);
        }
    }
  return g_string_free (out, FALSE);
}
