/* sajja-groups-page.h: the registry of groups, a list with a side-panel form. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"
#include "sajja-group-editor.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_GROUPS_PAGE (sajja_groups_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaGroupsPage, sajja_groups_page, SAJJA, GROUPS_PAGE, AdwBin)

void              sajja_groups_page_set_db     (SajjaGroupsPage *self,
                                                SajjaDb         *db);
/* Opens the form for a new group. */
void              sajja_groups_page_new_group  (SajjaGroupsPage *self);
/* Opens the form for the group at @position in the list. */
void              sajja_groups_page_edit_group (SajjaGroupsPage *self,
                                                guint            position);
GListModel       *sajja_groups_page_get_model  (SajjaGroupsPage *self);
SajjaGroupEditor *sajja_groups_page_get_editor (SajjaGroupsPage *self);
gboolean          sajja_groups_page_is_editing (SajjaGroupsPage *self);

G_END_DECLS
