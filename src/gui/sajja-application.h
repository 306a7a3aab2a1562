/* sajja-application.h */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_APPLICATION (sajja_application_get_type ())

G_DECLARE_FINAL_TYPE (SajjaApplication, sajja_application, SAJJA, APPLICATION, AdwApplication)

SajjaApplication *sajja_application_new            (GApplicationFlags  flags) G_GNUC_WARN_UNUSED_RESULT;

/* The open database, or NULL when it could not be opened (see get_open_error). */
SajjaDb          *sajja_application_get_db         (SajjaApplication  *self);
const char       *sajja_application_get_db_path    (SajjaApplication  *self);
const GError     *sajja_application_get_open_error (SajjaApplication  *self);
gboolean          sajja_application_is_demo        (SajjaApplication  *self);

/* Closes the current database (with its automatic backup) and opens @path instead.
 * Emits "database-changed". Returns FALSE when @path could not be opened. */
gboolean          sajja_application_open_database  (SajjaApplication  *self,
                                                    const char        *path);
/* Replaces the open database with @backup and opens it again. */
gboolean          sajja_application_restore_backup (SajjaApplication  *self,
                                                    const char        *backup,
                                                    GError           **error);
/* Makes the demo network in its own file (off the main thread) and opens it. */
void              sajja_application_open_demo      (SajjaApplication  *self);

/* "th", "en" or "" (the system's). Switches at once: the windows are built anew. */
void              sajja_application_set_language   (SajjaApplication  *self,
                                                    const char        *language);
/* "be" or "ce". */
void              sajja_application_set_era        (SajjaApplication  *self,
                                                    const char        *era);
/* Builds the main window anew in the current language, keeping the page shown. */
void              sajja_application_rebuild_ui     (SajjaApplication  *self);

G_END_DECLS
