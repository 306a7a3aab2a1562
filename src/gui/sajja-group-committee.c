/* sajja-group-committee.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-group-committee.h"
#include "sajja-member-edit.h"
#include "sajja-money.h"

struct _SajjaGroupCommittee
{
  AdwBin parent_instance;

  AdwPreferencesGroup *current_group;
  GPtrArray *current_rows;
  AdwExpanderRow *history;
  GPtrArray *history_rows;
  AdwComboRow *committee_row;
  AdwComboRow *position_row;
  SajjaFormField member;
  SajjaFormField from;
  SajjaFormField to;

  SajjaDb *db;
  gint64 group_id;
};

G_DEFINE_FINAL_TYPE (SajjaGroupCommittee, sajja_group_committee, ADW_TYPE_BIN)

static char *
describe_term (SajjaCommitteeTerm *term)
{
  g_autofree char *from = sajja_date_format_iso (term->term_from, SAJJA_DATE_STYLE_MEDIUM);
  g_autofree char *to = term->term_to != NULL ? sajja_date_format_iso (term->term_to, SAJJA_DATE_STYLE_MEDIUM) : NULL;

  if (to != NULL)
    /* Translators: a committee member's name and term, as in "นายสมชาย ใจดี, 1 ม.ค. 2565 – 31 ธ.ค. 2566". */
    return g_strdup_printf (_("%s, %s – %s"), term->member_name, from, to);

  /* Translators: a committee member's name and the start of an open term. */
  return g_strdup_printf (_("%s, since %s"), term->member_name, from);
}

static char *
term_title (SajjaCommitteeTerm *term)
{
  /* Translators: a position and the committee, as in "Chair · Executive committee". */
  return g_strdup_printf (_("%s · %s"), sajja_position_get_title (term->position),
                          sajja_committee_get_title (term->committee));
}

static void load (SajjaGroupCommittee *self);

static void
end_term_clicked_cb (GtkButton           *button,
                     SajjaGroupCommittee *self)
{
  gint64 term_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "term-id"));
  g_autofree char *today = sajja_date_today_iso ();
  g_autoptr(GError) error = NULL;

  if (!sajja_committee_end_term (self->db, term_id, today, &error))
    sajja_form_field_set_error (&self->to, error->message);
  load (self);
}

static void
clear_rows (GPtrArray *rows,
            gpointer   container,
            gboolean   expander)
{
  for (guint i = 0; i < rows->len; i++)
    {
      if (expander)
        adw_expander_row_remove (container, g_ptr_array_index (rows, i));
      else
        adw_preferences_group_remove (container, g_ptr_array_index (rows, i));
    }
  g_ptr_array_set_size (rows, 0);
}

static void
load (SajjaGroupCommittee *self)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) all = NULL;

  clear_rows (self->current_rows, self->current_group, FALSE);
  clear_rows (self->history_rows, self->history, TRUE);

  if (self->db == NULL)
    return;

  current = sajja_committee_list (self->db, self->group_id, today, NULL);
  all = sajja_committee_list (self->db, self->group_id, NULL, NULL);

  for (guint i = 0; current != NULL && i < current->len; i++)
    {
      SajjaCommitteeTerm *term = g_ptr_array_index (current, i);
      g_autofree char *title = term_title (term);
      g_autofree char *subtitle = describe_term (term);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (term->term_to == NULL)
        {
          GtkWidget *button = gtk_button_new_with_label (_("End Term Today"));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (button), "term-id", GSIZE_TO_POINTER (term->id));
          g_signal_connect_object (button, "clicked", G_CALLBACK (end_term_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      adw_preferences_group_add (self->current_group, row);
      g_ptr_array_add (self->current_rows, row);
    }

  if (current == NULL || current->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No committee recorded yet"));
      adw_preferences_group_add (self->current_group, row);
      g_ptr_array_add (self->current_rows, row);
    }

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      SajjaCommitteeTerm *term = g_ptr_array_index (all, i);
      g_autofree char *title = term_title (term);
      g_autofree char *subtitle = describe_term (term);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (self->history, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

void
sajja_group_committee_set_group (SajjaGroupCommittee *self,
                                 SajjaDb             *db,
                                 gint64               group_id)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *today_shown = sajja_date_format_iso (today, SAJJA_DATE_STYLE_SHORT);

  g_return_if_fail (SAJJA_IS_GROUP_COMMITTEE (self));

  g_set_object (&self->db, db);
  self->group_id = group_id;
  sajja_form_field_set_text (&self->member, NULL);
  sajja_form_field_set_text (&self->from, today_shown);
  sajja_form_field_set_text (&self->to, NULL);
  sajja_form_field_set_error (&self->member, NULL);
  sajja_form_field_set_error (&self->from, NULL);
  sajja_form_field_set_error (&self->to, NULL);
  load (self);
}

static gboolean
read_date (SajjaFormField  *field,
           gboolean         optional,
           char           **out_iso)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  *out_iso = NULL;
  if (optional && sajja_form_text_is_blank (sajja_form_field_get_text (field)))
    return TRUE;

  if (!sajja_date_parse (sajja_form_field_get_text (field), &date, &error))
    {
      sajja_form_field_set_error (field, error->message);
      return FALSE;
    }

  *out_iso = sajja_date_to_iso (&date);
  return TRUE;
}

gboolean
sajja_group_committee_add (SajjaGroupCommittee *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *number = NULL;
  gint64 member_no = 0;
  gint64 member_id;
  gboolean ok = TRUE;

  g_return_val_if_fail (SAJJA_IS_GROUP_COMMITTEE (self), FALSE);

  if (self->db == NULL)
    return FALSE;

  sajja_form_field_set_error (&self->member, NULL);
  sajja_form_field_set_error (&self->from, NULL);
  sajja_form_field_set_error (&self->to, NULL);

  number = sajja_thai_digits_to_ascii (sajja_form_field_get_text (&self->member));
  g_strstrip (number);
  member_id = g_ascii_string_to_signed (number, 10, 1, 999999, &member_no, NULL)
                ? sajja_member_find_id_by_number (self->db, self->group_id, (int) member_no) : 0;
  if (member_id == 0)
    {
      sajja_form_field_set_error (&self->member, _("Type the member number of a member of this group."));
      ok = FALSE;
    }
  ok &= read_date (&self->from, FALSE, &from);
  ok &= read_date (&self->to, TRUE, &to);
  if (!ok)
    return FALSE;

  if (!sajja_committee_add_term (self->db, self->group_id, adw_combo_row_get_selected (self->committee_row),
                                 adw_combo_row_get_selected (self->position_row), member_id, from, to, &error))
    {
      if (g_error_matches (error, SAJJA_COMMITTEE_ERROR, SAJJA_COMMITTEE_ERROR_TERM))
        sajja_form_field_set_error (&self->to, error->message);
      else
        sajja_form_field_set_error (&self->member, error->message);
      return FALSE;
    }

  sajja_form_field_set_text (&self->member, NULL);
  sajja_form_field_set_text (&self->to, NULL);
  load (self);

  return TRUE;
}

guint
sajja_group_committee_get_n_current (SajjaGroupCommittee *self)
{
  g_autofree char *today = sajja_date_today_iso ();
  g_autoptr(GPtrArray) current = NULL;

  g_return_val_if_fail (SAJJA_IS_GROUP_COMMITTEE (self), 0);

  if (self->db == NULL)
    return 0;
  current = sajja_committee_list (self->db, self->group_id, today, NULL);

  return current != NULL ? current->len : 0;
}

GtkEditable *sajja_group_committee_get_member_field (SajjaGroupCommittee *self) { return GTK_EDITABLE (self->member.entry); }
GtkEditable *sajja_group_committee_get_from_field (SajjaGroupCommittee *self) { return GTK_EDITABLE (self->from.entry); }
GtkEditable *sajja_group_committee_get_to_field (SajjaGroupCommittee *self) { return GTK_EDITABLE (self->to.entry); }
AdwComboRow *sajja_group_committee_get_committee_row (SajjaGroupCommittee *self) { return self->committee_row; }
AdwComboRow *sajja_group_committee_get_position_row (SajjaGroupCommittee *self) { return self->position_row; }

const char *
sajja_group_committee_get_error (SajjaGroupCommittee *self)
{
  const char *message;

  g_return_val_if_fail (SAJJA_IS_GROUP_COMMITTEE (self), NULL);

  if ((message = sajja_form_field_get_error (&self->member)) != NULL)
    return message;
  if ((message = sajja_form_field_get_error (&self->from)) != NULL)
    return message;
  return sajja_form_field_get_error (&self->to);
}

static void
add_clicked_cb (SajjaGroupCommittee *self)
{
  sajja_group_committee_add (self);
}

static void
sajja_group_committee_dispose (GObject *object)
{
  SajjaGroupCommittee *self = (SajjaGroupCommittee *)object;

  g_clear_object (&self->db);
  g_clear_pointer (&self->current_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_group_committee_parent_class)->dispose (object);
}

static void
sajja_group_committee_class_init (SajjaGroupCommitteeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sajja_group_committee_dispose;
}

static AdwComboRow *
new_combo (const char *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
sajja_group_committee_init (SajjaGroupCommittee *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  AdwPreferencesGroup *add_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *history_group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) committees = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) positions = gtk_string_list_new (NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add to the Committee"));

  self->current_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();

  self->current_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->current_group, _("Committees"));
  adw_preferences_group_set_description (self->current_group, _("Who holds each position today."));
  self->history = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->history), _("Earlier terms"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (history_group), GTK_WIDGET (self->history));

  for (guint i = 0; i < SAJJA_N_COMMITTEES; i++)
    gtk_string_list_append (committees, sajja_committee_get_title (i));
  for (guint i = 0; i < SAJJA_N_POSITIONS; i++)
    gtk_string_list_append (positions, sajja_position_get_title (i));

  adw_preferences_group_set_title (add_group, _("Add a Term"));
  self->committee_row = new_combo (_("Committee"));
  adw_combo_row_set_model (self->committee_row, G_LIST_MODEL (committees));
  adw_preferences_group_add (add_group, GTK_WIDGET (self->committee_row));
  self->position_row = new_combo (_("Position"));
  adw_combo_row_set_model (self->position_row, G_LIST_MODEL (positions));
  adw_preferences_group_add (add_group, GTK_WIDGET (self->position_row));
  sajja_form_field_init (&self->member, add_group, _("Member number"));
  adw_entry_row_set_input_purpose (self->member.entry, GTK_INPUT_PURPOSE_DIGITS);
  sajja_form_field_init (&self->from, add_group, _("Term from (day/month/year)"));
  sajja_form_field_init (&self->to, add_group, _("Term to (empty while it lasts)"));

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->current_group));
  gtk_box_append (GTK_BOX (box), history_group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (add_group));
  gtk_box_append (GTK_BOX (box), button);
  adw_bin_set_child (ADW_BIN (self), box);
}
