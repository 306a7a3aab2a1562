/* sajja-member.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <time.h>

#include "sajja-bylaw.h"
#include "sajja-collate.h"
#include "sajja-date.h"
#include "sajja-member.h"
#include "sajja-thai-id.h"
#include "sajja-uuid.h"

struct _SajjaMember
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 group_id;
  int member_no;
  char *title;
  char *given_name;
  char *surname;
  char *national_id;
  char *birth_date;
  SajjaGender gender;
  char *address;
  char *phone;
  char *join_date;
  SajjaMemberStatus status;
  char *status_date;
  char *status_reason;
  gint64 spouse_id;
  char *spouse_name;
  char *witness[2];
  char *consent_date;
  char *consent_scope;
  int shares;
  char *shares_from;
  gboolean shares_changed;
  GPtrArray *occupations;
  GPtrArray *beneficiaries;
};

G_DEFINE_FINAL_TYPE (SajjaMember, sajja_member, G_TYPE_OBJECT)

G_DEFINE_QUARK (sajja-member-error-quark, sajja_member_error)

static const char * const status_names[] = { "active", "resigned", "deceased", "expelled" };
static const char * const status_titles[] = { N_("Active"), N_("Resigned"), N_("Deceased"), N_("Expelled") };
static const char * const gender_names[] = { "", "female", "male", "other" };
static const char * const gender_titles[] = {
  /* Translators: gender not given. */
  N_("Not given"), N_("Female"), N_("Male"), N_("Other"),
};

const char *
sajja_member_status_to_string (SajjaMemberStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);
  return status_names[status];
}

gboolean
sajja_member_status_from_string (const char        *name,
                                 SajjaMemberStatus *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (status_names[i], name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_member_status_get_title (SajjaMemberStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_titles), NULL);
  return _(status_titles[status]);
}

const char *
sajja_gender_to_string (SajjaGender gender)
{
  g_return_val_if_fail (gender < G_N_ELEMENTS (gender_names), NULL);
  return gender_names[gender];
}

gboolean
sajja_gender_from_string (const char  *name,
                          SajjaGender *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (gender_names); i++)
    if (g_strcmp0 (gender_names[i], name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sajja_gender_get_title (SajjaGender gender)
{
  g_return_val_if_fail (gender < G_N_ELEMENTS (gender_titles), NULL);
  return _(gender_titles[gender]);
}

SajjaOccupation *
sajja_occupation_new (const char *occupation,
                      gint64      monthly_income)
{
  SajjaOccupation *o = g_new0 (SajjaOccupation, 1);

  o->occupation = g_strdup (occupation != NULL ? occupation : "");
  o->monthly_income = monthly_income;
  return o;
}

void
sajja_occupation_free (SajjaOccupation *occupation)
{
  if (occupation == NULL)
    return;
  g_free (occupation->occupation);
  g_free (occupation);
}

SajjaBeneficiary *
sajja_beneficiary_new (const char *name,
                       const char *national_id,
                       const char *relationship,
                       int         share_bp)
{
  SajjaBeneficiary *b = g_new0 (SajjaBeneficiary, 1);

  b->name = g_strdup (name != NULL ? name : "");
  b->national_id = g_strdup (national_id != NULL && *national_id != '\0' ? national_id : NULL);
  b->relationship = g_strdup (relationship != NULL ? relationship : "");
  b->share_bp = share_bp;
  return b;
}

void
sajja_beneficiary_free (SajjaBeneficiary *beneficiary)
{
  if (beneficiary == NULL)
    return;
  g_free (beneficiary->name);
  g_free (beneficiary->national_id);
  g_free (beneficiary->relationship);
  g_free (beneficiary);
}

static void
sajja_member_finalize (GObject *object)
{
  SajjaMember *self = (SajjaMember *)object;

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->given_name);
  g_free (self->surname);
  g_free (self->national_id);
  g_free (self->birth_date);
  g_free (self->address);
  g_free (self->phone);
  g_free (self->join_date);
  g_free (self->status_date);
  g_free (self->status_reason);
  g_free (self->spouse_name);
  g_free (self->witness[0]);
  g_free (self->witness[1]);
  g_free (self->consent_date);
  g_free (self->consent_scope);
  g_free (self->shares_from);
  g_clear_pointer (&self->occupations, g_ptr_array_unref);
  g_clear_pointer (&self->beneficiaries, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_member_parent_class)->finalize (object);
}

static void
sajja_member_class_init (SajjaMemberClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sajja_member_finalize;
}

static void
sajja_member_init (SajjaMember *self)
{
  self->title = g_strdup ("");
  self->given_name = g_strdup ("");
  self->surname = g_strdup ("");
  self->address = g_strdup ("");
  self->phone = g_strdup ("");
  self->status_reason = g_strdup ("");
  self->spouse_name = g_strdup ("");
  self->witness[0] = g_strdup ("");
  self->witness[1] = g_strdup ("");
  self->consent_scope = g_strdup ("");
  self->occupations = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_occupation_free);
  self->beneficiaries = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_beneficiary_free);
}

SajjaMember *
sajja_member_new (gint64 group_id)
{
  SajjaMember *self = g_object_new (SAJJA_TYPE_MEMBER, NULL);

  self->uuid = sajja_uuid_new ();
  self->group_id = group_id;
  self->join_date = sajja_date_today_iso ();
  return self;
}

SajjaMember *
sajja_member_copy (SajjaMember *self)
{
  SajjaMember *copy;

  g_return_val_if_fail (SAJJA_IS_MEMBER (self), NULL);

  copy = g_object_new (SAJJA_TYPE_MEMBER, NULL);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->group_id = self->group_id;
  copy->member_no = self->member_no;
  g_free (copy->title); copy->title = g_strdup (self->title);
  g_free (copy->given_name); copy->given_name = g_strdup (self->given_name);
  g_free (copy->surname); copy->surname = g_strdup (self->surname);
  copy->national_id = g_strdup (self->national_id);
  copy->birth_date = g_strdup (self->birth_date);
  copy->gender = self->gender;
  g_free (copy->address); copy->address = g_strdup (self->address);
  g_free (copy->phone); copy->phone = g_strdup (self->phone);
  copy->join_date = g_strdup (self->join_date);
  copy->status = self->status;
  copy->status_date = g_strdup (self->status_date);
  g_free (copy->status_reason); copy->status_reason = g_strdup (self->status_reason);
  copy->spouse_id = self->spouse_id;
  g_free (copy->spouse_name); copy->spouse_name = g_strdup (self->spouse_name);
  for (int i = 0; i < 2; i++)
    {
      g_free (copy->witness[i]);
      copy->witness[i] = g_strdup (self->witness[i]);
    }
  copy->consent_date = g_strdup (self->consent_date);
  g_free (copy->consent_scope); copy->consent_scope = g_strdup (self->consent_scope);
  copy->shares = self->shares;
  copy->shares_from = g_strdup (self->shares_from);
  copy->shares_changed = self->shares_changed;
  for (guint i = 0; i < self->occupations->len; i++)
    {
      SajjaOccupation *o = g_ptr_array_index (self->occupations, i);

      g_ptr_array_add (copy->occupations, sajja_occupation_new (o->occupation, o->monthly_income));
    }
  for (guint i = 0; i < self->beneficiaries->len; i++)
    {
      SajjaBeneficiary *b = g_ptr_array_index (self->beneficiaries, i);

      g_ptr_array_add (copy->beneficiaries,
                       sajja_beneficiary_new (b->name, b->national_id, b->relationship, b->share_bp));
    }

  return copy;
}

#define GETTER(type, name, field, fallback) \
  type sajja_member_get_##name (SajjaMember *self) \
  { \
    g_return_val_if_fail (SAJJA_IS_MEMBER (self), fallback); \
    return self->field; \
  }

GETTER (gint64, id, id, 0)
GETTER (const char *, uuid, uuid, NULL)
GETTER (gint64, group_id, group_id, 0)
GETTER (int, member_no, member_no, 0)
GETTER (const char *, title, title, NULL)
GETTER (const char *, given_name, given_name, NULL)
GETTER (const char *, surname, surname, NULL)
GETTER (const char *, national_id, national_id, NULL)
GETTER (const char *, birth_date, birth_date, NULL)
GETTER (SajjaGender, gender, gender, SAJJA_GENDER_UNSPECIFIED)
GETTER (const char *, address, address, NULL)
GETTER (const char *, phone, phone, NULL)
GETTER (const char *, join_date, join_date, NULL)
GETTER (SajjaMemberStatus, status, status, SAJJA_MEMBER_ACTIVE)
GETTER (const char *, status_date, status_date, NULL)
GETTER (const char *, status_reason, status_reason, NULL)
GETTER (gint64, spouse_id, spouse_id, 0)
GETTER (const char *, spouse_name, spouse_name, NULL)
GETTER (const char *, consent_date, consent_date, NULL)
GETTER (const char *, consent_scope, consent_scope, NULL)
GETTER (int, shares, shares, 0)
GETTER (const char *, shares_from, shares_from, NULL)
GETTER (GPtrArray *, occupations, occupations, NULL)
GETTER (GPtrArray *, beneficiaries, beneficiaries, NULL)

#undef GETTER

const char *
sajja_member_get_witness (SajjaMember *self,
                          int          which)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER (self), NULL);
  g_return_val_if_fail (which == 0 || which == 1, NULL);

  return self->witness[which];
}

/* Replaces a string field: @optional fields become NULL when empty, others "". */
static void
replace (char       **field,
         const char  *value,
         gboolean     optional)
{
  char *copy = NULL;

  if (value != NULL)
    {
      copy = g_strstrip (g_strdup (value));
      if (optional && *copy == '\0')
        g_clear_pointer (&copy, g_free);
    }
  if (copy == NULL && !optional)
    copy = g_strdup ("");

  g_free (*field);
  *field = copy;
}

void sajja_member_set_member_no (SajjaMember *self, int member_no) { g_return_if_fail (SAJJA_IS_MEMBER (self)); self->member_no = member_no; }
void sajja_member_set_title (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->title, v, FALSE); }
void sajja_member_set_given_name (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->given_name, v, FALSE); }
void sajja_member_set_surname (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->surname, v, FALSE); }
void sajja_member_set_national_id (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->national_id, v, TRUE); }
void sajja_member_set_birth_date (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->birth_date, v, TRUE); }
void sajja_member_set_gender (SajjaMember *self, SajjaGender gender) { g_return_if_fail (SAJJA_IS_MEMBER (self)); self->gender = gender; }
void sajja_member_set_address (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->address, v, FALSE); }
void sajja_member_set_phone (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->phone, v, FALSE); }
void sajja_member_set_join_date (SajjaMember *self, const char *v) { g_return_if_fail (SAJJA_IS_MEMBER (self)); replace (&self->join_date, v, TRUE); }

void
sajja_member_set_status (SajjaMember       *self,
                         SajjaMemberStatus  status,
                         const char        *iso_date,
                         const char        *reason)
{
  g_return_if_fail (SAJJA_IS_MEMBER (self));

  self->status = status;
  replace (&self->status_date, status == SAJJA_MEMBER_ACTIVE ? NULL : iso_date, TRUE);
  replace (&self->status_reason, status == SAJJA_MEMBER_ACTIVE ? NULL : reason, FALSE);
}

void
sajja_member_set_spouse (SajjaMember *self,
                         gint64       spouse_id,
                         const char  *spouse_name)
{
  g_return_if_fail (SAJJA_IS_MEMBER (self));

  self->spouse_id = spouse_id;
  replace (&self->spouse_name, spouse_name, FALSE);
}

void
sajja_member_set_witness (SajjaMember *self,
                          int          which,
                          const char  *name)
{
  g_return_if_fail (SAJJA_IS_MEMBER (self));
  g_return_if_fail (which == 0 || which == 1);

  replace (&self->witness[which], name, FALSE);
}

void
sajja_member_set_consent (SajjaMember *self,
                          const char  *iso_date,
                          const char  *scope)
{
  g_return_if_fail (SAJJA_IS_MEMBER (self));

  replace (&self->consent_date, iso_date, TRUE);
  replace (&self->consent_scope, scope, FALSE);
}

void
sajja_member_set_shares (SajjaMember *self,
                         int          shares,
                         const char  *iso_date)
{
  g_return_if_fail (SAJJA_IS_MEMBER (self));

  if (self->shares == shares && g_strcmp0 (self->shares_from, iso_date) == 0)
    return;

  self->shares = shares;
  replace (&self->shares_from, iso_date, TRUE);
  self->shares_changed = TRUE;
}

char *
sajja_member_dup_full_name (SajjaMember *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER (self), NULL);

  if (*self->surname == '\0')
    return g_strconcat (self->title, self->given_name, NULL);

  return g_strconcat (self->title, self->given_name, " ", self->surname, NULL);
}

int
sajja_member_get_age (SajjaMember *self,
                      const char  *iso_date)
{
  GDate birth, on;

  g_return_val_if_fail (SAJJA_IS_MEMBER (self), -1);

  if (self->birth_date == NULL || !sajja_date_from_iso (self->birth_date, &birth, NULL))
    return -1;

  if (iso_date == NULL || !sajja_date_from_iso (iso_date, &on, NULL))
    {
      g_date_clear (&on, 1);
      g_date_set_time_t (&on, time (NULL));
    }

  return sajja_date_age (&birth, &on);
}

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

static gboolean
fail (GError         **error,
      SajjaMemberError code,
      const char      *message)
{
  g_set_error_literal (error, SAJJA_MEMBER_ERROR, code, message);
  return FALSE;
}

static gboolean
check_date (const char       *iso,
            gboolean          required,
            SajjaMemberError  code,
            const char       *message,
            GDate            *out,
            GError          **error)
{
  if (iso == NULL)
    return required ? fail (error, code, message) : TRUE;

  if (!sajja_date_from_iso (iso, out, NULL))
    return fail (error, code, message);

  return TRUE;
}

gboolean
sajja_member_validate (SajjaMember  *self,
                       GError      **error)
{
  GDate birth, join, status_date, consent, today;
  int total_bp = 0;

  g_return_val_if_fail (SAJJA_IS_MEMBER (self), FALSE);

  g_date_clear (&birth, 1);
  g_date_clear (&join, 1);
  g_date_clear (&status_date, 1);
  g_date_clear (&consent, 1);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  if (self->member_no < 0 || self->member_no > 999999)
    return fail (error, SAJJA_MEMBER_ERROR_MEMBER_NO,
                 _("The member number must be a whole number from 1 to 999,999, or left empty to take the next one."));

  if (is_blank (self->given_name))
    return fail (error, SAJJA_MEMBER_ERROR_GIVEN_NAME, _("Enter the member’s given name."));
  if (g_utf8_strlen (self->given_name, -1) > 100)
    return fail (error, SAJJA_MEMBER_ERROR_GIVEN_NAME, _("The given name is too long: use at most 100 characters."));
  if (is_blank (self->surname))
    return fail (error, SAJJA_MEMBER_ERROR_SURNAME, _("Enter the member’s surname."));
  if (g_utf8_strlen (self->surname, -1) > 100)
    return fail (error, SAJJA_MEMBER_ERROR_SURNAME, _("The surname is too long: use at most 100 characters."));

  if (self->national_id != NULL)
    {
      g_autoptr(GError) id_error = NULL;
      g_autofree char *digits = sajja_thai_id_normalize (self->national_id, &id_error);

      if (digits == NULL)
        return fail (error, SAJJA_MEMBER_ERROR_NATIONAL_ID, id_error->message);
      g_free (self->national_id);
      self->national_id = g_steal_pointer (&digits);
    }

  if (!check_date (self->birth_date, FALSE, SAJJA_MEMBER_ERROR_BIRTH_DATE,
                   _("The birth date is not a valid date."), &birth, error))
    return FALSE;
  if (g_date_valid (&birth) && g_date_compare (&birth, &today) > 0)
    return fail (error, SAJJA_MEMBER_ERROR_BIRTH_DATE,
                 _("The birth date is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
  if (g_date_valid (&birth) && g_date_get_year (&birth) < 1880)
    return fail (error, SAJJA_MEMBER_ERROR_BIRTH_DATE, _("The birth date is too far in the past. Check the year."));

  if (!check_date (self->join_date, TRUE, SAJJA_MEMBER_ERROR_JOIN_DATE,
                   _("Enter the date the member joined."), &join, error))
    return FALSE;
  if (g_date_compare (&join, &today) > 0)
    return fail (error, SAJJA_MEMBER_ERROR_JOIN_DATE,
                 _("The joining date is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
  if (g_date_valid (&birth) && g_date_compare (&join, &birth) < 0)
    return fail (error, SAJJA_MEMBER_ERROR_JOIN_DATE, _("The member cannot join before being born. Check the dates."));

  if (self->status != SAJJA_MEMBER_ACTIVE)
    {
      if (!check_date (self->status_date, TRUE, SAJJA_MEMBER_ERROR_STATUS,
                       _("Give the date the membership ended."), &status_date, error))
        return FALSE;
      if (g_date_compare (&status_date, &join) < 0)
        return fail (error, SAJJA_MEMBER_ERROR_STATUS, _("The membership cannot end before the member joined."));
      if (g_date_compare (&status_date, &today) > 0)
        return fail (error, SAJJA_MEMBER_ERROR_STATUS, _("The date the membership ended is in the future."));
    }

  if (self->shares < 0 || self->shares > 10000)
    return fail (error, SAJJA_MEMBER_ERROR_SHARES, _("The pledged shares must be a whole number."));
  if (self->shares_from != NULL)
    {
      GDate from;

      if (!check_date (self->shares_from, FALSE, SAJJA_MEMBER_ERROR_SHARES,
                       _("The date the pledge takes effect is not a valid date."), &from, error))
        return FALSE;
    }

  for (guint i = 0; i < self->occupations->len; i++)
    {
      SajjaOccupation *o = g_ptr_array_index (self->occupations, i);

      if (is_blank (o->occupation))
        return fail (error, SAJJA_MEMBER_ERROR_OCCUPATIONS, _("Each occupation needs a name, or remove the empty one."));
      if (o->monthly_income < 0)
        return fail (error, SAJJA_MEMBER_ERROR_OCCUPATIONS, _("A monthly income cannot be negative."));
    }

  if (!is_blank (self->phone))
    {
      int digits = 0;

      for (const char *p = self->phone; *p != '\0'; p++)
        {
          if (g_ascii_isdigit (*p))
            digits++;
          else if (!(*p == ' ' || *p == '-' || *p == '+' || *p == '(' || *p == ')'))
            return fail (error, SAJJA_MEMBER_ERROR_PHONE,
                         _("A phone number has digits, spaces and dashes only, for example 081-234-5678."));
        }
      if (digits < 9 || digits > 12)
        return fail (error, SAJJA_MEMBER_ERROR_PHONE,
                     _("A Thai phone number has 9 or 10 digits, for example 081-234-5678."));
    }

  if (self->beneficiaries->len > 0)
    {
      for (guint i = 0; i < self->beneficiaries->len; i++)
        {
          SajjaBeneficiary *b = g_ptr_array_index (self->beneficiaries, i);

          if (is_blank (b->name))
            return fail (error, SAJJA_MEMBER_ERROR_BENEFICIARIES, _("Each beneficiary needs a name."));
          if (b->share_bp <= 0 || b->share_bp > 10000)
            return fail (error, SAJJA_MEMBER_ERROR_BENEFICIARIES,
                         _("Each beneficiary’s share must be more than 0% and at most 100%."));
          if (b->national_id != NULL)
            {
              g_autoptr(GError) id_error = NULL;
              g_autofree char *digits = sajja_thai_id_normalize (b->national_id, &id_error);

              if (digits == NULL)
                {
                  g_set_error (error, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_BENEFICIARIES,
                               /* Translators: %s is a beneficiary's name, then the reason. */
                               _("The ID number of beneficiary %s: %s"), b->name, id_error->message);
                  return FALSE;
                }
              g_free (b->national_id);
              b->national_id = g_steal_pointer (&digits);
            }
          total_bp += b->share_bp;
        }

      if (total_bp != 10000)
        {
          g_autofree char *total = g_strdup_printf ("%d.%02d", total_bp / 100, total_bp % 100);

          g_set_error (error, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_BENEFICIARIES,
                       /* Translators: %s is a percentage such as 90.00. */
                       _("The beneficiaries’ shares add up to %s%%; they must add up to exactly 100%%."), total);
          return FALSE;
        }

      if (is_blank (self->witness[0]) || is_blank (self->witness[1]))
        return fail (error, SAJJA_MEMBER_ERROR_WITNESSES,
                     _("Naming beneficiaries needs two witnesses. Enter both witnesses’ names."));
      if (g_strcmp0 (self->witness[0], self->witness[1]) == 0)
        return fail (error, SAJJA_MEMBER_ERROR_WITNESSES, _("The two witnesses must be different people."));
    }

  if (self->consent_date != NULL)
    {
      if (!check_date (self->consent_date, FALSE, SAJJA_MEMBER_ERROR_CONSENT,
                       _("The date of consent is not a valid date."), &consent, error))
        return FALSE;
      if (g_date_compare (&consent, &today) > 0)
        return fail (error, SAJJA_MEMBER_ERROR_CONSENT, _("The date of consent is in the future."));
      if (is_blank (self->consent_scope))
        return fail (error, SAJJA_MEMBER_ERROR_CONSENT,
                     _("Say what the member agreed the group may keep and use their personal data for."));
    }

  if (self->spouse_id != 0 && self->spouse_id == self->id)
    return fail (error, SAJJA_MEMBER_ERROR_SPOUSE, _("A member cannot be their own spouse."));

  return TRUE;
}

int
sajja_member_next_number (SajjaDb *db,
                          gint64   group_id)
{
  return (int) sajja_db_query_int_params (db, "SELECT ifnull (max (member_no), 0) + 1 FROM members WHERE group_id = ?1",
                                          1, 1, group_id);
}

/* Checks against the other rows of the group and the by-laws. */
static gboolean
check_with_db (SajjaMember  *self,
               SajjaDb      *db,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (self->national_id != NULL)
    {
      stmt = sajja_db_prepare (db,
                               "SELECT member_no, trim (title || given_name || ' ' || surname) FROM members "
                               "WHERE group_id = ? AND national_id = ? AND uuid != ?",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->group_id);
      sqlite3_bind_text (stmt, 2, self->national_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, self->uuid, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_NATIONAL_ID,
                       /* Translators: %d is a member number, %s a name. */
                       _("This ID number is already registered in the group, as member %d (%s)."),
                       sqlite3_column_int (stmt, 0), sqlite3_column_text (stmt, 1));
          sqlite3_reset (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  if (self->member_no > 0)
    {
      stmt = sajja_db_prepare (db,
                               "SELECT trim (title || given_name || ' ' || surname) FROM members "
                               "WHERE group_id = ? AND member_no = ? AND uuid != ?",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->group_id);
      sqlite3_bind_int (stmt, 2, self->member_no);
      sqlite3_bind_text (stmt, 3, self->uuid, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_MEMBER_NO,
                       /* Translators: %d is a member number, %s a name. */
                       _("Member number %d is already %s’s. Leave the number empty to take the next free one."),
                       self->member_no, sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  if (self->shares_changed && self->status == SAJJA_MEMBER_ACTIVE)
    {
      const char *on = self->shares_from != NULL ? self->shares_from : self->join_date;
      gint64 min_shares, max_shares;

      /* A group without share rules yet accepts any pledge; with them, it must fit. */
      if (sajja_bylaw_get (db, self->group_id, SAJJA_BYLAW_MIN_SHARES, on, &min_shares, NULL)
          && sajja_bylaw_get (db, self->group_id, SAJJA_BYLAW_MAX_SHARES, on, &max_shares, NULL)
          && (self->shares < min_shares || self->shares > max_shares))
        {
          g_set_error (error, SAJJA_MEMBER_ERROR, SAJJA_MEMBER_ERROR_SHARES,
                       /* Translators: the numbers are the by-laws' fewest and most shares. */
                       _("The group’s rules allow a pledge of %d to %d shares."),
                       (int) min_shares, (int) max_shares);
          return FALSE;
        }
    }

  if (self->spouse_id != 0)
    {
      stmt = sajja_db_prepare (db, "SELECT count(*) FROM members WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->spouse_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) == 0)
        {
          sqlite3_reset (stmt);
          return fail (error, SAJJA_MEMBER_ERROR_SPOUSE, _("The spouse chosen is not a member."));
        }
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
save_children (SajjaMember  *self,
               SajjaDb      *db,
               GError      **error)
{
  sqlite3_stmt *stmt;

  /* Occupations and beneficiaries are replaced whole; shares keep their history. */
  stmt = sajja_db_prepare (db, "DELETE FROM member_occupations WHERE member_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  if (!sajja_db_step_done (db, stmt, _("Could not save the member"), error))
    return FALSE;

  for (guint i = 0; i < self->occupations->len; i++)
    {
      SajjaOccupation *o = g_ptr_array_index (self->occupations, i);
      g_autofree char *uuid = sajja_uuid_new ();

      stmt = sajja_db_prepare (db,
                               "INSERT INTO member_occupations (uuid, member_id, position, occupation, monthly_income) "
                               "VALUES (?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, self->id);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, o->occupation, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 5, o->monthly_income);
      if (!sajja_db_step_done (db, stmt, _("Could not save the member"), error))
        return FALSE;
    }

  stmt = sajja_db_prepare (db, "DELETE FROM beneficiaries WHERE member_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  if (!sajja_db_step_done (db, stmt, _("Could not save the member"), error))
    return FALSE;

  for (guint i = 0; i < self->beneficiaries->len; i++)
    {
      SajjaBeneficiary *b = g_ptr_array_index (self->beneficiaries, i);
      g_autofree char *uuid = sajja_uuid_new ();

      stmt = sajja_db_prepare (db,
                               "INSERT INTO beneficiaries (uuid, member_id, position, name, national_id, "
                               "relationship, share_bp) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, self->id);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, b->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, b->national_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, b->relationship, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 7, b->share_bp);
      if (!sajja_db_step_done (db, stmt, _("Could not save the member"), error))
        return FALSE;
    }

  if (self->shares_changed)
    {
      g_autofree char *uuid = sajja_uuid_new ();

      if (self->shares_from == NULL)
        self->shares_from = g_strdup (self->join_date);

      stmt = sajja_db_prepare (db,
                               "INSERT INTO member_shares (uuid, member_id, shares, effective_from) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (member_id, effective_from) DO UPDATE SET shares = excluded.shares",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, self->id);
      sqlite3_bind_int (stmt, 3, self->shares);
      sqlite3_bind_text (stmt, 4, self->shares_from, -1, SQLITE_STATIC);
      if (!sajja_db_step_done (db, stmt, _("Could not save the member"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_in_transaction (SajjaMember  *self,
                     SajjaDb      *db,
                     GError      **error)
{
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  g_autofree char *name_key = NULL;
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gboolean inserting = self->id == 0;

  if (!check_with_db (self, db, error))
    return FALSE;

  if (self->member_no == 0)
    self->member_no = sajja_member_next_number (db, self->group_id);

  name = g_strconcat (self->given_name, " ", self->surname, NULL);
  name_key = sajja_collate_key (name);

  if (inserting)
    stmt = sajja_db_prepare (db,
                             "INSERT INTO members (group_id, member_no, title, given_name, surname, national_id, "
                             "birth_date, gender, address, phone, join_date, status, status_date, status_reason, "
                             "spouse_id, spouse_name, witness1, witness2, consent_date, consent_scope, sort_key, "
                             "created_at, updated_at, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                             "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?22, ?23)",
                             error);
  else
    stmt = sajja_db_prepare (db,
                             "UPDATE members SET group_id = ?1, member_no = ?2, title = ?3, given_name = ?4, "
                             "surname = ?5, national_id = ?6, birth_date = ?7, gender = ?8, address = ?9, "
                             "phone = ?10, join_date = ?11, status = ?12, status_date = ?13, status_reason = ?14, "
                             "spouse_id = ?15, spouse_name = ?16, witness1 = ?17, witness2 = ?18, "
                             "consent_date = ?19, consent_scope = ?20, sort_key = ?21, updated_at = ?22 "
                             "WHERE uuid = ?23",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, self->group_id);
  sqlite3_bind_int (stmt, 2, self->member_no);
  sqlite3_bind_text (stmt, 3, self->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->given_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->surname, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, self->national_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, self->birth_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, gender_names[self->gender], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, self->address, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, self->phone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, self->join_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, status_names[self->status], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, self->status_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, self->status_reason, -1, SQLITE_STATIC);
  if (self->spouse_id != 0)
    sqlite3_bind_int64 (stmt, 15, self->spouse_id);
  sqlite3_bind_text (stmt, 16, self->spouse_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, self->witness[0], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 18, self->witness[1], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 19, self->consent_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 20, self->consent_scope, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 21, name_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 22, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 23, self->uuid, -1, SQLITE_STATIC);
  if (!sajja_db_step_done (db, stmt, _("Could not save the member"), error))
    return FALSE;

  if (inserting)
    self->id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));

  if (!save_children (self, db, error))
    return FALSE;

  return sajja_db_log_action (db, inserting ? "member-add" : "member-edit", self->uuid, name, error);
}

gboolean
sajja_member_save (SajjaMember  *self,
                   SajjaDb      *db,
                   GError      **error)
{
  gint64 old_id;
  int old_no;
  gboolean own;

  g_return_val_if_fail (SAJJA_IS_MEMBER (self), FALSE);
  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!sajja_member_validate (self, error))
    return FALSE;

  old_id = self->id;
  old_no = self->member_no;
  if (!sajja_db_begin_change (db, &own, error))
    return FALSE;

  if (!sajja_db_end_change (db, own, save_in_transaction (self, db, error), error))
    {
      self->id = old_id;
      self->member_no = old_no;
      return FALSE;
    }

  self->shares_changed = FALSE;
  return TRUE;
}

#define MEMBER_COLUMNS "id, uuid, group_id, member_no, title, given_name, surname, national_id, birth_date, " \
  "gender, address, phone, join_date, status, status_date, status_reason, spouse_id, spouse_name, " \
  "witness1, witness2, consent_date, consent_scope"

static char *
column_dup (sqlite3_stmt *stmt,
            int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

static SajjaMember *
member_from_row (sqlite3_stmt *stmt)
{
  SajjaMember *m = g_object_new (SAJJA_TYPE_MEMBER, NULL);

  m->id = sqlite3_column_int64 (stmt, 0);
  m->uuid = column_dup (stmt, 1);
  m->group_id = sqlite3_column_int64 (stmt, 2);
  m->member_no = sqlite3_column_int (stmt, 3);
  g_free (m->title); m->title = column_dup (stmt, 4);
  g_free (m->given_name); m->given_name = column_dup (stmt, 5);
  g_free (m->surname); m->surname = column_dup (stmt, 6);
  m->national_id = column_dup (stmt, 7);
  m->birth_date = column_dup (stmt, 8);
  sajja_gender_from_string ((const char *) sqlite3_column_text (stmt, 9), &m->gender);
  g_free (m->address); m->address = column_dup (stmt, 10);
  g_free (m->phone); m->phone = column_dup (stmt, 11);
  m->join_date = column_dup (stmt, 12);
  sajja_member_status_from_string ((const char *) sqlite3_column_text (stmt, 13), &m->status);
  m->status_date = column_dup (stmt, 14);
  g_free (m->status_reason); m->status_reason = column_dup (stmt, 15);
  m->spouse_id = sqlite3_column_int64 (stmt, 16);
  g_free (m->spouse_name); m->spouse_name = column_dup (stmt, 17);
  g_free (m->witness[0]); m->witness[0] = column_dup (stmt, 18);
  g_free (m->witness[1]); m->witness[1] = column_dup (stmt, 19);
  m->consent_date = column_dup (stmt, 20);
  g_free (m->consent_scope); m->consent_scope = column_dup (stmt, 21);

  return m;
}

static gboolean
load_children (SajjaMember  *m,
               SajjaDb      *db,
               GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (db, "SELECT occupation, monthly_income FROM member_occupations WHERE member_id = ? "
                               "ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, m->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (m->occupations, sajja_occupation_new ((const char *) sqlite3_column_text (stmt, 0),
                                                           sqlite3_column_int64 (stmt, 1)));
  sqlite3_reset (stmt);

  stmt = sajja_db_prepare (db, "SELECT name, national_id, relationship, share_bp FROM beneficiaries "
                               "WHERE member_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, m->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (m->beneficiaries,
                     sajja_beneficiary_new ((const char *) sqlite3_column_text (stmt, 0),
                                            (const char *) sqlite3_column_text (stmt, 1),
                                            (const char *) sqlite3_column_text (stmt, 2),
                                            sqlite3_column_int (stmt, 3)));
  sqlite3_reset (stmt);

  stmt = sajja_db_prepare (db, "SELECT shares, effective_from FROM member_shares WHERE member_id = ? "
                               "ORDER BY effective_from DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, m->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      m->shares = sqlite3_column_int (stmt, 0);
      m->shares_from = column_dup (stmt, 1);
    }
  sqlite3_reset (stmt);

  return TRUE;
}

static SajjaMember *
find_one (SajjaDb      *db,
          const char   *sql,
          gint64        id,
          const char   *uuid,
          GError      **error)
{
  sqlite3_stmt *stmt = sajja_db_prepare (db, sql, error);
  g_autoptr(SajjaMember) m = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    m = member_from_row (stmt);
  sqlite3_reset (stmt);

  if (m == NULL)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND, _("There is no such member."));
      else
        sajja_db_set_error (error, sajja_db_get_handle (db), rc, NULL);
      return NULL;
    }

  if (!load_children (m, db, error))
    return NULL;

  return g_steal_pointer (&m);
}

SajjaMember *
sajja_member_find_by_id (SajjaDb  *db,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  return find_one (db, "SELECT " MEMBER_COLUMNS " FROM members WHERE id = ?", id, NULL, error);
}

SajjaMember *
sajja_member_find_by_uuid (SajjaDb     *db,
                           const char  *uuid,
                           GError     **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  return find_one (db, "SELECT " MEMBER_COLUMNS " FROM members WHERE uuid = ?", 0, uuid, error);
}

gint64
sajja_member_count (SajjaDb *db,
                    gint64   group_id)
{
  g_return_val_if_fail (SAJJA_IS_DB (db), 0);

  return sajja_db_query_int_params (db, "SELECT count(*) FROM members WHERE ?1 = 0 OR group_id = ?1", 0, 1, group_id);
}

GStrv
sajja_member_dup_other_groups (SajjaDb     *db,
                               const char  *national_id,
                               gint64       except_group_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  if (national_id != NULL && *national_id != '\0')
    {
      stmt = sajja_db_prepare (db,
                               "SELECT g.name FROM members m JOIN groups g ON g.id = m.group_id "
                               "WHERE m.national_id = ? AND m.group_id != ? ORDER BY g.sort_key",
                               NULL);
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, national_id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 2, except_group_id);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
          sqlite3_reset (stmt);
        }
    }

  return g_strv_builder_end (builder);
}
