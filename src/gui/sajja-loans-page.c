/* sajja-loans-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <string.h>

#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-group-picker.h"
#include "sajja-group.h"
#include "sajja-loan.h"
#include "sajja-loans-page.h"
#include "sajja-member-edit.h"
#include "sajja-money.h"
#include "sajja-print-loans.h"
#include "sajja-print.h"

struct _SajjaLoansPage
{
  AdwBin parent_instance;

  GtkDropDown *group_dropdown;
  GtkStack *stack;
  AdwActionRow *portfolio_row;
  SajjaFormField day;
  AdwPreferencesGroup *loans_group;
  GPtrArray *loan_rows;
  AdwPreferencesGroup *checks_group;
  GPtrArray *check_rows;
  AdwPreferencesGroup *products_group;
  GPtrArray *product_rows;
  AdwComboRow *product_row;
  GtkStringList *product_names;
  GArray *product_ids;
  SajjaFormField fields[SAJJA_LOAN_N_FIELDS];
  AdwComboRow *method_row;
  AdwComboRow *per_row;
  GtkSwitch *in_kind_switch;
  SajjaFormField product_fields[SAJJA_PRODUCT_N_FIELDS];

  SajjaDb *db;
  GListStore *groups;
  gint64 group_id;
  guint n_loans;
  char *portfolio;
};

G_DEFINE_FINAL_TYPE (SajjaLoansPage, sajja_loans_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (SajjaLoansPage *self,
       const char     *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 8);
  g_signal_emit (self, signals[ADD_TOAST], 0, t);
}

/* The day the page records and reports on (today unless the user typed another), ISO; NULL with
 * the message at the field when it is not a date, or in the future. */
static char *
entry_day (SajjaLoansPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = sajja_date_today_iso ();
  const char *text = self->day.entry != NULL ? sajja_form_field_get_text (&self->day) : "";
  GDate date;
  char *iso;

  sajja_form_field_set_error (&self->day, NULL);
  if (sajja_form_text_is_blank (text))
    return g_steal_pointer (&today);
  if (!sajja_date_parse (text, &date, &error))
    {
      sajja_form_field_set_error (&self->day, error->message);
      toast (self, error->message);
      return NULL;
    }
  iso = sajja_date_to_iso (&date);
  if (strcmp (iso, today) > 0)
    {
      const char *message = _("The day is in the future. Check the year: is it in the Buddhist Era (พ.ศ.)?");

      sajja_form_field_set_error (&self->day, message);
      toast (self, message);
      g_free (iso);
      return NULL;
    }
  return iso;
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

/* ---- printing ------------------------------------------------------------------------------ */

static void
print_doc (SajjaLoansPage    *self,
           SajjaPageDocument *doc,
           GError            *error)
{
  g_autoptr(GError) print_error = NULL;

  if (doc == NULL)
    {
      toast (self, error->message);
      g_error_free (error);
      return;
    }
  if (!sajja_print_run (GTK_WIDGET (self), doc, &print_error))
    toast (self, print_error->message);
  g_object_unref (doc);
}

static gint64
button_loan (GtkWidget *button)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "loan"));
}

static void
print_contract_cb (GtkButton      *button,
                   SajjaLoansPage *self)
{
  GError *error = NULL;
  SajjaPageDocument *doc = sajja_print_loan_contract (self->db, button_loan (GTK_WIDGET (button)), &error);

  print_doc (self, doc, error);
}

static void
print_schedule_cb (GtkButton      *button,
                   SajjaLoansPage *self)
{
  GError *error = NULL;
  SajjaPageDocument *doc = sajja_print_loan_schedule (self->db, button_loan (GTK_WIDGET (button)), &error);

  print_doc (self, doc, error);
}

static void
print_ledger_cb (GtkButton      *button,
                 SajjaLoansPage *self)
{
  GError *error = NULL;
  SajjaPageDocument *doc = sajja_print_loan_ledger (self->db, button_loan (GTK_WIDGET (button)), &error);

  print_doc (self, doc, error);
}

/* The loan register at the end of the page's day. */
static void
print_register_cb (SajjaLoansPage *self)
{
  g_autofree char *day = entry_day (self);
  GError *error = NULL;
  SajjaPageDocument *doc;

  if (day == NULL || self->db == NULL || self->group_id == 0)
    return;
  doc = sajja_print_loan_register (self->db, self->group_id, day, &error);
  print_doc (self, doc, error);
}

static void
print_notices_cb (GtkButton      *button,
                  SajjaLoansPage *self)
{
  g_autofree char *today = entry_day (self);
  g_autoptr(SajjaLoan) loan = today != NULL ? sajja_loan_get (self->db, button_loan (GTK_WIDGET (button)), NULL) : NULL;

  for (guint i = 0; loan != NULL && i < loan->guarantors->len; i++)
    {
      GError *error = NULL;
      gint64 guarantor = g_array_index (loan->guarantors, gint64, i);
      SajjaPageDocument *doc = sajja_print_guarantor_notice (self->db, loan->id, guarantor, today, &error);

      if (doc != NULL)
        sajja_loan_record_notice (self->db, loan->id, guarantor, today, NULL);
      print_doc (self, doc, error);
    }
  sajja_loans_page_reload (self);
}

static void
print_receipt (SajjaLoansPage *self,
               gint64          receipt_id)
{
  GError *error = NULL;
  SajjaPageDocument *doc = sajja_print_loan_receipt (self->db, receipt_id, &error);

  print_doc (self, doc, error);
}

static void
receipt_toast_cb (AdwToast       *t,
                  SajjaLoansPage *self)
{
  print_receipt (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (t), "receipt")));
}

/* ---- what a loan's row offers ------------------------------------------------------------- */

gboolean
sajja_loans_page_approve (SajjaLoansPage *self,
                          gint64          loan_id,
                          const char     *resolution)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = entry_day (self);

  if (today == NULL)
    return FALSE;
  if (!sajja_loan_approve (self->db, loan_id, today, NULL, resolution, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  toast (self, _("Loan approved"));
  sajja_loans_page_reload (self);
  return TRUE;
}

gboolean
sajja_loans_page_disburse (SajjaLoansPage *self,
                           gint64          loan_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = entry_day (self);

  if (today == NULL)
    return FALSE;
  if (!sajja_loan_disburse (self->db, loan_id, today, NULL, NULL, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  toast (self, _("Loan paid out: print the contract for the borrower and guarantors to sign"));
  sajja_loans_page_reload (self);
  return TRUE;
}

gint64
sajja_loans_page_repay (SajjaLoansPage *self,
                        gint64          loan_id,
                        const char     *baht_text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = entry_day (self);
  SajjaLoanAllocation a;
  gint64 amount;

  if (today == NULL)
    return 0;
  if (!sajja_money_parse (baht_text, FALSE, &amount, &error)
      || !sajja_loan_repay (self->db, loan_id, amount, today, NULL, &a, &error))
    {
      toast (self, error->message);
      return 0;
    }
  {
    g_autofree char *fines = sajja_money_format (a.fines);
    g_autofree char *interest = sajja_money_format (a.interest);
    g_autofree char *principal = sajja_money_format (a.principal);
    /* Translators: after a repayment: the receipt number and how it was shared. */
    g_autofree char *message = g_strdup_printf (_("Receipt no. %lld: fines %s, interest %s, principal %s"),
                                                (long long) a.receipt_number, fines, interest, principal);
    AdwToast *t = adw_toast_new (message);

    adw_toast_set_button_label (t, _("_Print Receipt"));
    adw_toast_set_timeout (t, 10);
    g_object_set_data (G_OBJECT (t), "receipt", GSIZE_TO_POINTER (a.receipt_id));
    g_signal_connect_object (t, "button-clicked", G_CALLBACK (receipt_toast_cb), self, 0);
    g_signal_emit (self, signals[ADD_TOAST], 0, t);
  }
  sajja_loans_page_reload (self);
  return a.receipt_id;
}

static void
disburse_cb (GtkButton      *button,
             SajjaLoansPage *self)
{
  sajja_loans_page_disburse (self, button_loan (GTK_WIDGET (button)));
}

static void
repay_cb (GtkButton      *button,
          SajjaLoansPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (button), "entry");

  sajja_loans_page_repay (self, button_loan (GTK_WIDGET (button)), gtk_editable_get_text (entry));
}

static void
payoff_cb (GtkButton      *button,
           SajjaLoansPage *self)
{
  g_autofree char *today = entry_day (self);
  SajjaLoanPosition pos;

  if (today != NULL && sajja_loan_position (self->db, button_loan (GTK_WIDGET (button)), today, &pos, NULL))
    {
      g_autofree char *amount = sajja_money_format (pos.payoff);

      sajja_loans_page_repay (self, button_loan (GTK_WIDGET (button)), amount);
    }
}

/* A question with one entry: approve (resolution), refuse (reason), write off (resolution),
 * reschedule (months). */
typedef enum { ASK_APPROVE, ASK_REFUSE, ASK_WRITE_OFF, ASK_RESCHEDULE } Ask;

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 SajjaLoansPage   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  GtkEditable *resolution = g_object_get_data (G_OBJECT (dialog), "resolution");
  gint64 loan_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "loan"));
  Ask ask = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ask"));
  g_autoptr(GError) error = NULL;
  g_autofree char *today = entry_day (self);
  const char *text = gtk_editable_get_text (entry);
  gboolean ok = TRUE;

  if (!g_str_equal (response, "do") || today == NULL)
    return;

  switch (ask)
    {
    case ASK_APPROVE:
      sajja_loans_page_approve (self, loan_id, text);
      return;
    case ASK_REFUSE:
      ok = sajja_loan_refuse (self->db, loan_id, today, NULL, text, &error);
      break;
    case ASK_WRITE_OFF:
      ok = sajja_loan_write_off (self->db, loan_id, today, text, NULL, &error);
      break;
    case ASK_RESCHEDULE:
      {
        g_autoptr(SajjaLoan) loan = sajja_loan_get (self->db, loan_id, &error);
        g_autofree char *digits = sajja_thai_digits_to_ascii (text);
        g_autofree char *first = sajja_date_add_months (today, 1);
        gint64 months = 0;

        ok = loan != NULL;
        if (ok && !g_ascii_string_to_signed (g_strstrip (digits), 10, 1, 360, &months, NULL))
          {
            g_set_error_literal (&error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE,
                                 _("A loan is repaid in 1 to 360 monthly instalments."));
            ok = FALSE;
          }
        if (ok)
          ok = sajja_loan_reschedule (self->db, loan_id, today, (guint) months, loan->rate, loan->method, first,
                                      gtk_editable_get_text (resolution), &error);
      }
      break;
    default:
      g_return_if_reached ();
    }

  if (!ok)
    toast (self, error->message);
  else
    toast (self, ask == ASK_REFUSE ? _("Loan refused") : ask == ASK_WRITE_OFF ? _("Loan written off")
                                                        : _("New schedule made; the old one is kept"));
  sajja_loans_page_reload (self);
}

static GtkWidget *
dialog_entry (AdwMessageDialog *dialog,
              GtkBox           *box,
              const char       *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (box, entry);
  (void) dialog;
  return entry;
}

static void
ask_cb (GtkButton      *button,
        SajjaLoansPage *self)
{
  Ask ask = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "ask"));
  const char *heading, *body, *action, *placeholder;
  GtkWidget *dialog, *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry, *resolution = NULL;

  switch (ask)
    {
    case ASK_APPROVE:
      heading = _("Approve This Loan?");
      body = _("Every check has passed. Name the committee’s resolution, as in the minutes.");
      action = _("_Approve");
      placeholder = _("Resolution");
      break;
    case ASK_REFUSE:
      heading = _("Refuse This Loan?");
      body = _("Give the committee’s reason: the member is told why.");
      action = _("_Refuse");
      placeholder = _("Reason");
      break;
    case ASK_WRITE_OFF:
      heading = _("Write This Loan Off?");
      body = _("The principal still owed becomes a bad debt. Only a meeting’s resolution may do this: name it.");
      action = _("_Write Off");
      placeholder = _("Resolution");
      break;
    case ASK_RESCHEDULE:
    default:
      heading = _("Reschedule This Loan?");
      body = _("The principal still owed is spread over new monthly instalments from next month; unpaid interest and "
               "fines are carried without interest on them. The old schedule is kept.");
      action = _("_Reschedule");
      placeholder = _("Months");
      break;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  entry = dialog_entry (ADW_MESSAGE_DIALOG (dialog), GTK_BOX (box), placeholder);
  if (ask == ASK_RESCHEDULE)
    resolution = dialog_entry (ADW_MESSAGE_DIALOG (dialog), GTK_BOX (box), _("Resolution"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "do", action, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "do",
                                              ask == ASK_APPROVE ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "loan", g_object_get_data (G_OBJECT (button), "loan"));
  g_object_set_data (G_OBJECT (dialog), "ask", GINT_TO_POINTER (ask));
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "resolution", resolution);
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
loan_button (SajjaLoansPage *self,
             const char     *label,
             gint64          loan_id,
             GCallback       callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "loan", GSIZE_TO_POINTER (loan_id));
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static GtkWidget *
ask_button (SajjaLoansPage *self,
            const char     *label,
            gint64          loan_id,
            Ask             ask)
{
  GtkWidget *button = loan_button (self, label, loan_id, G_CALLBACK (ask_cb));

  g_object_set_data (G_OBJECT (button), "ask", GINT_TO_POINTER (ask));
  return button;
}

static void
add_sub_row (AdwExpanderRow *expander,
             const char     *title,
             const char     *subtitle,
             GtkWidget      *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_expander_row_add_row (expander, row);
}

static void
add_checks_rows (AdwExpanderRow *expander,
                 GPtrArray      *checks)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      SajjaLoanCheck *c = g_ptr_array_index (checks, i);
      GtkWidget *icon = gtk_image_new_from_icon_name (c->passed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, c->passed ? "success" : "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      c->passed ? _("Passed") : _("Fails"), -1);
      add_sub_row (expander, c->title, c->detail, icon);
    }
}

static void
add_loan_row (SajjaLoansPage *self,
              SajjaLoan      *loan,
              const char     *today)
{
  GtkWidget *row = adw_expander_row_new ();
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (row);
  g_autofree char *amount = sajja_money_format (loan->amount);
  g_autofree char *rate = sajja_rate_format (loan->rate);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *state = NULL;
  SajjaLoanPosition pos = { 0, };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  sajja_loan_position (self->db, loan->id, today, &pos, NULL);
  /* Translators: a loan's row: its number, the member's number and name. */
  title = g_strdup_printf (_("No. %lld · %lld %s"), (long long) loan->number, (long long) loan->member_no,
                           loan->member_name);
  if (loan->status == SAJJA_LOAN_ACTIVE && pos.days_overdue > 0)
    {
      g_autofree char *owed = sajja_money_format (pos.outstanding);
      g_autofree char *overdue = sajja_money_format (pos.overdue);

      /* Translators: a loan in arrears: days overdue, the amount overdue and the principal owed. */
      state = g_strdup_printf (_("%d days overdue: %s baht; %s baht owed"), pos.days_overdue, overdue, owed);
      gtk_widget_add_css_class (row, "error");
    }
  else if (loan->status == SAJJA_LOAN_ACTIVE)
    {
      g_autofree char *owed = sajja_money_format (pos.outstanding);

      /* Translators: a loan being repaid on time: the principal owed. */
      state = g_strdup_printf (_("%s baht owed, on time"), owed);
    }
  else
    state = g_strdup (sajja_loan_status_get_title (loan->status));
  /* Translators: a loan's row: product, amount in baht, rate, months, and its state. */
  subtitle = g_strdup_printf (_("%s, %s baht at %s over %u months · %s"), loan->product_name, amount, rate,
                              loan->months, state);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (expander, subtitle);

  switch (loan->status)
    {
    case SAJJA_LOAN_APPLIED:
      {
        g_autoptr(GPtrArray) checks = sajja_loan_check (self->db, loan->id, today, NULL);
        gboolean all = checks != NULL;

        for (guint i = 0; checks != NULL && i < checks->len; i++)
          all &= ((SajjaLoanCheck *) g_ptr_array_index (checks, i))->passed;
        add_checks_rows (expander, checks);
        if (all)
          gtk_box_append (GTK_BOX (box), ask_button (self, _("_Approve…"), loan->id, ASK_APPROVE));
        gtk_box_append (GTK_BOX (box), ask_button (self, _("_Refuse…"), loan->id, ASK_REFUSE));
      }
      break;
    case SAJJA_LOAN_APPROVED:
      gtk_box_append (GTK_BOX (box), loan_button (self, _("Pay _Out"), loan->id, G_CALLBACK (disburse_cb)));
      break;
    case SAJJA_LOAN_ACTIVE:
      {
        g_autofree char *next_day = pos.next_due_on[0] ? sajja_date_format_iso (pos.next_due_on, SAJJA_DATE_STYLE_MEDIUM) : NULL;
        g_autofree char *next_amount = sajja_money_format (pos.next_due_amount);
        g_autofree char *payoff = sajja_money_format (pos.payoff);
        g_autofree char *due = sajja_money_format (pos.due_now);
        g_autofree char *payoff_label = NULL;
        g_autofree char *next_text = next_day != NULL ? g_strdup_printf (_("%s baht on %s"), next_amount, next_day) : NULL;
        GtkWidget *entry = gtk_entry_new ();
        GtkWidget *pay = loan_button (self, _("Re_cord"), loan->id, G_CALLBACK (repay_cb));
        GtkWidget *pay_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

        add_sub_row (expander, _("Next instalment"), next_text != NULL ? next_text : _("None"), NULL);
        /* Translators: what the member owes now: overdue instalments, interest and fines. */
        add_sub_row (expander, _("Due now (baht)"), due, NULL);
        gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Amount (baht)"));
        gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Repayment (baht)"), -1);
        gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
        gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
        g_object_set_data (G_OBJECT (pay), "entry", entry);
        gtk_box_append (GTK_BOX (pay_box), entry);
        gtk_box_append (GTK_BOX (pay_box), pay);
        add_sub_row (expander, _("Repayment"), _("Fines first, then interest, then principal"), pay_box);
        /* Translators: a button: repay the whole loan today, with the amount. */
        payoff_label = g_strdup_printf (_("Pay Off %s"), payoff);
        add_sub_row (expander, _("Repay in full today"),
                     _("The principal, interest and fines due, and the interest of the running month to today"),
                     loan_button (self, payoff_label, loan->id, G_CALLBACK (payoff_cb)));
        if (pos.days_overdue > 0 && loan->guarantors->len > 0)
          {
            g_autofree char *first = sajja_date_format_iso (pos.first_overdue_on, SAJJA_DATE_STYLE_MEDIUM);
            GDate d;
            g_autofree char *by = NULL;

            sajja_date_from_iso (pos.first_overdue_on, &d, NULL);
            g_date_add_days (&d, 60);
            by = sajja_date_format (&d, SAJJA_DATE_STYLE_MEDIUM);
            {
              /* Translators: the guarantor notice: when the default began and the law's deadline. */
              g_autofree char *text = g_strdup_printf (_("Overdue since %s: the guarantors must be told in writing by %s"),
                                                       first, by);

              add_sub_row (expander, _("Guarantor notice"), text,
                           loan_button (self, _("Print _Notices"), loan->id, G_CALLBACK (print_notices_cb)));
            }
          }
        gtk_box_append (GTK_BOX (box), ask_button (self, _("Re_schedule…"), loan->id, ASK_RESCHEDULE));
        gtk_box_append (GTK_BOX (box), ask_button (self, _("_Write Off…"), loan->id, ASK_WRITE_OFF));
      }
      break;
    case SAJJA_LOAN_REFUSED:
      add_sub_row (expander, _("Reason"), loan->resolution, NULL);
      break;
    case SAJJA_LOAN_CLOSED:
    case SAJJA_LOAN_WRITTEN_OFF:
    default:
      break;
    }

  if (loan->status != SAJJA_LOAN_REFUSED)
    {
      gtk_box_append (GTK_BOX (box), loan_button (self, _("_Contract"), loan->id, G_CALLBACK (print_contract_cb)));
      gtk_box_append (GTK_BOX (box), loan_button (self, _("_Schedule"), loan->id, G_CALLBACK (print_schedule_cb)));
    }
  if (loan->disbursed_on != NULL)
    /* Translators: a button: print the borrower's loan account (บัญชีลูกหนี้เงินกู้รายตัว). */
    gtk_box_append (GTK_BOX (box), loan_button (self, _("_Account"), loan->id, G_CALLBACK (print_ledger_cb)));
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_end (box, 12);
  adw_expander_row_add_row (expander, box);

  adw_preferences_group_add (self->loans_group, row);
  g_ptr_array_add (self->loan_rows, row);
}

void
sajja_loans_page_reload (SajjaLoansPage *self)
{
  g_autofree char *typed = entry_day (self);
  g_autofree char *today = typed != NULL ? g_steal_pointer (&typed) : sajja_date_today_iso ();
  g_autoptr(GPtrArray) loans = NULL;
  g_autoptr(GPtrArray) arrears = NULL;
  g_autoptr(GPtrArray) products = NULL;
  SajjaLoanPortfolio portfolio = { 0, };

  g_return_if_fail (SAJJA_IS_LOANS_PAGE (self));

  clear_rows (self->loans_group, self->loan_rows);
  clear_rows (self->products_group, self->product_rows);
  self->n_loans = 0;
  g_clear_pointer (&self->portfolio, g_free);

  if (self->db == NULL || self->group_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "loans");

  arrears = sajja_loan_arrears (self->db, self->group_id, today, &portfolio, NULL);
  {
    g_autofree char *owed = sajja_money_format (portfolio.outstanding);
    g_autofree char *par = sajja_rate_format_bp (portfolio.par30_bp);
    g_autofree char *late = sajja_money_format (portfolio.outstanding_by_aging[SAJJA_AGING_31_60]
                                                + portfolio.outstanding_by_aging[SAJJA_AGING_61_90]
                                                + portfolio.outstanding_by_aging[SAJJA_AGING_OVER_90]);

    /* Translators: the portfolio: loans out, principal owed, loans overdue, principal over 30
     * days overdue and its share (portfolio at risk). */
    self->portfolio = g_strdup_printf (_("%u loans out, %s baht owed; %u overdue; %s baht more than 30 days overdue (%s at risk)"),
                                       portfolio.loans, owed, portfolio.loans_overdue, late, par);
    adw_action_row_set_subtitle (self->portfolio_row, self->portfolio);
  }

  loans = sajja_loan_list (self->db, self->group_id, 0, NULL);
  for (guint i = 0; loans != NULL && i < loans->len; i++)
    add_loan_row (self, g_ptr_array_index (loans, i), today);
  self->n_loans = loans != NULL ? loans->len : 0;
  if (self->n_loans == 0)
    add_row (self->loans_group, self->loan_rows, _("No loans yet"),
             _("File an application below: its checks are shown before it is recorded."));

  /* The products in force today, for the list and the application form. */
  products = sajja_loan_product_list (self->db, self->group_id, today, NULL);
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (self->product_names));

    gtk_string_list_splice (self->product_names, 0, n, NULL);
    g_array_set_size (self->product_ids, 0);
  }
  for (guint i = 0; products != NULL && i < products->len; i++)
    {
      SajjaLoanProduct *p = g_ptr_array_index (products, i);
      g_autofree char *rate = sajja_rate_format (p->rate);
      g_autofree char *ceiling = p->ceiling > 0 ? sajja_money_format (p->ceiling) : NULL;
      /* Translators: a loan product: rate, method, longest term and guarantors. */
      g_autofree char *subtitle = g_strdup_printf (_("%s, %s, up to %u months, %u guarantors%s%s"), rate,
                                                   sajja_loan_method_get_title (p->method), p->max_months, p->guarantors,
                                                   ceiling != NULL ? _(", at most ") : "", ceiling != NULL ? ceiling : "");

      add_row (self->products_group, self->product_rows, p->name, subtitle);
      gtk_string_list_append (self->product_names, p->name);
      g_array_append_val (self->product_ids, p->product_id);
    }
  if (products == NULL || products->len == 0)
    add_row (self->products_group, self->product_rows, _("No loan products yet"),
             _("Set up each kind of loan the by-laws allow, with its rate and rules, below."));
}

/* ---- the application ------------------------------------------------------------------- */

static gboolean
parse_member (SajjaLoansPage *self,
              SajjaFormField *field,
              const char     *text,
              gint64         *out)
{
  g_autofree char *number = sajja_thai_digits_to_ascii (text);
  gint64 member_no = 0;

  *out = 0;
  g_strstrip (number);
  if (g_ascii_string_to_signed (number, 10, 1, 999999, &member_no, NULL))
    *out = sajja_member_find_id_by_number (self->db, self->group_id, (int) member_no);
  if (*out == 0)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not the member number of a member of this group."), text);

      sajja_form_field_set_error (field, message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_count (SajjaFormField *field,
             gint64          min,
             gint64          max,
             gint64         *out)
{
  g_autofree char *text = sajja_thai_digits_to_ascii (sajja_form_field_get_text (field));

  g_strstrip (text);
  *out = 0;
  if (*text == '\0' && min == 0)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, min, max, out, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("Type a whole number from %lld to %lld."), (long long) min,
                                                  (long long) max);

      sajja_form_field_set_error (field, message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_baht (SajjaFormField *field,
            gboolean        required,
            gint64         *out)
{
  g_autoptr(GError) error = NULL;
  const char *text = sajja_form_field_get_text (field);

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

typedef struct
{
  SajjaLoanApplication app;
  GArray *guarantors;
  char *applied_on;
} Form;

static void
form_clear (Form *form)
{
  g_clear_pointer (&form->guarantors, g_array_unref);
  g_clear_pointer (&form->applied_on, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

static gboolean
read_form (SajjaLoansPage *self,
           Form           *form)
{
  gboolean ok = TRUE;
  guint product = adw_combo_row_get_selected (self->product_row);
  gint64 months = 0, quantity = 0;
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < SAJJA_LOAN_N_FIELDS; i++)
    sajja_form_field_set_error (&self->fields[i], NULL);
  if (self->db == NULL || self->group_id == 0)
    return FALSE;

  form->applied_on = entry_day (self);
  if (form->applied_on == NULL)
    return FALSE;
  form->app.applied_on = form->applied_on;
  form->guarantors = g_array_new (FALSE, FALSE, sizeof (gint64));
  ok &= parse_member (self, &self->fields[SAJJA_LOAN_FIELD_MEMBER],
                      sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_MEMBER]), &form->app.member_id);
  if (product == GTK_INVALID_LIST_POSITION || product >= self->product_ids->len)
    {
      sajja_form_field_set_error (&self->fields[SAJJA_LOAN_FIELD_PRODUCT],
                                  _("Set up a loan product first: each loan is of a product the by-laws allow."));
      ok = FALSE;
    }
  else
    form->app.product_id = g_array_index (self->product_ids, gint64, product);
  if (sajja_form_text_is_blank (sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_ITEM])))
    ok &= parse_baht (&self->fields[SAJJA_LOAN_FIELD_AMOUNT], TRUE, &form->app.amount);
  else
    {
      form->app.in_kind_item = sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_ITEM]);
      form->app.in_kind_unit = sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_UNIT]);
      ok &= parse_count (&self->fields[SAJJA_LOAN_FIELD_QUANTITY], 1, 1000000, &quantity);
      ok &= parse_baht (&self->fields[SAJJA_LOAN_FIELD_PRICE], TRUE, &form->app.in_kind_price);
      ok &= parse_baht (&self->fields[SAJJA_LOAN_FIELD_AMOUNT], FALSE, &form->app.amount);
      form->app.in_kind_quantity = quantity;
      if (ok && form->app.amount == 0)
        form->app.amount = quantity * form->app.in_kind_price;
    }
  ok &= parse_count (&self->fields[SAJJA_LOAN_FIELD_MONTHS], 1, 360, &months);
  form->app.months = (guint) months;
  form->app.purpose = sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_PURPOSE]);

  parts = g_strsplit_set (sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_GUARANTORS]), ", ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;

      if (*parts[i] == '\0')
        continue;
      if (!parse_member (self, &self->fields[SAJJA_LOAN_FIELD_GUARANTORS], parts[i], &id))
        {
          ok = FALSE;
          break;
        }
      g_array_append_val (form->guarantors, id);
    }
  form->app.guarantors = (const gint64 *) form->guarantors->data;
  form->app.n_guarantors = form->guarantors->len;
  return ok;
}

/* Shows an error of the core at the field it is about. */
static void
show_refusal (SajjaLoansPage *self,
              const GError   *error)
{
  SajjaLoanField field = SAJJA_LOAN_FIELD_AMOUNT;

  if (g_error_matches (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_NOT_FOUND))
    field = SAJJA_LOAN_FIELD_PRODUCT;
  else if (g_error_matches (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE) && strstr (error->message, "360") != NULL)
    field = SAJJA_LOAN_FIELD_MONTHS;
  else if (g_error_matches (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_VALUE)
           && !sajja_form_text_is_blank (sajja_form_field_get_text (&self->fields[SAJJA_LOAN_FIELD_ITEM])))
    field = SAJJA_LOAN_FIELD_PRICE;
  sajja_form_field_set_error (&self->fields[field], error->message);
}

int
sajja_loans_page_check (SajjaLoansPage *self)
{
  g_auto(Form) form = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gint64 effective = 0;
  int failed = 0;

  g_return_val_if_fail (SAJJA_IS_LOANS_PAGE (self), -1);

  clear_rows (self->checks_group, self->check_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->checks_group), FALSE);
  if (!read_form (self, &form))
    return -1;
  checks = sajja_loan_check_application (self->db, self->group_id, &form.app, &effective, &error);
  if (checks == NULL)
    {
      show_refusal (self, error);
      return -1;
    }
  for (guint i = 0; i < checks->len; i++)
    {
      SajjaLoanCheck *c = g_ptr_array_index (checks, i);
      GtkWidget *row = add_row (self->checks_group, self->check_rows, c->title, c->detail);
      GtkWidget *icon = gtk_image_new_from_icon_name (c->passed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, c->passed ? "success" : "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      c->passed ? _("Passed") : _("Fails"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      failed += c->passed ? 0 : 1;
    }
  {
    g_autofree char *rate = sajja_rate_format_bp (effective);
    /* Translators: above the checks: how many failed and the loan's effective rate. */
    g_autofree char *description = failed == 0
      ? g_strdup_printf (_("Every check passes. The effective rate is %s a year."), rate)
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d check fails: the committee cannot approve the loan until it passes. The effective rate is %s a year.",
                                      "%d checks fail: the committee cannot approve the loan until they pass. The effective rate is %s a year.",
                                      failed), failed, rate);

    adw_preferences_group_set_description (self->checks_group, description);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->checks_group), TRUE);
  return failed;
}

gint64
sajja_loans_page_apply (SajjaLoansPage *self)
{
  g_auto(Form) form = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 loan_id;

  g_return_val_if_fail (SAJJA_IS_LOANS_PAGE (self), 0);

  if (sajja_loans_page_check (self) < 0 || !read_form (self, &form))
    return 0;
  loan_id = sajja_loan_apply (self->db, self->group_id, &form.app, &error);
  if (loan_id == 0)
    {
      show_refusal (self, error);
      return 0;
    }
  for (guint i = 0; i < SAJJA_LOAN_N_FIELDS; i++)
    if (i != SAJJA_LOAN_FIELD_PRODUCT)
      sajja_form_field_set_text (&self->fields[i], "");
  toast (self, _("Application recorded for the loan committee"));
  sajja_loans_page_reload (self);
  return loan_id;
}

/* ---- products ------------------------------------------------------------------------------ */

static gboolean
parse_percent (SajjaFormField *field,
               gint64         *out)
{
  g_autoptr(GError) error = NULL;

  *out = 0;
  if (sajja_form_text_is_blank (sajja_form_field_get_text (field)))
    return TRUE;
  if (!sajja_rate_parse_bp (sajja_form_field_get_text (field), out, &error))
    {
      sajja_form_field_set_error (field, error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sajja_loans_page_save_product (SajjaLoansPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  SajjaLoanProduct p = { 0, };
  gint64 months = 0, percent = 0, guarantors = 0, limit = 0, member_months = 0, grace = 0;
  gboolean ok = TRUE;
  GDate date;

  g_return_val_if_fail (SAJJA_IS_LOANS_PAGE (self), FALSE);

  for (guint i = 0; i < SAJJA_PRODUCT_N_FIELDS; i++)
    sajja_form_field_set_error (&self->product_fields[i], NULL);
  if (self->db == NULL || self->group_id == 0)
    return FALSE;

  if (sajja_form_text_is_blank (sajja_form_field_get_text (&self->product_fields[SAJJA_PRODUCT_FIELD_NAME])))
    {
      sajja_form_field_set_error (&self->product_fields[SAJJA_PRODUCT_FIELD_NAME], _("A loan product needs a name."));
      ok = FALSE;
    }
  if (sajja_form_text_is_blank (sajja_form_field_get_text (&self->product_fields[SAJJA_PRODUCT_FIELD_RATE])))
    {
      sajja_form_field_set_error (&self->product_fields[SAJJA_PRODUCT_FIELD_RATE],
                                  _("Type the rate as a percentage, such as 1 or 1.25."));
      ok = FALSE;
    }
  else
    ok &= parse_percent (&self->product_fields[SAJJA_PRODUCT_FIELD_RATE], &p.rate.bp);
  ok &= parse_count (&self->product_fields[SAJJA_PRODUCT_FIELD_MONTHS], 1, 360, &months);
  ok &= parse_baht (&self->product_fields[SAJJA_PRODUCT_FIELD_CEILING], FALSE, &p.ceiling);
  ok &= parse_count (&self->product_fields[SAJJA_PRODUCT_FIELD_SAVINGS_PERCENT], 0, 10000, &percent);
  ok &= parse_count (&self->product_fields[SAJJA_PRODUCT_FIELD_GUARANTORS], 0, 10, &guarantors);
  ok &= parse_count (&self->product_fields[SAJJA_PRODUCT_FIELD_GUARANTOR_LIMIT], 0, 100, &limit);
  ok &= parse_count (&self->product_fields[SAJJA_PRODUCT_FIELD_MEMBER_MONTHS], 0, 1200, &member_months);
  ok &= parse_percent (&self->product_fields[SAJJA_PRODUCT_FIELD_FINE], &p.late_fine_bp);
  ok &= parse_count (&self->product_fields[SAJJA_PRODUCT_FIELD_GRACE], 0, 365, &grace);
  if (!sajja_date_parse (sajja_form_field_get_text (&self->product_fields[SAJJA_PRODUCT_FIELD_FROM]), &date, &error))
    {
      sajja_form_field_set_error (&self->product_fields[SAJJA_PRODUCT_FIELD_FROM], error->message);
      g_clear_error (&error);
      ok = FALSE;
    }
  else
    iso = sajja_date_to_iso (&date);
  if (!ok)
    return FALSE;

  p.name = (char *) sajja_form_field_get_text (&self->product_fields[SAJJA_PRODUCT_FIELD_NAME]);
  p.effective_from = iso;
  p.max_months = (guint) months;
  p.rate.per = adw_combo_row_get_selected (self->per_row) == 1 ? SAJJA_RATE_PER_YEAR : SAJJA_RATE_PER_MONTH;
  p.method = MIN (adw_combo_row_get_selected (self->method_row), SAJJA_N_LOAN_METHODS - 1);
  p.ceiling_savings_percent = (guint) percent;
  p.guarantors = (guint) guarantors;
  p.guarantor_max_loans = (guint) limit;
  p.min_member_months = (guint) member_months;
  p.grace_days = (guint) grace;
  p.in_kind = gtk_switch_get_active (self->in_kind_switch);
  /* The same name saves a new version of that product's rules. */
  for (guint i = 0; i < self->product_ids->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->product_names, i), g_strstrip ((char *) p.name)) == 0)
      p.product_id = g_array_index (self->product_ids, gint64, i);

  if (sajja_loan_product_save (self->db, self->group_id, &p, &error) == 0)
    {
      SajjaProductField field = g_error_matches (error, SAJJA_LOAN_ERROR, SAJJA_LOAN_ERROR_USURY)
                                  ? SAJJA_PRODUCT_FIELD_RATE : SAJJA_PRODUCT_FIELD_NAME;

      sajja_form_field_set_error (&self->product_fields[field], error->message);
      return FALSE;
    }
  {
    g_autofree char *shown = sajja_date_format_iso (iso, SAJJA_DATE_STYLE_MEDIUM);
    /* Translators: %s is a date. */
    g_autofree char *message = g_strdup_printf (_("Loan product saved, in force from %s."), shown);

    toast (self, message);
  }
  sajja_loans_page_reload (self);
  return TRUE;
}

/* ---- accessors ---------------------------------------------------------------------------- */

GtkEditable *
sajja_loans_page_get_field (SajjaLoansPage *self,
                            SajjaLoanField  field)
{
  g_return_val_if_fail (field < SAJJA_LOAN_N_FIELDS, NULL);
  return self->fields[field].entry != NULL ? GTK_EDITABLE (self->fields[field].entry) : NULL;
}

AdwComboRow *
sajja_loans_page_get_product_row (SajjaLoansPage *self)
{
  return self->product_row;
}

const char *
sajja_loans_page_get_error (SajjaLoansPage *self,
                            SajjaLoanField  field)
{
  g_return_val_if_fail (field < SAJJA_LOAN_N_FIELDS, NULL);
  return sajja_form_field_get_error (&self->fields[field]);
}

GtkEditable *
sajja_loans_page_get_product_field (SajjaLoansPage    *self,
                                    SajjaProductField  field)
{
  g_return_val_if_fail (field < SAJJA_PRODUCT_N_FIELDS, NULL);
  return GTK_EDITABLE (self->product_fields[field].entry);
}

const char *
sajja_loans_page_get_product_error (SajjaLoansPage    *self,
                                    SajjaProductField  field)
{
  g_return_val_if_fail (field < SAJJA_PRODUCT_N_FIELDS, NULL);
  return sajja_form_field_get_error (&self->product_fields[field]);
}

GtkEditable *
sajja_loans_page_get_day_field (SajjaLoansPage *self)
{
  return GTK_EDITABLE (self->day.entry);
}

const char *
sajja_loans_page_get_day_error (SajjaLoansPage *self)
{
  return sajja_form_field_get_error (&self->day);
}

guint
sajja_loans_page_get_n_loans (SajjaLoansPage *self)
{
  return self->n_loans;
}

const char *
sajja_loans_page_get_portfolio (SajjaLoansPage *self)
{
  return self->portfolio;
}

void
sajja_loans_page_set_group (SajjaLoansPage *self,
                            gint64          group_id)
{
  g_return_if_fail (SAJJA_IS_LOANS_PAGE (self));

  self->group_id = group_id;
  sajja_loans_page_reload (self);
  sajja_group_picker_select (self->group_dropdown, group_id);
}

gint64
sajja_loans_page_get_group (SajjaLoansPage *self)
{
  g_return_val_if_fail (SAJJA_IS_LOANS_PAGE (self), 0);
  return self->group_id;
}

static void
group_selected_cb (SajjaLoansPage *self)
{
  gint64 group_id = sajja_group_picker_get (self->group_dropdown);

  if (group_id != 0 && group_id != self->group_id)
    sajja_loans_page_set_group (self, group_id);
}

void
sajja_loans_page_set_db (SajjaLoansPage *self,
                         SajjaDb        *db)
{
  g_return_if_fail (SAJJA_IS_LOANS_PAGE (self));

  g_set_object (&self->db, db);
  sajja_loans_page_set_group (self, sajja_group_picker_fill (self->groups, db));
}

static void
check_clicked_cb (SajjaLoansPage *self)
{
  sajja_loans_page_check (self);
}

static void
apply_clicked_cb (SajjaLoansPage *self)
{
  sajja_loans_page_apply (self);
}

static void
save_product_clicked_cb (SajjaLoansPage *self)
{
  sajja_loans_page_save_product (self);
}

static void
sajja_loans_page_dispose (GObject *object)
{
  SajjaLoansPage *self = (SajjaLoansPage *)object;

  g_clear_object (&self->db);
  g_clear_object (&self->groups);
  g_clear_pointer (&self->loan_rows, g_ptr_array_unref);
  g_clear_pointer (&self->check_rows, g_ptr_array_unref);
  g_clear_pointer (&self->product_rows, g_ptr_array_unref);
  g_clear_pointer (&self->product_ids, g_array_unref);
  g_clear_pointer (&self->portfolio, g_free);

  G_OBJECT_CLASS (sajja_loans_page_parent_class)->dispose (object);
}

static void
sajja_loans_page_class_init (SajjaLoansPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sajja_loans_page_dispose;

  /**
   * SajjaLoansPage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static GtkWidget *
action_button (const char *label,
               gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static void
sajja_loans_page_init (SajjaLoansPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *empty = adw_status_page_new ();
  AdwPreferencesGroup *portfolio_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *apply_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *apply_buttons = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *kind_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *product_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *product_buttons = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *check_button = action_button (_("C_heck"), FALSE);
  GtkWidget *apply_button = action_button (_("_File the Application"), TRUE);
  GtkWidget *save_button = action_button (_("_Save the Product"), TRUE);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *in_kind_row = adw_action_row_new ();
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) pers = gtk_string_list_new (NULL);

  self->loan_rows = g_ptr_array_new ();
  self->check_rows = g_ptr_array_new ();
  self->product_rows = g_ptr_array_new ();
  self->product_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->groups = g_list_store_new (SAJJA_TYPE_GROUP);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Loans"), NULL));
  gtk_box_append (GTK_BOX (box), header);

  gtk_box_append (GTK_BOX (box), sajja_group_picker_new_bar (self->groups, G_CALLBACK (group_selected_cb), self,
                                                             &self->group_dropdown));

  /* The portfolio and the loans. */
  adw_preferences_group_set_title (portfolio_group, _("Portfolio"));
  adw_preferences_group_set_description (portfolio_group,
                                         _("Figures at the end of the day below; entries are recorded on that day too. "
                                           "Type another day to enter records late or to see arrears as they stood."));
  self->portfolio_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->portfolio_row), _("Loans out"));
  gtk_widget_add_css_class (GTK_WIDGET (self->portfolio_row), "property");
  adw_preferences_group_add (portfolio_group, GTK_WIDGET (self->portfolio_row));
  {
    /* Translators: a button: print the loan register (ทะเบียนคุมเงินกู้) at the end of the page's day. */
    GtkWidget *print_register = gtk_button_new_with_mnemonic (_("Print Re_gister"));

    gtk_widget_set_valign (print_register, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (print_register,
                                 _("Every loan with its figures at the end of the day below, and the arrears by how long overdue"));
    g_signal_connect_object (print_register, "clicked", G_CALLBACK (print_register_cb), self, G_CONNECT_SWAPPED);
    adw_action_row_add_suffix (self->portfolio_row, print_register);
  }
  sajja_form_field_init (&self->day, portfolio_group, _("Day of the entries and figures (day/month/year)"));
  {
    g_autofree char *today = sajja_date_today_iso ();
    g_autofree char *shown = sajja_date_format_iso (today, SAJJA_DATE_STYLE_SHORT);

    sajja_form_field_set_text (&self->day, shown);
  }
  g_signal_connect_object (self->day.entry, "entry-activated", G_CALLBACK (sajja_loans_page_reload), self,
                           G_CONNECT_SWAPPED);
  adw_entry_row_set_show_apply_button (self->day.entry, TRUE);
  g_signal_connect_object (self->day.entry, "apply", G_CALLBACK (sajja_loans_page_reload), self, G_CONNECT_SWAPPED);
  self->loans_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->loans_group, _("Loans"));
  adw_preferences_group_set_description (self->loans_group,
                                         _("Open a loan to see its checks, repay it, print its contract, schedule and account."));

  /* The application, checked before it is filed. */
  adw_preferences_group_set_title (apply_group, _("New Application"));
  adw_preferences_group_set_description (apply_group,
                                         _("Check shows each rule of the product, the member’s record and the law, one by one. "
                                           "The application is then filed for the loan committee."));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_MEMBER], apply_group, _("Borrower’s member number"));
  self->product_names = gtk_string_list_new (NULL);
  self->product_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->product_row), _("Loan product"));
  adw_combo_row_set_model (self->product_row, G_LIST_MODEL (self->product_names));
  g_object_unref (self->product_names);  /* the combo row holds it */
  sajja_form_field_init_row (&self->fields[SAJJA_LOAN_FIELD_PRODUCT], apply_group, GTK_WIDGET (self->product_row));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_AMOUNT], apply_group, _("Amount (baht)"));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_MONTHS], apply_group, _("Months to repay"));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_PURPOSE], apply_group, _("Purpose"));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_GUARANTORS], apply_group,
                         _("Guarantors’ member numbers (such as 12, 15)"));
  adw_entry_row_set_input_purpose (self->fields[SAJJA_LOAN_FIELD_MEMBER].entry, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->fields[SAJJA_LOAN_FIELD_MONTHS].entry, GTK_INPUT_PURPOSE_DIGITS);

  adw_preferences_group_set_title (kind_group, _("A Loan in Kind"));
  adw_preferences_group_set_description (kind_group,
                                         _("For fertiliser, seed or rice lent as goods: the loan is the goods’ worth, repaid in money."));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_ITEM], kind_group, _("Goods"));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_QUANTITY], kind_group, _("Quantity"));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_UNIT], kind_group, _("Unit (sack, kilogram…)"));
  sajja_form_field_init (&self->fields[SAJJA_LOAN_FIELD_PRICE], kind_group, _("Price a unit (baht)"));

  self->checks_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->checks_group, _("Checks"));
  gtk_widget_set_visible (GTK_WIDGET (self->checks_group), FALSE);
  g_signal_connect_object (check_button, "clicked", G_CALLBACK (check_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (apply_button, "clicked", G_CALLBACK (apply_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), check_button);
  gtk_box_append (GTK_BOX (buttons), apply_button);
  adw_preferences_group_add (apply_buttons, buttons);

  /* The products. */
  self->products_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->products_group, _("Loan Products"));
  adw_preferences_group_set_title (product_group, _("Product Rules"));
  adw_preferences_group_set_description (product_group,
                                         /* xgettext:no-c-format */ _("Set up a product, or change its rules from a date by saving the same name. A rate "
                                           "above 15% a year, fees and fines included, is refused by law."));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_NAME], product_group, _("Name (such as สามัญ)"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_RATE], product_group, /* xgettext:no-c-format */ _("Interest rate (%)"));
  for (guint i = 0; i < 2; i++)
    gtk_string_list_append (pers, i == 0 ? _("A month") : _("A year"));
  self->per_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->per_row), _("The rate is"));
  adw_combo_row_set_model (self->per_row, G_LIST_MODEL (pers));
  adw_preferences_group_add (product_group, GTK_WIDGET (self->per_row));
  for (SajjaLoanMethod m = 0; m < SAJJA_N_LOAN_METHODS; m++)
    gtk_string_list_append (methods, sajja_loan_method_get_title (m));
  self->method_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->method_row), _("Repayment method"));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (methods));
  adw_preferences_group_add (product_group, GTK_WIDGET (self->method_row));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_MONTHS], product_group, _("Longest term (months)"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_CEILING], product_group,
                         _("Ceiling (baht, blank = none)"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_SAVINGS_PERCENT], product_group,
                         /* xgettext:no-c-format */ _("At most this % of the member’s savings (300 = 3 times; blank = no limit)"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_GUARANTORS], product_group, _("Guarantors needed"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_GUARANTOR_LIMIT], product_group,
                         _("Loans one member may guarantee (blank = no limit)"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_MEMBER_MONTHS], product_group,
                         _("Months of membership before a first loan"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_FINE], product_group,
                         /* xgettext:no-c-format */ _("Late fine (% a year on the overdue instalment)"));
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_GRACE], product_group, _("Grace days before the fine"));
  self->in_kind_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->in_kind_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (in_kind_row), _("Lent in kind"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (in_kind_row), _("Fertiliser, seed or rice valued at a price"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (in_kind_row), GTK_WIDGET (self->in_kind_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (in_kind_row), GTK_WIDGET (self->in_kind_switch));
  adw_preferences_group_add (product_group, in_kind_row);
  sajja_form_field_init (&self->product_fields[SAJJA_PRODUCT_FIELD_FROM], product_group,
                         _("Rules take effect from (day/month/year)"));
  {
    g_autofree char *today = sajja_date_today_iso ();
    g_autofree char *shown = sajja_date_format_iso (today, SAJJA_DATE_STYLE_SHORT);

    sajja_form_field_set_text (&self->product_fields[SAJJA_PRODUCT_FIELD_FROM], shown);
  }
  g_signal_connect_object (save_button, "clicked", G_CALLBACK (save_product_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (product_buttons, save_button);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), portfolio_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->loans_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), apply_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), kind_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), apply_buttons);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->checks_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->products_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), product_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), product_buttons);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Group Chosen"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Register a group first, then its members."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, page, "loans");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  adw_bin_set_child (ADW_BIN (self), box);
}
