/* sajja-group-editor.h: the side-panel form for a group. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"
#include "sajja-group.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_GROUP_EDITOR (sajja_group_editor_get_type ())

G_DECLARE_FINAL_TYPE (SajjaGroupEditor, sajja_group_editor, SAJJA, GROUP_EDITOR, AdwBin)

/* Fields, for tests and for moving the focus to the one in error. */
typedef enum
{
  SAJJA_GROUP_FIELD_NAME,
  SAJJA_GROUP_FIELD_VILLAGE,
  SAJJA_GROUP_FIELD_MOO,
  SAJJA_GROUP_FIELD_TAMBON,
  SAJJA_GROUP_FIELD_AMPHOE,
  SAJJA_GROUP_FIELD_CHANGWAT,
  SAJJA_GROUP_FIELD_FOUNDED,
  SAJJA_GROUP_FIELD_NAME_EN,
  SAJJA_GROUP_FIELD_CDD_CODE,
  SAJJA_GROUP_FIELD_SAVINGS_DAY,
  SAJJA_GROUP_FIELD_BOOKS_FROM,
  SAJJA_GROUP_FIELD_BANK_1,
  SAJJA_GROUP_FIELD_BRANCH_1,
  SAJJA_GROUP_FIELD_ACCOUNT_1,
  SAJJA_GROUP_FIELD_BANK_2,
  SAJJA_GROUP_FIELD_BRANCH_2,
  SAJJA_GROUP_FIELD_ACCOUNT_2,
  SAJJA_GROUP_N_FIELDS,
} SajjaGroupField;

/* Edits a copy of @group (NULL for a new group); the form keeps what is typed until saved. */
void        sajja_group_editor_edit             (SajjaGroupEditor *self,
                                                 SajjaDb          *db,
                                                 SajjaGroup       *group);
/* Validates the form, shows problems at their fields and saves. Returns TRUE when saved. */
gboolean    sajja_group_editor_save             (SajjaGroupEditor *self);
GtkEditable *sajja_group_editor_get_field       (SajjaGroupEditor *self,
                                                 SajjaGroupField   field);
/* The message shown under a field, or NULL when the field is fine. */
const char *sajja_group_editor_get_field_error  (SajjaGroupEditor *self,
                                                 SajjaGroupField   field);

G_END_DECLS
