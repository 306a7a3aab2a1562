/* sajja-group-committee.h: who holds which position on a group's committees, and adding terms. */
#pragma once

#include <adwaita.h>

#include "sajja-committee.h"
#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_GROUP_COMMITTEE (sajja_group_committee_get_type ())

G_DECLARE_FINAL_TYPE (SajjaGroupCommittee, sajja_group_committee, SAJJA, GROUP_COMMITTEE, AdwBin)

void         sajja_group_committee_set_group  (SajjaGroupCommittee *self,
                                               SajjaDb             *db,
                                               gint64               group_id);
/* Adds the term described by the form. TRUE when added; otherwise the problem is shown. */
gboolean     sajja_group_committee_add        (SajjaGroupCommittee *self);
/* The number of current terms shown. */
guint        sajja_group_committee_get_n_current (SajjaGroupCommittee *self);
/* Form fields, for tests: member number, from and to. */
GtkEditable *sajja_group_committee_get_member_field (SajjaGroupCommittee *self);
GtkEditable *sajja_group_committee_get_from_field   (SajjaGroupCommittee *self);
GtkEditable *sajja_group_committee_get_to_field     (SajjaGroupCommittee *self);
AdwComboRow *sajja_group_committee_get_committee_row (SajjaGroupCommittee *self);
AdwComboRow *sajja_group_committee_get_position_row  (SajjaGroupCommittee *self);
/* The message shown for the form, or NULL. */
const char  *sajja_group_committee_get_error  (SajjaGroupCommittee *self);

G_END_DECLS
