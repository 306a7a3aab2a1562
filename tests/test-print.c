/* test-print.c: tests for the page renderer (sajja-page.c) and the member documents
 * (sajja-print-members.c), on a real SQLite file, read back from the PDF with poppler-utils.
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS: the database and the PDFs go to the test's
 * own data folder. Page 1 of each document is also rendered to a PNG in
 * G_TEST_BUILDDIR/screenshots/ for a person to look at.
 *
 * The new labels are not translated yet when these tests are written, so they assert on what
 * does not depend on the translation: names, numbers, IDs, Buddhist Era years, and amounts in
 * Thai words, which are made by code.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <math.h>
#include <string.h>

#include "sajja-bylaw.h"
#include "sajja-committee.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-i18n.h"
#include "sajja-member.h"
#include "sajja-page.h"
#include "sajja-test-pdf.h"
#include "sajja-print-members.h"
#include "sajja-thai-id.h"

#define N_MEMBERS 120

static const char * const given_names[] = {
  "สมชาย", "สมหญิง", "ประเสริฐ", "วิไลวรรณ", "บุญมี", "จันทร์เพ็ญ",
  "สุรศักดิ์", "มาลี", "ทองดี", "กาญจนา", "อำนวย", "ศรีสุดา",
};
static const char * const surnames[] = {
  "ใจดี", "รักษ์ไทย", "ทองคำ", "มั่นคง", "ศรีสุข", "แก้วมณี", "บุญเรือง", "พรหมมา", "สายทอง", "วงศ์ใหญ่",
};

/* ---- helpers ---------------------------------------------------------------------------- */

static char *
test_path (const char *name)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

/* A valid national ID: "1" "10070" and six digits of @serial, then the check digit. */
static char *
make_national_id (int serial)
{
  g_autofree char *first12 = g_strdup_printf ("110070%06d", serial);

  return g_strdup_printf ("%s%d", first12, sajja_thai_id_check_digit (first12));
}

static char *
given_name_of (int i)
{
  return g_strdup (given_names[i % G_N_ELEMENTS (given_names)]);
}

static char *
surname_of (int i)
{
  /* One long name, to see it wrap in its column. */
  if (i == 6)
    return g_strdup ("ณ อยุธยาวงศ์สวัสดิ์มหาสมบัติศรีสุวรรณ");
  return g_strdup (surnames[i / G_N_ELEMENTS (given_names)]);
}

static const char *
title_of (int i)
{
  return i % 3 == 0 ? "นาย" : i % 3 == 1 ? "นาง" : "นางสาว";
}

/* "นายสมชาย ใจดี", as sajja_member_dup_full_name() gives it. */
static char *
full_name_of (int i)
{
  g_autofree char *given = given_name_of (i);
  g_autofree char *surname = surname_of (i);

  return g_strdup_printf ("%s%s %s", title_of (i), given, surname);
}

typedef struct
{
  SajjaDb *db;
  gint64 group_id;
  gint64 member_ids[N_MEMBERS];
} Books;

static void
books_open (Books *books)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_path ("print.db");
  g_autoptr(SajjaGroup) group = sajja_group_new ();

  books->db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  sajja_group_set_name (group, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก");
  sajja_group_set_village (group, "บ้านคลองสามแพรก");
  sajja_group_set_moo (group, 4);
  sajja_group_set_tambon (group, "ในคลองบางปลากด");
  sajja_group_set_amphoe (group, "พระสมุทรเจดีย์");
  sajja_group_set_changwat (group, "สมุทรปราการ");
  sajja_group_set_founded (group, "2010-05-01");
  sajja_group_save (group, books->db, &error);
  g_assert_no_error (error);
  books->group_id = sajja_group_get_id (group);

  /* Shares of 50 baht, 1 to 20, 20 baht to join. */
  sajja_bylaw_set_defaults (books->db, books->group_id, "2010-05-01", &error);
  g_assert_no_error (error);

  g_assert_true (sajja_db_begin (books->db, &error));
  for (int i = 0; i < N_MEMBERS; i++)
    {
      g_autoptr(SajjaMember) member = sajja_member_new (books->group_id);
      g_autofree char *id = make_national_id (i + 1);
      g_autofree char *given = given_name_of (i);
      g_autofree char *surname = surname_of (i);
      g_autofree char *joined = g_strdup_printf ("2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
      g_autofree char *born = g_strdup_printf ("%d-05-10", 1950 + i % 40);

      sajja_member_set_title (member, title_of (i));
      sajja_member_set_given_name (member, given);
      sajja_member_set_surname (member, surname);
      sajja_member_set_national_id (member, id);
      sajja_member_set_birth_date (member, born);
      sajja_member_set_address (member, "99/1 หมู่ 4 ต.ในคลองบางปลากด อ.พระสมุทรเจดีย์ จ.สมุทรปราการ");
      sajja_member_set_join_date (member, joined);
      sajja_member_set_shares (member, 1 + i % 20, joined);
      if (i == 30 || i == 31)
        sajja_member_set_status (member, SAJJA_MEMBER_RESIGNED, "2025-09-30", "ย้ายที่อยู่");
      sajja_member_save (member, books->db, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sajja_member_get_member_no (member), ==, i + 1);
      books->member_ids[i] = sajja_member_get_id (member);
    }
  g_assert_true (sajja_db_commit (books->db, &error));

  /* Member no. 1 chairs the group. */
  sajja_committee_add_term (books->db, books->group_id, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_CHAIR,
                            books->member_ids[0], "2025-01-01", NULL, &error);
  g_assert_no_error (error);
}

static void
books_close (Books *books)
{
  g_autoptr(GError) error = NULL;

  sajja_db_close (books->db, FALSE, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&books->db);
}


/* ---- the page engine -------------------------------------------------------------------- */

static void
test_page_breaks (void)
{
  g_autoptr(SajjaPageDocument) doc = sajja_page_document_new ("ทดสอบ");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = test_path ("breaks.pdf");
  g_autofree char *part = test_path ("breaks.pdf.part");
  g_autofree char *missing = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *last = NULL;
  g_auto(GStrv) pages = NULL;
  GString *text = g_string_new (NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_a4, n_a3;

  /* A long unspaced Thai paragraph wraps at word boundaries and runs over several pages. */
  for (int i = 0; i < 120; i++)
    g_string_append (text, "ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำดังนั้นโปรแกรมจึงต้องใช้พจนานุกรมในการตัดคำ");
  sajja_page_document_add_title (doc, "การตัดคำภาษาไทย");
  /* Stacked marks, which must not be clipped: see page-breaks.png. */
  sajja_page_document_add_paragraph (doc, "ผู้ใหญ่บ้าน กุ้ง น้ำ ปั้น ปิ่น ฟ้า ป่า ฤๅษี ฎุ ฏู ญู ๒๕๖๙ 2569", SAJJA_PAGE_ALIGN_LEFT);
  sajja_page_document_add_paragraph (doc, text->str, SAJJA_PAGE_ALIGN_INDENTED);
  sajja_page_document_add_heading (doc, "หัวข้อใหม่");
  sajja_page_document_add_paragraph (doc, "หัวข้อนี้อยู่กับบรรทัดถัดไปเสมอ", SAJJA_PAGE_ALIGN_LEFT);
  sajja_page_document_add_page_break (doc);
  sajja_page_document_add_paragraph (doc, "หน้าสุดท้าย", SAJJA_PAGE_ALIGN_CENTER);
  sajja_page_document_add_page_break (doc);  /* a trailing break adds no empty page */
  g_string_free (text, TRUE);

  n_a4 = sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  n_a3 = sajja_page_document_get_n_pages (doc, 841.89, 1190.55);
  g_assert_cmpuint (n_a4, >=, 4);
  g_assert_cmpuint (n_a3, <, n_a4);
  /* Back to A4: the same layout as before. */
  g_assert_cmpuint (sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT), ==, n_a4);
  sajja_test_assert_inside_margins (doc);

  sajja_page_document_set_thai_digits (doc, TRUE);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  sajja_test_pdf_screenshot (pdf, "page-breaks");

  g_assert_cmpint (atoi (sajja_test_pdf_info_value (pdf, "Pages")), ==, n_a4);
  pages = sajja_test_pdf_pages (pdf);
  page2 = sajja_test_squeeze (pages[1]);
  /* The page number in Thai digits: "…๒/๕". */
  {
    g_autofree char *number = g_strdup_printf ("%u/%u", 2, n_a4);
    GString *thai = g_string_new (NULL);

    for (const char *p = number; *p != '\0'; p++)
      if (g_ascii_isdigit (*p))
        g_string_append_unichar (thai, 0x0E50 + (*p - '0'));
      else
        g_string_append_c (thai, *p);
    sajja_test_assert_has (page2, thai->str, "page 2");
    g_string_free (thai, TRUE);
  }
  sajja_test_assert_has (page2, "พจนานุกรม", "page 2");
  last = sajja_test_squeeze (pages[n_a4 - 1]);
  sajja_test_assert_has (last, "หน้าสุดท้าย", "the last page");

  /* No page after the last. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cr = cairo_create (surface);
  g_assert_false (sajja_page_document_draw_page (doc, cr, n_a4));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* A folder that does not exist: a clear error and no file. */
  missing = g_build_filename (g_get_user_data_dir (), "no-such-folder", "x.pdf", NULL);
  g_assert_false (sajja_page_document_write_pdf (doc, missing, &error));
  g_assert_error (error, SAJJA_PAGE_ERROR, SAJJA_PAGE_ERROR_WRITE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_page_table_header (void)
{
  g_autoptr(SajjaPageDocument) doc = sajja_page_document_new ("table");
  g_autofree char *pdf = test_path ("table.pdf");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  const SajjaPageColumn columns[] = {
    { "ลำดับ", 1, SAJJA_PAGE_ALIGN_RIGHT },
    { "รายการ", 4, SAJJA_PAGE_ALIGN_LEFT },
    { "จำนวนเงิน", 2, SAJJA_PAGE_ALIGN_RIGHT },
  };
  SajjaPageTable *table;
  guint n_pages;

  sajja_page_document_add_heading (doc, "ตาราง");
  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (int i = 1; i <= 80; i++)
    {
      g_autofree char *n = g_strdup_printf ("%d", i);
      g_autofree char *amount = g_strdup_printf ("%d,000.00", i);
      const char *cells[] = { n, "เงินฝากสัจจะ", amount };

      sajja_page_table_add_row (table, cells);
    }
  n_pages = sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 2);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);

  pages = sajja_test_pdf_pages (pdf);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *text = sajja_test_squeeze (pages[i]);

      /* The header row on every page, and the heading only once. */
      sajja_test_assert_has (text, "ลำดับรายการจำนวนเงิน", "every page");
      if (i > 0)
        g_assert_null (strstr (text, "ตาราง"));
    }
  {
    g_autofree char *last = sajja_test_squeeze (pages[n_pages - 1]);

    sajja_test_assert_has (last, "80,000.00", "the last page");
  }
}

/* ---- the member documents --------------------------------------------------------------- */

static void
test_member_register (void)
{
  Books books = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *pdf = test_path ("register.pdf");
  g_autofree char *be_year = g_strdup_printf ("%d", g_date_time_get_year (now) + 543);
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *all = NULL;
  g_autofree char *all_raw = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  books_open (&books);

  doc = sajja_print_member_register (books.db, books.group_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  n_pages = sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >, 1);
  sajja_test_assert_inside_margins (doc);

  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  sajja_test_pdf_screenshot (pdf, "member-register");

  sajja_test_assert_a4_and_fonts (pdf, sajja_page_document_get_title (doc));
  g_assert_cmpint (atoi (sajja_test_pdf_info_value (pdf, "Pages")), ==, n_pages);

  pages = sajja_test_pdf_pages (pdf);
  g_assert_cmpuint (g_strv_length (pages), >=, n_pages);
  page1 = sajja_test_squeeze (pages[0]);
  page2 = sajja_test_squeeze (pages[1]);
  joined = g_strjoinv ("", pages);
  all = sajja_test_squeeze (joined);
  {
    g_auto(GStrv) raw_pages = sajja_test_pdf_pages_full (pdf, TRUE);
    g_autofree char *raw_joined = g_strjoinv ("", raw_pages);

    all_raw = sajja_test_squeeze (raw_joined);
  }

  sajja_test_assert_has (page1, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก", "page 1");
  sajja_test_assert_has (page1, "พระสมุทรเจดีย์", "page 1");
  sajja_test_assert_has (page1, be_year, "page 1 (the printed date)");
  sajja_test_assert_has (page1, "2567", "page 1 (joining dates)");

  /* The header row is printed again on page 2, with the same (translated or not) titles. */
  {
    const char *titles[] = {
      g_dgettext (GETTEXT_PACKAGE, "No."),
      g_dpgettext2 (GETTEXT_PACKAGE, "table column", "Name"),
      g_dgettext (GETTEXT_PACKAGE, "National ID number"),
      g_dgettext (GETTEXT_PACKAGE, "Joined"),
      g_dgettext (GETTEXT_PACKAGE, "Shares"),
      g_dgettext (GETTEXT_PACKAGE, "Status"),
    };
    g_auto(GStrv) raw_pages = sajja_test_pdf_pages_full (pdf, TRUE);
    g_autofree char *raw1 = sajja_test_squeeze (raw_pages[0]);
    g_autofree char *raw2 = sajja_test_squeeze (raw_pages[1]);
    g_autofree char *first_on_2 = NULL;
    const char *row;

    /* A title may wrap in its cell, and -layout then mixes its lines with the other cells':
     * look for the titles in the text in drawing order. */
    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      {
        sajja_test_assert_has (raw1, titles[i], "the header row on page 1");
        sajja_test_assert_has (raw2, titles[i], "the header row on page 2");
      }
    /* On page 2 the header comes before the first member on it. */
    for (int i = 0; i < N_MEMBERS && first_on_2 == NULL; i++)
      {
        g_autofree char *id = make_national_id (i + 1);
        g_autofree char *formatted = sajja_thai_id_format (id);

        if (strstr (page2, formatted) != NULL)
          first_on_2 = g_steal_pointer (&formatted);
      }
    g_assert_nonnull (first_on_2);
    row = strstr (raw2, first_on_2);
    g_assert_nonnull (row);
    g_assert_true (strstr (raw2, titles[2]) < row);
  }

  /* Every member, with the formatted ID, in the order of their numbers. */
  {
    const char *last = all;

    for (int i = 0; i < N_MEMBERS; i++)
      {
        g_autofree char *id = make_national_id (i + 1);
        g_autofree char *formatted = sajja_thai_id_format (id);
        g_autofree char *name = full_name_of (i);
        const char *found;

        sajja_test_assert_has (all, formatted, "the register");
        found = strstr (all, formatted);
        g_assert_true (found > last);
        last = found;
        /* Names in drawing order: the long one wraps in its cell. */
        sajja_test_assert_has (all_raw, name, "the register");
      }
  }
  /* The last member is on the last page. */
  {
    g_autofree char *id = make_national_id (N_MEMBERS);
    g_autofree char *formatted = sajja_thai_id_format (id);
    g_autofree char *last_page = sajja_test_squeeze (pages[n_pages - 1]);

    sajja_test_assert_has (last_page, formatted, "the last page");
  }

  books_close (&books);
}

static void
test_member_application (void)
{
  Books books = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = test_path ("application.pdf");
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *id = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *child_id = make_national_id (500);
  g_autofree char *child_formatted = sajja_thai_id_format (child_id);
  g_auto(GStrv) pages = NULL;

  books_open (&books);

  /* Member no. 5 applied on 6 March 2569, pledging 2 shares of 50 baht, married to no. 6. */
  member = sajja_member_find_by_id (books.db, books.member_ids[4], &error);
  g_assert_no_error (error);
  sajja_member_set_birth_date (member, "1980-05-10");
  sajja_member_set_join_date (member, "2026-03-06");
  sajja_member_set_shares (member, 2, "2026-03-06");
  sajja_member_set_phone (member, "081-234-5678");
  sajja_member_set_spouse (member, books.member_ids[5], NULL);
  g_ptr_array_add (sajja_member_get_occupations (member), sajja_occupation_new ("ทำนา", 1500000));
  g_ptr_array_add (sajja_member_get_occupations (member), sajja_occupation_new ("ค้าขาย", 350050));
  g_ptr_array_add (sajja_member_get_beneficiaries (member),
                   sajja_beneficiary_new ("เด็กหญิงน้ำฝน ใจดี", child_id, "บุตร", 6000));
  g_ptr_array_add (sajja_member_get_beneficiaries (member),
                   sajja_beneficiary_new ("นายทองใบ ใจดี", NULL, "บิดา", 4000));
  sajja_member_set_witness (member, 0, "นายประยูร พยานหนึ่ง");
  sajja_member_set_witness (member, 1, "นางสายใจ พยานสอง");
  sajja_member_save (member, books.db, &error);
  g_assert_no_error (error);

  doc = sajja_print_member_application (books.db, books.member_ids[4], &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpuint (sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT), ==, 2);
  sajja_test_assert_inside_margins (doc);

  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  sajja_test_pdf_screenshot (pdf, "member-application");
  sajja_test_assert_a4_and_fonts (pdf, sajja_page_document_get_title (doc));
  g_assert_cmpint (atoi (sajja_test_pdf_info_value (pdf, "Pages")), ==, 2);

  pages = sajja_test_pdf_pages (pdf);
  page1 = sajja_test_squeeze (pages[0]);
  page2 = sajja_test_squeeze (pages[1]);
  id = make_national_id (5);
  formatted = sajja_thai_id_format (id);

  /* The applicant, the date written with the Thai month and the BE year, the age then. */
  sajja_test_assert_has (page1, "นาง", "page 1");
  sajja_test_assert_has (page1, "บุญมี", "page 1");
  sajja_test_assert_has (page1, "ใจดี", "page 1");
  sajja_test_assert_has (page1, formatted, "page 1");
  sajja_test_assert_has (page1, "มีนาคม", "page 1");
  sajja_test_assert_has (page1, "2569", "page 1");
  sajja_test_assert_has (page1, "45", "page 1 (the age)");
  /* The spouse, a member. */
  sajja_test_assert_has (page1, "นางสาวจันทร์เพ็ญใจดี", "page 1 (the spouse)");
  /* Occupations with the income in baht. */
  sajja_test_assert_has (page1, "ทำนา", "page 1");
  sajja_test_assert_has (page1, "15,000.00", "page 1");
  sajja_test_assert_has (page1, "3,500.50", "page 1");
  /* Two shares of 50 baht: 100 baht a month, in figures and in words; the 20-baht fee. */
  sajja_test_assert_has (page1, "50.00", "page 1");
  sajja_test_assert_has (page1, "100.00", "page 1");
  sajja_test_assert_has (page1, "หนึ่งร้อยบาทถ้วน", "page 1");
  sajja_test_assert_has (page1, "20.00", "page 1");
  sajja_test_assert_has (page1, "ยี่สิบบาทถ้วน", "page 1");
  /* Signed by the applicant and by the chair, member no. 1. */
  sajja_test_assert_has (page1, "(นางบุญมีใจดี)", "page 1 (the applicant)");
  sajja_test_assert_has (page1, "(นายสมชายใจดี)", "page 1 (the chair)");

  /* Page 2: the beneficiaries with their shares, the member and two witnesses. */
  sajja_test_assert_has (page2, "เด็กหญิงน้ำฝน ใจดี", "page 2");
  sajja_test_assert_has (page2, child_formatted, "page 2");
  sajja_test_assert_has (page2, "บุตร", "page 2");
  sajja_test_assert_has (page2, "60", "page 2");
  sajja_test_assert_has (page2, "นายทองใบ ใจดี", "page 2");
  sajja_test_assert_has (page2, "(นายประยูรพยานหนึ่ง)", "page 2");
  sajja_test_assert_has (page2, "(นางสายใจพยานสอง)", "page 2");
  sajja_test_assert_has (page2, "มีนาคม", "page 2");

  books_close (&books);
}

static void
test_member_application_spouse_number (void)
{
  Books books = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = test_path ("spouse.pdf");
  g_autofree char *page1 = NULL;
  g_auto(GStrv) pages = NULL;

  books_open (&books);

  /* Member no. 100 married to member no. 77: the form gives the spouse's number. */
  member = sajja_member_find_by_id (books.db, books.member_ids[99], &error);
  g_assert_no_error (error);
  sajja_member_set_spouse (member, books.member_ids[76], NULL);
  sajja_member_save (member, books.db, &error);
  g_assert_no_error (error);

  doc = sajja_print_member_application (books.db, books.member_ids[99], &error);
  g_assert_no_error (error);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  pages = sajja_test_pdf_pages (pdf);
  page1 = sajja_test_squeeze (pages[0]);
  /* The spouse's name, then her member number in the next slot. */
  {
    g_autofree char *spouse = full_name_of (76);
    g_autofree char *squeezed = sajja_test_squeeze (spouse);
    const char *after;

    sajja_test_assert_has (page1, spouse, "page 1 (the spouse)");
    after = strstr (page1, squeezed) + strlen (squeezed);
    /* Only the label "เลขที่สมาชิก (ถ้าเป็นสมาชิก)" comes between. */
    g_assert_nonnull (strstr (after, "77"));
    g_assert_cmpint (strstr (after, "77") - after, <, 120);
  }

  /* No such member: an error, no document. */
  g_assert_null (sajja_print_member_application (books.db, 999999, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sajja_print_member_register (books.db, 999999, &error));
  g_assert_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND);

  books_close (&books);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sajja_i18n_init ();

  g_test_add_func ("/print/page/breaks", test_page_breaks);
  g_test_add_func ("/print/page/table-header", test_page_table_header);
  g_test_add_func ("/print/members/register", test_member_register);
  g_test_add_func ("/print/members/application", test_member_application);
  g_test_add_func ("/print/members/application-spouse-number", test_member_application_spouse_number);

  return g_test_run ();
}
