/* sajja-backups-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-application.h"
#include "sajja-backups-page.h"
#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-settings.h"

struct _SajjaBackupsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkButton *backup_now_button;
  AdwPreferencesGroup *list_group;

  /* Owned references */
  char *db_path;
  GPtrArray *rows;
};

G_DEFINE_FINAL_TYPE (SajjaBackupsPage, sajja_backups_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static SajjaApplication *
get_app (SajjaBackupsPage *self)
{
  return SAJJA_APPLICATION (g_application_get_default ());
}

static void
toast (SajjaBackupsPage *self,
       const char       *message)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, adw_toast_new (message));
}

/* "20261121-101500-00.backup" → "21 พ.ย. 2569 10:15:00". */
static char *
describe_backup (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  int y, mo, d, h, mi, s;
  GDate date;
  g_autofree char *day = NULL;

  if (sscanf (name, "%4d%2d%2d-%2d%2d%2d", &y, &mo, &d, &h, &mi, &s) != 6
      || !g_date_valid_dmy (d, mo, y))
    return g_strdup (name);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, mo, y);
  day = sajja_date_format (&date, SAJJA_DATE_STYLE_MEDIUM);

  /* Translators: a backup's time: %s is the date, then hours, minutes and seconds. */
  return g_strdup_printf (_("%s, %02d:%02d:%02d"), day, h, mi, s);
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  SajjaBackupsPage *self = SAJJA_BACKUPS_PAGE (user_data);
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  if (!g_str_equal (response, "restore"))
    return;

  /* The page may be rebuilt when the database reopens: keep hold of the window first. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  g_object_ref (self);

  if (!sajja_application_restore_backup (get_app (self), backup, &error))
    {
      GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (root), _("The Backup Could Not Be Restored"),
                                                 error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
    }
  else
    {
      toast (self, _("Backup restored"));
    }

  sajja_backups_page_refresh (self);
  g_object_unref (self);
}

static void
restore_clicked_cb (GtkButton        *button,
                    SajjaBackupsPage *self)
{
  const char *backup = g_object_get_data (G_OBJECT (button), "backup");
  g_autofree char *when = describe_backup (backup);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is when the backup was made. */
                                  _("The books will be replaced by the copy from %s. The books as they are "
                                    "now are kept as a backup first."),
                                  when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_strdup (backup), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sajja_backups_page_refresh (SajjaBackupsPage *self)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_if_fail (SAJJA_IS_BACKUPS_PAGE (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->list_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_now_button),
                            sajja_application_get_db (get_app (self)) != NULL);

  if (self->db_path == NULL)
    return;

  backups = sajja_db_list_backups (self->db_path);

  if (backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The first is written when Sajja closes after a change."));
      adw_preferences_group_add (self->list_group, row);
      g_ptr_array_add (self->rows, row);
      return;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autofree char *title = describe_backup (path);
      g_autofree char *basename = g_path_get_basename (path);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), basename);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "backup", g_strdup (path), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (restore_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->list_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

guint
sajja_backups_page_get_n_backups (SajjaBackupsPage *self)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (SAJJA_IS_BACKUPS_PAGE (self), 0);

  if (self->db_path == NULL)
    return 0;
  backups = sajja_db_list_backups (self->db_path);

  return backups->len;
}

void
sajja_backups_page_set_db_path (SajjaBackupsPage *self,
                                const char       *path)
{
  g_return_if_fail (SAJJA_IS_BACKUPS_PAGE (self));

  g_free (self->db_path);
  self->db_path = g_strdup (path);
  sajja_backups_page_refresh (self);
}

static void
backup_now_clicked_cb (SajjaBackupsPage *self)
{
  SajjaDb *db = sajja_application_get_db (get_app (self));
  g_autoptr(GError) error = NULL;

  if (db == NULL)
    return;

  if (!sajja_db_rotate_backup (db, sajja_settings_get_int (SAJJA_SETTINGS_BACKUPS_KEEP), NULL, &error))
    toast (self, error->message);
  else
    toast (self, _("Backup written"));

  sajja_backups_page_refresh (self);
}

static void
sajja_backups_page_finalize (GObject *object)
{
  SajjaBackupsPage *self = (SajjaBackupsPage *)object;

  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_backups_page_parent_class)->finalize (object);
}

static void
sajja_backups_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SAJJA_TYPE_BACKUPS_PAGE);

  G_OBJECT_CLASS (sajja_backups_page_parent_class)->dispose (object);
}

static void
sajja_backups_page_class_init (SajjaBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_backups_page_dispose;
  object_class->finalize = sajja_backups_page_finalize;

  /**
   * SajjaBackupsPage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaBackupsPage, backup_now_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaBackupsPage, list_group);
  gtk_widget_class_bind_template_callback (widget_class, backup_now_clicked_cb);
}

static void
sajja_backups_page_init (SajjaBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}
