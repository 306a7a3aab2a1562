/* sajja-welfare-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-group-picker.h"
#include "sajja-group.h"
#include "sajja-member-edit.h"
#include "sajja-money.h"
#include "sajja-welfare-page.h"

struct _SajjaWelfarePage
{
  AdwBin parent_instance;

  /* Built in init */
  AdwWindowTitle *title;
  GtkDropDown *group_dropdown;
  GtkStack *stack;
  AdwActionRow *balance_row;
  AdwPreferencesGroup *rules_group;
  GPtrArray *rule_rows;
  AdwPreferencesGroup *claims_group;
  GPtrArray *claim_rows;
  AdwComboRow *kind_row;
  SajjaFormField member;
  SajjaFormField event;
  SajjaFormField days;
  AdwComboRow *rule_kind_row;
  GtkSwitch *per_day_switch;
  SajjaFormField rule_fields[SAJJA_WELFARE_RULE_N_FIELDS];

  /* Owned references */
  SajjaDb *db;
  GListStore *groups;
  gint64 group_id;
  guint n_claims;
};

G_DEFINE_FINAL_TYPE (SajjaWelfarePage, sajja_welfare_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (SajjaWelfarePage *self);
static void fill_rules (SajjaWelfarePage *self);

static void
toast (SajjaWelfarePage *self,
       const char       *message)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, adw_toast_new (message));
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

gboolean
sajja_welfare_page_decide (SajjaWelfarePage *self,
                           gint64            claim_id,
                           gboolean          approve,
                           const char       *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = sajja_date_today_iso ();

  g_return_val_if_fail (SAJJA_IS_WELFARE_PAGE (self), FALSE);

  if (!sajja_welfare_claim_decide (self->db, claim_id, approve, today, NULL, reason, &error))
    {
      toast (self, error->message);
      return FALSE;
    }

  toast (self, approve ? _("Claim approved") : _("Claim refused"));
  reload (self);
  return TRUE;
}

gboolean
sajja_welfare_page_pay (SajjaWelfarePage *self,
                        gint64            claim_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = sajja_date_today_iso ();

  g_return_val_if_fail (SAJJA_IS_WELFARE_PAGE (self), FALSE);

  if (!sajja_welfare_claim_pay (self->db, claim_id, today, NULL, &error))
    {
      toast (self, error->message);
      return FALSE;
    }

  toast (self, _("Claim paid from the welfare fund"));
  reload (self);
  return TRUE;
}

static void
approve_clicked_cb (GtkButton        *button,
                    SajjaWelfarePage *self)
{
  sajja_welfare_page_decide (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "claim")), TRUE, NULL);
}

static void
pay_clicked_cb (GtkButton        *button,
                SajjaWelfarePage *self)
{
  sajja_welfare_page_pay (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "claim")));
}

static void
refuse_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SajjaWelfarePage *self)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");

  if (g_str_equal (response, "refuse"))
    sajja_welfare_page_decide (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "claim")), FALSE,
                               gtk_editable_get_text (reason));
}

static void
refuse_clicked_cb (GtkButton        *button,
                   SajjaWelfarePage *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Refuse This Claim?"),
                                              _("Give the committee’s reason: the member is told why."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "refuse", _("_Refuse"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "refuse", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "claim", g_object_get_data (G_OBJECT (button), "claim"));
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (refuse_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
claim_button (SajjaWelfarePage *self,
              const char       *label,
              gint64            claim_id,
              GCallback         callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "claim", GSIZE_TO_POINTER (claim_id));
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static void
reload (SajjaWelfarePage *self)
{
  g_autoptr(GPtrArray) claims = NULL;
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *balance = NULL;

  clear_rows (self->claims_group, self->claim_rows);
  clear_rows (self->rules_group, self->rule_rows);
  self->n_claims = 0;

  if (self->db == NULL || self->group_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "fund");

  balance = sajja_money_format (sajja_welfare_fund_balance (self->db, self->group_id));
  adw_action_row_set_subtitle (self->balance_row, balance);

  /* The schemes and their rules in force today. */
  for (guint k = 0; k < SAJJA_N_WELFARE_KINDS; k++)
    {
      gint64 scheme = sajja_welfare_scheme_find (self->db, self->group_id, k);
      SajjaWelfareRule rule = { 0, };
      GtkWidget *row;
      g_autofree char *subtitle = NULL;

      if (scheme == 0)
        continue;

      if (sajja_welfare_scheme_get_rule (self->db, scheme, today, &rule, NULL))
        {
          g_autofree char *benefit = sajja_money_format (rule.benefit);
          g_autofree char *cap = rule.yearly_cap > 0 ? sajja_money_format (rule.yearly_cap) : NULL;

          if (rule.per_day && cap != NULL)
            /* Translators: a welfare rule: baht per night, and the most paid a year. */
            subtitle = g_strdup_printf (_("%s baht a night, at most %s baht a year"), benefit, cap);
          else if (rule.per_day)
            subtitle = g_strdup_printf (_("%s baht a night"), benefit);
          else if (cap != NULL)
            subtitle = g_strdup_printf (_("%s baht a claim, at most %s baht a year"), benefit, cap);
          else
            subtitle = g_strdup_printf (_("%s baht a claim"), benefit);
        }
      else
        subtitle = g_strdup (_("No rules in force today"));
      sajja_welfare_rule_clear (&rule);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sajja_welfare_kind_get_title (k));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->rules_group, row);
      g_ptr_array_add (self->rule_rows, row);
    }

  if (self->rule_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No welfare schemes yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("A scheme and its rules are set up from the by-laws the members agreed."));
      adw_preferences_group_add (self->rules_group, row);
      g_ptr_array_add (self->rule_rows, row);
    }

  claims = sajja_welfare_list_claims (self->db, self->group_id, 0, NULL);
  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      SajjaClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *amount = sajja_money_format (claim->amount);
      g_autofree char *event = sajja_date_format_iso (claim->event_date, SAJJA_DATE_STYLE_MEDIUM);
      /* Translators: a claim: the member's name and the kind of welfare. */
      g_autofree char *title = g_strdup_printf (_("%s: %s"), claim->member_name, sajja_welfare_kind_get_title (claim->kind));
      /* Translators: a claim: the date of the event, the amount in baht and the claim's status. */
      g_autofree char *subtitle = g_strdup_printf (_("%s, %s baht, %s"), event, amount,
                                                   sajja_claim_status_get_title (claim->status));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (claim->status == SAJJA_CLAIM_PENDING)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     claim_button (self, _("_Refuse…"), claim->id, G_CALLBACK (refuse_clicked_cb)));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     claim_button (self, _("_Approve"), claim->id, G_CALLBACK (approve_clicked_cb)));
        }
      else if (claim->status == SAJJA_CLAIM_APPROVED)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   claim_button (self, _("_Pay"), claim->id, G_CALLBACK (pay_clicked_cb)));
      adw_preferences_group_add (self->claims_group, row);
      g_ptr_array_add (self->claim_rows, row);
      self->n_claims++;
    }

  if (self->n_claims == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No claims yet"));
      adw_preferences_group_add (self->claims_group, row);
      g_ptr_array_add (self->claim_rows, row);
    }
}

void
sajja_welfare_page_set_group (SajjaWelfarePage *self,
                              gint64            group_id)
{
  g_return_if_fail (SAJJA_IS_WELFARE_PAGE (self));

  self->group_id = group_id;
  reload (self);
  fill_rules (self);

  sajja_group_picker_select (self->group_dropdown, group_id);
}

gint64
sajja_welfare_page_get_group (SajjaWelfarePage *self)
{
  g_return_val_if_fail (SAJJA_IS_WELFARE_PAGE (self), 0);

  return self->group_id;
}

static void
group_selected_cb (SajjaWelfarePage *self)
{
  gint64 group_id = sajja_group_picker_get (self->group_dropdown);

  if (group_id != 0 && group_id != self->group_id)
    sajja_welfare_page_set_group (self, group_id);
}

void
sajja_welfare_page_set_db (SajjaWelfarePage *self,
                           SajjaDb          *db)
{
  gint64 first;

  g_return_if_fail (SAJJA_IS_WELFARE_PAGE (self));

  g_set_object (&self->db, db);
  first = sajja_group_picker_fill (self->groups, db);
  sajja_welfare_page_set_group (self, first);
}

gboolean
sajja_welfare_page_file_claim (SajjaWelfarePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *event_iso = NULL;
  g_autofree char *today = sajja_date_today_iso ();
  gint64 member_no = 0, days = 1, member_id = 0, scheme;
  SajjaWelfareKind kind;
  GDate date;
  gboolean ok = TRUE;

  g_return_val_if_fail (SAJJA_IS_WELFARE_PAGE (self), FALSE);

  sajja_form_field_set_error (&self->member, NULL);
  sajja_form_field_set_error (&self->event, NULL);
  sajja_form_field_set_error (&self->days, NULL);

  if (self->db == NULL || self->group_id == 0)
    return FALSE;

  kind = adw_combo_row_get_selected (self->kind_row);
  scheme = sajja_welfare_scheme_find (self->db, self->group_id, kind);

  number = sajja_thai_digits_to_ascii (sajja_form_field_get_text (&self->member));
  g_strstrip (number);
  if (g_ascii_string_to_signed (number, 10, 1, 999999, &member_no, NULL))
    member_id = sajja_member_find_id_by_number (self->db, self->group_id, (int) member_no);
  if (member_id == 0)
    {
      sajja_form_field_set_error (&self->member, _("Type the member number of a member of this group."));
      ok = FALSE;
    }

  if (!sajja_date_parse (sajja_form_field_get_text (&self->event), &date, &error))
    {
      sajja_form_field_set_error (&self->event, error->message);
      g_clear_error (&error);
      ok = FALSE;
    }
  else
    event_iso = sajja_date_to_iso (&date);

  days_text = sajja_thai_digits_to_ascii (sajja_form_field_get_text (&self->days));
  g_strstrip (days_text);
  if (*days_text != '\0' && !g_ascii_string_to_signed (days_text, 10, 1, 366, &days, NULL))
    {
      sajja_form_field_set_error (&self->days, _("Type the number of nights, from 1 to 366."));
      ok = FALSE;
    }

  if (!ok)
    return FALSE;

  if (scheme == 0)
    {
      sajja_form_field_set_error (&self->member, _("The group has no scheme for this kind of welfare."));
      return FALSE;
    }

  if (sajja_welfare_claim_file (self->db, scheme, member_id, event_iso, today, (int) days, NULL, &error) == 0)
    {
      if (g_error_matches (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DEADLINE)
          || g_error_matches (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE))
        sajja_form_field_set_error (&self->event, error->message);
      else
        sajja_form_field_set_error (&self->member, error->message);
      return FALSE;
    }

  sajja_form_field_set_text (&self->member, NULL);
  sajja_form_field_set_text (&self->days, NULL);
  toast (self, _("Claim filed: the committee decides on it"));
  reload (self);

  return TRUE;
}

static char *
rule_text (gint64   value,
           gboolean money)
{
  return money ? sajja_money_format (value) : g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* Fills the rules form with the rules of the chosen kind in force today, or with a new
 * scheme's defaults. */
static void
fill_rules (SajjaWelfarePage *self)
{
  SajjaWelfareKind kind = adw_combo_row_get_selected (self->rule_kind_row);
  SajjaWelfareRule rule = { 0, };
  g_autofree char *today = sajja_date_today_iso ();
  g_autofree char *today_shown = sajja_date_format_iso (today, SAJJA_DATE_STYLE_SHORT);
  gint64 scheme = 0;
  gboolean found = FALSE;
  struct { SajjaWelfareRuleField field; gint64 value; gboolean money; } values[5];

  if (kind >= SAJJA_N_WELFARE_KINDS)
    return;

  for (guint i = 0; i < SAJJA_WELFARE_RULE_N_FIELDS; i++)
    sajja_form_field_set_error (&self->rule_fields[i], NULL);

  if (self->db != NULL && self->group_id != 0)
    scheme = sajja_welfare_scheme_find (self->db, self->group_id, kind);
  if (scheme != 0)
    found = sajja_welfare_scheme_get_rule (self->db, scheme, today, &rule, NULL);
  if (!found)
    rule.per_day = kind == SAJJA_WELFARE_HOSPITAL;

  if (found)
    {
      g_autofree char *benefit = sajja_money_format (rule.benefit);

      sajja_form_field_set_text (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_BENEFIT], benefit);
    }
  else
    sajja_form_field_set_text (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_BENEFIT], NULL);

  values[0].field = SAJJA_WELFARE_RULE_FIELD_CONTRIBUTION; values[0].value = rule.contribution; values[0].money = TRUE;
  values[1].field = SAJJA_WELFARE_RULE_FIELD_WAITING; values[1].value = rule.waiting_months; values[1].money = FALSE;
  values[2].field = SAJJA_WELFARE_RULE_FIELD_CAP; values[2].value = rule.yearly_cap; values[2].money = TRUE;
  values[3].field = SAJJA_WELFARE_RULE_FIELD_CLAIM_DAYS; values[3].value = rule.claim_days; values[3].money = FALSE;
  values[4].field = SAJJA_WELFARE_RULE_FIELD_MIN_AGE; values[4].value = rule.min_age; values[4].money = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = rule_text (values[i].value, values[i].money);

      sajja_form_field_set_text (&self->rule_fields[values[i].field], text);
    }

  gtk_switch_set_active (self->per_day_switch, rule.per_day && kind == SAJJA_WELFARE_HOSPITAL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->per_day_switch), kind == SAJJA_WELFARE_HOSPITAL);
  sajja_form_field_set_text (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_FROM], today_shown);
  sajja_welfare_rule_clear (&rule);
}

/* A whole number from 0 to @max typed in @field (blank: 0); else its message at the field. */
static gboolean
parse_whole (SajjaFormField *field,
             gint64          max,
             gint64         *out)
{
  g_autofree char *text = sajja_thai_digits_to_ascii (sajja_form_field_get_text (field));

  g_strstrip (text);
  *out = 0;
  if (*text == '\0')
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, 0, max, out, NULL))
    {
      sajja_form_field_set_error (field, _("Type a whole number, for example 12."));
      return FALSE;
    }
  return TRUE;
}

/* A baht amount typed in @field (blank: 0 unless @required); else its message at the field. */
static gboolean
parse_baht (SajjaFormField *field,
            gboolean        required,
            gint64         *out)
{
  const char *text = sajja_form_field_get_text (field);
  g_autoptr(GError) error = NULL;

  *out = 0;
  if (!required && sajja_form_text_is_blank (text))
    return TRUE;
  if (!sajja_money_parse (text, FALSE, out, &error))
    {
      sajja_form_field_set_error (field, error->message);
      return FALSE;
    }
  return TRUE;
}

/* The field a rule the core refused is about, checked in the core's order. */
static SajjaWelfareRuleField
refused_field (SajjaWelfareKind         kind,
               const SajjaWelfareRule  *rule)
{
  if (rule->benefit <= 0 || rule->benefit > SAJJA_MONEY_MAX)
    return SAJJA_WELFARE_RULE_FIELD_BENEFIT;
  if (rule->contribution < 0 || rule->contribution > SAJJA_MONEY_MAX)
    return SAJJA_WELFARE_RULE_FIELD_CONTRIBUTION;
  if (rule->yearly_cap < 0 || rule->yearly_cap > SAJJA_MONEY_MAX)
    return SAJJA_WELFARE_RULE_FIELD_CAP;
  if (rule->waiting_months < 0 || rule->waiting_months > 1200)
    return SAJJA_WELFARE_RULE_FIELD_WAITING;
  if (rule->claim_days < 0 || rule->claim_days > 36600)
    return SAJJA_WELFARE_RULE_FIELD_CLAIM_DAYS;
  if (rule->min_age < 0 || rule->min_age > 150)
    return SAJJA_WELFARE_RULE_FIELD_MIN_AGE;
  if (rule->per_day && kind != SAJJA_WELFARE_HOSPITAL)
    return SAJJA_WELFARE_RULE_FIELD_PER_DAY;
  return SAJJA_WELFARE_RULE_FIELD_KIND;
}

gboolean
sajja_welfare_page_save_rules (SajjaWelfarePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  SajjaWelfareRule rule = { 0, };
  SajjaWelfareKind kind;
  gint64 scheme, waiting = 0, claim_days = 0, min_age = 0;
  gboolean ok = TRUE, saved;
  GDate date;

  g_return_val_if_fail (SAJJA_IS_WELFARE_PAGE (self), FALSE);

  for (guint i = 0; i < SAJJA_WELFARE_RULE_N_FIELDS; i++)
    sajja_form_field_set_error (&self->rule_fields[i], NULL);

  if (self->db == NULL || self->group_id == 0)
    return FALSE;

  kind = adw_combo_row_get_selected (self->rule_kind_row);
  if (kind >= SAJJA_N_WELFARE_KINDS)
    return FALSE;

  ok &= parse_baht (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_BENEFIT], TRUE, &rule.benefit);
  ok &= parse_baht (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CONTRIBUTION], FALSE, &rule.contribution);
  ok &= parse_whole (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_WAITING], G_MAXINT, &waiting);
  ok &= parse_baht (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CAP], FALSE, &rule.yearly_cap);
  ok &= parse_whole (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CLAIM_DAYS], G_MAXINT, &claim_days);
  ok &= parse_whole (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_MIN_AGE], G_MAXINT, &min_age);
  if (!sajja_date_parse (sajja_form_field_get_text (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_FROM]), &date, &error))
    {
      sajja_form_field_set_error (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_FROM], error->message);
      g_clear_error (&error);
      ok = FALSE;
    }
  else
    iso = sajja_date_to_iso (&date);

  if (!ok)
    return FALSE;

  rule.effective_from = iso;
  rule.per_day = gtk_switch_get_active (self->per_day_switch);
  rule.waiting_months = (int) waiting;
  rule.claim_days = (int) claim_days;
  rule.min_age = (int) min_age;

  scheme = sajja_welfare_scheme_find (self->db, self->group_id, kind);
  if (scheme == 0)
    saved = sajja_welfare_scheme_create (self->db, self->group_id, kind, sajja_welfare_kind_get_title (kind),
                                         &rule, &error) != 0;
  else
    saved = sajja_welfare_scheme_set_rule (self->db, scheme, &rule, &error);

  if (!saved)
    {
      SajjaWelfareRuleField field = SAJJA_WELFARE_RULE_FIELD_KIND;

      if (g_error_matches (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE))
        field = SAJJA_WELFARE_RULE_FIELD_FROM;
      else if (g_error_matches (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE))
        field = refused_field (kind, &rule);
      sajja_form_field_set_error (&self->rule_fields[field], error->message);
      return FALSE;
    }

  {
    g_autofree char *shown = sajja_date_format_iso (iso, SAJJA_DATE_STYLE_MEDIUM);
    /* Translators: %s is a date. */
    g_autofree char *message = g_strdup_printf (_("Welfare rules saved, in force from %s."), shown);

    toast (self, message);
  }
  reload (self);

  return TRUE;
}

AdwComboRow *sajja_welfare_page_get_rule_kind_row (SajjaWelfarePage *self) { return self->rule_kind_row; }
GtkSwitch *sajja_welfare_page_get_per_day_switch (SajjaWelfarePage *self) { return self->per_day_switch; }

GtkEditable *
sajja_welfare_page_get_rule_field (SajjaWelfarePage     *self,
                                   SajjaWelfareRuleField field)
{
  g_return_val_if_fail (field < SAJJA_WELFARE_RULE_N_FIELDS, NULL);

  return self->rule_fields[field].entry != NULL ? GTK_EDITABLE (self->rule_fields[field].entry) : NULL;
}

const char *
sajja_welfare_page_get_rule_error (SajjaWelfarePage     *self,
                                   SajjaWelfareRuleField field)
{
  g_return_val_if_fail (field < SAJJA_WELFARE_RULE_N_FIELDS, NULL);

  return sajja_form_field_get_error (&self->rule_fields[field]);
}

static void
save_rules_clicked_cb (SajjaWelfarePage *self)
{
  sajja_welfare_page_save_rules (self);
}

AdwComboRow *sajja_welfare_page_get_kind_row (SajjaWelfarePage *self) { return self->kind_row; }
GtkEditable *sajja_welfare_page_get_member_field (SajjaWelfarePage *self) { return GTK_EDITABLE (self->member.entry); }
GtkEditable *sajja_welfare_page_get_event_field (SajjaWelfarePage *self) { return GTK_EDITABLE (self->event.entry); }
GtkEditable *sajja_welfare_page_get_days_field (SajjaWelfarePage *self) { return GTK_EDITABLE (self->days.entry); }
guint sajja_welfare_page_get_n_claims (SajjaWelfarePage *self) { return self->n_claims; }

const char *
sajja_welfare_page_get_error (SajjaWelfarePage *self)
{
  const char *message;

  if ((message = sajja_form_field_get_error (&self->member)) != NULL)
    return message;
  if ((message = sajja_form_field_get_error (&self->event)) != NULL)
    return message;
  return sajja_form_field_get_error (&self->days);
}

static void
file_clicked_cb (SajjaWelfarePage *self)
{
  sajja_welfare_page_file_claim (self);
}

static void
sajja_welfare_page_dispose (GObject *object)
{
  SajjaWelfarePage *self = (SajjaWelfarePage *)object;

  g_clear_object (&self->db);
  g_clear_object (&self->groups);
  g_clear_pointer (&self->claim_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rule_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_welfare_page_parent_class)->dispose (object);
}

static void
sajja_welfare_page_class_init (SajjaWelfarePageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sajja_welfare_page_dispose;

  /**
   * SajjaWelfarePage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
sajja_welfare_page_init (SajjaWelfarePage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *fund_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *file_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *file_button = gtk_button_new_with_mnemonic (_("_File the Claim"));
  GtkWidget *empty = adw_status_page_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rule_kinds = gtk_string_list_new (NULL);
  AdwPreferencesGroup *scheme_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *save_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *save_button = gtk_button_new_with_mnemonic (_("_Save the Rules"));
  GtkWidget *per_day_row = adw_action_row_new ();

  self->claim_rows = g_ptr_array_new ();
  self->rule_rows = g_ptr_array_new ();
  self->groups = g_list_store_new (SAJJA_TYPE_GROUP);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Welfare Fund"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), header);

  gtk_box_append (GTK_BOX (box), sajja_group_picker_new_bar (self->groups, G_CALLBACK (group_selected_cb), self,
                                                             &self->group_dropdown));

  adw_preferences_group_set_title (fund_group, _("The Fund"));
  self->balance_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->balance_row), _("Balance (baht)"));
  gtk_widget_add_css_class (GTK_WIDGET (self->balance_row), "property");
  adw_preferences_group_add (fund_group, GTK_WIDGET (self->balance_row));

  self->rules_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->rules_group, _("Schemes"));

  adw_preferences_group_set_title (scheme_group, _("Scheme Rules"));
  adw_preferences_group_set_description (scheme_group,
                                         _("Set up a scheme, or change its rules from a date. Earlier rules are kept for "
                                           "claims about events before that date."));
  for (guint k = 0; k < SAJJA_N_WELFARE_KINDS; k++)
    gtk_string_list_append (rule_kinds, sajja_welfare_kind_get_title (k));
  self->rule_kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rule_kind_row), _("Scheme"));
  adw_combo_row_set_model (self->rule_kind_row, G_LIST_MODEL (rule_kinds));
  sajja_form_field_init_row (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_KIND], scheme_group,
                             GTK_WIDGET (self->rule_kind_row));
  g_signal_connect_object (self->rule_kind_row, "notify::selected", G_CALLBACK (fill_rules), self, G_CONNECT_SWAPPED);
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_BENEFIT], scheme_group, _("Benefit (baht)"));
  self->per_day_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->per_day_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (per_day_row), _("Paid per night in hospital"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (per_day_row), _("Hospital stays only: the benefit is paid for each night."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (per_day_row), GTK_WIDGET (self->per_day_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (per_day_row), GTK_WIDGET (self->per_day_switch));
  sajja_form_field_init_row (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_PER_DAY], scheme_group, per_day_row);
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CONTRIBUTION], scheme_group,
                         _("Monthly contribution (baht)"));
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_WAITING], scheme_group,
                         _("Months of membership before a claim"));
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CAP], scheme_group,
                         _("Most paid a year (baht, 0 = no limit)"));
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CLAIM_DAYS], scheme_group,
                         _("Days allowed to claim (0 = no limit)"));
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_MIN_AGE], scheme_group,
                         _("Minimum age (years, 0 = any age)"));
  sajja_form_field_init (&self->rule_fields[SAJJA_WELFARE_RULE_FIELD_FROM], scheme_group,
                         _("Rules take effect from (day/month/year)"));
  adw_entry_row_set_input_purpose (self->rule_fields[SAJJA_WELFARE_RULE_FIELD_WAITING].entry, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->rule_fields[SAJJA_WELFARE_RULE_FIELD_CLAIM_DAYS].entry, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->rule_fields[SAJJA_WELFARE_RULE_FIELD_MIN_AGE].entry, GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_halign (save_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (save_button, 12);
  gtk_widget_add_css_class (save_button, "suggested-action");
  g_signal_connect_object (save_button, "clicked", G_CALLBACK (save_rules_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (save_group, save_button);

  self->claims_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->claims_group, _("Claims"));
  adw_preferences_group_set_description (self->claims_group,
                                         _("The committee approves or refuses each claim; approved claims are paid from the fund."));

  adw_preferences_group_set_title (file_group, _("File a Claim"));
  for (guint k = 0; k < SAJJA_N_WELFARE_KINDS; k++)
    gtk_string_list_append (kinds, sajja_welfare_kind_get_title (k));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Welfare"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_preferences_group_add (file_group, GTK_WIDGET (self->kind_row));
  sajja_form_field_init (&self->member, file_group, _("Member number"));
  sajja_form_field_init (&self->event, file_group, _("Date of the event (day/month/year)"));
  sajja_form_field_init (&self->days, file_group, _("Nights in hospital (hospital claims)"));
  adw_entry_row_set_input_purpose (self->member.entry, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->days.entry, GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_halign (file_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (file_button, 12);
  gtk_widget_add_css_class (file_button, "suggested-action");
  g_signal_connect_object (file_button, "clicked", G_CALLBACK (file_clicked_cb), self, G_CONNECT_SWAPPED);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), fund_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->rules_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), scheme_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), save_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->claims_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), file_group);
  {
    AdwPreferencesGroup *button_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

    adw_preferences_group_add (button_group, file_button);
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), button_group);
  }

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-favorite-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Group Chosen"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Register a group first, then its members."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, page, "fund");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  adw_bin_set_child (ADW_BIN (self), box);
  fill_rules (self);
}
