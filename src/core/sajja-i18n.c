/* sajja-i18n.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sajja-i18n.h"
#include "sajja-settings.h"

static char *system_language;
static gboolean system_language_set;
static char *localedir;

static const char *
find_localedir (void)
{
  const char *env = g_getenv ("SAJJA_LOCALEDIR");
  g_autofree char *installed = NULL;

  if (env != NULL && *env != '\0')
    return env;

  installed = g_build_filename (LOCALEDIR, "th", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return LOCALEDIR;

  return BUILD_LOCALEDIR;
}

void
sajja_i18n_init (void)
{
  const char *messages;
  g_autofree char *language = NULL;

  setlocale (LC_ALL, "");
  /* In the C locale gettext ignores LANGUAGE; C.UTF-8 is built into glibc and needs no
   * generated locale, so Thai works on a machine that has only the default locales. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  /* GLib decides once, at its first translation, whether g_dgettext() translates at all; with
   * our domain already set and no catalogue found for the language of that moment (English, or
   * a system language we have no catalogue for) it would decide never to, and a later switch to
   * Thai would show English. Asked now, while the default domain is still "messages", it
   * decides to translate. */
  (void) g_dgettext ("glib20", "");

  system_language_set = g_getenv ("LANGUAGE") != NULL;
  system_language = g_strdup (g_getenv ("LANGUAGE"));

  /* The user's choice in the app wins; without one, a LANGUAGE in the environment is followed;
   * without that, Thai. */
  if (sajja_settings_has_key (SAJJA_SETTINGS_LANGUAGE) || !system_language_set)
    {
      language = sajja_settings_get_string (SAJJA_SETTINGS_LANGUAGE);
      if (*language != '\0')
        g_setenv ("LANGUAGE", language, TRUE);
    }

  g_free (localedir);
  localedir = g_strdup (find_localedir ());
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
sajja_i18n_set_language (const char *language)
{
  if (language == NULL || *language == '\0')
    {
      if (system_language_set)
        g_setenv ("LANGUAGE", system_language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
    }
  else
    {
      g_setenv ("LANGUAGE", language, TRUE);
    }

  /* textdomain() bumps gettext's catalogue counter, so cached translations are dropped. */
  textdomain (GETTEXT_PACKAGE);
}

const char *
sajja_i18n_get_language (void)
{
  const char * const *names = g_get_language_names ();

  /* g_get_language_names() caches on the environment's value, so it follows LANGUAGE. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "th"))
        return "th";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }

  return "en";
}

const char *
sajja_i18n_get_localedir (void)
{
  return localedir != NULL ? localedir : find_localedir ();
}
