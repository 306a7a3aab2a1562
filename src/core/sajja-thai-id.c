/* sajja-thai-id.c: the 13-digit Thai national ID number (เลขประจำตัวประชาชน). */
#include <glib/gi18n-lib.h>

#include "sajja-thai-id.h"

#include <string.h>

G_DEFINE_QUARK (sajja-thai-id-error-quark, sajja_thai_id_error)

#define THAI_ID_LENGTH 13
#define THAI_DIGIT_ZERO 0x0E50  /* ๐ */

static gboolean
is_separator (gunichar c)
{
  /* Spaces of any kind, the ASCII hyphen-minus and the Unicode dashes people paste. */
  return g_unichar_isspace (c) || c == '-' ||
         c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212;
}

/* Whether @text starts with @n ASCII digits. */
static gboolean
starts_with_digits (const char *text,
                    size_t      n)
{
  size_t i;

  for (i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return TRUE;
}

/**
 * sajja_thai_id_check_digit:
 * @first12: the first 12 digits of an ID number, in ASCII; anything after them, such as
 *   the 13th digit, is ignored
 *
 * Computes the check digit: (11 − (Σ d[i]·(13 − i)) mod 11) mod 10.
 *
 * Returns: the check digit 0–9, or -1 if @first12 does not start with 12 ASCII digits
 */
int
sajja_thai_id_check_digit (const char *first12)
{
  int sum = 0;
  int i;

  g_return_val_if_fail (first12 != NULL, -1);
  g_return_val_if_fail (starts_with_digits (first12, THAI_ID_LENGTH - 1), -1);

  for (i = 0; i < THAI_ID_LENGTH - 1; i++)
    sum += (first12[i] - '0') * (13 - i);

  return (11 - sum % 11) % 10;
}

/**
 * sajja_thai_id_normalize:
 * @text: an ID number as typed: "1-2345-67890-12-1", "1 2345 67890 12 1", Thai digits too
 * @error: return location for a #GError in %SAJJA_THAI_ID_ERROR
 *
 * Removes spaces and dashes, turns Thai digits into ASCII ones, and checks the length,
 * the first digit and the check digit.
 *
 * Returns: (transfer full) (nullable): the 13 ASCII digits, or %NULL with @error set
 */
char *
sajja_thai_id_normalize (const char  *text,
                         GError     **error)
{
  g_autoptr(GString) digits = NULL;
  const char *p;
  gboolean blank = TRUE;
  gboolean bad_character = FALSE;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  digits = g_string_sized_new (THAI_ID_LENGTH);

  for (p = text; !bad_character && p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          bad_character = TRUE;
        }
      else if (!is_separator (c))
        {
          blank = FALSE;
          if (c >= '0' && c <= '9')
            g_string_append_c (digits, (char) c);
          else if (c >= THAI_DIGIT_ZERO && c <= THAI_DIGIT_ZERO + 9)
            g_string_append_c (digits, (char) ('0' + (c - THAI_DIGIT_ZERO)));
          else
            bad_character = TRUE;
        }
    }

  if (blank && !bad_character)
    {
      g_set_error_literal (error, SAJJA_THAI_ID_ERROR, SAJJA_THAI_ID_ERROR_EMPTY,
                           _("Type the 13-digit national ID number from the ID card."));
      return NULL;
    }

  if (bad_character)
    {
      g_set_error_literal (error, SAJJA_THAI_ID_ERROR, SAJJA_THAI_ID_ERROR_CHARACTERS,
                           _("A national ID number has only digits, with spaces or dashes "
                             "between the groups if you like. Remove the other characters."));
      return NULL;
    }

  if (digits->len != THAI_ID_LENGTH)
    {
      g_set_error (error, SAJJA_THAI_ID_ERROR, SAJJA_THAI_ID_ERROR_LENGTH,
                   /* Translators: %u is how many digits the user typed. */
                   _("A national ID number has 13 digits, but this one has %u. Check the "
                     "number on the ID card."),
                   (guint) digits->len);
      return NULL;
    }

  if (digits->str[0] == '0' || digits->str[0] == '9')
    {
      g_set_error (error, SAJJA_THAI_ID_ERROR, SAJJA_THAI_ID_ERROR_FIRST_DIGIT,
                   /* Translators: %c is the first digit the user typed, 0 or 9. */
                   _("No national ID number starts with %c. Check the first digit on the "
                     "ID card."),
                   digits->str[0]);
      return NULL;
    }

  if (sajja_thai_id_check_digit (digits->str) != digits->str[THAI_ID_LENGTH - 1] - '0')
    {
      g_set_error_literal (error, SAJJA_THAI_ID_ERROR, SAJJA_THAI_ID_ERROR_CHECK_DIGIT,
                           /* Translators: the last digit of the ID number is computed from
                            * the other twelve, so a typing mistake is usually caught. */
                           _("This national ID number is not valid: its last digit does not "
                             "match the others. Check each digit against the ID card."));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/**
 * sajja_thai_id_format:
 * @digits13: 13 ASCII digits
 *
 * Writes an ID number in its usual groups: "1-2345-67890-12-1".
 *
 * Returns: (transfer full): a newly allocated string, or %NULL if @digits13 is not
 *   13 ASCII digits
 */
char *
sajja_thai_id_format (const char *digits13)
{
  g_return_val_if_fail (digits13 != NULL, NULL);
  g_return_val_if_fail (starts_with_digits (digits13, THAI_ID_LENGTH) &&
                        digits13[THAI_ID_LENGTH] == '\0', NULL);

  return g_strdup_printf ("%.1s-%.4s-%.5s-%.2s-%.1s",
                          digits13, digits13 + 1, digits13 + 5, digits13 + 10, digits13 + 12);
}
