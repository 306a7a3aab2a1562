/* sajja-form.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sajja-form.h"

static void
add_error_row (SajjaFormField      *field,
               AdwPreferencesGroup *group)
{
  /* A preferences row, so the group keeps it inside its boxed list, right under the field. */
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW, NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_visible (row, FALSE);
  adw_preferences_group_add (group, row);

  field->error_row = ADW_PREFERENCES_ROW (row);
  field->error_label = GTK_LABEL (label);
}

void
sajja_form_field_init_row (SajjaFormField      *field,
                           AdwPreferencesGroup *group,
                           GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  add_error_row (field, group);
}

void
sajja_form_field_init (SajjaFormField      *field,
                       AdwPreferencesGroup *group,
                       const char          *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), FALSE);
  field->entry = ADW_ENTRY_ROW (entry);
  sajja_form_field_init_row (field, group, entry);
}

void
sajja_form_field_set_error (SajjaFormField *field,
                            const char     *message)
{
  GtkWidget *target = field->entry != NULL ? GTK_WIDGET (field->entry)
                                           : gtk_widget_get_prev_sibling (GTK_WIDGET (field->error_row));

  if (message != NULL)
    {
      if (target != NULL)
        {
          gtk_widget_add_css_class (target, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          message, -1);
        }
      gtk_label_set_label (field->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (field->error_row), TRUE);
    }
  else
    {
      if (target != NULL)
        {
          gtk_widget_remove_css_class (target, "error");
          gtk_accessible_reset_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      gtk_label_set_label (field->error_label, "");
      gtk_widget_set_visible (GTK_WIDGET (field->error_row), FALSE);
    }
}

const char *
sajja_form_field_get_error (SajjaFormField *field)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (field->error_row)))
    return NULL;

  return gtk_label_get_label (field->error_label);
}

const char *
sajja_form_field_get_text (SajjaFormField *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (field->entry));
}

void
sajja_form_field_set_text (SajjaFormField *field,
                           const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field->entry), text != NULL ? text : "");
}

gboolean
sajja_form_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}
