/* sajja-date.c: ISO-8601 dates shown in the Buddhist Era, Thai month names, month periods.
 *
 * Month and weekday names come from the tables below, never from the C library's locale.
 */
#include <glib/gi18n-lib.h>

#include "sajja-date.h"

#include <string.h>
#include <time.h>

G_DEFINE_QUARK (sajja-date-error-quark, sajja_date_error)

/* What sajja_date_parse() accepts, in the Common Era. */
#define MIN_YEAR_CE 1900
#define MAX_YEAR_CE 2200
/* A four-digit year from here on is a Buddhist Era year. */
#define FIRST_BE_YEAR 2400

static SajjaEra default_era = SAJJA_ERA_BE;

static const char * const thai_month_names[12] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static const char * const thai_month_abbrevs[12] = {
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

static const char * const english_month_names[12] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

static const char * const english_month_abbrevs[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* Indexed by GDateWeekday - 1: Monday first. */
static const char * const thai_weekday_names[7] = {
  "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์",
};

static const char * const english_weekday_names[7] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

/* ---- Settings and names -------------------------------------------------------------------- */

/**
 * sajja_date_get_default_era:
 *
 * The era sajja_date_format() uses: the app's setting, %SAJJA_ERA_BE unless changed.
 *
 * Returns: the default era
 */
SajjaEra
sajja_date_get_default_era (void)
{
  return default_era;
}

/**
 * sajja_date_set_default_era:
 * @era: the era to show dates in
 *
 * Sets the era sajja_date_format() and sajja_period_format() use.
 */
void
sajja_date_set_default_era (SajjaEra era)
{
  g_return_if_fail (era == SAJJA_ERA_BE || era == SAJJA_ERA_CE);

  default_era = era;
}

/**
 * sajja_month_name:
 * @month: 1 to 12
 * @thai: %TRUE for Thai, %FALSE for English
 *
 * The full name of a month: "พฤศจิกายน" or "November".
 *
 * Returns: a static string, or %NULL if @month is out of range
 */
const char *
sajja_month_name (int      month,
                  gboolean thai)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return thai ? thai_month_names[month - 1] : english_month_names[month - 1];
}

/**
 * sajja_month_abbrev:
 * @month: 1 to 12
 * @thai: %TRUE for Thai, %FALSE for English
 *
 * The short name of a month: "พ.ย." or "Nov".
 *
 * Returns: a static string, or %NULL if @month is out of range
 */
const char *
sajja_month_abbrev (int      month,
                    gboolean thai)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return thai ? thai_month_abbrevs[month - 1] : english_month_abbrevs[month - 1];
}

/**
 * sajja_weekday_name:
 * @weekday: a #GDateWeekday, 1 (Monday) to 7 (Sunday)
 * @thai: %TRUE for Thai, %FALSE for English
 *
 * The name of a day of the week: "เสาร์" or "Saturday".
 *
 * Returns: a static string, or %NULL if @weekday is out of range
 */
const char *
sajja_weekday_name (int      weekday,
                    gboolean thai)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);

  return thai ? thai_weekday_names[weekday - 1] : english_weekday_names[weekday - 1];
}

/**
 * sajja_date_use_thai_names:
 *
 * Whether dates should be shown with Thai names: %TRUE when the first language of
 * g_get_language_names() is Thai ("th", "th_TH", "th_TH.UTF-8" …).
 *
 * Returns: %TRUE for Thai names
 */
gboolean
sajja_date_use_thai_names (void)
{
  const char * const *names = g_get_language_names ();
  const char *first;

  if (names == NULL || names[0] == NULL)
    return FALSE;

  first = names[0];

  return first[0] == 't' && first[1] == 'h' &&
         (first[2] == '\0' || first[2] == '_' || first[2] == '.' || first[2] == '@');
}

/* ---- ISO-8601 ------------------------------------------------------------------------------ */

static gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* Reads @n ASCII digits at @p; FALSE if any is not a digit. */
static gboolean
read_fixed_digits (const char *p,
                   int         n,
                   int        *out_value)
{
  int value = 0;
  int i;

  for (i = 0; i < n; i++)
    {
      if (!is_digit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }

  *out_value = value;

  return TRUE;
}

static void
set_no_such_month (GError **error,
                   int      month)
{
  g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_IMPOSSIBLE,
               /* Translators: %d is the month number the user typed, such as 13. */
               _("There is no month %d. Type a month from 1 to 12."),
               month);
}

static void
set_no_such_day (GError     **error,
                 const char  *text)
{
  g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_IMPOSSIBLE,
               /* Translators: %s is the date the user typed, such as "31/04/2569". */
               _("The date “%s” does not exist. Check the day and the month."),
               text);
}

/* Checks that a day, month and year (CE) make a real date; @text is for the message. */
static gboolean
check_dmy (int          day,
           int          month,
           int          year,
           const char  *text,
           GError     **error)
{
  if (month < 1 || month > 12)
    {
      set_no_such_month (error, month);
      return FALSE;
    }

  if (year < 1 || year > G_MAXUINT16 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      set_no_such_day (error, text);
      return FALSE;
    }

  return TRUE;
}

/**
 * sajja_date_from_iso:
 * @iso: a date written exactly as "YYYY-MM-DD" in the Common Era
 * @out_date: (out caller-allocates): the date
 * @error: return location for a #GError in %SAJJA_DATE_ERROR
 *
 * Reads a stored ISO-8601 calendar date. Nothing else is accepted: no spaces, no time,
 * and always two digits for the month and the day.
 *
 * Returns: %TRUE on success
 */
gboolean
sajja_date_from_iso (const char  *iso,
                     GDate       *out_date,
                     GError     **error)
{
  int year;
  int month;
  int day;

  g_return_val_if_fail (out_date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (iso == NULL || *iso == '\0')
    {
      g_set_error_literal (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_EMPTY,
                           _("Type a date, for example 21/11/2569."));
      return FALSE;
    }

  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-' ||
      !read_fixed_digits (iso, 4, &year) ||
      !read_fixed_digits (iso + 5, 2, &month) ||
      !read_fixed_digits (iso + 8, 2, &day))
    {
      g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID,
                   /* Translators: %s is the text that should have been a date. Keep the
                    * example as it is: it is the form dates are stored in. */
                   _("“%s” is not a date in the form year-month-day, for example 2026-11-21."),
                   iso);
      return FALSE;
    }

  if (!check_dmy (day, month, year, iso, error))
    return FALSE;

  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/**
 * sajja_date_to_iso:
 * @date: a valid date
 *
 * Writes @date as "YYYY-MM-DD" in the Common Era.
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d",
                          (int) g_date_get_year (date),
                          (int) g_date_get_month (date),
                          (int) g_date_get_day (date));
}

/**
 * sajja_date_today_iso:
 *
 * Returns: (transfer full): today's date as "YYYY-MM-DD", by the local clock
 */
char *
sajja_date_today_iso (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return sajja_date_to_iso (&today);
}

/* ---- Formatting ---------------------------------------------------------------------------- */

static int
year_in_era (int      year_ce,
             SajjaEra era)
{
  return era == SAJJA_ERA_BE ? year_ce + SAJJA_BE_OFFSET : year_ce;
}

/**
 * sajja_date_format_full:
 * @date: a valid date
 * @era: the era to count the year in
 * @style: how much to show
 * @thai: %TRUE for Thai names, %FALSE for English
 *
 * Formats @date for display, with month and weekday names from Sajja's own tables:
 * "21/11/2569", "21 พ.ย. 2569", "21 พฤศจิกายน 2569", "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569",
 * or in English "21 Nov 2026", "Saturday 21 November 2026", "Saturday 21 November 2569 BE".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_date_format_full (const GDate    *date,
                        SajjaEra        era,
                        SajjaDateStyle  style,
                        gboolean        thai)
{
  int day;
  int month;
  int year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_date_get_day (date);
  month = g_date_get_month (date);
  year = year_in_era (g_date_get_year (date), era);

  switch (style)
    {
    case SAJJA_DATE_STYLE_SHORT:
      return g_strdup_printf ("%02d/%02d/%d", day, month, year);

    case SAJJA_DATE_STYLE_MEDIUM:
      return g_strdup_printf ("%d %s %d", day, sajja_month_abbrev (month, thai), year);

    case SAJJA_DATE_STYLE_LONG:
      return g_strdup_printf ("%d %s %d", day, sajja_month_name (month, thai), year);

    case SAJJA_DATE_STYLE_FULL:
      {
        const char *weekday = sajja_weekday_name (g_date_get_weekday (date), thai);

        if (thai)
          return g_strdup_printf ("วัน%sที่ %d %s %s %d",
                                  weekday, day, sajja_month_name (month, TRUE),
                                  era == SAJJA_ERA_BE ? "พ.ศ." : "ค.ศ.", year);

        return g_strdup_printf ("%s %d %s %d%s",
                                weekday, day, sajja_month_name (month, FALSE), year,
                                era == SAJJA_ERA_BE ? " BE" : "");
      }

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sajja_date_format:
 * @date: a valid date
 * @style: how much to show
 *
 * Formats @date in the default era (sajja_date_get_default_era()) with Thai names when
 * sajja_date_use_thai_names() says so.
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_date_format (const GDate    *date,
                   SajjaDateStyle  style)
{
  return sajja_date_format_full (date, default_era, style, sajja_date_use_thai_names ());
}

/**
 * sajja_date_format_iso:
 * @iso: a stored "YYYY-MM-DD" date
 * @style: how much to show
 *
 * Formats a stored date like sajja_date_format().
 *
 * Returns: (transfer full) (nullable): a newly allocated string, or %NULL if @iso is not a
 *   valid date
 */
char *
sajja_date_format_iso (const char     *iso,
                       SajjaDateStyle  style)
{
  GDate date;

  if (!sajja_date_from_iso (iso, &date, NULL))
    return NULL;

  return sajja_date_format (&date, style);
}

/* ---- Parsing what the user typed ----------------------------------------------------------- */

typedef enum
{
  ERA_UNSPECIFIED = -1,
  ERA_BE = SAJJA_ERA_BE,
  ERA_CE = SAJJA_ERA_CE,
} EraMark;

/* Removes dots and spaces and lowers ASCII letters, so that "พ.ย.", "พย" and "พ.ย" or
 * "Nov" and "nov." compare equal. */
static char *
normalize_word (const char *start,
                const char *end)
{
  GString *out = g_string_sized_new (end - start);
  const char *p;

  for (p = start; p < end; p++)
    {
      if (*p == '.' || g_ascii_isspace (*p))
        continue;
      g_string_append_c (out, g_ascii_tolower (*p));
    }

  return g_string_free (out, FALSE);
}

/* An era mark as normalized by normalize_word(), or ERA_UNSPECIFIED for "". FALSE if @word
 * is something else. */
static gboolean
lookup_era (const char *word,
            EraMark    *out_era)
{
  if (*word == '\0')
    *out_era = ERA_UNSPECIFIED;
  else if (strcmp (word, "พศ") == 0 || strcmp (word, "be") == 0)
    *out_era = ERA_BE;
  else if (strcmp (word, "คศ") == 0 || strcmp (word, "ce") == 0 || strcmp (word, "ad") == 0)
    *out_era = ERA_CE;
  else
    return FALSE;

  return TRUE;
}

/* Finds the month a normalized word starts with, the rest of the word being an era mark:
 * "พย", "พฤศจิกายน", "nov", "november", "พยพศ". */
static gboolean
lookup_month (const char *word,
              int        *out_month,
              EraMark    *out_era)
{
  int month;

  for (month = 1; month <= 12; month++)
    {
      g_autofree char *abbrev = normalize_word (thai_month_abbrevs[month - 1],
                                                thai_month_abbrevs[month - 1] +
                                                strlen (thai_month_abbrevs[month - 1]));
      g_autofree char *english = g_ascii_strdown (english_month_names[month - 1], -1);
      g_autofree char *english_abbrev = g_ascii_strdown (english_month_abbrevs[month - 1], -1);
      const char *candidates[] = {
        thai_month_names[month - 1], abbrev, english, english_abbrev, month == 9 ? "sept" : NULL,
      };
      guint i;

      for (i = 0; i < G_N_ELEMENTS (candidates); i++)
        {
          if (candidates[i] != NULL && g_str_has_prefix (word, candidates[i]) &&
              lookup_era (word + strlen (candidates[i]), out_era))
            {
              *out_month = month;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* Replaces the Thai digits ๐–๙ (U+0E50–U+0E59, three bytes each in UTF-8) with ASCII ones. */
static char *
thai_digits_to_ascii (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      /* U+0E50–U+0E59 is E0 B9 90 – E0 B9 99. */
      if ((guchar) p[0] == 0xE0 && (guchar) p[1] == 0xB9 &&
          (guchar) p[2] >= 0x90 && (guchar) p[2] <= 0x99)
        {
          g_string_append_c (out, (char) ('0' + ((guchar) p[2] - 0x90)));
          p += 3;
        }
      else
        {
          g_string_append_c (out, *p);
          p++;
        }
    }

  return g_string_free (out, FALSE);
}

static const char *
skip_ascii_spaces (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;

  return p;
}

/* Reads up to 9 digits; returns how many were read (0 if none or too many). */
static int
read_number (const char **p,
             int         *out_value)
{
  int value = 0;
  int n = 0;

  while (is_digit (**p))
    {
      if (n == 9)
        return 0;
      value = value * 10 + (**p - '0');
      n++;
      (*p)++;
    }

  *out_value = value;

  return n;
}

static void
set_not_a_date (GError     **error,
                const char  *text)
{
  g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID,
               /* Translators: %s is what the user typed. 21/11/2569 is 21 November 2026 in
                * the Buddhist Era: day, month, year. */
               _("“%s” is not a date Sajja can read. Type the day, month and year, "
                 "for example 21/11/2569."),
               text);
}

static gboolean
check_year_range (int          year_ce,
                  const char  *text,
                  GError     **error)
{
  if (year_ce < MIN_YEAR_CE || year_ce > MAX_YEAR_CE)
    {
      g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_OUT_OF_RANGE,
                   /* Translators: %s is the date the user typed; then come the first and last
                    * years accepted in the Buddhist Era (พ.ศ.), and the same in the Common Era. */
                   _("The year in “%s” is outside the years Sajja accepts, %d to %d in the "
                     "Buddhist Era (%d to %d CE). Check the year."),
                   text,
                   MIN_YEAR_CE + SAJJA_BE_OFFSET, MAX_YEAR_CE + SAJJA_BE_OFFSET,
                   MIN_YEAR_CE, MAX_YEAR_CE);
      return FALSE;
    }

  return TRUE;
}

/* Turns the year as typed into a year of the Common Era. */
static gboolean
resolve_year (int          year,
              int          n_digits,
              EraMark      era,
              int         *out_year_ce,
              GError     **error)
{
  if (n_digits == 2)
    {
      /* "69" is 2569 BE; with an explicit "ค.ศ." a two-digit year is 20xx. */
      *out_year_ce = era == ERA_CE ? 2000 + year : 2500 + year - SAJJA_BE_OFFSET;
      return TRUE;
    }

  if (era == ERA_BE && year < FIRST_BE_YEAR)
    {
      g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID,
                   /* Translators: the first %d is the year the user typed after "พ.ศ." (the
                    * Buddhist Era), the second the same year in the Buddhist Era. */
                   _("The year %d is too small to be a year of the Buddhist Era (พ.ศ.). "
                     "Remove the era or type the Buddhist Era year, %d."),
                   year, year + SAJJA_BE_OFFSET);
      return FALSE;
    }

  if (era == ERA_CE && year >= FIRST_BE_YEAR)
    {
      g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID,
                   /* Translators: the first %d is the year the user typed after "ค.ศ." (the
                    * Common Era), the second the same year in the Common Era. */
                   _("The year %d is too large to be a year of the Common Era (ค.ศ.). "
                     "Remove the era or type the Common Era year, %d."),
                   year, year - SAJJA_BE_OFFSET);
      return FALSE;
    }

  if (era == ERA_BE || (era == ERA_UNSPECIFIED && year >= FIRST_BE_YEAR))
    *out_year_ce = year - SAJJA_BE_OFFSET;
  else
    *out_year_ce = year;

  return TRUE;
}

/**
 * sajja_date_parse:
 * @text: what the user typed
 * @out_date: (out caller-allocates): the date
 * @error: return location for a #GError in %SAJJA_DATE_ERROR
 *
 * Reads a date as people in Thailand write it: "21/11/2569", "21-11-2569", "21.11.2569",
 * "21/11/2026", "2026-11-21", "21 พ.ย. 2569", "21 พฤศจิกายน 2569", "21 พ.ย. 69",
 * "21 Nov 2026", "21 November 2026", with "พ.ศ." or "ค.ศ." before the year if wanted and
 * Thai digits if wanted. A year of 2400 or more is in the Buddhist Era; a two-digit year is
 * 25xx BE. Only years 1900–2200 CE are accepted.
 *
 * Returns: %TRUE on success; %FALSE with @error set and @out_date untouched
 */
gboolean
sajja_date_parse (const char  *text,
                  GDate       *out_date,
                  GError     **error)
{
  g_autofree char *typed = NULL;
  g_autofree char *ascii = NULL;
  g_autofree char *rest = NULL;
  const char *p;
  EraMark era = ERA_UNSPECIFIED;
  EraMark trailing_era;
  int day;
  int month = 0;
  int year;
  int year_ce = 0;
  int n_day;
  int n_year;

  g_return_val_if_fail (out_date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text != NULL)
    typed = g_strstrip (g_strdup (text));

  if (typed == NULL || *typed == '\0')
    {
      g_set_error_literal (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_EMPTY,
                           _("Type a date, for example 21/11/2569."));
      return FALSE;
    }

  ascii = thai_digits_to_ascii (typed);
  p = ascii;

  n_day = read_number (&p, &day);

  /* "2026-11-21": ISO-8601, always in the Common Era, and only in its strict form. */
  if (n_day == 4 && *p == '-')
    {
      GDate date;
      g_autoptr(GError) local_error = NULL;

      if (!sajja_date_from_iso (ascii, &date, &local_error))
        {
          if (g_error_matches (local_error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_IMPOSSIBLE))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_not_a_date (error, typed);
          return FALSE;
        }

      if (!check_year_range (g_date_get_year (&date), typed, error))
        return FALSE;

      *out_date = date;
      return TRUE;
    }

  if (n_day < 1 || n_day > 2)
    {
      set_not_a_date (error, typed);
      return FALSE;
    }

  p = skip_ascii_spaces (p);

  if (*p == '/' || *p == '-' || *p == '.')
    {
      /* "21/11/2569", "21-11-2569", "21.11.2569" */
      char separator = *p;
      int n_month;

      p = skip_ascii_spaces (p + 1);
      n_month = read_number (&p, &month);
      p = skip_ascii_spaces (p);
      if (n_month < 1 || n_month > 2 || *p != separator)
        {
          set_not_a_date (error, typed);
          return FALSE;
        }
      p = skip_ascii_spaces (p + 1);
    }
  else
    {
      /* "21 พ.ย. 2569", "21 พ.ย. พ.ศ. 2569", "21 November 2026" */
      const char *word_start = p;
      g_autofree char *word = NULL;

      while (*p != '\0' && !is_digit (*p))
        p++;

      word = normalize_word (word_start, p);
      if (!lookup_month (word, &month, &era))
        {
          set_not_a_date (error, typed);
          return FALSE;
        }
    }

  n_year = read_number (&p, &year);
  if (n_year != 2 && n_year != 4)
    {
      set_not_a_date (error, typed);
      return FALSE;
    }

  /* An era may also follow the year: "21/11/2569 พ.ศ.", "21 November 2569 BE". */
  rest = normalize_word (p, p + strlen (p));
  if (!lookup_era (rest, &trailing_era) ||
      (trailing_era != ERA_UNSPECIFIED && era != ERA_UNSPECIFIED))
    {
      set_not_a_date (error, typed);
      return FALSE;
    }
  if (trailing_era != ERA_UNSPECIFIED)
    era = trailing_era;

  if (month < 1 || month > 12)
    {
      set_no_such_month (error, month);
      return FALSE;
    }

  if (!resolve_year (year, n_year, era, &year_ce, error) ||
      !check_year_range (year_ce, typed, error) ||
      !check_dmy (day, month, year_ce, typed, error))
    return FALSE;

  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year_ce);

  return TRUE;
}

/**
 * sajja_date_age:
 * @birth: a valid date of birth
 * @on: a valid date
 *
 * Age in whole years on @on of someone born on @birth. Someone born on 29 February has a
 * birthday on 1 March in other years.
 *
 * Returns: the age, or 0 if @on is before @birth
 */
int
sajja_date_age (const GDate *birth,
                const GDate *on)
{
  int age;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), 0);
  g_return_val_if_fail (on != NULL && g_date_valid (on), 0);

  if (g_date_compare (on, birth) < 0)
    return 0;

  age = (int) g_date_get_year (on) - (int) g_date_get_year (birth);
  if (g_date_get_month (on) < g_date_get_month (birth) ||
      (g_date_get_month (on) == g_date_get_month (birth) &&
       g_date_get_day (on) < g_date_get_day (birth)))
    age--;

  return age;
}

/* ---- Periods ------------------------------------------------------------------------------- */

/**
 * sajja_period_parse:
 * @text: a stored period, exactly "YYYY-MM" in the Common Era
 * @out_period: (out): the period
 * @error: return location for a #GError in %SAJJA_DATE_ERROR
 *
 * Reads a month period such as "2026-11".
 *
 * Returns: %TRUE on success
 */
gboolean
sajja_period_parse (const char   *text,
                    SajjaPeriod  *out_period,
                    GError      **error)
{
  int year;
  int month;

  g_return_val_if_fail (out_period != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_EMPTY,
                           _("Type a month, for example 2026-11."));
      return FALSE;
    }

  if (strlen (text) != 7 || text[4] != '-' ||
      !read_fixed_digits (text, 4, &year) ||
      !read_fixed_digits (text + 5, 2, &month) ||
      year < 1)
    {
      g_set_error (error, SAJJA_DATE_ERROR, SAJJA_DATE_ERROR_INVALID,
                   /* Translators: %s is the text that should have been a month. Keep the
                    * example as it is: it is the form months are stored in. */
                   _("“%s” is not a month in the form year-month, for example 2026-11."),
                   text);
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      set_no_such_month (error, month);
      return FALSE;
    }

  out_period->year = year;
  out_period->month = month;

  return TRUE;
}

/**
 * sajja_period_to_string:
 * @period: a period
 *
 * Writes @period as it is stored: "2026-11".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_period_to_string (SajjaPeriod period)
{
  return g_strdup_printf ("%04d-%02d", period.year, period.month);
}

/**
 * sajja_period_format_full:
 * @period: a valid period
 * @era: the era to count the year in
 * @long_names: %TRUE for "พฤศจิกายน 2569", %FALSE for "พ.ย. 2569"
 * @thai: %TRUE for Thai names, %FALSE for English
 *
 * Formats @period for display.
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_period_format_full (SajjaPeriod period,
                          SajjaEra    era,
                          gboolean    long_names,
                          gboolean    thai)
{
  g_return_val_if_fail (period.month >= 1 && period.month <= 12, NULL);

  return g_strdup_printf ("%s %d",
                          long_names ? sajja_month_name (period.month, thai)
                                     : sajja_month_abbrev (period.month, thai),
                          year_in_era (period.year, era));
}

/**
 * sajja_period_format:
 * @period: a valid period
 * @long_names: %TRUE for full month names
 *
 * Formats @period in the default era and the current language: "พ.ย. 2569", "Nov 2026".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_period_format (SajjaPeriod period,
                     gboolean    long_names)
{
  return sajja_period_format_full (period, default_era, long_names,
                                   sajja_date_use_thai_names ());
}

/**
 * sajja_period_add_months:
 * @period: a period
 * @months: how many months to move, negative to go back
 *
 * Returns: the period @months after @period
 */
SajjaPeriod
sajja_period_add_months (SajjaPeriod period,
                         int         months)
{
  gint64 index = (gint64) period.year * 12 + (period.month - 1) + months;
  gint64 year = index / 12;
  gint64 month0 = index % 12;
  SajjaPeriod result;

  if (month0 < 0)
    {
      month0 += 12;
      year--;
    }

  result.year = (int) year;
  result.month = (int) month0 + 1;

  return result;
}

/**
 * sajja_period_diff:
 * @a: a period
 * @b: another period
 *
 * Returns: the number of months from @a to @b: 2 from 2026-01 to 2026-03, -2 the other way
 */
int
sajja_period_diff (SajjaPeriod a,
                   SajjaPeriod b)
{
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/**
 * sajja_period_compare:
 * @a: a period
 * @b: another period
 *
 * Returns: a negative number, 0 or a positive number as @a is before, the same as or
 *   after @b
 */
int
sajja_period_compare (SajjaPeriod a,
                      SajjaPeriod b)
{
  if (a.year != b.year)
    return a.year < b.year ? -1 : 1;
  if (a.month != b.month)
    return a.month < b.month ? -1 : 1;

  return 0;
}

/**
 * sajja_period_from_date:
 * @date: a valid date
 *
 * Returns: the month @date is in
 */
SajjaPeriod
sajja_period_from_date (const GDate *date)
{
  SajjaPeriod period = { 0, 0 };

  g_return_val_if_fail (date != NULL && g_date_valid (date), period);

  period.year = g_date_get_year (date);
  period.month = g_date_get_month (date);

  return period;
}

/**
 * sajja_period_get_bounds:
 * @period: a valid period
 * @first: (out caller-allocates) (optional): the first day of the month
 * @last: (out caller-allocates) (optional): the last day of the month
 *
 * The first and last day of @period; the last day of February depends on the leap year.
 */
void
sajja_period_get_bounds (SajjaPeriod  period,
                         GDate       *first,
                         GDate       *last)
{
  g_return_if_fail (period.month >= 1 && period.month <= 12);
  g_return_if_fail (period.year >= 1 && period.year <= G_MAXUINT16);

  if (first != NULL)
    {
      g_date_clear (first, 1);
      g_date_set_dmy (first, 1, (GDateMonth) period.month, (GDateYear) period.year);
    }

  if (last != NULL)
    {
      g_date_clear (last, 1);
      g_date_set_dmy (last,
                      g_date_get_days_in_month ((GDateMonth) period.month,
                                                (GDateYear) period.year),
                      (GDateMonth) period.month, (GDateYear) period.year);
    }
}
