/* test-thai-id.c: tests for sajja-thai-id.c */
#include <glib.h>
#include <string.h>

#include "sajja-thai-id.h"

/* Valid numbers, worked out by hand from (11 − (Σ d[i]·(13 − i)) mod 11) mod 10. */
static const char * const valid_ids[] = {
  "1234567890121",  /* the header's example: Σ = 352, 352 mod 11 = 0 → check 11 mod 10 = 1 */
  "1101700230708",  /* Σ = 146, 146 mod 11 = 3 → check 8 */
  "3100600445554",  /* Σ = 194, 194 mod 11 = 7 → check 4 */
  "3101000000081",  /* Σ mod 11 = 0 → check 1 */
  "3101000000030",  /* Σ mod 11 = 1 → check 0 */
  "3101000000005",  /* Σ mod 11 = 6 → check 5 */
  "5500100000009",
  "8000000000006",
  "1000000000009",
};

/* A reference implementation written out differently from the one under test. */
static int
reference_check_digit (const char *first12)
{
  int weights[12] = { 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2 };
  int sum = 0;
  int i;

  for (i = 0; i < 12; i++)
    sum += (first12[i] - '0') * weights[i];

  sum %= 11;
  if (sum == 0)
    return 1;
  if (sum == 1)
    return 0;

  return 11 - sum;
}

static void
test_check_digit_examples (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (valid_ids); i++)
    {
      g_autofree char *first12 = g_strndup (valid_ids[i], 12);

      g_assert_cmpint (sajja_thai_id_check_digit (first12), ==, valid_ids[i][12] - '0');
      /* Anything after the 12 digits is ignored. */
      g_assert_cmpint (sajja_thai_id_check_digit (valid_ids[i]), ==, valid_ids[i][12] - '0');
    }

  g_assert_cmpint (sajja_thai_id_check_digit ("123456789012"), ==, 1);
  g_assert_cmpint (sajja_thai_id_check_digit ("110170023070"), ==, 8);
  g_assert_cmpint (sajja_thai_id_check_digit ("310060044555"), ==, 4);
  g_assert_cmpint (sajja_thai_id_check_digit ("310100000008"), ==, 1);
  g_assert_cmpint (sajja_thai_id_check_digit ("310100000003"), ==, 0);
  g_assert_cmpint (sajja_thai_id_check_digit ("000000000000"), ==, 1);
}

static void
test_check_digit_reference (void)
{
  guint32 state = 20261121;
  int n;

  /* A fixed pseudo-random sequence, so a failure can be reproduced. */
  for (n = 0; n < 10000; n++)
    {
      char first12[13];
      int i;

      for (i = 0; i < 12; i++)
        {
          state = state * 1103515245u + 12345u;
          first12[i] = (char) ('0' + (state >> 16) % 10);
        }
      first12[12] = '\0';

      g_assert_cmpint (sajja_thai_id_check_digit (first12), ==, reference_check_digit (first12));
    }
}

static void
test_check_digit_bad_input (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpint (sajja_thai_id_check_digit ("12345678901"), ==, -1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*starts_with_digits*");
}

typedef struct
{
  const char *text;
  const char *digits;
} GoodCase;

static void
test_normalize_good (void)
{
  static const GoodCase cases[] = {
    { "1234567890121", "1234567890121" },
    { "1-2345-67890-12-1", "1234567890121" },
    { "1 2345 67890 12 1", "1234567890121" },
    { "  1234567890121  ", "1234567890121" },
    { "1-2345 67890-12 1", "1234567890121" },
    { "1\xe2\x80\x93" "2345\xe2\x80\x93" "67890\xe2\x80\x93" "12\xe2\x80\x93" "1", "1234567890121" },
    { "๑๒๓๔๕๖๗๘๙๐๑๒๑", "1234567890121" },
    { "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑", "1234567890121" },
    { "1-1017-00230-70-8", "1101700230708" },
    { "3-1006-00445-55-4", "3100600445554" },
    { "3101000000081", "3101000000081" },
    { "3101000000030", "3101000000030" },
    { "8000000000006", "8000000000006" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *digits = sajja_thai_id_normalize (cases[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (digits, ==, cases[i].digits);
    }
}

typedef struct
{
  const char *text;
  SajjaThaiIdError code;
} BadCase;

static void
test_normalize_bad (void)
{
  static const BadCase cases[] = {
    { "", SAJJA_THAI_ID_ERROR_EMPTY },
    { NULL, SAJJA_THAI_ID_ERROR_EMPTY },
    { "   ", SAJJA_THAI_ID_ERROR_EMPTY },
    { " - - ", SAJJA_THAI_ID_ERROR_EMPTY },
    { "123456789012a", SAJJA_THAI_ID_ERROR_CHARACTERS },
    { "1.2345.67890.12.1", SAJJA_THAI_ID_ERROR_CHARACTERS },
    { "1/2345/67890/12/1", SAJJA_THAI_ID_ERROR_CHARACTERS },
    { "ID 1234567890121", SAJJA_THAI_ID_ERROR_CHARACTERS },
    { "x", SAJJA_THAI_ID_ERROR_CHARACTERS },
    { "12345\xff" "67890121", SAJJA_THAI_ID_ERROR_CHARACTERS },
    { "123456789012", SAJJA_THAI_ID_ERROR_LENGTH },
    { "12345678901212", SAJJA_THAI_ID_ERROR_LENGTH },
    { "1", SAJJA_THAI_ID_ERROR_LENGTH },
    { "1-2345-67890-12", SAJJA_THAI_ID_ERROR_LENGTH },
    { "0234567890121", SAJJA_THAI_ID_ERROR_FIRST_DIGIT },
    { "9234567890121", SAJJA_THAI_ID_ERROR_FIRST_DIGIT },
    { "๐๒๓๔๕๖๗๘๙๐๑๒๑", SAJJA_THAI_ID_ERROR_FIRST_DIGIT },
    { "1234567890120", SAJJA_THAI_ID_ERROR_CHECK_DIGIT },
    { "1234567890122", SAJJA_THAI_ID_ERROR_CHECK_DIGIT },
    { "1-2345-67890-12-9", SAJJA_THAI_ID_ERROR_CHECK_DIGIT },
    /* Two neighbouring digits swapped. */
    { "1234567809121", SAJJA_THAI_ID_ERROR_CHECK_DIGIT },
    /* Sample numbers sometimes quoted as valid; the formula says otherwise. */
    { "1101700230705", SAJJA_THAI_ID_ERROR_CHECK_DIGIT },
    { "3100600445551", SAJJA_THAI_ID_ERROR_CHECK_DIGIT },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *digits = NULL;

      g_test_message ("input: %s", cases[i].text != NULL ? cases[i].text : "(NULL)");
      digits = sajja_thai_id_normalize (cases[i].text, &error);
      g_assert_null (digits);
      g_assert_error (error, SAJJA_THAI_ID_ERROR, (int) cases[i].code);
      g_assert_nonnull (error->message);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_normalize_every_wrong_check_digit (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (valid_ids); i++)
    {
      char text[14];
      char d;

      memcpy (text, valid_ids[i], sizeof text);
      for (d = '0'; d <= '9'; d++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *digits = NULL;

          text[12] = d;
          digits = sajja_thai_id_normalize (text, &error);
          if (d == valid_ids[i][12])
            {
              g_assert_no_error (error);
              g_assert_cmpstr (digits, ==, valid_ids[i]);
            }
          else
            {
              g_assert_error (error, SAJJA_THAI_ID_ERROR, SAJJA_THAI_ID_ERROR_CHECK_DIGIT);
              g_assert_null (digits);
            }
        }
    }
}

static void
test_normalize_messages (void)
{
  g_autoptr(GError) length_error = NULL;
  g_autoptr(GError) first_error = NULL;
  g_autofree char *a = sajja_thai_id_normalize ("1-2345-6789", &length_error);
  g_autofree char *b = sajja_thai_id_normalize ("9234567890121", &first_error);

  g_assert_null (a);
  g_assert_null (b);
  g_assert_cmpstr (length_error->message, ==,
                   "A national ID number has 13 digits, but this one has 9. "
                   "Check the number on the ID card.");
  g_assert_cmpstr (first_error->message, ==,
                   "No national ID number starts with 9. Check the first digit on the ID card.");
}

static void
test_normalize_without_error (void)
{
  g_assert_null (sajja_thai_id_normalize ("123", NULL));
  g_assert_null (sajja_thai_id_normalize (NULL, NULL));
}

static void
test_format (void)
{
  g_autofree char *a = sajja_thai_id_format ("1234567890121");
  guint i;

  g_assert_cmpstr (a, ==, "1-2345-67890-12-1");

  for (i = 0; i < G_N_ELEMENTS (valid_ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *formatted = sajja_thai_id_format (valid_ids[i]);
      g_autofree char *back = sajja_thai_id_normalize (formatted, &error);

      g_assert_cmpuint (strlen (formatted), ==, 17);
      g_assert_no_error (error);
      g_assert_cmpstr (back, ==, valid_ids[i]);
    }
}

static void
test_format_bad_input (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (sajja_thai_id_format ("12345678901"));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (SAJJA_THAI_ID_ERROR), ==, "sajja-thai-id-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/thai-id/check-digit/examples", test_check_digit_examples);
  g_test_add_func ("/thai-id/check-digit/reference", test_check_digit_reference);
  g_test_add_func ("/thai-id/check-digit/bad-input", test_check_digit_bad_input);
  g_test_add_func ("/thai-id/normalize/good", test_normalize_good);
  g_test_add_func ("/thai-id/normalize/bad", test_normalize_bad);
  g_test_add_func ("/thai-id/normalize/every-wrong-check-digit",
                   test_normalize_every_wrong_check_digit);
  g_test_add_func ("/thai-id/normalize/messages", test_normalize_messages);
  g_test_add_func ("/thai-id/normalize/without-error", test_normalize_without_error);
  g_test_add_func ("/thai-id/format/good", test_format);
  g_test_add_func ("/thai-id/format/bad-input", test_format_bad_input);
  g_test_add_func ("/thai-id/error-quark", test_error_quark);

  return g_test_run ();
}
