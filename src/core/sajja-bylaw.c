/* sajja-bylaw.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-bylaw.h"
#include "sajja-date.h"
#include "sajja-uuid.h"

G_DEFINE_QUARK (sajja-bylaw-error-quark, sajja_bylaw_error)

static const struct
{
  const char *name;
  SajjaBylawKind kind;
  const char *title;
  gint64 default_value;
} rules[SAJJA_BYLAW_N_RULES] = {
  /* The defaults follow the อทผ-01 form: shares of 50 baht, 1 to 20 of them, 20 baht to join. */
  [SAJJA_BYLAW_SHARE_VALUE] = { "share-value", SAJJA_BYLAW_KIND_MONEY, N_("Value of one share"), 5000 },
  [SAJJA_BYLAW_MIN_SHARES] = { "min-shares", SAJJA_BYLAW_KIND_COUNT, N_("Fewest shares a member pledges"), 1 },
  [SAJJA_BYLAW_MAX_SHARES] = { "max-shares", SAJJA_BYLAW_KIND_COUNT, N_("Most shares a member may pledge"), 20 },
  [SAJJA_BYLAW_ENTRY_FEE] = { "entry-fee", SAJJA_BYLAW_KIND_MONEY, N_("Entry fee"), 2000 },
  [SAJJA_BYLAW_LATE_FINE] = { "late-fine", SAJJA_BYLAW_KIND_MONEY, N_("Fine for a late pledge"), 500 },
  [SAJJA_BYLAW_LAPSE_MONTHS] = { "lapse-months", SAJJA_BYLAW_KIND_COUNT, N_("Months missed before membership lapses"), 3 },
  [SAJJA_BYLAW_QUORUM_PERCENT] = { "quorum-percent", SAJJA_BYLAW_KIND_PERCENT, N_("Quorum (percent of members)"), 50 },
  [SAJJA_BYLAW_SPECIAL_MIN_BALANCE] = { "special-min-balance", SAJJA_BYLAW_KIND_MONEY,
                                        N_("Least kept in special deposits after a withdrawal"), 0 },
  [SAJJA_BYLAW_WITHDRAWALS_PER_MONTH] = { "withdrawals-per-month", SAJJA_BYLAW_KIND_COUNT,
                                          N_("Withdrawals of special deposits a month (0: no limit)"), 0 },
};

const char *
sajja_bylaw_rule_to_string (SajjaBylawRule rule)
{
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, NULL);

  return rules[rule].name;
}

gboolean
sajja_bylaw_rule_from_string (const char     *name,
                              SajjaBylawRule *out_rule)
{
  for (guint i = 0; i < SAJJA_BYLAW_N_RULES; i++)
    if (g_strcmp0 (rules[i].name, name) == 0)
      {
        *out_rule = i;
        return TRUE;
      }

  return FALSE;
}

SajjaBylawKind
sajja_bylaw_rule_get_kind (SajjaBylawRule rule)
{
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, SAJJA_BYLAW_KIND_COUNT);

  return rules[rule].kind;
}

const char *
sajja_bylaw_rule_get_title (SajjaBylawRule rule)
{
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, NULL);

  return _(rules[rule].title);
}

gint64
sajja_bylaw_rule_get_default (SajjaBylawRule rule)
{
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, 0);

  return rules[rule].default_value;
}

gboolean
sajja_bylaw_check_value (SajjaBylawRule   rule,
                         gint64           value,
                         GError         **error)
{
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, FALSE);

  switch (rules[rule].kind)
    {
    case SAJJA_BYLAW_KIND_MONEY:
      if (value < 0 || value > G_GINT64_CONSTANT (100000000000))
        {
          g_set_error (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_VALUE,
                       /* Translators: %s is the name of a rule, such as "Entry fee". */
                       _("%s must be an amount from 0 to 1,000,000,000 baht."), _(rules[rule].title));
          return FALSE;
        }
      break;
    case SAJJA_BYLAW_KIND_COUNT:
      if (value < 0 || value > 10000
          || ((rule == SAJJA_BYLAW_MIN_SHARES || rule == SAJJA_BYLAW_MAX_SHARES) && value < 1))
        {
          g_set_error (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_VALUE,
                       /* Translators: %s is the name of a rule. */
                       _("%s must be a whole number from %d to 10,000."), _(rules[rule].title),
                       (rule == SAJJA_BYLAW_MIN_SHARES || rule == SAJJA_BYLAW_MAX_SHARES) ? 1 : 0);
          return FALSE;
        }
      break;
    case SAJJA_BYLAW_KIND_PERCENT:
      if (value < 1 || value > 100)
        {
          g_set_error (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_VALUE,
                       /* Translators: %s is the name of a rule. */
                       _("%s must be a percentage from 1 to 100."), _(rules[rule].title));
          return FALSE;
        }
      break;
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

gboolean
sajja_bylaw_get (SajjaDb         *db,
                 gint64           group_id,
                 SajjaBylawRule   rule,
                 const char      *iso_date,
                 gint64          *out_value,
                 GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, FALSE);
  g_return_val_if_fail (iso_date != NULL, FALSE);

  stmt = sajja_db_prepare (db,
                           "SELECT value FROM bylaws WHERE group_id = ? AND rule = ? AND effective_from <= ? "
                           "ORDER BY effective_from DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_text (stmt, 2, rules[rule].name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, iso_date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_value = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return FALSE;
    }

  {
    g_autofree char *shown = sajja_date_format_iso (iso_date, SAJJA_DATE_STYLE_MEDIUM);

    g_set_error (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_NOT_SET,
                 /* Translators: the first %s is a rule's name, the second a date. */
                 _("The group had no rule for “%s” on %s. Add the rule with the date it took effect."),
                 _(rules[rule].title), shown != NULL ? shown : iso_date);
  }
  return FALSE;
}

static gboolean
set_in_transaction (SajjaDb         *db,
                    gint64           group_id,
                    SajjaBylawRule   rule,
                    gint64           value,
                    const char      *iso_date,
                    const char      *note,
                    GError         **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO bylaws (uuid, group_id, rule, value, effective_from, note, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (group_id, rule, effective_from) DO UPDATE SET value = excluded.value, "
                           "note = excluded.note, created_at = excluded.created_at",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_text (stmt, 3, rules[rule].name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, value);
  sqlite3_bind_text (stmt, 5, iso_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, note != NULL ? note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the rule"));
      return FALSE;
    }

  /* The shares' minimum must stay at or below the maximum on every date from this one on. */
  if (rule == SAJJA_BYLAW_MIN_SHARES || rule == SAJJA_BYLAW_MAX_SHARES)
    {
      stmt = sajja_db_prepare (db,
                               "WITH dates AS (SELECT effective_from AS d FROM bylaws WHERE group_id = ?1 "
                               "  AND rule IN ('min-shares', 'max-shares') AND effective_from >= ?2 "
                               "  UNION SELECT ?2) "
                               "SELECT count(*) FROM dates WHERE "
                               "  (SELECT value FROM bylaws WHERE group_id = ?1 AND rule = 'min-shares' "
                               "   AND effective_from <= d ORDER BY effective_from DESC LIMIT 1) > "
                               "  (SELECT value FROM bylaws WHERE group_id = ?1 AND rule = 'max-shares' "
                               "   AND effective_from <= d ORDER BY effective_from DESC LIMIT 1)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, group_id);
      sqlite3_bind_text (stmt, 2, iso_date, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0)
        {
          sqlite3_reset (stmt);
          g_set_error_literal (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_INCONSISTENT,
                               _("The fewest shares a member pledges cannot be more than the most a member may pledge."));
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  detail = g_strdup_printf ("%s=%" G_GINT64_FORMAT " from %s", rules[rule].name, value, iso_date);
  return sajja_db_log_action (db, "bylaw-set", NULL, detail, error);
}


gboolean
sajja_bylaw_set (SajjaDb         *db,
                 gint64           group_id,
                 SajjaBylawRule   rule,
                 gint64           value,
                 const char      *iso_date,
                 const char      *note,
                 GError         **error)
{
  GDate date;
  gboolean own;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, FALSE);

  if (!sajja_bylaw_check_value (rule, value, error))
    return FALSE;

  if (iso_date == NULL || !sajja_date_from_iso (iso_date, &date, NULL))
    {
      g_set_error_literal (error, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_DATE,
                           _("Give the date the rule takes effect."));
      return FALSE;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  return sajja_db_end_change (db, own, set_in_transaction (db, group_id, rule, value, iso_date, note, error), error);
}

void
sajja_bylaw_version_free (SajjaBylawVersion *version)
{
  if (version == NULL)
    return;

  g_free (version->effective_from);
  g_free (version->note);
  g_free (version);
}

static int
compare_versions (gconstpointer a,
                  gconstpointer b)
{
  const SajjaBylawVersion *va = *(SajjaBylawVersion * const *) a;
  const SajjaBylawVersion *vb = *(SajjaBylawVersion * const *) b;

  if (va->rule != vb->rule)
    return (int) va->rule - (int) vb->rule;

  return -g_strcmp0 (va->effective_from, vb->effective_from);
}

GPtrArray *
sajja_bylaw_list_history (SajjaDb  *db,
                          gint64    group_id,
                          GError  **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_bylaw_version_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db,
                           "SELECT rule, value, effective_from, note FROM bylaws WHERE group_id = ? "
                           "ORDER BY rule, effective_from DESC",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, group_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SajjaBylawVersion *version = g_new0 (SajjaBylawVersion, 1);

      if (!sajja_bylaw_rule_from_string ((const char *) sqlite3_column_text (stmt, 0), &version->rule))
        {
          /* A rule added by a newer Sajja: kept in the file, not shown here. */
          g_free (version);
          continue;
        }
      version->value = sqlite3_column_int64 (stmt, 1);
      version->effective_from = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      version->note = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (versions, version);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  /* By the order of the rules in the enum, then newest first. */
  g_ptr_array_sort (versions, compare_versions);
  return g_steal_pointer (&versions);
}

gboolean
sajja_bylaw_set_defaults (SajjaDb     *db,
                          gint64       group_id,
                          const char  *iso_date,
                          GError     **error)
{
  gboolean own;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  for (guint i = 0; i < SAJJA_BYLAW_N_RULES; i++)
    if (!set_in_transaction (db, group_id, i, rules[i].default_value, iso_date, NULL, error))
      return sajja_db_end_change (db, own, FALSE, error);

  return sajja_db_end_change (db, own, TRUE, error);
}
