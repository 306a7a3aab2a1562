/* sajja-date.h: calendar dates stored ISO-8601, shown in the Buddhist Era (or the Common Era),
 * with Thai month names from our own tables, and month periods "YYYY-MM".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SAJJA_BE_OFFSET 543

#define SAJJA_DATE_ERROR (sajja_date_error_quark ())

typedef enum
{
  SAJJA_DATE_ERROR_EMPTY,
  SAJJA_DATE_ERROR_INVALID,     /* not a date at all, or a form we do not read */
  SAJJA_DATE_ERROR_IMPOSSIBLE,  /* 31 April, 29 February 2023, month 13 … */
  SAJJA_DATE_ERROR_OUT_OF_RANGE,/* a year outside what a savings group can mean (see below) */
} SajjaDateError;

GQuark sajja_date_error_quark (void);

typedef enum
{
  SAJJA_ERA_BE,  /* พ.ศ., the default */
  SAJJA_ERA_CE,
} SajjaEra;

/* How a date is shown. */
typedef enum
{
  SAJJA_DATE_STYLE_SHORT,   /* "21/11/2569" (BE) or "21/11/2026" (CE) */
  SAJJA_DATE_STYLE_MEDIUM,  /* "21 พ.ย. 2569" — abbreviations from our own table */
  SAJJA_DATE_STYLE_LONG,    /* "21 พฤศจิกายน 2569" */
  SAJJA_DATE_STYLE_FULL,    /* "วันเสาร์ที่ 21 พฤศจิกายน พ.ศ. 2569" */
} SajjaDateStyle;

/* The era used by sajja_date_format() when none is given: the app's setting. Default BE. */
SajjaEra    sajja_date_get_default_era (void);
void        sajja_date_set_default_era (SajjaEra era);

/* Month names: @month 1–12. Thai tables are our own; English names are plain English.
 * @thai: TRUE for Thai, FALSE for English. Returned strings are static. */
const char *sajja_month_name          (int       month,
                                       gboolean  thai);
const char *sajja_month_abbrev        (int       month,
                                       gboolean  thai);
/* @weekday as GDate: 1 = Monday … 7 = Sunday. */
const char *sajja_weekday_name        (int       weekday,
                                       gboolean  thai);

/* Whether display text should be Thai: TRUE when the current gettext language is Thai,
 * that is when the first of g_get_language_names() is "th" or "th_…". */
gboolean    sajja_date_use_thai_names (void);

/* Checks an ISO-8601 calendar date "YYYY-MM-DD" (CE) and fills a GDate. */
gboolean    sajja_date_from_iso       (const char  *iso,
                                       GDate       *out_date,
                                       GError     **error);
/* "YYYY-MM-DD" (CE). */
char       *sajja_date_to_iso         (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
/* Today, by the machine's clock and time zone, as "YYYY-MM-DD". */
char       *sajja_date_today_iso      (void) G_GNUC_WARN_UNUSED_RESULT;

/* Formats a valid GDate for display in @era and @style with Thai (@thai) or English names. */
char       *sajja_date_format_full    (const GDate   *date,
                                       SajjaEra       era,
                                       SajjaDateStyle style,
                                       gboolean       thai) G_GNUC_WARN_UNUSED_RESULT;
/* Formats with the default era and the current language. */
char       *sajja_date_format         (const GDate   *date,
                                       SajjaDateStyle style) G_GNUC_WARN_UNUSED_RESULT;
/* Formats an ISO string; returns NULL if @iso is not a valid date. */
char       *sajja_date_format_iso     (const char    *iso,
                                       SajjaDateStyle style) G_GNUC_WARN_UNUSED_RESULT;

/* Parses what a user typed. Accepted forms (spaces trimmed, Thai digits accepted):
 *   "21/11/2569", "21-11-2569", "21.11.2569", "21/11/2026", "2026-11-21" (ISO, always CE),
 *   "21 พ.ย. 2569", "21 พฤศจิกายน 2569", "21 พ.ย. 69" (a two-digit year is BE 25xx),
 *   "21 Nov 2026", "21 November 2026", optionally with a "พ.ศ."/"ค.ศ." before the year.
 * Era of the year: a year of 2400 or more is BE, a year below is CE; "พ.ศ." or "ค.ศ." says it
 * outright (and a contradiction is an error). Years outside 1900–2200 CE are refused
 * (SAJJA_DATE_ERROR_OUT_OF_RANGE), as are impossible dates (SAJJA_DATE_ERROR_IMPOSSIBLE).
 * Errors are translated. */
gboolean    sajja_date_parse          (const char  *text,
                                       GDate       *out_date,
                                       GError     **error);

/* Age in whole years on @on of someone born on @birth (0 if @on is before @birth). */
int         sajja_date_age            (const GDate *birth,
                                       const GDate *on);

/* A month period: the month a payment is for. Stored as "YYYY-MM" (CE). */
typedef struct
{
  int year;   /* CE */
  int month;  /* 1–12 */
} SajjaPeriod;

gboolean    sajja_period_parse        (const char  *text,     /* "2026-11" */
                                       SajjaPeriod *out_period,
                                       GError     **error);
char       *sajja_period_to_string    (SajjaPeriod  period) G_GNUC_WARN_UNUSED_RESULT; /* "2026-11" */
/* "พ.ย. 2569" / "Nov 2026" in the default era and current language. */
char       *sajja_period_format       (SajjaPeriod  period,
                                       gboolean     long_names) G_GNUC_WARN_UNUSED_RESULT;
/* The same with an explicit era and language: "พฤศจิกายน 2569" / "November 2026". */
char       *sajja_period_format_full  (SajjaPeriod  period,
                                       SajjaEra     era,
                                       gboolean     long_names,
                                       gboolean     thai) G_GNUC_WARN_UNUSED_RESULT;
SajjaPeriod sajja_period_add_months   (SajjaPeriod  period,
                                       int          months);  /* may be negative */
/* Months from @a to @b: 2026-01 → 2026-03 is 2. */
int         sajja_period_diff         (SajjaPeriod  a,
                                       SajjaPeriod  b);
int         sajja_period_compare      (SajjaPeriod  a,
                                       SajjaPeriod  b);
SajjaPeriod sajja_period_from_date    (const GDate *date);
/* First and last day of the period. */
void        sajja_period_get_bounds   (SajjaPeriod  period,
                                       GDate       *first,
                                       GDate       *last);

G_END_DECLS
