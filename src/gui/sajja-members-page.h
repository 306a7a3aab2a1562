/* sajja-members-page.h: a group's members: search, list and the side-panel form. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"
#include "sajja-member-editor.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_MEMBERS_PAGE (sajja_members_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaMembersPage, sajja_members_page, SAJJA, MEMBERS_PAGE, AdwBin)

void               sajja_members_page_set_db        (SajjaMembersPage *self,
                                                     SajjaDb          *db);
/* Shows the members of the group with @group_id. */
void               sajja_members_page_set_group     (SajjaMembersPage *self,
                                                     gint64            group_id);
gint64             sajja_members_page_get_group     (SajjaMembersPage *self);
void               sajja_members_page_new_member    (SajjaMembersPage *self);
void               sajja_members_page_edit_member   (SajjaMembersPage *self,
                                                     guint             position);
/* Types into the search entry (as a user would) and runs the search at once. */
void               sajja_members_page_search        (SajjaMembersPage *self,
                                                     const char       *text);
GListModel        *sajja_members_page_get_model     (SajjaMembersPage *self);
SajjaMemberEditor *sajja_members_page_get_editor    (SajjaMembersPage *self);
gboolean           sajja_members_page_is_editing    (SajjaMembersPage *self);
/* Undoes the last save, as the toast's Undo button does. */
gboolean           sajja_members_page_undo          (SajjaMembersPage *self);

G_END_DECLS
