/* sajja-columns.h: text columns for the column views, bound through a function. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns the text to show for @item, newly allocated. */
typedef char *(*SajjaColumnText) (gpointer item);

/* Appends a column of labels showing @text_func (item). @sorter may be NULL. @numeric aligns
 * right. Returns the column (owned by the view). */
GtkColumnViewColumn *sajja_columns_add (GtkColumnView   *view,
                                        const char      *title,
                                        SajjaColumnText  text_func,
                                        GtkSorter       *sorter,
                                        gboolean         numeric,
                                        gboolean         expand);

G_END_DECLS
