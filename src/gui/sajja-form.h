/* sajja-form.h: entry rows with their message right under them, for the side-panel forms. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct
{
  AdwEntryRow *entry;
  AdwPreferencesRow *error_row;
  GtkLabel *error_label;
} SajjaFormField;

/* Adds an entry row titled @title to @group, followed by a hidden row for its message. */
void        sajja_form_field_init      (SajjaFormField      *field,
                                        AdwPreferencesGroup *group,
                                        const char          *title);
/* Adds a hidden message row under @row (a combo row or any other), for fields that are not
 * entries. */
void        sajja_form_field_init_row  (SajjaFormField      *field,
                                        AdwPreferencesGroup *group,
                                        GtkWidget           *row);
/* Shows @message under the field and marks it, or clears both when @message is NULL. */
void        sajja_form_field_set_error (SajjaFormField      *field,
                                        const char          *message);
/* The message shown, or NULL. */
const char *sajja_form_field_get_error (SajjaFormField      *field);
const char *sajja_form_field_get_text  (SajjaFormField      *field);
void        sajja_form_field_set_text  (SajjaFormField      *field,
                                        const char          *text);
gboolean    sajja_form_text_is_blank   (const char          *text);

G_END_DECLS
