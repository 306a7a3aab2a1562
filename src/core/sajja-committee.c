/* sajja-committee.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-committee.h"
#include "sajja-date.h"
#include "sajja-uuid.h"

G_DEFINE_QUARK (sajja-committee-error-quark, sajja_committee_error)

static const struct
{
  const char *name;
  const char *title;
} committees[SAJJA_N_COMMITTEES] = {
  [SAJJA_COMMITTEE_EXECUTIVE] = { "executive", N_("Executive committee") },
  [SAJJA_COMMITTEE_LOAN] = { "loan", N_("Loan committee") },
  [SAJJA_COMMITTEE_AUDIT] = { "audit", N_("Audit committee") },
  [SAJJA_COMMITTEE_PROMOTION] = { "promotion", N_("Promotion committee") },
};

static const struct
{
  const char *name;
  const char *title;
} positions[SAJJA_N_POSITIONS] = {
  [SAJJA_POSITION_CHAIR] = { "chair", N_("Chair") },
  [SAJJA_POSITION_VICE_CHAIR] = { "vice-chair", N_("Vice-chair") },
  [SAJJA_POSITION_TREASURER] = { "treasurer", N_("Treasurer") },
  [SAJJA_POSITION_SECRETARY] = { "secretary", N_("Secretary") },
  /* Translators: a member of a committee (กรรมการ), not of the group. */
  [SAJJA_POSITION_MEMBER] = { "member", N_("Committee member") },
};

const char *
sajja_committee_to_string (SajjaCommittee committee)
{
  g_return_val_if_fail (committee < SAJJA_N_COMMITTEES, NULL);
  return committees[committee].name;
}

gboolean
sajja_committee_from_string (const char     *name,
                             SajjaCommittee *out)
{
  for (guint i = 0; i < SAJJA_N_COMMITTEES; i++)
    if (g_strcmp0 (committees[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_committee_get_title (SajjaCommittee committee)
{
  g_return_val_if_fail (committee < SAJJA_N_COMMITTEES, NULL);
  return _(committees[committee].title);
}

const char *
sajja_position_to_string (SajjaPosition position)
{
  g_return_val_if_fail (position < SAJJA_N_POSITIONS, NULL);
  return positions[position].name;
}

gboolean
sajja_position_from_string (const char    *name,
                            SajjaPosition *out)
{
  for (guint i = 0; i < SAJJA_N_POSITIONS; i++)
    if (g_strcmp0 (positions[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_position_get_title (SajjaPosition position)
{
  g_return_val_if_fail (position < SAJJA_N_POSITIONS, NULL);
  return _(positions[position].title);
}

void
sajja_committee_term_free (SajjaCommitteeTerm *term)
{
  if (term == NULL)
    return;

  g_free (term->uuid);
  g_free (term->member_name);
  g_free (term->term_from);
  g_free (term->term_to);
  g_free (term);
}

static gboolean
check_date (const char  *iso,
            gboolean     optional,
            GError     **error)
{
  GDate date;

  if (iso == NULL && optional)
    return TRUE;

  if (iso == NULL || !sajja_date_from_iso (iso, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM,
                           _("A term needs a valid start date, and an end date that is valid or left empty."));
      return FALSE;
    }

  return TRUE;
}


gboolean
sajja_committee_add_term (SajjaDb         *db,
                          gint64           group_id,
                          SajjaCommittee   committee,
                          SajjaPosition    position,
                          gint64           member_id,
                          const char      *term_from,
                          const char      *term_to,
                          GError         **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  sqlite3_stmt *stmt;
  gboolean own;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (committee < SAJJA_N_COMMITTEES, FALSE);
  g_return_val_if_fail (position < SAJJA_N_POSITIONS, FALSE);

  if (!check_date (term_from, FALSE, error) || !check_date (term_to, TRUE, error))
    return FALSE;

  if (term_to != NULL && g_strcmp0 (term_to, term_from) < 0)
    {
      g_set_error_literal (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM,
                           _("The term ends before it starts. Check the years."));
      return FALSE;
    }

  /* An active member of this group on the first day of the term. */
  stmt = sajja_db_prepare (db,
                           "SELECT count(*) FROM members WHERE id = ? AND group_id = ? AND join_date <= ? "
                           "AND (status = 'active' OR status_date > ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_text (stmt, 3, term_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, term_from, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) == 0)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_MEMBER,
                           _("Only an active member of the group can hold a position on its committees."));
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (position != SAJJA_POSITION_MEMBER)
    {
      /* One chair (treasurer, …) at a time: the periods may not overlap. */
      stmt = sajja_db_prepare (db,
                               "SELECT count(*) FROM committee_terms WHERE group_id = ?1 AND committee = ?2 "
                               "AND position = ?3 AND term_from <= ifnull (?5, '9999-12-31') "
                               "AND ifnull (term_to, '9999-12-31') >= ?4",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, group_id);
      sqlite3_bind_text (stmt, 2, committees[committee].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, positions[position].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, term_from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, term_to, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0)
        {
          sqlite3_reset (stmt);
          g_set_error (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TAKEN,
                       /* Translators: the first %s is a position ("Chair"), the second a committee. */
                       _("The %s of the %s is already held in that period. End the earlier term first."),
                       _(positions[position].title), _(committees[committee].title));
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO committee_terms (uuid, group_id, committee, position, member_id, "
                           "term_from, term_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_text (stmt, 3, committees[committee].name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, positions[position].name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, member_id);
  sqlite3_bind_text (stmt, 6, term_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, term_to, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the committee term"));
      goto fail;
    }

  if (!sajja_db_log_action (db, "committee-term-add", uuid, positions[position].name, error))
    goto fail;

  return sajja_db_end_change (db, own, TRUE, error);

fail:
  return sajja_db_end_change (db, own, FALSE, NULL);
}

gboolean
sajja_committee_end_term (SajjaDb     *db,
                          gint64       term_id,
                          const char  *term_to,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean own;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!check_date (term_to, FALSE, error))
    return FALSE;

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  stmt = sajja_db_prepare (db, "UPDATE committee_terms SET term_to = ? WHERE id = ? AND term_to IS NULL", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, term_to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, term_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        g_set_error_literal (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM,
                             _("The term ends before it starts. Check the years."));
      else
        sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the committee term"));
      goto fail;
    }
  if (sqlite3_changes (sajja_db_get_handle (db)) != 1)
    {
      g_set_error_literal (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM,
                           _("That term has already ended."));
      goto fail;
    }
  if (!sajja_db_log_action (db, "committee-term-end", NULL, term_to, error))
    goto fail;

  return sajja_db_end_change (db, own, TRUE, error);

fail:
  return sajja_db_end_change (db, own, FALSE, NULL);
}

GPtrArray *
sajja_committee_list (SajjaDb     *db,
                      gint64       group_id,
                      const char  *on_date,
                      GError     **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_committee_term_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db,
                           "SELECT t.id, t.uuid, t.committee, t.position, t.member_id, "
                           "  trim (m.title || m.given_name || ' ' || m.surname), t.term_from, t.term_to "
                           "FROM committee_terms t JOIN members m ON m.id = t.member_id "
                           "WHERE t.group_id = ?1 AND (?2 IS NULL OR (t.term_from <= ?2 "
                           "  AND ifnull (t.term_to, '9999-12-31') >= ?2)) "
                           "ORDER BY CASE t.committee WHEN 'executive' THEN 0 WHEN 'loan' THEN 1 "
                           "  WHEN 'audit' THEN 2 ELSE 3 END, "
                           "CASE t.position WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'treasurer' THEN 2 "
                           "  WHEN 'secretary' THEN 3 ELSE 4 END, t.term_from DESC, m.member_no",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, on_date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SajjaCommitteeTerm *term = g_new0 (SajjaCommitteeTerm, 1);

      term->id = sqlite3_column_int64 (stmt, 0);
      term->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      term->group_id = group_id;
      if (!sajja_committee_from_string ((const char *) sqlite3_column_text (stmt, 2), &term->committee)
          || !sajja_position_from_string ((const char *) sqlite3_column_text (stmt, 3), &term->position))
        {
          sajja_committee_term_free (term);
          continue;
        }
      term->member_id = sqlite3_column_int64 (stmt, 4);
      term->member_name = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      term->term_from = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      term->term_to = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_ptr_array_add (terms, term);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  return g_steal_pointer (&terms);
}
