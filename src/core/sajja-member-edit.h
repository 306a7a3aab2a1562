/* sajja-member-edit.h: undoing an edit of a member, and removing a member entered by mistake. */
#pragma once

#include "sajja-member.h"

G_BEGIN_DECLS

/* A mark of the member's pledge history now, taken before an edit, so that the edit can be
 * undone. */
gint64   sajja_member_share_mark (SajjaDb      *db,
                                  gint64        member_id);
/* Puts the member back as @before was, and drops pledge changes recorded after @share_mark,
 * in one transaction. */
gboolean sajja_member_undo_edit  (SajjaDb      *db,
                                  SajjaMember  *before,
                                  gint64        share_mark,
                                  GError      **error);
/* Removes a member entered by mistake (a member who leaves is given a status instead), with
 * their occupations, pledges and beneficiaries, in one transaction. */
gboolean sajja_member_delete     (SajjaDb      *db,
                                  SajjaMember  *member,
                                  GError      **error);

/* The id of member number @member_no of the group, or 0 when there is none. */
gint64   sajja_member_find_id_by_number (SajjaDb *db,
                                         gint64   group_id,
                                         int      member_no);

G_END_DECLS
