/* sajja-group-rules.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-group-rules.h"
#include "sajja-money.h"

struct _SajjaGroupRules
{
  AdwBin parent_instance;

  AdwPreferencesGroup *group;
  SajjaFormField fields[SAJJA_BYLAW_N_RULES];
  SajjaFormField date;
  GtkLabel *status;
  AdwExpanderRow *history;
  GPtrArray *history_rows;

  SajjaDb *db;
  gint64 group_id;
};

G_DEFINE_FINAL_TYPE (SajjaGroupRules, sajja_group_rules, ADW_TYPE_BIN)

static char *
format_value (SajjaBylawRule rule,
              gint64         value)
{
  if (sajja_bylaw_rule_get_kind (rule) == SAJJA_BYLAW_KIND_MONEY)
    return sajja_money_format (value);

  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
load (SajjaGroupRules *self)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *today_shown = sajja_date_format_iso (today, SAJJA_DATE_STYLE_SHORT);
  g_autoptr(GPtrArray) versions = NULL;

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_expander_row_remove (self->history, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  for (guint i = 0; i < SAJJA_BYLAW_N_RULES; i++)
    {
      gint64 value;
      g_autofree char *shown = NULL;

      if (self->db != NULL && sajja_bylaw_get (self->db, self->group_id, i, today, &value, NULL))
        shown = format_value (i, value);
      sajja_form_field_set_text (&self->fields[i], shown);
      sajja_form_field_set_error (&self->fields[i], NULL);
    }
  sajja_form_field_set_text (&self->date, today_shown);
  sajja_form_field_set_error (&self->date, NULL);

  if (self->db != NULL)
    versions = sajja_bylaw_list_history (self->db, self->group_id, NULL);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      SajjaBylawVersion *v = g_ptr_array_index (versions, i);
      g_autofree char *value = format_value (v->rule, v->value);
      g_autofree char *from = sajja_date_format_iso (v->effective_from, SAJJA_DATE_STYLE_MEDIUM);
      /* Translators: a by-law's value and the date it took effect, as in "50.00 from 6 มี.ค. 2522". */
      g_autofree char *subtitle = g_strdup_printf (_("%s from %s"), value, from);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sajja_bylaw_rule_get_title (v->rule));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (self->history, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

void
sajja_group_rules_set_group (SajjaGroupRules *self,
                             SajjaDb         *db,
                             gint64           group_id)
{
  g_return_if_fail (SAJJA_IS_GROUP_RULES (self));

  g_set_object (&self->db, db);
  self->group_id = group_id;
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  load (self);
}

gboolean
sajja_group_rules_save (SajjaGroupRules *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  gint64 values[SAJJA_BYLAW_N_RULES];
  gboolean changed[SAJJA_BYLAW_N_RULES] = { FALSE, };
  gboolean ok = TRUE;
  guint n_changed = 0;
  GDate date;

  g_return_val_if_fail (SAJJA_IS_GROUP_RULES (self), FALSE);

  if (self->db == NULL)
    return FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  if (!sajja_date_parse (sajja_form_field_get_text (&self->date), &date, &error))
    {
      sajja_form_field_set_error (&self->date, error->message);
      return FALSE;
    }
  iso = sajja_date_to_iso (&date);

  for (guint i = 0; i < SAJJA_BYLAW_N_RULES; i++)
    {
      const char *text = sajja_form_field_get_text (&self->fields[i]);
      gint64 current;

      g_clear_error (&error);
      sajja_form_field_set_error (&self->fields[i], NULL);
      if (sajja_form_text_is_blank (text))
        continue;

      if (sajja_bylaw_rule_get_kind (i) == SAJJA_BYLAW_KIND_MONEY)
        {
          if (!sajja_money_parse (text, FALSE, &values[i], &error))
            {
              sajja_form_field_set_error (&self->fields[i], error->message);
              ok = FALSE;
              continue;
            }
        }
      else
        {
          g_autofree char *ascii = sajja_thai_digits_to_ascii (text);

          g_strstrip (ascii);
          if (!g_ascii_string_to_signed (ascii, 10, 0, 100000, &values[i], NULL))
            {
              sajja_form_field_set_error (&self->fields[i], _("Type a whole number, for example 12."));
              ok = FALSE;
              continue;
            }
        }

      if (!sajja_bylaw_check_value (i, values[i], &error))
        {
          sajja_form_field_set_error (&self->fields[i], error->message);
          ok = FALSE;
          continue;
        }

      changed[i] = !sajja_bylaw_get (self->db, self->group_id, i, iso, &current, NULL) || current != values[i];
      n_changed += changed[i];
    }

  if (!ok || n_changed == 0)
    return ok;

  /* All the changes from one date are one action. */
  if (!sajja_db_begin (self->db, &error))
    {
      sajja_form_field_set_error (&self->date, error->message);
      return FALSE;
    }
  for (guint i = 0; i < SAJJA_BYLAW_N_RULES; i++)
    if (changed[i] && !sajja_bylaw_set (self->db, self->group_id, i, values[i], iso, NULL, &error))
      {
        sajja_db_rollback (self->db);
        sajja_form_field_set_error (&self->fields[i], error->message);
        return FALSE;
      }
  if (!sajja_db_commit (self->db, &error))
    {
      sajja_form_field_set_error (&self->date, error->message);
      return FALSE;
    }

  load (self);
  {
    g_autofree char *shown = sajja_date_format_iso (iso, SAJJA_DATE_STYLE_MEDIUM);
    /* Translators: %s is a date. */
    g_autofree char *message = g_strdup_printf (_("Rules saved, in force from %s."), shown);

    gtk_label_set_label (self->status, message);
    gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
  }

  return TRUE;
}

GtkEditable *
sajja_group_rules_get_field (SajjaGroupRules *self,
                             SajjaBylawRule   rule)
{
  g_return_val_if_fail (SAJJA_IS_GROUP_RULES (self), NULL);
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, NULL);

  return GTK_EDITABLE (self->fields[rule].entry);
}

GtkEditable *
sajja_group_rules_get_date_field (SajjaGroupRules *self)
{
  g_return_val_if_fail (SAJJA_IS_GROUP_RULES (self), NULL);

  return GTK_EDITABLE (self->date.entry);
}

const char *
sajja_group_rules_get_error (SajjaGroupRules *self,
                             SajjaBylawRule   rule)
{
  g_return_val_if_fail (SAJJA_IS_GROUP_RULES (self), NULL);
  g_return_val_if_fail (rule < SAJJA_BYLAW_N_RULES, NULL);

  return sajja_form_field_get_error (&self->fields[rule]);
}

static void
save_clicked_cb (SajjaGroupRules *self)
{
  sajja_group_rules_save (self);
}

static void
sajja_group_rules_dispose (GObject *object)
{
  SajjaGroupRules *self = (SajjaGroupRules *)object;

  g_clear_object (&self->db);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_group_rules_parent_class)->dispose (object);
}

static void
sajja_group_rules_class_init (SajjaGroupRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sajja_group_rules_dispose;
}

static void
sajja_group_rules_init (SajjaGroupRules *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Save _Rule Changes"));
  GtkWidget *history_group = adw_preferences_group_new ();

  self->history_rows = g_ptr_array_new ();

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Rules (By-laws)"));
  adw_preferences_group_set_description (self->group,
                                         _("The rules in force today. A change applies from the date you give; "
                                           "earlier months keep the rules they had."));
  for (guint i = 0; i < SAJJA_BYLAW_N_RULES; i++)
    {
      g_autofree char *title = NULL;

      if (sajja_bylaw_rule_get_kind (i) == SAJJA_BYLAW_KIND_MONEY)
        /* Translators: a money rule's name followed by its unit. */
        title = g_strdup_printf (_("%s (baht)"), sajja_bylaw_rule_get_title (i));
      else
        title = g_strdup (sajja_bylaw_rule_get_title (i));
      sajja_form_field_init (&self->fields[i], self->group, title);
      adw_entry_row_set_input_purpose (self->fields[i].entry, GTK_INPUT_PURPOSE_NUMBER);
    }
  sajja_form_field_init (&self->date, self->group, _("Changes take effect from (day/month/year)"));

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_object (button, "clicked", G_CALLBACK (save_clicked_cb), self, G_CONNECT_SWAPPED);

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status, 0);
  gtk_label_set_wrap (self->status, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "success");
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);

  self->history = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->history), _("History of the rules"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (history_group), GTK_WIDGET (self->history));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (box), history_group);
  adw_bin_set_child (ADW_BIN (self), box);
}
