/* sajja-print-common.c: what the printed documents share: the group and its heading, dates in
 * the Buddhist Era, ID numbers and counts.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sajja-date.h"
#include "sajja-print-private.h"
#include "sajja-thai-id.h"

/* The slots of a written date on a form, in points. */
#define SLOT_DAY    30.0
#define SLOT_MONTH  84.0
#define SLOT_YEAR   44.0

SajjaGroup *
_sajja_print_find_group (SajjaDb  *db,
                         gint64    group_id,
                         GError  **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, "SELECT uuid FROM groups WHERE id = ?", error);
  g_autofree char *uuid = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, group_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (uuid == NULL)
    {
      g_set_error_literal (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND, _("There is no such group."));
      return NULL;
    }

  return sajja_group_find_by_uuid (db, uuid, error);
}

/* A date in the Buddhist Era whatever the setting, with month names in the UI's language. */
char *
_sajja_print_format_date_be (const char     *iso,
                             SajjaDateStyle  style)
{
  GDate date;

  if (iso == NULL || !sajja_date_from_iso (iso, &date, NULL))
    return g_strdup (iso != NULL ? iso : "");
  return sajja_date_format_full (&date, SAJJA_ERA_BE, style, sajja_date_use_thai_names ());
}

char *
_sajja_print_format_id (const char *national_id)
{
  if (national_id == NULL || *national_id == '\0')
    return g_strdup ("");
  if (strlen (national_id) == 13)
    return sajja_thai_id_format (national_id);
  return g_strdup (national_id);
}

/* "1,237": a count grouped by thousands, as amounts are. */
char *
_sajja_print_format_count (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n < 0 ? -n : n);
  GString *s = g_string_new (n < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

char *
_sajja_print_group_header (SajjaGroup *group)
{
  g_autofree char *place = sajja_group_dup_place (group);

  return *place != '\0' ? g_strdup_printf ("%s %s", sajja_group_get_name (group), place)
                        : g_strdup (sajja_group_get_name (group));
}

/* The group's name and place, centred under a title. */
void
_sajja_print_add_group_lines (SajjaPageDocument *doc,
                              SajjaGroup        *group)
{
  g_autofree char *place = sajja_group_dup_place (group);

  sajja_page_document_add_paragraph (doc, sajja_group_get_name (group), SAJJA_PAGE_ALIGN_CENTER);
  if (*place != '\0')
    sajja_page_document_add_paragraph (doc, place, SAJJA_PAGE_ALIGN_CENTER);
}

void
_sajja_print_add_printed_on (SajjaPageDocument *doc)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *printed = _sajja_print_format_date_be (today, SAJJA_DATE_STYLE_LONG);
  const SajjaPageField fields[] = {
    /* Translators: before the date a document was printed, as in "พิมพ์เมื่อ 21 พฤศจิกายน 2569". */
    { _("Printed on"), printed, 0, SAJJA_PAGE_FIELD_DEFAULT },
  };

  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
}

/* "เขียนที่ … / วันที่ … เดือน … พ.ศ. …", on the right; blank slots without a date. */
void
_sajja_print_add_place_and_date (SajjaPageDocument *doc,
                                 const char        *place,
                                 const GDate       *date)
{
  g_autofree char *day = NULL;
  g_autofree char *year = NULL;
  const char *month = "";

  if (date != NULL && g_date_valid (date))
    {
      day = g_strdup_printf ("%d", g_date_get_day (date));
      month = sajja_month_name (g_date_get_month (date), sajja_date_use_thai_names ());
      year = g_strdup_printf ("%d", g_date_get_year (date) + SAJJA_BE_OFFSET);
    }

  {
    const SajjaPageField written[] = {
      /* Translators: on a form, before the place where it was filled in ("เขียนที่"). */
      { _("Written at"), place, 150, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField dated[] = {
      /* Translators: on a form, "วันที่ … เดือน … พ.ศ. …": before the day of the month. */
      { _("Date"), day != NULL ? day : "", SLOT_DAY, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a form, "วันที่ … เดือน … พ.ศ. …": before the month's name. */
      { _("month"), month, SLOT_MONTH, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a form, "วันที่ … เดือน … พ.ศ. …": before the year in the Buddhist Era. */
      { _("year (B.E.)"), year != NULL ? year : "", SLOT_YEAR, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, written, G_N_ELEMENTS (written));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, dated, G_N_ELEMENTS (dated));
  }
}
