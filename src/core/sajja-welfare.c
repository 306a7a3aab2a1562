/* sajja-welfare.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sajja-date.h"
#include "sajja-money.h"
#include "sajja-uuid.h"
#include "sajja-welfare.h"

G_DEFINE_QUARK (sajja-welfare-error-quark, sajja_welfare_error)

static const struct
{
  const char *name;
  const char *title;
} welfare_kinds[SAJJA_N_WELFARE_KINDS] = {
  [SAJJA_WELFARE_BIRTH] = { "birth", N_("Birth") },
  [SAJJA_WELFARE_HOSPITAL] = { "hospital", N_("Hospital stay") },
  [SAJJA_WELFARE_DEATH] = { "death", N_("Death") },
  [SAJJA_WELFARE_OLD_AGE] = { "old-age", N_("Old age") },
};

static const struct
{
  const char *name;
  const char *title;
} claim_statuses[] = {
  [SAJJA_CLAIM_PENDING] = { "pending", N_("Awaiting decision") },
  [SAJJA_CLAIM_APPROVED] = { "approved", N_("Approved") },
  [SAJJA_CLAIM_REFUSED] = { "refused", N_("Refused") },
  [SAJJA_CLAIM_PAID] = { "paid", N_("Paid") },
};

const char *
sajja_welfare_kind_to_string (SajjaWelfareKind kind)
{
  g_return_val_if_fail (kind < SAJJA_N_WELFARE_KINDS, NULL);
  return welfare_kinds[kind].name;
}

gboolean
sajja_welfare_kind_from_string (const char       *name,
                                SajjaWelfareKind *out)
{
  for (guint i = 0; i < SAJJA_N_WELFARE_KINDS; i++)
    if (g_strcmp0 (welfare_kinds[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_welfare_kind_get_title (SajjaWelfareKind kind)
{
  g_return_val_if_fail (kind < SAJJA_N_WELFARE_KINDS, NULL);
  return _(welfare_kinds[kind].title);
}

const char *
sajja_claim_status_get_title (SajjaClaimStatus status)
{
  g_return_val_if_fail (status <= SAJJA_CLAIM_PAID, NULL);
  return _(claim_statuses[status].title);
}

static gboolean
claim_status_from_string (const char       *name,
                          SajjaClaimStatus *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (claim_statuses); i++)
    if (g_strcmp0 (claim_statuses[i].name, name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

void
sajja_welfare_rule_clear (SajjaWelfareRule *rule)
{
  if (rule == NULL)
    return;
  g_clear_pointer (&rule->effective_from, g_free);
}

void
sajja_claim_free (SajjaClaim *claim)
{
  if (claim == NULL)
    return;
  g_free (claim->uuid);
  g_free (claim->member_name);
  g_free (claim->event_date);
  g_free (claim->claimed_on);
  g_free (claim->decided_on);
  g_free (claim->reason);
  g_free (claim);
}

static char *
shown_date (const char *iso)
{
  char *shown = sajja_date_format_iso (iso, SAJJA_DATE_STYLE_MEDIUM);

  return shown != NULL ? shown : g_strdup (iso);
}

/* @iso plus @months months (clamped to the month's last day) plus @days days, ISO. */
static char *
iso_add (const char *iso,
         int         months,
         int         days)
{
  GDate date;

  if (!sajja_date_from_iso (iso, &date, NULL))
    return g_strdup (iso);
  if (months > 0)
    g_date_add_months (&date, months);
  if (days > 0)
    g_date_add_days (&date, days);
  return sajja_date_to_iso (&date);
}

/* A date the caller gives: valid, and not after today. */
static gboolean
is_date (const char *iso)
{
  GDate date;

  return iso != NULL && sajja_date_from_iso (iso, &date, NULL);
}

static gboolean
check_day (const char  *iso,
           const char  *today,
           const char  *missing,
           GError     **error)
{
  if (!is_date (iso))
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE, missing);
      return FALSE;
    }
  if (strcmp (iso, today) > 0)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE,
                           _("The date is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_rule (SajjaWelfareKind         kind,
            const SajjaWelfareRule  *rule,
            GError                 **error)
{
  if (!is_date (rule->effective_from))
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE,
                           _("Give the date from which the welfare rules apply."));
      return FALSE;
    }
  if (rule->benefit <= 0 || rule->benefit > SAJJA_MONEY_MAX)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("The benefit must be an amount of more than zero baht."));
      return FALSE;
    }
  if (rule->contribution < 0 || rule->contribution > SAJJA_MONEY_MAX)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("The monthly contribution cannot be below zero. Give 0 when members pay none."));
      return FALSE;
    }
  if (rule->yearly_cap < 0 || rule->yearly_cap > SAJJA_MONEY_MAX)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("The most paid to a member in a year cannot be below zero. Give 0 for no limit."));
      return FALSE;
    }
  if (rule->waiting_months < 0 || rule->waiting_months > 1200)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("The months of membership before a claim must be a whole number from 0 to 1,200."));
      return FALSE;
    }
  if (rule->claim_days < 0 || rule->claim_days > 36600)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("The days allowed for making a claim must be a whole number from 0 to 36,600. Give 0 for no limit."));
      return FALSE;
    }
  if (rule->min_age < 0 || rule->min_age > 150)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("The minimum age must be a whole number of years from 0 to 150."));
      return FALSE;
    }
  if (rule->per_day && kind != SAJJA_WELFARE_HOSPITAL)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                           _("Only the hospital scheme can pay per day. Give the benefit as one amount per claim."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_rule (SajjaDb                 *db,
             gint64                   scheme_id,
             const SajjaWelfareRule  *rule,
             GError                 **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO welfare_rules (uuid, scheme_id, effective_from, contribution, benefit, per_day, "
                           "waiting_months, yearly_cap, claim_days, min_age) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (scheme_id, effective_from) DO UPDATE SET contribution = excluded.contribution, "
                           "benefit = excluded.benefit, per_day = excluded.per_day, "
                           "waiting_months = excluded.waiting_months, yearly_cap = excluded.yearly_cap, "
                           "claim_days = excluded.claim_days, min_age = excluded.min_age",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, scheme_id);
  sqlite3_bind_text (stmt, 3, rule->effective_from, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, rule->contribution);
  sqlite3_bind_int64 (stmt, 5, rule->benefit);
  sqlite3_bind_int (stmt, 6, rule->per_day ? 1 : 0);
  sqlite3_bind_int (stmt, 7, rule->waiting_months);
  sqlite3_bind_int64 (stmt, 8, rule->yearly_cap);
  sqlite3_bind_int (stmt, 9, rule->claim_days);
  sqlite3_bind_int (stmt, 10, rule->min_age);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the welfare rules"));
      return FALSE;
    }

  detail = g_strdup_printf ("scheme %" G_GINT64_FORMAT " from %s", scheme_id, rule->effective_from);
  return sajja_db_log_action (db, "welfare-rule-set", NULL, detail, error);
}

gint64
sajja_welfare_scheme_find (SajjaDb          *db,
                           gint64            group_id,
                           SajjaWelfareKind  kind)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);
  g_return_val_if_fail (kind < SAJJA_N_WELFARE_KINDS, 0);

  return sajja_db_query_int_params (db,
                                    "SELECT id FROM welfare_schemes WHERE group_id = ?1 AND kind = "
                                    "CASE ?2 WHEN 0 THEN 'birth' WHEN 1 THEN 'hospital' WHEN 2 THEN 'death' "
                                    "ELSE 'old-age' END",
                                    0, 2, group_id, (gint64) kind);
}

gint64
sajja_welfare_scheme_create (SajjaDb                 *db,
                             gint64                   group_id,
                             SajjaWelfareKind         kind,
                             const char              *name,
                             const SajjaWelfareRule  *rule,
                             GError                 **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;
  gboolean own, ok;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);
  g_return_val_if_fail (kind < SAJJA_N_WELFARE_KINDS, 0);
  g_return_val_if_fail (rule != NULL, 0);

  if (!check_rule (kind, rule, error))
    return 0;

  if (sajja_db_query_int_params (db, "SELECT count(*) FROM groups WHERE id = ?1", 0, 1, group_id) == 0)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_NOT_FOUND,
                           _("There is no such group. Choose a group that exists."));
      return 0;
    }
  if (sajja_welfare_scheme_find (db, group_id, kind) != 0)
    {
      g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                   /* Translators: %s is a kind of welfare, such as "Hospital stay". */
                   _("The group already has a welfare scheme for “%s”. Change that scheme’s rules instead of creating another."),
                   sajja_welfare_kind_get_title (kind));
      return 0;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO welfare_schemes (uuid, group_id, kind, name, created_at) VALUES (?, ?, ?, ?, ?)",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, group_id);
      sqlite3_bind_text (stmt, 3, welfare_kinds[kind].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, *trimmed != '\0' ? trimmed : sajja_welfare_kind_get_title (kind), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not create the welfare scheme"));
          ok = FALSE;
        }
      else
        id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
    }

  ok = ok && insert_rule (db, id, rule, error)
       && sajja_db_log_action (db, "welfare-scheme-create", uuid, welfare_kinds[kind].name, error);

  if (!sajja_db_end_change (db, own, ok, error))
    return 0;
  return id;
}

/* The scheme's group and kind; FALSE with NOT_FOUND when there is no such scheme. */
static gboolean
read_scheme (SajjaDb           *db,
             gint64             scheme_id,
             gint64            *out_group_id,
             SajjaWelfareKind  *out_kind,
             GError           **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT group_id, kind FROM welfare_schemes WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scheme_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_NOT_FOUND,
                           _("There is no such welfare scheme. Create the scheme first."));
      return FALSE;
    }
  *out_group_id = sqlite3_column_int64 (stmt, 0);
  *out_kind = SAJJA_WELFARE_BIRTH;
  sajja_welfare_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), out_kind);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
sajja_welfare_scheme_set_rule (SajjaDb                 *db,
                               gint64                   scheme_id,
                               const SajjaWelfareRule  *rule,
                               GError                 **error)
{
  gint64 group_id;
  SajjaWelfareKind kind;
  gboolean own, ok;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!read_scheme (db, scheme_id, &group_id, &kind, error) || !check_rule (kind, rule, error))
    return FALSE;

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;
  ok = insert_rule (db, scheme_id, rule, error);
  return sajja_db_end_change (db, own, ok, error);
}

gboolean
sajja_welfare_scheme_get_rule (SajjaDb           *db,
                               gint64             scheme_id,
                               const char        *iso_date,
                               SajjaWelfareRule  *out,
                               GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (iso_date != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  stmt = sajja_db_prepare (db,
                           "SELECT effective_from, contribution, benefit, per_day, waiting_months, yearly_cap, "
                           "claim_days, min_age FROM welfare_rules WHERE scheme_id = ? AND effective_from <= ? "
                           "ORDER BY effective_from DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scheme_id);
  sqlite3_bind_text (stmt, 2, iso_date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out->effective_from = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      out->contribution = sqlite3_column_int64 (stmt, 1);
      out->benefit = sqlite3_column_int64 (stmt, 2);
      out->per_day = sqlite3_column_int (stmt, 3) != 0;
      out->waiting_months = sqlite3_column_int (stmt, 4);
      out->yearly_cap = sqlite3_column_int64 (stmt, 5);
      out->claim_days = sqlite3_column_int (stmt, 6);
      out->min_age = sqlite3_column_int (stmt, 7);
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
    g_autofree char *shown = shown_date (iso_date);

    g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                 /* Translators: %s is a date. */
                 _("The welfare scheme had no rules in force on %s. Add its rules with the date they took effect."),
                 shown);
  }
  return FALSE;
}

/* What was approved or paid to @member_id under @scheme_id for events in @year, other than
 * claim @except_id. */
static gint64
used_in_year (SajjaDb *db,
              gint64   scheme_id,
              gint64   member_id,
              int      year,
              gint64   except_id)
{
  return sajja_db_query_int_params (db,
                                    "SELECT ifnull (sum (amount), 0) FROM welfare_claims WHERE scheme_id = ?1 "
                                    "AND member_id = ?2 AND status IN ('approved', 'paid') "
                                    "AND CAST (substr (event_date, 1, 4) AS INTEGER) = ?3 AND id != ?4",
                                    0, 4, scheme_id, member_id, (gint64) year, except_id);
}

static void
set_cap_error (GError **error)
{
  g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_CAP,
                       _("The member has already received the most this scheme pays in that year. "
                         "The claim cannot be paid; it may be made again for an event in another year."));
}

/* The checks on the member for a claim, and the amount; everything read inside the change. */
static gint64
claim_checks (SajjaDb          *db,
              gint64            scheme_id,
              gint64            group_id,
              SajjaWelfareKind  kind,
              gint64            member_id,
              const char       *event_date,
              const char       *claimed_on,
              int              *days,
              GError          **error)
{
  SajjaWelfareRule rule = { 0 };
  g_autofree char *join_date = NULL;
  g_autofree char *status = NULL;
  g_autofree char *status_date = NULL;
  g_autofree char *birth_date = NULL;
  sqlite3_stmt *stmt;
  gboolean active;
  gint64 amount;
  int rc;

  stmt = sajja_db_prepare (db, "SELECT join_date, status, status_date, birth_date FROM members WHERE id = ? AND group_id = ?",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, member_id);
  sqlite3_bind_int64 (stmt, 2, group_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_ELIGIBLE,
                           _("That person is not a member of the group this welfare scheme belongs to."));
      return 0;
    }
  join_date = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  status = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  status_date = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  birth_date = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  sqlite3_reset (stmt);

  if (!sajja_welfare_scheme_get_rule (db, scheme_id, event_date, &rule, error))
    return 0;

  if (rule.per_day)
    {
      if (*days < 1 || *days > 366)
        {
          g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE,
                               _("Give the number of nights spent in hospital, from 1 to 366."));
          sajja_welfare_rule_clear (&rule);
          return 0;
        }
    }
  else
    *days = 1;

  if (strcmp (join_date, event_date) > 0)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_ELIGIBLE,
                           _("The event happened before the person joined the group, so the scheme does not cover it."));
      sajja_welfare_rule_clear (&rule);
      return 0;
    }

  {
    g_autofree char *eligible_from = iso_add (join_date, rule.waiting_months, 0);

    if (strcmp (eligible_from, event_date) > 0)
      {
        g_autofree char *shown = shown_date (eligible_from);

        g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_ELIGIBLE,
                     /* Translators: %d is a number of months, %s a date. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "A member can claim from this scheme only after %d month of membership, that is for events from %s on.",
                                  "A member can claim from this scheme only after %d months of membership, that is for events from %s on.",
                                  rule.waiting_months),
                     rule.waiting_months, shown);
        sajja_welfare_rule_clear (&rule);
        return 0;
      }
  }

  active = g_strcmp0 (status, "active") == 0
           || (status_date != NULL && strcmp (status_date, event_date) > 0)
           || (kind == SAJJA_WELFARE_DEATH && g_strcmp0 (status, "deceased") == 0
               && status_date != NULL && strcmp (status_date, event_date) >= 0);
  if (!active)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_ELIGIBLE,
                           _("The person was no longer an active member on the day of the event, so the scheme does not cover it."));
      sajja_welfare_rule_clear (&rule);
      return 0;
    }

  if (rule.min_age > 0)
    {
      GDate birth, on;

      if (birth_date == NULL || !sajja_date_from_iso (birth_date, &birth, NULL))
        {
          g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_ELIGIBLE,
                               _("This scheme has a minimum age, but the member’s birth date is not recorded. Add it to the member’s details first."));
          sajja_welfare_rule_clear (&rule);
          return 0;
        }
      sajja_date_from_iso (event_date, &on, NULL);
      if (sajja_date_age (&birth, &on) < rule.min_age)
        {
          g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_ELIGIBLE,
                       /* Translators: %d is an age in years. */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "This scheme covers members aged %d year or more on the day of the event.",
                                    "This scheme covers members aged %d years or more on the day of the event.",
                                    rule.min_age),
                       rule.min_age);
          sajja_welfare_rule_clear (&rule);
          return 0;
        }
    }

  if (rule.claim_days > 0)
    {
      g_autofree char *deadline = iso_add (event_date, 0, rule.claim_days);

      if (strcmp (claimed_on, deadline) > 0)
        {
          g_autofree char *shown = shown_date (deadline);

          g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DEADLINE,
                       /* Translators: %d is a number of days, %s the last day a claim could be made. */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "A claim must be made within %d day of the event; the last day for this one was %s.",
                                    "A claim must be made within %d days of the event; the last day for this one was %s.",
                                    rule.claim_days),
                       rule.claim_days, shown);
          sajja_welfare_rule_clear (&rule);
          return 0;
        }
    }

  amount = rule.benefit * *days;
  if (rule.yearly_cap > 0)
    {
      gint64 left = rule.yearly_cap - used_in_year (db, scheme_id, member_id, atoi (event_date), 0);

      if (left <= 0)
        {
          set_cap_error (error);
          sajja_welfare_rule_clear (&rule);
          return 0;
        }
      amount = MIN (amount, left);
    }

  sajja_welfare_rule_clear (&rule);
  return amount;
}

gint64
sajja_welfare_claim_file (SajjaDb      *db,
                          gint64        scheme_id,
                          gint64        member_id,
                          const char   *event_date,
                          const char   *claimed_on,
                          int           days,
                          const char   *note,
                          GError      **error)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *uuid = sajja_uuid_new ();
  sqlite3_stmt *stmt;
  gint64 group_id, amount, id = 0;
  SajjaWelfareKind kind;
  gboolean own, ok;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  if (!check_day (event_date, today, _("Give the day of the event: the birth, the first night in hospital, the death …"), error)
      || !check_day (claimed_on, today, _("Give the day the claim was made."), error))
    return 0;
  if (strcmp (claimed_on, event_date) < 0)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE,
                           _("The claim cannot be made before the event. Check both dates."));
      return 0;
    }

  if (!read_scheme (db, scheme_id, &group_id, &kind, error))
    return 0;

  if (!sajja_db_begin_change (db, &own, error))
    return 0;

  amount = claim_checks (db, scheme_id, group_id, kind, member_id, event_date, claimed_on, &days, error);
  ok = amount > 0;
  if (ok)
    {
      stmt = sajja_db_prepare (db,
                               "INSERT INTO welfare_claims (uuid, scheme_id, member_id, event_date, claimed_on, days, "
                               "amount, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, scheme_id);
          sqlite3_bind_int64 (stmt, 3, member_id);
          sqlite3_bind_text (stmt, 4, event_date, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, claimed_on, -1, SQLITE_STATIC);
          sqlite3_bind_int (stmt, 6, days);
          sqlite3_bind_int64 (stmt, 7, amount);
          sqlite3_bind_text (stmt, 8, note != NULL ? note : "", -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            {
              sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the welfare claim"));
              ok = FALSE;
            }
          else
            id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
        }
      ok = ok && sajja_db_log_action (db, "welfare-claim-file", uuid, event_date, error);
    }

  if (!sajja_db_end_change (db, own, ok, error))
    return 0;
  return id;
}

typedef struct
{
  char *uuid;
  gint64 scheme_id;
  gint64 group_id;
  gint64 member_id;
  char *event_date;
  char *claimed_on;
  char *decided_on;
  gint64 amount;
  SajjaClaimStatus status;
  char *scheme_name;
} ClaimRow;

static void
claim_row_clear (ClaimRow *row)
{
  g_free (row->uuid);
  g_free (row->event_date);
  g_free (row->claimed_on);
  g_free (row->decided_on);
  g_free (row->scheme_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClaimRow, claim_row_clear)

static gboolean
read_claim (SajjaDb   *db,
            gint64     claim_id,
            ClaimRow  *row,
            GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sajja_db_prepare (db,
                           "SELECT c.uuid, c.scheme_id, s.group_id, c.member_id, c.event_date, c.claimed_on, "
                           "c.decided_on, c.amount, c.status, s.name FROM welfare_claims c "
                           "JOIN welfare_schemes s ON s.id = c.scheme_id WHERE c.id = ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, claim_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_NOT_FOUND,
                           _("There is no such welfare claim. It may have been made in another file."));
      return FALSE;
    }
  row->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  row->scheme_id = sqlite3_column_int64 (stmt, 1);
  row->group_id = sqlite3_column_int64 (stmt, 2);
  row->member_id = sqlite3_column_int64 (stmt, 3);
  row->event_date = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  row->claimed_on = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  row->decided_on = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  row->amount = sqlite3_column_int64 (stmt, 7);
  row->status = SAJJA_CLAIM_PENDING;
  claim_status_from_string ((const char *) sqlite3_column_text (stmt, 8), &row->status);
  row->scheme_name = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
  sqlite3_reset (stmt);
  return TRUE;
}

static void
set_state_error (GError           **error,
                 SajjaClaimStatus   status,
                 gboolean           paying)
{
  if (paying)
    g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE,
                 /* Translators: %s is the state of a claim, such as "Refused". */
                 _("Only an approved claim can be paid, and this one is “%s”."),
                 sajja_claim_status_get_title (status));
  else
    g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE,
                 /* Translators: %s is the state of a claim, such as "Paid". */
                 _("Only a claim awaiting decision can be approved or refused, and this one is “%s”."),
                 sajja_claim_status_get_title (status));
}

gboolean
sajja_welfare_claim_decide (SajjaDb      *db,
                            gint64        claim_id,
                            gboolean      approve,
                            const char   *decided_on,
                            const char   *decided_by,
                            const char   *reason,
                            GError      **error)
{
  g_auto(ClaimRow) row = { 0 };
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  gboolean own, ok;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!read_claim (db, claim_id, &row, error))
    return FALSE;
  if (row.status != SAJJA_CLAIM_PENDING)
    {
      set_state_error (error, row.status, FALSE);
      return FALSE;
    }
  if (!check_day (decided_on, today, _("Give the day the committee decided on the claim."), error))
    return FALSE;
  if (strcmp (decided_on, row.claimed_on) < 0)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE,
                           _("The decision cannot come before the claim was made. Check the date."));
      return FALSE;
    }
  if (!approve && *trimmed == '\0')
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE,
                           _("Give the reason the claim is refused; the member is told it."));
      return FALSE;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  ok = TRUE;
  if (approve)
    {
      SajjaWelfareRule rule = { 0 };

      /* Claims waiting together may ask for more than is left of the cap: the one approved
       * first counts first. */
      ok = sajja_welfare_scheme_get_rule (db, row.scheme_id, row.event_date, &rule, error);
      if (ok && rule.yearly_cap > 0
          && row.amount > rule.yearly_cap - used_in_year (db, row.scheme_id, row.member_id, atoi (row.event_date), claim_id))
        {
          set_cap_error (error);
          ok = FALSE;
        }
      sajja_welfare_rule_clear (&rule);
    }

  if (ok)
    {
      sqlite3_stmt *stmt = sajja_db_prepare (db,
                                             "UPDATE welfare_claims SET status = ?, decided_on = ?, decided_by = ?, "
                                             "reason = ? WHERE id = ?",
                                             error);
      int rc;

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_text (stmt, 1, approve ? "approved" : "refused", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, decided_on, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 3, decided_by != NULL ? decided_by : "", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, trimmed, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 5, claim_id);
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            {
              sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the decision on the claim"));
              ok = FALSE;
            }
        }
      ok = ok && sajja_db_log_action (db, approve ? "welfare-claim-approve" : "welfare-claim-refuse", row.uuid,
                                      trimmed, error);
    }

  return sajja_db_end_change (db, own, ok, error);
}

gboolean
sajja_welfare_claim_pay (SajjaDb      *db,
                         gint64        claim_id,
                         const char   *paid_on,
                         const char   *recorded_by,
                         GError      **error)
{
  g_auto(ClaimRow) row = { 0 };
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *period_text = NULL;
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  sqlite3_stmt *stmt;
  SajjaPeriod period;
  GDate date;
  gint64 journal_id = 0;
  gboolean own, ok;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!read_claim (db, claim_id, &row, error))
    return FALSE;
  if (row.status != SAJJA_CLAIM_APPROVED)
    {
      set_state_error (error, row.status, TRUE);
      return FALSE;
    }
  if (!check_day (paid_on, today, _("Give the day the claim was paid."), error))
    return FALSE;
  if (row.decided_on != NULL && strcmp (paid_on, row.decided_on) < 0)
    {
      g_set_error_literal (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE,
                           _("A claim cannot be paid before it was approved. Check the date."));
      return FALSE;
    }

  sajja_date_from_iso (paid_on, &date, NULL);
  period = sajja_period_from_date (&date);
  if (sajja_ledger_is_closed (db, row.group_id, period))
    {
      g_autofree char *shown = sajja_period_format (period, TRUE);

      /* The ledger's own message for a closed month. */
      g_set_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED,
                   _("%s is closed: nothing more can be recorded in it. Record the correction in an open month."),
                   shown);
      return FALSE;
    }

  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  {
    gint64 fund = sajja_welfare_fund_balance (db, row.group_id);

    if (fund < row.amount)
      {
        g_autofree char *shown_fund = sajja_money_format (fund);
        g_autofree char *shown_amount = sajja_money_format (row.amount);

        g_set_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_FUND,
                     /* Translators: both %s are amounts of baht. */
                     _("The welfare fund holds only %s baht, less than the %s baht of this claim. "
                       "Pay it when enough contributions have come in."),
                     shown_fund, shown_amount);
        sajja_db_end_change (db, own, FALSE, NULL);
        return FALSE;
      }
  }

  /* The payout is posted here rather than through sajja_ledger_post(), which limits a payout
   * to the member's own balance in the account: a welfare payout comes out of the whole fund,
   * checked above. The journal's triggers still refuse a closed month. */
  period_text = sajja_period_to_string (period);
  stmt = sajja_db_prepare (db,
                           "INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                           "recorded_by, recorded_at, note) VALUES (?, ?, ?, 'welfare', 'welfare-payout', ?, ?, ?, ?, ?, ?)",
                           error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, row.group_id);
      sqlite3_bind_int64 (stmt, 3, row.member_id);
      sqlite3_bind_int64 (stmt, 4, -row.amount);
      sqlite3_bind_text (stmt, 5, period_text, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, paid_on, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, recorded_by != NULL ? recorded_by : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, row.scheme_name, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not record the payout"));
          ok = FALSE;
        }
      else
        journal_id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
    }

  ok = ok && sajja_db_exec_params (db, "UPDATE welfare_claims SET status = 'paid', journal_id = ?2 WHERE id = ?1",
                                   error, 2, claim_id, journal_id)
       && sajja_db_log_action (db, "welfare-claim-pay", row.uuid, paid_on, error);

  return sajja_db_end_change (db, own, ok, error);
}

GPtrArray *
sajja_welfare_list_claims (SajjaDb  *db,
                           gint64    group_id,
                           gint64    member_id,
                           GError  **error)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_claim_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db,
                           "SELECT c.id, c.uuid, c.scheme_id, s.kind, c.member_id, "
                           "m.title || m.given_name || CASE WHEN m.surname = '' THEN '' ELSE ' ' || m.surname END, "
                           "c.event_date, c.claimed_on, c.days, c.amount, c.status, c.decided_on, "
                           "CASE WHEN c.reason != '' THEN c.reason ELSE c.note END "
                           "FROM welfare_claims c JOIN welfare_schemes s ON s.id = c.scheme_id "
                           "JOIN members m ON m.id = c.member_id "
                           "WHERE (?1 = 0 OR s.group_id = ?1) AND (?2 = 0 OR c.member_id = ?2) "
                           "ORDER BY c.claimed_on DESC, c.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int64 (stmt, 2, member_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SajjaClaim *claim = g_new0 (SajjaClaim, 1);

      claim->id = sqlite3_column_int64 (stmt, 0);
      claim->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      claim->scheme_id = sqlite3_column_int64 (stmt, 2);
      sajja_welfare_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &claim->kind);
      claim->member_id = sqlite3_column_int64 (stmt, 4);
      claim->member_name = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      claim->event_date = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      claim->claimed_on = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      claim->days = sqlite3_column_int (stmt, 8);
      claim->amount = sqlite3_column_int64 (stmt, 9);
      claim_status_from_string ((const char *) sqlite3_column_text (stmt, 10), &claim->status);
      claim->decided_on = g_strdup ((const char *) sqlite3_column_text (stmt, 11));
      claim->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
      g_ptr_array_add (claims, claim);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not read the welfare claims"));
      return NULL;
    }

  return g_steal_pointer (&claims);
}

gint64
sajja_welfare_fund_balance (SajjaDb *db,
                            gint64   group_id)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  return sajja_ledger_balance (db, group_id, 0, SAJJA_ACCOUNT_WELFARE);
}
