/* test-date.c: tests for sajja-date.c
 *
 * Formatting is tested with an explicit era and language, so the results do not depend on
 * the environment; the functions that follow the environment are tested with LANGUAGE set.
 */
#include <glib.h>
#include <string.h>

#include "sajja-date.h"

static void
set_date (GDate *date,
          int    day,
          int    month,
          int    year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
assert_date_is (const GDate *date,
                const char  *iso)
{
  g_autofree char *text = sajja_date_to_iso (date);

  g_assert_cmpstr (text, ==, iso);
}

/* ---- Names --------------------------------------------------------------------------------- */

static void
test_month_names (void)
{
  static const char * const thai[12] = {
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
  };
  static const char * const thai_abbrevs[12] = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
  };
  static const char * const english[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  };
  static const char * const english_abbrevs[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  int month;

  for (month = 1; month <= 12; month++)
    {
      g_assert_cmpstr (sajja_month_name (month, TRUE), ==, thai[month - 1]);
      g_assert_cmpstr (sajja_month_abbrev (month, TRUE), ==, thai_abbrevs[month - 1]);
      g_assert_cmpstr (sajja_month_name (month, FALSE), ==, english[month - 1]);
      g_assert_cmpstr (sajja_month_abbrev (month, FALSE), ==, english_abbrevs[month - 1]);
    }
}

static void
test_month_names_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (sajja_month_name (0, TRUE));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*month >= 1*");
}

static void
test_weekday_names (void)
{
  static const char * const thai[7] = {
    "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์",
  };
  static const char * const english[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  int weekday;

  for (weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    {
      g_assert_cmpstr (sajja_weekday_name (weekday, TRUE), ==, thai[weekday - 1]);
      g_assert_cmpstr (sajja_weekday_name (weekday, FALSE), ==, english[weekday - 1]);
    }
}

static void
test_default_era (void)
{
  g_assert_cmpint (sajja_date_get_default_era (), ==, SAJJA_ERA_BE);
  sajja_date_set_default_era (SAJJA_ERA_CE);
  g_assert_cmpint (sajja_date_get_default_era (), ==, SAJJA_ERA_CE);
  sajja_date_set_default_era (SAJJA_ERA_BE);
  g_assert_cmpint (sajja_date_get_default_era (), ==, SAJJA_ERA_BE);
}

/* Runs with LANGUAGE set to @language; g_get_language_names() follows it. */
static void
set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
}

static void
test_use_thai_names (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  set_language ("th_TH");
  g_assert_true (sajja_date_use_thai_names ());
  set_language ("th");
  g_assert_true (sajja_date_use_thai_names ());
  set_language ("th_TH.UTF-8");
  g_assert_true (sajja_date_use_thai_names ());
  set_language ("en_US");
  g_assert_false (sajja_date_use_thai_names ());
  set_language ("en_GB:th");
  g_assert_false (sajja_date_use_thai_names ());

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/* ---- ISO ----------------------------------------------------------------------------------- */

static void
test_iso_good (void)
{
  static const char * const cases[] = {
    "2026-11-21", "2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31", "0001-01-01",
    "9999-12-31", "2026-04-30",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_assert_true (sajja_date_from_iso (cases[i], &date, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      assert_date_is (&date, cases[i]);
    }
}

typedef struct
{
  const char *text;
  SajjaDateError code;
} BadCase;

static void
assert_error_message (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_iso_bad (void)
{
  static const BadCase cases[] = {
    { "", SAJJA_DATE_ERROR_EMPTY },
    { NULL, SAJJA_DATE_ERROR_EMPTY },
    { "2026-1-5", SAJJA_DATE_ERROR_INVALID },
    { "2026-11-1", SAJJA_DATE_ERROR_INVALID },
    { "26-11-21", SAJJA_DATE_ERROR_INVALID },
    { "2026-11-21 ", SAJJA_DATE_ERROR_INVALID },
    { " 2026-11-21", SAJJA_DATE_ERROR_INVALID },
    { "2026-11-21T00:00", SAJJA_DATE_ERROR_INVALID },
    { "20261121", SAJJA_DATE_ERROR_INVALID },
    { "2026/11/21", SAJJA_DATE_ERROR_INVALID },
    { "21/11/2026", SAJJA_DATE_ERROR_INVALID },
    { "+026-11-21", SAJJA_DATE_ERROR_INVALID },
    { "2026-+1-21", SAJJA_DATE_ERROR_INVALID },
    { "๒๐๒๖-๑๑-๒๑", SAJJA_DATE_ERROR_INVALID },
    { "2026-13-01", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-00-10", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-02-29", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "1900-02-29", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-04-31", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-11-00", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-11-32", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "0000-01-01", SAJJA_DATE_ERROR_IMPOSSIBLE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("input: %s", cases[i].text != NULL ? cases[i].text : "(NULL)");
      g_assert_false (sajja_date_from_iso (cases[i].text, &date, &error));
      g_assert_error (error, SAJJA_DATE_ERROR, (int) cases[i].code);
      assert_error_message (error);
    }
}

static void
test_iso_messages (void)
{
  g_autoptr(GError) month_error = NULL;
  g_autoptr(GError) day_error = NULL;
  GDate date;

  g_assert_false (sajja_date_from_iso ("2026-13-01", &date, &month_error));
  g_assert_cmpstr (month_error->message, ==, "There is no month 13. Type a month from 1 to 12.");
  g_assert_false (sajja_date_from_iso ("2026-04-31", &date, &day_error));
  g_assert_cmpstr (day_error->message, ==,
                   "The date “2026-04-31” does not exist. Check the day and the month.");
}

/* ---- Formatting ---------------------------------------------------------------------------- */

typedef struct
{
  SajjaEra era;
  SajjaDateStyle style;
  gboolean thai;
  const char *expected;
} FormatCase;

static void
check_format_cases (const GDate      *date,
                    const FormatCase *cases,
                    guint             n_cases)
{
  guint i;

  for (i = 0; i < n_cases; i++)
    {
      g_autofree char *text = sajja_date_format_full (date, cases[i].era, cases[i].style,
                                                      cases[i].thai);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format_full (void)
{
  static const FormatCase cases[] = {
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, TRUE, "21/11/2569" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, FALSE, "21/11/2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_SHORT, TRUE, "21/11/2026" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_SHORT, FALSE, "21/11/2026" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_MEDIUM, TRUE, "21 พ.ย. 2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_MEDIUM, TRUE, "21 พ.ย. 2026" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_MEDIUM, FALSE, "21 Nov 2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_MEDIUM, FALSE, "21 Nov 2026" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_LONG, TRUE, "21 พฤศจิกายน 2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_LONG, TRUE, "21 พฤศจิกายน 2026" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_LONG, FALSE, "21 November 2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_LONG, FALSE, "21 November 2026" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_FULL, TRUE, "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_FULL, TRUE, "วันเสาร์ที่ 21 พฤศจิกายน ค.ศ. 2026" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_FULL, FALSE, "Saturday 21 November 2569 BE" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_FULL, FALSE, "Saturday 21 November 2026" },
  };
  GDate date;

  set_date (&date, 21, 11, 2026);
  check_format_cases (&date, cases, G_N_ELEMENTS (cases));
}

static void
test_format_single_digits (void)
{
  static const FormatCase cases[] = {
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, TRUE, "05/01/2569" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_MEDIUM, TRUE, "5 ม.ค. 2569" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_LONG, TRUE, "5 มกราคม 2569" },
    { SAJJA_ERA_BE, SAJJA_DATE_STYLE_FULL, TRUE, "วันจันทร์ที่ 5 มกราคม พ.ศ. 2569" },
    { SAJJA_ERA_CE, SAJJA_DATE_STYLE_FULL, FALSE, "Monday 5 January 2026" },
  };
  GDate date;

  set_date (&date, 5, 1, 2026);
  check_format_cases (&date, cases, G_N_ELEMENTS (cases));
}

static void
test_format_weekdays (void)
{
  static const struct
  {
    int day, month, year;
    const char *thai;
    const char *english;
  } cases[] = {
    { 29, 2, 2024, "วันพฤหัสบดีที่ 29 กุมภาพันธ์ พ.ศ. 2567", "Thursday 29 February 2024" },
    { 1, 1, 2027, "วันศุกร์ที่ 1 มกราคม พ.ศ. 2570", "Friday 1 January 2027" },
    { 1, 3, 2026, "วันอาทิตย์ที่ 1 มีนาคม พ.ศ. 2569", "Sunday 1 March 2026" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *thai = NULL;
      g_autofree char *english = NULL;
      GDate date;

      set_date (&date, cases[i].day, cases[i].month, cases[i].year);
      thai = sajja_date_format_full (&date, SAJJA_ERA_BE, SAJJA_DATE_STYLE_FULL, TRUE);
      english = sajja_date_format_full (&date, SAJJA_ERA_CE, SAJJA_DATE_STYLE_FULL, FALSE);
      g_assert_cmpstr (thai, ==, cases[i].thai);
      g_assert_cmpstr (english, ==, cases[i].english);
    }
}

static void
test_format_environment (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  GDate date;
  char *text;

  set_date (&date, 21, 11, 2026);

  set_language ("th_TH");
  text = sajja_date_format (&date, SAJJA_DATE_STYLE_MEDIUM);
  g_assert_cmpstr (text, ==, "21 พ.ย. 2569");
  g_free (text);
  text = sajja_date_format_iso ("2026-11-21", SAJJA_DATE_STYLE_LONG);
  g_assert_cmpstr (text, ==, "21 พฤศจิกายน 2569");
  g_free (text);

  sajja_date_set_default_era (SAJJA_ERA_CE);
  set_language ("en_US");
  text = sajja_date_format (&date, SAJJA_DATE_STYLE_MEDIUM);
  g_assert_cmpstr (text, ==, "21 Nov 2026");
  g_free (text);
  sajja_date_set_default_era (SAJJA_ERA_BE);

  g_assert_null (sajja_date_format_iso ("2026-02-30", SAJJA_DATE_STYLE_SHORT));
  g_assert_null (sajja_date_format_iso ("garbage", SAJJA_DATE_STYLE_SHORT));
  g_assert_null (sajja_date_format_iso (NULL, SAJJA_DATE_STYLE_SHORT));

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/* ---- Parsing ------------------------------------------------------------------------------- */

typedef struct
{
  const char *text;
  const char *iso;
} ParseCase;

static void
test_parse_good (void)
{
  static const ParseCase cases[] = {
    { "21/11/2569", "2026-11-21" },
    { "21-11-2569", "2026-11-21" },
    { "21.11.2569", "2026-11-21" },
    { "21/11/2026", "2026-11-21" },
    { "2026-11-21", "2026-11-21" },
    { "21 พ.ย. 2569", "2026-11-21" },
    { "21 พฤศจิกายน 2569", "2026-11-21" },
    { "21 พ.ย. 69", "2026-11-21" },
    { "21/11/69", "2026-11-21" },
    { "21 Nov 2026", "2026-11-21" },
    { "21 November 2026", "2026-11-21" },
    { "21 november 2026", "2026-11-21" },
    { "21 NOV 2026", "2026-11-21" },
    { "21 Nov. 2026", "2026-11-21" },
    { "21 พ.ย. พ.ศ. 2569", "2026-11-21" },
    { "21 พฤศจิกายน พ.ศ. 2569", "2026-11-21" },
    { "21 พ.ย. ค.ศ. 2026", "2026-11-21" },
    { "21 November 2569 BE", "2026-11-21" },
    { "21/11/2569 พ.ศ.", "2026-11-21" },
    { "21 พย 2569", "2026-11-21" },
    { "21พ.ย.2569", "2026-11-21" },
    { "  21/11/2569  ", "2026-11-21" },
    { "๒๑/๑๑/๒๕๖๙", "2026-11-21" },
    { "๒๑ พ.ย. ๒๕๖๙", "2026-11-21" },
    { "1/1/2569", "2026-01-01" },
    { "01/01/2569", "2026-01-01" },
    { "5 ม.ค. 2569", "2026-01-05" },
    { "1 มี.ค. 2569", "2026-03-01" },
    { "1 มีนาคม 2569", "2026-03-01" },
    { "30 มิ.ย. 2569", "2026-06-30" },
    { "30 Sept 2026", "2026-09-30" },
    { "29/02/2567", "2024-02-29" },
    { "29 ก.พ. 2567", "2024-02-29" },
    { "29/02/2024", "2024-02-29" },
    { "1/1/1900", "1900-01-01" },
    { "31/12/2200", "2200-12-31" },
    { "1/1/2443", "1900-01-01" },
    { "31/12/2743", "2200-12-31" },
    { "31 ธ.ค. 99", "2056-12-31" },
    { "1 ม.ค. 00", "1957-01-01" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;
      gboolean ok;

      g_test_message ("input: %s", cases[i].text != NULL ? cases[i].text : "(NULL)");
      ok = sajja_date_parse (cases[i].text, &date, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      assert_date_is (&date, cases[i].iso);
    }
}

static void
test_parse_bad (void)
{
  static const BadCase cases[] = {
    { "", SAJJA_DATE_ERROR_EMPTY },
    { "   ", SAJJA_DATE_ERROR_EMPTY },
    { NULL, SAJJA_DATE_ERROR_EMPTY },
    { "hello", SAJJA_DATE_ERROR_INVALID },
    { "21", SAJJA_DATE_ERROR_INVALID },
    { "21/11", SAJJA_DATE_ERROR_INVALID },
    { "21/11/", SAJJA_DATE_ERROR_INVALID },
    { "21/11-2569", SAJJA_DATE_ERROR_INVALID },
    { "21/11/569", SAJJA_DATE_ERROR_INVALID },
    { "21/11/25690", SAJJA_DATE_ERROR_INVALID },
    { "21 11 2569", SAJJA_DATE_ERROR_INVALID },
    { "21/11/2569x", SAJJA_DATE_ERROR_INVALID },
    { "21 Novembre 2026", SAJJA_DATE_ERROR_INVALID },
    { "21 พฤศจิกา 2569", SAJJA_DATE_ERROR_INVALID },
    { "พ.ย. 2569", SAJJA_DATE_ERROR_INVALID },
    { "2026-1-5", SAJJA_DATE_ERROR_INVALID },
    { "2026-11-21x", SAJJA_DATE_ERROR_INVALID },
    { "2026/11/21", SAJJA_DATE_ERROR_INVALID },
    { "121/11/2569", SAJJA_DATE_ERROR_INVALID },
    { "21 พ.ย. พ.ศ. 2569 พ.ศ.", SAJJA_DATE_ERROR_INVALID },
    /* Contradictions: a CE-looking year labelled พ.ศ., a BE-looking year labelled ค.ศ. */
    { "21 พ.ย. พ.ศ. 2026", SAJJA_DATE_ERROR_INVALID },
    { "21/11/2026 พ.ศ.", SAJJA_DATE_ERROR_INVALID },
    { "21 พ.ย. ค.ศ. 2569", SAJJA_DATE_ERROR_INVALID },
    { "21 November 2026 BE", SAJJA_DATE_ERROR_INVALID },
    { "29/02/2566", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "29/02/2023", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "31/04/2569", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "31 เม.ย. 2569", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "0/11/2569", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "21/13/2569", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "21/0/2569", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "32/01/2569", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-13-01", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-02-29", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "21/11/1800", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "31/12/1899", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "1/1/2201", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "31/12/2442", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "1/1/2744", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "21/11/9999", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "1800-01-01", SAJJA_DATE_ERROR_OUT_OF_RANGE },
    { "2569-11-21", SAJJA_DATE_ERROR_OUT_OF_RANGE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      set_date (&date, 1, 1, 2000);
      g_test_message ("input: %s", cases[i].text != NULL ? cases[i].text : "(NULL)");
      g_assert_false (sajja_date_parse (cases[i].text, &date, &error));
      g_assert_error (error, SAJJA_DATE_ERROR, (int) cases[i].code);
      assert_error_message (error);
      /* The output is left alone on error. */
      assert_date_is (&date, "2000-01-01");
    }
}

static void
test_parse_messages (void)
{
  g_autoptr(GError) be_error = NULL;
  g_autoptr(GError) range_error = NULL;
  g_autoptr(GError) invalid_error = NULL;
  GDate date;

  g_assert_false (sajja_date_parse ("21 พ.ย. พ.ศ. 2026", &date, &be_error));
  g_assert_nonnull (strstr (be_error->message, "2026"));
  g_assert_nonnull (strstr (be_error->message, "2569"));

  g_assert_false (sajja_date_parse ("21/11/1800", &date, &range_error));
  g_assert_cmpstr (range_error->message, ==,
                   "The year in “21/11/1800” is outside the years Sajja accepts, 2443 to 2743 "
                   "in the Buddhist Era (1900 to 2200 CE). Check the year.");

  g_assert_false (sajja_date_parse (" hello ", &date, &invalid_error));
  g_assert_nonnull (strstr (invalid_error->message, "“hello”"));
}

/* ---- Age ----------------------------------------------------------------------------------- */

static int
age (const char *birth_iso,
     const char *on_iso)
{
  GDate birth;
  GDate on;

  g_assert_true (sajja_date_from_iso (birth_iso, &birth, NULL));
  g_assert_true (sajja_date_from_iso (on_iso, &on, NULL));

  return sajja_date_age (&birth, &on);
}

static void
test_age (void)
{
  g_assert_cmpint (age ("1990-05-10", "2026-05-09"), ==, 35);
  g_assert_cmpint (age ("1990-05-10", "2026-05-10"), ==, 36);
  g_assert_cmpint (age ("1990-05-10", "2026-12-31"), ==, 36);
  g_assert_cmpint (age ("1990-05-10", "2026-04-30"), ==, 35);
  g_assert_cmpint (age ("2026-05-10", "2026-05-10"), ==, 0);
  g_assert_cmpint (age ("2026-05-10", "2025-05-10"), ==, 0);
  g_assert_cmpint (age ("2000-02-29", "2026-02-28"), ==, 25);
  g_assert_cmpint (age ("2000-02-29", "2026-03-01"), ==, 26);
  g_assert_cmpint (age ("2000-02-29", "2028-02-29"), ==, 28);
}

/* ---- Periods ------------------------------------------------------------------------------- */

static SajjaPeriod
period (int year,
        int month)
{
  SajjaPeriod p = { year, month };

  return p;
}

static void
assert_period (SajjaPeriod p,
               int         year,
               int         month)
{
  g_assert_cmpint (p.year, ==, year);
  g_assert_cmpint (p.month, ==, month);
}

static void
test_period_parse (void)
{
  static const BadCase bad[] = {
    { "", SAJJA_DATE_ERROR_EMPTY },
    { NULL, SAJJA_DATE_ERROR_EMPTY },
    { "2026-1", SAJJA_DATE_ERROR_INVALID },
    { "2026-011", SAJJA_DATE_ERROR_INVALID },
    { "2026/11", SAJJA_DATE_ERROR_INVALID },
    { "26-11", SAJJA_DATE_ERROR_INVALID },
    { " 2026-11", SAJJA_DATE_ERROR_INVALID },
    { "2026-11-21", SAJJA_DATE_ERROR_INVALID },
    { "0000-01", SAJJA_DATE_ERROR_INVALID },
    { "abcd-ef", SAJJA_DATE_ERROR_INVALID },
    { "2026-13", SAJJA_DATE_ERROR_IMPOSSIBLE },
    { "2026-00", SAJJA_DATE_ERROR_IMPOSSIBLE },
  };
  g_autoptr(GError) error = NULL;
  SajjaPeriod p = { 0, 0 };
  guint i;

  g_assert_true (sajja_period_parse ("2026-11", &p, &error));
  g_assert_no_error (error);
  assert_period (p, 2026, 11);
  g_assert_true (sajja_period_parse ("1999-01", &p, &error));
  assert_period (p, 1999, 1);

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) bad_error = NULL;

      p = period (1, 1);
      g_test_message ("input: %s", bad[i].text != NULL ? bad[i].text : "(NULL)");
      g_assert_false (sajja_period_parse (bad[i].text, &p, &bad_error));
      g_assert_error (bad_error, SAJJA_DATE_ERROR, (int) bad[i].code);
      assert_error_message (bad_error);
      assert_period (p, 1, 1);
    }
}

static void
test_period_to_string (void)
{
  g_autofree char *a = sajja_period_to_string (period (2026, 11));
  g_autofree char *b = sajja_period_to_string (period (2027, 1));

  g_assert_cmpstr (a, ==, "2026-11");
  g_assert_cmpstr (b, ==, "2027-01");
}

static void
test_period_format (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  SajjaPeriod p = period (2026, 11);
  char *text;

  text = sajja_period_format_full (p, SAJJA_ERA_BE, FALSE, TRUE);
  g_assert_cmpstr (text, ==, "พ.ย. 2569");
  g_free (text);
  text = sajja_period_format_full (p, SAJJA_ERA_BE, TRUE, TRUE);
  g_assert_cmpstr (text, ==, "พฤศจิกายน 2569");
  g_free (text);
  text = sajja_period_format_full (p, SAJJA_ERA_CE, FALSE, FALSE);
  g_assert_cmpstr (text, ==, "Nov 2026");
  g_free (text);
  text = sajja_period_format_full (p, SAJJA_ERA_CE, TRUE, FALSE);
  g_assert_cmpstr (text, ==, "November 2026");
  g_free (text);

  set_language ("th_TH");
  text = sajja_period_format (p, FALSE);
  g_assert_cmpstr (text, ==, "พ.ย. 2569");
  g_free (text);
  set_language ("en_US");
  sajja_date_set_default_era (SAJJA_ERA_CE);
  text = sajja_period_format (p, TRUE);
  g_assert_cmpstr (text, ==, "November 2026");
  g_free (text);
  sajja_date_set_default_era (SAJJA_ERA_BE);

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

static void
test_period_add_months (void)
{
  assert_period (sajja_period_add_months (period (2026, 11), 0), 2026, 11);
  assert_period (sajja_period_add_months (period (2026, 11), 1), 2026, 12);
  assert_period (sajja_period_add_months (period (2026, 11), 2), 2027, 1);
  assert_period (sajja_period_add_months (period (2026, 11), 14), 2028, 1);
  assert_period (sajja_period_add_months (period (2026, 1), -1), 2025, 12);
  assert_period (sajja_period_add_months (period (2026, 1), -12), 2025, 1);
  assert_period (sajja_period_add_months (period (2026, 1), -13), 2024, 12);
  assert_period (sajja_period_add_months (period (2026, 3), -26), 2024, 1);
  assert_period (sajja_period_add_months (period (2026, 12), -11), 2026, 1);
}

static void
test_period_diff_compare (void)
{
  g_assert_cmpint (sajja_period_diff (period (2026, 1), period (2026, 3)), ==, 2);
  g_assert_cmpint (sajja_period_diff (period (2026, 3), period (2026, 1)), ==, -2);
  g_assert_cmpint (sajja_period_diff (period (2025, 11), period (2026, 2)), ==, 3);
  g_assert_cmpint (sajja_period_diff (period (2026, 5), period (2026, 5)), ==, 0);
  g_assert_cmpint (sajja_period_diff (period (2024, 12), period (2026, 1)), ==, 13);

  g_assert_cmpint (sajja_period_compare (period (2026, 1), period (2026, 3)), <, 0);
  g_assert_cmpint (sajja_period_compare (period (2026, 3), period (2026, 1)), >, 0);
  g_assert_cmpint (sajja_period_compare (period (2025, 12), period (2026, 1)), <, 0);
  g_assert_cmpint (sajja_period_compare (period (2027, 1), period (2026, 12)), >, 0);
  g_assert_cmpint (sajja_period_compare (period (2026, 5), period (2026, 5)), ==, 0);
}

static void
test_period_from_date (void)
{
  GDate date;

  set_date (&date, 21, 11, 2026);
  assert_period (sajja_period_from_date (&date), 2026, 11);
  set_date (&date, 1, 1, 2024);
  assert_period (sajja_period_from_date (&date), 2024, 1);
}

static void
test_period_bounds (void)
{
  static const struct
  {
    int year, month;
    const char *first;
    const char *last;
  } cases[] = {
    { 2026, 11, "2026-11-01", "2026-11-30" },
    { 2026, 12, "2026-12-01", "2026-12-31" },
    { 2026, 2, "2026-02-01", "2026-02-28" },
    { 2024, 2, "2024-02-01", "2024-02-29" },
    { 2000, 2, "2000-02-01", "2000-02-29" },
    { 1900, 2, "1900-02-01", "1900-02-28" },
    { 2026, 4, "2026-04-01", "2026-04-30" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate first;
      GDate last;

      sajja_period_get_bounds (period (cases[i].year, cases[i].month), &first, &last);
      assert_date_is (&first, cases[i].first);
      assert_date_is (&last, cases[i].last);
    }

  /* Either bound may be left out. */
  {
    GDate last;

    sajja_period_get_bounds (period (2024, 2), NULL, &last);
    assert_date_is (&last, "2024-02-29");
  }
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (SAJJA_DATE_ERROR), ==, "sajja-date-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/names/months", test_month_names);
  g_test_add_func ("/date/names/months-out-of-range", test_month_names_out_of_range);
  g_test_add_func ("/date/names/weekdays", test_weekday_names);
  g_test_add_func ("/date/names/use-thai", test_use_thai_names);
  g_test_add_func ("/date/default-era", test_default_era);
  g_test_add_func ("/date/iso/good", test_iso_good);
  g_test_add_func ("/date/iso/bad", test_iso_bad);
  g_test_add_func ("/date/iso/messages", test_iso_messages);
  g_test_add_func ("/date/format/full", test_format_full);
  g_test_add_func ("/date/format/single-digits", test_format_single_digits);
  g_test_add_func ("/date/format/weekdays", test_format_weekdays);
  g_test_add_func ("/date/format/environment", test_format_environment);
  g_test_add_func ("/date/parse/good", test_parse_good);
  g_test_add_func ("/date/parse/bad", test_parse_bad);
  g_test_add_func ("/date/parse/messages", test_parse_messages);
  g_test_add_func ("/date/age", test_age);
  g_test_add_func ("/date/period/parse", test_period_parse);
  g_test_add_func ("/date/period/to-string", test_period_to_string);
  g_test_add_func ("/date/period/format", test_period_format);
  g_test_add_func ("/date/period/add-months", test_period_add_months);
  g_test_add_func ("/date/period/diff-compare", test_period_diff_compare);
  g_test_add_func ("/date/period/from-date", test_period_from_date);
  g_test_add_func ("/date/period/bounds", test_period_bounds);
  g_test_add_func ("/date/error-quark", test_error_quark);

  return g_test_run ();
}
