/* sajja-bank-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <time.h>

#include "sajja-bank-page.h"
#include "sajja-print-savings.h"
#include "sajja-print.h"
#include "sajja-date.h"
#include "sajja-form.h"
#include "sajja-group-picker.h"
#include "sajja-group.h"
#include "sajja-money.h"

struct _SajjaBankPage
{
  AdwBin parent_instance;

  /* Built in init */
  GtkDropDown *group_dropdown;
  GtkStack *stack;
  AdwComboRow *account_combo;
  AdwActionRow *account_row;
  AdwActionRow *book_row;
  AdwActionRow *cash_row;
  AdwPreferencesGroup *reconcile_group;
  AdwActionRow *rec_book_row;
  AdwActionRow *rec_statement_row;
  AdwActionRow *rec_difference_row;
  GtkLabel *rec_book_label;
  GtkLabel *rec_statement_label;
  GtkLabel *rec_difference_label;
  AdwComboRow *kind_row;
  SajjaFormField amount;
  SajjaFormField date;
  SajjaFormField note;
  SajjaFormField statement_date;
  SajjaFormField statement_balance;
  AdwPreferencesGroup *movements_group;
  GPtrArray *movement_rows;

  /* Owned references */
  SajjaDb *db;
  GListStore *groups;
  GArray *account_ids;
  gint64 group_id;
  gint64 account_id;
  guint n_movements;
  gboolean filling;
};

G_DEFINE_FINAL_TYPE (SajjaBankPage, sajja_bank_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (SajjaBankPage *self);

static char *
today_text (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return sajja_date_format (&today, SAJJA_DATE_STYLE_SHORT);
}

static void
toast (SajjaBankPage *self,
       const char    *message)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, adw_toast_new (message));
}

static void
set_today_if_blank (SajjaFormField *field)
{
  if (sajja_form_text_is_blank (sajja_form_field_get_text (field)))
    {
      g_autofree char *text = today_text ();

      sajja_form_field_set_text (field, text);
    }
}

/* Fills the account chooser with the group's bank accounts, keeping the one shown when it is
 * still there. */
static void
load_accounts (SajjaBankPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *single_title = NULL;
  g_autofree char *single_subtitle = NULL;
  guint selected = 0;
  sqlite3_stmt *stmt;

  g_array_set_size (self->account_ids, 0);

  if (self->db != NULL && self->group_id != 0
      && (stmt = sajja_db_prepare (self->db,
                                   "SELECT id, bank, account_no, account_name FROM group_bank_accounts "
                                   "WHERE group_id = ? ORDER BY id", NULL)) != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, self->group_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          const char *bank = (const char *) sqlite3_column_text (stmt, 1);
          const char *number = (const char *) sqlite3_column_text (stmt, 2);
          const char *holder = (const char *) sqlite3_column_text (stmt, 3);
          /* Translators: a bank account: the bank's name and the account number. */
          g_autofree char *name = g_strdup_printf (_("%s %s"), bank, number);

          if (id == self->account_id)
            selected = self->account_ids->len;
          g_array_append_val (self->account_ids, id);
          gtk_string_list_append (names, name);
          if (self->account_ids->len == 1)
            {
              single_title = g_strdup (name);
              single_subtitle = g_strdup (holder != NULL ? holder : "");
            }
        }
      sqlite3_reset (stmt);
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->account_combo, G_LIST_MODEL (names));
  if (self->account_ids->len > 0)
    adw_combo_row_set_selected (self->account_combo, selected);
  self->filling = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->account_combo), self->account_ids->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->account_row), self->account_ids->len == 1);
  if (self->account_ids->len == 1)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->account_row), single_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->account_row), single_subtitle);
    }

  self->account_id = self->account_ids->len > 0 ? g_array_index (self->account_ids, gint64, selected) : 0;
}

static void
load_reconcile (SajjaBankPage *self)
{
  g_autofree char *date = NULL;
  gint64 book = 0, statement = 0, difference = 0;

  gtk_widget_remove_css_class (GTK_WIDGET (self->rec_difference_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->rec_difference_label), "success");

  if (!sajja_bank_latest_statement (self->db, self->account_id, NULL, &date, NULL)
      || !sajja_bank_reconcile (self->db, self->account_id, NULL, &book, &statement, &difference, NULL))
    {
      adw_preferences_group_set_description (self->reconcile_group,
                                             _("Record a balance from the bank’s statement or passbook to compare the book with."));
      gtk_widget_set_visible (GTK_WIDGET (self->rec_book_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->rec_statement_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->rec_difference_row), FALSE);
      gtk_label_set_label (self->rec_difference_label, "");
      return;
    }

  {
    g_autofree char *shown = sajja_date_format_iso (date, SAJJA_DATE_STYLE_MEDIUM);
    /* Translators: %s is the date of the latest statement balance. */
    g_autofree char *description = g_strdup_printf (_("The latest statement, of %s."), shown);
    g_autofree char *book_text = sajja_money_format (book);
    g_autofree char *statement_text = sajja_money_format (statement);
    g_autofree char *difference_text = sajja_money_format (difference);

    adw_preferences_group_set_description (self->reconcile_group, description);
    gtk_label_set_label (self->rec_book_label, book_text);
    gtk_label_set_label (self->rec_statement_label, statement_text);
    gtk_label_set_label (self->rec_difference_label, difference_text);
    gtk_widget_add_css_class (GTK_WIDGET (self->rec_difference_label), difference != 0 ? "error" : "success");
    adw_action_row_set_subtitle (self->rec_difference_row,
                                 difference != 0 ? _("The book and the bank disagree: look for a missing movement.")
                                                 : _("The book agrees with the bank."));
    gtk_widget_set_visible (GTK_WIDGET (self->rec_book_row), TRUE);
    gtk_widget_set_visible (GTK_WIDGET (self->rec_statement_row), TRUE);
    gtk_widget_set_visible (GTK_WIDGET (self->rec_difference_row), TRUE);
  }
}

static void
load_movements (SajjaBankPage *self)
{
  sqlite3_stmt *stmt;
  gint64 running = 0;

  for (guint i = 0; i < self->movement_rows->len; i++)
    adw_preferences_group_remove (self->movements_group, g_ptr_array_index (self->movement_rows, i));
  g_ptr_array_set_size (self->movement_rows, 0);
  self->n_movements = 0;

  stmt = sajja_db_prepare (self->db,
                           "SELECT day, kind, amount FROM bank_movements WHERE bank_account_id = ? ORDER BY day, id",
                           NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, self->account_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *day = (const char *) sqlite3_column_text (stmt, 0);
          const char *kind_name = (const char *) sqlite3_column_text (stmt, 1);
          gint64 amount = sqlite3_column_int64 (stmt, 2);
          SajjaBankKind kind = SAJJA_BANK_DEPOSIT;
          g_autofree char *date = sajja_date_format_iso (day, SAJJA_DATE_STYLE_SHORT);
          g_autofree char *amount_text = NULL;
          g_autofree char *balance_text = NULL;
          g_autofree char *title = NULL;
          g_autofree char *subtitle = NULL;
          GtkWidget *row = adw_action_row_new ();

          running += amount;
          amount_text = sajja_money_format (amount);
          balance_text = sajja_money_format (running);
          sajja_bank_kind_from_string (kind_name, &kind);
          /* Translators: a bank movement: its date and its kind. */
          title = g_strdup_printf (_("%s: %s"), date != NULL ? date : day, sajja_bank_kind_get_title (kind));
          /* Translators: a bank movement: the amount (with its sign) and the balance after it, in baht. */
          subtitle = g_strdup_printf (_("%s baht, balance %s baht"), amount_text, balance_text);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_preferences_group_add (self->movements_group, row);
          g_ptr_array_add (self->movement_rows, row);
          self->n_movements++;
        }
      sqlite3_reset (stmt);
    }

  if (self->n_movements == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No bank movements yet"));
      adw_preferences_group_add (self->movements_group, row);
      g_ptr_array_add (self->movement_rows, row);
    }
}

static void
reload (SajjaBankPage *self)
{
  g_autofree char *book = NULL;
  g_autofree char *cash = NULL;

  load_accounts (self);

  if (self->db == NULL || self->group_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (self->account_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-account");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "bank");

  book = sajja_money_format (sajja_bank_balance (self->db, self->account_id, NULL));
  cash = sajja_money_format (sajja_bank_cash_on_hand (self->db, self->group_id, NULL));
  adw_action_row_set_subtitle (self->book_row, book);
  adw_action_row_set_subtitle (self->cash_row, cash);

  set_today_if_blank (&self->date);
  set_today_if_blank (&self->statement_date);
  load_reconcile (self);
  load_movements (self);
}

static void
clear_errors (SajjaBankPage *self)
{
  sajja_form_field_set_error (&self->amount, NULL);
  sajja_form_field_set_error (&self->date, NULL);
  sajja_form_field_set_error (&self->note, NULL);
  sajja_form_field_set_error (&self->statement_date, NULL);
  sajja_form_field_set_error (&self->statement_balance, NULL);
}

void
sajja_bank_page_set_group (SajjaBankPage *self,
                           gint64         group_id)
{
  g_return_if_fail (SAJJA_IS_BANK_PAGE (self));

  if (group_id != self->group_id)
    {
      self->account_id = 0;
      clear_errors (self);
    }
  self->group_id = group_id;
  reload (self);

  sajja_group_picker_select (self->group_dropdown, group_id);
}

gint64
sajja_bank_page_get_group (SajjaBankPage *self)
{
  g_return_val_if_fail (SAJJA_IS_BANK_PAGE (self), 0);

  return self->group_id;
}

gint64
sajja_bank_page_get_account (SajjaBankPage *self)
{
  g_return_val_if_fail (SAJJA_IS_BANK_PAGE (self), 0);

  return self->account_id;
}

static void
group_selected_cb (SajjaBankPage *self)
{
  gint64 group_id = sajja_group_picker_get (self->group_dropdown);

  if (group_id != 0 && group_id != self->group_id)
    sajja_bank_page_set_group (self, group_id);
}

static void
account_selected_cb (SajjaBankPage *self)
{
  guint selected = adw_combo_row_get_selected (self->account_combo);

  if (self->filling || selected >= self->account_ids->len)
    return;
  if (g_array_index (self->account_ids, gint64, selected) == self->account_id)
    return;

  self->account_id = g_array_index (self->account_ids, gint64, selected);
  clear_errors (self);
  reload (self);
}

void
sajja_bank_page_set_db (SajjaBankPage *self,
                        SajjaDb       *db)
{
  gint64 first;

  g_return_if_fail (SAJJA_IS_BANK_PAGE (self));

  g_set_object (&self->db, db);
  self->group_id = 0;
  first = sajja_group_picker_fill (self->groups, db);
  sajja_bank_page_set_group (self, first);
}

/* Parses a date field into ISO, or shows the problem at it and returns NULL. */
static char *
parse_date_field (SajjaFormField *field)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (!sajja_date_parse (sajja_form_field_get_text (field), &date, &error))
    {
      sajja_form_field_set_error (field, error->message);
      return NULL;
    }
  return sajja_date_to_iso (&date);
}

static gboolean
parse_money_field (SajjaFormField *field,
                   gboolean        allow_negative,
                   gint64         *out)
{
  g_autoptr(GError) error = NULL;

  if (!sajja_money_parse (sajja_form_field_get_text (field), allow_negative, out, &error))
    {
      sajja_form_field_set_error (field, error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sajja_bank_page_record (SajjaBankPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *note = NULL;
  SajjaBankKind kind;
  gint64 amount = 0;
  gboolean ok;

  g_return_val_if_fail (SAJJA_IS_BANK_PAGE (self), FALSE);

  clear_errors (self);
  if (self->db == NULL || self->account_id == 0)
    return FALSE;

  kind = adw_combo_row_get_selected (self->kind_row);
  if (kind >= SAJJA_BANK_N_KINDS)
    kind = SAJJA_BANK_DEPOSIT;
  ok = parse_money_field (&self->amount, FALSE, &amount);
  day = parse_date_field (&self->date);
  if (!ok || day == NULL)
    return FALSE;

  note = g_strstrip (g_strdup (sajja_form_field_get_text (&self->note)));
  if (sajja_bank_record (self->db, self->account_id, kind, amount, day, NULL, note, &error) == 0)
    {
      if (g_error_matches (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_DATE))
        sajja_form_field_set_error (&self->date, error->message);
      else
        sajja_form_field_set_error (&self->amount, error->message);
      return FALSE;
    }

  sajja_form_field_set_text (&self->amount, NULL);
  sajja_form_field_set_text (&self->note, NULL);
  toast (self, _("Bank movement recorded"));
  reload (self);

  return TRUE;
}

gboolean
sajja_bank_page_record_statement (SajjaBankPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  gint64 balance = 0;
  gboolean ok;

  g_return_val_if_fail (SAJJA_IS_BANK_PAGE (self), FALSE);

  clear_errors (self);
  if (self->db == NULL || self->account_id == 0)
    return FALSE;

  day = parse_date_field (&self->statement_date);
  ok = parse_money_field (&self->statement_balance, TRUE, &balance);
  if (!ok || day == NULL)
    return FALSE;

  if (!sajja_bank_record_statement (self->db, self->account_id, day, balance, &error))
    {
      if (g_error_matches (error, SAJJA_BANK_ERROR, SAJJA_BANK_ERROR_DATE))
        sajja_form_field_set_error (&self->statement_date, error->message);
      else
        sajja_form_field_set_error (&self->statement_balance, error->message);
      return FALSE;
    }

  sajja_form_field_set_text (&self->statement_balance, NULL);
  toast (self, _("Statement balance recorded"));
  reload (self);

  return TRUE;
}

AdwComboRow *sajja_bank_page_get_kind_row (SajjaBankPage *self) { return self->kind_row; }
GtkEditable *sajja_bank_page_get_amount_field (SajjaBankPage *self) { return GTK_EDITABLE (self->amount.entry); }
GtkEditable *sajja_bank_page_get_date_field (SajjaBankPage *self) { return GTK_EDITABLE (self->date.entry); }
GtkEditable *sajja_bank_page_get_note_field (SajjaBankPage *self) { return GTK_EDITABLE (self->note.entry); }
GtkEditable *sajja_bank_page_get_statement_date_field (SajjaBankPage *self) { return GTK_EDITABLE (self->statement_date.entry); }
GtkEditable *sajja_bank_page_get_statement_balance_field (SajjaBankPage *self) { return GTK_EDITABLE (self->statement_balance.entry); }
const char *sajja_bank_page_get_book_balance (SajjaBankPage *self) { return adw_action_row_get_subtitle (self->book_row); }
const char *sajja_bank_page_get_difference (SajjaBankPage *self) { return gtk_label_get_label (self->rec_difference_label); }
guint sajja_bank_page_get_n_movements (SajjaBankPage *self) { return self->n_movements; }

const char *
sajja_bank_page_get_error (SajjaBankPage *self)
{
  SajjaFormField *fields[] = { &self->amount, &self->date, &self->note, &self->statement_date,
                               &self->statement_balance };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *message = sajja_form_field_get_error (fields[i]);

      if (message != NULL)
        return message;
    }
  return NULL;
}

static void
record_clicked_cb (SajjaBankPage *self)
{
  sajja_bank_page_record (self);
}

static void
statement_clicked_cb (SajjaBankPage *self)
{
  sajja_bank_page_record_statement (self);
}

static void
sajja_bank_page_dispose (GObject *object)
{
  SajjaBankPage *self = (SajjaBankPage *)object;

  g_clear_object (&self->db);
  g_clear_object (&self->groups);
  g_clear_pointer (&self->movement_rows, g_ptr_array_unref);
  g_clear_pointer (&self->account_ids, g_array_unref);

  G_OBJECT_CLASS (sajja_bank_page_parent_class)->dispose (object);
}

static void
sajja_bank_page_class_init (SajjaBankPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sajja_bank_page_dispose;

  /**
   * SajjaBankPage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
field_init (SajjaFormField      *field,
            AdwPreferencesGroup *group,
            const char          *title)
{
  sajja_form_field_init (field, group, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static AdwActionRow *
amount_row (AdwPreferencesGroup *group,
            const char          *title,
            GtkLabel           **out_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new ("");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  *out_label = GTK_LABEL (label);

  return ADW_ACTION_ROW (row);
}

static GtkWidget *
button_group (AdwPreferencesPage *page,
              const char         *label,
              GCallback           callback,
              gpointer            data)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked", callback, data, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, button);
  adw_preferences_page_add (page, group);

  return button;
}

/* The bank book with its reconciliation, through the print dialog. */
static void
print_clicked_cb (SajjaBankPage *self)
{
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (self->db == NULL || self->group_id == 0)
    return;

  doc = sajja_print_bank_book (self->db, self->group_id, &error);
  if (doc == NULL || !sajja_print_run (GTK_WIDGET (self), doc, &error))
    toast (self, error->message);
}

static void
sajja_bank_page_init (SajjaBankPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *account_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *record_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *statement_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *no_account = adw_status_page_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->movement_rows = g_ptr_array_new ();
  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->groups = g_list_store_new (SAJJA_TYPE_GROUP);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Bank Book"), NULL));
  gtk_box_append (GTK_BOX (box), header);

  gtk_box_append (GTK_BOX (box), sajja_group_picker_new_bar (self->groups, G_CALLBACK (group_selected_cb), self,
                                                             &self->group_dropdown));

  /* The account and its balances. */
  adw_preferences_group_set_title (account_group, _("Bank Account"));
  self->account_combo = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->account_combo), _("Account"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->account_combo), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Bank account"), -1);
  g_signal_connect_object (self->account_combo, "notify::selected", G_CALLBACK (account_selected_cb),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (account_group, GTK_WIDGET (self->account_combo));
  self->account_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_group_add (account_group, GTK_WIDGET (self->account_row));
  self->book_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->book_row), _("Book balance (baht)"));
  gtk_widget_add_css_class (GTK_WIDGET (self->book_row), "property");
  adw_preferences_group_add (account_group, GTK_WIDGET (self->book_row));
  self->cash_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cash_row), _("Cash on hand (baht)"));
  gtk_widget_add_css_class (GTK_WIDGET (self->cash_row), "property");
  adw_preferences_group_add (account_group, GTK_WIDGET (self->cash_row));

  /* Reconciling with the latest statement. */
  self->reconcile_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->reconcile_group, _("Reconcile"));
  {
    GtkWidget *print = gtk_button_new_from_icon_name ("document-print-symbolic");

    gtk_widget_set_valign (print, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (print, "flat");
    gtk_widget_set_tooltip_text (print, _("Print the Bank Book"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Print the Bank Book"), -1);
    g_signal_connect_object (print, "clicked", G_CALLBACK (print_clicked_cb), self, G_CONNECT_SWAPPED);
    adw_preferences_group_set_header_suffix (self->reconcile_group, print);
  }
  self->rec_book_row = amount_row (self->reconcile_group, _("Book balance (baht)"), &self->rec_book_label);
  self->rec_statement_row = amount_row (self->reconcile_group, _("Statement balance (baht)"),
                                        &self->rec_statement_label);
  self->rec_difference_row = amount_row (self->reconcile_group, _("Difference (baht)"), &self->rec_difference_label);

  /* Recording a movement. */
  adw_preferences_group_set_title (record_group, _("Record a Movement"));
  for (guint k = 0; k < SAJJA_BANK_N_KINDS; k++)
    gtk_string_list_append (kinds, sajja_bank_kind_get_title (k));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of movement"), -1);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_preferences_group_add (record_group, GTK_WIDGET (self->kind_row));
  field_init (&self->amount, record_group, _("Amount (baht)"));
  field_init (&self->date, record_group, _("Date (day/month/year)"));
  field_init (&self->note, record_group, _("Note"));
  adw_entry_row_set_input_purpose (self->amount.entry, GTK_INPUT_PURPOSE_NUMBER);

  /* Recording a statement balance. */
  adw_preferences_group_set_title (statement_group, _("Statement Balance"));
  adw_preferences_group_set_description (statement_group,
                                         _("The balance as the bank’s statement or passbook shows it."));
  field_init (&self->statement_date, statement_group, _("Date on the statement (day/month/year)"));
  field_init (&self->statement_balance, statement_group, _("Balance on the statement (baht)"));
  adw_entry_row_set_input_purpose (self->statement_balance.entry, GTK_INPUT_PURPOSE_NUMBER);

  self->movements_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->movements_group, _("Movements"));

  adw_preferences_page_add (page, account_group);
  adw_preferences_page_add (page, self->reconcile_group);
  adw_preferences_page_add (page, record_group);
  button_group (page, _("_Record the Movement"), G_CALLBACK (record_clicked_cb), self);
  adw_preferences_page_add (page, statement_group);
  button_group (page, _("Record the _Balance"), G_CALLBACK (statement_clicked_cb), self);
  adw_preferences_page_add (page, self->movements_group);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "folder-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Group Chosen"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Register a group first, then its members."));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (no_account), "folder-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (no_account), _("No Bank Account"));
  adw_status_page_set_description (ADW_STATUS_PAGE (no_account),
                                   _("Add the group’s bank account to the group’s details first."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, GTK_WIDGET (page), "bank");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, no_account, "no-account");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  adw_bin_set_child (ADW_BIN (self), box);
}
