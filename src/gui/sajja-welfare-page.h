/* sajja-welfare-page.h: the welfare fund: its balance, claims, approval and payouts. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"
#include "sajja-welfare.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_WELFARE_PAGE (sajja_welfare_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaWelfarePage, sajja_welfare_page, SAJJA, WELFARE_PAGE, AdwBin)

/* The fields of the "Scheme Rules" form. */
typedef enum
{
  SAJJA_WELFARE_RULE_FIELD_KIND,
  SAJJA_WELFARE_RULE_FIELD_BENEFIT,
  SAJJA_WELFARE_RULE_FIELD_PER_DAY,
  SAJJA_WELFARE_RULE_FIELD_CONTRIBUTION,
  SAJJA_WELFARE_RULE_FIELD_WAITING,
  SAJJA_WELFARE_RULE_FIELD_CAP,
  SAJJA_WELFARE_RULE_FIELD_CLAIM_DAYS,
  SAJJA_WELFARE_RULE_FIELD_MIN_AGE,
  SAJJA_WELFARE_RULE_FIELD_FROM,
  SAJJA_WELFARE_RULE_N_FIELDS,
} SajjaWelfareRuleField;

void         sajja_welfare_page_set_db        (SajjaWelfarePage *self,
                                               SajjaDb          *db);
void         sajja_welfare_page_set_group     (SajjaWelfarePage *self,
                                               gint64            group_id);
gint64       sajja_welfare_page_get_group     (SajjaWelfarePage *self);
/* Files the claim described by the form; TRUE when filed, else the problem shows at its field. */
gboolean     sajja_welfare_page_file_claim    (SajjaWelfarePage *self);
/* Approves, refuses (with @reason) or pays claim @claim_id as the buttons do. */
gboolean     sajja_welfare_page_decide        (SajjaWelfarePage *self,
                                               gint64            claim_id,
                                               gboolean          approve,
                                               const char       *reason);
gboolean     sajja_welfare_page_pay           (SajjaWelfarePage *self,
                                               gint64            claim_id);
/* Saves the "Scheme Rules" form: creates the group's scheme of that kind when it has none, else
 * adds a version of its rules from the date given. TRUE when saved, else the problem shows at
 * its field. */
gboolean     sajja_welfare_page_save_rules    (SajjaWelfarePage *self);
/* For tests: the rules form's fields (NULL for the kind and per-night rows) and messages. */
AdwComboRow *sajja_welfare_page_get_rule_kind_row (SajjaWelfarePage *self);
GtkEditable *sajja_welfare_page_get_rule_field    (SajjaWelfarePage     *self,
                                                   SajjaWelfareRuleField field);
GtkSwitch   *sajja_welfare_page_get_per_day_switch (SajjaWelfarePage *self);
const char  *sajja_welfare_page_get_rule_error    (SajjaWelfarePage     *self,
                                                   SajjaWelfareRuleField field);
/* For tests: the form's fields and the claims shown. */
AdwComboRow *sajja_welfare_page_get_kind_row  (SajjaWelfarePage *self);
GtkEditable *sajja_welfare_page_get_member_field (SajjaWelfarePage *self);
GtkEditable *sajja_welfare_page_get_event_field  (SajjaWelfarePage *self);
GtkEditable *sajja_welfare_page_get_days_field   (SajjaWelfarePage *self);
const char  *sajja_welfare_page_get_error     (SajjaWelfarePage *self);
guint        sajja_welfare_page_get_n_claims  (SajjaWelfarePage *self);

G_END_DECLS
