/* sajja-members-page-io.c: the members page's roster import and export, and its printing.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-date.h"
#include "sajja-member-io.h"
#include "sajja-members-page-private.h"
#include "sajja-print-members.h"
#include "sajja-print.h"
#include "sajja-thai-id.h"

/* ---- printing --------------------------------------------------------------------------- */

/* The print dialog for @doc, or a toast saying why not. */
static void
print_document (SajjaMembersPage  *self,
                SajjaPageDocument *doc)
{
  g_autoptr(GError) error = NULL;

  if (!sajja_print_run (GTK_WIDGET (self), doc, &error))
    _sajja_members_page_toast (self, error->message);
}

void
_sajja_members_page_print_register (SajjaMembersPage *self)
{
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  SajjaDb *db = _sajja_members_page_get_db (self);

  if (db == NULL || sajja_members_page_get_group (self) == 0)
    return;

  doc = sajja_print_member_register (db, sajja_members_page_get_group (self), &error);
  if (doc == NULL)
    {
      _sajja_members_page_toast (self, error->message);
      return;
    }

  print_document (self, doc);
}

void
_sajja_members_page_print_application (SajjaMembersPage *self,
                                       SajjaMember      *member)
{
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  SajjaDb *db = _sajja_members_page_get_db (self);

  if (db == NULL)
    return;

  doc = sajja_print_member_application (db, sajja_member_get_id (member), &error);
  if (doc == NULL)
    {
      _sajja_members_page_toast (self, error->message);
      return;
    }

  print_document (self, doc);
}

/* ---- export ----------------------------------------------------------------------------- */

static void
export_response_cb (GtkNativeDialog  *dialog,
                    int               response,
                    SajjaMembersPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);

      if (!sajja_roster_export (_sajja_members_page_get_db (self), sajja_members_page_get_group (self), path,
                                &error))
        _sajja_members_page_toast (self, error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          /* Translators: %s is a file name. */
          g_autofree char *message = g_strdup_printf (_("Roster saved to %s"), name);

          _sajja_members_page_toast (self, message);
        }
    }

  g_object_unref (dialog);
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");

  return filter;
}

void
_sajja_members_page_export (SajjaMembersPage *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = csv_filter ();

  if (_sajja_members_page_get_db (self) == NULL || sajja_members_page_get_group (self) == 0)
    return;

  dialog = gtk_file_chooser_native_new (_("Export the Roster"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("roster.csv"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- import ----------------------------------------------------------------------------- */

typedef struct
{
  char *db_path;
  gint64 group_id;
  char *csv_path;
  SajjaDb *db;                 /* the worker's own connection */
  SajjaRosterImport *import;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_pointer (&job->import, sajja_roster_import_free);
  g_clear_object (&job->db);
  g_free (job->db_path);
  g_free (job->csv_path);
  g_free (job);
}

/* Reading and checking thousands of rows runs off the main thread, on its own connection. */
static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  job->db = sajja_db_open (job->db_path, SAJJA_DB_OPEN_SKIP_CHECK, &error);
  if (job->db != NULL)
    job->import = sajja_roster_import_prepare (job->db, job->group_id, job->csv_path, SAJJA_CSV_ENCODING_AUTO,
                                               &error);

  if (job->import == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
commit_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (sajja_roster_import_commit (job->import, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
commit_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SajjaMembersPage *self = SAJJA_MEMBERS_PAGE (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _sajja_members_page_toast (self, error->message);
      return;
    }

  {
    guint n = sajja_roster_import_get_n_rows (job->import);
    /* Translators: %u is a count of members. */
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u member",
                                                             "Imported %u members", n), n);

    _sajja_members_page_refresh (self);
    _sajja_members_page_toast (self, message);
  }
}

static void
preview_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SajjaMembersPage *self)
{
  g_autoptr(GTask) task = NULL;

  if (!g_str_equal (response, "import"))
    return;

  task = g_task_new (self, NULL, commit_ready_cb, NULL);
  g_task_set_task_data (task, g_object_steal_data (G_OBJECT (dialog), "job"), (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, commit_thread);
}

static GtkWidget *
preview_list (ImportJob *job)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  guint n_problems = sajja_roster_import_get_n_problems (job->import);
  guint shown = 0;

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);

  if (n_problems > 0)
    for (guint i = 0; i < n_problems && shown < 500; i++, shown++)
      {
        const SajjaRosterProblem *p = sajja_roster_import_get_problem (job->import, i);
        GtkWidget *row = adw_action_row_new ();
        g_autofree char *title = p->column_name != NULL
                                   /* Translators: where a problem is in the file: a line number and a column. */
                                   ? g_strdup_printf (_("Line %u, column “%s”"), p->line, p->column_name)
                                   /* Translators: where a problem is in the file: a line number. */
                                   : g_strdup_printf (_("Line %u"), p->line);

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), p->message);
        gtk_widget_add_css_class (row, "error");
        gtk_list_box_append (GTK_LIST_BOX (list), row);
      }
  else
    for (guint i = 0; i < sajja_roster_import_get_n_rows (job->import) && shown < 500; i++, shown++)
      {
        SajjaMember *m = sajja_roster_import_get_member (job->import, i);
        g_autofree char *name = sajja_member_dup_full_name (m);
        g_autofree char *joined = sajja_date_format_iso (sajja_member_get_join_date (m), SAJJA_DATE_STYLE_MEDIUM);
        const char *id = sajja_member_get_national_id (m);
        g_autofree char *id_shown = id != NULL ? sajja_thai_id_format (id) : NULL;
        /* Translators: a member in the import preview: ID number and joining date. */
        g_autofree char *subtitle = g_strdup_printf (_("ID %s · joined %s"), id_shown != NULL ? id_shown : "–",
                                                     joined != NULL ? joined : "–");
        GtkWidget *row = adw_action_row_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        gtk_list_box_append (GTK_LIST_BOX (list), row);
      }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);

  return scrolled;
}

static void
prepare_ready_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  SajjaMembersPage *self = SAJJA_MEMBERS_PAGE (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *file_name = NULL;
  GtkWidget *dialog;
  guint n_rows, n_bad;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 _("The Roster Could Not Be Read"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
      import_job_free (job);
      return;
    }

  n_rows = sajja_roster_import_get_n_rows (job->import);
  n_bad = sajja_roster_import_get_n_bad_rows (job->import);
  file_name = g_path_get_basename (job->csv_path);

  if (n_bad > 0)
    {
      heading = g_strdup (_("The Roster Has Mistakes"));
      /* Translators: the first %u counts rows with mistakes, the second all rows, %s is a file. */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of the %u rows in %s has a mistake. Nothing was added: correct "
                                           "the file and import it again.",
                                           "%u of the %u rows in %s have mistakes. Nothing was added: correct "
                                           "the file and import it again.", n_bad),
                              n_bad, n_rows, file_name);
    }
  else
    {
      heading = g_strdup (_("Import the Roster?"));
      /* Translators: %u is a count of members, %s a file name. */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member read from %s, all correct.",
                                           "%u members read from %s, all correct.", n_rows),
                              n_rows, file_name);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), preview_list (job));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  if (n_bad > 0)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  else
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Member",
                                                             "_Import %u Members", n_rows), n_rows);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "import", label, NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
    }

  /* The job (with its connection) lives as long as the dialog, for the commit. */
  g_object_set_data_full (G_OBJECT (dialog), "job", job, (GDestroyNotify) import_job_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (preview_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_sajja_members_page_import_file (SajjaMembersPage *self,
                                 const char       *csv_path)
{
  SajjaDb *db = _sajja_members_page_get_db (self);
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  if (db == NULL || sajja_members_page_get_group (self) == 0)
    return;

  job = g_new0 (ImportJob, 1);
  job->db_path = g_strdup (sajja_db_get_path (db));
  job->group_id = sajja_members_page_get_group (self);
  job->csv_path = g_strdup (csv_path);

  /* The job goes to the preview dialog when the task is done (or is freed on failure). */
  task = g_task_new (self, NULL, prepare_ready_cb, NULL);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, prepare_thread);
}

static void
import_response_cb (GtkNativeDialog  *dialog,
                    int               response,
                    SajjaMembersPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      _sajja_members_page_import_file (self, path);
    }

  g_object_unref (dialog);
}

void
_sajja_members_page_import (SajjaMembersPage *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = csv_filter ();

  if (_sajja_members_page_get_db (self) == NULL || sajja_members_page_get_group (self) == 0)
    return;

  dialog = gtk_file_chooser_native_new (_("Import a Roster"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
