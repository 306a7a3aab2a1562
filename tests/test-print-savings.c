/* test-print-savings.c: tests for the savings documents (sajja-print-savings.c): receipts, a
 * day's receipts, a member's statement and the cash book, read back from the PDF with
 * poppler-utils; and the "sajja-cli savings post" and "sajja-cli statement" commands, run as a
 * program ($SAJJA_CLI).
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS. Page 1 of each document is rendered to a PNG
 * in G_TEST_BUILDDIR/screenshots/ for a person to look at. The assertions are on what does not
 * depend on the translation: names, numbers, Buddhist Era years, amounts in figures and in
 * Thai words (made by code), and balances computed here with SQL.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "sajja-bylaw.h"
#include "sajja-committee.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-page.h"
#include "sajja-test-pdf.h"
#include "sajja-print-savings.h"
#include "sajja-savings-day.h"
#include "sajja-i18n.h"

#define N_MEMBERS 7

static const char * const given_names[N_MEMBERS] = {
  "สมชาย", "สมหญิง", "ประเสริฐ", "วิไลวรรณ", "บุญมี", "จันทร์เพ็ญ", "สุรศักดิ์",
};
static const char * const surnames[N_MEMBERS] = {
  "ใจดี", "รักษ์ไทย", "ทองคำ", "มั่นคง", "ศรีสุข", "แก้วมณี", "ณ อยุธยาวงศ์สวัสดิ์มหาสมบัติ",
};

static char *
test_path (const char *name)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

static char *
full_name_of (int i)
{
  return g_strdup_printf ("%s%s %s", i % 2 == 0 ? "นาย" : "นาง", given_names[i], surnames[i]);
}


/* ---- the books -------------------------------------------------------------------------- */

typedef struct
{
  char *path;
  SajjaDb *db;
  gint64 group_id;
  gint64 member_ids[N_MEMBERS];
  gint64 day_ids[2];
  gint64 reversed_id;
} Books;

static void
post_day (Books      *books,
          const char *day_iso,
          int         which)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) day = sajja_savings_day_new (books->db, books->group_id, day_iso, &error);
  guint n;

  g_assert_no_error (error);
  g_assert_cmpuint (sajja_savings_day_get_n_lines (day), ==, N_MEMBERS);
  /* Everyone pays the pledge expected (filled in); a few pay special deposits too. */
  sajja_savings_day_find_member (day, 1)->special = which == 0 ? 250000 : 12575;
  sajja_savings_day_find_member (day, 3)->special = 100000;
  sajja_savings_day_find_member (day, 5)->pledge = 0;   /* pays nothing this day */
  n = sajja_savings_day_post (day, books->db, "test", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, N_MEMBERS - 1);
  books->day_ids[which] = sajja_db_query_int (books->db, "SELECT max (id) FROM savings_days", 0, NULL);
}

static void
books_open (Books      *books,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaGroup) group = sajja_group_new ();
  SajjaPeriod feb = { 2026, 2 };

  books->path = test_path (name);
  books->db = sajja_db_open (books->path, SAJJA_DB_OPEN_DEFAULT, &error);
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

  /* Shares of 50 baht. */
  sajja_bylaw_set_defaults (books->db, books->group_id, "2010-05-01", &error);
  g_assert_no_error (error);

  for (int i = 0; i < N_MEMBERS; i++)
    {
      g_autoptr(SajjaMember) member = sajja_member_new (books->group_id);

      sajja_member_set_title (member, i % 2 == 0 ? "นาย" : "นาง");
      sajja_member_set_given_name (member, given_names[i]);
      sajja_member_set_surname (member, surnames[i]);
      sajja_member_set_join_date (member, "2026-01-01");
      sajja_member_set_shares (member, 1 + i * 3, "2026-01-01");
      sajja_member_save (member, books->db, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sajja_member_get_member_no (member), ==, i + 1);
      books->member_ids[i] = sajja_member_get_id (member);
    }

  /* Member no. 2 keeps the money. */
  sajja_committee_add_term (books->db, books->group_id, SAJJA_COMMITTEE_EXECUTIVE, SAJJA_POSITION_TREASURER,
                            books->member_ids[1], "2026-01-01", NULL, &error);
  g_assert_no_error (error);

  post_day (books, "2026-01-05", 0);
  post_day (books, "2026-02-05", 1);

  /* Member no. 1's first special deposit was a mistake. */
  books->reversed_id = sajja_db_query_int_params (books->db,
                                                  "SELECT min (id) FROM journal WHERE member_id = ?1 AND kind = 'special-deposit'",
                                                  0, 1, books->member_ids[0]);
  g_assert_cmpint (books->reversed_id, >, 0);
  sajja_ledger_reverse (books->db, books->reversed_id, feb, "2026-02-06", "test", "ลงผิดบัญชี", &error);
  g_assert_no_error (error);
}

static void
books_close (Books *books)
{
  g_autoptr(GError) error = NULL;

  sajja_db_close (books->db, FALSE, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&books->db);
  g_clear_pointer (&books->path, g_free);
}

static gint64
sql_int (Books      *books,
         const char *sql,
         gint64      param)
{
  return sajja_db_query_int_params (books->db, sql, -1, 1, param);
}

/* ---- receipts --------------------------------------------------------------------------- */

static void
test_receipt (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = test_path ("receipt.pdf");
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *name = full_name_of (0);
  g_autofree char *treasurer = full_name_of (1);
  g_auto(GStrv) pages = NULL;
  gint64 receipt_id, total;

  books_open (&books, "receipt.db");

  /* Member no. 1's receipt of the first day: the pledge and 2,500 baht special. */
  receipt_id = sajja_print_find_receipt (books.db, books.group_id, 1);
  g_assert_cmpint (receipt_id, >, 0);
  g_assert_cmpint (sajja_print_find_receipt (books.db, books.group_id, 999), ==, 0);
  total = sql_int (&books, "SELECT sum (amount) FROM journal WHERE receipt_id = ?1", receipt_id);
  g_assert_cmpint (total, ==, 5000 + 250000);

  doc = sajja_print_receipt (books.db, receipt_id, &error);
  g_assert_no_error (error);
  sajja_test_assert_inside_margins (doc);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  {
    /* The title is in the language the test runs in (Thai under build-aux/test). */
    g_autofree char *title = g_strdup_printf (g_dgettext ("sajja", "Receipt no. %lld"), (long long) 1);

    sajja_test_assert_a4_and_fonts (pdf, title);
  }
  sajja_test_pdf_screenshot (pdf, "savings-receipt");
  g_assert_cmpint (atoi (sajja_test_pdf_info_value (pdf, "Pages")), ==, 1);

  pages = sajja_test_pdf_pages (pdf);
  text = sajja_test_squeeze (pages[0]);
  words = sajja_money_to_thai_words (total);
  figures = sajja_money_format (total);
  sajja_test_assert_has (text, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก", "the receipt");
  sajja_test_assert_has (text, "สมุทรปราการ", "the receipt");
  sajja_test_assert_has (text, "5 มกราคม 2569", "the receipt");
  sajja_test_assert_has (text, "มกราคม 2569", "the receipt");
  sajja_test_assert_has (text, name, "the receipt");
  sajja_test_assert_has (text, treasurer, "the receipt");
  sajja_test_assert_has (text, "2,500.00", "the receipt");
  sajja_test_assert_has (text, figures, "the receipt");
  sajja_test_assert_has (text, words, "the receipt");
  g_assert_cmpstr (words, ==, "สองพันห้าร้อยห้าสิบบาทถ้วน");

  /* No such receipt. */
  g_clear_object (&doc);
  doc = sajja_print_receipt (books.db, 424242, &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND);
  g_assert_null (doc);

  books_close (&books);
}

static void
test_receipts_for_day (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = test_path ("day.pdf");
  g_autofree char *all = NULL;
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) raw = NULL;
  guint n_receipts, n_pages;

  books_open (&books, "day.db");

  n_receipts = (guint) sql_int (&books, "SELECT count(*) FROM receipts WHERE day_id = ?1", books.day_ids[1]);
  g_assert_cmpuint (n_receipts, ==, N_MEMBERS - 1);

  doc = sajja_print_receipts_for_day (books.db, books.day_ids[1], &error);
  g_assert_no_error (error);
  sajja_test_assert_inside_margins (doc);
  n_pages = sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  /* Two or three receipts a page. */
  g_assert_cmpuint (n_pages, >=, (n_receipts + 2) / 3);
  g_assert_cmpuint (n_pages, <=, (n_receipts + 1) / 2);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  sajja_test_pdf_screenshot (pdf, "savings-day-receipts");
  g_assert_cmpint (atoi (sajja_test_pdf_info_value (pdf, "Pages")), ==, n_pages);

  /* In drawing order: -layout splits the long name's marks across lines. */
  pages = sajja_test_pdf_pages_full (pdf, TRUE);
  {
    g_autofree char *joined = g_strjoinv ("", pages);

    all = sajja_test_squeeze (joined);
  }
  for (int i = 0; i < N_MEMBERS; i++)
    {
      g_autofree char *name = full_name_of (i);
      gint64 receipt_total = sajja_db_query_int_params (books.db,
                                                        "SELECT ifnull (sum (j.amount), 0) FROM journal j JOIN receipts r "
                                                        "ON r.id = j.receipt_id WHERE r.day_id = ?1 AND j.member_id = ?2",
                                                        0, 2, books.day_ids[1], books.member_ids[i]);
      g_autofree char *words = sajja_money_to_thai_words (receipt_total);

      if (i == 4)
        {
          /* Member no. 5 paid nothing: no receipt. */
          g_assert_cmpint (receipt_total, ==, 0);
          g_assert_null (strstr (all, "บุญมี"));
          continue;
        }
      sajja_test_assert_has (all, name, "the day's receipts");
      sajja_test_assert_has (all, words, "the day's receipts");
    }
  sajja_test_assert_has (all, "5 กุมภาพันธ์ 2569", "the day's receipts");

  /* In number order: receipt 8 (member 2) before receipt 9 (member 3). */
  raw = sajja_test_pdf_pages_full (pdf, TRUE);
  {
    g_autofree char *joined = g_strjoinv ("", raw);
    g_autofree char *text = sajja_test_squeeze (joined);
    const char *second = strstr (text, "สมหญิง");
    const char *third = strstr (text, "ประเสริฐ");

    g_assert_nonnull (second);
    g_assert_nonnull (third);
    g_assert_true (second < third);
  }

  g_clear_object (&doc);
  doc = sajja_print_receipts_for_day (books.db, 9999, &error);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_NOT_FOUND);
  g_assert_null (doc);

  books_close (&books);
}

/* ---- the statement ---------------------------------------------------------------------- */

static void
test_statement (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = test_path ("statement.pdf");
  g_autofree char *all = NULL;
  g_autofree char *text_version = NULL;
  g_autofree char *name = full_name_of (0);
  g_auto(GStrv) pages = NULL;
  sqlite3_stmt *stmt;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gint64 pledge = 0, special = 0;
  guint n_rows = 0;

  books_open (&books, "statement.db");

  doc = sajja_print_statement (books.db, books.member_ids[0], &error);
  g_assert_no_error (error);
  sajja_test_assert_inside_margins (doc);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  sajja_test_pdf_screenshot (pdf, "savings-statement");
  pages = sajja_test_pdf_pages (pdf);
  {
    g_autofree char *joined = g_strjoinv ("", pages);

    all = sajja_test_squeeze (joined);
  }
  text_version = sajja_print_statement_text (books.db, books.member_ids[0], &error);
  g_assert_no_error (error);
  g_test_message ("%s", text_version);
  lines = g_strsplit (text_version, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "/2569") != NULL)
      g_ptr_array_add (rows, lines[i]);

  sajja_test_assert_has (all, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก", "the statement");
  sajja_test_assert_has (all, name, "the statement");
  sajja_test_assert_has (all, "05/01/2569", "the statement");
  sajja_test_assert_has (all, "06/02/2569", "the statement");
  sajja_test_assert_has (all, "ลงผิดบัญชี", "the statement");   /* the reversal's reason */
  g_assert_nonnull (strstr (text_version, name));
  g_assert_nonnull (strstr (text_version, "ลงผิดบัญชี"));

  /* The running balances, computed here from the journal in the order paid. */
  stmt = sajja_db_prepare (books.db,
                           "SELECT account, amount FROM journal WHERE member_id = ? "
                           "AND account IN ('pledge', 'special') ORDER BY paid_on, id",
                           &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, books.member_ids[0]);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *p = NULL;
      g_autofree char *s = NULL;
      g_autofree char *both = NULL;

      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "pledge"))
        pledge += sqlite3_column_int64 (stmt, 1);
      else
        special += sqlite3_column_int64 (stmt, 1);
      p = sajja_money_format (pledge);
      s = sajja_money_format (special);
      /* Row n_rows of the text ends with the two balances: "… <pledge> … <special>". */
      g_assert_cmpuint (n_rows, <, rows->len);
      both = g_strdup (g_ptr_array_index (rows, n_rows));
      g_assert_true (g_str_has_suffix (both, s));
      g_assert_nonnull (strstr (both, p));
      sajja_test_assert_has (all, s, "the statement");
      sajja_test_assert_has (all, p, "the statement");
      n_rows++;
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (n_rows, ==, 5);  /* two pledges, two deposits and the reversal */
  /* 2 × 50 baht of pledges; 2,500 + 125.75 − 2,500 special. */
  g_assert_cmpint (pledge, ==, 10000);
  g_assert_cmpint (special, ==, 12575);
  g_assert_cmpint (pledge, ==, sajja_ledger_balance (books.db, books.group_id, books.member_ids[0], SAJJA_ACCOUNT_PLEDGE));
  g_assert_cmpint (special, ==, sajja_ledger_balance (books.db, books.group_id, books.member_ids[0], SAJJA_ACCOUNT_SPECIAL));
  {
    g_autofree char *words = sajja_money_to_thai_words (pledge + special);

    sajja_test_assert_has (all, "225.75", "the statement");
    sajja_test_assert_has (all, words, "the statement");
    g_assert_nonnull (strstr (text_version, "225.75"));
  }

  /* The reversal names the receipt of what it undoes: receipt 1 of 5 January. */
  {
    g_auto(GStrv) raw = sajja_test_pdf_pages_full (pdf, TRUE);
    g_autofree char *joined = g_strjoinv ("", raw);
    g_autofree char *text = sajja_test_squeeze (joined);

    g_assert_nonnull (strstr (text, "05/01/2569"));
  }

  books_close (&books);
}

/* ---- the cash book ---------------------------------------------------------------------- */

static void
test_cash_book (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = test_path ("cash-book.pdf");
  g_autofree char *all = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 day1, day2, reversal, closing, january;

  books_open (&books, "cash.db");

  day1 = sql_int (&books, "SELECT sum (amount) FROM journal WHERE paid_on = '2026-01-05' AND group_id = ?1", books.group_id);
  day2 = sql_int (&books, "SELECT sum (amount) FROM journal WHERE paid_on = '2026-02-05' AND group_id = ?1", books.group_id);
  reversal = sql_int (&books, "SELECT sum (amount) FROM journal WHERE paid_on = '2026-02-06' AND group_id = ?1", books.group_id);
  closing = sql_int (&books, "SELECT sum (amount) FROM journal WHERE group_id = ?1", books.group_id);
  g_assert_cmpint (closing, ==, day1 + day2 + reversal);
  g_assert_cmpint (reversal, ==, -250000);

  doc = sajja_print_cash_book (books.db, books.group_id, "2026-01-01", "2026-02-28", &error);
  g_assert_no_error (error);
  sajja_test_assert_inside_margins (doc);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  sajja_test_pdf_screenshot (pdf, "savings-cash-book");
  pages = sajja_test_pdf_pages (pdf);
  {
    g_autofree char *joined = g_strjoinv ("", pages);

    all = sajja_test_squeeze (joined);
  }
  {
    g_autofree char *d1 = sajja_money_format (day1);
    g_autofree char *d2 = sajja_money_format (day2);
    g_autofree char *after2 = sajja_money_format (day1 + day2);
    g_autofree char *out = sajja_money_format (-reversal);
    g_autofree char *end = sajja_money_format (closing);

    sajja_test_assert_has (all, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก", "the cash book");
    sajja_test_assert_has (all, "1 มกราคม 2569", "the cash book");
    sajja_test_assert_has (all, "28 กุมภาพันธ์ 2569", "the cash book");
    sajja_test_assert_has (all, d1, "the cash book");
    sajja_test_assert_has (all, d2, "the cash book");
    sajja_test_assert_has (all, after2, "the cash book");
    sajja_test_assert_has (all, out, "the cash book");
    sajja_test_assert_has (all, end, "the cash book");
  }

  /* February alone brings January's cash forward. */
  g_clear_object (&doc);
  doc = sajja_print_cash_book (books.db, books.group_id, "2026-02-01", "2026-02-28", &error);
  g_assert_no_error (error);
  sajja_page_document_write_pdf (doc, pdf, &error);
  g_assert_no_error (error);
  g_clear_pointer (&pages, g_strfreev);
  g_clear_pointer (&all, g_free);
  pages = sajja_test_pdf_pages (pdf);
  {
    g_autofree char *joined = g_strjoinv ("", pages);
    g_autofree char *forward = NULL;

    all = sajja_test_squeeze (joined);
    january = day1;
    forward = sajja_money_format (january);
    sajja_test_assert_has (all, forward, "February's cash book");
  }

  /* Dates the wrong way round. */
  g_clear_object (&doc);
  doc = sajja_print_cash_book (books.db, books.group_id, "2026-03-01", "2026-02-01", &error);
  g_assert_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID);
  g_assert_null (doc);

  books_close (&books);
}

/* ---- the command line ------------------------------------------------------------------- */

typedef struct
{
  char *out;
  char *err;
  int status;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

static CliResult *
run_cli_args (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new ("sajja-cli");
  CliResult *result = g_new0 (CliResult, 1);
  const char *cli = g_getenv ("SAJJA_CLI");
  int wait_status = -1;

  g_assert_nonnull (cli);
  g_assert_true (g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE));

  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_setenv (envp, "HOME", g_get_home_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_ptr_array_add (argv, (gpointer) args[i]);
      g_string_append_printf (line, " %s", args[i]);
    }
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (g_get_user_data_dir (), (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &result->out, &result->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);

  g_test_message ("%s → %d\nstdout: %s\nstderr: %s", line->str, result->status, result->out, result->err);
  g_assert_true (g_utf8_validate (result->out, -1, NULL));
  g_assert_true (g_utf8_validate (result->err, -1, NULL));
  return result;
}

#define run_cli(...) run_cli_args ((const char * const []) { __VA_ARGS__, NULL })

static char *
write_csv (const char *name,
           const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = test_path (name);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_cli_savings_post (void)
{
  Books books = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) help = NULL;
  g_autoptr(CliResult) good = NULL;
  g_autoptr(CliResult) bad = NULL;
  g_autoptr(CliResult) no_date = NULL;
  g_autofree char *good_csv = NULL;
  g_autofree char *bad_csv = NULL;
  g_autofree char *tis_csv = NULL;
  g_autofree char *path = NULL;
  gint64 entries_before, days_before, receipts_before;

  books_open (&books, "cli.db");
  path = g_strdup (books.path);
  entries_before = sajja_db_query_int (books.db, "SELECT count(*) FROM journal", 0, NULL);
  days_before = sajja_db_query_int (books.db, "SELECT count(*) FROM savings_days", 0, NULL);
  receipts_before = sajja_db_query_int (books.db, "SELECT count(*) FROM receipts", 0, NULL);
  books_close (&books);

  help = run_cli ("savings", "post", "--help");
  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "--date"));
  no_date = run_cli ("savings", "post", path, "--group", "1", "x.csv");
  g_assert_cmpint (no_date->status, ==, 2);

  /* A bad amount and an unknown member: both reported, nothing written. */
  bad_csv = write_csv ("bad.csv",
                       "เลขที่สมาชิก,สัจจะ,ฝากพิเศษ,ค่าปรับ\n"
                       "1,50,,\n"
                       "2,\"12,34.5\",,\n"
                       "99,50,,\n");
  bad = run_cli ("savings", "post", path, "--group", "1", "--date", "5/3/2569", bad_csv);
  g_assert_cmpint (bad->status, ==, 1);
  g_assert_true (g_str_has_prefix (bad->err, "sajja-cli: "));
  g_assert_nonnull (strstr (bad->out, "line 3: "));
  g_assert_nonnull (strstr (bad->out, "12,34.5"));
  g_assert_nonnull (strstr (bad->out, "line 4: "));
  g_assert_nonnull (strstr (bad->out, "99"));
  g_assert_null (strstr (bad->out, "line 2: "));

  books.db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM journal", 0, NULL), ==, entries_before);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM savings_days", 0, NULL), ==, days_before);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM receipts", 0, NULL), ==, receipts_before);
  sajja_db_close (books.db, FALSE, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&books.db);

  /* English column names in another order, Thai digits, a BE date with a Thai month. */
  good_csv = write_csv ("good.csv",
                        "special deposit,member number,pledge\n"
                        "\"1,000.00\",1,50\n"
                        ",๓,๒๐๐\n"
                        "20.50,4,\n");
  good = run_cli ("savings", "post", path, "--group", "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองสามแพรก",
                  "--date", "5 มี.ค. 2569", good_csv);
  g_assert_cmpint (good->status, ==, 0);
  g_assert_nonnull (strstr (good->out, "1,270.50"));
  g_assert_nonnull (strstr (good->out, "Receipt "));

  books.db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM savings_days", 0, NULL), ==, days_before + 1);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM receipts", 0, NULL), ==, receipts_before + 3);
  /* Member 1: pledge and special; member 3: pledge; member 4: special only. */
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM journal WHERE paid_on = '2026-03-05'", 0, NULL),
                   ==, 4);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT sum (amount) FROM journal WHERE paid_on = '2026-03-05'", 0, NULL),
                   ==, 127050);
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT sum (amount) FROM journal j JOIN members m ON m.id = j.member_id "
                                       "WHERE paid_on = '2026-03-05' AND m.member_no = 3 AND kind = 'pledge'", 0, NULL),
                   ==, 20000);
  /* Members not in the file paid nothing. */
  g_assert_cmpint (sajja_db_query_int (books.db, "SELECT count(*) FROM journal j JOIN members m ON m.id = j.member_id "
                                       "WHERE paid_on = '2026-03-05' AND m.member_no IN (2, 5, 6, 7)", 0, NULL), ==, 0);
  sajja_db_close (books.db, FALSE, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&books.db);

  /* The same file again in TIS-620 for another day: read as Thai. */
  {
    g_autofree char *tis = g_convert ("เลขที่สมาชิก,สัจจะ\n2,50\n", -1, "TIS-620", "UTF-8", NULL, NULL, &error);
    g_autoptr(CliResult) result = NULL;

    g_assert_no_error (error);
    tis_csv = write_csv ("tis.csv", tis);
    result = run_cli ("savings", "post", path, "--group", "1", "--date", "2026-04-05", tis_csv);
    g_assert_cmpint (result->status, ==, 0);
    g_assert_nonnull (strstr (result->out, "50.00"));
  }

  g_free (books.path);
}

static void
test_cli_statement (void)
{
  Books books = { 0, };
  g_autofree char *path = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *out_pdf = test_path ("statement-cli.pdf");
  g_autofree char *name = full_name_of (0);
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) by_uuid = NULL;
  g_autoptr(CliResult) pdf = NULL;
  g_autoptr(CliResult) no_group = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(CliResult) help = NULL;
  gint64 pledge, special;

  books_open (&books, "cli-statement.db");
  path = g_strdup (books.path);
  pledge = sajja_ledger_balance (books.db, books.group_id, books.member_ids[2], SAJJA_ACCOUNT_PLEDGE);
  special = sajja_ledger_balance (books.db, books.group_id, books.member_ids[2], SAJJA_ACCOUNT_SPECIAL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SajjaMember) member = sajja_member_find_by_id (books.db, books.member_ids[2], &error);

    g_assert_no_error (error);
    uuid = g_strdup (sajja_member_get_uuid (member));
  }
  books_close (&books);

  help = run_cli ("statement", "--help");
  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "--member"));

  text = run_cli ("statement", path, "--member", "3", "--group", "1");
  g_assert_cmpint (text->status, ==, 0);
  {
    g_autofree char *p = sajja_money_format (pledge);
    g_autofree char *s = sajja_money_format (special);
    g_autofree char *t = sajja_money_format (pledge + special);
    g_autofree char *p_line = g_strdup_printf ("Pledged savings balance: %s baht", p);
    g_autofree char *s_line = g_strdup_printf ("Special deposits balance: %s baht", s);
    g_autofree char *t_line = g_strdup_printf ("Total savings: %s baht", t);

    g_assert_cmpint (pledge, ==, 2 * 7 * 5000);
    g_assert_cmpint (special, ==, 2 * 100000);
    g_assert_nonnull (strstr (text->out, p_line));
    g_assert_nonnull (strstr (text->out, s_line));
    g_assert_nonnull (strstr (text->out, t_line));
    g_assert_nonnull (strstr (text->out, "05/02/2569"));
  }

  by_uuid = run_cli ("statement", path, "--member", uuid);
  g_assert_cmpint (by_uuid->status, ==, 0);
  g_assert_cmpstr (by_uuid->out, ==, text->out);

  no_group = run_cli ("statement", path, "--member", "3");
  g_assert_cmpint (no_group->status, ==, 2);
  unknown = run_cli ("statement", path, "--member", "77", "--group", "1");
  g_assert_cmpint (unknown->status, ==, 1);

  pdf = run_cli ("statement", path, "--member", "1", "--group", "1", "--pdf", out_pdf);
  g_assert_cmpint (pdf->status, ==, 0);
  g_assert_true (g_file_test (out_pdf, G_FILE_TEST_IS_REGULAR));
  {
    g_auto(GStrv) pages = sajja_test_pdf_pages (out_pdf);
    g_autofree char *all = sajja_test_squeeze (pages[0]);

    sajja_test_assert_has (all, name, "the statement written by sajja-cli");
    sajja_test_assert_has (all, "225.75", "the statement written by sajja-cli");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sajja_i18n_init ();

  g_test_add_func ("/print-savings/receipt", test_receipt);
  g_test_add_func ("/print-savings/receipts-for-day", test_receipts_for_day);
  g_test_add_func ("/print-savings/statement", test_statement);
  g_test_add_func ("/print-savings/cash-book", test_cash_book);
  g_test_add_func ("/print-savings/cli/savings-post", test_cli_savings_post);
  g_test_add_func ("/print-savings/cli/statement", test_cli_statement);

  return g_test_run ();
}
