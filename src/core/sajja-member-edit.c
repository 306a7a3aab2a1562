/* sajja-member-edit.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-member-edit.h"

gint64
sajja_member_share_mark (SajjaDb *db,
                         gint64   member_id)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  return sajja_db_query_int_params (db, "SELECT ifnull (max (id), 0) FROM member_shares WHERE member_id = ?1",
                                    0, 1, member_id);
}


/* The pledge in force before the edit, in case the edit rewrote its row. */
static gboolean
restore_pledge (SajjaDb      *db,
                SajjaMember  *before,
                GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sajja_member_get_shares_from (before) == NULL)
    return TRUE;

  stmt = sajja_db_prepare (db, "UPDATE member_shares SET shares = ? WHERE member_id = ? AND effective_from = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, sajja_member_get_shares (before));
  sqlite3_bind_int64 (stmt, 2, sajja_member_get_id (before));
  sqlite3_bind_text (stmt, 3, sajja_member_get_shares_from (before), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the member"));
      return FALSE;
    }

  return TRUE;
}

gboolean
sajja_member_undo_edit (SajjaDb      *db,
                        SajjaMember  *before,
                        gint64        share_mark,
                        GError      **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (SAJJA_IS_MEMBER (before), FALSE);

  if (!sajja_db_begin (db, error))
    return FALSE;

  if (!sajja_db_exec_params (db, "DELETE FROM member_shares WHERE member_id = ?1 AND id > ?2", error,
                             2, sajja_member_get_id (before), share_mark)
      || !restore_pledge (db, before, error)
      || !sajja_member_save (before, db, error)
      || !sajja_db_log_action (db, "member-undo", sajja_member_get_uuid (before), NULL, error))
    {
      sajja_db_rollback (db);
      return FALSE;
    }

  return sajja_db_commit (db, error);
}

gboolean
sajja_member_delete (SajjaDb      *db,
                     SajjaMember  *member,
                     GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (SAJJA_IS_MEMBER (member), FALSE);

  name = sajja_member_dup_full_name (member);

  /* The books keep every baht a member paid: such a member leaves by a status, never deleted. */
  if (sajja_db_query_int_params (db, "SELECT (SELECT count(*) FROM journal WHERE member_id = ?1) "
                                     "+ (SELECT count(*) FROM committee_terms WHERE member_id = ?1)",
                                 0, 1, sajja_member_get_id (member)) > 0)
    {
      g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CONSTRAINT,
                   /* Translators: %s is a member's name. */
                   _("%s has entries in the books or a committee term, so the record stays. "
                     "Set the member’s status to resigned, deceased or expelled instead."),
                   name);
      return FALSE;
    }

  if (!sajja_db_begin (db, error))
    return FALSE;

  if (!sajja_db_exec_params (db, "UPDATE members SET spouse_id = NULL WHERE spouse_id = ?1", error,
                             1, sajja_member_get_id (member))
      || !sajja_db_exec_params (db, "DELETE FROM members WHERE id = ?1", error, 1, sajja_member_get_id (member))
      || !sajja_db_log_action (db, "member-delete", sajja_member_get_uuid (member), name, error))
    {
      sajja_db_rollback (db);
      return FALSE;
    }

  return sajja_db_commit (db, error);
}

gint64
sajja_member_find_id_by_number (SajjaDb *db,
                                gint64   group_id,
                                int      member_no)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  return sajja_db_query_int_params (db, "SELECT id FROM members WHERE group_id = ?1 AND member_no = ?2",
                                    0, 2, group_id, (gint64) member_no);
}
