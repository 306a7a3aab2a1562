/* sajja-group-rules.h: a group's by-laws: the rules in force, changes from a date, history. */
#pragma once

#include <adwaita.h>

#include "sajja-bylaw.h"
#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_GROUP_RULES (sajja_group_rules_get_type ())

G_DECLARE_FINAL_TYPE (SajjaGroupRules, sajja_group_rules, SAJJA, GROUP_RULES, AdwBin)

void         sajja_group_rules_set_group (SajjaGroupRules *self,
                                          SajjaDb         *db,
                                          gint64           group_id);
/* Saves the values that differ from those in force, as new versions from the date typed. */
gboolean     sajja_group_rules_save      (SajjaGroupRules *self);
GtkEditable *sajja_group_rules_get_field (SajjaGroupRules *self,
                                          SajjaBylawRule   rule);
/* The field for the date the changes take effect. */
GtkEditable *sajja_group_rules_get_date_field (SajjaGroupRules *self);
const char  *sajja_group_rules_get_error (SajjaGroupRules *self,
                                          SajjaBylawRule   rule);

G_END_DECLS
