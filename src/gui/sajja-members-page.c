/* sajja-members-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <string.h>

#include "sajja-columns.h"
#include "sajja-date.h"
#include "sajja-group-picker.h"
#include "sajja-group.h"
#include "sajja-member-edit.h"
#include "sajja-member-list.h"
#include "sajja-members-page.h"
#include "sajja-members-page-private.h"
#include "sajja-thai-id.h"

struct _SajjaMembersPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  GtkToggleButton *descending_button;
  SajjaMemberEditor *editor;
  GtkWidget *editor_box;
  AdwStatusPage *empty_page;
  GtkDropDown *group_dropdown;
  GtkStack *list_stack;
  GtkSearchEntry *search_entry;
  GtkDropDown *sort_dropdown;
  AdwWindowTitle *title;

  /* Owned references */
  SajjaDb *db;
  GListStore *groups;
  SajjaMemberList *members;
  GtkSingleSelection *selection;
  SajjaMember *undo_before;  /* the last save, for undo: the member as it was, or NULL */
  SajjaMember *undo_after;   /* … and as it was saved */
  gint64 undo_share_mark;

  gint64 group_id;
  guint loading : 1;
};

G_DEFINE_FINAL_TYPE (SajjaMembersPage, sajja_members_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
number_text (gpointer item)
{
  return g_strdup_printf ("%d", sajja_member_get_member_no (item));
}

static char *
name_text (gpointer item)
{
  return sajja_member_dup_full_name (item);
}

static char *
id_text (gpointer item)
{
  const char *id = sajja_member_get_national_id (item);

  return id != NULL && strlen (id) == 13 ? sajja_thai_id_format (id) : g_strdup (id);
}

static char *
joined_text (gpointer item)
{
  return sajja_date_format_iso (sajja_member_get_join_date (item), SAJJA_DATE_STYLE_MEDIUM);
}

static char *
shares_text (gpointer item)
{
  return g_strdup_printf ("%d", sajja_member_get_shares (item));
}

static char *
status_text (gpointer item)
{
  return g_strdup (sajja_member_status_get_title (sajja_member_get_status (item)));
}

static void
toast (SajjaMembersPage *self,
       AdwToast         *t)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, t);
}

static void
toast_message (SajjaMembersPage *self,
               const char       *message)
{
  toast (self, adw_toast_new (message));
}

static void
close_editor (SajjaMembersPage *self)
{
  gtk_widget_set_visible (self->editor_box, FALSE);
}

static void
update_count (SajjaMembersPage *self)
{
  guint n = self->members != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->members)) : 0;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *subtitle = NULL;

  if (self->members == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Group Chosen"));
      adw_status_page_set_description (self->empty_page, _("Register a group first, then its members."));
    }
  else if (*query != '\0')
    {
      adw_status_page_set_title (self->empty_page, _("No Members Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try part of the name, the member number or the ID number."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Members Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Register the group’s members one by one, or import the roster from a spreadsheet."));
    }

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  if (self->members != NULL)
    /* Translators: the subtitle of the members page, %u is a count. */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", n), n);
  adw_window_title_set_subtitle (self->title, subtitle);
}

static void
run_query (SajjaMembersPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->members == NULL)
    {
      update_count (self);
      return;
    }

  self->loading = TRUE;
  if (!sajja_member_list_query (self->members,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                gtk_drop_down_get_selected (self->sort_dropdown),
                                gtk_toggle_button_get_active (self->descending_button),
                                &error))
    toast_message (self, error->message);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->loading = FALSE;

  update_count (self);
}

static void
search_changed_cb (SajjaMembersPage *self)
{
  run_query (self);
}

static void
sort_changed_cb (SajjaMembersPage *self)
{
  run_query (self);
}

void
sajja_members_page_search (SajjaMembersPage *self,
                           const char       *text)
{
  g_return_if_fail (SAJJA_IS_MEMBERS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  run_query (self);
}

void
sajja_members_page_set_group (SajjaMembersPage *self,
                              gint64            group_id)
{
  g_return_if_fail (SAJJA_IS_MEMBERS_PAGE (self));

  self->group_id = group_id;
  close_editor (self);

  g_clear_object (&self->members);
  if (self->db != NULL && group_id != 0)
    self->members = sajja_member_list_new (self->db, group_id);

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->members));
  run_query (self);

  /* Keep the drop-down in step when the group is chosen from outside. */
  sajja_group_picker_select (self->group_dropdown, group_id);
}

gint64
sajja_members_page_get_group (SajjaMembersPage *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBERS_PAGE (self), 0);

  return self->group_id;
}

static void
group_selected_cb (SajjaMembersPage *self)
{
  gint64 group_id = sajja_group_picker_get (self->group_dropdown);

  if (group_id != 0 && group_id != self->group_id)
    sajja_members_page_set_group (self, group_id);
}

void
sajja_members_page_set_db (SajjaMembersPage *self,
                           SajjaDb          *db)
{
  gint64 first;

  g_return_if_fail (SAJJA_IS_MEMBERS_PAGE (self));

  g_set_object (&self->db, db);
  g_clear_object (&self->undo_before);
  g_clear_object (&self->undo_after);

  first = sajja_group_picker_fill (self->groups, db);
  if (first != 0)
    gtk_drop_down_set_selected (self->group_dropdown, 0);
  sajja_members_page_set_group (self, first);
}

void
sajja_members_page_new_member (SajjaMembersPage *self)
{
  g_return_if_fail (SAJJA_IS_MEMBERS_PAGE (self));

  if (self->db == NULL || self->group_id == 0)
    return;

  sajja_member_editor_edit (self->editor, self->db, self->group_id, NULL);
  gtk_widget_set_visible (self->editor_box, TRUE);
}

void
sajja_members_page_edit_member (SajjaMembersPage *self,
                                guint             position)
{
  g_autoptr(SajjaMember) member = NULL;

  g_return_if_fail (SAJJA_IS_MEMBERS_PAGE (self));

  if (self->members == NULL)
    return;

  member = g_list_model_get_item (G_LIST_MODEL (self->members), position);
  if (member == NULL)
    return;

  if (gtk_single_selection_get_selected (self->selection) != position)
    {
      self->loading = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->loading = FALSE;
    }
  sajja_member_editor_edit (self->editor, self->db, self->group_id, member);
  gtk_widget_set_visible (self->editor_box, TRUE);
}

static void
selected_changed_cb (SajjaMembersPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (!self->loading && position != GTK_INVALID_LIST_POSITION)
    sajja_members_page_edit_member (self, position);
}

GListModel *
sajja_members_page_get_model (SajjaMembersPage *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBERS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

SajjaMemberEditor *
sajja_members_page_get_editor (SajjaMembersPage *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBERS_PAGE (self), NULL);

  return self->editor;
}

gboolean
sajja_members_page_is_editing (SajjaMembersPage *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBERS_PAGE (self), FALSE);

  return gtk_widget_get_visible (self->editor_box);
}

gboolean
sajja_members_page_undo (SajjaMembersPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (SAJJA_IS_MEMBERS_PAGE (self), FALSE);

  if (self->undo_after == NULL || self->db == NULL)
    return FALSE;

  if (self->undo_before != NULL)
    ok = sajja_member_undo_edit (self->db, self->undo_before, self->undo_share_mark, &error);
  else
    ok = sajja_member_delete (self->db, self->undo_after, &error);

  if (!ok)
    {
      toast_message (self, error->message);
      return FALSE;
    }

  g_clear_object (&self->undo_before);
  g_clear_object (&self->undo_after);
  close_editor (self);
  run_query (self);
  toast_message (self, _("Undone"));

  return TRUE;
}

static void
undo_clicked_cb (SajjaMembersPage *self)
{
  sajja_members_page_undo (self);
}

static void
editor_saved_cb (SajjaMembersPage *self,
                 SajjaMember      *member,
                 SajjaMember      *before,
                 gint64            share_mark)
{
  g_autofree char *name = sajja_member_dup_full_name (member);
  AdwToast *t;
  guint position;

  g_set_object (&self->undo_before, before);
  g_clear_object (&self->undo_after);
  self->undo_after = sajja_member_copy (member);
  self->undo_share_mark = share_mark;

  close_editor (self);
  run_query (self);

  /* Show where the member now sits in the list. */
  position = sajja_member_list_find (self->members, sajja_member_get_id (member));
  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);

  /* Translators: %s is a member's name. */
  t = adw_toast_new_format (before != NULL ? _("Saved %s") : _("Registered %s"), name);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
  toast (self, t);
}

static void
editor_deleted_cb (SajjaMembersPage *self,
                   SajjaMember      *member)
{
  g_autofree char *name = sajja_member_dup_full_name (member);
  g_autofree char *message = NULL;

  g_clear_object (&self->undo_before);
  g_clear_object (&self->undo_after);
  close_editor (self);
  run_query (self);

  /* Translators: %s is a member's name. */
  message = g_strdup_printf (_("Deleted %s"), name);
  toast_message (self, message);
}

static void
editor_cancelled_cb (SajjaMembersPage *self)
{
  close_editor (self);
  self->loading = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->loading = FALSE;
}

static void
editor_settled_cb (SajjaMembersPage *self)
{
  /* The member left: the list shows the new status, the form stays open on them. */
  gboolean editing = gtk_widget_get_visible (self->editor_box);

  self->loading = TRUE;
  if (self->members != NULL)
    sajja_member_list_reload (self->members, NULL);
  self->loading = FALSE;
  gtk_widget_set_visible (self->editor_box, editing);
  update_count (self);
}

static void
editor_print_cb (SajjaMembersPage *self,
                 SajjaMember      *member)
{
  _sajja_members_page_print_application (self, member);
}

static void
new_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sajja_members_page_new_member (SAJJA_MEMBERS_PAGE (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _sajja_members_page_import (SAJJA_MEMBERS_PAGE (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _sajja_members_page_export (SAJJA_MEMBERS_PAGE (widget));
}

static void
print_register_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _sajja_members_page_print_register (SAJJA_MEMBERS_PAGE (widget));
}

SajjaDb *
_sajja_members_page_get_db (SajjaMembersPage *self)
{
  return self->db;
}

void
_sajja_members_page_toast (SajjaMembersPage *self,
                           const char       *message)
{
  toast_message (self, message);
}

void
_sajja_members_page_refresh (SajjaMembersPage *self)
{
  close_editor (self);
  run_query (self);
}

static void
sajja_members_page_dispose (GObject *object)
{
  SajjaMembersPage *self = (SajjaMembersPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SAJJA_TYPE_MEMBERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->members);
  g_clear_object (&self->groups);
  g_clear_object (&self->undo_before);
  g_clear_object (&self->undo_after);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (sajja_members_page_parent_class)->dispose (object);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (SAJJA_MEMBERS_PAGE (widget)->search_entry));
}

static void
sajja_members_page_class_init (SajjaMembersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_members_page_dispose;

  /**
   * SajjaMembersPage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (SAJJA_TYPE_MEMBER_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-members-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, descending_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, editor);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, editor_box);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SajjaMembersPage, title);
  gtk_widget_class_bind_template_callback (widget_class, editor_cancelled_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_print_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_settled_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "members.new", NULL, new_member_action);
  gtk_widget_class_install_action (widget_class, "members.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "members.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "members.print-register", NULL, print_register_action);
  gtk_widget_class_install_action (widget_class, "members.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "members.focus-search", NULL);
}

static void
sajja_members_page_init (SajjaMembersPage *self)
{
  g_autoptr(GtkExpression) name = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_list_store_new (SAJJA_TYPE_GROUP);
  name = gtk_property_expression_new (SAJJA_TYPE_GROUP, NULL, "name");
  gtk_drop_down_set_expression (self->group_dropdown, name);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (self->groups));
  g_signal_connect_object (self->group_dropdown, "notify::selected", G_CALLBACK (group_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_dropdown, "notify::selected", G_CALLBACK (sort_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->descending_button, "toggled", G_CALLBACK (sort_changed_cb),
                           self, G_CONNECT_SWAPPED);

  sajja_columns_add (self->column_view, C_("member number", "No."), number_text, NULL, TRUE, FALSE);
  sajja_columns_add (self->column_view, _("Name"), name_text, NULL, FALSE, TRUE);
  sajja_columns_add (self->column_view, _("ID number"), id_text, NULL, FALSE, FALSE);
  sajja_columns_add (self->column_view, _("Joined"), joined_text, NULL, FALSE, FALSE);
  sajja_columns_add (self->column_view, _("Shares"), shares_text, NULL, TRUE, FALSE);
  sajja_columns_add (self->column_view, _("Status"), status_text, NULL, FALSE, FALSE);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_changed_cb),
                           self, G_CONNECT_SWAPPED);
}
