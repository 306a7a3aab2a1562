/* sajja-member-editor.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <string.h>
#include <time.h>

#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-member-edit.h"
#include "sajja-loan.h"
#include "sajja-member-editor.h"
#include "sajja-member-entries.h"
#include "sajja-print-savings.h"
#include "sajja-print.h"
#include "sajja-money.h"
#include "sajja-settlement.h"
#include "sajja-thai-id.h"

typedef enum
{
  KIND_TEXT,
  KIND_DATE,
  KIND_NUMBER,
  KIND_MONEY,
  KIND_PERCENT,
} FieldKind;

typedef enum
{
  GROUP_PERSON,
  GROUP_MEMBERSHIP,
  GROUP_OCCUPATIONS,
  GROUP_FAMILY,
  GROUP_CONSENT,
} FieldGroup;

static const struct
{
  const char *title;
  FieldGroup group;
  FieldKind kind;
} fields[SAJJA_MEMBER_N_FIELDS] = {
  [SAJJA_MEMBER_FIELD_MEMBER_NO] = { N_("Member number (empty: the next free one)"), GROUP_PERSON, KIND_NUMBER },
  [SAJJA_MEMBER_FIELD_TITLE] = { N_("Title (นาย, นาง, นางสาว)"), GROUP_PERSON, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_GIVEN_NAME] = { N_("Given name"), GROUP_PERSON, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_SURNAME] = { N_("Surname"), GROUP_PERSON, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_NATIONAL_ID] = { N_("National ID number"), GROUP_PERSON, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_BIRTH_DATE] = { N_("Birth date (day/month/year)"), GROUP_PERSON, KIND_DATE },
  [SAJJA_MEMBER_FIELD_PHONE] = { N_("Phone"), GROUP_PERSON, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_ADDRESS] = { N_("Address"), GROUP_PERSON, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_JOIN_DATE] = { N_("Joined (day/month/year)"), GROUP_MEMBERSHIP, KIND_DATE },
  [SAJJA_MEMBER_FIELD_SHARES] = { N_("Pledged shares a month"), GROUP_MEMBERSHIP, KIND_NUMBER },
  [SAJJA_MEMBER_FIELD_SHARES_FROM] = { N_("Pledge from (day/month/year)"), GROUP_MEMBERSHIP, KIND_DATE },
  [SAJJA_MEMBER_FIELD_STATUS_DATE] = { N_("Membership ended on (day/month/year)"), GROUP_MEMBERSHIP, KIND_DATE },
  [SAJJA_MEMBER_FIELD_STATUS_REASON] = { N_("Reason"), GROUP_MEMBERSHIP, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_OCCUPATION_1] = { N_("Main occupation"), GROUP_OCCUPATIONS, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_INCOME_1] = { N_("Its income a month (baht)"), GROUP_OCCUPATIONS, KIND_MONEY },
  [SAJJA_MEMBER_FIELD_OCCUPATION_2] = { N_("Second occupation"), GROUP_OCCUPATIONS, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_INCOME_2] = { N_("Its income a month (baht)"), GROUP_OCCUPATIONS, KIND_MONEY },
  [SAJJA_MEMBER_FIELD_SPOUSE_NAME] = { N_("Spouse’s name"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_SPOUSE_NO] = { N_("Spouse’s member number, if a member"), GROUP_FAMILY, KIND_NUMBER },
  [SAJJA_MEMBER_FIELD_BENEFICIARY_1] = { N_("First beneficiary"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_RELATION_1] = { N_("Relationship"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_PERCENT_1] = { N_("Share (%)"), GROUP_FAMILY, KIND_PERCENT },
  [SAJJA_MEMBER_FIELD_BENEFICIARY_2] = { N_("Second beneficiary"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_RELATION_2] = { N_("Relationship"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_PERCENT_2] = { N_("Share (%)"), GROUP_FAMILY, KIND_PERCENT },
  [SAJJA_MEMBER_FIELD_BENEFICIARY_3] = { N_("Third beneficiary"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_RELATION_3] = { N_("Relationship"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_PERCENT_3] = { N_("Share (%)"), GROUP_FAMILY, KIND_PERCENT },
  [SAJJA_MEMBER_FIELD_WITNESS_1] = { N_("First witness"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_WITNESS_2] = { N_("Second witness"), GROUP_FAMILY, KIND_TEXT },
  [SAJJA_MEMBER_FIELD_CONSENT_DATE] = { N_("Consent given on (day/month/year)"), GROUP_CONSENT, KIND_DATE },
  [SAJJA_MEMBER_FIELD_CONSENT_SCOPE] = { N_("What the data may be used for"), GROUP_CONSENT, KIND_TEXT },
};

struct _SajjaMemberEditor
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *consent_group;
  GtkButton *delete_button;
  GtkLabel *facts;
  AdwPreferencesGroup *family_group;
  GtkLabel *form_error;
  GtkLabel *heading;
  AdwPreferencesGroup *membership_group;
  AdwPreferencesGroup *money_group;
  SajjaMemberEntries *entries;
  AdwPreferencesGroup *occupations_group;
  AdwPreferencesGroup *person_group;
  GtkButton *print_button;
  GtkButton *withdraw_button;
  AdwPreferencesGroup *withdraw_group;

  /* Built in init */
  SajjaFormField money[SAJJA_MONEY_N_FIELDS];
  GtkLabel *balances[SAJJA_N_ACCOUNTS];
  GPtrArray *loan_rows;   /* the member's loans and the loans the member guarantees */
  AdwActionRow *withdraw_row;
  AdwActionRow *leave_row;

  /* The "Leave the Group" window, built when first shown, hidden on close */
  GtkWindow *leave_window;
  GtkLabel *settlement_labels[4];  /* pledge, special, debts, payout */
  AdwComboRow *leave_status_row;
  GtkLabel *leave_error;
  SajjaFormField form[SAJJA_MEMBER_N_FIELDS];
  AdwComboRow *gender_row;
  AdwComboRow *status_row;

  /* Owned references */
  SajjaDb *db;
  SajjaMember *member;  /* the copy being edited */
  SajjaMember *before;  /* as it was loaded, for undo; NULL for a new member */
  gint64 share_mark;
  gint64 group_id;
};

G_DEFINE_FINAL_TYPE (SajjaMemberEditor, sajja_member_editor, ADW_TYPE_BIN)

enum {
  SAVED,
  DELETED,
  CANCELLED,
  PRINT,
  SETTLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (SajjaMemberEditor *self)
{
  for (guint i = 0; i < SAJJA_MEMBER_N_FIELDS; i++)
    sajja_form_field_set_error (&self->form[i], NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), FALSE);
}

static void
set_error (SajjaMemberEditor *self,
           SajjaMemberField   field,
           const char        *message)
{
  sajja_form_field_set_error (&self->form[field], message);
}

static const char *
text (SajjaMemberEditor *self,
      SajjaMemberField   field)
{
  return sajja_form_field_get_text (&self->form[field]);
}

static void
put (SajjaMemberEditor *self,
     SajjaMemberField   field,
     const char        *value)
{
  sajja_form_field_set_text (&self->form[field], value);
}

static void
put_date (SajjaMemberEditor *self,
          SajjaMemberField   field,
          const char        *iso)
{
  g_autofree char *shown = sajja_date_format_iso (iso, SAJJA_DATE_STYLE_SHORT);

  put (self, field, shown);
}

static void
put_number (SajjaMemberEditor *self,
            SajjaMemberField   field,
            gint64             value)
{
  g_autofree char *shown = value > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;

  put (self, field, shown);
}

static void
put_money (SajjaMemberEditor *self,
           SajjaMemberField   field,
           gint64             satang)
{
  g_autofree char *shown = sajja_money_format (satang);

  put (self, field, shown);
}

static void
update_facts (SajjaMemberEditor *self)
{
  g_autoptr(GString) facts = g_string_new (NULL);
  g_auto(GStrv) others = NULL;
  int age = sajja_member_get_age (self->member, NULL);

  if (age >= 0)
    /* Translators: a member's age in years. */
    g_string_append_printf (facts, _("Age %d"), age);

  others = sajja_member_dup_other_groups (self->db, sajja_member_get_national_id (self->member),
                                          self->group_id);
  if (others != NULL && others[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", others);

      if (facts->len > 0)
        g_string_append (facts, " · ");
      /* Translators: %s lists other groups in which the same person (same national ID) is a member. */
      g_string_append_printf (facts, _("Also a member of %s"), list);
    }

  gtk_label_set_label (self->facts, facts->str);
  gtk_widget_set_visible (GTK_WIDGET (self->facts), facts->len > 0);
}

/* ---- money: balances, withdrawals, leaving ------------------------------------------------ */

static char *
today_shown (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return sajja_date_format (&today, SAJJA_DATE_STYLE_SHORT);
}

static void
set_money_error (SajjaMemberEditor *self,
                 SajjaMoneyField    field,
                 const char        *message)
{
  sajja_form_field_set_error (&self->money[field], message);
  if (message != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->money[field].entry));
}

/* Reads a money date field into ISO; blank or a typing mistake marks the field. */
static char *
read_money_date (SajjaMemberEditor *self,
                 SajjaMoneyField    field)
{
  g_autoptr(GError) error = NULL;
  const char *typed = sajja_form_field_get_text (&self->money[field]);
  GDate date;

  if (sajja_form_text_is_blank (typed))
    {
      set_money_error (self, field, _("Give the day, such as 21/11/2569."));
      return NULL;
    }
  if (!sajja_date_parse (typed, &date, &error))
    {
      set_money_error (self, field, error->message);
      return NULL;
    }

  return sajja_date_to_iso (&date);
}

static void update_money (SajjaMemberEditor *self);

static void
add_loan_row (SajjaMemberEditor *self,
              SajjaLoan         *loan,
              const char        *today,
              gboolean           guaranteed)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *amount = sajja_money_format (loan->amount);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  SajjaLoanPosition pos = { 0, };

  sajja_loan_position (self->db, loan->id, today, &pos, NULL);
  if (guaranteed)
    /* Translators: on a member's page: a loan the member guarantees, its number and borrower. */
    title = g_strdup_printf (_("Guarantees loan no. %lld of %s"), (long long) loan->number, loan->member_name);
  else
    /* Translators: on a member's page: the member's loan, its number and product. */
    title = g_strdup_printf (_("Loan no. %lld, %s"), (long long) loan->number, loan->product_name);
  if (loan->status == SAJJA_LOAN_ACTIVE)
    {
      g_autofree char *owed = sajja_money_format (pos.outstanding);

      subtitle = pos.days_overdue > 0
        /* Translators: a loan on a member's page: amount, principal owed, days overdue. */
        ? g_strdup_printf (_("%s baht; %s baht owed, %d days overdue"), amount, owed, pos.days_overdue)
        /* Translators: a loan on a member's page: amount and principal owed. */
        : g_strdup_printf (_("%s baht; %s baht owed"), amount, owed);
    }
  else
    /* Translators: a loan on a member's page: amount and status. */
    subtitle = g_strdup_printf (_("%s baht, %s"), amount, sajja_loan_status_get_title (loan->status));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (pos.days_overdue > 0)
    gtk_widget_add_css_class (row, "error");
  adw_preferences_group_add (self->money_group, row);
  g_ptr_array_add (self->loan_rows, row);
}

static void
update_loans (SajjaMemberEditor *self,
              gint64             member_id)
{
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) guaranteed = NULL;
  g_autofree char *today = sajja_date_today_iso ();

  for (guint i = 0; i < self->loan_rows->len; i++)
    adw_preferences_group_remove (self->money_group, g_ptr_array_index (self->loan_rows, i));
  g_ptr_array_set_size (self->loan_rows, 0);
  if (member_id == 0 || self->db == NULL)
    return;

  own = sajja_loan_list (self->db, 0, member_id, NULL);
  guaranteed = sajja_loan_list_guaranteed (self->db, member_id, NULL);
  for (guint i = 0; own != NULL && i < own->len; i++)
    add_loan_row (self, g_ptr_array_index (own, i), today, FALSE);
  for (guint i = 0; guaranteed != NULL && i < guaranteed->len; i++)
    add_loan_row (self, g_ptr_array_index (guaranteed, i), today, TRUE);
}

char *
sajja_member_editor_describe_loans (SajjaMemberEditor *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->loan_rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->loan_rows, i);

      g_string_append_printf (out, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (row));
    }
  return g_string_free (out, FALSE);
}

static void
entries_changed_cb (SajjaMemberEditor *self)
{
  /* A reversal changed the balances. */
  update_money (self);
}

static void update_loans (SajjaMemberEditor *self, gint64 member_id);

static void
update_money (SajjaMemberEditor *self)
{
  gboolean shown = self->before != NULL && sajja_member_get_id (self->before) != 0;
  gboolean active = shown && sajja_member_get_status (self->before) == SAJJA_MEMBER_ACTIVE;

  gtk_widget_set_visible (GTK_WIDGET (self->money_group), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->entries), shown);
  sajja_member_entries_set_member (self->entries, self->db, shown ? sajja_member_get_id (self->before) : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->withdraw_row), active);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_row), active);
  if (!active)
    gtk_widget_set_visible (GTK_WIDGET (self->withdraw_group), FALSE);
  update_loans (self, shown ? sajja_member_get_id (self->before) : 0);
  if (!shown)
    return;

  for (SajjaAccount a = SAJJA_ACCOUNT_PLEDGE; a < SAJJA_N_ACCOUNTS; a++)
    if (self->balances[a] != NULL)
      {
        g_autofree char *amount = sajja_money_format (sajja_ledger_balance (self->db, self->group_id,
                                                                            sajja_member_get_id (self->before), a));

        gtk_label_set_label (self->balances[a], amount);
      }

  if (active)
    adw_preferences_group_set_description (self->money_group, NULL);
  else
    {
      g_autofree char *day = sajja_date_format_iso (sajja_member_get_status_date (self->before),
                                                    SAJJA_DATE_STYLE_MEDIUM);
      g_autofree char *note = g_strdup_printf (
        /* Translators: %s is a status such as "Resigned", %s a date. */
        _("%s on %s: the member’s savings were paid out when they left."),
        sajja_member_status_get_title (sajja_member_get_status (self->before)), day != NULL ? day : "");

      adw_preferences_group_set_description (self->money_group, note);
    }
}

/* Scrolls the form so that @widget shows at the top, once laid out. */
static gboolean
scroll_to_idle (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  double x, y;

  if (scroller == NULL)
    return G_SOURCE_REMOVE;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || !gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y))
    return G_SOURCE_REMOVE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, y);

  return G_SOURCE_REMOVE;
}

static void
scroll_to (SajjaMemberEditor *self,
           GtkWidget         *widget)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_to_idle, g_object_ref (widget), g_object_unref);
}

static void
money_changed_cb (SajjaMemberEditor *self,
                  GtkEditable       *entry)
{
  for (guint i = 0; i < SAJJA_MONEY_N_FIELDS; i++)
    if (self->money[i].entry != NULL && GTK_EDITABLE (self->money[i].entry) == entry)
      sajja_form_field_set_error (&self->money[i], NULL);
}

static void
reset_money_fields (SajjaMemberEditor *self)
{
  g_autofree char *today = today_shown ();

  sajja_form_field_set_text (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT], NULL);
  sajja_form_field_set_text (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_DATE], today);
  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT], NULL);
  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_DATE], NULL);
  adw_preferences_group_set_description (self->withdraw_group, NULL);
}

static void
add_toast (SajjaMemberEditor *self,
           const char        *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

const char *
sajja_member_editor_get_balance (SajjaMemberEditor *self,
                                 SajjaAccount       account)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);
  g_return_val_if_fail (account < SAJJA_N_ACCOUNTS && self->balances[account] != NULL, NULL);

  return gtk_label_get_label (self->balances[account]);
}

GtkEditable *
sajja_member_editor_get_money_field (SajjaMemberEditor *self,
                                     SajjaMoneyField    field)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAJJA_MONEY_N_FIELDS, NULL);

  if (self->money[field].entry == NULL)
    return NULL;
  return GTK_EDITABLE (self->money[field].entry);
}

const char *
sajja_member_editor_get_money_error (SajjaMemberEditor *self,
                                     SajjaMoneyField    field)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAJJA_MONEY_N_FIELDS, NULL);

  if (self->money[field].error_row == NULL)
    return NULL;
  return sajja_form_field_get_error (&self->money[field]);
}

void
sajja_member_editor_show_withdraw (SajjaMemberEditor *self)
{
  g_return_if_fail (SAJJA_IS_MEMBER_EDITOR (self));

  if (self->before == NULL || sajja_member_get_status (self->before) != SAJJA_MEMBER_ACTIVE)
    return;

  reset_money_fields (self);
  gtk_widget_set_visible (GTK_WIDGET (self->withdraw_group), TRUE);
  scroll_to (self, GTK_WIDGET (self->money_group));
  gtk_widget_grab_focus (GTK_WIDGET (self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT].entry));
}

gint64
sajja_member_editor_withdraw (SajjaMemberEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  const char *typed;
  gint64 amount, number;

  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), 0);

  if (self->before == NULL)
    return 0;

  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT], NULL);
  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_DATE], NULL);

  typed = sajja_form_field_get_text (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT]);
  if (sajja_form_text_is_blank (typed))
    {
      set_money_error (self, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT, _("Give the amount to withdraw, in baht."));
      return 0;
    }
  if (!sajja_money_parse (typed, FALSE, &amount, &error))
    {
      set_money_error (self, SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT, error->message);
      return 0;
    }
  iso = read_money_date (self, SAJJA_MONEY_FIELD_WITHDRAW_DATE);
  if (iso == NULL)
    return 0;

  number = sajja_special_withdraw (self->db, sajja_member_get_id (self->before), amount, iso,
                                   g_get_real_name (), &error);
  if (number == 0)
    {
      gboolean at_date = g_error_matches (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE)
                         || g_error_matches (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED);

      set_money_error (self, at_date ? SAJJA_MONEY_FIELD_WITHDRAW_DATE : SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT,
                       error->message);
      return 0;
    }

  {
    g_autofree char *shown = sajja_money_format (amount);
    g_autofree char *message = g_strdup_printf (
      /* Translators: %s is an amount of baht, %lld a receipt number. */
      _("Withdrew %s baht: receipt number %lld."), shown, (long long) number);

    update_money (self);
    sajja_form_field_set_text (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT], NULL);
    adw_preferences_group_set_description (self->withdraw_group, message);
    add_toast (self, message);
    scroll_to (self, GTK_WIDGET (self->money_group));
  }

  return number;
}

static void
withdraw_clicked_cb (SajjaMemberEditor *self)
{
  sajja_member_editor_withdraw (self);
}

static void
withdraw_row_activated_cb (SajjaMemberEditor *self)
{
  sajja_member_editor_show_withdraw (self);
}

static void
leave_clicked_cb (SajjaMemberEditor *self)
{
  sajja_member_editor_leave (self);
}

static GtkLabel *
add_amount_row (AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);

  return GTK_LABEL (label);
}

static void
build_leave_window (SajjaMemberEditor *self)
{
  const char *statuses[3];
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *window, *box, *header, *cancel, *leave, *content, *group, *details, *label;
  GtkShortcutController *shortcuts;

  for (guint i = 0; i < 3; i++)
    statuses[i] = sajja_member_status_get_title (SAJJA_MEMBER_RESIGNED + i);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Leave the Group"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 460, -1);
  self->leave_window = GTK_WINDOW (window);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  leave = gtk_button_new_with_mnemonic (_("_Pay Out and Leave"));
  gtk_widget_add_css_class (leave, "destructive-action");
  g_signal_connect_object (leave, "clicked", G_CALLBACK (leave_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), leave);
  gtk_box_append (GTK_BOX (box), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_box_append (GTK_BOX (box), content);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Settlement"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The member is paid their pledged savings and special deposits, less "
                                           "what they owe the group, with one receipt. Amounts in baht."));
  gtk_box_append (GTK_BOX (content), group);
  self->settlement_labels[0] = add_amount_row (ADW_PREFERENCES_GROUP (group), _("Pledged savings"), NULL);
  self->settlement_labels[1] = add_amount_row (ADW_PREFERENCES_GROUP (group), _("Special deposits"), NULL);
  self->settlement_labels[2] = add_amount_row (ADW_PREFERENCES_GROUP (group), _("Less debts"),
                                               _("Loans and interest owed to the group"));
  self->settlement_labels[3] = add_amount_row (ADW_PREFERENCES_GROUP (group), _("Payout"), NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->settlement_labels[3]), "heading");

  details = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (details), _("Leaving"));
  gtk_box_append (GTK_BOX (content), details);
  for (guint i = 0; i < 3; i++)
    gtk_string_list_append (model, statuses[i]);
  self->leave_status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->leave_status_row), _("Reason for leaving"));
  adw_combo_row_set_model (self->leave_status_row, G_LIST_MODEL (model));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (details), GTK_WIDGET (self->leave_status_row));
  sajja_form_field_init (&self->money[SAJJA_MONEY_FIELD_LEAVE_DATE], ADW_PREFERENCES_GROUP (details),
                         _("Date of leaving and payout"));
  sajja_form_field_init (&self->money[SAJJA_MONEY_FIELD_LEAVE_REASON], ADW_PREFERENCES_GROUP (details),
                         _("Note"));
  for (guint i = SAJJA_MONEY_FIELD_LEAVE_DATE; i <= SAJJA_MONEY_FIELD_LEAVE_REASON; i++)
    g_signal_connect_object (self->money[i].entry, "changed", G_CALLBACK (money_changed_cb), self,
                             G_CONNECT_SWAPPED);

  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  gtk_box_append (GTK_BOX (content), label);
  self->leave_error = GTK_LABEL (label);

  adw_window_set_content (ADW_WINDOW (window), box);
}

GtkWindow *
sajja_member_editor_show_leave (SajjaMemberEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = today_shown ();
  SajjaSettlement s = { 0, 0, 0, 0 };
  const gint64 *amounts[] = { &s.pledge, &s.special, &s.debts, &s.payout };

  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);

  if (self->before == NULL || sajja_member_get_status (self->before) != SAJJA_MEMBER_ACTIVE)
    return NULL;

  if (self->leave_window == NULL)
    build_leave_window (self);
  gtk_window_set_transient_for (self->leave_window, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));

  if (!sajja_settlement_compute (self->db, sajja_member_get_id (self->before), &s, &error))
    g_warning ("Could not compute the settlement: %s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *shown = sajja_money_format (*amounts[i]);

      gtk_label_set_label (self->settlement_labels[i], shown);
    }

  adw_combo_row_set_selected (self->leave_status_row, 0);
  sajja_form_field_set_text (&self->money[SAJJA_MONEY_FIELD_LEAVE_DATE], today);
  sajja_form_field_set_text (&self->money[SAJJA_MONEY_FIELD_LEAVE_REASON], NULL);
  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_LEAVE_DATE], NULL);
  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_LEAVE_REASON], NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_error), FALSE);

  gtk_window_present (self->leave_window);
  gtk_widget_grab_focus (GTK_WIDGET (self->leave_status_row));

  return self->leave_window;
}

AdwComboRow *
sajja_member_editor_get_leave_status_row (SajjaMemberEditor *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);

  return self->leave_status_row;
}

gboolean
sajja_member_editor_leave (SajjaMemberEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaMember) member = NULL;
  g_autoptr(SajjaMember) saved = NULL;
  g_autofree char *iso = NULL;
  SajjaMemberStatus status;
  guint selected;

  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), FALSE);

  if (self->leave_window == NULL || self->before == NULL)
    return FALSE;

  sajja_form_field_set_error (&self->money[SAJJA_MONEY_FIELD_LEAVE_DATE], NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->leave_error), FALSE);

  iso = read_money_date (self, SAJJA_MONEY_FIELD_LEAVE_DATE);
  if (iso == NULL)
    return FALSE;

  selected = adw_combo_row_get_selected (self->leave_status_row);
  status = SAJJA_MEMBER_RESIGNED + MIN (selected, 2u);

  /* Leave from the member as saved, not from unsaved edits in the form. */
  member = sajja_member_copy (self->before);
  if (!sajja_settlement_pay (self->db, member, status, iso,
                             sajja_form_field_get_text (&self->money[SAJJA_MONEY_FIELD_LEAVE_REASON]),
                             g_get_real_name (), &error))
    {
      if (g_error_matches (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_DATE)
          || g_error_matches (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED))
        set_money_error (self, SAJJA_MONEY_FIELD_LEAVE_DATE, error->message);
      else
        {
          gtk_label_set_label (self->leave_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->leave_error), TRUE);
        }
      return FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->leave_window), FALSE);
  saved = sajja_member_find_by_id (self->db, sajja_member_get_id (member), NULL);
  sajja_member_editor_edit (self, self->db, self->group_id, saved != NULL ? saved : member);
  /* Show the new status, with the money section right after it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
  {
    g_autofree char *name = sajja_member_dup_full_name (member);
    g_autofree char *message = g_strdup_printf (
      /* Translators: %s is a member's name. */
      _("%s has left the group and been paid out."), name);

    add_toast (self, message);
  }
  g_signal_emit (self, signals[SETTLED], 0, saved != NULL ? saved : member);

  return TRUE;
}

static void
statement_row_activated_cb (SajjaMemberEditor *self)
{
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (self->before == NULL)
    return;

  doc = sajja_print_statement (self->db, sajja_member_get_id (self->before), &error);
  if (doc == NULL || !sajja_print_run (GTK_WIDGET (self), doc, &error))
    {
      gtk_label_set_label (self->form_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
    }
}

static void
leave_row_activated_cb (SajjaMemberEditor *self)
{
  sajja_member_editor_show_leave (self);
}

void
sajja_member_editor_edit (SajjaMemberEditor *self,
                          SajjaDb           *db,
                          gint64             group_id,
                          SajjaMember       *member)
{
  GPtrArray *occupations, *beneficiaries;

  g_return_if_fail (SAJJA_IS_MEMBER_EDITOR (self));
  g_return_if_fail (SAJJA_IS_DB (db));

  g_set_object (&self->db, db);
  g_clear_object (&self->member);
  g_clear_object (&self->before);
  self->group_id = group_id;

  if (member != NULL)
    {
      self->member = sajja_member_copy (member);
      self->before = sajja_member_copy (member);
      self->share_mark = sajja_member_share_mark (db, sajja_member_get_id (member));
    }
  else
    {
      self->member = sajja_member_new (group_id);
      self->share_mark = 0;
    }

  if (member != NULL)
    {
      g_autofree char *name = sajja_member_dup_full_name (member);
      /* Translators: the heading of the form: a member's number and name. */
      g_autofree char *heading = g_strdup_printf (_("Member %d: %s"), sajja_member_get_member_no (member), name);

      gtk_label_set_label (self->heading, heading);
    }
  else
    gtk_label_set_label (self->heading, _("New Member"));

  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), member != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->print_button), member != NULL);

  put_number (self, SAJJA_MEMBER_FIELD_MEMBER_NO, sajja_member_get_member_no (self->member));
  put (self, SAJJA_MEMBER_FIELD_TITLE, sajja_member_get_title (self->member));
  put (self, SAJJA_MEMBER_FIELD_GIVEN_NAME, sajja_member_get_given_name (self->member));
  put (self, SAJJA_MEMBER_FIELD_SURNAME, sajja_member_get_surname (self->member));
  {
    const char *id = sajja_member_get_national_id (self->member);
    g_autofree char *shown = id != NULL && strlen (id) == 13 ? sajja_thai_id_format (id) : g_strdup (id);

    put (self, SAJJA_MEMBER_FIELD_NATIONAL_ID, shown);
  }
  put_date (self, SAJJA_MEMBER_FIELD_BIRTH_DATE, sajja_member_get_birth_date (self->member));
  put (self, SAJJA_MEMBER_FIELD_PHONE, sajja_member_get_phone (self->member));
  put (self, SAJJA_MEMBER_FIELD_ADDRESS, sajja_member_get_address (self->member));
  put_date (self, SAJJA_MEMBER_FIELD_JOIN_DATE, sajja_member_get_join_date (self->member));
  put_number (self, SAJJA_MEMBER_FIELD_SHARES, sajja_member_get_shares (self->member));
  put_date (self, SAJJA_MEMBER_FIELD_SHARES_FROM, sajja_member_get_shares_from (self->member));
  put_date (self, SAJJA_MEMBER_FIELD_STATUS_DATE, sajja_member_get_status_date (self->member));
  put (self, SAJJA_MEMBER_FIELD_STATUS_REASON, sajja_member_get_status_reason (self->member));

  occupations = sajja_member_get_occupations (self->member);
  for (guint i = 0; i < 2; i++)
    {
      SajjaOccupation *o = i < occupations->len ? g_ptr_array_index (occupations, i) : NULL;
      SajjaMemberField name_field = i == 0 ? SAJJA_MEMBER_FIELD_OCCUPATION_1 : SAJJA_MEMBER_FIELD_OCCUPATION_2;
      SajjaMemberField income_field = i == 0 ? SAJJA_MEMBER_FIELD_INCOME_1 : SAJJA_MEMBER_FIELD_INCOME_2;

      put (self, name_field, o != NULL ? o->occupation : NULL);
      if (o != NULL)
        put_money (self, income_field, o->monthly_income);
      else
        put (self, income_field, NULL);
    }

  put (self, SAJJA_MEMBER_FIELD_SPOUSE_NAME, sajja_member_get_spouse_name (self->member));
  put (self, SAJJA_MEMBER_FIELD_SPOUSE_NO, NULL);
  if (sajja_member_get_spouse_id (self->member) != 0)
    {
      g_autoptr(SajjaMember) spouse = sajja_member_find_by_id (db, sajja_member_get_spouse_id (self->member), NULL);

      if (spouse != NULL)
        put_number (self, SAJJA_MEMBER_FIELD_SPOUSE_NO, sajja_member_get_member_no (spouse));
    }

  beneficiaries = sajja_member_get_beneficiaries (self->member);
  for (guint i = 0; i < 3; i++)
    {
      SajjaBeneficiary *b = i < beneficiaries->len ? g_ptr_array_index (beneficiaries, i) : NULL;
      SajjaMemberField base = SAJJA_MEMBER_FIELD_BENEFICIARY_1 + 3 * i;

      put (self, base, b != NULL ? b->name : NULL);
      put (self, base + 1, b != NULL ? b->relationship : NULL);
      if (b != NULL)
        put_money (self, base + 2, b->share_bp);
      else
        put (self, base + 2, NULL);
    }
  put (self, SAJJA_MEMBER_FIELD_WITNESS_1, sajja_member_get_witness (self->member, 0));
  put (self, SAJJA_MEMBER_FIELD_WITNESS_2, sajja_member_get_witness (self->member, 1));
  put_date (self, SAJJA_MEMBER_FIELD_CONSENT_DATE, sajja_member_get_consent_date (self->member));
  put (self, SAJJA_MEMBER_FIELD_CONSENT_SCOPE, sajja_member_get_consent_scope (self->member));

  adw_combo_row_set_selected (self->gender_row, sajja_member_get_gender (self->member));
  adw_combo_row_set_selected (self->status_row, sajja_member_get_status (self->member));

  update_facts (self);
  clear_errors (self);
  gtk_widget_set_visible (GTK_WIDGET (self->withdraw_group), FALSE);
  reset_money_fields (self);
  update_money (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->form[SAJJA_MEMBER_FIELD_GIVEN_NAME].entry));
}

/* Reads a date field: empty gives NULL; a typing mistake marks the field. */
static gboolean
read_date (SajjaMemberEditor  *self,
           SajjaMemberField    field,
           char              **out_iso)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  *out_iso = NULL;
  if (sajja_form_text_is_blank (text (self, field)))
    return TRUE;

  if (!sajja_date_parse (text (self, field), &date, &error))
    {
      set_error (self, field, error->message);
      return FALSE;
    }

  *out_iso = sajja_date_to_iso (&date);
  return TRUE;
}

static gboolean
read_number (SajjaMemberEditor *self,
             SajjaMemberField   field,
             int               *out)
{
  g_autofree char *ascii = sajja_thai_digits_to_ascii (text (self, field));
  gint64 n = 0;

  g_strstrip (ascii);
  if (*ascii != '\0' && !g_ascii_string_to_signed (ascii, 10, 0, 999999, &n, NULL))
    {
      set_error (self, field, _("Type a whole number, for example 12."));
      return FALSE;
    }

  *out = (int) n;
  return TRUE;
}

/* Money and percentages (to two places) share the parser: 33.34% is 3334 basis points. */
static gboolean
read_amount (SajjaMemberEditor *self,
             SajjaMemberField   field,
             gint64            *out)
{
  g_autoptr(GError) error = NULL;

  *out = 0;
  if (sajja_form_text_is_blank (text (self, field)))
    return TRUE;

  if (!sajja_money_parse (text (self, field), FALSE, out, &error))
    {
      set_error (self, field, error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_form (SajjaMemberEditor *self)
{
  g_autofree char *birth = NULL, *join = NULL, *shares_from = NULL, *status_date = NULL, *consent = NULL;
  GPtrArray *occupations = sajja_member_get_occupations (self->member);
  GPtrArray *beneficiaries = sajja_member_get_beneficiaries (self->member);
  SajjaMemberStatus status = adw_combo_row_get_selected (self->status_row);
  gboolean ok = TRUE;
  int member_no = 0, shares = 0, spouse_no = 0;
  gint64 spouse_id = 0;

  ok &= read_number (self, SAJJA_MEMBER_FIELD_MEMBER_NO, &member_no);
  ok &= read_date (self, SAJJA_MEMBER_FIELD_BIRTH_DATE, &birth);
  ok &= read_date (self, SAJJA_MEMBER_FIELD_JOIN_DATE, &join);
  ok &= read_number (self, SAJJA_MEMBER_FIELD_SHARES, &shares);
  ok &= read_date (self, SAJJA_MEMBER_FIELD_SHARES_FROM, &shares_from);
  ok &= read_date (self, SAJJA_MEMBER_FIELD_STATUS_DATE, &status_date);
  ok &= read_date (self, SAJJA_MEMBER_FIELD_CONSENT_DATE, &consent);
  ok &= read_number (self, SAJJA_MEMBER_FIELD_SPOUSE_NO, &spouse_no);

  if (spouse_no > 0)
    {
      spouse_id = sajja_member_find_id_by_number (self->db, self->group_id, spouse_no);
      if (spouse_id == 0)
        {
          set_error (self, SAJJA_MEMBER_FIELD_SPOUSE_NO,
                     _("There is no member with that number in this group. Leave it empty if the spouse is not a member."));
          ok = FALSE;
        }
    }

  g_ptr_array_set_size (occupations, 0);
  for (guint i = 0; i < 2; i++)
    {
      SajjaMemberField name_field = i == 0 ? SAJJA_MEMBER_FIELD_OCCUPATION_1 : SAJJA_MEMBER_FIELD_OCCUPATION_2;
      SajjaMemberField income_field = i == 0 ? SAJJA_MEMBER_FIELD_INCOME_1 : SAJJA_MEMBER_FIELD_INCOME_2;
      gint64 income = 0;

      ok &= read_amount (self, income_field, &income);
      if (!sajja_form_text_is_blank (text (self, name_field)))
        g_ptr_array_add (occupations, sajja_occupation_new (text (self, name_field), income));
      else if (income > 0)
        {
          set_error (self, name_field, _("Name the occupation this income comes from."));
          ok = FALSE;
        }
    }

  g_ptr_array_set_size (beneficiaries, 0);
  for (guint i = 0; i < 3; i++)
    {
      SajjaMemberField base = SAJJA_MEMBER_FIELD_BENEFICIARY_1 + 3 * i;
      gint64 bp = 0;

      ok &= read_amount (self, base + 2, &bp);
      if (!sajja_form_text_is_blank (text (self, base)))
        g_ptr_array_add (beneficiaries, sajja_beneficiary_new (text (self, base), NULL, text (self, base + 1),
                                                               (int) MIN (bp, 100000)));
      else if (bp > 0)
        {
          set_error (self, base, _("Name the beneficiary who receives this share."));
          ok = FALSE;
        }
    }

  sajja_member_set_member_no (self->member, member_no);
  sajja_member_set_title (self->member, text (self, SAJJA_MEMBER_FIELD_TITLE));
  sajja_member_set_given_name (self->member, text (self, SAJJA_MEMBER_FIELD_GIVEN_NAME));
  sajja_member_set_surname (self->member, text (self, SAJJA_MEMBER_FIELD_SURNAME));
  sajja_member_set_national_id (self->member, text (self, SAJJA_MEMBER_FIELD_NATIONAL_ID));
  sajja_member_set_birth_date (self->member, birth);
  sajja_member_set_gender (self->member, adw_combo_row_get_selected (self->gender_row));
  sajja_member_set_phone (self->member, text (self, SAJJA_MEMBER_FIELD_PHONE));
  sajja_member_set_address (self->member, text (self, SAJJA_MEMBER_FIELD_ADDRESS));
  sajja_member_set_join_date (self->member, join);
  sajja_member_set_status (self->member, status, status_date, text (self, SAJJA_MEMBER_FIELD_STATUS_REASON));
  sajja_member_set_spouse (self->member, spouse_id, text (self, SAJJA_MEMBER_FIELD_SPOUSE_NAME));
  sajja_member_set_witness (self->member, 0, text (self, SAJJA_MEMBER_FIELD_WITNESS_1));
  sajja_member_set_witness (self->member, 1, text (self, SAJJA_MEMBER_FIELD_WITNESS_2));
  sajja_member_set_consent (self->member, consent, text (self, SAJJA_MEMBER_FIELD_CONSENT_SCOPE));

  /* A changed pledge is a new dated row; without a date it counts from today (or from joining,
   * for a new member). */
  if (shares != sajja_member_get_shares (self->member)
      || g_strcmp0 (shares_from, sajja_member_get_shares_from (self->member)) != 0)
    {
      /* A new number under the old date is a change from today, not a rewrite of history. */
      if (self->before != NULL && shares != sajja_member_get_shares (self->before)
          && (shares_from == NULL || g_strcmp0 (shares_from, sajja_member_get_shares_from (self->before)) == 0))
        {
          g_clear_pointer (&shares_from, g_free);
          GDate today;

          g_date_clear (&today, 1);
          g_date_set_time_t (&today, time (NULL));
          shares_from = sajja_date_to_iso (&today);
        }
      sajja_member_set_shares (self->member, shares, shares_from != NULL ? shares_from : join);
    }

  return ok;
}

static SajjaMemberField
field_for_error (const GError *error)
{
  switch (error->code)
    {
    case SAJJA_MEMBER_ERROR_MEMBER_NO: return SAJJA_MEMBER_FIELD_MEMBER_NO;
    case SAJJA_MEMBER_ERROR_GIVEN_NAME: return SAJJA_MEMBER_FIELD_GIVEN_NAME;
    case SAJJA_MEMBER_ERROR_SURNAME: return SAJJA_MEMBER_FIELD_SURNAME;
    case SAJJA_MEMBER_ERROR_NATIONAL_ID: return SAJJA_MEMBER_FIELD_NATIONAL_ID;
    case SAJJA_MEMBER_ERROR_BIRTH_DATE: return SAJJA_MEMBER_FIELD_BIRTH_DATE;
    case SAJJA_MEMBER_ERROR_JOIN_DATE: return SAJJA_MEMBER_FIELD_JOIN_DATE;
    case SAJJA_MEMBER_ERROR_STATUS: return SAJJA_MEMBER_FIELD_STATUS_DATE;
    case SAJJA_MEMBER_ERROR_SHARES: return SAJJA_MEMBER_FIELD_SHARES;
    case SAJJA_MEMBER_ERROR_BENEFICIARIES: return SAJJA_MEMBER_FIELD_PERCENT_1;
    case SAJJA_MEMBER_ERROR_WITNESSES: return SAJJA_MEMBER_FIELD_WITNESS_1;
    case SAJJA_MEMBER_ERROR_OCCUPATIONS: return SAJJA_MEMBER_FIELD_OCCUPATION_1;
    case SAJJA_MEMBER_ERROR_PHONE: return SAJJA_MEMBER_FIELD_PHONE;
    case SAJJA_MEMBER_ERROR_CONSENT: return SAJJA_MEMBER_FIELD_CONSENT_SCOPE;
    case SAJJA_MEMBER_ERROR_SPOUSE:
    default:
      return SAJJA_MEMBER_FIELD_SPOUSE_NO;
    }
}

gboolean
sajja_member_editor_save (SajjaMemberEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), FALSE);
  g_return_val_if_fail (self->member != NULL, FALSE);

  clear_errors (self);

  if (!read_form (self))
    return FALSE;

  if (!sajja_member_save (self->member, self->db, &error))
    {
      if (error->domain == SAJJA_MEMBER_ERROR)
        {
          SajjaMemberField field = field_for_error (error);

          set_error (self, field, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->form[field].entry));
        }
      else
        {
          gtk_label_set_label (self->form_error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
        }
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, self->member, self->before, self->share_mark);

  return TRUE;
}

GtkEditable *
sajja_member_editor_get_field (SajjaMemberEditor *self,
                               SajjaMemberField   field)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAJJA_MEMBER_N_FIELDS, NULL);

  return GTK_EDITABLE (self->form[field].entry);
}

const char *
sajja_member_editor_get_field_error (SajjaMemberEditor *self,
                                     SajjaMemberField   field)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);
  g_return_val_if_fail (field < SAJJA_MEMBER_N_FIELDS, NULL);

  return sajja_form_field_get_error (&self->form[field]);
}

AdwComboRow *
sajja_member_editor_get_status_row (SajjaMemberEditor *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);

  return self->status_row;
}

AdwComboRow *
sajja_member_editor_get_gender_row (SajjaMemberEditor *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_EDITOR (self), NULL);

  return self->gender_row;
}

static void
save_clicked_cb (SajjaMemberEditor *self)
{
  sajja_member_editor_save (self);
}

static void
cancel_clicked_cb (SajjaMemberEditor *self)
{
  g_signal_emit (self, signals[CANCELLED], 0);
}

static void
print_clicked_cb (SajjaMemberEditor *self)
{
  if (self->before != NULL)
    g_signal_emit (self, signals[PRINT], 0, self->before);
}

static void
delete_response_cb (SajjaMemberEditor *self,
                    const char        *response)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->before == NULL)
    return;

  if (!sajja_member_delete (self->db, self->before, &error))
    {
      gtk_label_set_label (self->form_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
      return;
    }

  g_signal_emit (self, signals[DELETED], 0, self->before);
}

static void
delete_clicked_cb (SajjaMemberEditor *self)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->before == NULL)
    return;

  name = sajja_member_dup_full_name (self->before);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Delete This Member?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is a member's name. */
                                  _("Only for a member entered by mistake: %s and their pledges and beneficiaries "
                                    "are removed. A member who leaves the group keeps their record: set their "
                                    "status to resigned, deceased or expelled instead."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
entry_changed_cb (SajjaMemberEditor *self,
                  GtkEditable       *entry)
{
  for (guint i = 0; i < SAJJA_MEMBER_N_FIELDS; i++)
    if (GTK_EDITABLE (self->form[i].entry) == entry)
      sajja_form_field_set_error (&self->form[i], NULL);
}

static void
sajja_member_editor_dispose (GObject *object)
{
  SajjaMemberEditor *self = (SajjaMemberEditor *)object;

  if (self->leave_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->leave_window));
  gtk_widget_dispose_template (GTK_WIDGET (self), SAJJA_TYPE_MEMBER_EDITOR);
  g_clear_object (&self->member);
  g_clear_object (&self->before);
  g_clear_object (&self->db);
  g_clear_pointer (&self->loan_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_member_editor_parent_class)->dispose (object);
}

static void
sajja_member_editor_class_init (SajjaMemberEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_member_editor_dispose;

  /**
   * SajjaMemberEditor::saved:
   * @member: the member as saved
   * @before: (nullable): the member as it was before, for undo; %NULL for a new member
   * @share_mark: the pledge-history mark taken before the edit
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 3, SAJJA_TYPE_MEMBER, SAJJA_TYPE_MEMBER, G_TYPE_INT64);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, SAJJA_TYPE_MEMBER);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                     NULL, G_TYPE_NONE, 0);
  /**
   * SajjaMemberEditor::print:
   * @member: the member whose application to print
   */
  signals[PRINT] = g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, SAJJA_TYPE_MEMBER);

  /**
   * SajjaMemberEditor::settled:
   * @member: the member as saved after leaving the group and being paid out
   */
  signals[SETTLED] = g_signal_new ("settled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, SAJJA_TYPE_MEMBER);

  g_type_ensure (SAJJA_TYPE_MEMBER_ENTRIES);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-member-editor.ui");
  gtk_widget_class_bind_template_callback (widget_class, entries_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, consent_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, facts);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, family_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, form_error);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, membership_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, entries);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, money_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, occupations_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, person_group);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, print_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaMemberEditor, withdraw_group);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, withdraw_clicked_cb);
}

static AdwComboRow *
add_combo (AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *choices,
           guint                n_choices)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < n_choices; i++)
    gtk_string_list_append (model, choices[i]);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (group, row);

  return ADW_COMBO_ROW (row);
}

static void
sajja_member_editor_init (SajjaMemberEditor *self)
{
  AdwPreferencesGroup *groups[] = { NULL, NULL, NULL, NULL, NULL };
  const char *genders[4], *statuses[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  groups[GROUP_PERSON] = self->person_group;
  groups[GROUP_MEMBERSHIP] = self->membership_group;
  groups[GROUP_OCCUPATIONS] = self->occupations_group;
  groups[GROUP_FAMILY] = self->family_group;
  groups[GROUP_CONSENT] = self->consent_group;

  for (guint i = 0; i < 4; i++)
    {
      genders[i] = sajja_gender_get_title (i);
      statuses[i] = sajja_member_status_get_title (i);
    }

  for (guint i = 0; i < SAJJA_MEMBER_N_FIELDS; i++)
    {
      SajjaFormField *f = &self->form[i];

      sajja_form_field_init (f, groups[fields[i].group], _(fields[i].title));
      g_signal_connect_object (f->entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (f->entry, "entry-activated", G_CALLBACK (save_clicked_cb), self, G_CONNECT_SWAPPED);
      if (fields[i].kind == KIND_NUMBER)
        adw_entry_row_set_input_purpose (f->entry, GTK_INPUT_PURPOSE_DIGITS);
      else if (fields[i].kind == KIND_MONEY || fields[i].kind == KIND_PERCENT)
        adw_entry_row_set_input_purpose (f->entry, GTK_INPUT_PURPOSE_NUMBER);

      /* The choices sit right after the fields they belong with. */
      if (i == SAJJA_MEMBER_FIELD_BIRTH_DATE)
        self->gender_row = add_combo (self->person_group, _("Gender"), genders, 4);
      else if (i == SAJJA_MEMBER_FIELD_SHARES_FROM)
        self->status_row = add_combo (self->membership_group, _("Status"), statuses, 4);
    }

  /* Money: balances, a withdrawal of special deposits, and leaving the group. */
  self->loan_rows = g_ptr_array_new ();
  self->balances[SAJJA_ACCOUNT_PLEDGE] = add_amount_row (self->money_group, _("Pledged savings"), NULL);
  self->balances[SAJJA_ACCOUNT_SPECIAL] = add_amount_row (self->money_group, _("Special deposits"), NULL);
  self->balances[SAJJA_ACCOUNT_FINES] = add_amount_row (self->money_group, _("Fines paid"), NULL);
  {
    GtkWidget *row = adw_action_row_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Withdraw…"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Pay out part of the special deposits"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    g_signal_connect_object (row, "activated", G_CALLBACK (withdraw_row_activated_cb), self, G_CONNECT_SWAPPED);
    adw_preferences_group_add (self->money_group, row);
    self->withdraw_row = ADW_ACTION_ROW (row);

    row = adw_action_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Leave the Group…"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Resigned, deceased or expelled: pay out the savings"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    g_signal_connect_object (row, "activated", G_CALLBACK (leave_row_activated_cb), self, G_CONNECT_SWAPPED);
    adw_preferences_group_add (self->money_group, row);
    self->leave_row = ADW_ACTION_ROW (row);

    /* The passbook: every entry with the running balances, for the member to keep. */
    row = adw_action_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Print the Statement…"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Every entry with the running balances"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-print-symbolic"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    g_signal_connect_object (row, "activated", G_CALLBACK (statement_row_activated_cb), self, G_CONNECT_SWAPPED);
    adw_preferences_group_add (self->money_group, row);
  }
  sajja_form_field_init (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT], self->withdraw_group,
                         _("Amount (baht)"));
  adw_entry_row_set_input_purpose (self->money[SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT].entry, GTK_INPUT_PURPOSE_NUMBER);
  sajja_form_field_init (&self->money[SAJJA_MONEY_FIELD_WITHDRAW_DATE], self->withdraw_group, _("Date paid"));
  for (guint i = SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT; i <= SAJJA_MONEY_FIELD_WITHDRAW_DATE; i++)
    {
      g_signal_connect_object (self->money[i].entry, "entry-activated", G_CALLBACK (withdraw_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->money[i].entry, "changed", G_CALLBACK (money_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}
