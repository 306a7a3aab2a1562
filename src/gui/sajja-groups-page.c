/* sajja-groups-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-collate.h"
#include "sajja-columns.h"
#include "sajja-date.h"
#include "sajja-group.h"
#include "sajja-groups-page.h"

struct _SajjaGroupsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkColumnView *column_view;
  SajjaGroupEditor *editor;
  GtkRevealer *editor_revealer;
  GtkStack *list_stack;
  AdwWindowTitle *title;

  /* Owned references */
  SajjaDb *db;
  GListStore *groups;
  GtkSingleSelection *selection;

  guint reloading : 1;
};

G_DEFINE_FINAL_TYPE (SajjaGroupsPage, sajja_groups_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef char *(*TextFunc) (SajjaGroup *group);

static char *
name_text (SajjaGroup *group)
{
  return g_strdup (sajja_group_get_name (group));
}

static char *
village_text (SajjaGroup *group)
{
  return g_strdup (sajja_group_get_village (group));
}

static char *
moo_text (SajjaGroup *group)
{
  int moo = sajja_group_get_moo (group);

  return moo > 0 ? g_strdup_printf ("%d", moo) : g_strdup ("");
}

static char *
tambon_text (SajjaGroup *group)
{
  return g_strdup (sajja_group_get_tambon (group));
}

static char *
amphoe_text (SajjaGroup *group)
{
  return g_strdup (sajja_group_get_amphoe (group));
}

static char *
changwat_text (SajjaGroup *group)
{
  return g_strdup (sajja_group_get_changwat (group));
}

static char *
founded_text (SajjaGroup *group)
{
  char *text = sajja_date_format_iso (sajja_group_get_founded (group), SAJJA_DATE_STYLE_MEDIUM);

  return text != NULL ? text : g_strdup ("");
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  TextFunc func = user_data;
  g_autofree char *ta = func ((SajjaGroup *) a);
  g_autofree char *tb = func ((SajjaGroup *) b);

  return sajja_collate_compare (ta, tb);
}

static int
compare_moo_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return sajja_group_get_moo ((SajjaGroup *) a) - sajja_group_get_moo ((SajjaGroup *) b);
}

static int
compare_founded_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return g_strcmp0 (sajja_group_get_founded ((SajjaGroup *) a), sajja_group_get_founded ((SajjaGroup *) b));
}

static GtkColumnViewColumn *
add_column (SajjaGroupsPage  *self,
            const char       *title,
            TextFunc          func,
            GCompareDataFunc  compare,
            gboolean          expand)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, func, NULL));

  return sajja_columns_add (self->column_view, title, (SajjaColumnText) func, sorter, FALSE, expand);
}

static void
open_editor (SajjaGroupsPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->editor_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->editor_revealer, TRUE);
}

static void
close_editor (SajjaGroupsPage *self)
{
  /* Hidden as well as folded: a folded GtkRevealer in GTK 4.8 still takes width from the list. */
  gtk_revealer_set_reveal_child (self->editor_revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_revealer), FALSE);
}

static void
reload (SajjaGroupsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) fresh = NULL;
  guint n;

  if (self->db != NULL)
    fresh = sajja_group_list_all (self->db, &error);

  if (error != NULL)
    {
      AdwToast *toast = adw_toast_new (error->message);

      g_signal_emit (self, signals[ADD_TOAST], 0, toast);
    }

  self->reloading = TRUE;
  g_list_store_remove_all (self->groups);
  if (fresh != NULL)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (fresh), i);

          g_list_store_append (self->groups, group);
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  {
    /* Translators: the subtitle of the groups page, %u is a count. */
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups", n), n);

    adw_window_title_set_subtitle (self->title, n > 0 ? subtitle : NULL);
  }
}

void
sajja_groups_page_set_db (SajjaGroupsPage *self,
                          SajjaDb         *db)
{
  g_return_if_fail (SAJJA_IS_GROUPS_PAGE (self));

  g_set_object (&self->db, db);
  close_editor (self);
  reload (self);
}

void
sajja_groups_page_new_group (SajjaGroupsPage *self)
{
  g_return_if_fail (SAJJA_IS_GROUPS_PAGE (self));

  if (self->db == NULL)
    return;

  sajja_group_editor_edit (self->editor, self->db, NULL);
  open_editor (self);
}

void
sajja_groups_page_edit_group (SajjaGroupsPage *self,
                              guint            position)
{
  g_autoptr(SajjaGroup) group = NULL;

  g_return_if_fail (SAJJA_IS_GROUPS_PAGE (self));

  group = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (group == NULL || self->db == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  sajja_group_editor_edit (self->editor, self->db, group);
  open_editor (self);
}

GListModel *
sajja_groups_page_get_model (SajjaGroupsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_GROUPS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

SajjaGroupEditor *
sajja_groups_page_get_editor (SajjaGroupsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_GROUPS_PAGE (self), NULL);

  return self->editor;
}

gboolean
sajja_groups_page_is_editing (SajjaGroupsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_GROUPS_PAGE (self), FALSE);

  return gtk_revealer_get_reveal_child (self->editor_revealer);
}

static void
row_activated_cb (SajjaGroupsPage *self,
                  guint            position)
{
  sajja_groups_page_edit_group (self, position);
}

static void
selected_changed_cb (SajjaGroupsPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  /* Choosing a row opens it in the form, as a click or the arrow keys move the selection. */
  if (!self->reloading && position != GTK_INVALID_LIST_POSITION)
    sajja_groups_page_edit_group (self, position);
}

static void
editor_saved_cb (SajjaGroupsPage *self,
                 SajjaGroup      *group)
{
  AdwToast *toast;

  close_editor (self);
  reload (self);

  /* Translators: %s is a group's name. */
  toast = adw_toast_new_format (_("Saved “%s”"), sajja_group_get_name (group));
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
editor_deleted_cb (SajjaGroupsPage *self,
                   SajjaGroup      *group)
{
  AdwToast *toast;

  close_editor (self);
  reload (self);

  /* Translators: %s is a group's name. */
  toast = adw_toast_new_format (_("Deleted “%s”"), sajja_group_get_name (group));
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
editor_cancelled_cb (SajjaGroupsPage *self)
{
  close_editor (self);
}

static void
sajja_groups_page_dispose (GObject *object)
{
  SajjaGroupsPage *self = (SajjaGroupsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SAJJA_TYPE_GROUPS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->groups);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (sajja_groups_page_parent_class)->dispose (object);
}

static void
sajja_groups_page_class_init (SajjaGroupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_groups_page_dispose;

  /**
   * SajjaGroupsPage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  /**
   * SajjaGroupsPage::changed:
   *
   * Emitted after a group was added, edited or deleted.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SAJJA_TYPE_GROUP_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-groups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupsPage, editor_revealer);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupsPage, title);
  gtk_widget_class_bind_template_callback (widget_class, editor_cancelled_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
sajja_groups_page_init (SajjaGroupsPage *self)
{
  GtkColumnViewColumn *name_column;
  GtkSortListModel *sorted;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_list_store_new (SAJJA_TYPE_GROUP);

  name_column = add_column (self, _("Name"), name_text, compare_cb, TRUE);
  add_column (self, _("Village"), village_text, compare_cb, FALSE);
  add_column (self, C_("column", "Moo"), moo_text, compare_moo_cb, FALSE);
  add_column (self, _("Sub-district"), tambon_text, compare_cb, FALSE);
  add_column (self, _("District"), amphoe_text, compare_cb, FALSE);
  add_column (self, _("Province"), changwat_text, compare_cb, FALSE);
  add_column (self, _("Founded"), founded_text, compare_founded_cb, FALSE);

  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_column_view_sort_by_column (self->column_view, name_column, GTK_SORT_ASCENDING);
}
