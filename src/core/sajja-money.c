/* sajja-money.c: money as a gint64 count of satang.
 *
 * No floating point anywhere: every amount is an exact count of satang.
 */
#include <glib/gi18n-lib.h>

#include "sajja-money.h"

#include <string.h>

G_DEFINE_QUARK (sajja-money-error-quark, sajja_money_error)

#define BAHT_SIGN "\xe0\xb8\xbf"  /* ฿ U+0E3F */
#define BAHT_WORD "บาท"
#define THAI_DIGIT_ZERO 0x0E50    /* ๐ */

/* The largest whole number of baht the parser accepts. */
#define MAX_BAHT (SAJJA_MONEY_MAX / SAJJA_SATANG_PER_BAHT)

/* ---- Thai digits --------------------------------------------------------------------------- */

/**
 * sajja_thai_digits_to_ascii:
 * @text: a UTF-8 string
 *
 * Replaces the Thai digits ๐–๙ in @text with the ASCII digits 0–9. Other characters, and bytes
 * that are not valid UTF-8, are copied unchanged.
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_thai_digits_to_ascii (const char *text)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  p = text;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: keep the byte as it is. */
          g_string_append_c (out, *p);
          p++;
          continue;
        }

      if (c >= THAI_DIGIT_ZERO && c <= THAI_DIGIT_ZERO + 9)
        g_string_append_c (out, (char) ('0' + (c - THAI_DIGIT_ZERO)));
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);

      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

/**
 * sajja_ascii_digits_to_thai:
 * @text: a UTF-8 string
 *
 * Replaces the ASCII digits 0–9 in @text with the Thai digits ๐–๙.
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_ascii_digits_to_thai (const char *text)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) * 3);
  for (p = text; *p != '\0'; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (out, THAI_DIGIT_ZERO + (gunichar) (*p - '0'));
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* ---- Parsing ------------------------------------------------------------------------------- */

/* Skips white space (any Unicode space, such as a no-break space) from @p. */
static const char *
skip_spaces (const char *p)
{
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        break;
      p = g_utf8_next_char (p);
    }

  return p;
}

/* Moves @end back over white space that ends the text starting at @start. */
static const char *
trim_end (const char *start,
          const char *end)
{
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char_validated (prev, end - prev);
      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        break;
      end = prev;
    }

  return end;
}

static gboolean
has_prefix_len (const char *start,
                const char *end,
                const char *prefix)
{
  size_t len = strlen (prefix);

  return (size_t) (end - start) >= len && memcmp (start, prefix, len) == 0;
}

static void
set_grouping_error (GError **error)
{
  g_set_error_literal (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_GROUPING,
                       /* Translators: an error shown when an amount of money has commas or
                        * points in the wrong places, such as "12,34.5" or "1.234.5". */
                       _("Use a comma only between groups of three digits and one point before "
                         "the satang, for example 1,250.50."));
}

/* Checks and reads the number part of an amount: digits, commas and at most one point.
 * @start to @end is already free of signs, "฿", "บาท" and surrounding spaces. */
static gboolean
parse_number (const char  *original,
              const char  *start,
              const char  *end,
              gint64      *out_satang,
              GError     **error)
{
  const char *p;
  const char *point = NULL;
  const char *int_end;
  const char *frac_start;
  gboolean has_comma = FALSE;
  gint64 baht = 0;
  gint64 satang = 0;
  int n_frac;

  for (p = start; p < end; p++)
    {
      if (*p >= '0' && *p <= '9')
        continue;

      if (*p == ',')
        {
          has_comma = TRUE;
          continue;
        }

      if (*p == '.')
        {
          if (point != NULL)
            {
              set_grouping_error (error);
              return FALSE;
            }
          point = p;
          continue;
        }

      g_set_error (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_INVALID,
                   /* Translators: %s is what the user typed. */
                   _("“%s” is not an amount of money. Type digits only, for example 1,250.50."),
                   original);
      return FALSE;
    }

  int_end = point != NULL ? point : end;
  frac_start = point != NULL ? point + 1 : end;

  if (int_end == start && frac_start == end)
    {
      g_set_error (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_INVALID,
                   _("“%s” is not an amount of money. Type digits only, for example 1,250.50."),
                   original);
      return FALSE;
    }

  /* Commas belong to the whole baht only. */
  if (has_comma && memchr (frac_start, ',', end - frac_start) != NULL)
    {
      set_grouping_error (error);
      return FALSE;
    }

  if (has_comma)
    {
      /* The first group has one to three digits and does not start with 0 (which would
       * look like a decimal comma: "0,50"); every later group has exactly three digits. */
      const char *group_start = start;
      gboolean first = TRUE;

      for (p = start; p <= int_end; p++)
        {
          if (p == int_end || *p == ',')
            {
              ptrdiff_t len = p - group_start;

              if ((first && (len < 1 || len > 3 || *group_start == '0')) ||
                  (!first && len != 3))
                {
                  set_grouping_error (error);
                  return FALSE;
                }
              first = FALSE;
              group_start = p + 1;
            }
        }
    }

  n_frac = (int) (end - frac_start);
  if (n_frac > 2)
    {
      g_set_error_literal (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_DECIMALS,
                           /* Translators: satang are the hundredths of a baht. */
                           _("An amount has at most two digits after the point, for the satang. "
                             "Remove the extra digits."));
      return FALSE;
    }

  for (p = start; p < int_end; p++)
    {
      int digit;

      if (*p == ',')
        continue;

      digit = *p - '0';
      /* Checked before multiplying, so the sum can never overflow. */
      if (baht > (MAX_BAHT - digit) / 10)
        {
          g_autofree char *largest = sajja_money_format (SAJJA_MONEY_MAX);

          g_set_error (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_OVERFLOW,
                       /* Translators: %s is the largest amount, such as "999,999,999,999.99". */
                       _("The amount is too large. Type an amount no larger than %s baht."),
                       largest);
          return FALSE;
        }
      baht = baht * 10 + digit;
    }

  if (n_frac >= 1)
    satang += (frac_start[0] - '0') * 10;
  if (n_frac == 2)
    satang += frac_start[1] - '0';

  /* baht ≤ MAX_BAHT, so this is at most SAJJA_MONEY_MAX. */
  *out_satang = baht * SAJJA_SATANG_PER_BAHT + satang;

  return TRUE;
}

/**
 * sajja_money_parse:
 * @text: what the user typed
 * @allow_negative: whether a leading '-' is accepted
 * @out_satang: (out): the amount in satang
 * @error: return location for a #GError in %SAJJA_MONEY_ERROR
 *
 * Reads an amount of money such as "1,234.50", "฿ 1,234.50", "1234 บาท" or "๑,๒๓๔.๕๐".
 *
 * Returns: %TRUE on success; %FALSE with @error set and @out_satang untouched
 */
gboolean
sajja_money_parse (const char  *text,
                   gboolean     allow_negative,
                   gint64      *out_satang,
                   GError     **error)
{
  g_autofree char *original = NULL;
  g_autofree char *ascii = NULL;
  const char *start;
  const char *end;
  gboolean negative = FALSE;
  gint64 satang = 0;

  g_return_val_if_fail (out_satang != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text != NULL)
    {
      /* The text as typed without the surrounding spaces, for error messages. */
      start = skip_spaces (text);
      original = g_strndup (start, trim_end (start, start + strlen (start)) - start);
    }

  if (original == NULL || *original == '\0')
    {
      g_set_error_literal (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_EMPTY,
                           _("Type an amount, for example 1,250.50."));
      return FALSE;
    }

  /* Thai digits become ASCII; the string ends where the amount ends. */
  ascii = sajja_thai_digits_to_ascii (original);
  start = ascii;
  end = ascii + strlen (ascii);

  /* "-฿5", "฿-5", "฿ 5", "5 บาท" */
  if (*start == '-')
    {
      negative = TRUE;
      start = skip_spaces (start + 1);
    }
  if (has_prefix_len (start, end, BAHT_SIGN))
    start = skip_spaces (start + strlen (BAHT_SIGN));
  if (!negative && start < end && *start == '-')
    {
      negative = TRUE;
      start = skip_spaces (start + 1);
    }
  if ((size_t) (end - start) >= strlen (BAHT_WORD) &&
      memcmp (end - strlen (BAHT_WORD), BAHT_WORD, strlen (BAHT_WORD)) == 0)
    end = trim_end (start, end - strlen (BAHT_WORD));

  if (!parse_number (original, start, end, &satang, error))
    return FALSE;

  if (negative && !allow_negative)
    {
      g_set_error_literal (error, SAJJA_MONEY_ERROR, SAJJA_MONEY_ERROR_NEGATIVE,
                           _("The amount cannot be negative here. Remove the minus sign."));
      return FALSE;
    }

  *out_satang = negative ? -satang : satang;

  return TRUE;
}

/* ---- Formatting ---------------------------------------------------------------------------- */

/* The magnitude of @value, correct for G_MININT64 too. */
static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
}

/**
 * sajja_money_format:
 * @satang: an amount in satang
 *
 * Formats @satang with two decimals and thousands commas: "1,234.50", "-0.05".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_money_format (gint64 satang)
{
  guint64 mag = magnitude (satang);
  guint64 baht = mag / SAJJA_SATANG_PER_BAHT;
  guint rest = (guint) (mag % SAJJA_SATANG_PER_BAHT);
  char digits[32];
  GString *out;
  int n_digits;
  int i;

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, baht);

  out = g_string_new (NULL);
  if (satang < 0)
    g_string_append_c (out, '-');

  for (i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }

  g_string_append_printf (out, ".%02u", rest);

  return g_string_free (out, FALSE);
}

/**
 * sajja_money_format_baht:
 * @satang: an amount in satang
 *
 * Formats @satang like sajja_money_format() after a baht sign: "฿1,234.50", "-฿5.00".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_money_format_baht (gint64 satang)
{
  g_autofree char *plain = sajja_money_format (satang);

  if (satang < 0)
    return g_strconcat ("-" BAHT_SIGN, plain + 1, NULL);

  return g_strconcat (BAHT_SIGN, plain, NULL);
}

/**
 * sajja_money_format_thai_digits:
 * @satang: an amount in satang
 *
 * Formats @satang like sajja_money_format() with Thai digits: "๑,๒๓๔.๕๐".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_money_format_thai_digits (gint64 satang)
{
  g_autofree char *plain = sajja_money_format (satang);

  return sajja_ascii_digits_to_thai (plain);
}

/* ---- Thai words ---------------------------------------------------------------------------- */

static const char * const thai_digit_words[10] = {
  "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};

/* Places within a group of six digits, from the units up. */
static const char * const thai_place_words[6] = {
  "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน",
};

/* Reads @group (0–999,999; 0 reads as nothing). @higher says whether the whole number has a
 * non-zero digit above this group, which makes a final 1 read "เอ็ด". */
static void
append_thai_group (GString  *out,
                   guint     group,
                   gboolean  higher)
{
  guint digits[6];
  gboolean seen = higher;
  int place;

  for (place = 0; place < 6; place++)
    {
      digits[place] = group % 10;
      group /= 10;
    }

  for (place = 5; place >= 0; place--)
    {
      guint d = digits[place];

      if (d == 0)
        continue;

      if (place == 0)
        g_string_append (out, d == 1 && seen ? "เอ็ด" : thai_digit_words[d]);
      else if (place == 1 && d == 1)
        g_string_append (out, "สิบ");
      else if (place == 1 && d == 2)
        g_string_append (out, "ยี่สิบ");
      else
        {
          g_string_append (out, thai_digit_words[d]);
          g_string_append (out, thai_place_words[place]);
        }

      seen = TRUE;
    }
}

/* Reads @number (> 0) in groups of six digits joined by "ล้าน". */
static void
append_thai_number (GString *out,
                    guint64  number,
                    gboolean higher)
{
  if (number >= 1000000)
    {
      append_thai_number (out, number / 1000000, higher);
      g_string_append (out, "ล้าน");
      append_thai_group (out, (guint) (number % 1000000), TRUE);
    }
  else
    {
      append_thai_group (out, (guint) number, higher);
    }
}

/**
 * sajja_money_to_thai_words:
 * @satang: an amount in satang
 *
 * Spells @satang in Thai words as on a cheque or a receipt, by the Royal Institute's rules:
 * 101 baht is "หนึ่งร้อยเอ็ดบาทถ้วน", 0.75 is "เจ็ดสิบห้าสตางค์", 0 is "ศูนย์บาทถ้วน".
 * Negative amounts start with "ลบ".
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
sajja_money_to_thai_words (gint64 satang)
{
  guint64 mag = magnitude (satang);
  guint64 baht = mag / SAJJA_SATANG_PER_BAHT;
  guint rest = (guint) (mag % SAJJA_SATANG_PER_BAHT);
  GString *out = g_string_new (NULL);

  if (satang < 0)
    g_string_append (out, "ลบ");

  if (baht == 0 && rest == 0)
    {
      g_string_append (out, "ศูนย์บาทถ้วน");
    }
  else
    {
      if (baht > 0)
        {
          append_thai_number (out, baht, FALSE);
          g_string_append (out, "บาท");
        }

      if (rest == 0)
        {
          g_string_append (out, "ถ้วน");
        }
      else
        {
          /* Satang are read as a number of their own: 1.01 is "หนึ่งบาทหนึ่งสตางค์". */
          append_thai_number (out, rest, FALSE);
          g_string_append (out, "สตางค์");
        }
    }

  return g_string_free (out, FALSE);
}

/* ---- Rounding ------------------------------------------------------------------------------ */

/**
 * sajja_money_div_round_down:
 * @numerator: a value in a finer unit
 * @denominator: how many of that unit make a satang; greater than 0
 *
 * Divides and rounds toward negative infinity (ปัดเศษทิ้ง): -1/3 is -1.
 *
 * Returns: the quotient in satang
 */
gint64
sajja_money_div_round_down (gint64 numerator,
                            gint64 denominator)
{
  gint64 quotient;
  gint64 remainder;

  g_return_val_if_fail (denominator > 0, 0);

  quotient = numerator / denominator;
  remainder = numerator % denominator;
  /* A negative remainder needs denominator ≥ 2, so quotient > G_MININT64 here. */
  if (remainder < 0)
    quotient--;

  return quotient;
}

/**
 * sajja_money_div_round_half_up:
 * @numerator: a value in a finer unit
 * @denominator: how many of that unit make a satang; greater than 0
 *
 * Divides and rounds half away from zero: 0.5 satang is 1 satang and -0.5 is -1.
 *
 * Returns: the quotient in satang
 */
gint64
sajja_money_div_round_half_up (gint64 numerator,
                               gint64 denominator)
{
  gint64 quotient;
  gint64 remainder;
  gint64 abs_remainder;

  g_return_val_if_fail (denominator > 0, 0);

  quotient = numerator / denominator;
  remainder = numerator % denominator;
  /* |remainder| < denominator ≤ G_MAXINT64, so negating it is safe. */
  abs_remainder = remainder < 0 ? -remainder : remainder;

  /* abs_remainder * 2 >= denominator, written so that it cannot overflow. A non-zero
   * remainder needs denominator ≥ 2, so |quotient| ≤ G_MAXINT64 / 2 and ±1 is safe. */
  if (abs_remainder != 0 && abs_remainder >= denominator - abs_remainder)
    quotient += numerator < 0 ? -1 : 1;

  return quotient;
}

/**
 * sajja_money_round_cash_25:
 * @satang: an amount in satang
 *
 * Rounds to a multiple of 25 satang as cash is paid: within each 25-satang step a remainder
 * of 13 satang or more rounds up, 12 or less rounds down. Negative amounts mirror positive ones.
 *
 * Returns: the rounded amount in satang
 */
gint64
sajja_money_round_cash_25 (gint64 satang)
{
  guint64 mag = magnitude (satang);
  guint64 rest = mag % 25;
  guint64 rounded = mag - rest;

  /* Near the ends of the gint64 range the remainder is small (G_MAXINT64 % 25 == 7,
   * 2^63 % 25 == 8), so rounding up never leaves the range. */
  if (rest >= 13)
    rounded += 25;

  return satang < 0 ? -(gint64) rounded : (gint64) rounded;
}

static const char * const rounding_names[] = {
  [SAJJA_ROUNDING_DOWN] = "down",
  [SAJJA_ROUNDING_HALF_UP] = "half-up",
  [SAJJA_ROUNDING_CASH_25] = "cash-25",
};

/**
 * sajja_rounding_to_string:
 * @rounding: a rounding rule
 *
 * The name a rounding rule is stored under: "down", "half-up" or "cash-25".
 *
 * Returns: a static string, or %NULL for an unknown rule
 */
const char *
sajja_rounding_to_string (SajjaRounding rounding)
{
  if ((guint) rounding >= G_N_ELEMENTS (rounding_names))
    return NULL;

  return rounding_names[rounding];
}

/**
 * sajja_rounding_from_string:
 * @name: a stored rounding name such as "half-up"
 * @out_rounding: (out): the rounding rule
 *
 * The reverse of sajja_rounding_to_string().
 *
 * Returns: %TRUE if @name is known
 */
gboolean
sajja_rounding_from_string (const char    *name,
                            SajjaRounding *out_rounding)
{
  guint i;

  g_return_val_if_fail (out_rounding != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (rounding_names); i++)
    {
      if (g_strcmp0 (name, rounding_names[i]) == 0)
        {
          *out_rounding = (SajjaRounding) i;
          return TRUE;
        }
    }

  return FALSE;
}
