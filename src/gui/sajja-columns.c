/* sajja-columns.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sajja-columns.h"

/* How a column's cells look, packed into the factory's user data. */
enum {
  CELL_NUMERIC = 1 << 0,
  CELL_WIDE = 1 << 1,
};

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  flags_data)
{
  guint flags = GPOINTER_TO_UINT (flags_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), (flags & CELL_NUMERIC) ? 1 : 0);
  /* At the end: Pango 1.50 cuts Thai in the middle or at the start through a cluster, leaving a
   * stray vowel or tone mark by the ellipsis. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* The column that takes the spare width (a name) keeps room for a name when the form is open;
   * a narrow window scrolls the list sideways rather than hiding the name. */
  if (flags & CELL_WIDE)
    gtk_label_set_width_chars (GTK_LABEL (label), 16);
  if (flags & CELL_NUMERIC)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  SajjaColumnText func = user_data;
  g_autofree char *text = func (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

GtkColumnViewColumn *
sajja_columns_add (GtkColumnView   *view,
                   const char      *title,
                   SajjaColumnText  text_func,
                   GtkSorter       *sorter,
                   gboolean         numeric,
                   gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb),
                    GUINT_TO_POINTER ((numeric ? CELL_NUMERIC : 0) | (expand ? CELL_WIDE : 0)));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), text_func);

  column = gtk_column_view_column_new (title, factory);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);

  return column;
}
