/* sajja-settings.h: the user's preferences, kept in a key file in the user's config folder.
 *
 * A key file rather than GSettings, so that an uninstalled build and a Windows build need no
 * compiled schema.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SAJJA_SETTINGS_LANGUAGE     "language"      /* "th" (the default), "en", or "" for the system's */
#define SAJJA_SETTINGS_ERA          "era"           /* "be" or "ce" */
#define SAJJA_SETTINGS_BACKUPS_KEEP "backups-keep"  /* how many automatic backups to keep */
#define SAJJA_SETTINGS_LAST_DATABASE "last-database"

char     *sajja_settings_get_string  (const char *key) G_GNUC_WARN_UNUSED_RESULT;
int       sajja_settings_get_int     (const char *key);
void      sajja_settings_set_string  (const char *key,
                                      const char *value);
void      sajja_settings_set_int     (const char *key,
                                      int         value);
/* Whether the user chose a value for @key (rather than leaving the default). */
gboolean  sajja_settings_has_key     (const char *key);
/* The file the settings live in: $XDG_CONFIG_HOME/sajja/settings.ini. */
char     *sajja_settings_get_path    (void) G_GNUC_WARN_UNUSED_RESULT;
/* Forgets what was loaded, so the next call reads the file again (for tests). */
void      sajja_settings_reset       (void);

G_END_DECLS
