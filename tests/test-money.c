/* test-money.c: tests for sajja-money.c */
#include <glib.h>
#include <string.h>

#include "sajja-money.h"

typedef struct
{
  const char *text;
  gint64 satang;
} GoodCase;

typedef struct
{
  const char *text;
  gboolean allow_negative;
  SajjaMoneyError code;
} BadCase;

static void
assert_parses (const char *text,
               gboolean    allow_negative,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 satang = -424242;
  gboolean ok;

  ok = sajja_money_parse (text, allow_negative, &satang, &error);
  if (!ok)
    g_test_message ("input %s failed: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (satang, ==, expected);
}

static void
assert_refused (const char      *text,
                gboolean         allow_negative,
                SajjaMoneyError  code)
{
  g_autoptr(GError) error = NULL;
  gint64 satang = -424242;
  gboolean ok;

  ok = sajja_money_parse (text, allow_negative, &satang, &error);
  if (ok)
    g_test_message ("input %s was accepted as %" G_GINT64_FORMAT,
                    text != NULL ? text : "(NULL)", satang);
  g_assert_false (ok);
  g_assert_error (error, SAJJA_MONEY_ERROR, (int) code);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  /* The output is left alone on error. */
  g_assert_cmpint (satang, ==, -424242);
}

static void
test_parse_good (void)
{
  static const GoodCase cases[] = {
    { "1234", 123400 },
    { "1,234.50", 123450 },
    { "1,234.5", 123450 },
    { "฿1,234.5", 123450 },
    { "฿ 1,234.50", 123450 },
    { "1234 บาท", 123400 },
    { "1234บาท", 123400 },
    { "฿1,234 บาท", 123400 },
    { "0.5", 50 },
    { "0.05", 5 },
    { ".50", 50 },
    { ".5", 50 },
    { "5.", 500 },
    { "0", 0 },
    { "007", 700 },
    { "  12.34  ", 1234 },
    { "\t12\n", 1200 },
    { "\xc2\xa0" "12" "\xc2\xa0", 1200 },  /* no-break spaces */
    { "๑,๒๓๔.๕๐", 123450 },
    { "๑๒๓๔", 123400 },
    { "฿๕", 500 },
    { "1,000,000", 100000000 },
    { "999", 99900 },
    { "999,999,999,999.99", SAJJA_MONEY_MAX },
    { "999999999999.99", SAJJA_MONEY_MAX },
    { "0000000000000000000000000001", 100 },  /* leading zeros do not overflow */
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      assert_parses (cases[i].text, FALSE, cases[i].satang);
      assert_parses (cases[i].text, TRUE, cases[i].satang);
    }
}

static void
test_parse_negative (void)
{
  assert_parses ("-5", TRUE, -500);
  assert_parses ("-1,234.56", TRUE, -123456);
  assert_parses ("-฿5", TRUE, -500);
  assert_parses ("฿-5", TRUE, -500);
  assert_parses (" -0.01 ", TRUE, -1);
  assert_parses ("-999,999,999,999.99", TRUE, -SAJJA_MONEY_MAX);

  assert_refused ("-5", FALSE, SAJJA_MONEY_ERROR_NEGATIVE);
  assert_refused ("-฿5", FALSE, SAJJA_MONEY_ERROR_NEGATIVE);
  assert_refused ("-0.01", FALSE, SAJJA_MONEY_ERROR_NEGATIVE);
}

static void
test_parse_empty (void)
{
  assert_refused ("", FALSE, SAJJA_MONEY_ERROR_EMPTY);
  assert_refused ("   ", FALSE, SAJJA_MONEY_ERROR_EMPTY);
  assert_refused (" \t\n ", TRUE, SAJJA_MONEY_ERROR_EMPTY);
  assert_refused (NULL, FALSE, SAJJA_MONEY_ERROR_EMPTY);
}

static void
test_parse_invalid (void)
{
  static const BadCase cases[] = {
    { "-", TRUE, SAJJA_MONEY_ERROR_INVALID },
    { "-", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "12a", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "abc", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "1 234", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { ".", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "฿", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "บาท", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "--5", TRUE, SAJJA_MONEY_ERROR_INVALID },
    { "+5", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "5-", TRUE, SAJJA_MONEY_ERROR_INVALID },
    { "1e3", FALSE, SAJJA_MONEY_ERROR_INVALID },
    { "$5", FALSE, SAJJA_MONEY_ERROR_INVALID },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (cases[i].text, cases[i].allow_negative, cases[i].code);
}

static void
test_parse_grouping (void)
{
  static const char * const cases[] = {
    "12,34.5",
    "1.234.5",
    "1,,234",
    ",123",
    "123,",
    "1,23",
    "1234,567",
    "1,2345",
    "0,50",
    "1,234,56",
    "1.234,50",
    "1.2.3",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (cases[i], FALSE, SAJJA_MONEY_ERROR_GROUPING);
}

static void
test_parse_grouping_message (void)
{
  g_autoptr(GError) error = NULL;
  gint64 satang = 0;

  g_assert_false (sajja_money_parse ("1.234.5", FALSE, &satang, &error));
  g_assert_error (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_GROUPING);
  /* The tests run untranslated. */
  g_assert_nonnull (strstr (error->message, "groups of three digits"));
}

static void
test_parse_decimals (void)
{
  assert_refused ("1.234", FALSE, SAJJA_MONEY_ERROR_DECIMALS);
  assert_refused ("0.001", FALSE, SAJJA_MONEY_ERROR_DECIMALS);
  assert_refused ("1,234.567", FALSE, SAJJA_MONEY_ERROR_DECIMALS);
  assert_refused (".123", FALSE, SAJJA_MONEY_ERROR_DECIMALS);
}

static void
test_parse_overflow (void)
{
  g_autoptr(GError) error = NULL;
  gint64 satang = 0;

  assert_refused ("1,000,000,000,000", FALSE, SAJJA_MONEY_ERROR_OVERFLOW);
  assert_refused ("1000000000000.00", FALSE, SAJJA_MONEY_ERROR_OVERFLOW);
  assert_refused ("-1000000000000", TRUE, SAJJA_MONEY_ERROR_OVERFLOW);
  /* G_MAXINT64 baht, and far more digits than a gint64 can hold. */
  assert_refused ("9223372036854775807", FALSE, SAJJA_MONEY_ERROR_OVERFLOW);
  assert_refused ("92233720368547758.08", FALSE, SAJJA_MONEY_ERROR_OVERFLOW);
  assert_refused ("99999999999999999999999999999999999999999999", FALSE,
                  SAJJA_MONEY_ERROR_OVERFLOW);

  g_assert_false (sajja_money_parse ("1000000000000", FALSE, &satang, &error));
  g_assert_error (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "999,999,999,999.99"));
}

static void
test_parse_message_quotes_input (void)
{
  g_autoptr(GError) error = NULL;
  gint64 satang = 0;

  g_assert_false (sajja_money_parse ("  12a  ", FALSE, &satang, &error));
  g_assert_error (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“12a”"));
}

static void
test_format (void)
{
  static const GoodCase cases[] = {
    { "0.00", 0 },
    { "0.05", 5 },
    { "-0.05", -5 },
    { "0.50", 50 },
    { "1.00", 100 },
    { "999.99", 99999 },
    { "1,000.00", 100000 },
    { "1,234.56", 123456 },
    { "-1,234.50", -123450 },
    { "12,345.67", 1234567 },
    { "123,456.78", 12345678 },
    { "1,234,567.89", 123456789 },
    { "999,999,999,999.99", SAJJA_MONEY_MAX },
    { "92,233,720,368,547,758.07", G_MAXINT64 },
    { "-92,233,720,368,547,758.08", G_MININT64 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sajja_money_format (cases[i].satang);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_baht (void)
{
  g_autofree char *a = sajja_money_format_baht (123450);
  g_autofree char *b = sajja_money_format_baht (-500);
  g_autofree char *c = sajja_money_format_baht (0);

  g_assert_cmpstr (a, ==, "฿1,234.50");
  g_assert_cmpstr (b, ==, "-฿5.00");
  g_assert_cmpstr (c, ==, "฿0.00");
}

static void
test_format_thai_digits (void)
{
  g_autofree char *a = sajja_money_format_thai_digits (123450);
  g_autofree char *b = sajja_money_format_thai_digits (-5);

  g_assert_cmpstr (a, ==, "๑,๒๓๔.๕๐");
  g_assert_cmpstr (b, ==, "-๐.๐๕");
}

static void
test_round_trip (void)
{
  static const gint64 values[] = {
    0, 1, 5, 99, 100, 123456, 100000000, SAJJA_MONEY_MAX, -1, -123456, -SAJJA_MONEY_MAX,
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *plain = sajja_money_format (values[i]);
      g_autofree char *baht = sajja_money_format_baht (values[i]);
      g_autofree char *thai = sajja_money_format_thai_digits (values[i]);

      assert_parses (plain, TRUE, values[i]);
      assert_parses (baht, TRUE, values[i]);
      assert_parses (thai, TRUE, values[i]);
    }
}

static void
test_digits (void)
{
  g_autofree char *a = sajja_thai_digits_to_ascii ("๐๑๒๓๔๕๖๗๘๙ บาท x");
  g_autofree char *b = sajja_ascii_digits_to_thai ("0123456789 baht");
  g_autofree char *c = sajja_thai_digits_to_ascii ("");

  g_assert_cmpstr (a, ==, "0123456789 บาท x");
  g_assert_cmpstr (b, ==, "๐๑๒๓๔๕๖๗๘๙ baht");
  g_assert_cmpstr (c, ==, "");
}

typedef struct
{
  gint64 satang;
  const char *words;
} WordsCase;

static void
test_thai_words (void)
{
  static const WordsCase cases[] = {
    { 0, "ศูนย์บาทถ้วน" },
    { 100, "หนึ่งบาทถ้วน" },
    { 200, "สองบาทถ้วน" },
    { 1000, "สิบบาทถ้วน" },
    { 1100, "สิบเอ็ดบาทถ้วน" },
    { 2000, "ยี่สิบบาทถ้วน" },
    { 2100, "ยี่สิบเอ็ดบาทถ้วน" },
    { 3100, "สามสิบเอ็ดบาทถ้วน" },
    { 10000, "หนึ่งร้อยบาทถ้วน" },
    { 10100, "หนึ่งร้อยเอ็ดบาทถ้วน" },
    { 11100, "หนึ่งร้อยสิบเอ็ดบาทถ้วน" },
    { 100100, "หนึ่งพันเอ็ดบาทถ้วน" },
    { 200000, "สองพันบาทถ้วน" },
    { 250100, "สองพันห้าร้อยเอ็ดบาทถ้วน" },
    { 1000000, "หนึ่งหมื่นบาทถ้วน" },
    { 10000000, "หนึ่งแสนบาทถ้วน" },
    { G_GINT64_CONSTANT (100000000), "หนึ่งล้านบาทถ้วน" },
    { G_GINT64_CONSTANT (100000100), "หนึ่งล้านเอ็ดบาทถ้วน" },
    { G_GINT64_CONSTANT (100001000), "หนึ่งล้านสิบบาทถ้วน" },
    { G_GINT64_CONSTANT (1100000000), "สิบเอ็ดล้านบาทถ้วน" },
    { G_GINT64_CONSTANT (2100002100), "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน" },
    { G_GINT64_CONSTANT (10100000000), "หนึ่งร้อยเอ็ดล้านบาทถ้วน" },
    { G_GINT64_CONSTANT (50174122100),
      "ห้าร้อยเอ็ดล้านเจ็ดแสนสี่หมื่นหนึ่งพันสองร้อยยี่สิบเอ็ดบาทถ้วน" },
    { G_GINT64_CONSTANT (100000000000000), "หนึ่งล้านล้านบาทถ้วน" },
    { G_GINT64_CONSTANT (100000000000100), "หนึ่งล้านล้านเอ็ดบาทถ้วน" },
    { 1, "หนึ่งสตางค์" },
    { 10, "สิบสตางค์" },
    { 11, "สิบเอ็ดสตางค์" },
    { 21, "ยี่สิบเอ็ดสตางค์" },
    { 75, "เจ็ดสิบห้าสตางค์" },
    { 101, "หนึ่งบาทหนึ่งสตางค์" },
    { 12075, "หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์" },
    { 2150, "ยี่สิบเอ็ดบาทห้าสิบสตางค์" },
    { -5, "ลบห้าสตางค์" },
    { -500, "ลบห้าบาทถ้วน" },
    { -12075, "ลบหนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์" },
    /* 92,233,720,368,547,758.07 and -92,233,720,368,547,758.08 */
    { G_MAXINT64,
      "เก้าหมื่นสองพันสองร้อยสามสิบสามล้านเจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
      "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทเจ็ดสตางค์" },
    { G_MININT64,
      "ลบเก้าหมื่นสองพันสองร้อยสามสิบสามล้านเจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
      "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทแปดสตางค์" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = sajja_money_to_thai_words (cases[i].satang);

      if (g_strcmp0 (words, cases[i].words) != 0)
        g_test_message ("%" G_GINT64_FORMAT " satang", cases[i].satang);
      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

static void
test_round_down (void)
{
  g_assert_cmpint (sajja_money_div_round_down (10, 3), ==, 3);
  g_assert_cmpint (sajja_money_div_round_down (-1, 3), ==, -1);
  g_assert_cmpint (sajja_money_div_round_down (-3, 3), ==, -1);
  g_assert_cmpint (sajja_money_div_round_down (-4, 3), ==, -2);
  g_assert_cmpint (sajja_money_div_round_down (0, 7), ==, 0);
  g_assert_cmpint (sajja_money_div_round_down (299, 100), ==, 2);
  g_assert_cmpint (sajja_money_div_round_down (-299, 100), ==, -3);
  g_assert_cmpint (sajja_money_div_round_down (G_MAXINT64, 1), ==, G_MAXINT64);
  g_assert_cmpint (sajja_money_div_round_down (G_MININT64, 1), ==, G_MININT64);
  g_assert_cmpint (sajja_money_div_round_down (G_MININT64, G_MAXINT64), ==, -2);
  g_assert_cmpint (sajja_money_div_round_down (G_MAXINT64, G_MAXINT64), ==, 1);
}

static void
test_round_half_up (void)
{
  g_assert_cmpint (sajja_money_div_round_half_up (5, 10), ==, 1);
  g_assert_cmpint (sajja_money_div_round_half_up (4, 10), ==, 0);
  g_assert_cmpint (sajja_money_div_round_half_up (-5, 10), ==, -1);
  g_assert_cmpint (sajja_money_div_round_half_up (-4, 10), ==, 0);
  g_assert_cmpint (sajja_money_div_round_half_up (15, 10), ==, 2);
  g_assert_cmpint (sajja_money_div_round_half_up (-15, 10), ==, -2);
  g_assert_cmpint (sajja_money_div_round_half_up (1, 3), ==, 0);
  g_assert_cmpint (sajja_money_div_round_half_up (2, 3), ==, 1);
  g_assert_cmpint (sajja_money_div_round_half_up (-2, 3), ==, -1);
  g_assert_cmpint (sajja_money_div_round_half_up (12345, 100), ==, 123);
  g_assert_cmpint (sajja_money_div_round_half_up (12350, 100), ==, 124);
  g_assert_cmpint (sajja_money_div_round_half_up (7, 1), ==, 7);
  /* No overflow in "twice the remainder" for huge denominators. */
  g_assert_cmpint (sajja_money_div_round_half_up (G_MAXINT64 - 1, G_MAXINT64), ==, 1);
  g_assert_cmpint (sajja_money_div_round_half_up (G_MAXINT64 / 2, G_MAXINT64), ==, 0);
  g_assert_cmpint (sajja_money_div_round_half_up (G_MAXINT64 / 2 + 1, G_MAXINT64), ==, 1);
  g_assert_cmpint (sajja_money_div_round_half_up (G_MININT64, G_MAXINT64), ==, -1);
  g_assert_cmpint (sajja_money_div_round_half_up (G_MININT64, 1), ==, G_MININT64);
  g_assert_cmpint (sajja_money_div_round_half_up (G_MININT64, 2), ==, G_MININT64 / 2);
}

static void
test_round_cash_25 (void)
{
  static const gint64 cases[][2] = {
    { 0, 0 }, { 10, 0 }, { 12, 0 }, { 13, 25 }, { 24, 25 }, { 25, 25 },
    { 37, 25 }, { 38, 50 }, { 62, 50 }, { 63, 75 }, { 87, 75 }, { 88, 100 },
    { 100, 100 }, { 112, 100 }, { 113, 125 }, { 137, 125 }, { 138, 150 },
    { -10, 0 }, { -12, 0 }, { -13, -25 }, { -112, -100 }, { -113, -125 },
    { -137, -125 }, { -138, -150 },
    { G_MAXINT64, G_MAXINT64 - 7 },
    { G_MININT64, G_MININT64 + 8 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (sajja_money_round_cash_25 (cases[i][0]), ==, cases[i][1]);
}

static void
test_rounding_names (void)
{
  static const SajjaRounding all[] = {
    SAJJA_ROUNDING_DOWN, SAJJA_ROUNDING_HALF_UP, SAJJA_ROUNDING_CASH_25,
  };
  SajjaRounding rounding = SAJJA_ROUNDING_DOWN;
  guint i;

  g_assert_cmpstr (sajja_rounding_to_string (SAJJA_ROUNDING_DOWN), ==, "down");
  g_assert_cmpstr (sajja_rounding_to_string (SAJJA_ROUNDING_HALF_UP), ==, "half-up");
  g_assert_cmpstr (sajja_rounding_to_string (SAJJA_ROUNDING_CASH_25), ==, "cash-25");
  g_assert_null (sajja_rounding_to_string ((SajjaRounding) 99));

  for (i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_assert_true (sajja_rounding_from_string (sajja_rounding_to_string (all[i]), &rounding));
      g_assert_cmpint (rounding, ==, all[i]);
    }

  rounding = SAJJA_ROUNDING_HALF_UP;
  g_assert_false (sajja_rounding_from_string ("up", &rounding));
  g_assert_false (sajja_rounding_from_string ("", &rounding));
  g_assert_false (sajja_rounding_from_string (NULL, &rounding));
  g_assert_cmpint (rounding, ==, SAJJA_ROUNDING_HALF_UP);
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (SAJJA_MONEY_ERROR), ==, "sajja-money-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/money/parse/good", test_parse_good);
  g_test_add_func ("/money/parse/negative", test_parse_negative);
  g_test_add_func ("/money/parse/empty", test_parse_empty);
  g_test_add_func ("/money/parse/invalid", test_parse_invalid);
  g_test_add_func ("/money/parse/grouping", test_parse_grouping);
  g_test_add_func ("/money/parse/grouping-message", test_parse_grouping_message);
  g_test_add_func ("/money/parse/decimals", test_parse_decimals);
  g_test_add_func ("/money/parse/overflow", test_parse_overflow);
  g_test_add_func ("/money/parse/message-quotes-input", test_parse_message_quotes_input);
  g_test_add_func ("/money/format/plain", test_format);
  g_test_add_func ("/money/format/baht", test_format_baht);
  g_test_add_func ("/money/format/thai-digits", test_format_thai_digits);
  g_test_add_func ("/money/format/round-trip", test_round_trip);
  g_test_add_func ("/money/digits", test_digits);
  g_test_add_func ("/money/thai-words", test_thai_words);
  g_test_add_func ("/money/round/down", test_round_down);
  g_test_add_func ("/money/round/half-up", test_round_half_up);
  g_test_add_func ("/money/round/cash-25", test_round_cash_25);
  g_test_add_func ("/money/round/names", test_rounding_names);
  g_test_add_func ("/money/error-quark", test_error_quark);

  return g_test_run ();
}
