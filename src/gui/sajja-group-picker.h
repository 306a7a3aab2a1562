/* sajja-group-picker.h: the group drop-down the members, savings and welfare pages share. */
#pragma once

#include <gtk/gtk.h>

#include "sajja-db.h"

G_BEGIN_DECLS

/* Fills @store with the groups of @db in Thai order (empties it when @db is NULL), with one
 * change. Returns the first group's id, or 0 when there is none. */
gint64 sajja_group_picker_fill   (GListStore  *store,
                                  SajjaDb     *db);
/* Selects the group with @group_id in @dropdown (whose model is the groups), when it is there
 * and not selected already. */
void   sajja_group_picker_select (GtkDropDown *dropdown,
                                  gint64       group_id);
/* The id of the group selected in @dropdown, or 0. */
gint64 sajja_group_picker_get    (GtkDropDown *dropdown);

/* A bar with a drop-down of the groups in @store, labelled for assistive technology; calls
 * @selected (swapped: @data first) when the selection changes. Returns the bar; the drop-down in
 * @out_dropdown. */
GtkWidget *sajja_group_picker_new_bar (GListStore   *store,
                                       GCallback     selected,
                                       gpointer      data,
                                       GtkDropDown **out_dropdown);

G_END_DECLS
