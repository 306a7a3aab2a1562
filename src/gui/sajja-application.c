/* sajja-application.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-application.h"
#include "sajja-date.h"
#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-i18n.h"
#include "sajja-preferences-window.h"
#include "sajja-settings.h"
#include "sajja-window.h"

struct _SajjaApplication
{
  AdwApplication parent_instance;

  /* Owned references */
  SajjaDb *db;
  char *db_path;
  GError *open_error;
  char *requested_path;
};

G_DEFINE_FINAL_TYPE (SajjaApplication, sajja_application, ADW_TYPE_APPLICATION)

enum {
  DATABASE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SajjaApplication *
sajja_application_new (GApplicationFlags flags)
{
  return g_object_new (SAJJA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/org/sajja/Sajja",
                       NULL);
}

static char *
demo_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sajja", "demo-network.db", NULL);
}

static void
close_database (SajjaApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->db == NULL)
    return;

  if (!sajja_db_close (self->db, TRUE, sajja_settings_get_int (SAJJA_SETTINGS_BACKUPS_KEEP), &error))
    g_warning ("Could not write the automatic backup of %s: %s", self->db_path, error->message);
  g_clear_object (&self->db);
}

gboolean
sajja_application_open_database (SajjaApplication *self,
                                 const char       *path)
{
  g_return_val_if_fail (SAJJA_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  close_database (self);
  g_clear_error (&self->open_error);
  g_free (self->db_path);
  self->db_path = g_strdup (path);

  self->db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &self->open_error);

  g_signal_emit (self, signals[DATABASE_CHANGED], 0);

  return self->db != NULL;
}

gboolean
sajja_application_restore_backup (SajjaApplication  *self,
                                  const char        *backup,
                                  GError           **error)
{
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (SAJJA_IS_APPLICATION (self), FALSE);

  path = g_strdup (self->db_path);

  /* The restore replaces the file: no connection may be open, and no automatic backup of the
   * state being replaced is needed, since the restore keeps one itself. */
  if (self->db != NULL)
    {
      sajja_db_close (self->db, FALSE, 0, NULL);
      g_clear_object (&self->db);
    }

  ok = sajja_db_restore (backup, path, error);
  sajja_application_open_database (self, path);

  return ok;
}

SajjaDb *
sajja_application_get_db (SajjaApplication *self)
{
  g_return_val_if_fail (SAJJA_IS_APPLICATION (self), NULL);

  return self->db;
}

const char *
sajja_application_get_db_path (SajjaApplication *self)
{
  g_return_val_if_fail (SAJJA_IS_APPLICATION (self), NULL);

  return self->db_path;
}

const GError *
sajja_application_get_open_error (SajjaApplication *self)
{
  g_return_val_if_fail (SAJJA_IS_APPLICATION (self), NULL);

  return self->open_error;
}

gboolean
sajja_application_is_demo (SajjaApplication *self)
{
  g_autofree char *demo = demo_path ();

  return g_strcmp0 (self->db_path, demo) == 0;
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(GError) error = NULL;
  SajjaDemoOptions options;

  sajja_demo_options_init (&options);

  /* The thread has its own connection; the demo file is made anew each time. */
  db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  if (db != NULL && sajja_group_count (db) == 0)
    sajja_demo_generate (db, &options, NULL, NULL, cancellable, &error);

  if (db != NULL)
    sajja_db_close (db, FALSE, 0, error == NULL ? &error : NULL);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
demo_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SajjaApplication *self = SAJJA_APPLICATION (object);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (window != NULL)
        sajja_window_show_error (SAJJA_WINDOW (window), _("Could not make the demo network"), error->message);
      return;
    }

  g_autofree char *path = demo_path ();
  sajja_application_open_database (self, path);
}

void
sajja_application_open_demo (SajjaApplication *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SAJJA_IS_APPLICATION (self));

  task = g_task_new (self, NULL, demo_ready_cb, NULL);
  g_task_set_task_data (task, demo_path (), g_free);
  g_task_run_in_thread (task, demo_thread);
}

static SajjaWindow *
new_window (SajjaApplication *self)
{
  return g_object_new (SAJJA_TYPE_WINDOW, "application", self, NULL);
}

void
sajja_application_rebuild_ui (SajjaApplication *self)
{
  g_autolist(GtkWindow) old_windows = NULL;
  g_autofree char *page = NULL;
  SajjaWindow *window;
  gboolean preferences_open = FALSE;

  g_return_if_fail (SAJJA_IS_APPLICATION (self));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      old_windows = g_list_prepend (old_windows, g_object_ref (l->data));
      if (SAJJA_IS_WINDOW (l->data) && page == NULL)
        page = g_strdup (sajja_window_get_page (l->data));
      if (SAJJA_IS_PREFERENCES_WINDOW (l->data))
        preferences_open = TRUE;
    }

  window = new_window (self);
  if (page != NULL)
    sajja_window_set_page (window, page);
  gtk_window_present (GTK_WINDOW (window));

  /* Dialogs first let go of the window they belong to, so no window outlives its parent. */
  for (GList *l = old_windows; l != NULL; l = l->next)
    gtk_window_set_transient_for (l->data, NULL);
  for (GList *l = old_windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);

  if (preferences_open)
    g_action_group_activate_action (G_ACTION_GROUP (self), "preferences", NULL);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  sajja_application_rebuild_ui (SAJJA_APPLICATION (data));

  return G_SOURCE_REMOVE;
}

/* The switch usually comes from a widget of a window the rebuild destroys: rebuild once that
 * widget's signal handler has returned. */
static void
schedule_rebuild (SajjaApplication *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle_cb, g_object_ref (self), g_object_unref);
}

void
sajja_application_set_language (SajjaApplication *self,
                                const char       *language)
{
  g_autofree char *current = sajja_settings_get_string (SAJJA_SETTINGS_LANGUAGE);

  g_return_if_fail (SAJJA_IS_APPLICATION (self));

  if (language == NULL)
    language = "";
  if (g_str_equal (current, language))
    return;

  sajja_settings_set_string (SAJJA_SETTINGS_LANGUAGE, language);
  sajja_i18n_set_language (language);
  schedule_rebuild (self);
}

void
sajja_application_set_era (SajjaApplication *self,
                           const char       *era)
{
  SajjaEra value = g_strcmp0 (era, "ce") == 0 ? SAJJA_ERA_CE : SAJJA_ERA_BE;

  g_return_if_fail (SAJJA_IS_APPLICATION (self));

  if (sajja_date_get_default_era () == value)
    return;

  sajja_settings_set_string (SAJJA_SETTINGS_ERA, value == SAJJA_ERA_CE ? "ce" : "be");
  sajja_date_set_default_era (value);
  /* Every shown date changes: build the views anew, as for a language switch. */
  schedule_rebuild (self);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SajjaApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The Sajja authors"), NULL };

  adw_show_about_window (window,
                         "application-name", _("Sajja"),
                         "application-icon", "org.sajja.Sajja",
                         "version", PACKAGE_VERSION,
                         "comments", _("The books, meetings and network of savings groups for production, "
                                       "kept on the group’s own laptop, with no internet needed."),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: put your names here, one a line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SajjaApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  SajjaPreferencesWindow *prefs;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SAJJA_IS_PREFERENCES_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }

  prefs = sajja_preferences_window_new (self);
  if (window != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (prefs), window);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  sajja_application_open_demo (user_data);
}

static void
open_my_books_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SajjaApplication *self = user_data;
  g_autofree char *path = sajja_db_get_default_path ();

  sajja_settings_set_string (SAJJA_SETTINGS_LAST_DATABASE, "");
  sajja_application_open_database (self, path);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "open-demo", open_demo_action },
  { "open-my-books", open_my_books_action },
};

static gint
sajja_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  SajjaApplication *self = SAJJA_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    self->requested_path = g_strdup (path);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("sajja %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
sajja_application_startup (GApplication *application)
{
  SajjaApplication *self = SAJJA_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *prefs_accels[] = { "<Control>comma", NULL };
  g_autofree char *era = sajja_settings_get_string (SAJJA_SETTINGS_ERA);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (sajja_application_parent_class)->startup (application);

  sajja_date_set_default_era (g_str_equal (era, "ce") ? SAJJA_ERA_CE : SAJJA_ERA_BE);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
}

static void
sajja_application_activate (GApplication *application)
{
  SajjaApplication *self = SAJJA_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->db_path == NULL)
    {
      g_autofree char *path = NULL;

      if (self->requested_path != NULL)
        path = g_strdup (self->requested_path);
      else
        path = sajja_db_get_default_path ();
      sajja_application_open_database (self, path);
    }

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));

  gtk_window_present (window);
}

static void
sajja_application_shutdown (GApplication *application)
{
  SajjaApplication *self = SAJJA_APPLICATION (application);

  close_database (self);

  G_APPLICATION_CLASS (sajja_application_parent_class)->shutdown (application);
}

static void
sajja_application_finalize (GObject *object)
{
  SajjaApplication *self = (SajjaApplication *)object;

  close_database (self);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->requested_path, g_free);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (sajja_application_parent_class)->finalize (object);
}

static void
sajja_application_class_init (SajjaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sajja_application_finalize;

  app_class->handle_local_options = sajja_application_handle_local_options;
  app_class->startup = sajja_application_startup;
  app_class->activate = sajja_application_activate;
  app_class->shutdown = sajja_application_shutdown;

  /**
   * SajjaApplication::database-changed:
   *
   * Emitted when another database was opened (or failed to open).
   */
  signals[DATABASE_CHANGED] =
    g_signal_new ("database-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sajja_application_init (SajjaApplication *self)
{
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open this database file instead of the usual one"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL },
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}
