/* sajja-print-members.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The member register and the membership application form, as SajjaPageDocuments. Every amount
 * in words is made from the amount in figures, and the amounts from the group's by-laws.
 */

#include <glib/gi18n-lib.h>
#include <string.h>
#include <time.h>

#include "sajja-bylaw.h"
#include "sajja-committee.h"
#include "sajja-date.h"
#include "sajja-group.h"
#include "sajja-member-list.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-print-members.h"
#include "sajja-thai-id.h"
#include "sajja-print-private.h"

/* Slot widths on the forms, in points. */
#define SLOT_NUMBER 36.0
#define SLOT_MONEY  72.0
#define SLOT_ID     128.0
#define SLOT_DAY    30.0
#define SLOT_MONTH  84.0
#define SLOT_YEAR   44.0

static void
today (GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_time_t (date, time (NULL));
}

/* "12,345.00" for an amount, or "" when there is none. */
static char *
format_money_or_blank (gint64   satang,
                       gboolean known)
{
  return known ? sajja_money_format (satang) : g_strdup ("");
}

/* 5000 basis points → "50", 3333 → "33.33". */
static char *
format_percent (int share_bp)
{
  if (share_bp % 100 == 0)
    return g_strdup_printf ("%d", share_bp / 100);
  return g_strdup_printf ("%d.%02d", share_bp / 100, share_bp % 100);
}

/* A by-law's value on @iso_date; FALSE without an error when the group has not set it. */
static gboolean
get_bylaw (SajjaDb         *db,
           gint64           group_id,
           SajjaBylawRule   rule,
           const char      *iso_date,
           gint64          *out_value,
           gboolean        *out_known,
           GError         **error)
{
  g_autoptr(GError) local = NULL;

  *out_known = sajja_bylaw_get (db, group_id, rule, iso_date, out_value, &local);
  if (*out_known)
    return TRUE;
  if (g_error_matches (local, SAJJA_BYLAW_ERROR, SAJJA_BYLAW_ERROR_NOT_SET))
    {
      *out_value = 0;
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/* ---- The member register ----------------------------------------------------------------- */

/**
 * sajja_print_member_register:
 * @db: an open #SajjaDb
 * @group_id: the group
 * @error: return location for a #GError
 *
 * Builds the member register (ทะเบียนสมาชิก) of a group: its name and place, the date it was
 * printed (in the Buddhist Era by default), and a table of every member in the order of their
 * numbers with their name, national ID, joining date, pledged shares and status, running over
 * as many pages as it takes with the header row on each. A summary follows the table.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_member_register (SajjaDb  *db,
                             gint64    group_id,
                             GError  **error)
{
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *place = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *header = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *summary = NULL;
  SajjaPageTable *table;
  guint n_active = 0;
  gint64 active_shares = 0;
  GDate now;
  const SajjaPageColumn columns[] = {
    /* Translators: a column of the member register: the member number. */
    { _("No."), 0.7, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the member register: title, given name and surname. */
    { C_("table column", "Name"), 2.7, SAJJA_PAGE_ALIGN_LEFT },
    /* Translators: a column of the member register. */
    { _("National ID number"), 2.35, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of the member register: the date the member joined. */
    { _("Joined"), 1.85, SAJJA_PAGE_ALIGN_CENTER },
    /* Translators: a column of the member register: the number of shares pledged a month. */
    { _("Shares"), 0.9, SAJJA_PAGE_ALIGN_RIGHT },
    /* Translators: a column of the member register: active, resigned, deceased or expelled. */
    { _("Status"), 1.4, SAJJA_PAGE_ALIGN_CENTER },
  };

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  group = _sajja_print_find_group (db, group_id, error);
  if (group == NULL)
    return NULL;

  ids = sajja_member_search_ids (db, group_id, NULL, SAJJA_MEMBER_SORT_NUMBER, FALSE, error);
  if (ids == NULL)
    return NULL;

  place = sajja_group_dup_place (group);
  /* Translators: the PDF's title: "ทะเบียนสมาชิก" and the group's name. */
  doc_title = g_strdup_printf (_("Member register: %s"), sajja_group_get_name (group));
  doc = sajja_page_document_new (doc_title);
  header = *place != '\0' ? g_strdup_printf ("%s %s", sajja_group_get_name (group), place)
                          : g_strdup (sajja_group_get_name (group));
  sajja_page_document_set_header (doc, header);

  /* Translators: the title of the printed member register (ทะเบียนสมาชิก). */
  sajja_page_document_add_title (doc, _("Member Register"));
  sajja_page_document_add_paragraph (doc, sajja_group_get_name (group), SAJJA_PAGE_ALIGN_CENTER);
  if (*place != '\0')
    sajja_page_document_add_paragraph (doc, place, SAJJA_PAGE_ALIGN_CENTER);

  today (&now);
  printed = sajja_date_format (&now, SAJJA_DATE_STYLE_LONG);
  {
    const SajjaPageField fields[] = {
      /* Translators: before the date a document was printed, as in "พิมพ์เมื่อ 21 พฤศจิกายน 2569". */
      { _("Printed on"), printed, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
  }
  sajja_page_document_add_space (doc, 4);

  table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SajjaMember) member = sajja_member_find_by_id (db, g_array_index (ids, gint64, i), error);
      g_autofree char *number = NULL;
      g_autofree char *name = NULL;
      g_autofree char *id = NULL;
      g_autofree char *joined = NULL;
      g_autofree char *shares = NULL;
      g_autofree char *status = NULL;
      SajjaMemberStatus member_status;

      if (member == NULL)
        return NULL;

      member_status = sajja_member_get_status (member);
      number = g_strdup_printf ("%d", sajja_member_get_member_no (member));
      name = sajja_member_dup_full_name (member);
      id = _sajja_print_format_id (sajja_member_get_national_id (member));
      joined = sajja_date_format_iso (sajja_member_get_join_date (member), SAJJA_DATE_STYLE_SHORT);
      shares = g_strdup_printf ("%d", sajja_member_get_shares (member));
      if (member_status == SAJJA_MEMBER_ACTIVE)
        {
          status = g_strdup (sajja_member_status_get_title (member_status));
          n_active++;
          active_shares += sajja_member_get_shares (member);
        }
      else
        {
          g_autofree char *since = sajja_date_format_iso (sajja_member_get_status_date (member),
                                                          SAJJA_DATE_STYLE_SHORT);

          status = since != NULL ? g_strdup_printf ("%s %s", sajja_member_status_get_title (member_status), since)
                                 : g_strdup (sajja_member_status_get_title (member_status));
        }

      {
        const char *cells[] = { number, name, id, joined != NULL ? joined : "", shares, status };

        sajja_page_table_add_row (table, cells);
      }
    }

  {
    g_autofree char *n_members_text = _sajja_print_format_count (ids->len);
    g_autofree char *n_active_text = _sajja_print_format_count (n_active);
    g_autofree char *shares_text = _sajja_print_format_count (active_shares);

    /* Translators: under the member register; the numbers are members, active members and the
     * shares the active members pledge each month. */
    summary = g_strdup_printf (_("Members in the register: %s; active: %s; shares pledged by active members: %s."),
                               n_members_text, n_active_text, shares_text);
  }
  sajja_page_document_add_paragraph (doc, summary, SAJJA_PAGE_ALIGN_LEFT);

  return g_steal_pointer (&doc);
}

/* ---- The application form ---------------------------------------------------------------- */

/* "จำนวน ….. บาท (…บาทถ้วน)": the figures and the words made from them. */
static void
add_amount (SajjaPageDocument *doc,
            const char        *label,
            gint64             satang,
            gboolean           known)
{
  g_autofree char *figures = format_money_or_blank (satang, known);
  g_autofree char *words = known ? sajja_money_to_thai_words (satang) : g_strdup ("");
  const SajjaPageField fields[] = {
    { label, figures, SLOT_MONEY, SAJJA_PAGE_FIELD_DEFAULT },
    /* Translators: the currency after an amount on a form ("บาท"). */
    { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    { "(", words, 0, SAJJA_PAGE_FIELD_FILL },
    { ")", NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
  };

  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
}

static void
add_occupation (SajjaPageDocument     *doc,
                const char            *label,
                const SajjaOccupation *occupation)
{
  g_autofree char *income = occupation != NULL ? sajja_money_format (occupation->monthly_income) : g_strdup ("");
  const SajjaPageField fields[] = {
    { label, occupation != NULL ? occupation->occupation : "", 0, SAJJA_PAGE_FIELD_FILL },
    /* Translators: on the application form, "รายได้เฉลี่ยเดือนละ … บาท". */
    { _("average monthly income"), income, SLOT_MONEY, SAJJA_PAGE_FIELD_DEFAULT },
    { _("baht"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
  };

  sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
}

static char *
find_chair (SajjaDb  *db,
            gint64    group_id,
            GError  **error)
{
  g_autofree char *on = sajja_date_today_iso ();
  g_autoptr(GPtrArray) terms = sajja_committee_list (db, group_id, on, error);

  if (terms == NULL)
    return NULL;

  for (guint i = 0; i < terms->len; i++)
    {
      SajjaCommitteeTerm *term = g_ptr_array_index (terms, i);

      if (term->committee == SAJJA_COMMITTEE_EXECUTIVE && term->position == SAJJA_POSITION_CHAIR)
        return g_strdup (term->member_name);
    }

  return g_strdup ("");
}

/**
 * sajja_print_member_application:
 * @db: an open #SajjaDb
 * @member_id: the member
 * @error: return location for a #GError
 *
 * Builds a member's application form in the layout of the อทผ-01 form: the place and the date
 * written (the joining date, with the Thai month name and the Buddhist Era year), the
 * applicant's title, name, national ID, age on that date, marital status and spouse (with the
 * spouse's member number when the spouse is a member), address, occupations with their
 * monthly income, other groups, the pledged shares with the amount a month in figures and in
 * Thai words, and the entry fee in figures and words, both from the by-laws in force on the
 * joining date; the applicant's signature and the committee's resolution signed by the current
 * chair. The second page names the beneficiaries with their shares, signed by the member and
 * two witnesses.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
SajjaPageDocument *
sajja_print_member_application (SajjaDb  *db,
                                gint64    member_id,
                                GError  **error)
{
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(SajjaMember) spouse = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_auto(GStrv) other_groups = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *doc_title = NULL;
  g_autofree char *member_no = NULL;
  g_autofree char *national_id = NULL;
  g_autofree char *age = NULL;
  g_autofree char *spouse_name = NULL;
  g_autofree char *spouse_no = NULL;
  g_autofree char *shares = NULL;
  g_autofree char *share_value_text = NULL;
  g_autofree char *chair = NULL;
  const char *join_date;
  const char *shares_from;
  gint64 share_value = 0, entry_fee = 0;
  gboolean share_value_known = FALSE, entry_fee_known = FALSE;
  GPtrArray *occupations;
  GPtrArray *beneficiaries;
  SajjaPageTable *table;
  GDate written;
  int years;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  member = sajja_member_find_by_id (db, member_id, error);
  if (member == NULL)
    return NULL;
  group = _sajja_print_find_group (db, sajja_member_get_group_id (member), error);
  if (group == NULL)
    return NULL;

  join_date = sajja_member_get_join_date (member);
  shares_from = sajja_member_get_shares_from (member);
  if (shares_from == NULL)
    shares_from = join_date;
  if (!get_bylaw (db, sajja_group_get_id (group), SAJJA_BYLAW_SHARE_VALUE, shares_from,
                  &share_value, &share_value_known, error)
      || !get_bylaw (db, sajja_group_get_id (group), SAJJA_BYLAW_ENTRY_FEE, join_date,
                     &entry_fee, &entry_fee_known, error))
    return NULL;

  chair = find_chair (db, sajja_group_get_id (group), error);
  if (chair == NULL)
    return NULL;

  if (sajja_member_get_spouse_id (member) != 0)
    {
      spouse = sajja_member_find_by_id (db, sajja_member_get_spouse_id (member), error);
      if (spouse == NULL)
        return NULL;
      spouse_name = sajja_member_dup_full_name (spouse);
      spouse_no = g_strdup_printf ("%d", sajja_member_get_member_no (spouse));
    }
  else
    {
      spouse_name = g_strdup (sajja_member_get_spouse_name (member));
      spouse_no = g_strdup ("");
    }

  other_groups = sajja_member_dup_other_groups (db, sajja_member_get_national_id (member),
                                                sajja_group_get_id (group));

  full_name = sajja_member_dup_full_name (member);
  member_no = g_strdup_printf ("%d", sajja_member_get_member_no (member));
  national_id = _sajja_print_format_id (sajja_member_get_national_id (member));
  years = sajja_member_get_age (member, join_date);
  age = years >= 0 ? g_strdup_printf ("%d", years) : g_strdup ("");
  shares = g_strdup_printf ("%d", sajja_member_get_shares (member));
  share_value_text = format_money_or_blank (share_value, share_value_known);
  g_date_clear (&written, 1);
  sajja_date_from_iso (join_date, &written, NULL);
  occupations = sajja_member_get_occupations (member);
  beneficiaries = sajja_member_get_beneficiaries (member);

  /* Translators: the PDF's title: "ใบสมัครสมาชิก" and the applicant's name. */
  doc_title = g_strdup_printf (_("Membership application: %s"), full_name);
  doc = sajja_page_document_new (doc_title);

  /* ---- Page 1: the application ---- */
  {
    const SajjaPageField fields[] = {
      /* Translators: on a form, before the member number ("เลขที่สมาชิก"). */
      { _("Member no."), member_no, 50, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_RIGHT, fields, G_N_ELEMENTS (fields));
  }
  /* Translators: the title of the membership application form (ใบสมัครเป็นสมาชิก). */
  sajja_page_document_add_title (doc, _("Application for Membership"));
  sajja_page_document_add_paragraph (doc, sajja_group_get_name (group), SAJJA_PAGE_ALIGN_CENTER);
  _sajja_print_add_place_and_date (doc, sajja_group_get_name (group), &written);

  /* Translators: the salutation of the application form ("เรียน คณะกรรมการกลุ่ม…"). */
  sajja_page_document_add_paragraph (doc, _("To the committee of the savings group"), SAJJA_PAGE_ALIGN_LEFT);
  {
    const SajjaPageField fields[] = {
      /* Translators: on the application form, "ข้าพเจ้า (นาย/นาง/นางสาว)" before the title. */
      { _("I, (Mr/Mrs/Miss)"), sajja_member_get_title (member), 40, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a form, before the given name ("ชื่อ"). */
      { _("given name"), sajja_member_get_given_name (member), 0, SAJJA_PAGE_FIELD_FILL },
      /* Translators: on a form, before the surname ("นามสกุล"). */
      { _("surname"), sajja_member_get_surname (member), 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on a form, before the 13-digit ID ("เลขประจำตัวประชาชน"). */
      { _("National ID number"), national_id, SLOT_ID, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a form, "อายุ … ปี": before the age. */
      { _("age"), age, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on a form, "อายุ … ปี": after the age. */
      { _("years"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  {
    /* The record knows a spouse, not whether a member without one is single or widowed: then
     * the boxes are left for the applicant to tick. */
    gboolean married = *spouse_name != '\0';
    const SajjaPageField fields[] = {
      /* Translators: on the application form, "สถานภาพ" before the boxes. */
      { _("Marital status"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: a marital status box on the application form ("โสด"). */
      { _("single"), NULL, 0, SAJJA_PAGE_FIELD_CHECKBOX },
      /* Translators: a marital status box on the application form ("หม้าย"). */
      { _("widowed"), NULL, 0, SAJJA_PAGE_FIELD_CHECKBOX },
      /* Translators: a marital status box on the application form ("สมรส"). */
      { _("married"), NULL, 0, SAJJA_PAGE_FIELD_CHECKBOX | (married ? SAJJA_PAGE_FIELD_CHECKED : 0) },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on the application form, "ชื่อคู่สมรส". */
      { _("Spouse’s name"), spouse_name, 0, SAJJA_PAGE_FIELD_FILL },
      /* Translators: on the application form, "เลขที่สมาชิก (ถ้าเป็นสมาชิก)". */
      { _("member no. (if a member)"), spouse_no, 50, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  {
    const SajjaPageField fields[] = {
      /* Translators: on a form, before the address ("ที่อยู่"). */
      { _("Address"), sajja_member_get_address (member), 0, SAJJA_PAGE_FIELD_FILL },
    };
    const SajjaPageField phone[] = {
      /* Translators: on a form, before the phone number ("โทรศัพท์"). */
      { _("Phone"), sajja_member_get_phone (member), 120, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, phone, G_N_ELEMENTS (phone));
  }

  /* Translators: on the application form, "อาชีพหลัก". */
  add_occupation (doc, _("Main occupation"), occupations->len > 0 ? g_ptr_array_index (occupations, 0) : NULL);
  /* Translators: on the application form, "อาชีพรอง". */
  add_occupation (doc, _("Secondary occupation"), occupations->len > 1 ? g_ptr_array_index (occupations, 1) : NULL);
  for (guint i = 2; i < occupations->len; i++)
    /* Translators: on the application form, a third or further occupation ("อาชีพอื่น"). */
    add_occupation (doc, _("Other occupation"), g_ptr_array_index (occupations, i));

  {
    guint n_other = other_groups != NULL ? g_strv_length (other_groups) : 0;
    const SajjaPageField fields[] = {
      /* Translators: on the application form, "เป็นสมาชิกกลุ่มหรือสหกรณ์อื่น 1. … 2. … 3. …". */
      { _("Member of other groups or cooperatives: 1."), n_other > 0 ? other_groups[0] : "", 0, SAJJA_PAGE_FIELD_FILL },
      { "2.", n_other > 1 ? other_groups[1] : "", 0, SAJJA_PAGE_FIELD_FILL },
      { "3.", n_other > 2 ? other_groups[2] : "", 0, SAJJA_PAGE_FIELD_FILL },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }

  sajja_page_document_add_paragraph (doc,
                                     /* Translators: the applicant's declaration on the application form. */
                                     _("I wish to become a member of the group and agree to follow all of the group’s rules. I pledge monthly savings (sajja) as follows."),
                                     SAJJA_PAGE_ALIGN_INDENTED);
  {
    const SajjaPageField fields[] = {
      /* Translators: on the application form, "ขอส่งเงินสัจจะสะสมเดือนละ … หุ้น หุ้นละ … บาท". */
      { _("Savings pledged each month:"), shares, SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on the application form, after the number of shares ("หุ้น หุ้นละ"). */
      { _("shares, at"), share_value_text, SLOT_MONEY, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: on the application form, after the value of one share ("บาท"). */
      { _("baht a share"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  /* Translators: on the application form, before the pledged amount a month ("เป็นเงินเดือนละ"). */
  add_amount (doc, _("amounting each month to"), share_value * sajja_member_get_shares (member), share_value_known);
  /* Translators: on the application form, before the fee ("และชำระค่าสมัครและค่าธรรมเนียมแรกเข้า"). */
  add_amount (doc, _("I pay the application and entry fee of"), entry_fee, entry_fee_known);

  {
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the person applying ("ผู้สมัคร"). */
      { _("applicant"), full_name },
    };

    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  sajja_page_document_add_rule (doc);
  /* Translators: the heading of the committee's part of the application form. */
  sajja_page_document_add_heading (doc, _("For the committee"));
  {
    const SajjaPageField fields[] = {
      /* Translators: "ที่ประชุมคณะกรรมการ ครั้งที่ … ปี … มีมติ": before the meeting's number. */
      { _("The committee, at its meeting no."), "", SLOT_NUMBER, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: "ที่ประชุมคณะกรรมการ ครั้งที่ … ปี … มีมติ": before the year. */
      { _("of the year"), "", SLOT_YEAR, SAJJA_PAGE_FIELD_DEFAULT },
      /* Translators: "ที่ประชุมคณะกรรมการ ครั้งที่ … ปี … มีมติ": before the date of the meeting. */
      { _("held on"), "", 0, SAJJA_PAGE_FIELD_FILL },
      /* Translators: "มีมติ": before the committee's decision. */
      { _("resolved to"), NULL, 0, SAJJA_PAGE_FIELD_DEFAULT },
    };
    const SajjaPageField decision[] = {
      /* Translators: a box of the committee's decision ("รับเป็นสมาชิก"). */
      { _("accept the applicant as a member"), NULL, 0, SAJJA_PAGE_FIELD_CHECKBOX },
      /* Translators: a box of the committee's decision, followed by the reason ("ไม่รับเป็นสมาชิก เพราะ"). */
      { _("not accept the applicant, because"), NULL, 0, SAJJA_PAGE_FIELD_CHECKBOX },
      { NULL, "", 0, SAJJA_PAGE_FIELD_FILL },
    };
    const SajjaPageSignature signatures[] = {
      /* Translators: under a signature line: the chair of the group ("ประธานกลุ่ม"). */
      { _("chair of the group"), chair },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, decision, G_N_ELEMENTS (decision));
    sajja_page_document_add_signatures (doc, signatures, G_N_ELEMENTS (signatures), 2);
  }

  /* ---- Page 2: the beneficiaries ---- */
  sajja_page_document_add_page_break (doc);
  /* Translators: the title of the second page of the application form (หนังสือแต่งตั้งผู้รับผลประโยชน์). */
  sajja_page_document_add_title (doc, _("Designation of Beneficiaries"));
  sajja_page_document_add_paragraph (doc, sajja_group_get_name (group), SAJJA_PAGE_ALIGN_CENTER);
  _sajja_print_add_place_and_date (doc, sajja_group_get_name (group), &written);
  {
    const SajjaPageField fields[] = {
      /* Translators: on a form, "ข้าพเจ้า" before the member's name. */
      { _("I,"), full_name, 0, SAJJA_PAGE_FIELD_FILL },
      /* Translators: on a form, before the member's number ("สมาชิกเลขที่"). */
      { _("member no."), member_no, 50, SAJJA_PAGE_FIELD_DEFAULT },
    };

    sajja_page_document_add_fields (doc, SAJJA_PAGE_ALIGN_LEFT, fields, G_N_ELEMENTS (fields));
  }
  sajja_page_document_add_paragraph (doc,
                                     /* Translators: the member's designation on the beneficiaries page. */
                                     _("designate the people below to receive my savings, shares and all other benefits I have with the group when I die, in the shares given."),
                                     SAJJA_PAGE_ALIGN_INDENTED);
  {
    const SajjaPageColumn columns[] = {
      /* Translators: a column of the beneficiaries table: the row number ("ลำดับ"). */
      { _("Item"), 0.85, SAJJA_PAGE_ALIGN_RIGHT },
      /* Translators: a column of the beneficiaries table ("ชื่อ–สกุล"). */
      { C_("table column", "Name"), 2.8, SAJJA_PAGE_ALIGN_LEFT },
      /* Translators: a column of the beneficiaries table. */
      { _("National ID number"), 2.4, SAJJA_PAGE_ALIGN_CENTER },
      /* Translators: a column of the beneficiaries table ("ความสัมพันธ์"). */
      { _("Relationship"), 1.6, SAJJA_PAGE_ALIGN_LEFT },
      /* Translators: a column of the beneficiaries table: the percentage each one receives ("ร้อยละ"). */
      { _("Share (%)"), 1.1, SAJJA_PAGE_ALIGN_RIGHT },
    };

    table = sajja_page_document_add_table (doc, columns, G_N_ELEMENTS (columns));
  }
  for (guint i = 0; i < MAX (beneficiaries->len, 3u); i++)
    {
      g_autofree char *item = g_strdup_printf ("%u", i + 1);
      g_autofree char *id = NULL;
      g_autofree char *percent = NULL;

      if (i < beneficiaries->len)
        {
          SajjaBeneficiary *b = g_ptr_array_index (beneficiaries, i);
          const char *cells[5];

          id = _sajja_print_format_id (b->national_id);
          percent = format_percent (b->share_bp);
          cells[0] = item;
          cells[1] = b->name;
          cells[2] = id;
          cells[3] = b->relationship;
          cells[4] = percent;
          sajja_page_table_add_row (table, cells);
        }
      else
        {
          /* Blank rows to fill in by hand. */
          const char *cells[5] = { item, "", "", "", "" };

          sajja_page_table_add_row (table, cells);
        }
    }
  sajja_page_document_add_paragraph (doc,
                                     /* Translators: the closing sentence of the beneficiaries page. */
                                     _("I make this designation of my own free will and sign it before the witnesses below."),
                                     SAJJA_PAGE_ALIGN_INDENTED);
  {
    const SajjaPageSignature member_signature[] = {
      /* Translators: under a signature line: the member ("สมาชิก"). */
      { _("member"), full_name },
    };
    const SajjaPageSignature witnesses[] = {
      /* Translators: under a signature line: a witness ("พยาน"). */
      { _("witness"), sajja_member_get_witness (member, 0) },
      { _("witness"), sajja_member_get_witness (member, 1) },
    };

    sajja_page_document_add_signatures (doc, member_signature, G_N_ELEMENTS (member_signature), 2);
    sajja_page_document_add_signatures (doc, witnesses, G_N_ELEMENTS (witnesses), 2);
  }

  return g_steal_pointer (&doc);
}
