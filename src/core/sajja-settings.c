/* sajja-settings.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "sajja-settings.h"

#define GROUP "Sajja"

static GKeyFile *keyfile;
G_LOCK_DEFINE_STATIC (keyfile);

static const struct
{
  const char *key;
  const char *value;
} defaults[] = {
  { SAJJA_SETTINGS_LANGUAGE, "th" },  /* Thai first */
  { SAJJA_SETTINGS_ERA, "be" },
  { SAJJA_SETTINGS_BACKUPS_KEEP, "10" },
  { SAJJA_SETTINGS_LAST_DATABASE, "" },
};

char *
sajja_settings_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "sajja", "settings.ini", NULL);
}

static GKeyFile *
ensure_loaded (void)
{
  if (keyfile == NULL)
    {
      g_autofree char *path = sajja_settings_get_path ();

      keyfile = g_key_file_new ();
      /* A missing or unreadable file means the defaults. */
      g_key_file_load_from_file (keyfile, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
    }

  return keyfile;
}

static const char *
default_for (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (g_str_equal (defaults[i].key, key))
      return defaults[i].value;

  g_critical ("Unknown setting %s", key);
  return "";
}

static void
save (void)
{
  g_autofree char *path = sajja_settings_get_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  if (!g_key_file_save_to_file (keyfile, path, &error))
    g_warning ("Could not save settings to %s: %s", path, error->message);
}

/**
 * sajja_settings_get_string:
 * @key: a SAJJA_SETTINGS_ key
 *
 * Returns: (transfer full): the value, or its default.
 */
char *
sajja_settings_get_string (const char *key)
{
  char *value;

  G_LOCK (keyfile);
  value = g_key_file_get_string (ensure_loaded (), GROUP, key, NULL);
  G_UNLOCK (keyfile);

  return value != NULL ? value : g_strdup (default_for (key));
}

/**
 * sajja_settings_get_int:
 * @key: a SAJJA_SETTINGS_ key
 *
 * Returns: the value as a number, or its default when unset or not a number.
 */
int
sajja_settings_get_int (const char *key)
{
  g_autofree char *value = sajja_settings_get_string (key);
  gint64 n;

  if (!g_ascii_string_to_signed (value, 10, G_MININT, G_MAXINT, &n, NULL)
      && !g_ascii_string_to_signed (default_for (key), 10, G_MININT, G_MAXINT, &n, NULL))
    return 0;

  return (int) n;
}

gboolean
sajja_settings_has_key (const char *key)
{
  gboolean has;

  G_LOCK (keyfile);
  has = g_key_file_has_key (ensure_loaded (), GROUP, key, NULL);
  G_UNLOCK (keyfile);

  return has;
}

void
sajja_settings_set_string (const char *key,
                           const char *value)
{
  g_return_if_fail (key != NULL);

  G_LOCK (keyfile);
  g_key_file_set_string (ensure_loaded (), GROUP, key, value != NULL ? value : "");
  save ();
  G_UNLOCK (keyfile);
}

void
sajja_settings_set_int (const char *key,
                        int         value)
{
  g_autofree char *text = g_strdup_printf ("%d", value);

  sajja_settings_set_string (key, text);
}

void
sajja_settings_reset (void)
{
  G_LOCK (keyfile);
  g_clear_pointer (&keyfile, g_key_file_unref);
  G_UNLOCK (keyfile);
}
