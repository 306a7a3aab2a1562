/* test-bank.c: tests for the bank book (sajja-bank.c, the bank_movements triggers in
 * sajja-db.c, the group's bank accounts in sajja-group.c and the printed bank book) on real
 * SQLite files in a throwaway folder.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sajja-bank.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-money.h"
#include "sajja-page.h"
#include "sajja-print-savings.h"
#include "sajja-uuid.h"

/* ---- helpers ---------------------------------------------------------------------------- */

static SajjaDb *
new_db (const char *name)
{
  g_autoptr(GError) error = NULL;
  const char *dir = g_get_user_data_dir ();
  g_autofree char *path = NULL;
  SajjaDb *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  path = g_build_filename (dir, name, NULL);
  g_unlink (path);
  db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static void
close_ok (SajjaDb *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_db_close (db, FALSE, 0, &error));
  g_assert_no_error (error);
  g_object_unref (db);
}

/* A group with one account at กรุงไทย (and another at ธ.ก.ส. when @two). */
static SajjaGroup *
add_group (SajjaDb  *db,
           gboolean  two)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = sajja_uuid_new ();
  SajjaGroup *group = g_object_new (SAJJA_TYPE_GROUP, "uuid", uuid, NULL);
  GPtrArray *accounts = sajja_group_get_bank_accounts (group);

  sajja_group_set_name (group, "กลุ่มออมทรัพย์ทดสอบ");
  sajja_group_set_village (group, "บ้านทดสอบ");
  sajja_group_set_moo (group, 1);
  sajja_group_set_tambon (group, "ท่าข้าม");
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  sajja_group_set_founded (group, "2000-01-01");
  g_ptr_array_add (accounts, sajja_bank_account_new ("กรุงไทย", "หาดใหญ่", "1234567890", "กลุ่มออมทรัพย์ทดสอบ"));
  if (two)
    g_ptr_array_add (accounts, sajja_bank_account_new ("ธ.ก.ส.", "", "0987654321", ""));
  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);
  return group;
}

/* Cash received: a group entry of the fees account written straight into the journal. */
static void
receive_cash (SajjaDb    *db,
              gint64      group_id,
              gint64      amount,
              const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *sql = g_strdup_printf ("INSERT INTO journal (uuid, group_id, account, kind, amount, period, "
                                          "paid_on, recorded_at) VALUES ('%s', %" G_GINT64_FORMAT ", 'fees', "
                                          "'entry-fee', %" G_GINT64_FORMAT ", substr ('%s', 1, 7), '%s', '%s')",
                                          uuid, group_id, amount, day, day, day);

  g_assert_true (sajja_db_exec (db, sql, &error));
  g_assert_no_error (error);
}

static gint64
first_account (SajjaDb    *db,
               SajjaGroup *group)
{
  gint64 id = sajja_bank_find_account (db, sajja_group_get_id (group), "กรุงไทย", "1234567890");

  g_assert_cmpint (id, >, 0);
  return id;
}

/* ---- tests ------------------------------------------------------------------------------- */

static void
test_refusals (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("refusals.db");
  g_autoptr(SajjaGroup) group = add_group (db, FALSE);
  gint64 group_id = sajja_group_get_id (group);
  gint64 account = first_account (db, group);

  receive_cash (db, group_id, 100000, "2025-01-05");
  g_assert_cmpint (sajja_bank_cash_on_hand (db, group_id, NULL), ==, 100000);

  /* More than the cash on hand. */
  g_assert_cmpint (sajja_bank_deposit (db, account, 100001, "2025-01-06", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_CASH);
  g_clear_error (&error);
  /* Before the cash came in. */
  g_assert_cmpint (sajja_bank_deposit (db, account, 100, "2025-01-04", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_CASH);
  g_clear_error (&error);
  /* Zero, and a day in the future. */
  g_assert_cmpint (sajja_bank_deposit (db, account, 0, "2025-01-06", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (sajja_bank_deposit (db, account, 100, "2999-01-06", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_DATE);
  g_clear_error (&error);

  g_assert_cmpint (sajja_bank_deposit (db, account, 80000, "2025-01-06", "treasurer", "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_cash_on_hand (db, group_id, NULL), ==, 20000);
  g_assert_cmpint (sajja_bank_cash_on_hand (db, group_id, "2025-01-05"), ==, 100000);
  g_assert_cmpint (sajja_bank_balance (db, account, NULL), ==, 80000);
  g_assert_cmpint (sajja_bank_balance (db, account, "2025-01-05"), ==, 0);

  /* More than the book balance. */
  g_assert_cmpint (sajja_bank_withdraw (db, account, 80001, "2025-01-07", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_BALANCE);
  g_clear_error (&error);
  g_assert_cmpint (sajja_bank_add_fee (db, account, 90000, "2025-01-07", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_BALANCE);
  g_clear_error (&error);

  g_assert_cmpint (sajja_bank_withdraw (db, account, 30000, "2025-01-07", "", "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_add_interest (db, account, 125, "2025-06-30", "", "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_add_fee (db, account, 25, "2025-06-30", "", "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_balance (db, account, NULL), ==, 50100);
  /* Interest and fees stay in the bank: the cash on hand is 20000 + 30000. */
  g_assert_cmpint (sajja_bank_cash_on_hand (db, group_id, NULL), ==, 50000);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count (*) FROM bank_movements", -1, NULL), ==, 4);

  /* No such account. */
  g_assert_cmpint (sajja_bank_deposit (db, account + 100, 100, "2025-01-06", "", "", &error), ==, 0);
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_ACCOUNT);
  g_clear_error (&error);

  close_ok (db);
}

static void
test_triggers (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("triggers.db");
  g_autoptr(SajjaGroup) group = add_group (db, FALSE);
  gint64 account = first_account (db, group);

  receive_cash (db, sajja_group_get_id (group), 100000, "2025-01-05");
  g_assert_cmpint (sajja_bank_deposit (db, account, 50000, "2025-01-06", "", "", &error), >, 0);
  g_assert_no_error (error);

  g_assert_false (sajja_db_exec (db, "UPDATE bank_movements SET amount = 1", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (sajja_db_exec (db, "DELETE FROM bank_movements", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* Nor may a deposit be stored as money out. */
  g_assert_false (sajja_db_exec (db, "INSERT INTO bank_movements (uuid, group_id, bank_account_id, day, amount, kind, "
                                     "recorded_at) SELECT '00000000-0000-4000-8000-000000000000', group_id, "
                                     "bank_account_id, day, -5, 'deposit', recorded_at FROM bank_movements", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT sum (amount) FROM bank_movements", -1, NULL), ==, 50000);

  close_ok (db);
}

static void
test_reconcile (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("reconcile.db");
  g_autoptr(SajjaGroup) group = add_group (db, FALSE);
  gint64 account = first_account (db, group);
  gint64 book = -1, statement = -1, difference = -1;

  receive_cash (db, sajja_group_get_id (group), 500000, "2025-01-05");

  g_assert_false (sajja_bank_reconcile (db, account, NULL, &book, &statement, &difference, &error));
  g_assert_error (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_STATEMENT);
  g_clear_error (&error);

  g_assert_cmpint (sajja_bank_deposit (db, account, 300000, "2025-01-06", "", "", &error), >, 0);
  g_assert_cmpint (sajja_bank_deposit (db, account, 100000, "2025-02-06", "", "", &error), >, 0);
  g_assert_no_error (error);

  /* The bank's statement of January shows 3,000.50: the interest is not yet in the book. */
  g_assert_true (sajja_bank_record_statement (db, account, "2025-01-31", 300050, &error));
  g_assert_no_error (error);
  g_assert_true (sajja_bank_reconcile (db, account, "2025-01-31", &book, &statement, &difference, &error));
  g_assert_no_error (error);
  g_assert_cmpint (book, ==, 300000);
  g_assert_cmpint (statement, ==, 300050);
  g_assert_cmpint (difference, ==, 50);

  /* A later day uses the latest statement on or before it, against the book on that day. */
  g_assert_true (sajja_bank_reconcile (db, account, "2025-02-15", &book, &statement, &difference, &error));
  g_assert_cmpint (book, ==, 300000);
  g_assert_cmpint (difference, ==, 50);

  /* Recorded again for the same day, the balance is replaced. */
  g_assert_true (sajja_bank_record_statement (db, account, "2025-01-31", 300000, &error));
  g_assert_true (sajja_bank_reconcile (db, account, NULL, NULL, NULL, &difference, &error));
  g_assert_no_error (error);
  g_assert_cmpint (difference, ==, 0);

  g_assert_true (sajja_bank_record_statement (db, account, "2025-02-28", 395000, &error));
  g_assert_true (sajja_bank_reconcile (db, account, NULL, &book, &statement, &difference, &error));
  g_assert_no_error (error);
  g_assert_cmpint (book, ==, 400000);
  g_assert_cmpint (statement, ==, 395000);
  g_assert_cmpint (difference, ==, -5000);

  close_ok (db);
}

static void
test_group_save (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("group-save.db");
  g_autoptr(SajjaGroup) group = add_group (db, TRUE);
  gint64 group_id = sajja_group_get_id (group);
  gint64 account = first_account (db, group);
  gint64 second = sajja_bank_find_account (db, group_id, "ธ.ก.ส.", "0987654321");
  GPtrArray *accounts = sajja_group_get_bank_accounts (group);
  SajjaBankAccount *a;

  g_assert_cmpint (second, >, 0);
  receive_cash (db, group_id, 100000, "2025-01-05");
  g_assert_cmpint (sajja_bank_deposit (db, account, 50000, "2025-01-06", "", "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sajja_bank_record_statement (db, second, "2025-01-31", 0, &error));
  g_assert_no_error (error);

  /* Saved again with a new branch: the same rows, the movements keep their account. */
  a = g_ptr_array_index (accounts, 0);
  g_free (a->branch);
  a->branch = g_strdup ("คลองแห");
  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first_account (db, group), ==, account);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count (*) FROM group_bank_accounts WHERE branch = 'คลองแห'", -1, NULL),
                   ==, 1);
  g_assert_cmpint (sajja_bank_balance (db, account, NULL), ==, 50000);

  /* The account without movements can go (its statements with it); a new one comes in. */
  g_ptr_array_remove_index (accounts, 1);
  g_ptr_array_add (accounts, sajja_bank_account_new ("ออมสิน", "", "5555555555", ""));
  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_bank_find_account (db, group_id, "ธ.ก.ส.", "0987654321"), ==, 0);
  g_assert_cmpint (sajja_bank_find_account (db, group_id, "ออมสิน", "5555555555"), >, 0);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count (*) FROM bank_statements", -1, NULL), ==, 0);

  /* The account with movements cannot. */
  g_ptr_array_remove_index (accounts, 0);
  g_assert_false (sajja_group_save (group, db, &error));
  g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK);
  g_assert_nonnull (strstr (error->message, "1234567890"));
  g_clear_error (&error);
  g_assert_cmpint (first_account (db, group), ==, account);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count (*) FROM group_bank_accounts", -1, NULL), ==, 2);

  /* The same account twice. */
  g_ptr_array_add (accounts, sajja_bank_account_new ("ออมสิน", "", "5555555555", ""));
  g_ptr_array_add (accounts, sajja_bank_account_new ("กรุงไทย", "", "1234567890", ""));
  g_assert_false (sajja_group_save (group, db, &error));
  g_assert_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK);
  g_clear_error (&error);

  close_ok (db);
}

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  GString *squeezed = g_string_new (NULL);
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                               &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  /* Without spaces: pdftotext -layout puts spaces between columns and around Thai marks. */
  for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));
  return g_string_free (squeezed, FALSE);
}

static void
assert_has (const char *text,
            gint64      satang)
{
  g_autofree char *money = sajja_money_format (satang);

  if (strstr (text, money) == NULL)
    g_error ("%s is not in the bank book: %s", money, text);
}

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = new_db ("pdf.db");
  g_autoptr(SajjaGroup) group = add_group (db, FALSE);
  gint64 account = first_account (db, group);
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *pdf = g_build_filename (g_get_user_data_dir (), "bank-book.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;

  if (g_find_program_in_path ("pdftotext") == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      close_ok (db);
      return;
    }

  receive_cash (db, sajja_group_get_id (group), 1234500, "2025-01-05");
  g_assert_cmpint (sajja_bank_deposit (db, account, 1000000, "2025-01-06", "", "", &error), >, 0);
  g_assert_cmpint (sajja_bank_withdraw (db, account, 250000, "2025-03-06", "", "", &error), >, 0);
  g_assert_cmpint (sajja_bank_add_interest (db, account, 1875, "2025-06-30", "", "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (sajja_bank_record_statement (db, account, "2025-06-30", 752125, &error));
  g_assert_no_error (error);

  doc = sajja_print_bank_book (db, sajja_group_get_id (group), &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_true (sajja_page_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  assert_has (text, 1000000);   /* the deposit and the balance after it */
  assert_has (text, 750000);    /* the balance after the withdrawal */
  assert_has (text, 751875);    /* the book balance */
  assert_has (text, 752125);    /* the statement's */
  assert_has (text, 250);       /* the difference */
  g_assert_nonnull (strstr (text, "1234567890"));

  plain = sajja_print_bank_book_text (db, sajja_group_get_id (group), &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (plain, "7,521.25"));

  close_ok (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/bank/refusals", test_refusals);
  g_test_add_func ("/bank/triggers", test_triggers);
  g_test_add_func ("/bank/reconcile", test_reconcile);
  g_test_add_func ("/bank/group-save", test_group_save);
  g_test_add_func ("/bank/pdf", test_pdf);

  return g_test_run ();
}
