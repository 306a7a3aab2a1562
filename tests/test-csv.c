/* test-csv.c: tests for sajja-csv.c
 *
 * The fixtures in tests/data/csv/ are real bytes: utf8.csv, utf8-bom.csv (CR LF), tis620.csv
 * (TIS-620, CR LF, as Thai Excel writes it) and cp874.csv (with the Windows-874 punctuation)
 * hold the same kind of member roster.
 */
#include <glib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "sajja-csv.h"

/* ---- Helpers ------------------------------------------------------------------------------- */

static SajjaCsv *
parse_ok (const char       *data,
          gssize            len,
          SajjaCsvEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  SajjaCsv *csv;

  csv = sajja_csv_parse (data, len < 0 ? strlen (data) : (gsize) len, encoding, &error);
  g_assert_no_error (error);
  g_assert_nonnull (csv);

  return csv;
}

/* Asserts that record @index starts on @line and has exactly the values given after it,
 * ending with NULL. */
static void
assert_record (SajjaCsv   *csv,
               guint       index,
               guint       line,
               ...)
{
  const char * const *record;
  const char *expected;
  va_list args;
  guint i = 0;

  g_assert_cmpuint (index, <, sajja_csv_get_n_records (csv));
  g_assert_cmpuint (sajja_csv_get_line (csv, index), ==, line);
  record = sajja_csv_get_record (csv, index);
  g_assert_nonnull (record);

  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_nonnull (record[i]);
      g_assert_cmpstr (record[i], ==, expected);
      g_assert_cmpstr (sajja_csv_get_field (csv, index, (int) i), ==, expected);
      i++;
    }
  va_end (args);

  g_assert_null (record[i]);
  g_assert_cmpuint (sajja_csv_get_n_fields (csv, index), ==, i);
  g_assert_null (sajja_csv_get_field (csv, index, (int) i));
}

/* Whether @message has @number as a whole number (not part of a longer one). */
static gboolean
message_has_number (const char *message,
                    guint       number)
{
  const char *p = message;

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p))
        {
          guint64 value = g_ascii_strtoull (p, NULL, 10);

          if (value == number)
            return TRUE;
          while (g_ascii_isdigit (*p))
            p++;
        }
      else
        p++;
    }

  return FALSE;
}

/* Asserts that parsing fails with @code, and that the message names @line when it is not 0. */
static void
assert_refused (const char       *data,
                gssize            len,
                SajjaCsvEncoding  encoding,
                SajjaCsvError     code,
                guint             line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) csv = NULL;

  csv = sajja_csv_parse (data, len < 0 ? strlen (data) : (gsize) len, encoding, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  if (line > 0 && !message_has_number (error->message, line))
    g_error ("The message “%s” does not name line %u", error->message, line);
  if (line > 0)
    g_assert_true (message_has_number (error->message, line));
}

static SajjaCsv *
load_fixture (const char       *name,
              SajjaCsvEncoding  encoding,
              GError          **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return sajja_csv_load (file, encoding, NULL, error);
}

static SajjaCsv *
load_fixture_ok (const char       *name,
                 SajjaCsvEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  SajjaCsv *csv = load_fixture (name, encoding, &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);

  return csv;
}

/* The roster in utf8.csv, utf8-bom.csv and tis620.csv. */
static void
assert_roster (SajjaCsv *csv)
{
  g_assert_cmpint (sajja_csv_get_separator (csv), ==, ',');
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 4);
  assert_record (csv, 0, 1, "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "เงินออม", NULL);
  assert_record (csv, 1, 2, "สมชาย", "ใจดี", "1101700203450", "1,250.50", NULL);
  assert_record (csv, 2, 3, "สมหญิง", "รักไทย", "3100500123458", "300", NULL);
  assert_record (csv, 3, 4, "บุญมี", "ศรีสุข", "5100600234568", "0", NULL);
}

/* ---- Encodings ----------------------------------------------------------------------------- */

static void
test_utf8 (void)
{
  g_autoptr(SajjaCsv) csv = load_fixture_ok ("utf8.csv", SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) forced = load_fixture_ok ("utf8.csv", SAJJA_CSV_ENCODING_UTF8);

  g_assert_cmpint (sajja_csv_get_encoding (csv), ==, SAJJA_CSV_ENCODING_UTF8);
  assert_roster (csv);
  g_assert_cmpint (sajja_csv_get_encoding (forced), ==, SAJJA_CSV_ENCODING_UTF8);
  assert_roster (forced);
}

static void
test_utf8_bom (void)
{
  g_autoptr(SajjaCsv) csv = load_fixture_ok ("utf8-bom.csv", SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) forced = load_fixture_ok ("utf8-bom.csv", SAJJA_CSV_ENCODING_UTF8);
  g_autoptr(SajjaCsv) only_bom = parse_ok ("\xef\xbb\xbf", -1, SAJJA_CSV_ENCODING_AUTO);

  /* The BOM is gone: the first header name is exactly "ชื่อ". */
  g_assert_cmpint (sajja_csv_get_encoding (csv), ==, SAJJA_CSV_ENCODING_UTF8);
  assert_roster (csv);
  assert_roster (forced);

  g_assert_cmpint (sajja_csv_get_encoding (only_bom), ==, SAJJA_CSV_ENCODING_UTF8);
  g_assert_cmpuint (sajja_csv_get_n_records (only_bom), ==, 0);
}

static void
test_tis620 (void)
{
  g_autoptr(SajjaCsv) csv = load_fixture_ok ("tis620.csv", SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) forced = load_fixture_ok ("tis620.csv", SAJJA_CSV_ENCODING_TIS620);
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) as_utf8 = NULL;

  g_assert_cmpint (sajja_csv_get_encoding (csv), ==, SAJJA_CSV_ENCODING_TIS620);
  assert_roster (csv);
  g_assert_cmpint (sajja_csv_get_encoding (forced), ==, SAJJA_CSV_ENCODING_TIS620);
  assert_roster (forced);

  /* Asked to read it as UTF-8, the first line (all Thai) is refused. */
  as_utf8 = load_fixture ("tis620.csv", SAJJA_CSV_ENCODING_UTF8, &error);
  g_assert_null (as_utf8);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING);
  g_assert_true (message_has_number (error->message, 1));
}

static void
test_cp874 (void)
{
  g_autoptr(SajjaCsv) csv = load_fixture_ok ("cp874.csv", SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpint (sajja_csv_get_encoding (csv), ==, SAJJA_CSV_ENCODING_TIS620);
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 3);
  assert_record (csv, 0, 1, "ชื่อ", "หมายเหตุ", "ยอด", NULL);
  assert_record (csv, 1, 2, "มาลี", "“ประธาน” – กลุ่ม ‘ออมทรัพย์’", "€5", NULL);
  assert_record (csv, 2, 3, "ประยุทธ", "• สมาชิก… — ใหม่\xc2\xa0แล้ว", "฿100", NULL);
}

typedef struct
{
  guchar byte;
  const char *utf8;
} ByteCase;

/* Every byte from 0x80 up, alone between two letters, read as TIS-620 / Windows-874. */
static void
test_tis620_table (void)
{
  static const ByteCase named[] = {
    { 0x80, "€" }, { 0x85, "…" }, { 0x91, "‘" }, { 0x92, "’" }, { 0x93, "“" }, { 0x94, "”" },
    { 0x95, "•" }, { 0x96, "–" }, { 0x97, "—" }, { 0xA0, "\xc2\xa0" },
    { 0xA1, "ก" }, { 0xA2, "ข" }, { 0xCE, "ฮ" }, { 0xD3, "ำ" }, { 0xDA, "ฺ" }, { 0xDF, "฿" },
    { 0xE0, "เ" }, { 0xE4, "ไ" }, { 0xE8, "่" }, { 0xEF, "๏" }, { 0xF0, "๐" }, { 0xF9, "๙" },
    { 0xFA, "๚" }, { 0xFB, "๛" },
  };
  guint n_defined = 0;
  guint b;
  gsize i;

  for (b = 0x80; b <= 0xFF; b++)
    {
      char data[4] = { 'a', (char) b, 'a', '\0' };
      gunichar expected = 0;
      const char *expected_utf8 = NULL;

      for (i = 0; i < G_N_ELEMENTS (named); i++)
        {
          if (named[i].byte == b)
            expected_utf8 = named[i].utf8;
        }
      if ((b >= 0xA1 && b <= 0xDA) || (b >= 0xDF && b <= 0xFB))
        expected = 0x0E00 + (b - 0xA0);
      else if (expected_utf8 != NULL)
        expected = g_utf8_get_char (expected_utf8);

      if (expected != 0)
        {
          g_autoptr(SajjaCsv) csv = parse_ok (data, 3, SAJJA_CSV_ENCODING_TIS620);
          char utf8[7] = { 0 };
          g_autofree char *field = NULL;

          g_unichar_to_utf8 (expected, utf8);
          field = g_strconcat ("a", utf8, "a", NULL);
          if (expected_utf8 != NULL)
            g_assert_cmpstr (utf8, ==, expected_utf8);
          g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 1);
          g_assert_cmpstr (sajja_csv_get_record (csv, 0)[0], ==, field);
          g_assert_null (sajja_csv_get_record (csv, 0)[1]);
          n_defined++;
        }
      else
        {
          assert_refused (data, 3, SAJJA_CSV_ENCODING_TIS620, SAJJA_CSV_ERROR_ENCODING, 1);
        }
    }

  /* 10 Windows-874 additions and 87 Thai characters. */
  g_assert_cmpuint (n_defined, ==, 97);
}

static void
test_neither_encoding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) csv = NULL;

  /* Not UTF-8, and 0xFF and 0xDB are not TIS-620. */
  csv = sajja_csv_parse ("\xff\xfe\xdb", 3, SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "CSV UTF-8"));
  g_clear_error (&error);

  csv = load_fixture ("bad-encoding.csv", SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING);

  /* UTF-16, as Excel's "Unicode Text": its NUL bytes are no text. */
  assert_refused ("\xff\xfe" "a\0,\0b\0", 8, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_ENCODING, 0);
  assert_refused ("a\0b", 3, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_ENCODING, 0);
  assert_refused ("a\0b", 3, SAJJA_CSV_ENCODING_UTF8, SAJJA_CSV_ERROR_ENCODING, 1);
  assert_refused ("a\0b", 3, SAJJA_CSV_ENCODING_TIS620, SAJJA_CSV_ERROR_ENCODING, 1);
}

static void
test_encoding_error_lines (void)
{
  /* Lines end in LF, CR and CR LF; the bad byte is on line 4. */
  assert_refused ("a\nb\rc\r\nd\xdb", -1, SAJJA_CSV_ENCODING_TIS620,
                  SAJJA_CSV_ERROR_ENCODING, 4);
  /* TIS-620 "สม" on line 3 is not UTF-8. */
  assert_refused ("name\r\nok\r\n\xca\xc1\r\n", -1, SAJJA_CSV_ENCODING_UTF8,
                  SAJJA_CSV_ERROR_ENCODING, 3);
  /* A BOM means UTF-8 even when asked to detect, so the error names the line. */
  assert_refused ("\xef\xbb\xbf" "a\n\xca\xc1\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_ENCODING, 2);
  /* A UTF-8 sequence cut short at the end. */
  assert_refused ("a\n\xe0\xb8", -1, SAJJA_CSV_ENCODING_UTF8, SAJJA_CSV_ERROR_ENCODING, 2);
}

/* ---- Records ------------------------------------------------------------------------------- */

static void
test_line_ends (void)
{
  g_autoptr(SajjaCsv) crlf = parse_ok ("a,b\r\nc,d\r\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) mixed = parse_ok ("a\rb\r\nc\nd", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) cr_quoted = parse_ok ("\"x\ry\",z\rw", -1, SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpuint (sajja_csv_get_n_records (crlf), ==, 2);
  assert_record (crlf, 0, 1, "a", "b", NULL);
  assert_record (crlf, 1, 2, "c", "d", NULL);

  g_assert_cmpuint (sajja_csv_get_n_records (mixed), ==, 4);
  assert_record (mixed, 0, 1, "a", NULL);
  assert_record (mixed, 1, 2, "b", NULL);
  assert_record (mixed, 2, 3, "c", NULL);
  assert_record (mixed, 3, 4, "d", NULL);

  g_assert_cmpuint (sajja_csv_get_n_records (cr_quoted), ==, 2);
  assert_record (cr_quoted, 0, 1, "x\ny", "z", NULL);
  assert_record (cr_quoted, 1, 3, "w", NULL);
}

static void
test_quoted (void)
{
  g_autoptr(SajjaCsv) csv = load_fixture_ok ("quoted.csv", SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 4);
  assert_record (csv, 0, 1, "ชื่อ", "ที่อยู่", "หมายเหตุ", NULL);
  /* A comma and a CR LF inside quotes; the CR LF becomes "\n" and counts as a line. */
  assert_record (csv, 1, 2, "สมชาย", "12 หมู่ 3, ต.บ้านใหม่\nอ.เมือง จ.ขอนแก่น",
                 "เรียกว่า \"ชาย\"", NULL);
  assert_record (csv, 2, 4, "สมหญิง", "", "\"", NULL);
  /* Spaces around unquoted values and around quotes go; spaces inside quotes stay. */
  assert_record (csv, 3, 5, "มาลี", "  มีช่องว่าง  ", "ท้าย", NULL);
}

static void
test_escapes (void)
{
  g_autoptr(SajjaCsv) csv = NULL;

  csv = parse_ok ("\"a\"\"b\",\"\"\"\"\"\",\"\",\"x,\"\"y\"\"\n\"\r\n", -1,
                  SAJJA_CSV_ENCODING_UTF8);
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 1);
  assert_record (csv, 0, 1, "a\"b", "\"\"", "", "x,\"y\"\n", NULL);
}

static void
test_spaces (void)
{
  g_autoptr(SajjaCsv) csv = NULL;

  /* Tabs, no-break spaces and zero-width spaces around values are trimmed; inside they stay. */
  csv = parse_ok (" a b ,\t\"q\"\t,\xc2\xa0สม\xc2\xa0ชาย\xe2\x80\x8b, , \"\" \n", -1,
                  SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 1);
  assert_record (csv, 0, 1, "a b", "q", "สม\xc2\xa0ชาย", "", "", NULL);
}

static void
test_blank_lines (void)
{
  g_autoptr(SajjaCsv) csv = NULL;
  g_autoptr(SajjaCsv) empty = parse_ok ("", 0, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) null_data = NULL;
  g_autoptr(SajjaCsv) blank = parse_ok ("\r\n\r\n  \r\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(GError) error = NULL;

  /* Blank and space-only lines are skipped but counted; "" is a record with one empty value;
   * ",," is a record of three empty values; the trailing line ends make no record. */
  csv = parse_ok ("a,b\n\n   \n\"\"\n,,\nc,d\n\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 4);
  assert_record (csv, 0, 1, "a", "b", NULL);
  assert_record (csv, 1, 4, "", NULL);
  assert_record (csv, 2, 5, "", "", "", NULL);
  assert_record (csv, 3, 6, "c", "d", NULL);

  g_assert_cmpuint (sajja_csv_get_n_records (empty), ==, 0);
  g_assert_cmpuint (sajja_csv_get_n_records (blank), ==, 0);

  null_data = sajja_csv_parse (NULL, 0, SAJJA_CSV_ENCODING_TIS620, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sajja_csv_get_n_records (null_data), ==, 0);
}

static void
test_trailing_separator (void)
{
  g_autoptr(SajjaCsv) csv = parse_ok ("a,b,\n,", -1, SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 2);
  assert_record (csv, 0, 1, "a", "b", "", NULL);
  assert_record (csv, 1, 2, "", "", NULL);
}

/* ---- Separators ---------------------------------------------------------------------------- */

static void
test_semicolon (void)
{
  g_autoptr(SajjaCsv) csv = load_fixture_ok ("semicolon.csv", SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpint (sajja_csv_get_separator (csv), ==, ';');
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 3);
  assert_record (csv, 0, 1, "ชื่อ", "เงินออม", "หมายเหตุ", NULL);
  assert_record (csv, 1, 2, "สมชาย", "1,250.50", "มี ; ในช่อง", NULL);
  assert_record (csv, 2, 3, "สมหญิง", "300,00", "", NULL);
}

static void
test_tab (void)
{
  g_autoptr(SajjaCsv) csv = parse_ok ("ชื่อ\tเงิน, บาท\nก\t1,5\n", -1, SAJJA_CSV_ENCODING_AUTO);

  /* One tab, one comma on the header line: the comma wins a tie... */
  g_assert_cmpint (sajja_csv_get_separator (csv), ==, ',');
  g_clear_pointer (&csv, sajja_csv_free);

  /* ...but two tabs beat one comma. */
  csv = parse_ok ("ชื่อ\tเงิน, บาท\tหมายเหตุ\nก\t1,5\t\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpint (sajja_csv_get_separator (csv), ==, '\t');
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 2);
  assert_record (csv, 0, 1, "ชื่อ", "เงิน, บาท", "หมายเหตุ", NULL);
  assert_record (csv, 1, 2, "ก", "1,5", "", NULL);
}

static void
test_separator_detection (void)
{
  g_autoptr(SajjaCsv) tie = parse_ok ("a;b,c\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) in_quotes = parse_ok ("\"a;b;c\",d\n1;2,3\n", -1,
                                            SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) after_blank = parse_ok ("\n  \na;b;c\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) second_line = parse_ok ("a\nb;c;d\n", -1, SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpint (sajja_csv_get_separator (tie), ==, ',');
  assert_record (tie, 0, 1, "a;b", "c", NULL);

  /* Semicolons inside quotes do not count. */
  g_assert_cmpint (sajja_csv_get_separator (in_quotes), ==, ',');
  assert_record (in_quotes, 0, 1, "a;b;c", "d", NULL);
  assert_record (in_quotes, 1, 2, "1;2", "3", NULL);

  /* The header is the first line that is not blank. */
  g_assert_cmpint (sajja_csv_get_separator (after_blank), ==, ';');
  assert_record (after_blank, 0, 3, "a", "b", "c", NULL);

  /* Only the header line counts. */
  g_assert_cmpint (sajja_csv_get_separator (second_line), ==, ',');
  assert_record (second_line, 1, 2, "b;c;d", NULL);
}

static void
test_sep_line (void)
{
  g_autoptr(SajjaCsv) semicolon = parse_ok ("sep=;\r\na;b,c\r\n1;2\r\n", -1,
                                            SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) pipe = parse_ok ("\xef\xbb\xbfsep=|\na|b\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) not_sep = parse_ok ("sep=;x\n", -1, SAJJA_CSV_ENCODING_AUTO);
  g_autoptr(SajjaCsv) odd_sep = parse_ok ("sep=x\na,b\n", -1, SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpint (sajja_csv_get_separator (semicolon), ==, ';');
  g_assert_cmpuint (sajja_csv_get_n_records (semicolon), ==, 2);
  assert_record (semicolon, 0, 2, "a", "b,c", NULL);
  assert_record (semicolon, 1, 3, "1", "2", NULL);

  g_assert_cmpint (sajja_csv_get_separator (pipe), ==, '|');
  g_assert_cmpuint (sajja_csv_get_n_records (pipe), ==, 1);
  assert_record (pipe, 0, 2, "a", "b", NULL);

  /* Not a "sep=" line: an ordinary header, split on the semicolon it has more of. */
  g_assert_cmpint (sajja_csv_get_separator (not_sep), ==, ';');
  assert_record (not_sep, 0, 1, "sep=", "x", NULL);

  /* Only , ; tab and | can be named. */
  g_assert_cmpint (sajja_csv_get_separator (odd_sep), ==, ',');
  assert_record (odd_sep, 0, 1, "sep=x", NULL);
  assert_record (odd_sep, 1, 2, "a", "b", NULL);
}

/* ---- Malformed files ----------------------------------------------------------------------- */

static void
test_unterminated_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) csv = NULL;

  assert_refused ("\"", -1, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_UNTERMINATED_QUOTE, 1);
  assert_refused ("h1,h2\nv1,v2\nv3,\"open\nmore\nstill", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_UNTERMINATED_QUOTE, 3);
  /* The record starts on line 2; its second value opens on line 3. */
  assert_refused ("h1,h2\n\"multi\nline\",\"open\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_UNTERMINATED_QUOTE, 2);
  /* A doubled quote at the very end does not close the value. */
  assert_refused ("h\n\"ab\"\"", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_UNTERMINATED_QUOTE, 2);

  csv = load_fixture ("bad-unterminated.csv", SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_true (message_has_number (error->message, 3));
}

static void
test_quote_in_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) csv = NULL;

  assert_refused ("ab\"c", -1, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_QUOTE_IN_FIELD, 1);
  assert_refused ("h1,h2\r\nx,ab\"c\r\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_QUOTE_IN_FIELD, 2);
  /* A value ending in a quote is no better. */
  assert_refused ("h\n\n\nab\"\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_QUOTE_IN_FIELD, 4);
  /* Line numbers count the line ends inside quotes. */
  assert_refused ("h1,h2\n\"x\ny\",z\nq,ab\"c\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_QUOTE_IN_FIELD, 4);

  csv = load_fixture ("bad-quote-in-field.csv", SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_QUOTE_IN_FIELD);
  g_assert_true (message_has_number (error->message, 3));
}

static void
test_after_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) csv = NULL;

  assert_refused ("\"ab\"c", -1, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_AFTER_QUOTE, 1);
  assert_refused ("h\n\n\"ab\" c\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_AFTER_QUOTE, 3);
  assert_refused ("h1,h2\nx,\"ab\"\"c\"d,e\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_AFTER_QUOTE, 2);
  /* The record starts on line 2, its bad value ends on line 3. */
  assert_refused ("h1,h2\n\"a\nb\"c,d\n", -1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_AFTER_QUOTE, 2);

  csv = load_fixture ("bad-after-quote.csv", SAJJA_CSV_ENCODING_AUTO, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_AFTER_QUOTE);
  g_assert_true (message_has_number (error->message, 2));
}

/* ---- Limits -------------------------------------------------------------------------------- */

static void
test_file_limit (void)
{
  g_autofree char *data = g_malloc (SAJJA_CSV_MAX_FILE_SIZE + 1);
  g_autoptr(SajjaCsv) csv = NULL;
  g_autoptr(GError) error = NULL;

  /* 64 MiB of spaces is a blank file: accepted, no records. */
  memset (data, ' ', SAJJA_CSV_MAX_FILE_SIZE + 1);
  csv = parse_ok (data, SAJJA_CSV_MAX_FILE_SIZE, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 0);

  /* One byte more is refused before anything is decoded. */
  assert_refused (data, SAJJA_CSV_MAX_FILE_SIZE + 1, SAJJA_CSV_ENCODING_AUTO,
                  SAJJA_CSV_ERROR_TOO_LARGE, 0);
  csv = sajja_csv_parse (data, SAJJA_CSV_MAX_FILE_SIZE + 1, SAJJA_CSV_ENCODING_TIS620, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_TOO_LARGE);
  g_assert_true (message_has_number (error->message, 64));
}

static void
test_load_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sajja-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SajjaCsv) csv = NULL;
  int fd;

  g_assert_no_error (error);
  path = g_build_filename (dir, "big.csv", NULL);
  file = g_file_new_for_path (path);

  /* A sparse file one byte over the limit. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, SAJJA_CSV_MAX_FILE_SIZE + 1), ==, 0);
  g_assert_no_errno (close (fd));

  csv = sajja_csv_load (file, SAJJA_CSV_ENCODING_AUTO, NULL, &error);
  g_assert_null (csv);
  g_assert_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_TOO_LARGE);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_field_limit (void)
{
  g_autoptr(GString) data = g_string_new ("h\nx\n");
  g_autoptr(SajjaCsv) csv = NULL;
  guint i;

  /* Exactly 64 KiB is accepted. */
  for (i = 0; i < SAJJA_CSV_MAX_FIELD_SIZE; i++)
    g_string_append_c (data, 'a');
  csv = parse_ok (data->str, data->len, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 3);
  g_assert_cmpuint (strlen (sajja_csv_get_record (csv, 2)[0]), ==, SAJJA_CSV_MAX_FIELD_SIZE);
  g_clear_pointer (&csv, sajja_csv_free);

  /* One byte more is not, unquoted or quoted. */
  g_string_append_c (data, 'a');
  assert_refused (data->str, data->len, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_TOO_LARGE, 3);
  g_string_insert_c (data, 4, '"');
  g_string_append_c (data, '"');
  assert_refused (data->str, data->len, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_TOO_LARGE, 3);
  g_string_erase (data, data->len - 2, 1);
  csv = parse_ok (data->str, data->len, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (strlen (sajja_csv_get_record (csv, 2)[0]), ==, SAJJA_CSV_MAX_FIELD_SIZE);
  g_clear_pointer (&csv, sajja_csv_free);

  /* The limit is in UTF-8 bytes: 21,845 "ก" (3 bytes each) and one letter fit, 21,846 "ก" do
   * not, even though it is fewer characters. */
  g_string_assign (data, "");
  for (i = 0; i < SAJJA_CSV_MAX_FIELD_SIZE / 3; i++)
    g_string_append (data, "ก");
  g_string_append_c (data, 'a');
  csv = parse_ok (data->str, data->len, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (strlen (sajja_csv_get_record (csv, 0)[0]), ==, SAJJA_CSV_MAX_FIELD_SIZE);
  g_clear_pointer (&csv, sajja_csv_free);
  g_string_truncate (data, data->len - 1);
  g_string_append (data, "ก");
  assert_refused (data->str, data->len, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_TOO_LARGE, 1);

  /* Decoding counts: 21,846 TIS-620 bytes are 65,538 bytes of UTF-8. */
  g_string_assign (data, "");
  for (i = 0; i < SAJJA_CSV_MAX_FIELD_SIZE / 3 + 1; i++)
    g_string_append_c (data, '\xa1');
  assert_refused (data->str, data->len, SAJJA_CSV_ENCODING_TIS620, SAJJA_CSV_ERROR_TOO_LARGE, 1);
}

static void
test_fields_limit (void)
{
  g_autoptr(GString) data = g_string_new ("a");
  g_autoptr(SajjaCsv) csv = NULL;
  guint i;

  for (i = 1; i < SAJJA_CSV_MAX_FIELDS; i++)
    g_string_append (data, ",a");
  csv = parse_ok (data->str, data->len, SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpuint (sajja_csv_get_n_fields (csv, 0), ==, SAJJA_CSV_MAX_FIELDS);

  g_string_prepend (data, "h\n\n");
  g_string_append (data, ",a");
  assert_refused (data->str, data->len, SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ERROR_TOO_LARGE, 3);
}

/* ---- Header and rows ----------------------------------------------------------------------- */

static void
test_find_column (void)
{
  static const char * const national_id[] = { "เลขประจำตัวประชาชน", "national_id", "ID", NULL };
  static const char * const id_first[] = { "id", "national_id", NULL };
  static const char * const name[] = { "NAME ", NULL };
  static const char * const phone[] = { "โทรศัพท์", "phone", NULL };
  static const char * const missing[] = { "email", "อีเมล", NULL };
  static const char * const blank[] = { "", "  ", NULL };
  static const char * const none[] = { NULL };
  g_autoptr(SajjaCsv) csv = NULL;
  g_autoptr(SajjaCsv) thai = NULL;
  g_autoptr(SajjaCsv) empty = parse_ok ("", 0, SAJJA_CSV_ENCODING_AUTO);

  csv = parse_ok ("Name,ＩＤ, National_ID ,\" Phone \",\n1,2,3,4,5\n", -1,
                  SAJJA_CSV_ENCODING_AUTO);
  /* The first alias found wins: "national_id" before "ID". */
  g_assert_cmpint (sajja_csv_find_column (csv, national_id), ==, 2);
  /* Full-width "ＩＤ" is "id". */
  g_assert_cmpint (sajja_csv_find_column (csv, id_first), ==, 1);
  g_assert_cmpint (sajja_csv_find_column (csv, name), ==, 0);
  /* Spaces inside quotes are trimmed for the comparison too. */
  g_assert_cmpint (sajja_csv_find_column (csv, phone), ==, 3);
  g_assert_cmpint (sajja_csv_find_column (csv, missing), ==, -1);
  /* An empty alias does not find the empty last column. */
  g_assert_cmpint (sajja_csv_find_column (csv, blank), ==, -1);
  g_assert_cmpint (sajja_csv_find_column (csv, none), ==, -1);
  g_assert_cmpstr (sajja_csv_get_field (csv, 1, sajja_csv_find_column (csv, phone)), ==, "4");
  g_assert_null (sajja_csv_get_field (csv, 1, sajja_csv_find_column (csv, missing)));

  /* The Thai names of a TIS-620 file. */
  thai = load_fixture_ok ("tis620.csv", SAJJA_CSV_ENCODING_AUTO);
  g_assert_cmpint (sajja_csv_find_column (thai, national_id), ==, 2);
  g_assert_cmpstr (sajja_csv_get_field (thai, 1, 2), ==, "1101700203450");

  g_assert_cmpint (sajja_csv_find_column (empty, national_id), ==, -1);
}

static void
test_ragged (void)
{
  g_autoptr(SajjaCsv) csv = parse_ok ("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10\n", -1,
                                      SAJJA_CSV_ENCODING_AUTO);
  static const guint expected[] = { 3, 3, 2, 4, 1 };
  guint i;

  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, G_N_ELEMENTS (expected));
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpuint (sajja_csv_get_n_fields (csv, i), ==, expected[i]);
      g_assert_cmpuint (g_strv_length ((char **) sajja_csv_get_record (csv, i)), ==, expected[i]);
      g_assert_cmpuint (sajja_csv_get_line (csv, i), ==, i + 1);
    }
  assert_record (csv, 2, 3, "4", "5", NULL);
  assert_record (csv, 3, 4, "6", "7", "8", "9", NULL);
  g_assert_null (sajja_csv_get_field (csv, 2, 2));
  g_assert_null (sajja_csv_get_field (csv, 2, -1));
  g_assert_cmpstr (sajja_csv_get_field (csv, 3, 3), ==, "9");
}

static void
test_many_rows (void)
{
  g_autoptr(GString) data = g_string_new ("ชื่อ,เงินออม,หมายเหตุ\r\n");
  g_autoptr(SajjaCsv) csv = NULL;
  g_autofree char *last_name = NULL;
  guint i;

  for (i = 1; i <= 10000; i++)
    g_string_append_printf (data, "สมาชิก %u,%u.50,\"บรรทัด %u, มี \"\"คำพูด\"\"\"\r\n",
                            i, i * 10, i + 1);
  csv = parse_ok (data->str, data->len, SAJJA_CSV_ENCODING_AUTO);

  g_assert_cmpuint (sajja_csv_get_n_records (csv), ==, 10001);
  for (i = 0; i < 10001; i++)
    {
      g_assert_cmpuint (sajja_csv_get_line (csv, i), ==, i + 1);
      g_assert_cmpuint (sajja_csv_get_n_fields (csv, i), ==, 3);
    }
  last_name = g_strdup_printf ("สมาชิก %u", 10000);
  assert_record (csv, 10000, 10001, last_name, "100000.50", "บรรทัด 10001, มี \"คำพูด\"", NULL);
}

static void
test_load_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) csv = load_fixture ("no-such-file.csv", SAJJA_CSV_ENCODING_AUTO, &error);

  g_assert_null (csv);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_out_of_range (void)
{
  g_autoptr(SajjaCsv) csv = parse_ok ("a\n", -1, SAJJA_CSV_ENCODING_AUTO);

  g_test_expect_message ("SajjaCore", G_LOG_LEVEL_CRITICAL, "*index < csv->records->len*");
  g_assert_null (sajja_csv_get_record (csv, 1));
  g_test_assert_expected_messages ();

  g_test_expect_message ("SajjaCore", G_LOG_LEVEL_CRITICAL, "*index < csv->records->len*");
  g_assert_cmpuint (sajja_csv_get_line (csv, 1), ==, 0);
  g_test_assert_expected_messages ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/encoding/utf8", test_utf8);
  g_test_add_func ("/csv/encoding/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv/encoding/tis620", test_tis620);
  g_test_add_func ("/csv/encoding/cp874", test_cp874);
  g_test_add_func ("/csv/encoding/tis620-table", test_tis620_table);
  g_test_add_func ("/csv/encoding/neither", test_neither_encoding);
  g_test_add_func ("/csv/encoding/error-lines", test_encoding_error_lines);
  g_test_add_func ("/csv/records/line-ends", test_line_ends);
  g_test_add_func ("/csv/records/quoted", test_quoted);
  g_test_add_func ("/csv/records/escapes", test_escapes);
  g_test_add_func ("/csv/records/spaces", test_spaces);
  g_test_add_func ("/csv/records/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/records/trailing-separator", test_trailing_separator);
  g_test_add_func ("/csv/separator/semicolon", test_semicolon);
  g_test_add_func ("/csv/separator/tab", test_tab);
  g_test_add_func ("/csv/separator/detection", test_separator_detection);
  g_test_add_func ("/csv/separator/sep-line", test_sep_line);
  g_test_add_func ("/csv/malformed/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv/malformed/quote-in-field", test_quote_in_field);
  g_test_add_func ("/csv/malformed/after-quote", test_after_quote);
  g_test_add_func ("/csv/limits/file", test_file_limit);
  g_test_add_func ("/csv/limits/load", test_load_limit);
  g_test_add_func ("/csv/limits/field", test_field_limit);
  g_test_add_func ("/csv/limits/fields", test_fields_limit);
  g_test_add_func ("/csv/header/find-column", test_find_column);
  g_test_add_func ("/csv/rows/ragged", test_ragged);
  g_test_add_func ("/csv/rows/many", test_many_rows);
  g_test_add_func ("/csv/load/missing", test_load_missing);
  g_test_add_func ("/csv/accessors/out-of-range", test_out_of_range);

  return g_test_run ();
}
