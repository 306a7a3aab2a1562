/* sajja-group.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-collate.h"
#include "sajja-date.h"
#include "sajja-group.h"
#include "sajja-money.h"
#include "sajja-uuid.h"

struct _SajjaGroup
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *name;
  char *village;
  int moo;
  char *tambon;
  char *amphoe;
  char *changwat;
  char *founded;
  char *name_en;
  char *cdd_code;
  int savings_day;        /* 0 when not set */
  int fiscal_year_start;  /* month 1–12 */
  char *status;           /* "active", "dormant", "dissolved" */
  char *books_from;       /* "YYYY-MM" or NULL */
  GPtrArray *bank_accounts;
};

G_DEFINE_FINAL_TYPE (SajjaGroup, sajja_group, G_TYPE_OBJECT)

G_DEFINE_QUARK (sajja-group-error-quark, sajja_group_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_VILLAGE,
  PROP_MOO,
  PROP_TAMBON,
  PROP_AMPHOE,
  PROP_CHANGWAT,
  PROP_FOUNDED,
  PROP_NAME_EN,
  PROP_CDD_CODE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The string fields, by property, so that get, set and copy share one table. */
static char **
string_field (SajjaGroup *self,
              guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_UUID: return &self->uuid;
    case PROP_NAME: return &self->name;
    case PROP_VILLAGE: return &self->village;
    case PROP_TAMBON: return &self->tambon;
    case PROP_AMPHOE: return &self->amphoe;
    case PROP_CHANGWAT: return &self->changwat;
    case PROP_FOUNDED: return &self->founded;
    case PROP_NAME_EN: return &self->name_en;
    case PROP_CDD_CODE: return &self->cdd_code;
    case PROP_STATUS: return &self->status;
    default: return NULL;
    }
}

static void
set_string (SajjaGroup *self,
            guint       prop_id,
            const char *value)
{
  char **field = string_field (self, prop_id);

  /* Empty optional fields are stored as "" except the founding date, which is NULL. */
  if (value == NULL && prop_id != PROP_FOUNDED)
    value = "";
  if (prop_id == PROP_FOUNDED && value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
sajja_group_finalize (GObject *object)
{
  SajjaGroup *self = (SajjaGroup *)object;

  for (guint p = PROP_UUID; p < N_PROPS; p++)
    {
      char **field = string_field (self, p);

      if (field != NULL)
        g_clear_pointer (field, g_free);
    }

  g_clear_pointer (&self->bank_accounts, g_ptr_array_unref);
  g_clear_pointer (&self->books_from, g_free);

  G_OBJECT_CLASS (sajja_group_parent_class)->finalize (object);
}

static void
sajja_group_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SajjaGroup *self = SAJJA_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MOO:
      g_value_set_int (value, self->moo);
      break;
    case PROP_UUID:
    case PROP_NAME:
    case PROP_VILLAGE:
    case PROP_TAMBON:
    case PROP_AMPHOE:
    case PROP_CHANGWAT:
    case PROP_FOUNDED:
    case PROP_NAME_EN:
    case PROP_CDD_CODE:
    case PROP_STATUS:
      g_value_set_string (value, *string_field (self, prop_id));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sajja_group_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SajjaGroup *self = SAJJA_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_MOO:
      sajja_group_set_moo (self, g_value_get_int (value));
      break;
    case PROP_UUID:
    case PROP_NAME:
    case PROP_VILLAGE:
    case PROP_TAMBON:
    case PROP_AMPHOE:
    case PROP_CHANGWAT:
    case PROP_FOUNDED:
    case PROP_NAME_EN:
    case PROP_CDD_CODE:
    case PROP_STATUS:
      set_string (self, prop_id, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sajja_group_class_init (SajjaGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sajja_group_finalize;
  object_class->get_property = sajja_group_get_property;
  object_class->set_property = sajja_group_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_VILLAGE] = g_param_spec_string ("village", NULL, NULL, "", rw);
  properties[PROP_MOO] = g_param_spec_int ("moo", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_TAMBON] = g_param_spec_string ("tambon", NULL, NULL, "", rw);
  properties[PROP_AMPHOE] = g_param_spec_string ("amphoe", NULL, NULL, "", rw);
  properties[PROP_CHANGWAT] = g_param_spec_string ("changwat", NULL, NULL, "", rw);
  properties[PROP_FOUNDED] = g_param_spec_string ("founded", NULL, NULL, NULL, rw);
  properties[PROP_NAME_EN] = g_param_spec_string ("name-en", NULL, NULL, "", rw);
  properties[PROP_CDD_CODE] = g_param_spec_string ("cdd-code", NULL, NULL, "", rw);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "active", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sajja_group_init (SajjaGroup *self)
{
  self->name = g_strdup ("");
  self->village = g_strdup ("");
  self->tambon = g_strdup ("");
  self->amphoe = g_strdup ("");
  self->changwat = g_strdup ("");
  self->name_en = g_strdup ("");
  self->cdd_code = g_strdup ("");
  self->status = g_strdup ("active");
  self->fiscal_year_start = 1;
  self->bank_accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) sajja_bank_account_free);
}

SajjaGroup *
sajja_group_new (void)
{
  g_autofree char *uuid = sajja_uuid_new ();

  return g_object_new (SAJJA_TYPE_GROUP, "uuid", uuid, NULL);
}

SajjaBankAccount *
sajja_bank_account_new (const char *bank,
                        const char *branch,
                        const char *account_no,
                        const char *account_name)
{
  SajjaBankAccount *account = g_new0 (SajjaBankAccount, 1);

  account->bank = g_strstrip (g_strdup (bank != NULL ? bank : ""));
  account->branch = g_strstrip (g_strdup (branch != NULL ? branch : ""));
  account->account_no = g_strstrip (g_strdup (account_no != NULL ? account_no : ""));
  account->account_name = g_strstrip (g_strdup (account_name != NULL ? account_name : ""));

  return account;
}

void
sajja_bank_account_free (SajjaBankAccount *account)
{
  if (account == NULL)
    return;

  g_free (account->bank);
  g_free (account->branch);
  g_free (account->account_no);
  g_free (account->account_name);
  g_free (account);
}

SajjaGroup *
sajja_group_copy (SajjaGroup *self)
{
  SajjaGroup *copy;

  g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL);

  copy = g_object_new (SAJJA_TYPE_GROUP,
                       "id", self->id,
                       "uuid", self->uuid,
                       "name", self->name,
                       "village", self->village,
                       "moo", self->moo,
                       "tambon", self->tambon,
                       "amphoe", self->amphoe,
                       "changwat", self->changwat,
                       "founded", self->founded,
                       "name-en", self->name_en,
                       "cdd-code", self->cdd_code,
                       "status", self->status,
                       NULL);
  copy->savings_day = self->savings_day;
  copy->books_from = g_strdup (self->books_from);
  copy->fiscal_year_start = self->fiscal_year_start;
  for (guint i = 0; i < self->bank_accounts->len; i++)
    {
      SajjaBankAccount *a = g_ptr_array_index (self->bank_accounts, i);

      g_ptr_array_add (copy->bank_accounts,
                       sajja_bank_account_new (a->bank, a->branch, a->account_no, a->account_name));
    }

  return copy;
}

gint64 sajja_group_get_id (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), 0); return self->id; }
const char *sajja_group_get_uuid (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->uuid; }
const char *sajja_group_get_name (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->name; }
const char *sajja_group_get_village (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->village; }
int sajja_group_get_moo (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), 0); return self->moo; }
const char *sajja_group_get_tambon (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->tambon; }
const char *sajja_group_get_amphoe (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->amphoe; }
const char *sajja_group_get_changwat (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->changwat; }
const char *sajja_group_get_founded (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->founded; }

void sajja_group_set_name (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_NAME, v); }
void sajja_group_set_village (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_VILLAGE, v); }
void sajja_group_set_tambon (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_TAMBON, v); }
void sajja_group_set_amphoe (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_AMPHOE, v); }
void sajja_group_set_changwat (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_CHANGWAT, v); }
void sajja_group_set_founded (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_FOUNDED, v); }
const char *sajja_group_get_name_en (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->name_en; }
const char *sajja_group_get_cdd_code (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->cdd_code; }
const char *sajja_group_get_status (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->status; }
const char *sajja_group_get_books_from (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->books_from; }
void sajja_group_set_books_from (SajjaGroup *self, const char *period) { g_return_if_fail (SAJJA_IS_GROUP (self)); g_free (self->books_from); self->books_from = period != NULL && *period != '\0' ? g_strdup (period) : NULL; }
int sajja_group_get_savings_day (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), 0); return self->savings_day; }
int sajja_group_get_fiscal_year_start (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), 1); return self->fiscal_year_start; }
GPtrArray *sajja_group_get_bank_accounts (SajjaGroup *self) { g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL); return self->bank_accounts; }
void sajja_group_set_name_en (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_NAME_EN, v); }
void sajja_group_set_cdd_code (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_CDD_CODE, v); }
void sajja_group_set_status (SajjaGroup *self, const char *v) { g_return_if_fail (SAJJA_IS_GROUP (self)); set_string (self, PROP_STATUS, v != NULL ? v : "active"); }
void sajja_group_set_savings_day (SajjaGroup *self, int day) { g_return_if_fail (SAJJA_IS_GROUP (self)); self->savings_day = day; }
void sajja_group_set_fiscal_year_start (SajjaGroup *self, int month) { g_return_if_fail (SAJJA_IS_GROUP (self)); self->fiscal_year_start = month; }

void
sajja_group_set_moo (SajjaGroup *self,
                     int         moo)
{
  g_return_if_fail (SAJJA_IS_GROUP (self));

  if (self->moo == moo)
    return;
  self->moo = moo;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOO]);
}

/**
 * sajja_group_dup_place:
 *
 * Returns: (transfer full): the group's place on one line, empty parts left out.
 */
char *
sajja_group_dup_place (SajjaGroup *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SAJJA_IS_GROUP (self), NULL);

  if (*self->village != '\0')
    g_ptr_array_add (parts, g_strdup (self->village));
  if (self->moo > 0)
    /* Translators: หมู่ (village number) before a number, as in "หมู่ 3". */
    g_ptr_array_add (parts, g_strdup_printf (_("Moo %d"), self->moo));
  if (*self->tambon != '\0')
    /* Translators: the sub-district (ตำบล) abbreviated before its name, as in "ต.ท่าข้าม". */
    g_ptr_array_add (parts, g_strdup_printf (_("T. %s"), self->tambon));
  if (*self->amphoe != '\0')
    /* Translators: the district (อำเภอ) abbreviated before its name, as in "อ.หาดใหญ่". */
    g_ptr_array_add (parts, g_strdup_printf (_("A. %s"), self->amphoe));
  if (*self->changwat != '\0')
    /* Translators: the province (จังหวัด) abbreviated before its name, as in "จ.สงขลา". */
    g_ptr_array_add (parts, g_strdup_printf (_("Ch. %s"), self->changwat));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" ", (char **) parts->pdata);
}

gboolean
sajja_group_parse_moo (const char  *text,
                       int         *out_moo,
                       GError     **error)
{
  g_autofree char *ascii = NULL;
  gint64 n;

  g_return_val_if_fail (out_moo != NULL, FALSE);

  ascii = sajja_thai_digits_to_ascii (text != NULL ? text : "");
  g_strstrip (ascii);

  if (*ascii == '\0')
    {
      *out_moo = 0;
      return TRUE;
    }

  if (!g_ascii_string_to_signed (ascii, 10, 1, 99, &n, NULL))
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_MOO,
                           _("The village number (Moo) must be a whole number from 1 to 99, or left empty."));
      return FALSE;
    }

  *out_moo = (int) n;
  return TRUE;
}

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;

  return TRUE;
}

gboolean
sajja_group_validate (SajjaGroup  *self,
                      GError     **error)
{
  g_return_val_if_fail (SAJJA_IS_GROUP (self), FALSE);

  if (is_blank (self->name))
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_NAME,
                           _("Enter the group’s name."));
      return FALSE;
    }

  if (g_utf8_strlen (self->name, -1) > 200)
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_NAME,
                           _("The group’s name is too long: use at most 200 characters."));
      return FALSE;
    }

  if (self->moo < 0 || self->moo > 99)
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_MOO,
                           _("The village number (Moo) must be a whole number from 1 to 99, or left empty."));
      return FALSE;
    }

  if (is_blank (self->tambon))
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_TAMBON,
                           _("Enter the sub-district (tambon)."));
      return FALSE;
    }

  if (is_blank (self->amphoe))
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_AMPHOE,
                           _("Enter the district (amphoe)."));
      return FALSE;
    }

  if (is_blank (self->changwat))
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_CHANGWAT,
                           _("Enter the province (changwat)."));
      return FALSE;
    }

  if (self->savings_day < 0 || self->savings_day > 31)
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_SAVINGS_DAY,
                           _("The savings day must be a day of the month from 1 to 31, or left empty."));
      return FALSE;
    }

  if (self->fiscal_year_start < 1 || self->fiscal_year_start > 12)
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_FISCAL_YEAR,
                           _("The accounting year starts in a month from 1 to 12."));
      return FALSE;
    }

  if (!g_str_equal (self->status, "active") && !g_str_equal (self->status, "dormant")
      && !g_str_equal (self->status, "dissolved"))
    {
      g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_STATUS,
                           _("A group is active, dormant or dissolved."));
      return FALSE;
    }

  for (guint i = 0; i < self->bank_accounts->len; i++)
    {
      SajjaBankAccount *a = g_ptr_array_index (self->bank_accounts, i);
      int digits = 0;

      if (*a->bank == '\0' || *a->account_no == '\0')
        {
          g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK,
                               _("A bank account needs the bank’s name and the account number."));
          return FALSE;
        }
      for (const char *p = a->account_no; *p != '\0'; p++)
        {
          if (g_ascii_isdigit (*p))
            digits++;
          else if (*p != '-' && *p != ' ')
            {
              g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK,
                                   _("An account number has digits and dashes only, for example 123-4-56789-0."));
              return FALSE;
            }
        }
      if (digits < 6 || digits > 16)
        {
          g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK,
                               _("An account number has 10 digits at most banks. Check the number."));
          return FALSE;
        }
    }

  if (self->founded != NULL)
    {
      GDate founded, today;

      if (!sajja_date_from_iso (self->founded, &founded, NULL))
        {
          g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_FOUNDED,
                               _("The founding date is not a valid date."));
          return FALSE;
        }

      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      if (g_date_compare (&founded, &today) > 0)
        {
          g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_FOUNDED,
                               _("The founding date is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?"));
          return FALSE;
        }

      /* CDD began promoting savings groups in 1974 (พ.ศ. 2517); allow some earlier ones. */
      if (g_date_get_year (&founded) < 1950)
        {
          g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_FOUNDED,
                               _("The founding date is before 1950 (พ.ศ. 2493). Check the year."));
          return FALSE;
        }
    }

  return TRUE;
}

static SajjaGroup *
group_from_row (sqlite3_stmt *stmt)
{
  SajjaGroup *group;

  group = g_object_new (SAJJA_TYPE_GROUP,
                        "id", sqlite3_column_int64 (stmt, 0),
                        "uuid", (const char *) sqlite3_column_text (stmt, 1),
                        NULL);
  g_free (group->name);
  group->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  g_free (group->village);
  group->village = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  group->moo = sqlite3_column_int (stmt, 4);
  g_free (group->tambon);
  group->tambon = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  g_free (group->amphoe);
  group->amphoe = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  g_free (group->changwat);
  group->changwat = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  group->founded = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
  g_free (group->name_en);
  group->name_en = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
  g_free (group->cdd_code);
  group->cdd_code = g_strdup ((const char *) sqlite3_column_text (stmt, 10));
  group->savings_day = sqlite3_column_int (stmt, 11);
  group->fiscal_year_start = sqlite3_column_int (stmt, 12);
  g_free (group->status);
  group->status = g_strdup ((const char *) sqlite3_column_text (stmt, 13));
  group->books_from = g_strdup ((const char *) sqlite3_column_text (stmt, 14));

  return group;
}

#define GROUP_COLUMNS "id, uuid, name, village, moo, tambon, amphoe, changwat, founded, name_en, cdd_code, " \
  "savings_day, fiscal_year_start, status, books_from"

/* Keeps the rows of accounts still listed (matched by bank and account number), so that the
 * bank book's movements keep their account: updates them, inserts new ones, and deletes only
 * accounts without movements. */
static gboolean
save_bank_accounts (SajjaGroup  *self,
                    SajjaDb     *db,
                    GError     **error)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  for (guint i = 0; i < self->bank_accounts->len; i++)
    {
      SajjaBankAccount *a = g_ptr_array_index (self->bank_accounts, i);
      gint64 id = 0;

      for (guint j = 0; j < i; j++)
        {
          SajjaBankAccount *b = g_ptr_array_index (self->bank_accounts, j);

          if (g_str_equal (a->bank, b->bank) && g_str_equal (a->account_no, b->account_no))
            {
              g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK,
                                   _("The same bank account is listed twice."));
              return FALSE;
            }
        }

      stmt = sajja_db_prepare (db, "SELECT id FROM group_bank_accounts WHERE group_id = ? AND bank = ? AND account_no = ?",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->id);
      sqlite3_bind_text (stmt, 2, a->bank, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, a->account_no, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      if (id != 0)
        {
          stmt = sajja_db_prepare (db, "UPDATE group_bank_accounts SET branch = ?, account_name = ? WHERE id = ?", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, a->branch, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, a->account_name, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 3, id);
        }
      else
        {
          g_autofree char *uuid = sajja_uuid_new ();

          stmt = sajja_db_prepare (db,
                                   "INSERT INTO group_bank_accounts (uuid, group_id, bank, branch, account_no, "
                                   "account_name) VALUES (?, ?, ?, ?, ?, ?)",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 2, self->id);
          sqlite3_bind_text (stmt, 3, a->bank, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, a->branch, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, a->account_no, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 6, a->account_name, -1, SQLITE_STATIC);
        }
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        break;
      if (id == 0)
        id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
      g_array_append_val (kept, id);
    }

  /* The accounts no longer listed: refused when the bank book has movements on them. */
  if (rc == SQLITE_DONE)
    {
      stmt = sajja_db_prepare (db,
                               "SELECT id, bank, account_no, EXISTS (SELECT 1 FROM bank_movements m "
                               "WHERE m.bank_account_id = a.id) FROM group_bank_accounts a WHERE group_id = ?",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          gboolean listed = FALSE;

          for (guint i = 0; i < kept->len && !listed; i++)
            listed = g_array_index (kept, gint64, i) == id;
          if (listed)
            continue;
          if (sqlite3_column_int (stmt, 3) != 0)
            {
              g_set_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK,
                           /* Translators: the first %s is a bank, the second an account number. */
                           _("The account %s %s has deposits or withdrawals in the bank book, so it cannot be "
                             "removed. Keep it in the list."),
                           (const char *) sqlite3_column_text (stmt, 1), (const char *) sqlite3_column_text (stmt, 2));
              sqlite3_reset (stmt);
              return FALSE;
            }
          g_array_append_val (removed, id);
        }
      sqlite3_reset (stmt);
    }

  for (guint i = 0; rc == SQLITE_DONE && i < removed->len; i++)
    {
      stmt = sajja_db_prepare (db, "DELETE FROM group_bank_accounts WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (removed, gint64, i));
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }

  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        g_set_error_literal (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_BANK,
                             _("The same bank account is listed twice."));
      else
        sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the group"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_bank_accounts (SajjaGroup  *group,
                    SajjaDb     *db)
{
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (db, "SELECT bank, branch, account_no, account_name FROM group_bank_accounts "
                               "WHERE group_id = ? ORDER BY id", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, group->id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (group->bank_accounts,
                     sajja_bank_account_new ((const char *) sqlite3_column_text (stmt, 0),
                                             (const char *) sqlite3_column_text (stmt, 1),
                                             (const char *) sqlite3_column_text (stmt, 2),
                                             (const char *) sqlite3_column_text (stmt, 3)));
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
sajja_group_save_in_transaction (SajjaGroup  *self,
                                 SajjaDb     *db,
                                 GError     **error)
{
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);
  g_autofree char *name = NULL;
  g_autofree char *sort_key = NULL;
  sqlite3_stmt *stmt;
  gboolean inserting;
  int rc;

  g_return_val_if_fail (SAJJA_IS_GROUP (self), FALSE);
  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);

  if (!sajja_group_validate (self, error))
    return FALSE;

  name = g_strstrip (g_strdup (self->name));
  set_string (self, PROP_NAME, name);
  sort_key = sajja_collate_key (self->name);

  stmt = sajja_db_prepare (db,
                           "SELECT count(*) FROM groups WHERE name = ? AND moo IS ? AND tambon = ? "
                           "AND amphoe = ? AND changwat = ? AND uuid != ?",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->name, -1, SQLITE_STATIC);
  if (self->moo > 0)
    sqlite3_bind_int (stmt, 2, self->moo);
  sqlite3_bind_text (stmt, 3, self->tambon, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->amphoe, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->changwat, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, self->uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0)
    {
      sqlite3_reset (stmt);
      g_set_error (error, SAJJA_GROUP_ERROR, SAJJA_GROUP_ERROR_DUPLICATE,
                   /* Translators: %s is a group's name. */
                   _("A group named “%s” is already registered in this place."), self->name);
      return FALSE;
    }
  sqlite3_reset (stmt);

  inserting = self->id == 0;
  if (inserting)
    stmt = sajja_db_prepare (db,
                             "INSERT INTO groups (name, village, moo, tambon, amphoe, changwat, founded, "
                             "created_at, updated_at, uuid, sort_key, name_en, cdd_code, savings_day, "
                             "fiscal_year_start, status, books_from) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                             error);
  else
    stmt = sajja_db_prepare (db,
                             "UPDATE groups SET name = ?1, village = ?2, moo = ?3, tambon = ?4, amphoe = ?5, "
                             "changwat = ?6, founded = ?7, updated_at = ?8, sort_key = ?10, name_en = ?11, "
                             "cdd_code = ?12, savings_day = ?13, fiscal_year_start = ?14, status = ?15, books_from = ?16 "
                             "WHERE uuid = ?9",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->village, -1, SQLITE_STATIC);
  if (self->moo > 0)
    sqlite3_bind_int (stmt, 3, self->moo);
  sqlite3_bind_text (stmt, 4, self->tambon, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->amphoe, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, self->changwat, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, self->founded, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, self->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, sort_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, self->name_en, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, self->cdd_code, -1, SQLITE_STATIC);
  if (self->savings_day > 0)
    sqlite3_bind_int (stmt, 13, self->savings_day);
  sqlite3_bind_int (stmt, 14, self->fiscal_year_start);
  sqlite3_bind_text (stmt, 15, self->status, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 16, self->books_from, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not save the group"));
      return FALSE;
    }

  if (inserting)
    {
      self->id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }

  if (!save_bank_accounts (self, db, error))
    return FALSE;

  return sajja_db_log_action (db, inserting ? "group-add" : "group-edit", self->uuid, self->name, error);
}

gboolean
sajja_group_save (SajjaGroup  *self,
                  SajjaDb     *db,
                  GError     **error)
{
  gint64 old_id;

  g_return_val_if_fail (SAJJA_IS_GROUP (self), FALSE);

  /* Validate before taking the write lock, so a typing mistake never touches the file. */
  if (!sajja_group_validate (self, error))
    return FALSE;

  old_id = self->id;
  if (!sajja_db_begin (db, error))
    return FALSE;

  if (!sajja_group_save_in_transaction (self, db, error))
    {
      sajja_db_rollback (db);
      self->id = old_id;
      return FALSE;
    }

  if (!sajja_db_commit (db, error))
    {
      self->id = old_id;
      return FALSE;
    }

  return TRUE;
}

gboolean
sajja_group_delete (SajjaGroup  *self,
                    SajjaDb     *db,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_GROUP (self), FALSE);

  if (!sajja_db_begin (db, error))
    return FALSE;

  stmt = sajja_db_prepare (db, "DELETE FROM groups WHERE uuid = ?", error);
  if (stmt == NULL)
    {
      sajja_db_rollback (db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, self->uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not delete the group"));
      sajja_db_rollback (db);
      return FALSE;
    }

  if (!sajja_db_log_action (db, "group-delete", self->uuid, self->name, error))
    {
      sajja_db_rollback (db);
      return FALSE;
    }

  if (!sajja_db_commit (db, error))
    return FALSE;

  self->id = 0;
  return TRUE;
}

GListStore *
sajja_group_list_all (SajjaDb  *db,
                      GError  **error)
{
  g_autoptr(GListStore) store = g_list_store_new (SAJJA_TYPE_GROUP);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db, "SELECT " GROUP_COLUMNS " FROM groups ORDER BY sort_key, id", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, group_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not read the groups"));
      return NULL;
    }

  for (guint i = 0; i < items->len; i++)
    load_bank_accounts (g_ptr_array_index (items, i), db);

  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return g_steal_pointer (&store);
}

SajjaGroup *
sajja_group_find_by_uuid (SajjaDb     *db,
                          const char  *uuid,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  SajjaGroup *group = NULL;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  stmt = sajja_db_prepare (db, "SELECT " GROUP_COLUMNS " FROM groups WHERE uuid = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    group = group_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND, _("There is no such group."));
  else
    sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not read the groups"));
  sqlite3_reset (stmt);

  if (group != NULL)
    load_bank_accounts (group, db);

  return group;
}

gint64
sajja_group_count (SajjaDb *db)
{
  return sajja_db_query_int (db, "SELECT count(*) FROM groups", 0, NULL);
}
