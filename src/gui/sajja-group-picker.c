/* sajja-group-picker.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-group-picker.h"
#include "sajja-group.h"

gint64
sajja_group_picker_fill (GListStore *store,
                         SajjaDb    *db)
{
  g_autoptr(GListStore) groups = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (db != NULL)
    groups = sajja_group_list_all (db, NULL);

  n = groups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (groups)) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (groups), i));

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);

  return items->len > 0 ? sajja_group_get_id (g_ptr_array_index (items, 0)) : 0;
}

void
sajja_group_picker_select (GtkDropDown *dropdown,
                           gint64       group_id)
{
  GListModel *groups = gtk_drop_down_get_model (dropdown);
  guint n = groups != NULL ? g_list_model_get_n_items (groups) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SajjaGroup) group = g_list_model_get_item (groups, i);

      if (sajja_group_get_id (group) == group_id && gtk_drop_down_get_selected (dropdown) != i)
        gtk_drop_down_set_selected (dropdown, i);
    }
}

gint64
sajja_group_picker_get (GtkDropDown *dropdown)
{
  SajjaGroup *group = gtk_drop_down_get_selected_item (dropdown);

  return group != NULL ? sajja_group_get_id (group) : 0;
}

GtkWidget *
sajja_group_picker_new_bar (GListStore   *store,
                            GCallback     selected,
                            gpointer      data,
                            GtkDropDown **out_dropdown)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  g_autoptr(GtkExpression) name = gtk_property_expression_new (SAJJA_TYPE_GROUP, NULL, "name");

  gtk_drop_down_set_expression (dropdown, name);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (store));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Group"), -1);
  g_signal_connect_object (dropdown, "notify::selected", selected, data, G_CONNECT_SWAPPED);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (dropdown));
  *out_dropdown = dropdown;
  return bar;
}
