/* test-gui.c: the real windows, driven under Xvfb.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sajja-application.h"
#include "sajja-backups-page.h"
#include "sajja-bank-page.h"
#include "sajja-db.h"
#include "sajja-group-editor.h"
#include "sajja-group.h"
#include "sajja-group-committee.h"
#include "sajja-group-rules.h"
#include "sajja-groups-page.h"
#include "sajja-bylaw.h"
#include "sajja-committee.h"
#include "sajja-i18n.h"
#include "sajja-ledger.h"
#include "sajja-member-editor.h"
#include "sajja-member.h"
#include "sajja-members-page.h"
#include "sajja-members-page-private.h"
#include "sajja-money.h"
#include "sajja-preferences-window.h"
#include "sajja-savings-day.h"
#include "sajja-savings-page.h"
#include "sajja-settings.h"
#include "sajja-ledger.h"
#include "sajja-welfare-page.h"
#include "sajja-loans-page.h"
#include "sajja-loan.h"
#include "sajja-member-editor.h"
#include "sajja-welfare.h"
#include "sajja-member-entries.h"
#include "sajja-print.h"
#include "sajja-print-loans.h"
#include "sajja-print-savings.h"
#include "sajja-test-pdf.h"
#include "sajja-window.h"

static SajjaApplication *app;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

typedef gboolean (*Condition) (gpointer data);

static gboolean
wait_until (Condition condition,
            gpointer  data,
            guint     timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (condition (data))
        return TRUE;
      spin (20);
    }

  return condition (data);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int w, h;

  spin (300);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  g_assert_cmpint (w, >, 0);
  g_assert_cmpint (h, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Scrolls the scrolled window around @widget until @widget's top is near the top of the view,
 * with what comes just before it in sight. */
static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top;

  g_assert_nonnull (scrolled);
  spin (300);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, top.y - 200);
}

static SajjaWindow *
main_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SAJJA_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static SajjaWindow *
new_main_window (void)
{
  SajjaWindow *window = main_window ();

  if (window == NULL)
    {
      window = g_object_new (SAJJA_TYPE_WINDOW, "application", app, NULL);
      gtk_window_present (GTK_WINDOW (window));
    }
  spin (200);

  return window;
}

static void
close_all_windows (void)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  spin (100);
}

static gboolean
print_dialog_shown (gpointer data)
{
  GtkWindow **found = data;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  for (guint i = 0; type != 0 && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *found = window;
          return TRUE;
        }
    }

  return FALSE;
}

/* The print dialog a print action opened, or NULL after a few seconds. */
static GtkWindow *
wait_for_print_dialog (void)
{
  GtkWindow *found = NULL;

  wait_until (print_dialog_shown, &found, 5000);

  return found;
}

static char *
fresh_db_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "gui-tests", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_mkdir_with_parents (dir, 0700);
  g_unlink (path);

  return path;
}

/* Finds the first descendant of @widget of @type whose label or title is @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0
      && gtk_widget_is_drawable (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_thai (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E01 && c <= 0x0E5B)
        return TRUE;
    }

  return FALSE;
}

static void
set_language (const char *language)
{
  sajja_settings_set_string (SAJJA_SETTINGS_LANGUAGE, language);
  sajja_i18n_set_language (language);
}

static void
test_welcome_thai (void)
{
  g_autofree char *path = fresh_db_path ("welcome.db");
  SajjaWindow *window;
  const char *welcome;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  window = new_main_window ();

  g_assert_cmpstr (sajja_window_get_page (window), ==, "welcome");
  welcome = _("Welcome to Sajja");
  g_assert_true (has_thai (welcome));
  g_assert_nonnull (find_label (GTK_WIDGET (window), welcome));
  g_assert_true (has_thai (gtk_window_get_title (GTK_WINDOW (window))));

  screenshot (GTK_WIDGET (window), "welcome-th");
  close_all_windows ();
}

static void
test_welcome_english (void)
{
  g_autofree char *path = fresh_db_path ("welcome-en.db");
  SajjaWindow *window;

  set_language ("en");
  g_assert_true (sajja_application_open_database (app, path));
  window = new_main_window ();

  g_assert_nonnull (find_label (GTK_WIDGET (window), "Welcome to Sajja"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sajja");

  screenshot (GTK_WIDGET (window), "welcome-en");
  close_all_windows ();
  set_language ("th");
}

static SajjaPreferencesWindow *
find_preferences (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SAJJA_IS_PREFERENCES_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
preferences_open (gpointer data)
{
  return find_preferences () != NULL;
}

static void
test_switch_language (void)
{
  g_autofree char *path = fresh_db_path ("switch.db");
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *settings_path = NULL;
  g_autofree char *saved = NULL;
  SajjaPreferencesWindow *prefs;
  SajjaWindow *window;
  SajjaWindow *old_window;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  old_window = new_main_window ();
  g_assert_true (has_thai (gtk_window_get_title (GTK_WINDOW (old_window))));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (wait_until (preferences_open, NULL, 2000));
  prefs = find_preferences ();
  screenshot (GTK_WIDGET (prefs), "preferences-th");

  /* Choosing English rebuilds the windows at once, in English. */
  adw_combo_row_set_selected (sajja_preferences_window_get_language_row (prefs), 2);
  spin (300);

  window = main_window ();
  g_assert_nonnull (window);
  g_assert_true (window != old_window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Sajja");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Welcome to Sajja"));
  g_assert_cmpstr (sajja_i18n_get_language (), ==, "en");

  /* The choice is remembered in the settings file. */
  settings_path = sajja_settings_get_path ();
  g_assert_true (g_key_file_load_from_file (keyfile, settings_path, 0, NULL));
  saved = g_key_file_get_string (keyfile, "Sajja", "language", NULL);
  g_assert_cmpstr (saved, ==, "en");

  /* The preferences came back too, and switching back to Thai works the same way. */
  g_assert_true (wait_until (preferences_open, NULL, 2000));
  prefs = find_preferences ();
  adw_combo_row_set_selected (sajja_preferences_window_get_language_row (prefs), 1);
  spin (300);
  window = main_window ();
  g_assert_true (has_thai (gtk_window_get_title (GTK_WINDOW (window))));
  g_assert_cmpstr (sajja_i18n_get_language (), ==, "th");

  close_all_windows ();
}

static gboolean
db_has_groups (gpointer data)
{
  SajjaDb *db = sajja_application_get_db (app);

  return sajja_application_is_demo (app) && db != NULL && sajja_group_count (db) > 0;
}

static SajjaGroupsPage *
find_groups_page (GtkWidget *widget)
{
  if (SAJJA_IS_GROUPS_PAGE (widget))
    return SAJJA_GROUPS_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SajjaGroupsPage *found = find_groups_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static SajjaMembersPage *find_members_page (GtkWidget *widget);

static GtkWidget *find_type (GtkWidget *widget, GType type);

static void
test_demo_network (void)
{
  g_autofree char *path = fresh_db_path ("before-demo.db");
  SajjaGroupsPage *page;
  SajjaWindow *window;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  window = new_main_window ();
  g_assert_cmpstr (sajja_window_get_page (window), ==, "welcome");

  /* The welcome page's button: the demo is made off the main thread, then opened. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_true (wait_until (db_has_groups, NULL, 10000));
  spin (200);

  g_assert_cmpstr (sajja_window_get_page (window), ==, "groups");
  page = find_groups_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_assert_cmpuint (g_list_model_get_n_items (sajja_groups_page_get_model (page)), ==, 8);

  screenshot (GTK_WIDGET (window), "groups-th");

  /* The demo's members, with one of them open in the form. */
  sajja_window_set_page (window, "members");
  {
    SajjaMembersPage *members = find_members_page (GTK_WIDGET (window));

    g_assert_cmpuint (g_list_model_get_n_items (sajja_members_page_get_model (members)), >, 20);
    screenshot (GTK_WIDGET (window), "members-demo-th");
    sajja_members_page_edit_member (members, 2);
    screenshot (GTK_WIDGET (window), "member-editor-demo-th");
  }

  /* The demo's loans: the portfolio with loans in arrears, on the demo's last day too. */
  sajja_window_set_page (window, "loans");
  {
    SajjaLoansPage *loans = SAJJA_LOANS_PAGE (find_type (GTK_WIDGET (window), SAJJA_TYPE_LOANS_PAGE));

    g_assert_nonnull (loans);
    g_assert_cmpuint (sajja_loans_page_get_n_loans (loans), >, 5);
    screenshot (GTK_WIDGET (window), "loans-demo-th");
    gtk_editable_set_text (sajja_loans_page_get_day_field (loans), "30/06/2569");
    sajja_loans_page_reload (loans);
    g_assert_null (sajja_loans_page_get_day_error (loans));
    g_assert_nonnull (strstr (sajja_loans_page_get_portfolio (loans), "%"));
    screenshot (GTK_WIDGET (window), "loans-demo-june-th");
  }

  /* And a group with its rules and committee. */
  sajja_window_set_page (window, "groups");
  sajja_groups_page_edit_group (page, 0);
  screenshot (GTK_WIDGET (window), "group-editor-demo-th");
  close_all_windows ();
}

static void
type_into (SajjaGroupEditor *editor,
           SajjaGroupField   field,
           const char       *text)
{
  gtk_editable_set_text (sajja_group_editor_get_field (editor, field), text);
}

static void
test_group_form_invalid (void)
{
  g_autofree char *path = fresh_db_path ("form.db");
  SajjaGroupEditor *editor;
  SajjaGroupsPage *page;
  SajjaWindow *window;
  SajjaDb *db;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();

  /* Ctrl+N from the welcome page opens the form. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  spin (300);
  g_assert_cmpstr (sajja_window_get_page (window), ==, "groups");
  page = find_groups_page (GTK_WIDGET (window));
  g_assert_true (sajja_groups_page_is_editing (page));
  editor = sajja_groups_page_get_editor (page);

  type_into (editor, SAJJA_GROUP_FIELD_NAME, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ");
  type_into (editor, SAJJA_GROUP_FIELD_MOO, "๑๐๐");
  type_into (editor, SAJJA_GROUP_FIELD_TAMBON, "ท่าข้าม");
  type_into (editor, SAJJA_GROUP_FIELD_AMPHOE, "หาดใหญ่");
  type_into (editor, SAJJA_GROUP_FIELD_CHANGWAT, "สงขลา");
  type_into (editor, SAJJA_GROUP_FIELD_FOUNDED, "31/04/2569");

  g_assert_false (sajja_group_editor_save (editor));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_MOO));
  g_assert_true (has_thai (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_MOO)));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_FOUNDED));
  g_assert_true (has_thai (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_FOUNDED)));
  g_assert_null (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_NAME));
  g_assert_cmpint (sajja_group_count (db), ==, 0);
  screenshot (GTK_WIDGET (window), "group-form-errors-th");

  /* Nothing typed is lost. */
  g_assert_cmpstr (gtk_editable_get_text (sajja_group_editor_get_field (editor, SAJJA_GROUP_FIELD_NAME)),
                   ==, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ");
  g_assert_cmpstr (gtk_editable_get_text (sajja_group_editor_get_field (editor, SAJJA_GROUP_FIELD_FOUNDED)),
                   ==, "31/04/2569");

  /* A founding date in the future (a Common Era year typed as if Buddhist) is refused too. */
  type_into (editor, SAJJA_GROUP_FIELD_MOO, "3");
  g_assert_null (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_MOO));
  type_into (editor, SAJJA_GROUP_FIELD_FOUNDED, "6/3/2600");
  g_assert_false (sajja_group_editor_save (editor));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_FOUNDED));
  g_assert_cmpint (sajja_group_count (db), ==, 0);

  /* An empty name is refused at the name. */
  type_into (editor, SAJJA_GROUP_FIELD_FOUNDED, "6/3/2517");
  type_into (editor, SAJJA_GROUP_FIELD_NAME, "   ");
  g_assert_false (sajja_group_editor_save (editor));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_NAME));
  g_assert_cmpint (sajja_group_count (db), ==, 0);

  /* Corrected, it saves, in Buddhist Era stored as ISO. */
  type_into (editor, SAJJA_GROUP_FIELD_NAME, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ");
  g_assert_true (sajja_group_editor_save (editor));
  g_assert_cmpint (sajja_group_count (db), ==, 1);
  g_assert_false (sajja_groups_page_is_editing (page));
  {
    g_autoptr(GListStore) groups = sajja_group_list_all (db, NULL);
    g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), 0);

    g_assert_cmpstr (sajja_group_get_founded (group), ==, "1974-03-06");
    g_assert_cmpint (sajja_group_get_moo (group), ==, 3);
  }
  g_assert_cmpuint (g_list_model_get_n_items (sajja_groups_page_get_model (page)), ==, 1);

  /* The same group a second time is refused at the name. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-group", NULL);
  spin (100);
  type_into (editor, SAJJA_GROUP_FIELD_NAME, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ");
  type_into (editor, SAJJA_GROUP_FIELD_MOO, "3");
  type_into (editor, SAJJA_GROUP_FIELD_TAMBON, "ท่าข้าม");
  type_into (editor, SAJJA_GROUP_FIELD_AMPHOE, "หาดใหญ่");
  type_into (editor, SAJJA_GROUP_FIELD_CHANGWAT, "สงขลา");
  g_assert_false (sajja_group_editor_save (editor));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_NAME));
  g_assert_cmpint (sajja_group_count (db), ==, 1);

  close_all_windows ();
}

static void
test_damaged_database (void)
{
  g_autofree char *path = fresh_db_path ("damaged.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len_before, len_after;
  SajjaWindow *window;
  char garbage[8192];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 37 + 11);
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage, NULL));
  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));

  set_language ("th");
  g_assert_false (sajja_application_open_database (app, path));
  window = new_main_window ();
  g_assert_cmpstr (sajja_window_get_page (window), ==, "error");
  g_assert_true (has_thai (sajja_application_get_open_error (app)->message));
  screenshot (GTK_WIDGET (window), "damaged-th");

  /* The damaged file was not written to. */
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpuint (len_before, ==, len_after);
  g_assert_true (memcmp (before, after, len_before) == 0);

  close_all_windows ();
}

static void
test_backups_restore (void)
{
  g_autofree char *path = fresh_db_path ("backups.db");
  g_autoptr(SajjaGroup) group = sajja_group_new ();
  g_autoptr(GPtrArray) backups = NULL;
  SajjaWindow *window;
  SajjaDb *db;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  sajja_group_set_name (group, "กลุ่มสำรอง");
  sajja_group_set_tambon (group, "ท่าข้าม");
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  g_assert_true (sajja_group_save (group, db, NULL));

  /* Reopening writes the automatic backup of the changed books. */
  g_assert_true (sajja_application_open_database (app, path));
  backups = sajja_db_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 1);

  db = sajja_application_get_db (app);
  g_assert_true (sajja_group_delete (group, db, NULL));
  g_assert_cmpint (sajja_group_count (db), ==, 0);

  window = new_main_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-backups", NULL);
  spin (200);
  g_assert_cmpstr (sajja_window_get_page (window), ==, "backups");
  screenshot (GTK_WIDGET (window), "backups-th");

  g_assert_true (sajja_application_restore_backup (app, g_ptr_array_index (backups, 0), NULL));
  g_assert_cmpint (sajja_group_count (sajja_application_get_db (app)), ==, 1);

  close_all_windows ();
}

static SajjaMembersPage *
find_members_page (GtkWidget *widget)
{
  if (SAJJA_IS_MEMBERS_PAGE (widget))
    return SAJJA_MEMBERS_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SajjaMembersPage *found = find_members_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
member_type (SajjaMemberEditor *editor,
             SajjaMemberField   field,
             const char        *text)
{
  gtk_editable_set_text (sajja_member_editor_get_field (editor, field), text);
}

static SajjaGroup *
make_group (SajjaDb    *db,
            const char *name)
{
  SajjaGroup *group = sajja_group_new ();

  sajja_group_set_name (group, name);
  sajja_group_set_tambon (group, "ท่าข้าม");
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  g_assert_true (sajja_group_save (group, db, NULL));

  return group;
}

static char *
member_name_at (SajjaMembersPage *page,
                guint             position)
{
  g_autoptr(SajjaMember) member = g_list_model_get_item (sajja_members_page_get_model (page), position);

  return member != NULL ? sajja_member_dup_full_name (member) : NULL;
}

static void
test_members_add_edit_undo_search (void)
{
  g_autofree char *path = fresh_db_path ("members.db");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaGroup) other = NULL;
  SajjaMemberEditor *editor;
  SajjaMembersPage *page;
  SajjaWindow *window;
  SajjaDb *db;
  GListModel *model;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  other = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านพรุ");
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าข้าม");
  /* Reopen, so the window lists the groups. */
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "members");
  page = find_members_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  sajja_members_page_set_group (page, sajja_group_get_id (group));
  model = sajja_members_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* A new member with mistakes: each is shown at its field, and nothing is written. */
  sajja_members_page_new_member (page);
  editor = sajja_members_page_get_editor (page);
  member_type (editor, SAJJA_MEMBER_FIELD_TITLE, "นาย");
  member_type (editor, SAJJA_MEMBER_FIELD_GIVEN_NAME, "สมชาย");
  member_type (editor, SAJJA_MEMBER_FIELD_SURNAME, "ใจดี");
  member_type (editor, SAJJA_MEMBER_FIELD_NATIONAL_ID, "1-1017-00230-70-5");
  member_type (editor, SAJJA_MEMBER_FIELD_BIRTH_DATE, "12/05/2515");
  member_type (editor, SAJJA_MEMBER_FIELD_JOIN_DATE, "1/1/2560");
  member_type (editor, SAJJA_MEMBER_FIELD_SHARES, "4");
  member_type (editor, SAJJA_MEMBER_FIELD_INCOME_1, "12,34.5");
  member_type (editor, SAJJA_MEMBER_FIELD_OCCUPATION_1, "ทำสวนยางพารา");
  member_type (editor, SAJJA_MEMBER_FIELD_BENEFICIARY_1, "นางสมศรี ใจดี");
  member_type (editor, SAJJA_MEMBER_FIELD_PERCENT_1, "90");
  g_assert_false (sajja_member_editor_save (editor));
  g_assert_true (has_thai (sajja_member_editor_get_field_error (editor, SAJJA_MEMBER_FIELD_INCOME_1)));
  g_assert_cmpint (sajja_member_count (db, 0), ==, 0);

  member_type (editor, SAJJA_MEMBER_FIELD_INCOME_1, "8,500");
  g_assert_false (sajja_member_editor_save (editor));
  /* The ID's check digit is wrong. */
  g_assert_nonnull (sajja_member_editor_get_field_error (editor, SAJJA_MEMBER_FIELD_NATIONAL_ID));
  member_type (editor, SAJJA_MEMBER_FIELD_NATIONAL_ID, "1-1017-00230-70-8");
  g_assert_false (sajja_member_editor_save (editor));
  /* Beneficiaries at 90%. */
  g_assert_nonnull (sajja_member_editor_get_field_error (editor, SAJJA_MEMBER_FIELD_PERCENT_1));
  screenshot (GTK_WIDGET (window), "member-form-errors-th");
  member_type (editor, SAJJA_MEMBER_FIELD_PERCENT_1, "100");
  g_assert_false (sajja_member_editor_save (editor));
  /* …and two witnesses are needed. */
  g_assert_nonnull (sajja_member_editor_get_field_error (editor, SAJJA_MEMBER_FIELD_WITNESS_1));
  member_type (editor, SAJJA_MEMBER_FIELD_WITNESS_1, "นายมานะ ขยัน");
  member_type (editor, SAJJA_MEMBER_FIELD_WITNESS_2, "นางมาลี ดีใจ");
  g_assert_cmpint (sajja_member_count (db, 0), ==, 0);
  g_assert_true (sajja_member_editor_save (editor));
  g_assert_cmpint (sajja_member_count (db, 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* A second member, then the same ID again is refused in this group. */
  sajja_members_page_new_member (page);
  member_type (editor, SAJJA_MEMBER_FIELD_TITLE, "นางสาว");
  member_type (editor, SAJJA_MEMBER_FIELD_GIVEN_NAME, "สมศรี");
  member_type (editor, SAJJA_MEMBER_FIELD_SURNAME, "รักไทย");
  member_type (editor, SAJJA_MEMBER_FIELD_NATIONAL_ID, "1101700230708");
  member_type (editor, SAJJA_MEMBER_FIELD_JOIN_DATE, "15 มี.ค. 2561");
  member_type (editor, SAJJA_MEMBER_FIELD_SHARES, "2");
  g_assert_false (sajja_member_editor_save (editor));
  g_assert_nonnull (sajja_member_editor_get_field_error (editor, SAJJA_MEMBER_FIELD_NATIONAL_ID));
  member_type (editor, SAJJA_MEMBER_FIELD_NATIONAL_ID, "");
  g_assert_true (sajja_member_editor_save (editor));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Search as you type: a Thai substring, one character, a member number. */
  sajja_members_page_search (page, "ใจดี");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  {
    g_autofree char *name = member_name_at (page, 0);

    g_assert_cmpstr (name, ==, "นายสมชาย ใจดี");
  }
  sajja_members_page_search (page, "ศ");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  sajja_members_page_search (page, "สม");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  sajja_members_page_search (page, "ไม่มีใคร");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  sajja_members_page_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Edit the first member's surname, then undo from the toast. */
  sajja_members_page_edit_member (page, 0);
  g_assert_true (sajja_members_page_is_editing (page));
  member_type (editor, SAJJA_MEMBER_FIELD_SURNAME, "ใจงาม");
  member_type (editor, SAJJA_MEMBER_FIELD_SHARES, "6");
  g_assert_true (sajja_member_editor_save (editor));
  sajja_members_page_search (page, "ใจงาม");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  screenshot (GTK_WIDGET (window), "members-th");
  g_assert_true (sajja_members_page_undo (page));
  sajja_members_page_search (page, "ใจงาม");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  sajja_members_page_search (page, "ใจดี");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  {
    g_autoptr(SajjaMember) member = g_list_model_get_item (model, 0);
    g_autoptr(SajjaMember) loaded = sajja_member_find_by_id (db, sajja_member_get_id (member), NULL);

    g_assert_cmpint (sajja_member_get_shares (loaded), ==, 4);
  }

  /* Undo of a registration removes the member. */
  sajja_members_page_search (page, "");
  sajja_members_page_new_member (page);
  member_type (editor, SAJJA_MEMBER_FIELD_GIVEN_NAME, "มานี");
  member_type (editor, SAJJA_MEMBER_FIELD_SURNAME, "มีนา");
  member_type (editor, SAJJA_MEMBER_FIELD_JOIN_DATE, "1/6/2562");
  g_assert_true (sajja_member_editor_save (editor));
  g_assert_cmpint (sajja_member_count (db, 0), ==, 3);
  g_assert_true (sajja_members_page_undo (page));
  g_assert_cmpint (sajja_member_count (db, 0), ==, 2);

  /* The other group has none of them. */
  sajja_members_page_set_group (page, sajja_group_get_id (other));
  g_assert_cmpuint (g_list_model_get_n_items (sajja_members_page_get_model (page)), ==, 0);

  close_all_windows ();
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_group_rules_and_committee (void)
{
  g_autofree char *path = fresh_db_path ("rules.db");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaMember) chair = NULL;
  SajjaGroupCommittee *committee;
  SajjaGroupEditor *editor;
  SajjaGroupRules *rules;
  SajjaGroupsPage *page;
  SajjaWindow *window;
  SajjaDb *db;
  gint64 value;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านควนจง");
  g_assert_true (sajja_bylaw_set_defaults (db, sajja_group_get_id (group), "2010-01-01", NULL));
  chair = sajja_member_new (sajja_group_get_id (group));
  sajja_member_set_given_name (chair, "สมชาย");
  sajja_member_set_surname (chair, "ใจดี");
  sajja_member_set_join_date (chair, "2010-01-01");
  g_assert_true (sajja_member_save (chair, db, NULL));

  window = new_main_window ();
  sajja_window_set_page (window, "groups");
  page = find_groups_page (GTK_WIDGET (window));
  sajja_groups_page_edit_group (page, 0);
  editor = sajja_groups_page_get_editor (page);

  /* The group in full: English name, CDD code, savings day and a bank account. */
  type_into (editor, SAJJA_GROUP_FIELD_NAME_EN, "Khuan Chong Savings Group");
  type_into (editor, SAJJA_GROUP_FIELD_CDD_CODE, "90-11-04-001");
  type_into (editor, SAJJA_GROUP_FIELD_SAVINGS_DAY, "32");
  type_into (editor, SAJJA_GROUP_FIELD_BANK_1, "ธ.ก.ส.");
  type_into (editor, SAJJA_GROUP_FIELD_ACCOUNT_1, "020-1-2345-x");
  g_assert_false (sajja_group_editor_save (editor));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_SAVINGS_DAY));
  type_into (editor, SAJJA_GROUP_FIELD_SAVINGS_DAY, "5");
  g_assert_false (sajja_group_editor_save (editor));
  g_assert_nonnull (sajja_group_editor_get_field_error (editor, SAJJA_GROUP_FIELD_ACCOUNT_1));
  type_into (editor, SAJJA_GROUP_FIELD_ACCOUNT_1, "020-1-23456-7");
  g_assert_true (sajja_group_editor_save (editor));
  {
    g_autoptr(SajjaGroup) saved = sajja_group_find_by_uuid (db, sajja_group_get_uuid (group), NULL);
    SajjaBankAccount *account;

    g_assert_cmpstr (sajja_group_get_name_en (saved), ==, "Khuan Chong Savings Group");
    g_assert_cmpint (sajja_group_get_savings_day (saved), ==, 5);
    g_assert_cmpuint (sajja_group_get_bank_accounts (saved)->len, ==, 1);
    account = g_ptr_array_index (sajja_group_get_bank_accounts (saved), 0);
    g_assert_cmpstr (account->account_no, ==, "020-1-23456-7");
  }

  /* The rules: a change from a date keeps the earlier value for earlier dates. */
  sajja_groups_page_edit_group (page, 0);
  rules = SAJJA_GROUP_RULES (find_type (GTK_WIDGET (editor), SAJJA_TYPE_GROUP_RULES));
  g_assert_nonnull (rules);
  g_assert_cmpstr (gtk_editable_get_text (sajja_group_rules_get_field (rules, SAJJA_BYLAW_SHARE_VALUE)), ==, "50.00");
  gtk_editable_set_text (sajja_group_rules_get_field (rules, SAJJA_BYLAW_SHARE_VALUE), "1,00.00");
  g_assert_false (sajja_group_rules_save (rules));
  g_assert_nonnull (sajja_group_rules_get_error (rules, SAJJA_BYLAW_SHARE_VALUE));
  gtk_editable_set_text (sajja_group_rules_get_field (rules, SAJJA_BYLAW_SHARE_VALUE), "100");
  gtk_editable_set_text (sajja_group_rules_get_field (rules, SAJJA_BYLAW_MIN_SHARES), "30");
  gtk_editable_set_text (sajja_group_rules_get_date_field (rules), "1/1/2567");
  g_assert_false (sajja_group_rules_save (rules));
  g_assert_nonnull (sajja_group_rules_get_error (rules, SAJJA_BYLAW_MIN_SHARES));
  g_assert_true (sajja_bylaw_get (db, sajja_group_get_id (group), SAJJA_BYLAW_SHARE_VALUE, "2024-06-01", &value, NULL));
  g_assert_cmpint (value, ==, 5000);
  gtk_editable_set_text (sajja_group_rules_get_field (rules, SAJJA_BYLAW_MIN_SHARES), "1");
  g_assert_true (sajja_group_rules_save (rules));
  g_assert_true (sajja_bylaw_get (db, sajja_group_get_id (group), SAJJA_BYLAW_SHARE_VALUE, "2024-06-01", &value, NULL));
  g_assert_cmpint (value, ==, 10000);
  g_assert_true (sajja_bylaw_get (db, sajja_group_get_id (group), SAJJA_BYLAW_SHARE_VALUE, "2023-12-31", &value, NULL));
  g_assert_cmpint (value, ==, 5000);

  /* The committee: a term ending before it starts is refused at the field; a real one is shown. */
  committee = SAJJA_GROUP_COMMITTEE (find_type (GTK_WIDGET (editor), SAJJA_TYPE_GROUP_COMMITTEE));
  g_assert_nonnull (committee);
  g_assert_cmpuint (sajja_group_committee_get_n_current (committee), ==, 0);
  gtk_editable_set_text (sajja_group_committee_get_member_field (committee), "1");
  gtk_editable_set_text (sajja_group_committee_get_from_field (committee), "1/1/2566");
  gtk_editable_set_text (sajja_group_committee_get_to_field (committee), "31/12/2565");
  g_assert_false (sajja_group_committee_add (committee));
  g_assert_nonnull (sajja_group_committee_get_error (committee));
  gtk_editable_set_text (sajja_group_committee_get_member_field (committee), "9");
  gtk_editable_set_text (sajja_group_committee_get_to_field (committee), "");
  g_assert_false (sajja_group_committee_add (committee));
  gtk_editable_set_text (sajja_group_committee_get_member_field (committee), "1");
  g_assert_true (sajja_group_committee_add (committee));
  g_assert_cmpuint (sajja_group_committee_get_n_current (committee), ==, 1);
  screenshot (GTK_WIDGET (window), "group-editor-th");

  close_all_windows ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
message_dialog_open (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
member_count_is (gpointer data)
{
  SajjaDb *db = sajja_application_get_db (app);

  return db != NULL && sajja_member_count (db, 0) == GPOINTER_TO_INT (data);
}

static void
test_members_import (void)
{
  g_autofree char *path = fresh_db_path ("import.db");
  g_autofree char *bad_csv = g_build_filename (g_get_user_data_dir (), "bad-roster.csv", NULL);
  g_autofree char *good_csv = g_build_filename (g_get_user_data_dir (), "good-roster.csv", NULL);
  g_autoptr(SajjaGroup) group = NULL;
  SajjaMembersPage *page;
  AdwMessageDialog *dialog;
  SajjaWindow *window;
  SajjaDb *db;

  g_assert_true (g_file_set_contents (bad_csv,
                                      "ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันที่สมัคร\n"
                                      "สมชาย,ใจดี,1101700230708,1/1/2560\n"
                                      "สมศรี,รักไทย,1101700230705,31/04/2561\n", -1, NULL));
  g_assert_true (g_file_set_contents (good_csv,
                                      "ชื่อ,นามสกุล,เลขประจำตัวประชาชน,วันที่สมัคร\n"
                                      "สมชาย,ใจดี,1101700230708,1/1/2560\n"
                                      "สมศรี,รักไทย,,30/04/2561\n", -1, NULL));

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านโคกสูง");
  g_assert_true (sajja_application_open_database (app, path));
  window = new_main_window ();
  sajja_window_set_page (window, "members");
  page = find_members_page (GTK_WIDGET (window));

  /* A file with mistakes: the preview lists them and offers only to close; nothing is added. */
  _sajja_members_page_import_file (page, bad_csv);
  g_assert_true (wait_until (message_dialog_open, NULL, 5000));
  dialog = find_message_dialog ();
  g_assert_false (adw_message_dialog_has_response (dialog, "import"));
  screenshot (GTK_WIDGET (dialog), "import-errors-th");
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (100);
  g_assert_cmpint (sajja_member_count (sajja_application_get_db (app), 0), ==, 0);

  /* A correct file: the preview offers the import, which adds both in one go. */
  _sajja_members_page_import_file (page, good_csv);
  g_assert_true (wait_until (message_dialog_open, NULL, 5000));
  dialog = find_message_dialog ();
  g_assert_true (adw_message_dialog_has_response (dialog, "import"));
  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (member_count_is, GINT_TO_POINTER (2), 5000));
  spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (sajja_members_page_get_model (page)), ==, 2);

  close_all_windows ();
}

static gboolean
savings_loaded (gpointer data)
{
  return !sajja_savings_page_is_loading (data);
}

static gboolean
entry_focused (GtkWidget *entry)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (entry));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

/* Types @text into the focused @entry and presses Enter. In GTK 4.8 neither GtkEntry nor
 * GtkText sets an activate signal for gtk_widget_activate(), so emit "activate" as Enter does. */
static void
savings_type (GtkWidget  *entry,
              const char *text)
{
  g_assert_true (entry_focused (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
collect_spins (GtkWidget *widget,
               GPtrArray *spins)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    g_ptr_array_add (spins, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_spins (child, spins);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_savings_keyboard_day (void)
{
  static const char *names[][2] = {
    { "สมชาย", "ใจดี" }, { "สมศรี", "รักไทย" }, { "มานะ", "ขยันยิ่ง" },
    { "มาลี", "ดีใจ" }, { "ประเสริฐ", "ศรีสุวรรณ" }, { "บุญเรือน", "ทองคำ" },
  };
  g_autofree char *path = fresh_db_path ("savings.db");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) year_back = g_date_time_add_months (now, -12);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *start = g_date_time_format (year_back, "%Y-%m-01");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaSavingsDay) before = NULL;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autofree char *fine_text = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *expected_total = NULL;
  SajjaSavingsLine *line;
  SajjaSavingsPage *page;
  SajjaWindow *window;
  GtkWindow *cash;
  GtkWidget *difference;
  SajjaDb *db;
  gint64 gid, pledges = 0, fine, counted;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองแห");
  gid = sajja_group_get_id (group);
  g_assert_true (sajja_bylaw_set_defaults (db, gid, start, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SajjaMember) m = sajja_member_new (gid);

      sajja_member_set_title (m, i % 2 == 0 ? "นาย" : "นาง");
      sajja_member_set_given_name (m, names[i][0]);
      sajja_member_set_surname (m, names[i][1]);
      sajja_member_set_join_date (m, start);
      sajja_member_set_shares (m, (int) i + 2, start);
      g_assert_true (sajja_member_save (m, db, NULL));
    }
  before = sajja_savings_day_new (db, gid, today, NULL);
  g_assert_nonnull (before);
  g_assert_cmpuint (sajja_savings_day_get_n_lines (before), ==, G_N_ELEMENTS (names));

  /* Reopen, so the window lists the group. */
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "savings");
  page = (SajjaSavingsPage *) find_type (GTK_WIDGET (window), SAJJA_TYPE_SAVINGS_PAGE);
  g_assert_nonnull (page);
  sajja_savings_page_set_group (page, gid);
  g_assert_true (wait_until (savings_loaded, page, 10000));
  g_assert_cmpstr (sajja_savings_page_get_day (page), ==, today);
  g_assert_cmpuint (sajja_savings_page_get_n_lines (page), ==, G_N_ELEMENTS (names));

  /* Member 1 pays the pledge as expected: Enter through the three fields to member 2. */
  line = sajja_savings_day_get_line (before, 0);
  g_assert_cmpint (line->expected, >, 0);
  {
    g_autofree char *expected = sajja_money_format (line->expected);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE))),
                     ==, expected);
  }
  gtk_widget_grab_focus (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE));
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE), "");
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_SPECIAL), "");
  g_assert_true (entry_focused (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_FINE)));
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_FINE), "");
  g_assert_true (entry_focused (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_PLEDGE)));
  /* …oops, member 1 did pay: back with Ctrl+G. */
  gtk_widget_activate_action (GTK_WIDGET (page), "savings.go-to", NULL);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_true (GTK_IS_EDITABLE (focus));
    savings_type (gtk_widget_get_parent (focus), "๑");
  }
  g_assert_true (entry_focused (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE)));
  {
    g_autofree char *expected = sajja_money_format (line->expected);

    savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE), expected);
  }
  pledges += line->expected;
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_SPECIAL), "");
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_FINE), "");

  /* A bad amount for member 2: marked, the focus stays, and nothing else typed is lost. */
  savings_type (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_PLEDGE), "12,34.5");
  g_assert_true (entry_focused (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_PLEDGE)));
  g_assert_nonnull (sajja_savings_page_get_line_error (page, 1));
  g_assert_true (has_thai (sajja_savings_page_get_line_error (page, 1)));
  g_assert_true (gtk_widget_has_css_class (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_PLEDGE), "error"));
  g_assert_false (sajja_savings_page_post (page));
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count(*) FROM journal", -1, NULL), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_PLEDGE))),
                   ==, "12,34.5");
  {
    g_autofree char *expected = sajja_money_format (line->expected);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE))),
                     ==, expected);
  }

  /* Put right: the pledge, a special deposit and a fine within what is due. */
  line = sajja_savings_day_get_line (before, 1);
  {
    g_autofree char *expected = sajja_money_format (line->expected);

    savings_type (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_PLEDGE), expected);
  }
  pledges += line->expected;
  g_assert_null (sajja_savings_page_get_line_error (page, 1));
  savings_type (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_SPECIAL), "฿1,500");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_SPECIAL))),
                   ==, "1,500.00");
  g_assert_cmpint (line->arrears.fines, >, 0);
  fine = MIN (line->arrears.fines, 2000);
  fine_text = sajja_money_format (fine);
  savings_type (sajja_savings_page_get_field (page, 1, SAJJA_SAVINGS_FIELD_FINE), fine_text);

  /* The others pay what is expected: Enter, Enter, Enter down the list. */
  for (guint i = 2; i < G_N_ELEMENTS (names); i++)
    {
      pledges += sajja_savings_day_get_line (before, i)->expected;
      for (guint f = 0; f < SAJJA_SAVINGS_N_FIELDS; f++)
        {
          GtkWidget *entry = sajja_savings_page_get_field (page, i, f);
          g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

          /* No loans in this group: Enter skips the loan entry, which is not to be typed in. */
          if (f == SAJJA_SAVINGS_FIELD_LOAN)
            {
              g_assert_false (gtk_widget_get_sensitive (entry));
              continue;
            }
          savings_type (entry, text);
        }
    }
  g_assert_false (entry_focused (sajja_savings_page_get_field (page, 5, SAJJA_SAVINGS_FIELD_FINE)));

  /* The totals follow what is typed. */
  expected_total = sajja_money_format (pledges + 150000 + fine);
  totals = sajja_savings_page_dup_totals (page);
  g_test_message ("totals %s, expected %s", totals, expected_total);
  g_assert_true (strstr (totals, expected_total) != NULL);
  g_assert_true (strstr (totals, "1,500.00") != NULL);
  screenshot (GTK_WIDGET (window), "savings-day-th");

  /* The cash count: a thousand baht short of the day, shown in red, and saved. */
  cash = sajja_savings_page_count_cash (page);
  g_assert_nonnull (cash);
  g_assert_true (gtk_window_get_modal (cash));
  g_assert_true (gtk_window_get_transient_for (cash) == GTK_WINDOW (window));
  collect_spins (GTK_WIDGET (cash), spins);
  g_assert_cmpuint (spins->len, ==, 11);
  counted = ((pledges + 150000 + fine) / 100000 - 1) * 100000 + ((pledges + 150000 + fine) % 100000) / 10000 * 10000;
  gtk_spin_button_set_value (spins->pdata[0], (pledges + 150000 + fine) / 100000 - 1);
  gtk_spin_button_set_value (spins->pdata[2], ((pledges + 150000 + fine) % 100000) / 10000);
  difference = find_named (GTK_WIDGET (cash), "difference");
  g_assert_nonnull (difference);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (difference)), !=, "0.00");
  g_assert_true (gtk_widget_has_css_class (difference, "error"));
  screenshot (GTK_WIDGET (cash), "cash-count-th");
  gtk_widget_activate_action (GTK_WIDGET (cash), "cash.save", NULL);
  spin (100);

  /* Post (Ctrl+Enter's action): one receipt a member, numbered 1 to 6, and the day reloads. */
  gtk_widget_activate_action (GTK_WIDGET (page), "savings.post", NULL);
  g_assert_true (wait_until (savings_loaded, page, 10000));
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count(*) FROM receipts", -1, NULL), ==, 6);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT min(number) FROM receipts", -1, NULL), ==, 1);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT max(number) FROM receipts", -1, NULL), ==, 6);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count(DISTINCT member_id) FROM receipts", -1, NULL), ==, 6);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT sum(amount) FROM journal WHERE kind = 'pledge'", -1, NULL),
                   ==, pledges);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT sum(amount) FROM journal WHERE kind = 'special-deposit'", -1,
                                       NULL), ==, 150000);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT sum(amount) FROM journal WHERE kind = 'fine'", -1, NULL),
                   ==, fine);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT count(*) FROM savings_days", -1, NULL), ==, 1);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT cash_counted FROM savings_days", -1, NULL), ==, counted);
  g_assert_cmpint (sajja_db_query_int (db, "SELECT cash_expected FROM savings_days", -1, NULL),
                   ==, pledges + 150000 + fine);
  g_assert_cmpuint (sajja_savings_page_get_n_lines (page), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sajja_savings_page_get_field (page, i, SAJJA_SAVINGS_FIELD_PLEDGE))),
                     ==, "");
  screenshot (GTK_WIDGET (window), "savings-day-posted-th");

  close_all_windows ();
}

static gint64
gui_query_int (SajjaDb    *db,
               const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sajja_db_query_int (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

/* The savings page's totals, split: pledges, specials, fines, loans, total, paid. */
static GStrv
split_totals (SajjaSavingsPage *page)
{
  g_autofree char *joined = sajja_savings_page_dup_totals (page);

  return g_strsplit (joined, "|", -1);
}

static SajjaLoanPosition
position_of (SajjaDb    *db,
             gint64      loan_id,
             const char *day)
{
  g_autoptr(GError) error = NULL;
  SajjaLoanPosition pos;

  g_assert_true (sajja_loan_position (db, loan_id, day, &pos, &error));
  g_assert_no_error (error);
  return pos;
}

/* A group with the by-laws' defaults from a year back, and one member with @shares shares;
 * returns the group's id and sets the member's. */
static gint64
make_group_with_member (SajjaDb    *db,
                        const char *name,
                        int         shares,
                        gint64     *out_member)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) year_back = g_date_time_add_months (now, -12);
  g_autofree char *start = g_date_time_format (year_back, "%Y-%m-01");
  g_autoptr(SajjaGroup) group = make_group (db, name);
  g_autoptr(SajjaMember) m = NULL;
  gint64 gid = sajja_group_get_id (group);

  g_assert_true (sajja_bylaw_set_defaults (db, gid, start, NULL));
  m = sajja_member_new (gid);
  sajja_member_set_title (m, "นาย");
  sajja_member_set_given_name (m, "สมชาย");
  sajja_member_set_surname (m, "ใจดี");
  sajja_member_set_join_date (m, start);
  sajja_member_set_shares (m, shares, start);
  g_assert_true (sajja_member_save (m, db, NULL));
  *out_member = sajja_member_get_id (m);

  return gid;
}

/* A member with a loan instalment due today: the savings day shows it, takes it with the
 * pledge from the keyboard, and posts both on one receipt. */
static void
test_savings_loan_repayment (void)
{
  g_autofree char *path = fresh_db_path ("savings-loan.db");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) year_back = g_date_time_add_months (now, -12);
  g_autoptr(GDateTime) month_back = g_date_time_add_months (now, -1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *start = g_date_time_format (year_back, "%Y-%m-01");
  g_autofree char *paid_out = g_date_time_format (month_back, "%Y-%m-%d");
  g_autofree char *due_text = NULL;
  g_autofree char *pledge_text = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaSavingsDay) before = NULL;
  g_auto(GStrv) totals = NULL;
  SajjaLoanProduct product = {
    .name = (char *) "สามัญ",
    .effective_from = start,
    .purpose = (char *) "ทั่วไป",
    .ceiling = 5000000,
    .max_months = 24,
    .rate = { 100, SAJJA_RATE_PER_MONTH },
    .method = SAJJA_LOAN_METHOD_DECLINING,
  };
  SajjaLoanPosition pos;
  SajjaSavingsLine *line;
  SajjaSavingsPage *page;
  SajjaWindow *window;
  SajjaDb *db;
  GtkWidget *loan_entry;
  gint64 gid, member_id, product_id, loan_id, due, pledge, day_id, receipt;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  gid = make_group_with_member (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัว", 4, &member_id);

  /* Money in the box on the first day, a loan applied for that day, paid out a month ago: its
   * first instalment falls due today. */
  {
    GDate d;

    sajja_date_from_iso (start, &d, NULL);
    g_assert_cmpint (sajja_ledger_post (db, gid, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 5000000, sajja_period_from_date (&d),
                                        start, 0, "test", NULL, &error), >, 0);
    g_assert_no_error (error);
  }
  product_id = sajja_loan_product_save (db, gid, &product, &error);
  g_assert_no_error (error);
  {
    SajjaLoanApplication application = { member_id, product_id, start, 1200000, 12, "ซื้อปุ๋ย", NULL, 0 };

    loan_id = sajja_loan_apply (db, gid, &application, &error);
    g_assert_no_error (error);
  }
  g_assert_true (sajja_loan_approve (db, loan_id, start, "ประธาน", "มติที่ประชุม 1", &error));
  g_assert_no_error (error);
  g_assert_true (sajja_loan_disburse (db, loan_id, paid_out, NULL, "เหรัญญิก", &error));
  g_assert_no_error (error);
  pos = position_of (db, loan_id, today);
  due = pos.fines_due + pos.interest_due + pos.principal_due;
  g_assert_cmpint (pos.principal_due, ==, 100000);
  g_assert_cmpint (due, >, 100000);
  due_text = sajja_money_format (due);

  before = sajja_savings_day_new (db, gid, today, &error);
  g_assert_no_error (error);
  line = sajja_savings_day_get_line (before, 0);
  g_assert_cmpint (line->loan_due, ==, due);
  pledge = line->expected;
  g_assert_cmpint (pledge, >, 0);
  pledge_text = sajja_money_format (pledge);

  /* Reopen, so the window lists the group. */
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "savings");
  page = (SajjaSavingsPage *) find_type (GTK_WIDGET (window), SAJJA_TYPE_SAVINGS_PAGE);
  g_assert_nonnull (page);
  sajja_savings_page_set_group (page, gid);
  g_assert_true (wait_until (savings_loaded, page, 10000));
  g_assert_cmpuint (sajja_savings_page_get_n_lines (page), ==, 1);

  /* The loan's due is shown in the loan entry, and counted in the totals. */
  loan_entry = sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_LOAN);
  g_assert_true (gtk_widget_get_sensitive (loan_entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (loan_entry)), ==, due_text);
  {
    GtkWidget *due_label = find_named (GTK_WIDGET (page), "loan-due");

    g_assert_nonnull (due_label);
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (due_label)), due_text));
    g_assert_true (has_thai (gtk_label_get_label (GTK_LABEL (due_label))));
  }
  totals = split_totals (page);
  g_assert_cmpuint (g_strv_length (totals), ==, 6);
  g_assert_cmpstr (totals[3], ==, due_text);
  total_text = sajja_money_format (pledge + due);
  g_assert_cmpstr (totals[4], ==, total_text);
  g_clear_pointer (&totals, g_strfreev);
  screenshot (GTK_WIDGET (window), "savings-day-loan-th");

  /* From the keyboard: Enter through the pledge, special deposit and fine to the loan; too much
   * for the loan is refused at the line, in Thai, and nothing is written. */
  gtk_widget_grab_focus (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE));
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_PLEDGE), pledge_text);
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_SPECIAL), "");
  savings_type (sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_FINE), "");
  g_assert_true (entry_focused (loan_entry));
  savings_type (loan_entry, "99,999");
  g_assert_false (sajja_savings_page_post (page));
  g_assert_nonnull (sajja_savings_page_get_line_error (page, 0));
  g_assert_true (has_thai (sajja_savings_page_get_line_error (page, 0)));
  g_assert_cmpint (gui_query_int (db, "SELECT count(*) FROM savings_days"), ==, 0);
  g_assert_cmpint (gui_query_int (db, "SELECT count(*) FROM journal WHERE kind = 'loan-principal'"), ==, 0);

  /* What is due, typed again: posted with the pledge. */
  gtk_widget_grab_focus (loan_entry);
  savings_type (loan_entry, due_text);
  totals = split_totals (page);
  g_assert_cmpstr (totals[3], ==, due_text);
  g_assert_cmpstr (totals[4], ==, total_text);
  g_assert_true (sajja_savings_page_post (page));
  g_assert_true (wait_until (savings_loaded, page, 10000));

  day_id = gui_query_int (db, "SELECT max (id) FROM savings_days");
  g_assert_cmpint (day_id, >, 0);
  g_assert_cmpint (gui_query_int (db, "SELECT cash_expected FROM savings_days"), ==, pledge + due);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE day_id = %" G_GINT64_FORMAT, day_id);

    g_assert_cmpint (gui_query_int (db, sql), ==, 1);
    g_free (sql);
    sql = g_strdup_printf ("SELECT id FROM receipts WHERE day_id = %" G_GINT64_FORMAT, day_id);
    receipt = gui_query_int (db, sql);
    g_free (sql);
    sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE receipt_id = %" G_GINT64_FORMAT
                                            " AND kind = 'pledge'", receipt);
    g_assert_cmpint (gui_query_int (db, sql), ==, pledge);
    g_free (sql);
    sql = g_strdup_printf ("SELECT sum (amount) FROM journal WHERE receipt_id = %" G_GINT64_FORMAT
                           " AND loan_id = %" G_GINT64_FORMAT, receipt, loan_id);
    g_assert_cmpint (gui_query_int (db, sql), ==, due);
  }
  pos = position_of (db, loan_id, today);
  g_assert_cmpint (pos.principal_due + pos.interest_due + pos.fines_due, ==, 0);
  g_assert_cmpint (pos.outstanding, ==, 1100000);

  /* Reloaded: nothing more due, the entry still open for paying ahead. */
  loan_entry = sajja_savings_page_get_field (page, 0, SAJJA_SAVINGS_FIELD_LOAN);
  g_assert_null (find_named (GTK_WIDGET (page), "loan-due"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (loan_entry)), ==, "");
  g_assert_true (gtk_widget_get_sensitive (loan_entry));

  /* The day's receipt names the loan's lines. */
  {
    g_autoptr(SajjaPageDocument) doc = sajja_print_receipts_for_day (db, day_id, &error);
    g_autofree char *all = NULL;
    g_auto(GStrv) pages = NULL;

    g_assert_no_error (error);
    pdf = g_build_filename (g_get_user_data_dir (), "savings-loan-receipts.pdf", NULL);
    sajja_page_document_write_pdf (doc, pdf, &error);
    g_assert_no_error (error);
    pages = sajja_test_pdf_pages (pdf);
    all = g_strjoinv ("\n", pages);
    g_test_message ("%s", all);
    /* pdftotext moves a mark of ดอกเบี้ย off its line: look for the words that stay whole. */
    g_assert_nonnull (strstr (all, "ชำระเงินต้น"));
    g_assert_nonnull (strstr (all, "เงินกู้"));
    g_assert_nonnull (strstr (all, "สัญญาเลขที่ 1"));
    g_assert_nonnull (strstr (all, total_text));
  }

  close_all_windows ();
}

/* The fifth of last month, as ISO, and that month. */
static char *
last_month_day (SajjaPeriod *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) back = g_date_time_add_months (now, -1);

  out->year = g_date_time_get_year (back);
  out->month = g_date_time_get_month (back);
  return g_date_time_format (back, "%Y-%m-05");
}

static void
test_members_withdraw_and_leave (void)
{
  g_autofree char *path = fresh_db_path ("money.db");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(SajjaSavingsDay) day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day_iso = NULL;
  g_autofree char *pledge_text = NULL;
  g_autofree char *sql = NULL;
  SajjaSavingsLine *line;
  SajjaMemberEditor *editor;
  SajjaMembersPage *page;
  SajjaWindow *window;
  GtkWindow *leave;
  SajjaPeriod month;
  SajjaDb *db;
  gint64 gid, member_id, pledge, entries, number;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  gid = make_group_with_member (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านนาหม่อม", 3, &member_id);

  /* A savings day last month: the pledge and a special deposit of 500 baht. */
  day_iso = last_month_day (&month);
  day = sajja_savings_day_new (db, gid, day_iso, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sajja_savings_day_get_n_lines (day), ==, 1);
  line = sajja_savings_day_get_line (day, 0);
  g_assert_cmpint (line->pledge, >, 0);
  line->special = 50000;
  g_assert_cmpuint (sajja_savings_day_post (day, db, "test", &error), ==, 1);
  g_assert_no_error (error);
  pledge = sajja_ledger_balance (db, gid, member_id, SAJJA_ACCOUNT_PLEDGE);
  g_assert_cmpint (pledge, >, 0);
  pledge_text = sajja_money_format (pledge);

  /* Reopen, so the window lists the group. */
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "members");
  page = find_members_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  sajja_members_page_set_group (page, gid);
  sajja_members_page_edit_member (page, 0);
  editor = sajja_members_page_get_editor (page);
  spin (300);
  g_assert_cmpstr (sajja_member_editor_get_balance (editor, SAJJA_ACCOUNT_PLEDGE), ==, pledge_text);
  g_assert_cmpstr (sajja_member_editor_get_balance (editor, SAJJA_ACCOUNT_SPECIAL), ==, "500.00");
  g_assert_cmpstr (sajja_member_editor_get_balance (editor, SAJJA_ACCOUNT_FINES), ==, "0.00");

  /* Too much: refused at the amount, nothing written. */
  entries = gui_query_int (db, "SELECT count(*) FROM journal");
  sajja_member_editor_show_withdraw (editor);
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT), "600");
  g_assert_cmpint (sajja_member_editor_withdraw (editor), ==, 0);
  g_assert_nonnull (sajja_member_editor_get_money_error (editor, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT));
  /* The message gives the balance (its wording is translated once po/th.po has it). */
  g_assert_nonnull (strstr (sajja_member_editor_get_money_error (editor, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT), "500.00"));
  g_assert_null (sajja_member_editor_get_money_error (editor, SAJJA_MONEY_FIELD_WITHDRAW_DATE));
  g_assert_cmpint (gui_query_int (db, "SELECT count(*) FROM journal"), ==, entries);
  /* A day in the future: refused at the date. */
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT), "200");
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_WITHDRAW_DATE), "1/1/2600");
  g_assert_cmpint (sajja_member_editor_withdraw (editor), ==, 0);
  g_assert_nonnull (sajja_member_editor_get_money_error (editor, SAJJA_MONEY_FIELD_WITHDRAW_DATE));
  g_assert_cmpint (gui_query_int (db, "SELECT count(*) FROM journal"), ==, entries);

  /* A valid amount: the balance is updated. */
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_WITHDRAW_DATE), today);
  number = sajja_member_editor_withdraw (editor);
  g_assert_cmpint (number, >, 0);
  g_assert_null (sajja_member_editor_get_money_error (editor, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT));
  g_assert_cmpstr (sajja_member_editor_get_balance (editor, SAJJA_ACCOUNT_SPECIAL), ==, "300.00");
  g_assert_cmpint (sajja_ledger_balance (db, gid, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 30000);
  screenshot (GTK_WIDGET (window), "member-money-th");

  /* Leave the group: the settlement is shown; a future day is refused at the date. */
  leave = sajja_member_editor_show_leave (editor);
  g_assert_nonnull (leave);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (leave)));
  adw_combo_row_set_selected (sajja_member_editor_get_leave_status_row (editor), 0);
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_LEAVE_DATE), "1/1/2600");
  g_assert_false (sajja_member_editor_leave (editor));
  g_assert_nonnull (sajja_member_editor_get_money_error (editor, SAJJA_MONEY_FIELD_LEAVE_DATE));
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_LEAVE_DATE), today);
  gtk_editable_set_text (sajja_member_editor_get_money_field (editor, SAJJA_MONEY_FIELD_LEAVE_REASON), "ย้ายไปอยู่ต่างจังหวัด");
  screenshot (GTK_WIDGET (leave), "member-leave-th");
  g_assert_true (sajja_member_editor_leave (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (leave)));

  /* The form shows the new status and empty balances; the books agree. */
  g_assert_cmpuint (adw_combo_row_get_selected (sajja_member_editor_get_status_row (editor)), ==,
                    SAJJA_MEMBER_RESIGNED);
  g_assert_cmpstr (sajja_member_editor_get_balance (editor, SAJJA_ACCOUNT_PLEDGE), ==, "0.00");
  g_assert_cmpstr (sajja_member_editor_get_balance (editor, SAJJA_ACCOUNT_SPECIAL), ==, "0.00");
  {
    g_autoptr(SajjaMember) m = sajja_member_find_by_id (db, member_id, NULL);

    g_assert_cmpint (sajja_member_get_status (m), ==, SAJJA_MEMBER_RESIGNED);
    g_assert_cmpstr (sajja_member_get_status_date (m), ==, today);
  }
  g_assert_cmpint (sajja_ledger_balance (db, gid, member_id, SAJJA_ACCOUNT_PLEDGE), ==, 0);
  g_assert_cmpint (sajja_ledger_balance (db, gid, member_id, SAJJA_ACCOUNT_SPECIAL), ==, 0);
  sql = g_strdup_printf ("SELECT count(*) FROM journal WHERE kind = 'settlement' AND amount = %" G_GINT64_FORMAT
                         " AND paid_on = '%s'", -pledge, today);
  g_assert_cmpint (gui_query_int (db, sql), ==, 1);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM journal WHERE kind = 'withdrawal' AND paid_on = '%s'", today);
  g_assert_cmpint (gui_query_int (db, sql), ==, 2);
  g_assert_cmpint (gui_query_int (db, "SELECT count(*) FROM journal WHERE kind = 'withdrawal' AND amount = -30000"),
                   ==, 1);
  g_assert_cmpint (gui_query_int (db, "SELECT count(*) FROM journal"), ==, entries + 3);
  g_assert_cmpint (gui_query_int (db, "SELECT count(DISTINCT receipt_id) FROM journal WHERE kind IN "
                                      "('withdrawal', 'settlement')"), ==, 2);
  screenshot (GTK_WIDGET (window), "member-left-th");

  close_all_windows ();
}

static void
test_savings_close_month (void)
{
  g_autofree char *path = fresh_db_path ("close-month.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *day_iso = NULL;
  SajjaSavingsPage *page;
  SajjaWindow *window;
  GtkWindow *dialog;
  SajjaPeriod month, offered;
  SajjaDb *db;
  gint64 gid, member_id;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  gid = make_group_with_member (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านควนลัง", 2, &member_id);
  day_iso = last_month_day (&month);
  g_assert_cmpint (sajja_ledger_post (db, gid, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 10000, month, day_iso, 0,
                                      "test", NULL, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "savings");
  page = (SajjaSavingsPage *) find_type (GTK_WIDGET (window), SAJJA_TYPE_SAVINGS_PAGE);
  g_assert_nonnull (page);
  sajja_savings_page_set_group (page, gid);
  g_assert_true (wait_until (savings_loaded, page, 10000));

  /* The menu's action opens the window, offering last month. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "savings.close-month", NULL));
  spin (100);
  dialog = sajja_savings_page_show_close_month (page);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (sajja_savings_page_get_month_to_close (page, &offered));
  g_assert_cmpint (offered.year, ==, month.year);
  g_assert_cmpint (offered.month, ==, month.month);
  g_assert_false (sajja_ledger_is_closed (db, gid, month));
  screenshot (GTK_WIDGET (dialog), "close-month-th");

  g_assert_true (sajja_savings_page_close_month (page));
  g_assert_null (sajja_savings_page_get_close_month_error (page));
  g_assert_true (sajja_ledger_is_closed (db, gid, month));

  /* Nothing more goes into it. */
  g_assert_cmpint (sajja_ledger_post (db, gid, member_id, SAJJA_ENTRY_SPECIAL_DEPOSIT, 10000, month, day_iso, 0,
                                      "test", NULL, &error), ==, 0);
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED);
  g_clear_error (&error);

  /* This month has not ended: nothing more can be closed. */
  g_assert_false (sajja_savings_page_get_month_to_close (page, &offered));
  dialog = sajja_savings_page_show_close_month (page);
  g_assert_nonnull (dialog);
  g_assert_false (sajja_savings_page_close_month (page));
  gtk_window_destroy (dialog);

  /* The menu's cash book opens the print dialog over the window (no error toast). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "savings.print-cash-book", NULL));
  dialog = wait_for_print_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  screenshot (GTK_WIDGET (dialog), "print-cash-book-th");
  gtk_window_destroy (dialog);

  close_all_windows ();
}

static void
test_welfare_claims (void)
{
  g_autofree char *path = fresh_db_path ("welfare.db");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(GError) error = NULL;
  SajjaWelfareRule rule = { 0, };
  SajjaWelfarePage *page;
  SajjaWindow *window;
  SajjaDb *db;
  SajjaPeriod period;
  GDate today;
  gint64 scheme;
  g_autoptr(GPtrArray) claims = NULL;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านทุ่งลาน");
  member = sajja_member_new (sajja_group_get_id (group));
  sajja_member_set_given_name (member, "สมใจ");
  sajja_member_set_surname (member, "รักษา");
  sajja_member_set_join_date (member, "2020-01-01");
  g_assert_true (sajja_member_save (member, db, NULL));

  rule.effective_from = (char *) "2020-01-01";
  rule.benefit = 50000;
  rule.per_day = TRUE;
  rule.yearly_cap = 300000;
  scheme = sajja_welfare_scheme_create (db, sajja_group_get_id (group), SAJJA_WELFARE_HOSPITAL,
                                        "นอนโรงพยาบาล", &rule, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scheme, >, 0);

  /* The fund holds 1,000 baht of contributions. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  period = sajja_period_from_date (&today);
  {
    g_autofree char *iso = sajja_date_to_iso (&today);

    g_assert_cmpint (sajja_ledger_post (db, sajja_group_get_id (group), sajja_member_get_id (member),
                                        SAJJA_ENTRY_WELFARE_CONTRIBUTION, 100000, period, iso, 0, "test", NULL,
                                        &error), >, 0);
    g_assert_no_error (error);
  }

  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "welfare");
  page = SAJJA_WELFARE_PAGE (find_type (GTK_WIDGET (window), SAJJA_TYPE_WELFARE_PAGE));
  g_assert_nonnull (page);
  sajja_welfare_page_set_group (page, sajja_group_get_id (group));

  /* A claim with a mistake: shown at its field, nothing filed. */
  adw_combo_row_set_selected (sajja_welfare_page_get_kind_row (page), SAJJA_WELFARE_HOSPITAL);
  gtk_editable_set_text (sajja_welfare_page_get_member_field (page), "1");
  gtk_editable_set_text (sajja_welfare_page_get_event_field (page), "31/04/2569");
  gtk_editable_set_text (sajja_welfare_page_get_days_field (page), "3");
  g_assert_false (sajja_welfare_page_file_claim (page));
  g_assert_true (has_thai (sajja_welfare_page_get_error (page)));
  g_assert_cmpuint (sajja_welfare_page_get_n_claims (page), ==, 0);

  /* Three nights, 1,500 baht: more than the fund holds, so it is approved but cannot be paid. */
  {
    GDate event = today;
    g_autofree char *typed = NULL;

    g_date_subtract_days (&event, 5);
    typed = sajja_date_format_full (&event, SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, TRUE);
    gtk_editable_set_text (sajja_welfare_page_get_event_field (page), typed);
  }
  g_assert_true (sajja_welfare_page_file_claim (page));
  g_assert_cmpuint (sajja_welfare_page_get_n_claims (page), ==, 1);
  claims = sajja_welfare_list_claims (db, sajja_group_get_id (group), 0, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  {
    SajjaClaim *claim = g_ptr_array_index (claims, 0);

    g_assert_cmpint (claim->amount, ==, 150000);
    g_assert_false (sajja_welfare_page_pay (page, claim->id));
    g_assert_true (sajja_welfare_page_decide (page, claim->id, TRUE, NULL));
    g_assert_false (sajja_welfare_page_pay (page, claim->id));
    g_assert_cmpint (sajja_welfare_fund_balance (db, sajja_group_get_id (group)), ==, 100000);
    screenshot (GTK_WIDGET (window), "welfare-th");
  }

  close_all_windows ();
}

/* Loans from the page: a product under the law, an application checked one rule at a time,
 * approval, payout, a repayment; the mistakes shown at their fields; the member's page lists
 * the loan and the loans the member guarantees. */
static void
test_loans_page (void)
{
  g_autofree char *path = fresh_db_path ("loans.db");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) loans = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *month_start = g_date_time_format (now, "%Y-%m-01");
  SajjaLoansPage *page;
  SajjaWindow *window;
  SajjaDb *db;
  gint64 ids[3], loan_id;
  SajjaLoanPosition pos;
  const char *names[] = { "สมศรี", "บุญมี", "ประยูร" };

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านควนลัง");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SajjaMember) m = sajja_member_new (sajja_group_get_id (group));

      sajja_member_set_given_name (m, names[i]);
      sajja_member_set_surname (m, "ใจดี");
      sajja_member_set_join_date (m, month_start);
      g_assert_true (sajja_member_save (m, db, NULL));
      ids[i] = sajja_member_get_id (m);
    }
  {
    GDate d;
    SajjaPeriod p;

    sajja_date_from_iso (today, &d, NULL);
    p = sajja_period_from_date (&d);
    g_assert_cmpint (sajja_ledger_post (db, sajja_group_get_id (group), ids[2], SAJJA_ENTRY_SPECIAL_DEPOSIT, 5000000, p,
                                        today, 0, "test", NULL, &error), >, 0);
    g_assert_no_error (error);
  }

  window = new_main_window ();
  sajja_window_set_page (window, "loans");
  page = SAJJA_LOANS_PAGE (find_type (GTK_WIDGET (window), SAJJA_TYPE_LOANS_PAGE));
  g_assert_nonnull (page);
  sajja_loans_page_set_group (page, sajja_group_get_id (group));

  /* A product above the law is refused at its rate. */
  gtk_editable_set_text (sajja_loans_page_get_product_field (page, SAJJA_PRODUCT_FIELD_NAME), "สามัญ");
  gtk_editable_set_text (sajja_loans_page_get_product_field (page, SAJJA_PRODUCT_FIELD_RATE), "1.5");
  gtk_editable_set_text (sajja_loans_page_get_product_field (page, SAJJA_PRODUCT_FIELD_MONTHS), "24");
  gtk_editable_set_text (sajja_loans_page_get_product_field (page, SAJJA_PRODUCT_FIELD_GUARANTORS), "1");
  g_assert_false (sajja_loans_page_save_product (page));
  g_assert_true (has_thai (sajja_loans_page_get_product_error (page, SAJJA_PRODUCT_FIELD_RATE)));
  g_assert_nonnull (strstr (sajja_loans_page_get_product_error (page, SAJJA_PRODUCT_FIELD_RATE), "18.00%"));
  gtk_editable_set_text (sajja_loans_page_get_product_field (page, SAJJA_PRODUCT_FIELD_RATE), "1");
  g_assert_true (sajja_loans_page_save_product (page));
  g_assert_null (sajja_loans_page_get_product_error (page, SAJJA_PRODUCT_FIELD_RATE));

  /* A day that is not a date, or in the future, is refused at the day's field. */
  {
    GtkEditable *day = sajja_loans_page_get_day_field (page);
    g_autofree char *shown = g_strdup (gtk_editable_get_text (day));
    g_autoptr(GDateTime) next_year = g_date_time_add_years (now, 1);
    g_autofree char *future = g_strdup_printf ("%d/%d/%d", g_date_time_get_day_of_month (next_year),
                                               g_date_time_get_month (next_year), g_date_time_get_year (next_year) + 543);

    gtk_editable_set_text (day, "31/02/2569");
    g_assert_cmpint (sajja_loans_page_apply (page), ==, 0);
    g_assert_true (has_thai (sajja_loans_page_get_day_error (page)));
    gtk_editable_set_text (day, future);
    g_assert_cmpint (sajja_loans_page_apply (page), ==, 0);
    g_assert_nonnull (strstr (sajja_loans_page_get_day_error (page), "พ.ศ."));
    gtk_editable_set_text (day, shown);
  }

  /* Mistakes in the application, each at its field; nothing filed. */
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_MEMBER), "99");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_AMOUNT), "12,34.5");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_MONTHS), "0");
  g_assert_cmpint (sajja_loans_page_apply (page), ==, 0);
  g_assert_true (has_thai (sajja_loans_page_get_error (page, SAJJA_LOAN_FIELD_MEMBER)));
  g_assert_true (has_thai (sajja_loans_page_get_error (page, SAJJA_LOAN_FIELD_AMOUNT)));
  g_assert_true (has_thai (sajja_loans_page_get_error (page, SAJJA_LOAN_FIELD_MONTHS)));
  g_assert_cmpuint (sajja_loans_page_get_n_loans (page), ==, 0);

  /* The borrower named as her own guarantor: the checks show it; filed for the committee. */
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_MEMBER), "1");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_AMOUNT), "12,000");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_MONTHS), "12");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_PURPOSE), "ซื้อพันธุ์ยาง");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_GUARANTORS), "1");
  g_assert_cmpint (sajja_loans_page_check (page), ==, 1);
  scroll_into_view (GTK_WIDGET (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_PRICE)));
  screenshot (GTK_WIDGET (window), "loans-check-fails-th");
  gtk_editable_set_text (sajja_loans_page_get_field (page, SAJJA_LOAN_FIELD_GUARANTORS), "2");
  g_assert_cmpint (sajja_loans_page_check (page), ==, 0);
  loan_id = sajja_loans_page_apply (page);
  g_assert_cmpint (loan_id, >, 0);
  g_assert_cmpuint (sajja_loans_page_get_n_loans (page), ==, 1);

  g_assert_true (sajja_loans_page_approve (page, loan_id, "มติที่ 1/2569"));
  g_assert_true (sajja_loans_page_disburse (page, loan_id));
  /* More than the whole debt is refused; a part is recorded on a receipt. */
  g_assert_cmpint (sajja_loans_page_repay (page, loan_id, "12,000.01"), ==, 0);
  g_assert_cmpint (sajja_loans_page_repay (page, loan_id, "1,000"), >, 0);
  g_assert_true (sajja_loan_position (db, loan_id, today, &pos, NULL));
  g_assert_cmpint (pos.outstanding, ==, 1100000);
  g_assert_nonnull (strstr (sajja_loans_page_get_portfolio (page), "11,000.00"));
  loans = sajja_loan_list (db, sajja_group_get_id (group), 0, NULL);
  g_assert_cmpint (((SajjaLoan *) g_ptr_array_index (loans, 0))->status, ==, SAJJA_LOAN_ACTIVE);
  {
    GtkWidget *row = find_type (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW);

    g_assert_nonnull (row);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    scroll_into_view (row);
  }
  screenshot (GTK_WIDGET (window), "loans-th");

  /* The register's button and the loan's account button; what they print, through GTK's print
   * operation to a PDF: the register at the page's day and the borrower's account. */
  g_assert_nonnull (find_label (GTK_WIDGET (page), g_dgettext ("sajja", "Print Re_gister")));
  g_assert_nonnull (find_label (GTK_WIDGET (page), g_dgettext ("sajja", "_Account")));
  {
    g_autoptr(SajjaPageDocument) reg = sajja_print_loan_register (db, sajja_group_get_id (group), today, &error);
    g_autoptr(SajjaPageDocument) account = NULL;
    g_autofree char *pdf = fresh_db_path ("loan-register-printed.pdf");
    g_autofree char *account_pdf = fresh_db_path ("loan-account-printed.pdf");
    g_auto(GStrv) pages = NULL;
    g_auto(GStrv) account_pages = NULL;
    g_autofree char *text = NULL;
    g_autofree char *account_text = NULL;

    g_assert_no_error (error);
    g_assert_true (sajja_print_export (reg, pdf, &error));
    g_assert_no_error (error);
    /* In drawing order: the page's layout moves some Thai tone marks. */
    pages = sajja_test_pdf_pages_full (pdf, TRUE);
    text = sajja_test_squeeze (pages[0]);
    sajja_test_assert_has (text, "ทะเบียนคุมเงินกู้", "the printed loan register");
    sajja_test_assert_has (text, "สมศรีใจดี", "the printed loan register");
    sajja_test_assert_has (text, "12,000.00", "the printed loan register");
    sajja_test_assert_has (text, "1,000.00", "the printed loan register");
    sajja_test_assert_has (text, "11,000.00", "the printed loan register");

    account = sajja_print_loan_ledger (db, loan_id, &error);
    g_assert_no_error (error);
    g_assert_true (sajja_print_export (account, account_pdf, &error));
    g_assert_no_error (error);
    account_pages = sajja_test_pdf_pages_full (account_pdf, TRUE);
    account_text = sajja_test_squeeze (account_pages[0]);
    sajja_test_assert_has (account_text, "บัญชีลูกหนี้เงินกู้รายตัว", "the printed loan account");
    sajja_test_assert_has (account_text, "บุญมีใจดี", "the printed loan account");
    sajja_test_assert_has (account_text, "11,000.00", "the printed loan account");
  }

  /* The borrower's page and the guarantor's. */
  {
    SajjaMemberEditor *editor = SAJJA_MEMBER_EDITOR (g_object_new (SAJJA_TYPE_MEMBER_EDITOR, NULL));
    g_autoptr(SajjaMember) borrower = sajja_member_find_by_id (db, ids[0], NULL);
    g_autoptr(SajjaMember) guarantor = sajja_member_find_by_id (db, ids[1], NULL);
    g_autofree char *text = NULL;

    g_object_ref_sink (editor);
    sajja_member_editor_edit (editor, db, sajja_group_get_id (group), borrower);
    text = sajja_member_editor_describe_loans (editor);
    g_assert_nonnull (strstr (text, "สามัญ"));
    g_assert_nonnull (strstr (text, "11,000.00"));
    g_free (g_steal_pointer (&text));
    sajja_member_editor_edit (editor, db, sajja_group_get_id (group), guarantor);
    text = sajja_member_editor_describe_loans (editor);
    g_assert_nonnull (strstr (text, "สมศรี"));
    g_object_unref (editor);
  }

  close_all_windows ();
}

static void
test_welfare_rules (void)
{
  g_autofree char *path = fresh_db_path ("welfare-rules.db");
  g_autoptr(SajjaGroup) group = NULL;
  SajjaWelfareRule rule = { 0, };
  SajjaWelfarePage *page;
  SajjaWindow *window;
  SajjaDb *db;
  GDate today, later;
  g_autofree char *today_iso = NULL;
  g_autofree char *later_iso = NULL;
  g_autofree char *later_typed = NULL;
  gint64 scheme;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัว");

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  later = today;
  g_date_add_days (&later, 30);
  today_iso = sajja_date_to_iso (&today);
  later_iso = sajja_date_to_iso (&later);
  later_typed = sajja_date_format_full (&later, SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, TRUE);

  window = new_main_window ();
  sajja_window_set_page (window, "welfare");
  page = SAJJA_WELFARE_PAGE (find_type (GTK_WIDGET (window), SAJJA_TYPE_WELFARE_PAGE));
  g_assert_nonnull (page);
  sajja_welfare_page_set_group (page, sajja_group_get_id (group));

  /* A hospital scheme set up from the form, in force from today (the date shown by default). */
  adw_combo_row_set_selected (sajja_welfare_page_get_rule_kind_row (page), SAJJA_WELFARE_HOSPITAL);
  gtk_editable_set_text (sajja_welfare_page_get_rule_field (page, SAJJA_WELFARE_RULE_FIELD_BENEFIT), "500");
  gtk_switch_set_active (sajja_welfare_page_get_per_day_switch (page), TRUE);
  gtk_editable_set_text (sajja_welfare_page_get_rule_field (page, SAJJA_WELFARE_RULE_FIELD_CAP), "3,000");
  g_assert_true (sajja_welfare_page_save_rules (page));
  scheme = sajja_welfare_scheme_find (db, sajja_group_get_id (group), SAJJA_WELFARE_HOSPITAL);
  g_assert_cmpint (scheme, >, 0);
  g_assert_true (sajja_welfare_scheme_get_rule (db, scheme, today_iso, &rule, NULL));
  g_assert_cmpint (rule.benefit, ==, 50000);
  g_assert_true (rule.per_day);
  g_assert_cmpint (rule.yearly_cap, ==, 300000);
  sajja_welfare_rule_clear (&rule);

  /* A bad amount: refused at its field, nothing written. */
  gtk_editable_set_text (sajja_welfare_page_get_rule_field (page, SAJJA_WELFARE_RULE_FIELD_FROM), later_typed);
  gtk_editable_set_text (sajja_welfare_page_get_rule_field (page, SAJJA_WELFARE_RULE_FIELD_BENEFIT), "12,34.5");
  g_assert_false (sajja_welfare_page_save_rules (page));
  g_assert_true (has_thai (sajja_welfare_page_get_rule_error (page, SAJJA_WELFARE_RULE_FIELD_BENEFIT)));
  g_assert_null (sajja_welfare_page_get_rule_error (page, SAJJA_WELFARE_RULE_FIELD_CAP));
  g_assert_true (sajja_welfare_scheme_get_rule (db, scheme, later_iso, &rule, NULL));
  g_assert_cmpint (rule.benefit, ==, 50000);
  sajja_welfare_rule_clear (&rule);
  screenshot (GTK_WIDGET (window), "welfare-rules-th");

  /* A change from a later date: the earlier rules are kept. */
  gtk_editable_set_text (sajja_welfare_page_get_rule_field (page, SAJJA_WELFARE_RULE_FIELD_BENEFIT), "600");
  g_assert_true (sajja_welfare_page_save_rules (page));
  g_assert_null (sajja_welfare_page_get_rule_error (page, SAJJA_WELFARE_RULE_FIELD_BENEFIT));
  g_assert_cmpint (sajja_welfare_scheme_find (db, sajja_group_get_id (group), SAJJA_WELFARE_HOSPITAL), ==, scheme);
  g_assert_true (sajja_welfare_scheme_get_rule (db, scheme, today_iso, &rule, NULL));
  g_assert_cmpint (rule.benefit, ==, 50000);
  sajja_welfare_rule_clear (&rule);
  g_assert_true (sajja_welfare_scheme_get_rule (db, scheme, later_iso, &rule, NULL));
  g_assert_cmpint (rule.benefit, ==, 60000);
  g_assert_true (rule.per_day);
  sajja_welfare_rule_clear (&rule);

  close_all_windows ();
}

static void
test_bank_deposit_and_reconcile (void)
{
  g_autofree char *path = fresh_db_path ("bank.db");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(GError) error = NULL;
  SajjaBankPage *page;
  SajjaWindow *window;
  SajjaDb *db;
  GDate today;
  gint64 account;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านคลองแห");
  g_ptr_array_add (sajja_group_get_bank_accounts (group),
                   sajja_bank_account_new ("ธ.ก.ส.", "หาดใหญ่", "020-1-23456-7", "กลุ่มออมทรัพย์บ้านคลองแห"));
  g_assert_true (sajja_group_save (group, db, NULL));
  account = sajja_bank_find_account (db, sajja_group_get_id (group), "ธ.ก.ส.", "020-1-23456-7");
  g_assert_cmpint (account, >, 0);
  member = sajja_member_new (sajja_group_get_id (group));
  sajja_member_set_given_name (member, "สมศรี");
  sajja_member_set_surname (member, "ใจดี");
  sajja_member_set_join_date (member, "2020-01-01");
  g_assert_true (sajja_member_save (member, db, NULL));

  /* 1,000 baht of cash on hand from an entry fee. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  {
    g_autofree char *iso = sajja_date_to_iso (&today);

    g_assert_cmpint (sajja_ledger_post (db, sajja_group_get_id (group), sajja_member_get_id (member),
                                        SAJJA_ENTRY_ENTRY_FEE, 100000, sajja_period_from_date (&today), iso, 0,
                                        "test", NULL, &error), >, 0);
    g_assert_no_error (error);
  }

  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "bank");
  page = SAJJA_BANK_PAGE (find_type (GTK_WIDGET (window), SAJJA_TYPE_BANK_PAGE));
  g_assert_nonnull (page);
  sajja_bank_page_set_group (page, sajja_group_get_id (group));
  g_assert_cmpint (sajja_bank_page_get_account (page), ==, account);
  g_assert_cmpstr (sajja_bank_page_get_book_balance (page), ==, "0.00");
  /* The date starts at today. */
  g_assert_cmpstr (gtk_editable_get_text (sajja_bank_page_get_date_field (page)), !=, "");

  /* A deposit of more than the cash on hand: shown at the amount, nothing written. */
  adw_combo_row_set_selected (sajja_bank_page_get_kind_row (page), SAJJA_BANK_DEPOSIT);
  gtk_editable_set_text (sajja_bank_page_get_amount_field (page), "2,000");
  g_assert_false (sajja_bank_page_record (page));
  g_assert_true (has_thai (sajja_bank_page_get_error (page)));
  g_assert_cmpint (sajja_bank_balance (db, account, NULL), ==, 0);
  g_assert_cmpuint (sajja_bank_page_get_n_movements (page), ==, 0);

  /* 500 baht to the bank. */
  gtk_editable_set_text (sajja_bank_page_get_amount_field (page), "500");
  gtk_editable_set_text (sajja_bank_page_get_note_field (page), "ฝากเงินสดหลังวันออม");
  g_assert_true (sajja_bank_page_record (page));
  g_assert_null (sajja_bank_page_get_error (page));
  g_assert_cmpint (sajja_bank_balance (db, account, NULL), ==, 50000);
  g_assert_cmpint (sajja_bank_cash_on_hand (db, sajja_group_get_id (group), NULL), ==, 50000);
  g_assert_cmpstr (sajja_bank_page_get_book_balance (page), ==, "500.00");
  g_assert_cmpuint (sajja_bank_page_get_n_movements (page), ==, 1);

  /* The passbook shows 500.50 baht: 0.50 baht of interest is missing from the book. */
  gtk_editable_set_text (sajja_bank_page_get_statement_balance_field (page), "500.50");
  g_assert_true (sajja_bank_page_record_statement (page));
  g_assert_null (sajja_bank_page_get_error (page));
  g_assert_cmpstr (sajja_bank_page_get_difference (page), ==, "0.50");
  screenshot (GTK_WIDGET (window), "bank-th");

  /* What the page's print button sends, through GTK's print operation to a PDF. */
  {
    g_autoptr(SajjaPageDocument) doc = sajja_print_bank_book (db, sajja_group_get_id (group), &error);
    g_autofree char *pdf = fresh_db_path ("bank-book-printed.pdf");
    g_auto(GStrv) pages = NULL;
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    g_assert_true (sajja_print_export (doc, pdf, &error));
    g_assert_no_error (error);
    {
      g_autofree char *n_pages = sajja_test_pdf_info_value (pdf, "Pages");
      g_autofree char *size = sajja_test_pdf_info_value (pdf, "Page size");

      g_assert_cmpstr (n_pages, ==, "1");
      g_assert_nonnull (strstr (size, "(A4)"));
    }
    pages = sajja_test_pdf_pages (pdf);
    text = sajja_test_squeeze (pages[0]);
    sajja_test_assert_has (text, "020-1-23456-7", "the printed bank book");
    sajja_test_assert_has (text, "ฝากเงินสดหลังวันออม", "the printed bank book");
    sajja_test_assert_has (text, "500.50", "the printed bank book");
    sajja_test_assert_has (text, "ผลต่าง 0.50 บาท", "the printed bank book");
  }

  close_all_windows ();
}

static void
test_member_reverse_entry (void)
{
  g_autofree char *path = fresh_db_path ("reverse.db");
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(GError) error = NULL;
  SajjaMemberEntries *entries;
  SajjaMembersPage *page;
  SajjaWindow *window;
  SajjaPeriod period;
  GDate today;
  gint64 entry_id;
  guint rows;
  SajjaDb *db;

  set_language ("th");
  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  group = make_group (db, "กลุ่มออมทรัพย์เพื่อการผลิตบ้านโคกม่วง");
  member = sajja_member_new (sajja_group_get_id (group));
  sajja_member_set_given_name (member, "สมหมาย");
  sajja_member_set_surname (member, "ตั้งใจ");
  sajja_member_set_join_date (member, "2020-01-01");
  g_assert_true (sajja_member_save (member, db, NULL));
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  period = sajja_period_from_date (&today);
  {
    g_autofree char *iso = sajja_date_to_iso (&today);

    entry_id = sajja_ledger_post (db, sajja_group_get_id (group), sajja_member_get_id (member),
                                  SAJJA_ENTRY_SPECIAL_DEPOSIT, 123400, period, iso, 0, "test", NULL, &error);
    g_assert_no_error (error);
  }

  g_assert_true (sajja_application_open_database (app, path));
  db = sajja_application_get_db (app);
  window = new_main_window ();
  sajja_window_set_page (window, "members");
  page = find_members_page (GTK_WIDGET (window));
  sajja_members_page_set_group (page, sajja_group_get_id (group));
  sajja_members_page_edit_member (page, 0);
  entries = SAJJA_MEMBER_ENTRIES (find_type (GTK_WIDGET (window), SAJJA_TYPE_MEMBER_ENTRIES));
  g_assert_nonnull (entries);
  rows = sajja_member_entries_get_n_rows (entries);
  g_assert_cmpuint (rows, ==, 1);

  /* A reversal needs a reason; then it undoes the deposit, and cannot be done twice. */
  g_assert_false (sajja_member_entries_reverse (entries, entry_id, "", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  g_clear_error (&error);
  g_assert_true (sajja_member_entries_reverse (entries, entry_id, "บันทึกผิดคน", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sajja_member_entries_get_n_rows (entries), ==, 2);
  g_assert_cmpint (sajja_ledger_balance (db, sajja_group_get_id (group), sajja_member_get_id (member),
                                         SAJJA_ACCOUNT_SPECIAL), ==, 0);
  g_assert_false (sajja_member_entries_reverse (entries, entry_id, "อีกครั้ง", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_REVERSAL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find_type (GTK_WIDGET (entries), ADW_TYPE_EXPANDER_ROW)), TRUE);
  scroll_into_view (GTK_WIDGET (entries));
  screenshot (GTK_WIDGET (window), "member-entries-th");

  close_all_windows ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_autofree char *home = NULL;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: that also hides the system's GSettings schemas, which GTK
   * and libadwaita read. Only the user's folders are made throwaway. */
  home = g_dir_make_tmp ("sajja-gui-XXXXXX", NULL);
  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);

  g_test_init (&argc, &argv, NULL);
  sajja_i18n_init ();

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the GUI tests under Xvfb (build-aux/test does).\n");
      return 1;
    }
  adw_init ();

  app = sajja_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/gui/window/welcome-thai", test_welcome_thai);
  g_test_add_func ("/gui/window/welcome-english", test_welcome_english);
  g_test_add_func ("/gui/window/switch-language", test_switch_language);
  g_test_add_func ("/gui/window/damaged-database", test_damaged_database);
  g_test_add_func ("/gui/groups/demo-network", test_demo_network);
  g_test_add_func ("/gui/groups/form-invalid-input", test_group_form_invalid);
  g_test_add_func ("/gui/backups/restore", test_backups_restore);
  g_test_add_func ("/gui/members/add-edit-undo-search", test_members_add_edit_undo_search);
  g_test_add_func ("/gui/groups/rules-and-committee", test_group_rules_and_committee);
  g_test_add_func ("/gui/members/import", test_members_import);
  g_test_add_func ("/gui/savings/keyboard-day", test_savings_keyboard_day);
  g_test_add_func ("/gui/savings/loan-repayment", test_savings_loan_repayment);
  g_test_add_func ("/gui/members/withdraw-and-leave", test_members_withdraw_and_leave);
  g_test_add_func ("/gui/savings/close-month", test_savings_close_month);
  g_test_add_func ("/gui/welfare/claims", test_welfare_claims);
  g_test_add_func ("/gui/loans/page", test_loans_page);
  g_test_add_func ("/gui/bank/deposit-and-reconcile", test_bank_deposit_and_reconcile);
  g_test_add_func ("/gui/welfare/rules", test_welfare_rules);
  g_test_add_func ("/gui/members/reverse-entry", test_member_reverse_entry);

  status = g_test_run ();

  close_all_windows ();
  g_clear_object (&app);

  return status;
}
