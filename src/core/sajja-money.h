/* sajja-money.h: money as a gint64 count of satang: parsing, formatting, rounding, words.
 *
 * Money is never a float in Sajja. One baht is 100 satang.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SAJJA_SATANG_PER_BAHT 100
/* The largest amount the parser accepts: 999,999,999,999.99 baht. Anything larger is refused
 * as an overflow, which also keeps sums of many amounts far away from G_MAXINT64. */
#define SAJJA_MONEY_MAX ((gint64) 99999999999999)

#define SAJJA_MONEY_ERROR (sajja_money_error_quark ())

typedef enum
{
  SAJJA_MONEY_ERROR_EMPTY,     /* nothing was typed */
  SAJJA_MONEY_ERROR_INVALID,   /* letters or other characters that are not part of an amount */
  SAJJA_MONEY_ERROR_GROUPING,  /* thousands separators in the wrong places: "12,34.5", "1.234.5" */
  SAJJA_MONEY_ERROR_DECIMALS,  /* more than two digits after the decimal point: "1.234" */
  SAJJA_MONEY_ERROR_OVERFLOW,  /* larger than SAJJA_MONEY_MAX */
  SAJJA_MONEY_ERROR_NEGATIVE,  /* a minus sign where negatives are not allowed */
} SajjaMoneyError;

GQuark   sajja_money_error_quark     (void);

/* Parses what a user typed into satang. Accepts surrounding spaces, an optional leading "฿"
 * (or "฿ "), an optional "บาท" suffix, thousands commas in groups of three, at most two
 * decimals, ASCII or Thai digits (๐–๙), and a leading '-' when @allow_negative.
 * On error returns FALSE and sets a translated GError in SAJJA_MONEY_ERROR. */
gboolean sajja_money_parse           (const char  *text,
                                      gboolean     allow_negative,
                                      gint64      *out_satang,
                                      GError     **error);

/* "1,234.50", "-1,234.50", "0.05". Always two decimals, grouped by three with ','. */
char    *sajja_money_format          (gint64       satang) G_GNUC_WARN_UNUSED_RESULT;
/* "฿1,234.50" */
char    *sajja_money_format_baht     (gint64       satang) G_GNUC_WARN_UNUSED_RESULT;
/* The same as sajja_money_format() but with Thai digits: "๑,๒๓๔.๕๐". */
char    *sajja_money_format_thai_digits (gint64    satang) G_GNUC_WARN_UNUSED_RESULT;

/* Thai words by the Royal Institute's rules: 101 → "หนึ่งร้อยเอ็ดบาทถ้วน",
 * 0.75 → "เจ็ดสิบห้าสตางค์", 120.75 → "หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์",
 * 0 → "ศูนย์บาทถ้วน", negatives prefixed "ลบ". Any gint64. */
char    *sajja_money_to_thai_words   (gint64       satang) G_GNUC_WARN_UNUSED_RESULT;

/* Named rounding rules. Each takes a value in an exact finer unit and returns satang. */

/* Divides @numerator by @denominator (> 0) and rounds toward negative infinity to the satang:
 * used where a rule says "ปัดเศษทิ้ง" (drop the fraction). */
gint64   sajja_money_div_round_down  (gint64       numerator,
                                      gint64       denominator);
/* Divides and rounds half away from zero (0.5 satang → 1 satang, -0.5 → -1). */
gint64   sajja_money_div_round_half_up (gint64     numerator,
                                      gint64       denominator);
/* Cash rounding to 0/25/50/75 satang (PEA rule): within each 25-satang step,
 * a remainder of 13 satang or more rounds up, 12 or less rounds down. Negative amounts mirror. */
gint64   sajja_money_round_cash_25   (gint64       satang);

/* Rounding rules stored by name in a group's by-laws. */
typedef enum
{
  SAJJA_ROUNDING_DOWN,
  SAJJA_ROUNDING_HALF_UP,
  SAJJA_ROUNDING_CASH_25,
} SajjaRounding;

const char *sajja_rounding_to_string (SajjaRounding rounding);
gboolean    sajja_rounding_from_string (const char *name,
                                      SajjaRounding *out_rounding);

/* Replaces Thai digits ๐–๙ with ASCII digits; other characters are kept. */
char    *sajja_thai_digits_to_ascii  (const char  *text) G_GNUC_WARN_UNUSED_RESULT;
/* Replaces ASCII digits with Thai digits. */
char    *sajja_ascii_digits_to_thai  (const char  *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
