/* sajja-window.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-application.h"
#include "sajja-backups-page.h"
#include "sajja-bank-page.h"
#include "sajja-group.h"
#include "sajja-groups-page.h"
#include "sajja-members-page.h"
#include "sajja-savings-page.h"
#include "sajja-welfare-page.h"
#include "sajja-loans-page.h"
#include "sajja-window.h"

struct _SajjaWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  GtkStack *content_stack;
  AdwStatusPage *error_page;
  AdwLeaflet *leaflet;
  GtkStack *main_stack;
  GtkListBox *sidebar;
  AdwWindowTitle *sidebar_title;
  AdwToastOverlay *toast_overlay;

  /* Owned references */
  GSignalGroup *app_signals;

  /* Borrowed references */
  SajjaGroupsPage *groups_page;
  SajjaMembersPage *members_page;
  SajjaSavingsPage *savings_page;
  SajjaWelfarePage *welfare_page;
  SajjaLoansPage *loans_page;
  SajjaBankPage *bank_page;
  SajjaBackupsPage *backups_page;
};

G_DEFINE_FINAL_TYPE (SajjaWindow, sajja_window, ADW_TYPE_APPLICATION_WINDOW)

static SajjaApplication *
get_app (SajjaWindow *self)
{
  return SAJJA_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void
add_sidebar_row (SajjaWindow *self,
                 const char  *name,
                 const char  *icon_name,
                 const char  *title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_append (self->sidebar, row);
}

static void
select_sidebar_row (SajjaWindow *self,
                    const char  *name)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_str_equal (gtk_widget_get_name (row), name))
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
}

static void
sidebar_row_activated_cb (SajjaWindow   *self,
                          GtkListBoxRow *row)
{
  sajja_window_set_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
update_title (SajjaWindow *self)
{
  SajjaApplication *app = get_app (self);
  const char *path = sajja_application_get_db_path (app);
  g_autofree char *basename = path != NULL ? g_path_get_basename (path) : NULL;

  if (sajja_application_is_demo (app))
    adw_window_title_set_subtitle (self->sidebar_title, _("Demo network"));
  else
    adw_window_title_set_subtitle (self->sidebar_title, basename);
}

static void
database_changed_cb (SajjaWindow      *self,
                     SajjaApplication *app)
{
  SajjaDb *db = sajja_application_get_db (app);
  const GError *error = sajja_application_get_open_error (app);

  update_title (self);
  sajja_groups_page_set_db (self->groups_page, db);
  sajja_members_page_set_db (self->members_page, db);
  sajja_savings_page_set_db (self->savings_page, db);
  sajja_welfare_page_set_db (self->welfare_page, db);
  sajja_loans_page_set_db (self->loans_page, db);
  sajja_bank_page_set_db (self->bank_page, db);
  sajja_backups_page_set_db_path (self->backups_page, sajja_application_get_db_path (app));

  if (db == NULL)
    {
      adw_status_page_set_description (self->error_page, error != NULL ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  if (sajja_group_count (db) == 0)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "content");
}

const char *
sajja_window_get_page (SajjaWindow *self)
{
  const char *main = gtk_stack_get_visible_child_name (self->main_stack);

  g_return_val_if_fail (SAJJA_IS_WINDOW (self), NULL);

  if (g_strcmp0 (main, "content") != 0)
    return main;

  return gtk_stack_get_visible_child_name (self->content_stack);
}

void
sajja_window_set_page (SajjaWindow *self,
                       const char  *page)
{
  g_return_if_fail (SAJJA_IS_WINDOW (self));
  g_return_if_fail (page != NULL);

  if (g_str_equal (page, "welcome") || g_str_equal (page, "error"))
    {
      /* Those follow from the database's state, not from a choice. */
      return;
    }

  if (gtk_stack_get_child_by_name (self->content_stack, page) == NULL)
    return;

  gtk_stack_set_visible_child_name (self->content_stack, page);
  gtk_stack_set_visible_child_name (self->main_stack, "content");
  select_sidebar_row (self, page);
}

void
sajja_window_add_toast (SajjaWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (SAJJA_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
sajja_window_show_error (SajjaWindow *self,
                         const char  *heading,
                         const char  *body)
{
  GtkWidget *dialog;

  g_return_if_fail (SAJJA_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SajjaWindow *self = SAJJA_WINDOW (widget);

  if (sajja_application_get_db (get_app (self)) == NULL)
    return;

  sajja_window_set_page (self, "groups");
  sajja_groups_page_new_group (self->groups_page);
}

static void
show_backups_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sajja_window_set_page (SAJJA_WINDOW (widget), "backups");
}

static void
page_toast_cb (SajjaWindow *self,
               AdwToast    *toast)
{
  sajja_window_add_toast (self, toast);
}

static void
groups_changed_cb (SajjaWindow *self)
{
  /* Leaving the welcome page once the first group is there, and going back when none is. */
  SajjaDb *db = sajja_application_get_db (get_app (self));

  if (db != NULL && sajja_group_count (db) > 0
      && g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "welcome"))
    sajja_window_set_page (self, "groups");

  /* The members page offers the groups as they are now. */
  {
    gint64 group_id = sajja_members_page_get_group (self->members_page);

    sajja_members_page_set_db (self->members_page, db);
    if (group_id != 0)
      sajja_members_page_set_group (self->members_page, group_id);
  }

  /* …and so does the savings page. */
  {
    gint64 group_id = sajja_savings_page_get_group (self->savings_page);

    sajja_savings_page_set_db (self->savings_page, db);
    if (group_id != 0)
      sajja_savings_page_set_group (self->savings_page, group_id);
  }

  /* …and the welfare page. */
  {
    gint64 group_id = sajja_welfare_page_get_group (self->welfare_page);

    sajja_welfare_page_set_db (self->welfare_page, db);
    if (group_id != 0)
      sajja_welfare_page_set_group (self->welfare_page, group_id);
  }

  /* …and the loans page. */
  {
    gint64 group_id = sajja_loans_page_get_group (self->loans_page);

    sajja_loans_page_set_db (self->loans_page, db);
    if (group_id != 0)
      sajja_loans_page_set_group (self->loans_page, group_id);
  }

  /* …and the bank page. */
  {
    gint64 group_id = sajja_bank_page_get_group (self->bank_page);

    sajja_bank_page_set_db (self->bank_page, db);
    if (group_id != 0)
      sajja_bank_page_set_group (self->bank_page, group_id);
  }
}

static void
application_changed_cb (SajjaWindow *self)
{
  /* "application" is not a construct property: it is set after constructed(). */
  SajjaApplication *app = get_app (self);

  g_signal_group_set_target (self->app_signals, app);
  if (app != NULL)
    database_changed_cb (self, app);
}

static void
sajja_window_dispose (GObject *object)
{
  SajjaWindow *self = (SajjaWindow *)object;

  if (self->app_signals != NULL)
    g_signal_group_set_target (self->app_signals, NULL);
  g_clear_object (&self->app_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAJJA_TYPE_WINDOW);

  G_OBJECT_CLASS (sajja_window_parent_class)->dispose (object);
}

static void
sajja_window_class_init (SajjaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_window_dispose;

  g_type_ensure (SAJJA_TYPE_GROUPS_PAGE);
  g_type_ensure (SAJJA_TYPE_BACKUPS_PAGE);
  g_type_ensure (SAJJA_TYPE_MEMBERS_PAGE);
  g_type_ensure (SAJJA_TYPE_SAVINGS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, SajjaWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-group", NULL, new_group_action);
  gtk_widget_class_install_action (widget_class, "win.show-backups", NULL, show_backups_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-group", NULL);
}

static void
sajja_window_init (SajjaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups_page = g_object_new (SAJJA_TYPE_GROUPS_PAGE, NULL);
  self->members_page = g_object_new (SAJJA_TYPE_MEMBERS_PAGE, NULL);
  self->savings_page = g_object_new (SAJJA_TYPE_SAVINGS_PAGE, NULL);
  self->welfare_page = g_object_new (SAJJA_TYPE_WELFARE_PAGE, NULL);
  self->loans_page = g_object_new (SAJJA_TYPE_LOANS_PAGE, NULL);
  self->bank_page = g_object_new (SAJJA_TYPE_BANK_PAGE, NULL);
  self->backups_page = g_object_new (SAJJA_TYPE_BACKUPS_PAGE, NULL);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->groups_page), "groups");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->members_page), "members");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->savings_page), "savings");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->welfare_page), "welfare");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->loans_page), "loans");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->bank_page), "bank");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->backups_page), "backups");

  add_sidebar_row (self, "groups", "system-users-symbolic", _("Groups"));
  add_sidebar_row (self, "members", "avatar-default-symbolic", _("Members"));
  add_sidebar_row (self, "savings", "x-office-spreadsheet-symbolic", _("Savings Day"));
  add_sidebar_row (self, "welfare", "emblem-favorite-symbolic", _("Welfare Fund"));
  add_sidebar_row (self, "loans", "x-office-document-symbolic", _("Loans"));
  add_sidebar_row (self, "bank", "folder-symbolic", _("Bank Book"));
  add_sidebar_row (self, "backups", "document-save-symbolic", _("Backups"));
  select_sidebar_row (self, "groups");

  g_signal_connect_object (self->groups_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->backups_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->members_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->savings_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->welfare_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loans_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->bank_page, "add-toast", G_CALLBACK (page_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->groups_page, "changed", G_CALLBACK (groups_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  self->app_signals = g_signal_group_new (SAJJA_TYPE_APPLICATION);
  g_signal_group_connect_swapped (self->app_signals, "database-changed", G_CALLBACK (database_changed_cb), self);
}
