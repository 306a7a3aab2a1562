/* sajja-print-loans.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loan contract with its guarantee contracts, the repayment schedule, the receipt of a
 * repayment and the notice to a guarantor, as SajjaPageDocuments. Amounts in words are made from
 * the amounts in figures; dates are in the Buddhist Era. The legal clauses follow domain.md §1.6.
 */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sajja-committee.h"
#include "sajja-date.h"
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-loan.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-print-loans.h"
#include "sajja-thai-id.h"
#include "sajja-print-private.h"

/* Slot widths on the forms, in points. */
#define SLOT_NUMBER 50.0
#define SLOT_MONEY  80.0
#define SLOT_ID     128.0
#define SLOT_DATE   130.0
#define SLOT_DAY    30.0
#define SLOT_MONTH  84.0
#define SLOT_YEAR   44.0

/* ม.686: the creditor notifies each guarantor within this many days of the default. */
#define NOTICE_DAYS 60

/* ---- helpers ----------------------------------------------------------------------------- */

static char *
format_number (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* @iso plus @days, ISO; NULL when @iso is not a date. */
static char *
add_days (const char *iso,
          int         days)
{
  GDate date;

  if (iso == NULL || !sajja_date_from_iso (iso, &date, NULL))
    return NULL;
  g_date_add_days (&date, (guint) days);
  return sajja_date_to_iso (&date);
}

/* One "label ....value...." line taking the whole width. */
static void
add_line (SajjaPageDocument *doc,
          const char        *label,
          const char        *value)
{
  const SajjaPageField fields[] = {
    { label, value != NULL ? value : "", 0, SAJJA_PAGE_FIELD_FILL },
  };

  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
}

/* "label ....figures.... บาท": an amount in figures only. */
static void
add_money_line (SajjaPageDocument *doc,
                const char        *label,
                gint64             satang)
{
  g_autofree char *figures = sajja_money_format (satang);
  const SajjaPageField fields[] = {
    { label, figures, SLOT_MONEY, SAJJA_PAGE_FIELD_DEFAULT },
    /* Translators: the currency after an amount on a form ("บาท"). */
    { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
  };

  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
}

/* "label ….. บาท (…บาทถ้วน)": the figures and the words made from them. */
static void
add_amount (SajjaPageDocument *doc,
            const char        *label,
            gint64             satang)
{
  g_autofree char *figures = sajja_money_format (satang);
  g_autofree char *words = sajja_money_to_thai_words (satang);
  const SajjaPageField fields[] = {
    { label, figures, SLOT_MONEY, SAJJA_PAGE_FIELD_DEFAULT },
    { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    { "(", words, 0, SAJJA_PAGE_FIELD_FILL },
    { ")", NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
  };

  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
}

/* "เขียนที่ … / วันที่ …" for a day given as ISO, or blank slots without one. */
static void
add_place_and_date_iso (SajjaPageDocument *doc,
                        const char        *place,
                        const char        *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso != NULL)
    sajja_date_from_iso (iso, &date, NULL);
  _sajja_print_add_place_and_date (doc, place, g_date_valid (&date) ? &date : NULL);
}

/* A numbered clause of a contract: "3. …", indented as in Thai official letters. */
static void
add_clause (SajjaPageDocument *doc,
            guint             *number,
            const char        *text)
{
  g_autofree char *numbered = g_strdup_printf ("%u. %s", ++*number, text);

  sajja_page_document_add_paragraph (doc, numbered, SAJJA_PAGE_ALIGN_INDENTED);
}

/* The holder of @position on the executive committee on @on (today when NULL), or "". */
static char *
find_officer (SajjaDb       *db,
              gint64         group_id,
              SajjaPosition  position,
              const char    *on)
{
  g_autofree char *today = on == NULL ? sajja_date_today_iso () : NULL;
  g_autoptr(GPtrArray) terms = sajja_committee_list (db, group_id, on != NULL ? on : today, NULL);

  if (terms == NULL)
    return g_strdup ("");
  for (guint i = 0; i < terms->len; i++)
    {
      SajjaCommitteeTerm *term = g_ptr_array_index (terms, i);

      if (term->committee == SAJJA_COMMITTEE_EXECUTIVE && term->position == position)
        return g_strdup (term->member_name);
    }
  return g_strdup ("");
}

/* A loan with its borrower and group. */
typedef struct
{
  SajjaLoan *loan;
  SajjaMember *member;
  SajjaGroup *group;
  char *member_name;
  char *member_no;
  char *loan_no;
} LoanDoc;

static void
loan_doc_free (LoanDoc *d)
{
  if (d == NULL)
    return;
  g_clear_pointer (&d->loan, sajja_loan_free);
  g_clear_object (&d->member);
  g_clear_object (&d->group);
  g_free (d->member_name);
  g_free (d->member_no);
  g_free (d->loan_no);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoanDoc, loan_doc_free)

static LoanDoc *
loan_doc_read (SajjaDb  *db,
               gint64    loan_id,
               GError  **error)
{
  g_autoptr(LoanDoc) d = g_new0 (LoanDoc, 1);

  d->loan = sajja_loan_get (db, loan_id, error);
  if (d->loan == NULL)
    return NULL;
  d->member = sajja_member_find_by_id (db, d->loan->member_id, error);
  if (d->member == NULL)
    return NULL;
  d->group = _sajja_print_find_group (db, d->loan->group_id, error);
  if (d->group == NULL)
    return NULL;
  d->member_name = sajja_member_dup_full_name (d->member);
  d->member_no = g_strdup_printf ("%d", sajja_member_get_member_no (d->member));
  d->loan_no = format_number (d->loan->number);
  return g_steal_pointer (&d);
}

/* A document for a loan, with the group in the top margin of pages after the first. */
static SajjaPageDocument *
loan_doc_new_document (LoanDoc    *d,
                       const char *title)
{
  SajjaPageDocument *doc = sajja_page_document_new (title);
  g_autofree char *header = _sajja_print_group_header (d->group);

  sajja_page_document_set_header (doc, header);
  return doc;
}

/* A refused loan was never lent: it has no contract and no schedule. */
static gboolean
check_not_refused (LoanDoc  *d,
                   GError  **error)
{
  if (d->loan->status != SAJJA_LOAN_REFUSED)
    return TRUE;
  g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE,
               /* Translators: %lld is the loan's number. */
               _("Loan no. %lld was refused: it has no contract or repayment schedule to print."),
               (long long) d->loan->number);
  return FALSE;
}

/* The due day of the first instalment of the loan's first schedule, or NULL before it is paid
 * out. */
static char *
first_due_day (SajjaDb  *db,
               gint64    loan_id,
               GError  **error)
{
  sqlite3_stmt *stmt;
  char *due = NULL;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT i.due_on FROM loan_schedules s JOIN loan_instalments i ON i.schedule_id = s.id "
                           "WHERE s.loan_id = ?1 ORDER BY s.version, i.number LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    due = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
  return due;
}

/* "Applied on …  Approved on …  Paid out on …", with what is known. */
static void
add_loan_history (SajjaPageDocument *doc,
                  SajjaLoan         *loan)
{
  g_autofree char *applied = _sajja_print_format_date_be (loan->applied_on, SAJJA_DATE_STYLE_LONG);
  g_autofree char *decided = loan->decided_on != NULL ? _sajja_print_format_date_be (loan->decided_on, SAJJA_DATE_STYLE_LONG) : NULL;
  g_autofree char *paid = loan->disbursed_on != NULL ? _sajja_print_format_date_be (loan->disbursed_on, SAJJA_DATE_STYLE_LONG) : NULL;
  SajjaPageField fields[3];
  guint n = 0;

  /* Translators: on a loan's documents, before the day the loan was applied for ("ยื่นคำขอกู้เมื่อ"). */
  fields[n++] = (SajjaPageField) { _("Applied on"), applied, 0, SAJJA_PAGE_FIELD_DEFAULT };
  if (decided != NULL && loan->status != SAJJA_LOAN_REFUSED)
    /* Translators: on a loan's documents, before the day the committee approved the loan ("อนุมัติเมื่อ"). */
    fields[n++] = (SajjaPageField) { _("approved on"), decided, 0, SAJJA_PAGE_FIELD_DEFAULT };
  if (paid != NULL)
    /* Translators: on a loan's documents, before the day the money was paid out ("จ่ายเงินกู้เมื่อ"). */
    fields[n++] = (SajjaPageField) { _("paid out on"), paid, 0, SAJJA_PAGE_FIELD_DEFAULT };
  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, n);

  if (loan->resolution != NULL && *loan->resolution != '\0' && loan->status != SAJJA_LOAN_REFUSED)
    /* Translators: on a loan's documents, before the committee's resolution that approved it
     * ("ตามมติคณะกรรมการ"). */
    add_line (doc, _("by the committee’s resolution"), loan->resolution);
}

/* ---- the contract ------------------------------------------------------------------------- */

static void
add_borrower (SajjaPageDocument *doc,
              LoanDoc           *d)
{
  g_autofree char *national_id = _sajja_print_format_id (sajja_member_get_national_id (d->member));

  {
    const SajjaPageField fields[] = {
      /* Translators: in the loan contract, before the borrower's name ("ข้าพเจ้า"). */
      { _("I,"), d->member_name, 0, SAJJA_PAGE_FIELD_FILL },
      /* Translators: on a form, before the member's number ("สมาชิกเลขที่"). */
      { _("member no."), d->member_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on a form, before the 13-digit ID ("เลขประจำตัวประชาชน"). */
      { _("National ID number"), national_id, SLOT_ID, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  /* Translators: on a form, before the address ("ที่อยู่"). */
  add_line (doc, _("Address"), sajja_member_get_address (d->member));
}

/* The spouse's name, or NULL when the borrower has none recorded. */
static char *
find_spouse (SajjaDb      *db,
             SajjaMember  *member,
             GError      **error)
{
  if (sajja_member_get_spouse_id (member) != 0)
    {
      g_autoptr(SajjaMember) spouse = sajja_member_find_by_id (db, sajja_member_get_spouse_id (member), error);

      if (spouse == NULL)
        return NULL;
      return sajja_member_dup_full_name (spouse);
    }
  if (*sajja_member_get_spouse_name (member) != '\0')
    return g_strdup (sajja_member_get_spouse_name (member));
  return g_strdup ("");
}

static void
add_contract_terms (SajjaPageDocument *doc,
                    LoanDoc           *d,
                    const char        *first_due)
{
  SajjaLoan *loan = d->loan;
  guint clause = 0;
  g_autofree char *cap = sajja_rate_format_bp (SAJJA_LOAN_USURY_CAP_BP);

  /* Clause 1: the sum, or the goods and their value. */
  if (loan->in_kind_item != NULL && *loan->in_kind_item != '\0')
    {
      g_autofree char *quantity = _sajja_print_format_count (loan->in_kind_quantity);
      g_autofree char *price = sajja_money_format (loan->in_kind_price);
      g_autofree char *text = NULL;

      /* Translators: clause 1 of the contract of a loan in kind ("ผู้กู้ได้กู้ยืมเป็นสิ่งของจากผู้ให้กู้
       * ได้แก่ ปุ๋ยเคมี จำนวน 20 กระสอบ ในราคา 500.00 บาทต่อกระสอบ"). The %s are the goods, the
       * quantity, the unit, the price of one unit in baht and the unit again. */
      text = g_strdup_printf (_("The borrower borrows from the lender, as goods: %s, %s %s at %s baht a %s,"),
                              loan->in_kind_item, quantity, loan->in_kind_unit, price, loan->in_kind_unit);
      add_clause (doc, &clause, text);
      /* Translators: in the contract of a loan in kind, before the goods' value ("คิดเป็นมูลค่า"). */
      add_amount (doc, _("valued at"), loan->amount);
    }
  else
    {
      /* Translators: clause 1 of the loan contract ("ผู้กู้ได้กู้ยืมเงินจากผู้ให้กู้"), followed by the
       * amount in figures and words. */
      add_clause (doc, &clause, _("The borrower borrows money from the lender"));
      /* Translators: in the loan contract, before the amount ("เป็นจำนวนเงิน"). */
      add_amount (doc, _("the sum of"), loan->amount);
    }
  {
    const SajjaPageField fields[] = {
      /* Translators: in the loan contract, before the loan's purpose ("เพื่อนำไปใช้ในการ"). */
      { _("for the purpose of"), loan->purpose, 0, SAJJA_PAGE_FIELD_FILL },
    };
    const SajjaPageField product[] = {
      /* Translators: in the loan contract, before the kind of loan ("ประเภทเงินกู้"). */
      { _("type of loan"), loan->product_name, 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, product, G_N_ELEMENTS (product));
  }
  if (loan->in_kind_item != NULL && *loan->in_kind_item != '\0')
    sajja_page_document_add_paragraph (doc,
                                       /* Translators: in the contract of a loan in kind ("ผู้กู้จะชำระคืนเงินกู้นี้เป็นเงิน"). */
                                       _("The borrower repays this loan in money, not in goods."),
                                       SAJJA_PAGE_ALIGN_LEFT);
  if (loan->disbursed_on != NULL)
    {
      g_autofree char *paid = _sajja_print_format_date_be (loan->disbursed_on, SAJJA_DATE_STYLE_LONG);
      g_autofree char *text = NULL;

      if (loan->in_kind_item != NULL && *loan->in_kind_item != '\0')
        /* Translators: in the contract of a loan in kind; %s is the day ("ผู้กู้ได้รับสิ่งของครบถ้วนแล้วเมื่อวันที่"). */
        text = g_strdup_printf (_("The borrower received the goods in full on %s."), paid);
      else
        /* Translators: in the loan contract; %s is the day ("ผู้กู้ได้รับเงินกู้ครบถ้วนแล้วเมื่อวันที่"). */
        text = g_strdup_printf (_("The borrower received the money in full on %s."), paid);
      sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_LEFT);
    }

  /* Clause 2: the interest. */
  {
    g_autofree char *rate = sajja_rate_format (loan->rate);
    g_autofree char *effective = sajja_rate_format_bp (loan->effective_bp);

    /* Translators: clause 2 of the loan contract, followed by the rate ("ผู้กู้ตกลงเสียดอกเบี้ยให้แก่ผู้ให้กู้"). */
    add_clause (doc, &clause, _("The borrower agrees to pay the lender interest"));
    {
      const SajjaPageField fields[] = {
        /* Translators: in the loan contract, before the rate as quoted ("ในอัตรา"), such as "1.25% a month". */
        { _("at the rate of"), rate, 0, SAJJA_PAGE_FIELD_DEFAULT },
        /* Translators: in the loan contract, before the effective yearly rate, fees included
         * ("คิดเป็นอัตราดอกเบี้ยที่แท้จริงต่อปี ร้อยละ"), such as "15.00%". */
        { _("an effective yearly rate of"), effective, 0, SAJJA_PAGE_FIELD_DEFAULT },
      };
      const SajjaPageField method[] = {
        /* Translators: in the loan contract, before how the loan is repaid ("วิธีการชำระคืน"). */
        { _("repaid by the method"), sajja_loan_method_get_title (loan->method), 0, SAJJA_PAGE_FIELD_FILL },
      };

      sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
      sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, method, G_N_ELEMENTS (method));
    }
    {
      g_autofree char *text = NULL;

      /* Translators: in the loan contract: ป.พ.พ. ม.654 and ม.655; %s is the legal ceiling, "15.00%"
       * ("ดอกเบี้ยตามสัญญานี้ รวมค่าธรรมเนียมแล้ว ไม่เกินร้อยละ 15 ต่อปี ตามประมวลกฎหมายแพ่งและพาณิชย์
       * มาตรา 654 และผู้ให้กู้จะไม่คิดดอกเบี้ยทบต้นจากดอกเบี้ยที่ค้างชำระ ตามมาตรา 655"). */
      text = g_strdup_printf (_("The interest under this contract, fees included, is never more than %s a year "
                                "(Civil and Commercial Code section 654), and the lender never charges interest "
                                "on unpaid interest (section 655)."), cap);
      sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_LEFT);
    }
  }

  /* Clause 3: the instalments. */
  {
    g_autofree char *months = g_strdup_printf ("%u", loan->months);
    g_autofree char *first = first_due != NULL ? _sajja_print_format_date_be (first_due, SAJJA_DATE_STYLE_LONG) : NULL;

    /* Translators: clause 3 of the loan contract ("ผู้กู้จะชำระคืนเงินต้นพร้อมดอกเบี้ยเป็นงวดรายเดือน"). */
    add_clause (doc, &clause, _("The borrower will repay the principal with its interest in monthly instalments, as in the repayment schedule attached to this contract:"));
    {
      const SajjaPageField fields[] = {
        /* Translators: in the loan contract, before the number of instalments ("จำนวน … งวด"). */
        { C_("loan contract", "in"), months, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
        /* Translators: in the loan contract, after the number of instalments ("งวด"). */
        { _("monthly instalments,"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
        /* Translators: in the loan contract, before the first due day ("เริ่มชำระงวดแรกวันที่").
         * Left blank before the loan is paid out. */
        { _("the first due on"), first != NULL ? first : "", 0, SAJJA_PAGE_FIELD_FILL },
      };

      sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    }
    if (first == NULL)
      sajja_page_document_add_paragraph (doc,
                                         /* Translators: in the loan contract of a loan not yet paid out. */
                                         _("The first instalment falls due one month after the loan is paid out, on the same day of the month, and the later ones on the same day of each following month."),
                                         SAJJA_PAGE_ALIGN_LEFT);
    if (loan->fee > 0)
      /* Translators: in the loan contract, before the fee taken when the loan is paid out
       * ("ผู้กู้ชำระค่าธรรมเนียมเงินกู้ ซึ่งหักจากเงินที่จ่าย เป็นจำนวน"). */
      add_money_line (doc, _("The borrower pays a loan fee, taken when the loan is paid out, of"), loan->fee);
  }

  /* Clause 4: late payment. */
  {
    g_autofree char *text = NULL;

    if (loan->late_fine_bp > 0)
      {
        SajjaRate fine = { loan->late_fine_bp, SAJJA_RATE_PER_YEAR };
        g_autofree char *fine_text = sajja_rate_format (fine);

        /* Translators: clause 4 of the loan contract, ป.พ.พ. ม.224/1: %u is the grace days, %s the
         * fine's rate such as "3.00% a year" ("หากผู้กู้ไม่ชำระงวดใดภายใน %u วันนับแต่วันครบกำหนด
         * ผู้กู้ยอมเสียค่าปรับในอัตรา %s เฉพาะจากเงินต้นของงวดที่ค้างชำระ ไม่ใช่จากเงินกู้ทั้งหมด
         * ตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 224/1"). */
        text = g_strdup_printf (_("If the borrower does not pay an instalment within %u days after its due day, the "
                                  "borrower pays a late fine of %s, counted only on the principal of the overdue "
                                  "instalment and never on the whole loan (Civil and Commercial Code section 224/1)."),
                                loan->grace_days, fine_text);
      }
    else
      /* Translators: clause 4 of the loan contract when the product has no late fine, ป.พ.พ. ม.224/1
       * ("สัญญานี้ไม่มีค่าปรับการชำระล่าช้า หากมีดอกเบี้ยผิดนัด จะคิดเฉพาะจากเงินต้นของงวดที่ค้างชำระ
       * ตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 224/1"). */
      text = g_strdup (_("This contract charges no late fine. Any default interest is counted only on the "
                         "principal of the overdue instalment and never on the whole loan (Civil and Commercial "
                         "Code section 224/1)."));
    add_clause (doc, &clause, text);
  }

  /* Clause 5: proof of repayment. */
  add_clause (doc, &clause,
              /* Translators: clause 5 of the loan contract, ป.พ.พ. ม.653 ("การชำระหนี้ตามสัญญานี้ทุกครั้ง
               * ผู้กู้จะได้รับใบเสร็จรับเงินที่ผู้ให้กู้ลงลายมือชื่อ ซึ่งเป็นหลักฐานการชำระหนี้ ตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 653"). */
              _("For every repayment the borrower receives a receipt signed for the lender by its treasurer. Only such a receipt, or the return or cancellation of this contract, proves a repayment (Civil and Commercial Code section 653)."));

  /* Clause 6: default and the guarantors. */
  if (loan->guarantors != NULL && loan->guarantors->len > 0)
    add_clause (doc, &clause,
                /* Translators: clause 6 of the loan contract, ป.พ.พ. ม.686. */
                _("If the borrower defaults, the lender notifies each guarantor in writing within 60 days of the default (Civil and Commercial Code section 686)."));

  add_clause (doc, &clause,
              /* Translators: the last clause of the loan contract. */
              _("The borrower has read and understood this contract, which agrees with the borrower’s intent, and signs it below before the witnesses."));
}

static gboolean
add_guarantee (SajjaDb           *db,
               SajjaPageDocument *doc,
               LoanDoc           *d,
               gint64             guarantor_id,
               guint              index,
               GError           **error)
{
  g_autoptr(SajjaMember) guarantor = sajja_member_find_by_id (db, guarantor_id, error);
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;
  g_autofree char *national_id = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *words = NULL;

  if (guarantor == NULL)
    return FALSE;

  name = sajja_member_dup_full_name (guarantor);
  number = g_strdup_printf ("%d", sajja_member_get_member_no (guarantor));
  national_id = _sajja_print_format_id (sajja_member_get_national_id (guarantor));
  amount = sajja_money_format (d->loan->amount);
  words = sajja_money_to_thai_words (d->loan->amount);

  /* Translators: the heading of one guarantor's block of the guarantee contract ("ผู้ค้ำประกันคนที่ 1"). */
  heading = g_strdup_printf (_("Guarantor %u"), index);
  sajja_page_document_add_heading (doc, heading);
  {
    const SajjaPageField fields[] = {
      /* Translators: in the guarantee contract, before the guarantor's name ("ข้าพเจ้า"). */
      { _("I,"), name, 0, SAJJA_PAGE_FIELD_FILL },
      { _("member no."), number, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField id_fields[] = {
      { _("National ID number"), national_id, SLOT_ID, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, id_fields, G_N_ELEMENTS (id_fields));
    add_line (doc, _("Address"), sajja_member_get_address (guarantor));
  }
  /* Translators: the guarantee: the borrower's name, member number, the loan's number, the amount
   * in figures and in Thai words ("ขอทำสัญญาค้ำประกันไว้ต่อผู้ให้กู้ เพื่อเป็นหลักประกันหนี้ของ %s
   * สมาชิกเลขที่ %s ตามสัญญากู้เงินเลขที่ %s จำนวนเงิน %s บาท (%s) รวมทั้งดอกเบี้ยตามสัญญานั้น"). */
  text = g_strdup_printf (_("guarantee to the lender the debt of %s, member no. %s, under loan contract no. %s "
                            "for the sum of %s baht (%s), with its interest under that contract."),
                          d->member_name, d->member_no, d->loan_no, amount, words);
  sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_INDENTED);
  sajja_page_document_add_paragraph (doc,
                                     /* Translators: in the guarantee contract, ป.พ.พ. ม.686 ("เมื่อผู้กู้ผิดนัด
                                      * ผู้ให้กู้ต้องมีหนังสือบอกกล่าวไปยังผู้ค้ำประกันภายใน 60 วันนับแต่วันที่ผู้กู้ผิดนัด
                                      * และจะเรียกให้ผู้ค้ำประกันชำระหนี้ก่อนหนังสือบอกกล่าวไปถึงไม่ได้ ตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 686"). */
                                     _("When the borrower defaults, the lender must notify me in writing within 60 days of the default, and may not demand payment from me before the notice reaches me (Civil and Commercial Code section 686)."),
                                     SAJJA_PAGE_ALIGN_INDENTED);
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the guarantor ("ผู้ค้ำประกัน"). */
      { _("guarantor"), name },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }
  return TRUE;
}

/**
 * sajja_print_loan_contract:
 * @db: an open #SajjaDb
 * @loan_id: the loan
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the loan contract with the guarantee contracts, or %NULL with
 *   @error set
 */
SajjaPageDocument *
sajja_print_loan_contract (SajjaDb  *db,
                           gint64    loan_id,
                           GError  **error)
{
  g_autoptr(LoanDoc) d = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *first_due = NULL;
  g_autofree char *spouse = NULL;
  g_autofree char *chair = NULL;
  g_autofree char *treasurer = NULL;
  g_autoptr(GError) local = NULL;
  const char *contract_date = NULL;
  const char *officers_on = NULL;
  SajjaLoan *loan;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  d = loan_doc_read (db, loan_id, error);
  if (d == NULL || !check_not_refused (d, error))
    return NULL;
  loan = d->loan;

  if (loan->disbursed_on != NULL)
    {
      first_due = first_due_day (db, loan_id, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }
  spouse = find_spouse (db, d->member, error);
  if (spouse == NULL)
    return NULL;

  /* The contract is signed when the money is paid out; before that it is dated by hand, and
   * signed for the group by the officers of the day of the decision (or of today). */
  contract_date = loan->disbursed_on;
  if (contract_date != NULL)
    officers_on = contract_date;
  else if (loan->status == SAJJA_LOAN_APPROVED)
    officers_on = loan->decided_on;
  chair = find_officer (db, loan->group_id, SAJJA_POSITION_CHAIR, officers_on);
  treasurer = find_officer (db, loan->group_id, SAJJA_POSITION_TREASURER, officers_on);

  /* Translators: the PDF's title: "สัญญากู้เงิน เลขที่ 12". */
  doc_title = g_strdup_printf (_("Loan contract no. %lld"), (long long) loan->number);
  doc = loan_doc_new_document (d, doc_title);

  {
    const SajjaPageField fields[] = {
      /* Translators: on the loan contract, before its number ("สัญญาเลขที่"). */
      { _("Contract no."), d->loan_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
  }
  /* Translators: the title of the loan contract ("สัญญากู้เงิน"). */
  sajja_page_document_add_title (doc, _("Loan Contract"));
  _sajja_print_add_group_lines (doc, d->group);
  add_place_and_date_iso (doc, sajja_group_get_name (d->group), contract_date);
  add_loan_history (doc, loan);

  {
    g_autofree char *text = NULL;

    /* Translators: the opening of the loan contract; %s is the group's name ("สัญญานี้ทำขึ้นระหว่าง
     * %s โดยคณะกรรมการกลุ่ม ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ให้กู้” ฝ่ายหนึ่ง กับ"). */
    text = g_strdup_printf (_("This contract is made between %s, acting through its committee, called “the lender” in this contract, and"),
                            sajja_group_get_name (d->group));
    sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_INDENTED);
  }
  add_borrower (doc, d);
  if (*spouse != '\0')
    /* Translators: in the loan contract, before the borrower's spouse's name ("คู่สมรสชื่อ"). */
    add_line (doc, _("whose spouse is"), spouse);
  sajja_page_document_add_paragraph (doc,
                                     /* Translators: in the loan contract, after the borrower ("ซึ่งต่อไปในสัญญานี้เรียกว่า
                                      * “ผู้กู้” อีกฝ่ายหนึ่ง ทั้งสองฝ่ายตกลงกันดังต่อไปนี้"). */
                                     _("called “the borrower” in this contract. The parties agree as follows."),
                                     SAJJA_PAGE_ALIGN_LEFT);
  add_contract_terms (doc, d, first_due);

  {
    const SajjaPageSignature borrower[] = {
      /* Translators: under a signature line: the borrower ("ผู้กู้"). */
      { _("borrower"), d->member_name },
    };

    sajja_page_document_add_signatures (doc, borrower, G_N_ELEMENTS (borrower), 2);
  }
  if (*spouse != '\0')
    {
      g_autofree char *consent = NULL;
      const SajjaPageSignature signatures[] = {
        /* Translators: under a signature line: the borrower's spouse who consents ("คู่สมรสผู้ให้ความยินยอม"). */
        { _("spouse, consenting"), spouse },
      };

      /* Translators: the spouse's consent in the loan contract; %s is the borrower's name
       * ("ข้าพเจ้าเป็นคู่สมรสของ %s ได้ทราบและยินยอมให้คู่สมรสของข้าพเจ้าทำสัญญานี้ได้"). */
      consent = g_strdup_printf (_("I, the spouse of %s, know of this contract and consent to it."), d->member_name);
      sajja_page_document_add_paragraph (doc, consent, SAJJA_PAGE_ALIGN_INDENTED);
      sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
    }
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the chair signing for the group ("ผู้ให้กู้ (ประธานกลุ่ม)"). */
      { _("lender (chair of the group)"), chair },
      /* Translators: under a signature line: the treasurer signing for the group ("ผู้ให้กู้ (เหรัญญิก)"). */
      { _("lender (treasurer)"), treasurer },
      /* Translators: under a signature line: a witness ("พยาน"). */
      { _("witness"), "" },
      { _("witness"), "" },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  /* ---- The guarantee contracts ---- */
  if (loan->guarantors != NULL && loan->guarantors->len > 0)
    {
      g_autofree char *amount = sajja_money_format (loan->amount);
      g_autofree char *text = NULL;

      sajja_page_document_add_page_break (doc);
      /* Translators: the title of the guarantee contract ("สัญญาค้ำประกัน"). */
      sajja_page_document_add_title (doc, _("Guarantee Contract"));
      _sajja_print_add_group_lines (doc, d->group);
      add_place_and_date_iso (doc, sajja_group_get_name (d->group), contract_date);
      /* Translators: the opening of the guarantee contract: the group's name, the loan's number, the
       * borrower's name and the amount ("สัญญาค้ำประกันนี้ทำไว้ต่อ %s ผู้ให้กู้ แนบท้ายสัญญากู้เงินเลขที่ %s
       * ของ %s จำนวนเงิน %s บาท"). */
      text = g_strdup_printf (_("This guarantee is given to %s, the lender, and is attached to loan contract no. %s of %s for %s baht."),
                              sajja_group_get_name (d->group), d->loan_no, d->member_name, amount);
      sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_INDENTED);

      for (guint i = 0; i < loan->guarantors->len; i++)
        {
          if (i > 0)
            sajja_page_document_add_rule (doc);
          if (!add_guarantee (db, doc, d, g_array_index (loan->guarantors, gint64, i), i + 1, error))
            return NULL;
        }

      sajja_page_document_add_rule (doc);
      {
        const SajjaPageSignature signatures[] = {
          { _("lender (chair of the group)"), chair },
          { _("lender (treasurer)"), treasurer },
          { _("witness"), "" },
          { _("witness"), "" },
        };

        sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
      }
    }

  return g_steal_pointer (&doc);
}

/* ---- the schedule ------------------------------------------------------------------------ */

static void
add_schedule_terms (SajjaPageDocument *doc,
                    LoanDoc           *d)
{
  SajjaLoan *loan = d->loan;
  g_autofree char *rate = sajja_rate_format (loan->rate);
  g_autofree char *effective = sajja_rate_format_bp (loan->effective_bp);
  g_autofree char *months = g_strdup_printf ("%u", loan->months);

  {
    const SajjaPageField fields[] = {
      /* Translators: on a loan's documents, before the borrower's name ("ผู้กู้"). */
      { _("Borrower"), d->member_name, 0, SAJJA_PAGE_FIELD_FILL },
      { _("member no."), d->member_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField loan_fields[] = {
      /* Translators: on a loan's documents, before the loan's (and its contract's) number ("สัญญาเงินกู้เลขที่"). */
      { _("Loan no."), d->loan_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a loan's documents, before the kind of loan ("ประเภทเงินกู้"). */
      { _("type of loan"), loan->product_name, 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, loan_fields, G_N_ELEMENTS (loan_fields));
  }
  /* Translators: on a loan's documents, before the amount lent ("จำนวนเงินกู้"). */
  add_amount (doc, _("Amount lent"), loan->amount);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a loan's documents, before the rate as quoted ("อัตราดอกเบี้ย"), such as "1.25% a month". */
      { _("Interest rate"), rate, 0, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a loan's documents, before the effective yearly rate ("อัตราที่แท้จริงต่อปี"). */
      { _("effective yearly rate"), effective, 0, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a loan's documents, before the number of instalments ("จำนวนงวด"). */
      { _("instalments"), months, 30, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField method[] = {
      /* Translators: on a loan's documents, before the repayment method ("วิธีการชำระคืน"). */
      { _("Repayment method"), sajja_loan_method_get_title (loan->method), 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, method, G_N_ELEMENTS (method));
  }
  if (loan->fee > 0)
    /* Translators: on a loan's documents, before the fee taken when the loan is paid out ("ค่าธรรมเนียมเงินกู้"). */
    add_money_line (doc, _("Loan fee"), loan->fee);
  add_loan_history (doc, loan);
}

/* What a rescheduling recorded: its day, reason and the interest and fines carried into it. */
static gboolean
add_reschedule_note (SajjaDb           *db,
                     SajjaPageDocument *doc,
                     gint64             loan_id,
                     guint              version,
                     GError           **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *made_on = NULL;
  g_autofree char *reason = NULL;
  gint64 carried_interest = 0, carried_fines = 0, principal = 0;
  guint months = 0;
  SajjaRate rate = { 0, SAJJA_RATE_PER_MONTH };
  SajjaLoanMethod method = SAJJA_LOAN_METHOD_DECLINING;
  g_autofree char *text = NULL;
  g_autofree char *made = NULL;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT made_on, reason, carried_interest, carried_fines, principal, months, rate_bp, "
                           "rate_per, method FROM loan_schedules WHERE loan_id = ?1 AND version = ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  sqlite3_bind_int64 (stmt, 2, version);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      made_on = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      reason = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      carried_interest = sqlite3_column_int64 (stmt, 2);
      carried_fines = sqlite3_column_int64 (stmt, 3);
      principal = sqlite3_column_int64 (stmt, 4);
      months = (guint) sqlite3_column_int (stmt, 5);
      rate.bp = sqlite3_column_int64 (stmt, 6);
      sajja_rate_per_from_string ((const char *) sqlite3_column_text (stmt, 7), &rate.per);
      sajja_loan_method_from_string ((const char *) sqlite3_column_text (stmt, 8), &method);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }

  made = _sajja_print_format_date_be (made_on, SAJJA_DATE_STYLE_LONG);
  /* Translators: on a rescheduled repayment schedule: its version and the day it was made
   * ("ตารางการผ่อนชำระที่ปรับโครงสร้างหนี้ ฉบับที่ %u จัดทำเมื่อ %s"). */
  text = g_strdup_printf (_("Rescheduled repayment schedule, version %u, made on %s."), version, made);
  sajja_page_document_add_heading (doc, text);
  if (reason != NULL && *reason != '\0')
    /* Translators: on a rescheduled repayment schedule, before the reason for it ("เหตุผล"). */
    add_line (doc, C_("reschedule", "Reason"), reason);
  {
    g_autofree char *rate_text = sajja_rate_format (rate);
    g_autofree char *months_text = g_strdup_printf ("%u", months);
    const SajjaPageField fields[] = {
      /* Translators: on a rescheduled repayment schedule, the new terms: before the rate ("อัตราดอกเบี้ยใหม่"). */
      { _("New rate"), rate_text, 0, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a rescheduled repayment schedule, the new terms: before the instalments ("จำนวนงวด"). */
      { _("instalments"), months_text, 30, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField method_fields[] = {
      /* Translators: on a rescheduled repayment schedule, the new terms: before the method ("วิธีการชำระคืน"). */
      { _("Repayment method"), sajja_loan_method_get_title (method), 0, SAJJA_PAGE_FIELD_FILL },
    };

    /* Translators: on a rescheduled repayment schedule, before the principal rescheduled ("เงินต้นคงค้างที่นำมาผ่อนชำระใหม่"). */
    add_amount (doc, _("Principal rescheduled"), principal);
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, method_fields, G_N_ELEMENTS (method_fields));
  }
  if (carried_interest > 0 || carried_fines > 0)
    {
      g_autofree char *interest = sajja_money_format (carried_interest);
      g_autofree char *fines = sajja_money_format (carried_fines);
      g_autofree char *carried = NULL;

      /* Translators: on a rescheduled repayment schedule, ป.พ.พ. ม.655: the unpaid interest and fines
       * carried into it ("ดอกเบี้ยค้างชำระ %s บาท และค่าปรับค้างชำระ %s บาท ยกมารวมในตารางนี้
       * โดยไม่คิดดอกเบี้ยจากจำนวนดังกล่าว"). */
      carried = g_strdup_printf (_("Unpaid interest of %s baht and unpaid fines of %s baht are carried into this schedule, without interest on them (Civil and Commercial Code section 655)."),
                                 interest, fines);
      sajja_page_document_add_paragraph (doc, carried, SAJJA_PAGE_ALIGN_LEFT);
    }
  return TRUE;
}

/**
 * sajja_print_loan_schedule:
 * @db: an open #SajjaDb
 * @loan_id: the loan
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the repayment schedule, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_loan_schedule (SajjaDb  *db,
                           gint64    loan_id,
                           GError  **error)
{
  g_autoptr(LoanDoc) d = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *treasurer = NULL;
  gint64 total_principal = 0, total_interest = 0, balance;
  gboolean draft;
  guint version = 0;
  SajjaPageTable *table;
  const SajjaPageColumn columns[] = {
    /* Translators: a column of the repayment schedule: the instalment's number ("งวดที่"). */
    { C_("schedule column", "No."), 0.6, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the repayment schedule: the day it falls due ("วันครบกำหนด"). */
    { C_("schedule column", "Due on"), 1.6, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of the repayment schedule ("เงินต้น"). */
    { C_("schedule column", "Principal"), 1.3, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the repayment schedule ("ดอกเบี้ย"). */
    { C_("schedule column", "Interest"), 1.2, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the repayment schedule: principal and interest ("รวมชำระงวดนี้"). */
    { C_("schedule column", "Instalment"), 1.3, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the repayment schedule: principal still owed after it ("เงินต้นคงเหลือ"). */
    { C_("schedule column", "Balance after"), 1.4, SAJJA_PAGE_ALIGN_RIGHT },
  };

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  d = loan_doc_read (db, loan_id, error);
  if (d == NULL || !check_not_refused (d, error))
    return NULL;

  draft = d->loan->disbursed_on == NULL;
  if (draft)
    {
      g_autofree char *first_due = sajja_date_add_months (d->loan->applied_on, 1);
      SajjaLoanTerms terms = {
        .principal = d->loan->amount,
        .rate = d->loan->rate,
        .months = d->loan->months,
        .method = d->loan->method,
        .first_due = first_due,
        .fee = d->loan->fee,
      };

      schedule = sajja_loan_schedule_new (&terms, error);
    }
  else
    schedule = sajja_loan_get_schedule (db, loan_id, NULL, &version, error);
  if (schedule == NULL)
    return NULL;

  /* Translators: the PDF's title: "ตารางการผ่อนชำระ สัญญาเงินกู้เลขที่ 12". */
  doc_title = g_strdup_printf (_("Repayment schedule of loan no. %lld"), (long long) d->loan->number);
  doc = loan_doc_new_document (d, doc_title);

  if (draft)
    /* Translators: the title of the repayment schedule of a loan not yet paid out ("ร่างตารางการผ่อนชำระ"). */
    sajja_page_document_add_title (doc, _("Repayment Schedule (Draft)"));
  else
    /* Translators: the title of the repayment schedule ("ตารางการผ่อนชำระ"). */
    sajja_page_document_add_title (doc, _("Repayment Schedule"));
  _sajja_print_add_group_lines (doc, d->group);
  if (draft)
    sajja_page_document_add_paragraph (doc,
                                       /* Translators: under the title of a draft repayment schedule. */
                                       _("A draft made from the loan’s terms: the due days are fixed when the loan is paid out."),
                                       SAJJA_PAGE_ALIGN_CENTER);
  _sajja_print_add_printed_on (doc);
  add_schedule_terms (doc, d);
  if (version > 1 && !add_reschedule_note (db, doc, loan_id, version, error))
    return NULL;
  sajja_page_document_add_space (doc, 4);

  for (guint i = 0; i < schedule->len; i++)
    total_principal += g_array_index (schedule, SajjaInstalment, i).principal;

  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  balance = total_principal;
  for (guint i = 0; i < schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);
      g_autofree char *number = g_strdup_printf ("%u", inst->number);
      g_autofree char *due = _sajja_print_format_date_be (inst->due_on, SAJJA_DATE_STYLE_MEDIUM);
      g_autofree char *principal = sajja_money_format (inst->principal);
      g_autofree char *interest = sajja_money_format (inst->interest);
      g_autofree char *payment = sajja_money_format (inst->principal + inst->interest);
      g_autofree char *after = NULL;

      /* The principal still owed: the schedule's principal less the instalments' so far. */
      balance -= inst->principal;
      after = sajja_money_format (balance);
      total_interest += inst->interest;
      {
        const char *cells[] = { number, due, principal, interest, payment, after };

        sajja_page_table_add_row (table, cells);
      }
    }
  {
    g_autofree char *principal = sajja_money_format (total_principal);
    g_autofree char *interest = sajja_money_format (total_interest);
    g_autofree char *payment = sajja_money_format (total_principal + total_interest);
    /* Translators: the last row of the repayment schedule, before the totals ("รวม"). */
    const char *cells[] = { "", C_("schedule", "Total"), principal, interest, payment, "" };

    sajja_page_table_add_row (table, cells);
  }

  treasurer = find_officer (db, d->loan->group_id, SAJJA_POSITION_TREASURER, d->loan->disbursed_on);
  {
    const SajjaPageSignature signatures[] = {
      { _("borrower"), d->member_name },
      { _("lender (treasurer)"), treasurer },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  return g_steal_pointer (&doc);
}

/* ---- the receipt ------------------------------------------------------------------------- */

typedef struct
{
  gint64 group_id;
  gint64 number;
  gint64 member_id;
  char *paid_on;
  gint64 loan_id;
  gint64 fines;
  gint64 interest;
  gint64 principal;
  gint64 last_entry_id;
  gboolean reversed;
} LoanReceipt;

static void
loan_receipt_clear (LoanReceipt *r)
{
  g_clear_pointer (&r->paid_on, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoanReceipt, loan_receipt_clear)

static gboolean
loan_receipt_read (SajjaDb      *db,
                   gint64        receipt_id,
                   LoanReceipt  *r,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db, "SELECT group_id, number, ifnull (member_id, 0), paid_on FROM receipts WHERE id = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, receipt_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND, _("There is no such receipt."));
      return FALSE;
    }
  r->group_id = sqlite3_column_int64 (stmt, 0);
  r->number = sqlite3_column_int64 (stmt, 1);
  r->member_id = sqlite3_column_int64 (stmt, 2);
  r->paid_on = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  sqlite3_reset (stmt);

  stmt = sajja_db_prepare (db,
                           "SELECT kind, amount, ifnull (loan_id, 0), id, "
                           "EXISTS (SELECT 1 FROM journal r WHERE r.reverses_id = journal.id) "
                           "FROM journal WHERE receipt_id = ?1 "
                           "AND kind IN ('loan-fine', 'loan-interest', 'loan-principal') ORDER BY id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, receipt_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      gint64 amount = sqlite3_column_int64 (stmt, 1);

      if (r->loan_id == 0)
        r->loan_id = sqlite3_column_int64 (stmt, 2);
      if (g_strcmp0 (kind, "loan-fine") == 0)
        r->fines += amount;
      else if (g_strcmp0 (kind, "loan-interest") == 0)
        r->interest += amount;
      else
        r->principal += amount;
      r->last_entry_id = MAX (r->last_entry_id, sqlite3_column_int64 (stmt, 3));
      if (sqlite3_column_int (stmt, 4))
        r->reversed = TRUE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }
  if (r->loan_id == 0)
    {
      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND,
                   /* Translators: %lld is a receipt's number. */
                   _("Receipt no. %lld is not for a loan repayment."), (long long) r->number);
      return FALSE;
    }
  return TRUE;
}

/* The principal still owed right after the receipt: at the end of its day, plus what later
 * entries of that day took off the loan. */
static gboolean
outstanding_after (SajjaDb      *db,
                   LoanReceipt  *r,
                   gint64       *out_outstanding,
                   char        **out_next_due,
                   gint64       *out_next_amount,
                   GError      **error)
{
  SajjaLoanPosition position = { 0, };
  sqlite3_stmt *stmt;
  gint64 later = 0;
  int rc;

  if (!sajja_loan_position (db, r->loan_id, r->paid_on, &position, error))
    return FALSE;

  stmt = sajja_db_prepare (db,
                           "SELECT ifnull (sum (amount), 0) FROM journal WHERE loan_id = ?1 AND paid_on = ?2 "
                           "AND account = 'loans' AND id > ?3",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, r->loan_id);
  sqlite3_bind_text (stmt, 2, r->paid_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, r->last_entry_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    later = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }

  *out_outstanding = position.outstanding + later;
  *out_next_due = position.next_due_on[0] != '\0' && position.outstanding > 0 ? g_strdup (position.next_due_on) : NULL;
  *out_next_amount = position.next_due_amount;
  return TRUE;
}

/**
 * sajja_print_loan_receipt:
 * @db: an open #SajjaDb
 * @receipt_id: the receipt's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the receipt of a loan repayment, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_loan_receipt (SajjaDb  *db,
                          gint64    receipt_id,
                          GError  **error)
{
  g_auto(LoanReceipt) r = { 0, };
  g_autoptr(LoanDoc) d = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(SajjaMember) payer = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *number = NULL;
  g_autofree char *paid = NULL;
  g_autofree char *payer_name = NULL;
  g_autofree char *payer_no = NULL;
  g_autofree char *total = NULL;
  g_autofree char *words = NULL;
  g_autofree char *treasurer = NULL;
  g_autofree char *next_due = NULL;
  gint64 outstanding = 0, next_amount = 0;
  guint item = 0;
  SajjaPageTable *table;
  const SajjaPageColumn columns[] = {
    /* Translators: a column of a receipt: the line's number ("ลำดับ"). */
    { _("Item"), 0.7, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of a receipt: what was paid ("รายการ"). */
    { C_("receipt column", "Description"), 4.2, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of a receipt: the amount ("จำนวนเงิน (บาท)"). */
    { _("Amount (baht)"), 1.8, SAJJA_PAGE_ALIGN_RIGHT },
  };

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!loan_receipt_read (db, receipt_id, &r, error))
    return NULL;
  d = loan_doc_read (db, r.loan_id, error);
  if (d == NULL)
    return NULL;
  if (r.member_id != 0 && r.member_id != d->loan->member_id)
    {
      payer = sajja_member_find_by_id (db, r.member_id, error);
      if (payer == NULL)
        return NULL;
      payer_name = sajja_member_dup_full_name (payer);
      payer_no = g_strdup_printf ("%d", sajja_member_get_member_no (payer));
    }
  else
    {
      payer_name = g_strdup (d->member_name);
      payer_no = g_strdup (d->member_no);
    }
  if (!outstanding_after (db, &r, &outstanding, &next_due, &next_amount, error))
    return NULL;

  number = format_number (r.number);
  paid = _sajja_print_format_date_be (r.paid_on, SAJJA_DATE_STYLE_LONG);
  total = sajja_money_format (r.fines + r.interest + r.principal);
  words = sajja_money_to_thai_words (r.fines + r.interest + r.principal);
  treasurer = find_officer (db, r.group_id, SAJJA_POSITION_TREASURER, r.paid_on);

  /* Translators: the PDF's title: "ใบเสร็จรับเงิน เลขที่ 12". */
  doc_title = g_strdup_printf (_("Receipt no. %lld"), (long long) r.number);
  doc = loan_doc_new_document (d, doc_title);

  /* Translators: the title of the receipt of a loan repayment ("ใบเสร็จรับเงิน ชำระเงินกู้"). */
  sajja_page_document_add_title (doc, _("Receipt: Loan Repayment"));
  _sajja_print_add_group_lines (doc, d->group);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a receipt, before its number ("เลขที่"). */
      { C_("receipt", "No."), number, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a receipt, before the day it was paid ("วันที่"). */
      { C_("receipt", "Date"), paid, SLOT_DATE, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
  }
  if (r.reversed)
    sajja_page_document_add_paragraph (doc,
                                       /* Translators: on a receipt whose payment was later reversed ("ยกเลิก"). */
                                       _("CANCELLED: this payment has been reversed in the books."),
                                       SAJJA_PAGE_ALIGN_CENTER);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a receipt, before the payer's name ("ได้รับเงินจาก"). */
      { _("Received from"), payer_name, 0, SAJJA_PAGE_FIELD_FILL },
      { _("member no."), payer_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField loan_fields[] = {
      /* Translators: on a loan repayment receipt, before the loan's number ("ชำระเงินกู้ตามสัญญาเลขที่"). */
      { _("in repayment of loan no."), d->loan_no, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      { _("type of loan"), d->loan->product_name, 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, loan_fields, G_N_ELEMENTS (loan_fields));
    if (payer != NULL)
      /* Translators: on a loan repayment receipt paid by someone else, before the borrower's name ("ผู้กู้"). */
      add_line (doc, _("Borrower"), d->member_name);
  }

  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  {
    struct { gint64 amount; const char *title; } lines[] = {
      /* Translators: a line of a loan repayment receipt ("ค่าปรับชำระล่าช้า"). */
      { r.fines, C_("loan receipt", "Late repayment fine") },
      /* Translators: a line of a loan repayment receipt ("ดอกเบี้ยเงินกู้"). */
      { r.interest, C_("loan receipt", "Interest") },
      /* Translators: a line of a loan repayment receipt ("เงินต้น"). */
      { r.principal, C_("loan receipt", "Principal") },
    };

    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        g_autofree char *n = NULL;
        g_autofree char *amount = NULL;

        if (lines[i].amount == 0)
          continue;
        n = g_strdup_printf ("%u", ++item);
        amount = sajja_money_format (lines[i].amount);
        {
          const char *cells[] = { n, lines[i].title, amount };

          sajja_page_table_add_row (table, cells);
        }
      }
  }
  {
    /* Translators: the last row of a receipt's table, before the total ("รวมเงิน"). */
    const char *cells[] = { "", _("Total"), total };

    sajja_page_table_add_row (table, cells);
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on a receipt, before the total in Thai words ("จำนวนเงิน (ตัวอักษร)"). */
      { _("Amount in words"), words, 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  /* Translators: on a loan repayment receipt, before the principal still owed after it
   * ("เงินต้นคงเหลือหลังชำระครั้งนี้"). */
  add_money_line (doc, _("Principal still owed after this payment"), outstanding);
  if (next_due != NULL)
    {
      g_autofree char *due = _sajja_print_format_date_be (next_due, SAJJA_DATE_STYLE_LONG);
      g_autofree char *amount = sajja_money_format (next_amount);
      const SajjaPageField fields[] = {
        /* Translators: on a loan repayment receipt, before the next due day ("งวดถัดไปครบกำหนดวันที่"). */
        { _("Next instalment due on"), due, 0, SAJJA_PAGE_FIELD_DEFAULT },
        /* Translators: on a loan repayment receipt, before the next instalment's amount ("จำนวน"). */
        { _("amount"), amount, SLOT_MONEY, SAJJA_PAGE_FIELD_DEFAULT },
        { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
      };

      sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    }
  sajja_page_document_add_paragraph (doc,
                                     /* Translators: on a loan repayment receipt, ป.พ.พ. ม.653 ("ใบเสร็จรับเงินนี้
                                      * ลงลายมือชื่อผู้รับเงินแทนผู้ให้กู้ เป็นหลักฐานการชำระหนี้ตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 653"). */
                                     _("This receipt, signed by the receiver for the lender, is the borrower’s proof of repayment (Civil and Commercial Code section 653)."),
                                     SAJJA_PAGE_ALIGN_LEFT);
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line on a receipt: the member who paid ("ผู้ชำระเงิน"). */
      { _("payer"), payer_name },
      /* Translators: under a signature line on a receipt: the treasurer who received the money
       * ("ผู้รับเงิน (เหรัญญิก)"). */
      { _("receiver (treasurer)"), treasurer },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  return g_steal_pointer (&doc);
}

/* ---- the notice to a guarantor ---------------------------------------------------------- */

/**
 * sajja_print_guarantor_notice:
 * @db: an open #SajjaDb
 * @loan_id: the loan
 * @guarantor_id: the guarantor's member id
 * @iso_date: the notice's day, ISO
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the notice, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_guarantor_notice (SajjaDb     *db,
                              gint64       loan_id,
                              gint64       guarantor_id,
                              const char  *iso_date,
                              GError     **error)
{
  g_autoptr(LoanDoc) d = NULL;
  g_autoptr(SajjaMember) guarantor = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *guarantor_name = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *first_overdue = NULL;
  g_autofree char *deadline_iso = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *chair = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *words = NULL;
  SajjaLoanPosition position = { 0, };
  gboolean is_guarantor = FALSE;
  GDate date;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (iso_date == NULL || !sajja_date_from_iso (iso_date, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           /* Translators: an error printing the notice to a guarantor. */
                           _("The notice needs a valid date."));
      return NULL;
    }

  d = loan_doc_read (db, loan_id, error);
  if (d == NULL)
    return NULL;

  for (guint i = 0; d->loan->guarantors != NULL && i < d->loan->guarantors->len; i++)
    if (g_array_index (d->loan->guarantors, gint64, i) == guarantor_id)
      is_guarantor = TRUE;
  if (!is_guarantor)
    {
      g_autoptr(SajjaMember) other = sajja_member_find_by_id (db, guarantor_id, NULL);
      g_autofree char *other_name = other != NULL ? sajja_member_dup_full_name (other) : NULL;

      if (other_name != NULL)
        g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                     /* Translators: an error printing the notice to a guarantor: a name and a loan's number. */
                     _("%s is not a guarantor of loan no. %lld."), other_name, (long long) d->loan->number);
      else
        g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                     /* Translators: an error printing the notice to a guarantor; %lld is a loan's number. */
                     _("The member chosen is not a guarantor of loan no. %lld."), (long long) d->loan->number);
      return NULL;
    }
  guarantor = sajja_member_find_by_id (db, guarantor_id, error);
  if (guarantor == NULL)
    return NULL;

  if (!sajja_loan_position (db, loan_id, iso_date, &position, error))
    return NULL;
  dated = _sajja_print_format_date_be (iso_date, SAJJA_DATE_STYLE_LONG);
  if (position.days_overdue <= 0 || position.first_overdue_on[0] == '\0' || position.overdue <= 0)
    {
      g_set_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE,
                   /* Translators: an error printing the notice to a guarantor: a loan's number and a day. */
                   _("Loan no. %lld is not overdue on %s: there is no default to notify the guarantors of."),
                   (long long) d->loan->number, dated);
      return NULL;
    }

  guarantor_name = sajja_member_dup_full_name (guarantor);
  first_overdue = _sajja_print_format_date_be (position.first_overdue_on, SAJJA_DATE_STYLE_LONG);
  deadline_iso = add_days (position.first_overdue_on, NOTICE_DAYS);
  deadline = _sajja_print_format_date_be (deadline_iso, SAJJA_DATE_STYLE_LONG);
  chair = find_officer (db, d->loan->group_id, SAJJA_POSITION_CHAIR, iso_date);
  amount = sajja_money_format (d->loan->amount);
  words = sajja_money_to_thai_words (d->loan->amount);

  /* Translators: the PDF's title: "หนังสือบอกกล่าวผู้ค้ำประกัน สัญญาเงินกู้เลขที่ 12". */
  doc_title = g_strdup_printf (_("Notice to a guarantor of loan no. %lld"), (long long) d->loan->number);
  doc = loan_doc_new_document (d, doc_title);

  /* Translators: the title of the notice to a guarantor ("หนังสือบอกกล่าวผู้ค้ำประกัน"). */
  sajja_page_document_add_title (doc, _("Notice to a Guarantor"));
  _sajja_print_add_group_lines (doc, d->group);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a letter, before its date ("วันที่"). */
      { C_("letter", "Date"), dated, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
  }
  {
    g_autofree char *reference = NULL;
    g_autofree char *paid = d->loan->disbursed_on != NULL ? _sajja_print_format_date_be (d->loan->disbursed_on, SAJJA_DATE_STYLE_LONG) : NULL;

    /* Translators: on a letter, before its subject ("เรื่อง"). */
    add_line (doc, C_("letter", "Subject"),
              /* Translators: the subject of the notice to a guarantor ("บอกกล่าวการผิดนัดชำระหนี้ของผู้กู้"). */
              _("Notice of the borrower’s default"));
    /* Translators: on a letter, before the person it is addressed to ("เรียน"). */
    add_line (doc, C_("letter", "To"), guarantor_name);
    if (paid != NULL)
      /* Translators: what the notice to a guarantor refers to ("สัญญาค้ำประกัน แนบท้ายสัญญากู้เงินเลขที่ %s
       * ลงวันที่ %s"): the loan's number and the day it was paid out. */
      reference = g_strdup_printf (_("the guarantee contract attached to loan contract no. %s of %s"), d->loan_no, paid);
    else
      reference = g_strdup_printf (_("the guarantee contract attached to loan contract no. %s"), d->loan_no);
    /* Translators: on a letter, before what it refers to ("อ้างถึง"). */
    add_line (doc, C_("letter", "Reference"), reference);
  }
  {
    g_autofree char *text = NULL;

    /* Translators: the first paragraph of the notice to a guarantor: the borrower's name, member
     * number, the loan's number, the amount in figures and Thai words ("ตามที่ท่านได้ทำสัญญาค้ำประกัน
     * หนี้เงินกู้ของ %s สมาชิกเลขที่ %s ตามสัญญากู้เงินเลขที่ %s จำนวนเงิน %s บาท (%s) ไว้ต่อกลุ่ม
     * ตามที่อ้างถึง นั้น"). */
    text = g_strdup_printf (_("As referred to above, you guarantee to the group the loan of %s, member no. %s, "
                              "under loan contract no. %s for %s baht (%s)."),
                            d->member_name, d->member_no, d->loan_no, amount, words);
    sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_INDENTED);
  }
  {
    g_autofree char *text = NULL;
    g_autofree char *days = g_strdup_printf ("%d", position.days_overdue);

    /* Translators: the notice to a guarantor: the first overdue day and the notice's day
     * ("บัดนี้ ผู้กู้ได้ผิดนัดไม่ชำระหนี้ตามสัญญา ตั้งแต่งวดที่ครบกำหนดวันที่ %s จนถึงวันที่ %s ดังนี้"). */
    text = g_strdup_printf (_("The borrower has not paid the instalments due since %s. On %s the debt stands as follows:"),
                            first_overdue, dated);
    sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_INDENTED);
    {
      const SajjaPageField fields[] = {
        /* Translators: in the notice to a guarantor, before the number of days overdue ("ค้างชำระมาแล้ว … วัน"). */
        { _("Days overdue"), days, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
        /* Translators: in the notice to a guarantor, after the number of days overdue ("วัน"). */
        { _("days"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
      };

      sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    }
    /* Translators: in the notice to a guarantor ("เงินงวดที่ค้างชำระ (เงินต้นและดอกเบี้ย)"). */
    add_money_line (doc, _("Instalments overdue (principal and interest)"), position.overdue);
    /* Translators: in the notice to a guarantor ("ในจำนวนนี้เป็นเงินต้น"). */
    add_money_line (doc, _("of which principal"), position.overdue_principal);
    /* Translators: in the notice to a guarantor ("ค่าปรับค้างชำระ"). */
    add_money_line (doc, _("Late fines unpaid"), position.fines_due);
    /* Translators: in the notice to a guarantor ("เงินต้นคงค้างทั้งสิ้น"). */
    add_money_line (doc, _("Principal still owed on the loan"), position.outstanding);
  }
  {
    g_autofree char *text = NULL;

    /* Translators: the notice to a guarantor, ป.พ.พ. ม.686: %s is the last day, 60 days after the
     * first overdue day ("กลุ่มจึงมีหนังสือฉบับนี้บอกกล่าวมายังท่านตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 686
     * ซึ่งกำหนดให้ผู้ให้กู้ต้องบอกกล่าวผู้ค้ำประกันเป็นหนังสือภายใน 60 วันนับแต่วันที่ผู้กู้ผิดนัด
     * คือภายในวันที่ %s"). */
    text = g_strdup_printf (_("The group therefore gives you this notice under section 686 of the Civil and Commercial "
                              "Code, which requires the lender to notify each guarantor in writing within 60 days of "
                              "the borrower’s default: this notice must reach you by %s."),
                            deadline);
    sajja_page_document_add_paragraph (doc, text, SAJJA_PAGE_ALIGN_INDENTED);
  }
  sajja_page_document_add_paragraph (doc,
                                     /* Translators: the closing request of the notice to a guarantor
                                      * ("จึงเรียนมาเพื่อโปรดทราบ และขอให้ท่านติดตามให้ผู้กู้ชำระหนี้ที่ค้างโดยเร็ว"). */
                                     _("Please take note, and urge the borrower to pay what is overdue without delay."),
                                     SAJJA_PAGE_ALIGN_INDENTED);
  /* Translators: the closing of a letter ("ขอแสดงความนับถือ"). */
  sajja_page_document_add_paragraph (doc, _("Yours sincerely"), SAJJA_PAGE_ALIGN_CENTER);
  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the chair of the group ("ประธานกลุ่ม"). */
      { _("chair of the group"), chair },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 1);
  }

  sajja_page_document_add_rule (doc);
  {
    const SajjaPageField fields[] = {
      /* Translators: the guarantor's acknowledgement under the notice ("ข้าพเจ้าได้รับหนังสือบอกกล่าวนี้แล้ว
       * เมื่อวันที่"), followed by a blank for the day. */
      { _("I received this notice on"), "", 0, SAJJA_PAGE_FIELD_FILL },
    };
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the guarantor ("ผู้ค้ำประกัน"). */
      { _("guarantor"), guarantor_name },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 1);
  }

  return g_steal_pointer (&doc);
}

/* ---- the loan register -------------------------------------------------------------------- */

static int
compare_loan_numbers (gconstpointer a,
                      gconstpointer b)
{
  const SajjaLoan *x = *(SajjaLoan * const *) a;
  const SajjaLoan *y = *(SajjaLoan * const *) b;

  return x->number < y->number ? -1 : x->number > y->number;
}

/* The aging of the loans out on the day, with each band's share of the principal owed, and
 * PAR30. */
static void
add_aging (SajjaPageDocument        *doc,
           const SajjaLoanPortfolio *portfolio)
{
  SajjaPageTable *table;
  const SajjaPageColumn columns[] = {
    /* Translators: a column of the loan register's aging summary: how long overdue ("ระยะเวลาค้างชำระ"). */
    { C_("loan aging column", "Overdue for"), 2.6, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of the loan register's aging summary: the number of loans ("จำนวนสัญญา"). */
    { C_("loan aging column", "Loans"), 1.0, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the loan register's aging summary ("เงินต้นคงเหลือ (บาท)"). */
    { C_("loan aging column", "Principal owed (baht)"), 1.8, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the loan register's aging summary: the share of all principal owed ("ร้อยละ"). */
    { C_("loan aging column", "Share"), 1.1, SAJJA_PAGE_ALIGN_RIGHT },
  };

  /* Translators: a heading of the loan register: the loans out by how long overdue ("สรุปอายุหนี้ค้างชำระ"). */
  sajja_page_document_add_heading (doc, _("Loans out by how long overdue"));
  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (SajjaAging a = SAJJA_AGING_CURRENT; a < SAJJA_N_AGING; a++)
    {
      g_autofree char *loans = _sajja_print_format_count (portfolio->loans_by_aging[a]);
      g_autofree char *owed = sajja_money_format (portfolio->outstanding_by_aging[a]);
      g_autofree char *share = sajja_rate_format_bp (portfolio->outstanding > 0
                                                     ? sajja_money_div_round_half_up (portfolio->outstanding_by_aging[a] * 10000,
                                                                                      portfolio->outstanding)
                                                     : 0);
      const char *cells[] = { sajja_aging_get_title (a), loans, owed, share };

      sajja_page_table_add_row (table, cells);
    }
  {
    g_autofree char *loans = _sajja_print_format_count (portfolio->loans);
    g_autofree char *owed = sajja_money_format (portfolio->outstanding);
    g_autofree char *share = sajja_rate_format_bp (portfolio->outstanding > 0 ? 10000 : 0);
    /* Translators: the last row of the loan register's aging summary ("รวม"). */
    const char *cells[] = { C_("loan aging", "Total"), loans, owed, share };

    sajja_page_table_add_row (table, cells);
  }
  {
    g_autofree char *par = sajja_rate_format_bp (portfolio->par30_bp);
    const SajjaPageField fields[] = {
      /* Translators: in the loan register, before the portfolio at risk, such as "12.50%"
       * ("PAR30: สัดส่วนเงินต้นของสัญญาที่ค้างชำระเกิน 30 วัน ต่อเงินต้นคงเหลือทั้งหมด"). */
      { _("PAR30: the principal of loans more than 30 days overdue, of all principal owed"), par, 0,
        SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
}

/**
 * sajja_print_loan_register:
 * @db: an open #SajjaDb
 * @group_id: the group
 * @iso_date: the day the register stands at, ISO
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the loan register, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_loan_register (SajjaDb     *db,
                           gint64       group_id,
                           const char  *iso_date,
                           GError     **error)
{
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(GPtrArray) loans = NULL;
  g_autoptr(GPtrArray) arrears = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *treasurer = NULL;
  SajjaLoanPortfolio portfolio = { 0, };
  gint64 total_lent = 0, total_repaid = 0, total_owed = 0, written_off = 0;
  guint n_lent = 0;
  SajjaPageTable *table;
  GDate date;
  /* Portrait A4 is narrow for a register: each cell of the first four columns holds two things,
   * one under the other, and the widths are in points of text at 16 pt (the amounts owed up
   * to 100,000.00, the rate "1.25% ต่อเดือน" and a name such as "1 นายสมชาย ใจดี" on one line). */
  const SajjaPageColumn columns[] = {
    /* Translators: a column of the loan register: the loan's (and its contract's) number, with the
     * day it was paid out under it ("เลขที่สัญญา / วันที่จ่าย"). */
    { C_("loan register column", "No. / paid out"), 64, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of the loan register: the borrower's member number and name
     * ("เลขที่สมาชิก / ชื่อผู้กู้"). */
    { C_("loan register column", "Member no. / borrower"), 85, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of the loan register: the kind of loan, with the number of monthly
     * instalments under it ("ประเภท / งวด"). */
    { C_("loan register column", "Type / term"), 43, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of the loan register: the amount lent, with the rate as quoted under
     * it ("จำนวนเงินกู้ / อัตราดอกเบี้ย"). */
    { C_("loan register column", "Amount / rate"), 75, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the loan register: the principal repaid to the day ("ชำระต้นแล้ว"). */
    { C_("loan register column", "Principal repaid"), 57, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the loan register: the principal still owed ("ต้นคงเหลือ"). */
    { C_("loan register column", "Principal owed"), 62, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the loan register, a narrow one: the days the oldest unpaid
     * instalment is overdue ("ค้าง (วัน)"). */
    { C_("loan register column", "Days overdue"), 30, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the loan register: the loan's status on the day ("สถานะ"). */
    { C_("loan register column", "Status"), 51, SAJJA_PAGE_ALIGN_LEFT },
  };

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (iso_date == NULL || !sajja_date_from_iso (iso_date, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                           /* Translators: an error printing the loan register. */
                           _("The loan register needs a valid date."));
      return NULL;
    }
  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL)
    return NULL;
  loans = sajja_loan_list (db, group_id, 0, error);
  if (loans == NULL)
    return NULL;
  g_ptr_array_sort (loans, compare_loan_numbers);
  arrears = sajja_loan_arrears (db, group_id, iso_date, &portfolio, error);
  if (arrears == NULL)
    return NULL;

  dated = _sajja_print_format_date_be (iso_date, SAJJA_DATE_STYLE_LONG);
  /* Translators: the PDF's title: "ทะเบียนคุมเงินกู้ ณ วันที่ 21 พฤศจิกายน 2569". */
  doc_title = g_strdup_printf (_("Loan register on %s"), dated);
  doc = sajja_page_document_new (doc_title);
  header = _sajja_print_group_header (group);
  sajja_page_document_set_header (doc, header);

  /* Translators: the title of the loan register ("ทะเบียนคุมเงินกู้"). */
  sajja_page_document_add_title (doc, _("Loan Register"));
  _sajja_print_add_group_lines (doc, group);
  /* Translators: under the loan register's title: the day its figures stand at ("ณ สิ้นวันที่ 21 พฤศจิกายน 2569"). */
  as_of = g_strdup_printf (_("At the end of %s"), dated);
  sajja_page_document_add_paragraph (doc, as_of, SAJJA_PAGE_ALIGN_CENTER);
  _sajja_print_add_printed_on (doc);
  sajja_page_document_add_space (doc, 4);

  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < loans->len; i++)
    {
      SajjaLoan *loan = g_ptr_array_index (loans, i);
      SajjaLoanPosition pos = { 0, };
      gboolean lent;
      g_autofree char *number = NULL;
      g_autofree char *borrower = NULL;
      g_autofree char *paid = NULL;
      g_autofree char *type = NULL;
      g_autofree char *months = NULL;
      g_autofree char *money = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *rate = NULL;
      g_autofree char *repaid = NULL;
      g_autofree char *owed = NULL;
      g_autofree char *days = NULL;
      SajjaLoanStatus status;

      if (strcmp (loan->applied_on, iso_date) > 0)
        continue;
      if (!sajja_loan_position (db, loan->id, iso_date, &pos, error))
        return NULL;
      status = pos.status;  /* as of the day: a loan refused later was still waiting */
      lent = loan->disbursed_on != NULL && strcmp (loan->disbursed_on, iso_date) <= 0;

      /* Translators: in the loan register, under the kind of loan: its number of monthly instalments ("12 งวด"). */
      months = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u instalment", "%u instalments", loan->months), loan->months);
      money = sajja_money_format (loan->amount);
      rate = sajja_rate_format (loan->rate);
      if (lent)
        {
          paid = _sajja_print_format_date_be (loan->disbursed_on, SAJJA_DATE_STYLE_SHORT);
          number = g_strdup_printf ("%" G_GINT64_FORMAT "\n%s", loan->number, paid);
        }
      else
        number = format_number (loan->number);
      borrower = g_strdup_printf ("%" G_GINT64_FORMAT " %s", loan->member_no, loan->member_name);
      type = g_strdup_printf ("%s\n%s", loan->product_name, months);
      amount = g_strdup_printf ("%s\n%s", money, rate);
      repaid = lent ? sajja_money_format (pos.principal_repaid) : g_strdup ("");
      owed = lent ? sajja_money_format (pos.outstanding) : g_strdup ("");
      days = pos.days_overdue > 0 ? g_strdup_printf ("%d", pos.days_overdue) : g_strdup ("");
      if (lent)
        {
          n_lent++;
          total_lent += loan->amount;
          total_repaid += pos.principal_repaid;
          total_owed += pos.outstanding;
          if (status == SAJJA_LOAN_WRITTEN_OFF)
            written_off += loan->amount - pos.principal_repaid - pos.outstanding;
        }
      {
        const char *cells[] = {
          number, borrower, type, amount, repaid, owed, days, sajja_loan_status_get_title (status),
        };

        sajja_page_table_add_row (table, cells);
      }
    }
  {
    g_autofree char *count = NULL;
    g_autofree char *lent = sajja_money_format (total_lent);
    g_autofree char *repaid = sajja_money_format (total_repaid);
    g_autofree char *owed = sajja_money_format (total_owed);

    /* Translators: the last row of the loan register: the totals of the loans paid out by the day
     * and how many they are ("รวมเงินกู้ที่จ่ายแล้ว 12 สัญญา"). */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total of %u loan paid out", "Total of %u loans paid out", n_lent),
                             n_lent);
    {
      const char *cells[] = { "", count, "", lent, repaid, owed, "", "" };

      sajja_page_table_add_row (table, cells);
    }
  }
  if (written_off > 0)
    /* Translators: in the loan register, under the totals: the principal written off by the day
     * ("เงินต้นที่ตัดเป็นหนี้สูญแล้ว"). */
    add_money_line (doc, _("Principal written off"), written_off);

  sajja_page_document_add_space (doc, 6);
  add_aging (doc, &portfolio);

  treasurer = find_officer (db, group_id, SAJJA_POSITION_TREASURER, iso_date);
  {
    const SajjaPageSignature signatures[] = {
      { _("treasurer"), treasurer },
      { _("checked by"), NULL },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  return g_steal_pointer (&doc);
}

/* ---- the borrower's loan account ---------------------------------------------------------- */

/* One movement of a loan in the journal. */
typedef struct
{
  char *paid_on;
  SajjaEntryKind kind;          /* of the entry, or of the entry a reversal undoes */
  gboolean reversal;
  gboolean reversed;            /* a later entry undoes this one */
  gboolean in_loans;            /* in the account 'loans': it moves the principal owed */
  gint64 amount;                /* as in the journal */
  gint64 receipt_number;        /* of the entry, or of the entry a reversal undoes; 0: none */
  char *note;
} LedgerRow;

static void
ledger_row_clear (LedgerRow *row)
{
  g_clear_pointer (&row->paid_on, g_free);
  g_clear_pointer (&row->note, g_free);
}

static GArray *
read_ledger_rows (SajjaDb  *db,
                  gint64    loan_id,
                  GError  **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (LedgerRow));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) ledger_row_clear);
  stmt = sajja_db_prepare (db,
                           "SELECT j.paid_on, ifnull (o.kind, j.kind), j.reverses_id IS NOT NULL, "
                           "EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id), j.account = 'loans', j.amount, "
                           "ifnull (r.number, ifnull (orr.number, 0)), j.note "
                           "FROM journal j LEFT JOIN journal o ON o.id = j.reverses_id "
                           "LEFT JOIN receipts r ON r.id = j.receipt_id LEFT JOIN receipts orr ON orr.id = o.receipt_id "
                           "WHERE j.loan_id = ?1 "
                           "AND ifnull (o.kind, j.kind) IN ('loan-disbursement', 'loan-fee', 'loan-principal', "
                           "'loan-interest', 'loan-fine', 'loan-write-off') "
                           /* The write-off's pair in 'bad-debts' is the same event. */
                           "AND (ifnull (o.kind, j.kind) != 'loan-write-off' OR j.account = 'loans') "
                           "ORDER BY j.paid_on, j.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, loan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LedgerRow row = { 0, };

      row.paid_on = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sajja_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &row.kind);
      row.reversal = sqlite3_column_int (stmt, 2);
      row.reversed = sqlite3_column_int (stmt, 3);
      row.in_loans = sqlite3_column_int (stmt, 4);
      row.amount = sqlite3_column_int64 (stmt, 5);
      row.receipt_number = sqlite3_column_int64 (stmt, 6);
      row.note = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* What a movement of a loan is, in the account's words. */
static const char *
ledger_kind_title (SajjaEntryKind kind)
{
  switch ((int) kind)
    {
    case SAJJA_ENTRY_LOAN_DISBURSEMENT:
      /* Translators: a row of a borrower's loan account: the loan paid out ("จ่ายเงินกู้"). */
      return C_("loan account", "Loan paid out");
    case SAJJA_ENTRY_LOAN_FEE:
      /* Translators: a row of a borrower's loan account ("ค่าธรรมเนียมเงินกู้"). */
      return C_("loan account", "Loan fee");
    case SAJJA_ENTRY_LOAN_FINE:
      /* Translators: a row of a borrower's loan account: a late fine paid ("ค่าปรับชำระล่าช้า"). */
      return C_("loan account", "Late fine");
    case SAJJA_ENTRY_LOAN_INTEREST:
      /* Translators: a row of a borrower's loan account: interest paid ("ดอกเบี้ย"). */
      return C_("loan account", "Interest");
    case SAJJA_ENTRY_LOAN_PRINCIPAL:
      /* Translators: a row of a borrower's loan account: principal repaid ("ชำระเงินต้น"). */
      return C_("loan account", "Principal repaid");
    case SAJJA_ENTRY_LOAN_WRITE_OFF:
      /* Translators: a row of a borrower's loan account: the principal written off ("ตัดเป็นหนี้สูญ"). */
      return C_("loan account", "Written off");
    default:
      return "";
    }
}

static char *
ledger_description (const LedgerRow *row)
{
  const char *what = ledger_kind_title (row->kind);

  if (row->reversal)
    /* Translators: a row of a borrower's loan account that undoes an earlier one (its receipt's
     * number is in the next column): what it undoes and the reason ("ยกเลิกรายการดอกเบี้ย: เงินสดขาด"). */
    return g_strdup_printf (C_("loan account", "Reversal of %s: %s"), what, row->note);
  if (row->kind == SAJJA_ENTRY_LOAN_WRITE_OFF)
    {
      g_autofree char *amount = sajja_money_format (row->amount);

      /* Translators: a row of a borrower's loan account: the amount written off and the resolution
       * ("ตัดเป็นหนี้สูญ 9,166.67 บาท ตามมติ มติที่ประชุมครั้งที่ 5/2569"). */
      return g_strdup_printf (C_("loan account", "%s baht written off by the resolution %s"), amount, row->note);
    }
  if (row->kind == SAJJA_ENTRY_LOAN_DISBURSEMENT && row->note != NULL && *row->note != '\0')
    /* Translators: a row of a borrower's loan account: a loan paid out as goods, and the goods
     * ("จ่ายเงินกู้ เป็นสิ่งของ: ปุ๋ยเคมี"). */
    return g_strdup_printf (C_("loan account", "Loan paid out as goods: %s"), row->note);
  if (row->reversed)
    /* Translators: a row of a borrower's loan account that a later row undoes ("ดอกเบี้ย (ยกเลิกแล้ว)"). */
    return g_strdup_printf (C_("loan account", "%s (reversed)"), what);
  return g_strdup (what);
}

static void
add_guarantor_lines (SajjaDb           *db,
                     SajjaPageDocument *doc,
                     SajjaLoan         *loan)
{
  for (guint i = 0; loan->guarantors != NULL && i < loan->guarantors->len; i++)
    {
      g_autoptr(SajjaMember) guarantor = sajja_member_find_by_id (db, g_array_index (loan->guarantors, gint64, i), NULL);
      g_autofree char *label = NULL;
      g_autofree char *name = NULL;
      g_autofree char *number = NULL;

      if (guarantor == NULL)
        continue;
      label = g_strdup_printf (_("Guarantor %u"), i + 1);
      name = sajja_member_dup_full_name (guarantor);
      number = g_strdup_printf ("%d", sajja_member_get_member_no (guarantor));
      {
        const SajjaPageField fields[] = {
          { label, name, 0, SAJJA_PAGE_FIELD_FILL },
          { _("member no."), number, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
        };

        sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
      }
    }
}

/**
 * sajja_print_loan_ledger:
 * @db: an open #SajjaDb
 * @loan_id: the loan
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the borrower's loan account, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_loan_ledger (SajjaDb  *db,
                         gint64    loan_id,
                         GError  **error)
{
  g_autoptr(LoanDoc) d = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *doc_title = NULL;
  gint64 owed = 0, lent = 0, principal = 0, interest = 0, fines = 0, fee = 0, written_off = 0;
  SajjaPageTable *table;
  /* Widths in points of text at 16 pt: a date, amounts up to 10,000.00 (wider ones wrap), and
   * the rest for the description. */
  const SajjaPageColumn columns[] = {
    /* Translators: a column of a borrower's loan account: the day ("วันที่"). */
    { C_("loan account column", "Date"), 64, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of a borrower's loan account: the receipt's number ("ใบเสร็จ"). */
    { C_("loan account column", "Receipt"), 41, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of a borrower's loan account: what moved ("รายการ"). */
    { C_("loan account column", "Description"), 96, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of a borrower's loan account: the money lent ("เงินกู้"). */
    { C_("loan account column", "Lent"), 58, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of a borrower's loan account: principal repaid ("ชำระต้น"). */
    { C_("loan account column", "Principal"), 56, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of a borrower's loan account: interest paid ("ดอกเบี้ย"). */
    { C_("loan account column", "Interest"), 50, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of a borrower's loan account: late fines, and the loan fee taken when
     * it was paid out ("ค่าปรับ/อื่น ๆ"). */
    { C_("loan account column", "Fines, other"), 44, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of a borrower's loan account: the principal still owed after the row ("ต้นคงเหลือ"). */
    { C_("loan account column", "Principal owed"), 58, SAJJA_PAGE_ALIGN_RIGHT },
  };

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  d = loan_doc_read (db, loan_id, error);
  if (d == NULL)
    return NULL;
  rows = read_ledger_rows (db, loan_id, error);
  if (rows == NULL)
    return NULL;

  /* Translators: the PDF's title: "บัญชีลูกหนี้เงินกู้รายตัว สัญญาเงินกู้เลขที่ 12". */
  doc_title = g_strdup_printf (_("Loan account of loan no. %lld"), (long long) d->loan->number);
  doc = loan_doc_new_document (d, doc_title);

  /* Translators: the title of a borrower's loan account ("บัญชีลูกหนี้เงินกู้รายตัว"). */
  sajja_page_document_add_title (doc, _("Borrower’s Loan Account"));
  _sajja_print_add_group_lines (doc, d->group);
  _sajja_print_add_printed_on (doc);
  add_schedule_terms (doc, d);
  add_guarantor_lines (db, doc, d->loan);
  {
    g_autofree char *closed = d->loan->closed_on != NULL ? _sajja_print_format_date_be (d->loan->closed_on, SAJJA_DATE_STYLE_LONG) : NULL;
    SajjaPageField fields[2];
    guint n = 0;

    /* Translators: on a borrower's loan account, before the loan's status today ("สถานะ"). */
    fields[n++] = (SajjaPageField) { C_("loan account", "Status"), sajja_loan_status_get_title (d->loan->status), 0,
                                     SAJJA_PAGE_FIELD_DEFAULT };
    if (closed != NULL)
      /* Translators: on a borrower's loan account, before the day the loan was repaid or written off ("เมื่อ"). */
      fields[n++] = (SajjaPageField) { C_("loan account", "on"), closed, 0, SAJJA_PAGE_FIELD_DEFAULT };
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, n);
  }
  sajja_page_document_add_space (doc, 4);

  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < rows->len; i++)
    {
      const LedgerRow *row = &g_array_index (rows, LedgerRow, i);
      g_autofree char *day = _sajja_print_format_date_be (row->paid_on, SAJJA_DATE_STYLE_SHORT);
      /* A reversal has no receipt of its own: the one of the entry it undoes. */
      g_autofree char *receipt = row->receipt_number > 0 ? format_number (row->receipt_number) : g_strdup ("");
      g_autofree char *description = ledger_description (row);
      g_autofree char *amount = NULL;
      g_autofree char *after = NULL;
      const char *cells[8] = { day, receipt, description, "", "", "", "", "" };

      /* In the journal a payout is a negative amount in 'loans' and a repayment a positive one. */
      if (row->in_loans)
        owed -= row->amount;
      switch ((int) row->kind)
        {
        case SAJJA_ENTRY_LOAN_DISBURSEMENT:
          amount = sajja_money_format (-row->amount);
          lent -= row->amount;
          cells[3] = amount;
          break;
        case SAJJA_ENTRY_LOAN_PRINCIPAL:
          amount = sajja_money_format (row->amount);
          principal += row->amount;
          cells[4] = amount;
          break;
        case SAJJA_ENTRY_LOAN_INTEREST:
          amount = sajja_money_format (row->amount);
          interest += row->amount;
          cells[5] = amount;
          break;
        case SAJJA_ENTRY_LOAN_FINE:
          amount = sajja_money_format (row->amount);
          fines += row->amount;
          cells[6] = amount;
          break;
        case SAJJA_ENTRY_LOAN_FEE:
          amount = sajja_money_format (row->amount);
          fee += row->amount;
          cells[6] = amount;
          break;
        case SAJJA_ENTRY_LOAN_WRITE_OFF:
          /* Not repaid: the amount is in the description, and the principal owed drops. */
          written_off += row->amount;
          break;
        default:
          break;
        }
      after = sajja_money_format (owed);
      cells[7] = after;
      sajja_page_table_add_row (table, cells);
    }
  {
    g_autofree char *lent_text = sajja_money_format (lent);
    g_autofree char *principal_text = sajja_money_format (principal);
    g_autofree char *interest_text = sajja_money_format (interest);
    g_autofree char *charges_text = sajja_money_format (fines + fee);
    g_autofree char *owed_text = sajja_money_format (owed);
    /* Translators: the last row of a borrower's loan account ("รวม"). */
    const char *cells[] = { "", "", C_("loan account", "Total"), lent_text, principal_text, interest_text,
                            charges_text, owed_text };

    sajja_page_table_add_row (table, cells);
  }
  if (rows->len == 0)
    sajja_page_document_add_paragraph (doc,
                                       /* Translators: on the account of a loan not paid out. */
                                       _("The loan has not been paid out: no money has moved on it yet."),
                                       SAJJA_PAGE_ALIGN_LEFT);

  sajja_page_document_add_space (doc, 4);
  /* Translators: on a borrower's loan account, under the table: the totals repaid
   * ("ชำระเงินต้นแล้วทั้งสิ้น"). */
  add_money_line (doc, _("Principal repaid in all"), principal);
  /* Translators: on a borrower's loan account, under the table ("ชำระดอกเบี้ยแล้วทั้งสิ้น"). */
  add_money_line (doc, _("Interest paid in all"), interest);
  /* Translators: on a borrower's loan account, under the table ("ชำระค่าปรับแล้วทั้งสิ้น"). */
  add_money_line (doc, _("Late fines paid in all"), fines);
  if (fee != 0)
    add_money_line (doc, _("Loan fee"), fee);
  if (written_off != 0)
    add_money_line (doc, _("Principal written off"), written_off);
  /* Translators: on a borrower's loan account, under the table ("เงินต้นคงเหลือ"). */
  add_money_line (doc, _("Principal still owed"), owed);

  return g_steal_pointer (&doc);
}
