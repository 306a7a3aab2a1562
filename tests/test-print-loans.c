/* test-print-loans.c: tests for the loan documents (sajja-print-loans.c): the contract with the
 * guarantee contracts, the repayment schedule, the receipt of a repayment, the notice to a
 * guarantor, the loan register and the borrower's loan account, built on a real database
 * through the loan core (sajja-loan.h) and read back from the PDF with poppler-utils.
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS. Page 1 of each document is rendered to a PNG
 * in G_TEST_BUILDDIR/screenshots/ for a person to look at. The assertions are on what does not
 * depend on the translation: names, numbers, Buddhist Era dates, amounts in figures and in Thai
 * words (made by code), rates, and the titles through the same catalogue the documents use.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sajja-bylaw.h"
#include "sajja-committee.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-i18n.h"
#include "sajja-ledger.h"
#include "sajja-loan.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-page.h"
#include "sajja-print-loans.h"
#include "sajja-test-pdf.h"
#include "sajja-test-store.h"
#include "sajja-thai-id.h"

enum
{
  BORROWER,
  SPOUSE,
  GUARANTOR_A,
  GUARANTOR_B,
  CHAIR,
  TREASURER,
  OTHER,
  N_MEMBERS
};

static const char * const titles[N_MEMBERS] = { "นาย", "นาง", "นาย", "นาง", "นาย", "นาง", "นาย" };
static const char * const given_names[N_MEMBERS] = {
  "สมชาย", "สมหญิง", "ประเสริฐ", "วิไลวรรณ", "บุญมี", "จันทร์เพ็ญ", "สุรศักดิ์",
};
static const char * const surnames[N_MEMBERS] = {
  "ใจดี", "ใจดี", "ทองคำ", "มั่นคง", "ศรีสุข", "แก้วมณี", "รุ่งเรือง",
};

#define GROUP_NAME "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก"

typedef struct
{
  SajjaDb *db;
  gint64 group_id;
  gint64 members[N_MEMBERS];
  char *ids[N_MEMBERS];         /* national IDs, 13 digits */
  gint64 product_id;
  gint64 kind_product_id;
  gint64 loan_id;               /* 10,000 baht at 1.25% a month, paid out, one instalment repaid */
  gint64 receipt_id;
  gint64 receipt_number;
  gint64 savings_receipt_id;    /* a special deposit's */
} Books;

static char *
full_name_of (int i)
{
  return g_strdup_printf ("%s%s %s", titles[i], given_names[i], surnames[i]);
}

/* A valid national ID made from @i. */
static char *
national_id_for (int i)
{
  g_autofree char *first12 = g_strdup_printf ("31012%07d", 4521 + i * 97);

  return g_strdup_printf ("%s%d", first12, sajja_thai_id_check_digit (first12));
}

static gint64
save_member (Books *books,
             int    i,
             gint64 spouse_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autofree char *address = g_strdup_printf ("%d หมู่ 4 ต.ในคลองบางปลากด อ.พระสมุทรเจดีย์ จ.สมุทรปราการ", 10 + i);

  if (books->members[i] != 0)
    member = sajja_member_find_by_id (books->db, books->members[i], &error);
  else
    member = sajja_member_new (books->group_id);
  g_assert_no_error (error);
  sajja_member_set_title (member, titles[i]);
  sajja_member_set_given_name (member, given_names[i]);
  sajja_member_set_surname (member, surnames[i]);
  sajja_member_set_national_id (member, books->ids[i]);
  sajja_member_set_address (member, address);
  sajja_member_set_join_date (member, "2026-01-01");
  sajja_member_set_shares (member, 2, "2026-01-01");
  if (spouse_id != 0)
    sajja_member_set_spouse (member, spouse_id, "");
  sajja_member_save (member, books->db, &error);
  g_assert_no_error (error);
  return sajja_member_get_id (member);
}

static gint64
save_product (Books           *books,
              const char      *name,
              SajjaRate        rate,
              gint64           late_fine_bp,
              guint            grace_days,
              guint            guarantors,
              gboolean         in_kind)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanProduct product = {
    .name = (char *) name,
    .effective_from = (char *) "2026-01-01",
    .purpose = (char *) "",
    .ceiling = 5000000,
    .max_months = 12,
    .rate = rate,
    .method = SAJJA_LOAN_METHOD_DECLINING,
    .guarantors = guarantors,
    .late_fine_bp = late_fine_bp,
    .grace_days = grace_days,
    .in_kind = in_kind,
  };
  gint64 id = sajja_loan_product_save (books->db, books->group_id, &product, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
books_open (Books      *books,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaGroup) group = sajja_group_new ();
  g_autofree char *path = test_path (name);
  SajjaLoanAllocation allocation = { 0, };
  gint64 guarantors[2];
  SajjaLoanApplication app = { 0, };

  books->db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  sajja_group_set_name (group, GROUP_NAME);
  sajja_group_set_village (group, "บ้านคลองสามแพรก");
  sajja_group_set_moo (group, 4);
  sajja_group_set_tambon (group, "ในคลองบางปลากด");
  sajja_group_set_amphoe (group, "พระสมุทรเจดีย์");
  sajja_group_set_changwat (group, "สมุทรปราการ");
  sajja_group_set_founded (group, "2010-05-01");
  sajja_group_save (group, books->db, &error);
  g_assert_no_error (error);
  books->group_id = sajja_group_get_id (group);
  sajja_bylaw_set_defaults (books->db, books->group_id, "2010-05-01", &error);
  g_assert_no_error (error);

  for (int i = 0; i < N_MEMBERS; i++)
    books->ids[i] = national_id_for (i);
  for (int i = 0; i < N_MEMBERS; i++)
    books->members[i] = save_member (books, i, 0);
  /* The borrower and the spouse are married to each other. */
  save_member (books, BORROWER, books->members[SPOUSE]);
  save_member (books, SPOUSE, books->members[BORROWER]);

  sajja_committee_add_term (books->db, books->group_id, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_CHAIR,
                            books->members[CHAIR], "2026-01-01", NULL, &error);
  g_assert_no_error (error);
  sajja_committee_add_term (books->db, books->group_id, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_TREASURER,
                            books->members[TREASURER], "2026-01-01", NULL, &error);
  g_assert_no_error (error);

  /* The money the group lends: January's pledges and a large special deposit, on a receipt. */
  for (int i = 0; i < N_MEMBERS; i++)
    post_ok (books->db, books->group_id, books->members[i], SAJJA_ENTRY_PLEDGE, 10000, period (2026, 1), "2026-01-05");
  books->savings_receipt_id = sajja_ledger_new_receipt (books->db, books->group_id, books->members[CHAIR], "2026-01-05",
                                                        0, 0, &error);
  g_assert_no_error (error);
  sajja_ledger_post (books->db, books->group_id, books->members[CHAIR], SAJJA_ENTRY_SPECIAL_DEPOSIT, 3000000,
                     period (2026, 1), "2026-01-05", books->savings_receipt_id, "test", NULL, &error);
  g_assert_no_error (error);

  /* สามัญ: 1.25% a month on the declining balance, the legal ceiling, so no late fine. */
  books->product_id = save_product (books, "สามัญ", (SajjaRate) { 125, SAJJA_RATE_PER_MONTH }, 0, 7, 2, FALSE);
  /* Fertiliser lent as goods: 1% a month and a late fine of 3% a year after 7 days. */
  books->kind_product_id = save_product (books, "ปุ๋ย", (SajjaRate) { 100, SAJJA_RATE_PER_MONTH }, 300, 7, 0, TRUE);

  guarantors[0] = books->members[GUARANTOR_A];
  guarantors[1] = books->members[GUARANTOR_B];
  app.member_id = books->members[BORROWER];
  app.product_id = books->product_id;
  app.applied_on = "2026-01-10";
  app.amount = 1000000;
  app.months = 12;
  app.purpose = "ซื้อปุ๋ยและเมล็ดพันธุ์ข้าว";
  app.guarantors = guarantors;
  app.n_guarantors = 2;
  books->loan_id = sajja_loan_apply (books->db, books->group_id, &app, &error);
  g_assert_no_error (error);
  g_assert_cmpint (books->loan_id, >, 0);
  sajja_loan_approve (books->db, books->loan_id, "2026-01-12", "คณะกรรมการเงินกู้", "มติที่ประชุมครั้งที่ 1/2569", &error);
  g_assert_no_error (error);
  sajja_loan_disburse (books->db, books->loan_id, "2026-01-15", NULL, "test", &error);
  g_assert_no_error (error);

  /* The first instalment on its day: 125.00 interest and 833.33 principal. */
  sajja_loan_repay (books->db, books->loan_id, 95833, "2026-02-15", "test", &allocation, &error);
  g_assert_no_error (error);
  g_assert_cmpint (allocation.fines, ==, 0);
  g_assert_cmpint (allocation.interest, ==, 12500);
  g_assert_cmpint (allocation.principal, ==, 83333);
  g_assert_false (allocation.closed);
  g_assert_cmpint (allocation.receipt_id, >, 0);
  books->receipt_id = allocation.receipt_id;
  books->receipt_number = allocation.receipt_number;
}

static void
books_close (Books *books)
{
  g_autoptr(GError) error = NULL;

  sajja_db_close (books->db, FALSE, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&books->db);
  for (int i = 0; i < N_MEMBERS; i++)
    g_clear_pointer (&books->ids[i], g_free);
}

/* Writes @doc to @name.pdf, checks the pages, fonts and title, and returns the text of every
 * page squeezed, in layout order then in drawing order (pdftotext -layout moves some Thai tone
 * marks, -raw keeps them but may split a table's rows). */
static char *
write_and_read (SajjaPageDocument *doc,
                const char        *name,
                guint             *out_n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strdup_printf ("%s.pdf", name);
  g_autofree char *pdf = test_path (file);
  g_auto(GStrv) pages = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *pages_info = NULL;
  guint n_pages;

  sajja_test_assert_inside_margins (doc);
  n_pages = sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  g_assert_true (sajja_page_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  sajja_test_assert_a4_and_fonts (pdf, sajja_page_document_get_title (doc));
  sajja_test_pdf_screenshot (pdf, name);
  pages_info = sajja_test_pdf_info_value (pdf, "Pages");
  g_assert_cmpint (atoi (pages_info), ==, n_pages);
  if (out_n_pages != NULL)
    *out_n_pages = n_pages;

  pages = sajja_test_pdf_pages_full (pdf, FALSE);
  layout = g_strjoinv ("", pages);
  g_strfreev (pages);
  pages = sajja_test_pdf_pages_full (pdf, TRUE);
  raw = g_strjoinv ("", pages);
  joined = g_strconcat (layout, "\n|\n", raw, NULL);
  return sajja_test_squeeze (joined);
}

static const char *
tr (const char *msgid)
{
  return g_dgettext ("sajja", msgid);
}

/* ---- the contract ----------------------------------------------------------------------- */

static void
test_contract (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(SajjaLoan) loan = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *words = sajja_money_to_thai_words (1000000);
  guint n_pages = 0;

  books_open (&books, "contract.db");
  loan = sajja_loan_get (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loan->effective_bp, ==, 1500);
  g_assert_cmpstr (words, ==, "หนึ่งหมื่นบาทถ้วน");

  doc = sajja_print_loan_contract (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  title = g_strdup_printf (tr ("Loan contract no. %lld"), (long long) loan->number);
  g_assert_cmpstr (sajja_page_document_get_title (doc), ==, title);
  text = write_and_read (doc, "loan-contract", &n_pages);
  /* The contract, then the guarantee contracts on a page of their own. */
  g_assert_cmpuint (n_pages, >=, 2);

  sajja_test_assert_has (text, tr ("Loan Contract"), "the contract");
  sajja_test_assert_has (text, tr ("Guarantee Contract"), "the contract");
  sajja_test_assert_has (text, GROUP_NAME, "the contract");
  sajja_test_assert_has (text, "สมุทรปราการ", "the contract");
  /* The borrower: name, member no., ID, address. */
  {
    g_autofree char *name = full_name_of (BORROWER);
    g_autofree char *id = sajja_thai_id_format (books.ids[BORROWER]);

    sajja_test_assert_has (text, name, "the contract");
    sajja_test_assert_has (text, id, "the contract");
    sajja_test_assert_has (text, "10หมู่4ต.ในคลองบางปลากด", "the contract");
  }
  /* The amount in figures and words, the purpose and the product. */
  sajja_test_assert_has (text, "10,000.00", "the contract");
  sajja_test_assert_has (text, words, "the contract");
  sajja_test_assert_has (text, "ซื้อปุ๋ยและเมล็ดพันธุ์ข้าว", "the contract");
  sajja_test_assert_has (text, "สามัญ", "the contract");
  /* The rate as quoted and the effective yearly rate. */
  {
    g_autofree char *quoted = sajja_rate_format ((SajjaRate) { 125, SAJJA_RATE_PER_MONTH });

    sajja_test_assert_has (text, quoted, "the contract");
    sajja_test_assert_has (text, "1.25%", "the contract");
    sajja_test_assert_has (text, "15.00%", "the contract");
  }
  sajja_test_assert_has (text, sajja_loan_method_get_title (SAJJA_LOAN_METHOD_DECLINING), "the contract");
  /* Twelve instalments from 15 February 2569; paid out on 15 January, approved on the 12th. */
  sajja_test_assert_has (text, "15กุมภาพันธ์2569", "the contract");
  sajja_test_assert_has (text, "15มกราคม2569", "the contract");
  sajja_test_assert_has (text, "12มกราคม2569", "the contract");
  sajja_test_assert_has (text, "มติที่ประชุมครั้งที่1/2569", "the contract");
  /* The legal clauses name their sections. */
  sajja_test_assert_has (text, "654", "the contract");
  sajja_test_assert_has (text, "655", "the contract");
  sajja_test_assert_has (text, "224/1", "the contract");
  sajja_test_assert_has (text, "653", "the contract");
  sajja_test_assert_has (text, "686", "the contract");
  /* Signatures: the spouse consents; the chair and treasurer sign for the lender. */
  for (int i = SPOUSE; i <= TREASURER; i++)
    {
      g_autofree char *name = full_name_of (i);

      sajja_test_assert_has (text, name, "the contract");
    }
  {
    g_autofree char *id_a = sajja_thai_id_format (books.ids[GUARANTOR_A]);
    g_autofree char *id_b = sajja_thai_id_format (books.ids[GUARANTOR_B]);

    sajja_test_assert_has (text, id_a, "the guarantee contract");
    sajja_test_assert_has (text, id_b, "the guarantee contract");
  }
  /* The other member has nothing to do with this loan. */
  g_assert_null (strstr (text, given_names[OTHER]));

  books_close (&books);
}

/* A loan in kind, only applied for: its contract and a draft schedule. */
static void
test_contract_in_kind (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(SajjaPageDocument) schedule = NULL;
  g_autofree char *text = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *words = sajja_money_to_thai_words (1700000);
  SajjaLoanApplication app = { 0, };
  gint64 loan_id;

  books_open (&books, "in-kind.db");
  app.member_id = books.members[OTHER];
  app.product_id = books.kind_product_id;
  app.applied_on = "2026-03-01";
  app.months = 6;
  app.purpose = "ทำนาปรัง";
  app.in_kind_item = "ปุ๋ยเคมีสูตร 16-20-0";
  app.in_kind_quantity = 20;
  app.in_kind_unit = "กระสอบ";
  app.in_kind_price = 85000;
  loan_id = sajja_loan_apply (books.db, books.group_id, &app, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (words, ==, "หนึ่งหมื่นเจ็ดพันบาทถ้วน");

  doc = sajja_print_loan_contract (books.db, loan_id, &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "loan-contract-in-kind", NULL);
  sajja_test_assert_has (text, "ปุ๋ยเคมีสูตร16-20-0", "the contract in kind");
  sajja_test_assert_has (text, "กระสอบ", "the contract in kind");
  sajja_test_assert_has (text, "850.00", "the contract in kind");
  sajja_test_assert_has (text, "17,000.00", "the contract in kind");
  sajja_test_assert_has (text, words, "the contract in kind");
  sajja_test_assert_has (text, "1มีนาคม2569", "the contract in kind");
  /* The late fine of 3% a year after 7 days, on the overdue instalment. */
  sajja_test_assert_has (text, "3.00%", "the contract in kind");
  sajja_test_assert_has (text, "224/1", "the contract in kind");
  /* No guarantors, no spouse: no guarantee contract. */
  {
    g_autofree char *guarantee = sajja_test_squeeze (tr ("Guarantee Contract"));

    g_assert_null (strstr (text, guarantee));
  }

  /* Not paid out: the schedule is a draft from one month after the application. */
  schedule = sajja_print_loan_schedule (books.db, loan_id, &error);
  g_assert_no_error (error);
  draft = write_and_read (schedule, "loan-schedule-draft", NULL);
  sajja_test_assert_has (draft, tr ("Repayment Schedule (Draft)"), "the draft schedule");
  /* 17,000 over 6 months: 2,833.33 a month, 170.00 interest in the first. */
  sajja_test_assert_has (draft, "11เม.ย.25692,833.33170.003,003.3314,166.67", "the draft schedule");
  sajja_test_assert_has (draft, "61ก.ย.25692,833.35", "the draft schedule");

  books_close (&books);
}

/* The documents of a loan approved but not paid out, and of one repaid in full. */
static void
test_every_status (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) approved = NULL;
  g_autoptr(SajjaPageDocument) contract = NULL;
  g_autoptr(SajjaPageDocument) schedule = NULL;
  g_autoptr(SajjaPageDocument) receipt = NULL;
  g_autofree char *approved_text = NULL;
  g_autofree char *contract_text = NULL;
  g_autofree char *schedule_text = NULL;
  g_autofree char *receipt_text = NULL;
  g_autofree char *payoff_text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *draft = sajja_test_squeeze (tr ("Repayment Schedule (Draft)"));
  g_autoptr(SajjaLoan) loan = NULL;
  SajjaLoanApplication app = { 0, };
  SajjaLoanPosition position = { 0, };
  SajjaLoanAllocation allocation = { 0, };
  gint64 approved_id;

  books_open (&books, "every-status.db");

  /* Approved, not yet paid out: the decision's day, no day of payment, a draft schedule. */
  app.member_id = books.members[OTHER];
  app.product_id = books.kind_product_id;
  app.applied_on = "2026-01-20";
  app.months = 6;
  app.purpose = "ทำนาปรัง";
  app.in_kind_item = "เมล็ดพันธุ์ข้าว กข43";
  app.in_kind_quantity = 40;
  app.in_kind_unit = "ถัง";
  app.in_kind_price = 30000;
  approved_id = sajja_loan_apply (books.db, books.group_id, &app, &error);
  g_assert_no_error (error);
  sajja_loan_approve (books.db, approved_id, "2026-01-22", "คณะกรรมการเงินกู้", "มติที่ประชุมครั้งที่ 2/2569", &error);
  g_assert_no_error (error);
  approved = sajja_print_loan_contract (books.db, approved_id, &error);
  g_assert_no_error (error);
  approved_text = write_and_read (approved, "loan-contract-approved", NULL);
  sajja_test_assert_has (approved_text, "22มกราคม2569", "the approved loan's contract");
  sajja_test_assert_has (approved_text, "มติที่ประชุมครั้งที่2/2569", "the approved loan's contract");
  sajja_test_assert_has (approved_text, "12,000.00", "the approved loan's contract");
  sajja_test_assert_has (approved_text, "เมล็ดพันธุ์ข้าวกข43", "the approved loan's contract");
  g_clear_object (&approved);
  g_clear_pointer (&approved_text, g_free);
  approved = sajja_print_loan_schedule (books.db, approved_id, &error);
  g_assert_no_error (error);
  approved_text = write_and_read (approved, "loan-schedule-approved", NULL);
  sajja_test_assert_has (approved_text, draft, "the approved loan's schedule");
  /* One month after the application: 20 February 2569. */
  sajja_test_assert_has (approved_text, "120ก.พ.25692,000.00120.00", "the approved loan's schedule");

  /* Repaid in full on 1 March 2569: closed. */
  sajja_loan_position (books.db, books.loan_id, "2026-03-01", &position, &error);
  g_assert_no_error (error);
  sajja_loan_repay (books.db, books.loan_id, position.payoff, "2026-03-01", "test", &allocation, &error);
  g_assert_no_error (error);
  g_assert_true (allocation.closed);
  loan = sajja_loan_get (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loan->status, ==, SAJJA_LOAN_CLOSED);

  contract = sajja_print_loan_contract (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  contract_text = write_and_read (contract, "loan-contract-closed", NULL);
  sajja_test_assert_has (contract_text, "หนึ่งหมื่นบาทถ้วน", "the closed loan's contract");
  schedule = sajja_print_loan_schedule (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  schedule_text = write_and_read (schedule, "loan-schedule-closed", NULL);
  g_assert_null (strstr (schedule_text, draft));
  sajja_test_assert_has (schedule_text, "10,000.00812.5010,812.50", "the closed loan's schedule");

  /* The payoff's receipt: the principal left, nothing owed after it, no next instalment. */
  receipt = sajja_print_loan_receipt (books.db, allocation.receipt_id, &error);
  g_assert_no_error (error);
  receipt_text = write_and_read (receipt, "loan-receipt-payoff", NULL);
  payoff_text = sajja_money_format (position.payoff);
  words = sajja_money_to_thai_words (position.payoff);
  g_assert_cmpint (allocation.principal, ==, 916667);
  sajja_test_assert_has (receipt_text, "9,166.67", "the payoff receipt");
  sajja_test_assert_has (receipt_text, payoff_text, "the payoff receipt");
  sajja_test_assert_has (receipt_text, words, "the payoff receipt");
  {
    g_autofree char *nothing_left = g_strdup_printf ("%s0.00", tr ("Principal still owed after this payment"));
    g_autofree char *next = sajja_test_squeeze (tr ("Next instalment due on"));

    sajja_test_assert_has (receipt_text, nothing_left, "the payoff receipt");
    g_assert_null (strstr (receipt_text, next));
  }

  books_close (&books);
}

/* ---- the schedule ------------------------------------------------------------------------ */

static void
test_schedule (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autofree char *text = NULL;
  gint64 principal = 0, interest = 0, balance = 1000000;
  guint version = 0;

  books_open (&books, "schedule.db");

  schedule = sajja_loan_get_schedule (books.db, books.loan_id, NULL, &version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 1);
  g_assert_cmpuint (schedule->len, ==, 12);
  for (guint i = 0; i < schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);

      principal += inst->principal;
      interest += inst->interest;
      balance -= inst->principal;
      g_assert_cmpint (inst->balance_after, ==, balance);
    }
  g_assert_cmpint (principal, ==, 1000000);
  g_assert_cmpint (interest, ==, 81250);

  doc = sajja_print_loan_schedule (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "loan-schedule", NULL);

  sajja_test_assert_has (text, tr ("Repayment Schedule"), "the schedule");
  {
    g_autofree char *draft = sajja_test_squeeze (tr ("Repayment Schedule (Draft)"));

    g_assert_null (strstr (text, draft));
  }
  sajja_test_assert_has (text, "10,000.00", "the schedule");
  sajja_test_assert_has (text, "หนึ่งหมื่นบาทถ้วน", "the schedule");
  sajja_test_assert_has (text, "15.00%", "the schedule");
  /* The first instalment: 15 Feb 2569, 833.33 + 125.00 = 958.33, 9,166.67 still owed. */
  sajja_test_assert_has (text, "115ก.พ.2569833.33125.00958.339,166.67", "the schedule");
  /* The fifth: interest of 83.33 on 6,666.68. */
  sajja_test_assert_has (text, "515มิ.ย.2569833.3383.33916.665,833.35", "the schedule");
  /* The last takes the rounding: 833.37 + 10.42 = 843.79 on 15 Jan 2570. */
  sajja_test_assert_has (text, "1215ม.ค.2570833.3710.42843.790.00", "the schedule");
  /* The totals. */
  sajja_test_assert_has (text, "10,000.00812.5010,812.50", "the schedule");

  books_close (&books);
}

/* A rescheduled loan: the newest schedule, named as such, with the interest carried into it. */
static void
test_schedule_rescheduled (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(SajjaPageDocument) contract = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contract_text = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *carried = NULL;
  g_autofree char *first_row = NULL;
  g_autofree char *principal = NULL;
  g_autofree char *interest = NULL;
  const SajjaInstalment *first;
  gint64 carried_interest;
  guint version = 0;

  books_open (&books, "rescheduled.db");

  /* Two instalments overdue on 20 April: ten more months at 1% a month from 20 May. */
  sajja_loan_reschedule (books.db, books.loan_id, "2026-04-20", 10, (SajjaRate) { 100, SAJJA_RATE_PER_MONTH },
                         SAJJA_LOAN_METHOD_DECLINING, "2026-05-20", "มติที่ประชุมครั้งที่ 4/2569 น้ำท่วมนาข้าว", &error);
  g_assert_no_error (error);
  schedule = sajja_loan_get_schedule (books.db, books.loan_id, NULL, &version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 2);
  g_assert_cmpuint (schedule->len, ==, 10);
  carried_interest = sajja_db_query_int_params (books.db, "SELECT carried_interest FROM loan_schedules "
                                                "WHERE loan_id = ?1 AND version = 2", -1, 1, books.loan_id);
  /* At least the interest of the two instalments overdue (114.58 + 104.17). */
  g_assert_cmpint (carried_interest, >=, 11458 + 10417);

  doc = sajja_print_loan_schedule (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "loan-schedule-rescheduled", NULL);

  heading = g_strdup_printf (tr ("Rescheduled repayment schedule, version %u, made on %s."), 2u, "20 เมษายน 2569");
  sajja_test_assert_has (text, heading, "the rescheduled schedule");
  sajja_test_assert_has (text, "มติที่ประชุมครั้งที่4/2569น้ำท่วมนาข้าว", "the rescheduled schedule");
  /* The principal still owed, in figures and words, and the new rate. */
  sajja_test_assert_has (text, "9,166.67", "the rescheduled schedule");
  {
    g_autofree char *words = sajja_money_to_thai_words (916667);

    sajja_test_assert_has (text, words, "the rescheduled schedule");
  }
  sajja_test_assert_has (text, "1.00%", "the rescheduled schedule");
  carried = sajja_money_format (carried_interest);
  sajja_test_assert_has (text, carried, "the rescheduled schedule");
  /* The first new instalment on 20 May 2569, with the carried interest in it. */
  first = &g_array_index (schedule, SajjaInstalment, 0);
  g_assert_cmpstr (first->due_on, ==, "2026-05-20");
  g_assert_cmpint (first->principal, ==, 91666);
  principal = sajja_money_format (first->principal);
  interest = sajja_money_format (first->interest);
  first_row = g_strdup_printf ("120พ.ค.2569%s%s", principal, interest);
  sajja_test_assert_has (text, first_row, "the rescheduled schedule");

  /* The contract keeps the first schedule's due day. */
  contract = sajja_print_loan_contract (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  contract_text = write_and_read (contract, "loan-contract-rescheduled", NULL);
  sajja_test_assert_has (contract_text, "15กุมภาพันธ์2569", "the contract of a rescheduled loan");

  books_close (&books);
}

/* ---- the receipt ------------------------------------------------------------------------- */

static void
test_receipt (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *words = sajja_money_to_thai_words (95833);
  g_autofree char *borrower = full_name_of (BORROWER);
  g_autofree char *treasurer = full_name_of (TREASURER);
  g_autofree char *number = NULL;
  g_autofree char *fine_line = sajja_test_squeeze (g_dpgettext2 ("sajja", "loan receipt", "Late repayment fine"));

  books_open (&books, "receipt.db");
  g_assert_cmpstr (words, ==, "เก้าร้อยห้าสิบแปดบาทสามสิบสามสตางค์");

  doc = sajja_print_loan_receipt (books.db, books.receipt_id, &error);
  g_assert_no_error (error);
  title = g_strdup_printf (tr ("Receipt no. %lld"), (long long) books.receipt_number);
  g_assert_cmpstr (sajja_page_document_get_title (doc), ==, title);
  text = write_and_read (doc, "loan-receipt", NULL);

  sajja_test_assert_has (text, tr ("Receipt: Loan Repayment"), "the receipt");
  number = g_strdup_printf ("%" G_GINT64_FORMAT, books.receipt_number);
  sajja_test_assert_has (text, number, "the receipt");
  sajja_test_assert_has (text, "15กุมภาพันธ์2569", "the receipt");
  sajja_test_assert_has (text, borrower, "the receipt");
  sajja_test_assert_has (text, treasurer, "the receipt");
  sajja_test_assert_has (text, "สามัญ", "the receipt");
  /* The lines, the total in figures and words, and the principal still owed. */
  sajja_test_assert_has (text, "125.00", "the receipt");
  sajja_test_assert_has (text, "833.33", "the receipt");
  sajja_test_assert_has (text, "958.33", "the receipt");
  sajja_test_assert_has (text, words, "the receipt");
  sajja_test_assert_has (text, "9,166.67", "the receipt");
  /* No fine was paid: no fine line. */
  g_assert_null (strstr (text, fine_line));
  /* The next instalment: 15 March 2569, 947.91. */
  sajja_test_assert_has (text, "15มีนาคม2569", "the receipt");
  sajja_test_assert_has (text, "947.91", "the receipt");
  sajja_test_assert_has (text, "653", "the receipt");

  /* A savings receipt is not a loan repayment; no receipt at all is not found. */
  g_clear_object (&doc);
  doc = sajja_print_loan_receipt (books.db, books.savings_receipt_id, &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND);
  g_assert_null (doc);
  g_clear_error (&error);
  doc = sajja_print_loan_receipt (books.db, 424242, &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND);
  g_assert_null (doc);

  books_close (&books);
}

/* A repayment reversed: its receipt still prints, marked cancelled, and the principal is owed
 * again. */
static void
test_receipt_reversed (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(SajjaPageDocument) before = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before_text = NULL;
  g_autofree char *cancelled = NULL;
  sqlite3_stmt *stmt;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (gint64));

  books_open (&books, "reversed.db");
  cancelled = sajja_test_squeeze (tr ("CANCELLED: this payment has been reversed in the books."));
  before = sajja_print_loan_receipt (books.db, books.receipt_id, &error);
  g_assert_no_error (error);
  before_text = write_and_read (before, "loan-receipt-before-reversal", NULL);
  g_assert_null (strstr (before_text, cancelled));

  stmt = sajja_db_prepare (books.db, "SELECT id FROM journal WHERE receipt_id = ?1 ORDER BY id", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, books.receipt_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (entries, id);
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    {
      sajja_ledger_reverse (books.db, g_array_index (entries, gint64, i), period (2026, 2), "2026-02-16", "test",
                            "เงินสดขาด", &error);
      g_assert_no_error (error);
    }

  doc = sajja_print_loan_receipt (books.db, books.receipt_id, &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "loan-receipt-reversed", NULL);
  sajja_test_assert_has (text, cancelled, "the reversed receipt");
  sajja_test_assert_has (text, "958.33", "the reversed receipt");

  books_close (&books);
}

/* ---- the loan register ------------------------------------------------------------------- */

/* A register row squeezed, in the order of its cells: the number over the day paid out, the
 * member no. and name, the type over the instalments, the amount over the rate, then the
 * figures of the day. */
static char *
register_row (const SajjaLoan *loan,
              const char      *paid,
              const char      *repaid,
              const char      *owed,
              const char      *days,
              SajjaLoanStatus  status)
{
  g_autofree char *amount = sajja_money_format (loan->amount);
  g_autofree char *rate = sajja_rate_format (loan->rate);
  g_autofree char *months = g_strdup_printf (g_dngettext ("sajja", "%u instalment", "%u instalments", loan->months),
                                             loan->months);
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT "%s%" G_GINT64_FORMAT "%s%s%s%s%s%s%s%s%s",
                                          loan->number, paid, loan->member_no, loan->member_name, loan->product_name,
                                          months, amount, rate, repaid, owed, days,
                                          sajja_loan_status_get_title (status));

  return sajja_test_squeeze (row);
}

static char *
register_total (guint       n_loans,
                const char *figures)
{
  g_autofree char *label = g_strdup_printf (g_dngettext ("sajja", "Total of %u loan paid out",
                                                       "Total of %u loans paid out", n_loans),
                                          n_loans);

  return g_strconcat (label, figures, NULL);
}

/* The register on 1 March 2569, when a second loan is approved but not paid out (it is paid out
 * on 10 March), and on 20 April, when both are overdue; a loan applied for in May is in neither. */
static void
test_register (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) march = NULL;
  g_autoptr(SajjaPageDocument) april = NULL;
  g_autoptr(SajjaLoan) first = NULL;
  g_autoptr(SajjaLoan) second = NULL;
  g_autofree char *march_text = NULL;
  g_autofree char *april_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *par_label = NULL;
  SajjaLoanApplication app = { 0, };
  g_autoptr(GPtrArray) arrears = NULL;
  SajjaLoanPortfolio portfolio = { 0, };
  gint64 guarantors[2];
  gint64 second_id, later_id;

  books_open (&books, "register.db");

  /* 5,000 baht over 5 months for the other member: approved in January, paid out on 10 March. */
  guarantors[0] = books.members[GUARANTOR_A];
  guarantors[1] = books.members[GUARANTOR_B];
  app.member_id = books.members[OTHER];
  app.product_id = books.product_id;
  app.applied_on = "2026-01-20";
  app.amount = 500000;
  app.months = 5;
  app.purpose = "ซ่อมเรือประมง";
  app.guarantors = guarantors;
  app.n_guarantors = 2;
  second_id = sajja_loan_apply (books.db, books.group_id, &app, &error);
  g_assert_no_error (error);
  sajja_loan_approve (books.db, second_id, "2026-01-22", "คณะกรรมการเงินกู้", "มติที่ประชุมครั้งที่ 2/2569", &error);
  g_assert_no_error (error);
  sajja_loan_disburse (books.db, second_id, "2026-03-10", NULL, "test", &error);
  g_assert_no_error (error);

  /* Fertiliser applied for in May: after both days. */
  memset (&app, 0, sizeof app);
  app.member_id = books.members[SPOUSE];
  app.product_id = books.kind_product_id;
  app.applied_on = "2026-05-01";
  app.months = 6;
  app.purpose = "ทำนาปรัง";
  app.in_kind_item = "ปุ๋ยเคมีสูตร 16-20-0";
  app.in_kind_quantity = 10;
  app.in_kind_unit = "กระสอบ";
  app.in_kind_price = 85000;
  later_id = sajja_loan_apply (books.db, books.group_id, &app, &error);
  g_assert_no_error (error);
  g_assert_cmpint (later_id, >, 0);

  first = sajja_loan_get (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  second = sajja_loan_get (books.db, second_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second->number, >, first->number);
  par_label = sajja_test_squeeze (tr ("PAR30: the principal of loans more than 30 days overdue, of all principal owed"));

  /* 1 March: the first loan only is out, on time; the second is approved, with no figures. */
  march = sajja_print_loan_register (books.db, books.group_id, "2026-03-01", &error);
  g_assert_no_error (error);
  title = g_strdup_printf (tr ("Loan register on %s"), "1 มีนาคม 2569");
  g_assert_cmpstr (sajja_page_document_get_title (march), ==, title);
  march_text = write_and_read (march, "loan-register-march", NULL);
  sajja_test_assert_has (march_text, tr ("Loan Register"), "the register on 1 March");
  sajja_test_assert_has (march_text, GROUP_NAME, "the register on 1 March");
  sajja_test_assert_has (march_text, "1มีนาคม2569", "the register on 1 March");
  {
    g_autofree char *row1 = register_row (first, "15/01/2569", "833.33", "9,166.67", "", SAJJA_LOAN_ACTIVE);
    g_autofree char *row2 = register_row (second, "", "", "", "", SAJJA_LOAN_APPROVED);
    g_autofree char *total = register_total (1, "10,000.00833.339,166.67");

    sajja_test_assert_has (march_text, row1, "the register on 1 March");
    sajja_test_assert_has (march_text, row2, "the register on 1 March");
    sajja_test_assert_has (march_text, total, "the register on 1 March");
  }
  /* Not paid out on that day: neither its day of payment nor its amount in the totals. */
  g_assert_null (strstr (march_text, "10/03/2569"));
  g_assert_null (strstr (march_text, "15,000.00"));
  g_assert_null (strstr (march_text, "ปุ๋ย"));
  /* Aging: one loan out, not overdue; nothing at risk. */
  g_clear_pointer (&arrears, g_ptr_array_unref);
  arrears = sajja_loan_arrears (books.db, books.group_id, "2026-03-01", &portfolio, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (portfolio.loans, ==, 1);
  g_assert_cmpint (portfolio.par30_bp, ==, 0);
  {
    g_autofree char *current = g_strdup_printf ("%s19,166.67100.00%%", sajja_aging_get_title (SAJJA_AGING_CURRENT));
    g_autofree char *par = g_strdup_printf ("%s0.00%%", par_label);

    sajja_test_assert_has (march_text, current, "the register's aging on 1 March");
    sajja_test_assert_has (march_text, par, "the register's PAR30 on 1 March");
  }

  /* 20 April: the first loan 36 days overdue, the second 10 days (its first instalment fell on
   * 10 April). */
  april = sajja_print_loan_register (books.db, books.group_id, "2026-04-20", &error);
  g_assert_no_error (error);
  april_text = write_and_read (april, "loan-register-april", NULL);
  {
    g_autofree char *row1 = register_row (first, "15/01/2569", "833.33", "9,166.67", "36", SAJJA_LOAN_ACTIVE);
    g_autofree char *row2 = register_row (second, "10/03/2569", "0.00", "5,000.00", "10", SAJJA_LOAN_ACTIVE);
    g_autofree char *total = register_total (2, "15,000.00833.3314,166.67");

    sajja_test_assert_has (april_text, row1, "the register on 20 April");
    sajja_test_assert_has (april_text, row2, "the register on 20 April");
    sajja_test_assert_has (april_text, total, "the register on 20 April");
  }
  g_assert_null (strstr (april_text, "ปุ๋ย"));
  /* PAR30: 9,166.67 of 14,166.67 owed is more than 30 days overdue. */
  g_clear_pointer (&arrears, g_ptr_array_unref);
  arrears = sajja_loan_arrears (books.db, books.group_id, "2026-04-20", &portfolio, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (portfolio.loans, ==, 2);
  g_assert_cmpint (portfolio.outstanding, ==, 1416667);
  g_assert_cmpint (portfolio.par30_bp, ==, 6471);
  {
    g_autofree char *current = g_strdup_printf ("%s00.000.00%%", sajja_aging_get_title (SAJJA_AGING_CURRENT));
    g_autofree char *band1 = g_strdup_printf ("%s15,000.0035.29%%", sajja_aging_get_title (SAJJA_AGING_1_30));
    g_autofree char *band2 = g_strdup_printf ("%s19,166.6764.71%%", sajja_aging_get_title (SAJJA_AGING_31_60));
    g_autofree char *total = g_strdup_printf ("%s214,166.67100.00%%", g_dpgettext2 ("sajja", "loan aging", "Total"));
    g_autofree char *par = g_strdup_printf ("%s64.71%%", par_label);

    sajja_test_assert_has (april_text, current, "the register's aging on 20 April");
    sajja_test_assert_has (april_text, band1, "the register's aging on 20 April");
    sajja_test_assert_has (april_text, band2, "the register's aging on 20 April");
    sajja_test_assert_has (april_text, total, "the register's aging on 20 April");
    sajja_test_assert_has (april_text, par, "the register's PAR30 on 20 April");
  }

  /* A day that is none; a group that is none. */
  g_clear_object (&march);
  march = sajja_print_loan_register (books.db, books.group_id, "2026-02-30", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_assert_null (march);
  g_clear_error (&error);
  march = sajja_print_loan_register (books.db, 424242, "2026-03-01", &error);
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
  g_assert_null (march);
  g_clear_error (&error);

  books_close (&books);
}

/* ---- the borrower's loan account ---------------------------------------------------------- */

static char *
ledger_row (const char *day,
            gint64      receipt,
            const char *description,
            const char *figures)
{
  g_autofree char *number = receipt > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, receipt) : g_strdup ("");
  g_autofree char *row = g_strconcat (day, number, description, figures, NULL);

  return sajja_test_squeeze (row);
}

static const char *
account_tr (const char *msgid)
{
  return g_dpgettext2 ("sajja", "loan account", msgid);
}

/* The loan paid out, a repayment, a second one reversed the next day, and the rest written off. */
static void
test_ledger (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(SajjaPageDocument) unpaid = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reversed_interest = NULL;
  g_autofree char *reversed_principal = NULL;
  g_autofree char *undo_interest = NULL;
  g_autofree char *undo_principal = NULL;
  g_autofree char *written_off = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (gint64));
  SajjaLoanAllocation second = { 0, };
  SajjaLoanApplication app = { 0, };
  SajjaLoanPosition position = { 0, };
  sqlite3_stmt *stmt;
  const char *resolution = "มติที่ประชุมครั้งที่ 6/2569";
  gint64 unpaid_id;
  char *rows[9];
  const char *at;

  books_open (&books, "ledger.db");

  /* The second instalment on its day: 114.58 interest and 833.33 principal, reversed the next day. */
  sajja_loan_repay (books.db, books.loan_id, 94791, "2026-03-15", "test", &second, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second.interest, ==, 11458);
  g_assert_cmpint (second.principal, ==, 83333);
  stmt = sajja_db_prepare (books.db, "SELECT id FROM journal WHERE receipt_id = ?1 ORDER BY id", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, second.receipt_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (entries, id);
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    {
      sajja_ledger_reverse (books.db, g_array_index (entries, gint64, i), period (2026, 3), "2026-03-16", "test",
                            "เงินสดขาด", &error);
      g_assert_no_error (error);
    }
  /* Written off at the end of June: the 9,166.67 still owed. */
  sajja_loan_position (books.db, books.loan_id, "2026-06-30", &position, &error);
  g_assert_no_error (error);
  g_assert_cmpint (position.outstanding, ==, 916667);
  sajja_loan_write_off (books.db, books.loan_id, "2026-06-30", resolution, "test", &error);
  g_assert_no_error (error);

  doc = sajja_print_loan_ledger (books.db, books.loan_id, &error);
  g_assert_no_error (error);
  title = g_strdup_printf (tr ("Loan account of loan no. %lld"), 1LL);
  g_assert_cmpstr (sajja_page_document_get_title (doc), ==, title);
  text = write_and_read (doc, "loan-ledger", NULL);

  sajja_test_assert_has (text, tr ("Borrower’s Loan Account"), "the loan account");
  /* The terms, the borrower and the guarantors. */
  {
    g_autofree char *borrower = full_name_of (BORROWER);
    g_autofree char *guarantor_a = full_name_of (GUARANTOR_A);
    g_autofree char *guarantor_b = full_name_of (GUARANTOR_B);
    g_autofree char *guarantor_1 = g_strdup_printf (tr ("Guarantor %u"), 1u);
    g_autofree char *quoted = sajja_rate_format ((SajjaRate) { 125, SAJJA_RATE_PER_MONTH });
    g_autofree char *status = g_strconcat (account_tr ("Status"), sajja_loan_status_get_title (SAJJA_LOAN_WRITTEN_OFF),
                                           account_tr ("on"), "30มิถุนายน2569", NULL);

    sajja_test_assert_has (text, borrower, "the loan account");
    sajja_test_assert_has (text, guarantor_1, "the loan account");
    sajja_test_assert_has (text, guarantor_a, "the loan account");
    sajja_test_assert_has (text, guarantor_b, "the loan account");
    sajja_test_assert_has (text, "หนึ่งหมื่นบาทถ้วน", "the loan account");
    sajja_test_assert_has (text, quoted, "the loan account");
    sajja_test_assert_has (text, "15.00%", "the loan account");
    sajja_test_assert_has (text, status, "the loan account");
  }

  /* Every row in order, with the principal owed after it. */
  reversed_interest = g_strdup_printf (account_tr ("%s (reversed)"), account_tr ("Interest"));
  reversed_principal = g_strdup_printf (account_tr ("%s (reversed)"), account_tr ("Principal repaid"));
  undo_interest = g_strdup_printf (account_tr ("Reversal of %s: %s"), account_tr ("Interest"), "เงินสดขาด");
  undo_principal = g_strdup_printf (account_tr ("Reversal of %s: %s"), account_tr ("Principal repaid"), "เงินสดขาด");
  written_off = g_strdup_printf (account_tr ("%s baht written off by the resolution %s"), "9,166.67", resolution);
  rows[0] = ledger_row ("15/01/2569", 0, account_tr ("Loan paid out"), "10,000.0010,000.00");
  rows[1] = ledger_row ("15/02/2569", books.receipt_number, account_tr ("Interest"), "125.0010,000.00");
  rows[2] = ledger_row ("15/02/2569", books.receipt_number, account_tr ("Principal repaid"), "833.339,166.67");
  rows[3] = ledger_row ("15/03/2569", second.receipt_number, reversed_interest, "114.589,166.67");
  rows[4] = ledger_row ("15/03/2569", second.receipt_number, reversed_principal, "833.338,333.34");
  rows[5] = ledger_row ("16/03/2569", second.receipt_number, undo_interest, "-114.588,333.34");
  rows[6] = ledger_row ("16/03/2569", second.receipt_number, undo_principal, "-833.339,166.67");
  /* The last row: the write-off takes the principal owed to nothing; then the totals. */
  rows[7] = ledger_row ("30/06/2569", 0, written_off, "0.00");
  rows[8] = g_strconcat (account_tr ("Total"), "10,000.00833.33125.000.000.00", NULL);
  at = text;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *where = g_strdup_printf ("the loan account's row %u", i + 1);
      g_autofree char *needle = sajja_test_squeeze (rows[i]);
      const char *found = strstr (at, needle);

      sajja_test_assert_has (text, rows[i], where);
      if (found == NULL)
        g_error ("the loan account's row %u is out of order: %s", i + 1, needle);
      at = found + strlen (needle);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_free (rows[i]);
  /* The totals under the table; the write-off's pair in the bad-debt account is no row (it would
   * take the principal written off back to nothing). */
  {
    g_autofree char *repaid = g_strdup_printf ("%s833.33", tr ("Principal repaid in all"));
    g_autofree char *interest = g_strdup_printf ("%s125.00", tr ("Interest paid in all"));
    g_autofree char *fines = g_strdup_printf ("%s0.00", tr ("Late fines paid in all"));
    g_autofree char *gone = g_strdup_printf ("%s9,166.67", tr ("Principal written off"));
    g_autofree char *owed = g_strdup_printf ("%s0.00", tr ("Principal still owed"));

    sajja_test_assert_has (text, repaid, "the loan account's totals");
    sajja_test_assert_has (text, interest, "the loan account's totals");
    sajja_test_assert_has (text, fines, "the loan account's totals");
    sajja_test_assert_has (text, gone, "the loan account's totals");
    sajja_test_assert_has (text, owed, "the loan account's totals");
  }

  /* The register at the end of the day of the write-off: nothing owed, the rest written off. */
  {
    g_autoptr(SajjaPageDocument) reg = sajja_print_loan_register (books.db, books.group_id, "2026-06-30", &error);
    g_autoptr(SajjaLoan) loan = sajja_loan_get (books.db, books.loan_id, NULL);
    g_autofree char *reg_text = NULL;
    g_autofree char *row = NULL;
    g_autofree char *gone = g_strdup_printf ("%s9,166.67", tr ("Principal written off"));
    g_autofree char *par = g_strdup_printf ("%s0.00%%",
                                            tr ("PAR30: the principal of loans more than 30 days overdue, of all principal owed"));

    g_assert_no_error (error);
    reg_text = write_and_read (reg, "loan-register-written-off", NULL);
    row = register_row (loan, "15/01/2569", "833.33", "0.00", "", SAJJA_LOAN_WRITTEN_OFF);
    sajja_test_assert_has (reg_text, row, "the register after the write-off");
    sajja_test_assert_has (reg_text, gone, "the register after the write-off");
    sajja_test_assert_has (reg_text, par, "the register after the write-off");
  }

  /* A loan not paid out has an account with no rows; no such loan, none. */
  app.member_id = books.members[OTHER];
  app.product_id = books.product_id;
  app.applied_on = "2026-03-01";
  app.amount = 500000;
  app.months = 6;
  app.purpose = "ซ่อมบ้าน";
  unpaid_id = sajja_loan_apply (books.db, books.group_id, &app, &error);
  g_assert_no_error (error);
  unpaid = sajja_print_loan_ledger (books.db, unpaid_id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = write_and_read (unpaid, "loan-ledger-unpaid", NULL);
  sajja_test_assert_has (text, tr ("The loan has not been paid out: no money has moved on it yet."), "an unpaid loan's account");
  g_clear_object (&unpaid);
  unpaid = sajja_print_loan_ledger (books.db, 424242, &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND);
  g_assert_null (unpaid);

  books_close (&books);
}

/* ---- the notice to a guarantor ----------------------------------------------------------- */

static void
test_guarantor_notice (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *borrower = full_name_of (BORROWER);
  g_autofree char *guarantor = full_name_of (GUARANTOR_B);
  g_autofree char *chair = full_name_of (CHAIR);
  SajjaLoanPosition position = { 0, };

  books_open (&books, "notice.db");

  /* On 20 April 2569 the instalments of 15 March and 15 April are unpaid. */
  sajja_loan_position (books.db, books.loan_id, "2026-04-20", &position, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (position.first_overdue_on, ==, "2026-03-15");
  g_assert_cmpint (position.days_overdue, ==, 36);
  g_assert_cmpint (position.overdue_principal, ==, 2 * 83333);
  g_assert_cmpint (position.overdue, ==, 2 * 83333 + 11458 + 10417);
  g_assert_cmpint (position.outstanding, ==, 916667);

  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[GUARANTOR_B], "2026-04-20", &error);
  g_assert_no_error (error);
  text = write_and_read (doc, "loan-guarantor-notice", NULL);

  sajja_test_assert_has (text, tr ("Notice to a Guarantor"), "the notice");
  sajja_test_assert_has (text, guarantor, "the notice");
  sajja_test_assert_has (text, borrower, "the notice");
  sajja_test_assert_has (text, chair, "the notice");
  sajja_test_assert_has (text, "20เมษายน2569", "the notice");
  sajja_test_assert_has (text, "15มีนาคม2569", "the notice");
  sajja_test_assert_has (text, "36", "the notice");
  sajja_test_assert_has (text, "1,885.41", "the notice");
  sajja_test_assert_has (text, "1,666.66", "the notice");
  sajja_test_assert_has (text, "9,166.67", "the notice");
  sajja_test_assert_has (text, "10,000.00", "the notice");
  sajja_test_assert_has (text, "หนึ่งหมื่นบาทถ้วน", "the notice");
  sajja_test_assert_has (text, "686", "the notice");
  /* The notice must reach the guarantor 60 days after 15 March: by 14 May 2569. */
  sajja_test_assert_has (text, "14พฤษภาคม2569", "the notice");
  /* Only to the guarantor it is addressed to. */
  g_assert_null (strstr (text, given_names[GUARANTOR_A]));

  books_close (&books);
}

static void
test_refusals (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  SajjaLoanApplication app = { 0, };
  gint64 refused_id;

  books_open (&books, "refusals.db");

  /* On the second instalment's due day nothing is overdue yet; after the first was repaid,
   * five days after its due day neither. */
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[GUARANTOR_A], "2026-03-15", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_assert_null (doc);
  g_clear_error (&error);
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[GUARANTOR_A], "2026-02-20", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_assert_null (doc);
  g_clear_error (&error);
  /* Before the loan was paid out. */
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[GUARANTOR_A], "2026-01-11", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_clear_error (&error);

  /* The spouse and the borrower are no guarantors, even when the loan is overdue. */
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[SPOUSE], "2026-04-20", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, given_names[SPOUSE]));
  g_assert_null (doc);
  g_clear_error (&error);
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[BORROWER], "2026-04-20", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, 424242, "2026-04-20", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);
  /* A date that is none. */
  doc = sajja_print_guarantor_notice (books.db, books.loan_id, books.members[GUARANTOR_A], "2026-02-30", &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE);
  g_clear_error (&error);

  /* No such loan. */
  doc = sajja_print_loan_contract (books.db, 424242, &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND);
  g_assert_null (doc);
  g_clear_error (&error);
  doc = sajja_print_loan_schedule (books.db, 424242, &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A refused loan has no contract and no schedule. */
  app.member_id = books.members[OTHER];
  app.product_id = books.product_id;
  app.applied_on = "2026-03-01";
  app.amount = 500000;
  app.months = 6;
  app.purpose = "ซ่อมบ้าน";
  refused_id = sajja_loan_apply (books.db, books.group_id, &app, &error);
  g_assert_no_error (error);
  sajja_loan_refuse (books.db, refused_id, "2026-03-05", "คณะกรรมการเงินกู้", "ไม่มีผู้ค้ำประกัน", &error);
  g_assert_no_error (error);
  doc = sajja_print_loan_contract (books.db, refused_id, &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_assert_null (doc);
  g_clear_error (&error);
  doc = sajja_print_loan_schedule (books.db, refused_id, &error);
  g_assert_error (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_STATE);
  g_assert_null (doc);
  g_clear_error (&error);

  books_close (&books);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sajja_i18n_init ();

  g_test_add_func ("/print-loans/contract", test_contract);
  g_test_add_func ("/print-loans/contract-in-kind", test_contract_in_kind);
  g_test_add_func ("/print-loans/every-status", test_every_status);
  g_test_add_func ("/print-loans/schedule", test_schedule);
  g_test_add_func ("/print-loans/schedule-rescheduled", test_schedule_rescheduled);
  g_test_add_func ("/print-loans/receipt", test_receipt);
  g_test_add_func ("/print-loans/receipt-reversed", test_receipt_reversed);
  g_test_add_func ("/print-loans/guarantor-notice", test_guarantor_notice);
  g_test_add_func ("/print-loans/register", test_register);
  g_test_add_func ("/print-loans/ledger", test_ledger);
  g_test_add_func ("/print-loans/refusals", test_refusals);

  return g_test_run ();
}
