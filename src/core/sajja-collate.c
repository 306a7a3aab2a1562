/* sajja-collate.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "sajja-collate.h"

static gboolean
is_leading_vowel (gunichar c)
{
  return c >= 0x0E40 && c <= 0x0E44;
}

static gboolean
is_consonant (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E2E;
}

static gboolean
is_secondary (gunichar c)
{
  /* Mai ek, mai tho, mai tri, mai chattawa, thanthakhat, and the mai taikhu. */
  return (c >= 0x0E48 && c <= 0x0E4C) || c == 0x0E47;
}

static void
append_key_char (GString  *key,
                 gunichar  c)
{
  /* Each character becomes a fixed-width hex code so byte order is code-point order. */
  g_string_append_printf (key, "%06X", c);
}

/**
 * sajja_collate_key:
 * @text: a UTF-8 string
 *
 * Returns: (transfer full): a key that sorts by strcmp() in Thai dictionary order.
 */
char *
sajja_collate_key (const char *text)
{
  g_autofree gunichar *chars = NULL;
  g_autoptr(GString) primary = g_string_new (NULL);
  g_autoptr(GString) secondary = g_string_new (NULL);
  glong n = 0;

  if (text == NULL)
    return g_strdup ("");

  chars = g_utf8_to_ucs4_fast (text, -1, &n);

  for (glong i = 0; i < n; i++)
    {
      gunichar c = g_unichar_tolower (chars[i]);

      if (is_leading_vowel (c) && i + 1 < n && is_consonant (chars[i + 1]))
        {
          append_key_char (primary, chars[i + 1]);
          append_key_char (primary, c);
          i++;
          continue;
        }

      if (is_secondary (c))
        {
          append_key_char (secondary, c);
          continue;
        }

      append_key_char (primary, c);
    }

  g_string_append (primary, " ");
  g_string_append (primary, secondary->str);
  g_string_append (primary, " ");
  g_string_append (primary, text);

  return g_string_free (g_steal_pointer (&primary), FALSE);
}

/**
 * sajja_collate_compare:
 *
 * Returns: <0, 0 or >0 as @a sorts before, with or after @b in Thai dictionary order.
 */
int
sajja_collate_compare (const char *a,
                       const char *b)
{
  g_autofree char *ka = sajja_collate_key (a);
  g_autofree char *kb = sajja_collate_key (b);

  return strcmp (ka, kb);
}
