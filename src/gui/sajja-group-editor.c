/* sajja-group-editor.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-group-committee.h"
#include "sajja-group-editor.h"
#include "sajja-group-rules.h"
#include "sajja-money.h"

struct _SajjaGroupEditor
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *accounts_group;
  SajjaGroupCommittee *committee;
  GtkButton *delete_button;
  AdwPreferencesGroup *fields_group;
  GtkLabel *form_error;
  GtkLabel *heading;
  AdwPreferencesGroup *place_group;
  SajjaGroupRules *rules;

  /* Built in init, one per field */
  SajjaFormField form[SAJJA_GROUP_N_FIELDS];
  AdwComboRow *fiscal_row;
  AdwComboRow *status_row;

  /* Owned references */
  SajjaDb *db;
  SajjaGroup *group;
};

G_DEFINE_FINAL_TYPE (SajjaGroupEditor, sajja_group_editor, ADW_TYPE_BIN)

enum {
  SAVED,
  DELETED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *title;
  int group;  /* 0: the group, 1: its place, 2: its bank accounts */
} fields[SAJJA_GROUP_N_FIELDS] = {
  [SAJJA_GROUP_FIELD_NAME] = { N_("Group name"), 0 },
  [SAJJA_GROUP_FIELD_FOUNDED] = { N_("Founded (day/month/year)"), 0 },
  [SAJJA_GROUP_FIELD_NAME_EN] = { N_("Name in English"), 0 },
  [SAJJA_GROUP_FIELD_CDD_CODE] = { N_("CDD registration code"), 0 },
  [SAJJA_GROUP_FIELD_SAVINGS_DAY] = { N_("Savings day (day of the month)"), 0 },
  [SAJJA_GROUP_FIELD_BOOKS_FROM] = { N_("Books kept in Sajja from (day/month/year; empty: from the start)"), 0 },
  [SAJJA_GROUP_FIELD_VILLAGE] = { N_("Village (Ban)"), 1 },
  [SAJJA_GROUP_FIELD_MOO] = { N_("Village number (Moo)"), 1 },
  [SAJJA_GROUP_FIELD_TAMBON] = { N_("Sub-district (Tambon)"), 1 },
  [SAJJA_GROUP_FIELD_AMPHOE] = { N_("District (Amphoe)"), 1 },
  [SAJJA_GROUP_FIELD_CHANGWAT] = { N_("Province (Changwat)"), 1 },
  [SAJJA_GROUP_FIELD_BANK_1] = { N_("Bank"), 2 },
  [SAJJA_GROUP_FIELD_BRANCH_1] = { N_("Branch"), 2 },
  [SAJJA_GROUP_FIELD_ACCOUNT_1] = { N_("Account number"), 2 },
  [SAJJA_GROUP_FIELD_BANK_2] = { N_("Second bank"), 2 },
  [SAJJA_GROUP_FIELD_BRANCH_2] = { N_("Branch"), 2 },
  [SAJJA_GROUP_FIELD_ACCOUNT_2] = { N_("Account number"), 2 },
};

/* The order the rows appear in. */
static const SajjaGroupField field_order[] = {
  SAJJA_GROUP_FIELD_NAME,
  SAJJA_GROUP_FIELD_FOUNDED,
  SAJJA_GROUP_FIELD_NAME_EN,
  SAJJA_GROUP_FIELD_CDD_CODE,
  SAJJA_GROUP_FIELD_SAVINGS_DAY,
  SAJJA_GROUP_FIELD_BOOKS_FROM,
  SAJJA_GROUP_FIELD_VILLAGE,
  SAJJA_GROUP_FIELD_MOO,
  SAJJA_GROUP_FIELD_TAMBON,
  SAJJA_GROUP_FIELD_AMPHOE,
  SAJJA_GROUP_FIELD_CHANGWAT,
  SAJJA_GROUP_FIELD_BANK_1,
  SAJJA_GROUP_FIELD_BRANCH_1,
  SAJJA_GROUP_FIELD_ACCOUNT_1,
  SAJJA_GROUP_FIELD_BANK_2,
  SAJJA_GROUP_FIELD_BRANCH_2,
  SAJJA_GROUP_FIELD_ACCOUNT_2,
};

static const char * const statuses[] = { "active", "dormant", "dissolved" };
static const char * const status_titles[] = { N_("Active"), N_("Dormant"), N_("Dissolved") };

static void
set_field_error (SajjaGroupEditor *self,
                 SajjaGroupField   field,
                 const char       *message)
{
  sajja_form_field_set_error (&self->form[field], message);
}

static void
clear_errors (SajjaGroupEditor *self)
{
  for (guint i = 0; i < SAJJA_GROUP_N_FIELDS; i++)
    set_field_error (self, i, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), FALSE);
}

static void
entry_changed_cb (SajjaGroupEditor *self,
                  GtkEditable      *entry)
{
  /* Typing in a field clears its message; the next save checks it again. */
  for (guint i = 0; i < SAJJA_GROUP_N_FIELDS; i++)
    if (GTK_EDITABLE (self->form[i].entry) == entry)
      set_field_error (self, i, NULL);
}

static void
entry_activated_cb (SajjaGroupEditor *self)
{
  sajja_group_editor_save (self);
}

static const char *
text_of (SajjaGroupEditor *self,
         SajjaGroupField   field)
{
  return sajja_form_field_get_text (&self->form[field]);
}

static void
set_text (SajjaGroupEditor *self,
          SajjaGroupField   field,
          const char       *text)
{
  sajja_form_field_set_text (&self->form[field], text);
}

void
sajja_group_editor_edit (SajjaGroupEditor *self,
                         SajjaDb          *db,
                         SajjaGroup       *group)
{
  g_autofree char *moo = NULL;
  g_autofree char *founded = NULL;

  g_return_if_fail (SAJJA_IS_GROUP_EDITOR (self));

  g_set_object (&self->db, db);
  g_clear_object (&self->group);
  self->group = group != NULL ? sajja_group_copy (group) : sajja_group_new ();

  gtk_label_set_label (self->heading, group != NULL ? _("Edit Group") : _("New Group"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), group != NULL);

  if (sajja_group_get_moo (self->group) > 0)
    moo = g_strdup_printf ("%d", sajja_group_get_moo (self->group));
  founded = sajja_date_format_iso (sajja_group_get_founded (self->group), SAJJA_DATE_STYLE_SHORT);

  set_text (self, SAJJA_GROUP_FIELD_NAME, sajja_group_get_name (self->group));
  set_text (self, SAJJA_GROUP_FIELD_VILLAGE, sajja_group_get_village (self->group));
  set_text (self, SAJJA_GROUP_FIELD_MOO, moo);
  set_text (self, SAJJA_GROUP_FIELD_TAMBON, sajja_group_get_tambon (self->group));
  set_text (self, SAJJA_GROUP_FIELD_AMPHOE, sajja_group_get_amphoe (self->group));
  set_text (self, SAJJA_GROUP_FIELD_CHANGWAT, sajja_group_get_changwat (self->group));
  set_text (self, SAJJA_GROUP_FIELD_FOUNDED, founded);
  set_text (self, SAJJA_GROUP_FIELD_NAME_EN, sajja_group_get_name_en (self->group));
  set_text (self, SAJJA_GROUP_FIELD_CDD_CODE, sajja_group_get_cdd_code (self->group));
  {
    g_autofree char *day = sajja_group_get_savings_day (self->group) > 0
                             ? g_strdup_printf ("%d", sajja_group_get_savings_day (self->group)) : NULL;
    GPtrArray *accounts = sajja_group_get_bank_accounts (self->group);

    set_text (self, SAJJA_GROUP_FIELD_SAVINGS_DAY, day);
    if (sajja_group_get_books_from (self->group) != NULL)
      {
        g_autofree char *first = g_strconcat (sajja_group_get_books_from (self->group), "-01", NULL);
        g_autofree char *shown = sajja_date_format_iso (first, SAJJA_DATE_STYLE_SHORT);

        set_text (self, SAJJA_GROUP_FIELD_BOOKS_FROM, shown);
      }
    else
      set_text (self, SAJJA_GROUP_FIELD_BOOKS_FROM, NULL);
    for (guint i = 0; i < 2; i++)
      {
        SajjaBankAccount *a = i < accounts->len ? g_ptr_array_index (accounts, i) : NULL;
        SajjaGroupField base = i == 0 ? SAJJA_GROUP_FIELD_BANK_1 : SAJJA_GROUP_FIELD_BANK_2;

        set_text (self, base, a != NULL ? a->bank : NULL);
        set_text (self, base + 1, a != NULL ? a->branch : NULL);
        set_text (self, base + 2, a != NULL ? a->account_no : NULL);
      }
  }
  adw_combo_row_set_selected (self->fiscal_row, sajja_group_get_fiscal_year_start (self->group) - 1);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (statuses[i], sajja_group_get_status (self->group)))
      adw_combo_row_set_selected (self->status_row, i);

  /* The rules and the committee belong to a group that exists. */
  gtk_widget_set_visible (GTK_WIDGET (self->rules), group != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->committee), group != NULL);
  if (group != NULL)
    {
      sajja_group_rules_set_group (self->rules, db, sajja_group_get_id (group));
      sajja_group_committee_set_group (self->committee, db, sajja_group_get_id (group));
    }

  clear_errors (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->form[SAJJA_GROUP_FIELD_NAME].entry));
}

static SajjaGroupField
field_for_error (const GError *error)
{
  switch (error->code)
    {
    case SAJJA_GROUP_ERROR_MOO: return SAJJA_GROUP_FIELD_MOO;
    case SAJJA_GROUP_ERROR_TAMBON: return SAJJA_GROUP_FIELD_TAMBON;
    case SAJJA_GROUP_ERROR_AMPHOE: return SAJJA_GROUP_FIELD_AMPHOE;
    case SAJJA_GROUP_ERROR_CHANGWAT: return SAJJA_GROUP_FIELD_CHANGWAT;
    case SAJJA_GROUP_ERROR_FOUNDED: return SAJJA_GROUP_FIELD_FOUNDED;
    case SAJJA_GROUP_ERROR_SAVINGS_DAY: return SAJJA_GROUP_FIELD_SAVINGS_DAY;
    case SAJJA_GROUP_ERROR_BANK: return SAJJA_GROUP_FIELD_ACCOUNT_1;
    case SAJJA_GROUP_ERROR_NAME:
    case SAJJA_GROUP_ERROR_DUPLICATE:
    default:
      return SAJJA_GROUP_FIELD_NAME;
    }
}

/* Reads the typed text into the group; each field that cannot be read gets its message. */
static gboolean
read_form (SajjaGroupEditor *self)
{
  g_autoptr(GError) moo_error = NULL;
  g_autoptr(GError) date_error = NULL;
  gboolean ok = TRUE;
  int moo = 0;
  const char *founded_text;

  sajja_group_set_name (self->group, text_of (self, SAJJA_GROUP_FIELD_NAME));
  sajja_group_set_village (self->group, text_of (self, SAJJA_GROUP_FIELD_VILLAGE));
  sajja_group_set_tambon (self->group, text_of (self, SAJJA_GROUP_FIELD_TAMBON));
  sajja_group_set_amphoe (self->group, text_of (self, SAJJA_GROUP_FIELD_AMPHOE));
  sajja_group_set_changwat (self->group, text_of (self, SAJJA_GROUP_FIELD_CHANGWAT));
  sajja_group_set_name_en (self->group, text_of (self, SAJJA_GROUP_FIELD_NAME_EN));
  sajja_group_set_cdd_code (self->group, text_of (self, SAJJA_GROUP_FIELD_CDD_CODE));
  sajja_group_set_fiscal_year_start (self->group, adw_combo_row_get_selected (self->fiscal_row) + 1);
  sajja_group_set_status (self->group, statuses[MIN (adw_combo_row_get_selected (self->status_row), 2)]);
  {
    g_autofree char *day = sajja_thai_digits_to_ascii (text_of (self, SAJJA_GROUP_FIELD_SAVINGS_DAY));
    gint64 n = 0;
    GPtrArray *accounts = sajja_group_get_bank_accounts (self->group);

    g_strstrip (day);
    if (*day != '\0' && !g_ascii_string_to_signed (day, 10, 1, 31, &n, NULL))
      {
        set_field_error (self, SAJJA_GROUP_FIELD_SAVINGS_DAY,
                         _("The savings day must be a day of the month from 1 to 31, or left empty."));
        ok = FALSE;
      }
    sajja_group_set_savings_day (self->group, (int) n);

    /* Pledges before the books began were kept on paper: only the month is kept. */
    if (sajja_form_text_is_blank (text_of (self, SAJJA_GROUP_FIELD_BOOKS_FROM)))
      sajja_group_set_books_from (self->group, NULL);
    else
      {
        g_autoptr(GError) books_error = NULL;
        GDate books;

        if (sajja_date_parse (text_of (self, SAJJA_GROUP_FIELD_BOOKS_FROM), &books, &books_error))
          {
            g_autofree char *period = sajja_period_to_string (sajja_period_from_date (&books));

            sajja_group_set_books_from (self->group, period);
          }
        else
          {
            set_field_error (self, SAJJA_GROUP_FIELD_BOOKS_FROM, books_error->message);
            ok = FALSE;
          }
      }

    g_ptr_array_set_size (accounts, 0);
    for (guint i = 0; i < 2; i++)
      {
        SajjaGroupField base = i == 0 ? SAJJA_GROUP_FIELD_BANK_1 : SAJJA_GROUP_FIELD_BANK_2;

        if (!sajja_form_text_is_blank (text_of (self, base)) || !sajja_form_text_is_blank (text_of (self, base + 2)))
          g_ptr_array_add (accounts, sajja_bank_account_new (text_of (self, base), text_of (self, base + 1),
                                                             text_of (self, base + 2), NULL));
      }
  }

  if (sajja_group_parse_moo (text_of (self, SAJJA_GROUP_FIELD_MOO), &moo, &moo_error))
    sajja_group_set_moo (self->group, moo);
  else
    {
      set_field_error (self, SAJJA_GROUP_FIELD_MOO, moo_error->message);
      ok = FALSE;
    }

  founded_text = text_of (self, SAJJA_GROUP_FIELD_FOUNDED);
  if (sajja_form_text_is_blank (founded_text))
    sajja_group_set_founded (self->group, NULL);
  else
    {
      GDate date;

      if (sajja_date_parse (founded_text, &date, &date_error))
        {
          g_autofree char *iso = sajja_date_to_iso (&date);

          sajja_group_set_founded (self->group, iso);
        }
      else
        {
          set_field_error (self, SAJJA_GROUP_FIELD_FOUNDED, date_error->message);
          ok = FALSE;
        }
    }

  return ok;
}

gboolean
sajja_group_editor_save (SajjaGroupEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SAJJA_IS_GROUP_EDITOR (self), FALSE);
  g_return_val_if_fail (self->group != NULL, FALSE);

  clear_errors (self);

  if (!read_form (self))
    return FALSE;

  if (!sajja_group_save (self->group, self->db, &error))
    {
      if (error->domain == SAJJA_GROUP_ERROR)
        {
          SajjaGroupField field = field_for_error (error);

          set_field_error (self, field, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->form[field].entry));
        }
      else
        {
          gtk_label_set_label (self->form_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
        }
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, self->group);

  return TRUE;
}

GtkEditable *
sajja_group_editor_get_field (SajjaGroupEditor *self,
                              SajjaGroupField   field)
{
  g_return_val_if_fail (SAJJA_IS_GROUP_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAJJA_GROUP_N_FIELDS, NULL);

  return GTK_EDITABLE (self->form[field].entry);
}

const char *
sajja_group_editor_get_field_error (SajjaGroupEditor *self,
                                    SajjaGroupField   field)
{
  g_return_val_if_fail (SAJJA_IS_GROUP_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAJJA_GROUP_N_FIELDS, NULL);

  return sajja_form_field_get_error (&self->form[field]);
}

static void
save_clicked_cb (SajjaGroupEditor *self)
{
  sajja_group_editor_save (self);
}

static void
cancel_clicked_cb (SajjaGroupEditor *self)
{
  g_signal_emit (self, signals[CANCELLED], 0);
}

static void
delete_response_cb (SajjaGroupEditor *self,
                    const char       *response)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (!sajja_group_delete (self->group, self->db, &error))
    {
      gtk_label_set_label (self->form_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
      return;
    }

  g_signal_emit (self, signals[DELETED], 0, self->group);
}

static void
delete_clicked_cb (SajjaGroupEditor *self)
{
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Delete this group?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is a group's name. */
                                  _("“%s” will be removed from the registry. The deletion is kept in the "
                                    "action log and in the automatic backups."),
                                  sajja_group_get_name (self->group));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sajja_group_editor_dispose (GObject *object)
{
  SajjaGroupEditor *self = (SajjaGroupEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SAJJA_TYPE_GROUP_EDITOR);
  g_clear_object (&self->group);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (sajja_group_editor_parent_class)->dispose (object);
}

static void
sajja_group_editor_class_init (SajjaGroupEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (SAJJA_TYPE_GROUP_RULES);
  g_type_ensure (SAJJA_TYPE_GROUP_COMMITTEE);

  object_class->dispose = sajja_group_editor_dispose;

  /**
   * SajjaGroupEditor::saved:
   * @group: the saved group
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, SAJJA_TYPE_GROUP);
  /**
   * SajjaGroupEditor::deleted:
   * @group: the deleted group
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, SAJJA_TYPE_GROUP);
  /**
   * SajjaGroupEditor::cancelled:
   */
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-group-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, committee);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, fields_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, form_error);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, place_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaGroupEditor, rules);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
sajja_group_editor_init (SajjaGroupEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (field_order); i++)
    {
      SajjaGroupField field = field_order[i];
      AdwPreferencesGroup *groups[] = { self->fields_group, self->place_group, self->accounts_group };
      AdwPreferencesGroup *group = groups[fields[field].group];
      SajjaFormField *f = &self->form[field];

      sajja_form_field_init (f, group, _(fields[field].title));
      g_signal_connect_object (f->entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (f->entry, "entry-activated", G_CALLBACK (entry_activated_cb), self, G_CONNECT_SWAPPED);
    }

  adw_entry_row_set_input_purpose (self->form[SAJJA_GROUP_FIELD_MOO].entry, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->form[SAJJA_GROUP_FIELD_SAVINGS_DAY].entry, GTK_INPUT_PURPOSE_DIGITS);

  {
    g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
    g_autoptr(GtkStringList) status_model = gtk_string_list_new (NULL);

    for (int m = 1; m <= 12; m++)
      gtk_string_list_append (months, sajja_month_name (m, sajja_date_use_thai_names ()));
    for (guint i = 0; i < G_N_ELEMENTS (status_titles); i++)
      gtk_string_list_append (status_model, _(status_titles[i]));

    self->fiscal_row = ADW_COMBO_ROW (adw_combo_row_new ());
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fiscal_row), _("Accounting year starts in"));
    adw_combo_row_set_model (self->fiscal_row, G_LIST_MODEL (months));
    adw_preferences_group_add (self->fields_group, GTK_WIDGET (self->fiscal_row));

    self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Status"));
    adw_combo_row_set_model (self->status_row, G_LIST_MODEL (status_model));
    adw_preferences_group_add (self->fields_group, GTK_WIDGET (self->status_row));
  }
}
