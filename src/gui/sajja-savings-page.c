/* sajja-savings-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sajja-date.h"
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-money.h"
#include "sajja-savings-day.h"
#include "sajja-group-picker.h"
#include "sajja-print-savings.h"
#include "sajja-print.h"
#include "sajja-savings-page.h"

/* Column widths in pixels, shared by the heading and every line so the columns line up. */
#define WIDTH_NUMBER 48
#define WIDTH_NAME   140
#define WIDTH_AMOUNT 80
#define WIDTH_ENTRY  88
#define SPACING      8

/* The widgets of one member's line. */
typedef struct
{
  GtkWidget *row;
  GtkWidget *entries[SAJJA_SAVINGS_N_FIELDS];
  GtkLabel *message;
  char *errors[SAJJA_SAVINGS_N_FIELDS];  /* what is wrong with each field, or NULL */
  char *post_error;                      /* why posting refused the line, or NULL */
} Line;

enum {
  TOTAL_PLEDGES,
  TOTAL_SPECIAL,
  TOTAL_FINES,
  TOTAL_LOANS,
  TOTAL_ALL,
  TOTAL_PAID,
  N_TOTALS
};

struct _SajjaSavingsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkButton *count_button;
  GtkEntry *day_entry;
  AdwStatusPage *empty_page;
  GtkEntry *goto_entry;
  GtkDropDown *group_dropdown;
  GtkBox *header_box;
  GtkListBox *list_box;
  GtkStack *list_stack;
  GtkButton *post_button;
  GtkSpinner *spinner;
  AdwWindowTitle *title;
  GtkBox *totals_box;

  /* Totals in the footer */
  GtkLabel *totals[N_TOTALS];

  /* Owned references */
  SajjaDb *db;
  GListStore *groups;
  SajjaSavingsDay *day;
  GPtrArray *lines;            /* Line, one for each line of @day */
  GCancellable *cancellable;   /* the day being built */
  guint *cash_counts;          /* as last counted, one a denomination, or NULL */

  /* Borrowed references */
  GtkWindow *cash_window;      /* weak */
  GtkSpinButton **cash_spins;  /* in @cash_window */
  GtkLabel **cash_subtotals;
  GtkLabel *cash_counted_label;
  GtkLabel *cash_difference_label;
  GtkWindow *close_window;     /* weak */
  GtkLabel *close_last_label;  /* in @close_window */
  GtkLabel *close_next_label;
  GtkLabel *close_error_label;
  GtkWidget *close_button;
  SajjaPeriod close_period;
  gboolean close_possible;

  gint64 group_id;
  char *day_iso;
  guint loading : 1;
};

G_DEFINE_FINAL_TYPE (SajjaSavingsPage, sajja_savings_page, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_day (SajjaSavingsPage *self);

static void
line_free (Line *line)
{
  for (guint f = 0; f < SAJJA_SAVINGS_N_FIELDS; f++)
    g_free (line->errors[f]);
  g_free (line->post_error);
  g_free (line);
}

static void
toast_message (SajjaSavingsPage *self,
               const char       *message)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, adw_toast_new (message));
}

static void
print_receipts_clicked_cb (AdwToast         *t,
                           SajjaSavingsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;

  doc = sajja_print_receipts_for_day (self->db, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (t), "day")),
                                      &error);
  if (doc == NULL || !sajja_print_run (GTK_WIDGET (self), doc, &error))
    toast_message (self, error->message);
}

/* The cash book of the month of the page's day, up to that day. */
static void
print_cash_book_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SajjaSavingsPage *self = SAJJA_SAVINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaPageDocument) doc = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate day, first, last;

  if (self->db == NULL || self->group_id <= 0)
    return;

  g_date_clear (&day, 1);
  if (self->day_iso == NULL || !sajja_date_from_iso (self->day_iso, &day, NULL))
    g_date_set_time_t (&day, time (NULL));
  sajja_period_get_bounds (sajja_period_from_date (&day), &first, &last);
  from = sajja_date_to_iso (&first);
  to = sajja_date_to_iso (&day);

  doc = sajja_print_cash_book (self->db, self->group_id, from, to, &error);
  if (doc == NULL || !sajja_print_run (GTK_WIDGET (self), doc, &error))
    toast_message (self, error->message);
}

static char *
format_amount (gint64 satang)
{
  return sajja_money_format (satang);
}

static gint64 *
line_amount (SajjaSavingsLine  *line,
             SajjaSavingsField  field)
{
  switch (field)
    {
    case SAJJA_SAVINGS_FIELD_PLEDGE:
      return &line->pledge;
    case SAJJA_SAVINGS_FIELD_SPECIAL:
      return &line->special;
    case SAJJA_SAVINGS_FIELD_LOAN:
      return &line->loan;
    case SAJJA_SAVINGS_FIELD_FINE:
    case SAJJA_SAVINGS_N_FIELDS:
    default:
      return &line->fine;
    }
}

/* A label of a fixed width, so that the heading and the lines line up. */
static GtkWidget *
cell_label (const char *text,
            int         width,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_size_request (label, width, -1);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);

  return label;
}

static GtkWidget *
amount_label (gint64 satang)
{
  g_autofree char *text = format_amount (satang);
  GtkWidget *label = cell_label (text, WIDTH_AMOUNT, 1.0);

  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "numeric");
  if (satang == 0)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
cells_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, SPACING);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  return box;
}

static void
build_header (SajjaSavingsPage *self)
{
  GtkWidget *box = cells_box ();
  GtkWidget *name;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), cell_label (C_("member number", "No."), WIDTH_NUMBER, 1.0));
  name = cell_label (_("Name"), WIDTH_NAME, 0.0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), cell_label (_("Expected"), WIDTH_AMOUNT, 1.0));
  gtk_box_append (GTK_BOX (box), cell_label (_("Arrears"), WIDTH_AMOUNT, 1.0));
  gtk_box_append (GTK_BOX (box), cell_label (_("Fines Due"), WIDTH_AMOUNT, 1.0));
  gtk_box_append (GTK_BOX (box), cell_label (_("Pledge"), WIDTH_ENTRY, 1.0));
  gtk_box_append (GTK_BOX (box), cell_label (_("Special Deposit"), WIDTH_ENTRY, 1.0));
  gtk_box_append (GTK_BOX (box), cell_label (_("Fine"), WIDTH_ENTRY, 1.0));
  /* Translators: a column of the savings day: the amount repaid on loans. */
  gtk_box_append (GTK_BOX (box), cell_label (_("Loan Repayment"), WIDTH_ENTRY, 1.0));
  gtk_box_append (self->header_box, box);
}

static GtkWidget *
total_cell (SajjaSavingsPage *self,
            const char       *caption,
            guint             which)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (caption);
  GtkWidget *value = gtk_label_new (NULL);
  float xalign = which == TOTAL_PAID ? 0.0 : 1.0;

  gtk_label_set_xalign (GTK_LABEL (title), xalign);
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value), xalign);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "heading");
  gtk_label_set_selectable (GTK_LABEL (value), FALSE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (self->totals_box, box);
  self->totals[which] = GTK_LABEL (value);

  return box;
}

static void
build_totals (SajjaSavingsPage *self)
{
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  total_cell (self, _("Members Paid"), TOTAL_PAID);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (self->totals_box, spacer);
  total_cell (self, _("Pledges"), TOTAL_PLEDGES);
  total_cell (self, _("Special Deposits"), TOTAL_SPECIAL);
  total_cell (self, _("Fines"), TOTAL_FINES);
  /* Translators: a total of the savings day: loan repayments. */
  total_cell (self, _("Loan Repayments"), TOTAL_LOANS);
  total_cell (self, _("Total (baht)"), TOTAL_ALL);
}

static guint
count_paid (SajjaSavingsDay *day)
{
  guint paid = 0;

  for (guint i = 0; i < sajja_savings_day_get_n_lines (day); i++)
    {
      SajjaSavingsLine *line = sajja_savings_day_get_line (day, i);

      if (line->pledge != 0 || line->special != 0 || line->fine != 0 || line->loan != 0)
        paid++;
    }

  return paid;
}

static void
update_totals (SajjaSavingsPage *self)
{
  gint64 values[TOTAL_ALL + 1] = { 0, };
  guint paid = 0, n = 0;

  if (self->day != NULL)
    {
      values[TOTAL_PLEDGES] = sajja_savings_day_total_pledge (self->day);
      values[TOTAL_SPECIAL] = sajja_savings_day_total_special (self->day);
      values[TOTAL_FINES] = sajja_savings_day_total_fines (self->day);
      values[TOTAL_LOANS] = sajja_savings_day_total_loans (self->day);
      values[TOTAL_ALL] = sajja_savings_day_total (self->day);
      paid = count_paid (self->day);
      n = sajja_savings_day_get_n_lines (self->day);
    }

  for (guint i = 0; i <= TOTAL_ALL; i++)
    {
      g_autofree char *text = format_amount (values[i]);

      gtk_label_set_label (self->totals[i], text);
    }

  {
    /* Translators: how many members have paid so far on the savings day, of how many. */
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u member",
                                                          "%u of %u members", n), paid, n);

    gtk_label_set_label (self->totals[TOTAL_PAID], text);
  }
}

static void
update_line_message (SajjaSavingsPage *self,
                     guint             index)
{
  Line *line = g_ptr_array_index (self->lines, index);
  const char *message = line->post_error;

  for (guint f = 0; f < SAJJA_SAVINGS_N_FIELDS; f++)
    {
      if (message == NULL)
        message = line->errors[f];
      if (line->errors[f] != NULL)
        gtk_widget_add_css_class (line->entries[f], "error");
      else
        gtk_widget_remove_css_class (line->entries[f], "error");
      gtk_widget_set_tooltip_text (line->entries[f], line->errors[f]);
    }

  gtk_label_set_label (line->message, message);
  gtk_widget_set_visible (GTK_WIDGET (line->message), message != NULL);
}

/* Reads field @field of line @index into the day. With @show, a bad amount is marked and a good
 * one shown again with two decimals; while typing, only a correction clears the mark. */
static gboolean
read_field (SajjaSavingsPage  *self,
            guint              index,
            SajjaSavingsField  field,
            gboolean           show)
{
  Line *line = g_ptr_array_index (self->lines, index);
  SajjaSavingsLine *day_line = sajja_savings_day_get_line (self->day, index);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (line->entries[field]));
  g_autoptr(GError) error = NULL;
  gint64 satang = 0;
  gboolean blank = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      blank = FALSE;

  if (!blank && !sajja_money_parse (text, FALSE, &satang, &error))
    {
      if (show)
        {
          g_free (line->errors[field]);
          line->errors[field] = g_strdup (error->message);
          update_line_message (self, index);
        }
      return FALSE;
    }

  *line_amount (day_line, field) = satang;
  if (line->errors[field] != NULL || line->post_error != NULL)
    {
      g_clear_pointer (&line->errors[field], g_free);
      g_clear_pointer (&line->post_error, g_free);
      gtk_widget_remove_css_class (line->row, "error");
      update_line_message (self, index);
    }

  if (show && !blank)
    {
      g_autofree char *formatted = format_amount (satang);

      if (g_strcmp0 (formatted, text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (line->entries[field]), formatted);
    }

  return TRUE;
}

static gboolean
entry_position (GtkWidget         *entry,
                guint             *index,
                SajjaSavingsField *field)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "sajja-line"));

  if (i == 0)
    return FALSE;
  *index = i - 1;
  *field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "sajja-field"));

  return TRUE;
}

static void
entry_changed_cb (GtkEditable      *entry,
                  SajjaSavingsPage *self)
{
  guint index;
  SajjaSavingsField field;

  if (self->day == NULL || !entry_position (GTK_WIDGET (entry), &index, &field))
    return;

  read_field (self, index, field, FALSE);
  update_totals (self);
}

static void
entry_activated_cb (GtkEntry         *entry,
                    SajjaSavingsPage *self)
{
  guint index;
  SajjaSavingsField field;
  Line *next;

  if (self->day == NULL || !entry_position (GTK_WIDGET (entry), &index, &field))
    return;

  /* Enter moves on only from a good amount, so a mistake is put right where it is. */
  if (!read_field (self, index, field, TRUE))
    return;

  next = g_ptr_array_index (self->lines, index);
  while (field + 1 < SAJJA_SAVINGS_N_FIELDS && !gtk_widget_get_sensitive (next->entries[field + 1]))
    field++;

  if (field + 1 < SAJJA_SAVINGS_N_FIELDS)
    gtk_widget_grab_focus (next->entries[field + 1]);
  else if (index + 1 < self->lines->len)
    {
      next = g_ptr_array_index (self->lines, index + 1);
      gtk_widget_grab_focus (next->entries[SAJJA_SAVINGS_FIELD_PLEDGE]);
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->post_button));
}

static void
entry_focus_left_cb (GtkEventControllerFocus *controller,
                     SajjaSavingsPage        *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index;
  SajjaSavingsField field;

  if (self->day == NULL || !entry_position (entry, &index, &field))
    return;

  read_field (self, index, field, TRUE);
  update_totals (self);
}

static GtkWidget *
amount_entry (SajjaSavingsPage  *self,
              guint              index,
              SajjaSavingsField  field,
              SajjaSavingsLine  *day_line)
{
  static const char *accessible[SAJJA_SAVINGS_N_FIELDS] = {
    /* Translators: an entry's accessible name: %d is a member number, %s the member's name. */
    N_("Pledge of member %d, %s"),
    N_("Special deposit of member %d, %s"),
    N_("Fine of member %d, %s"),
    N_("Loan repayment of member %d, %s"),
  };
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *label = g_strdup_printf (_(accessible[field]), day_line->member_no, day_line->name);
  gint64 amount = *line_amount (day_line, field);

  gtk_widget_set_size_request (entry, WIDTH_ENTRY, -1);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  if (amount != 0)
    {
      g_autofree char *text = format_amount (amount);

      gtk_editable_set_text (GTK_EDITABLE (entry), text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  g_object_set_data (G_OBJECT (entry), "sajja-line", GUINT_TO_POINTER (index + 1));
  g_object_set_data (G_OBJECT (entry), "sajja-field", GUINT_TO_POINTER (field));
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_left_cb), self);
  gtk_widget_add_controller (entry, focus);

  return entry;
}

static Line *
build_line (SajjaSavingsPage *self,
            guint             index)
{
  SajjaSavingsLine *day_line = sajja_savings_day_get_line (self->day, index);
  Line *line = g_new0 (Line, 1);
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *box = cells_box ();
  GtkWidget *arrears = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label;
  g_autofree char *number = g_strdup_printf ("%d", day_line->member_no);

  line->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (line->row), FALSE);
  gtk_widget_set_focusable (line->row, FALSE);

  label = cell_label (number, WIDTH_NUMBER, 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  label = cell_label (day_line->name, WIDTH_NAME, 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_append (GTK_BOX (box), amount_label (day_line->expected));

  gtk_widget_set_valign (arrears, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (arrears), amount_label (day_line->arrears.amount));
  if (day_line->arrears.months > 0)
    {
      guint months = day_line->arrears.months;
      /* Translators: under the amount in arrears, how many months it is for. */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", months),
                                               months);

      label = cell_label (text, WIDTH_AMOUNT, 1.0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (arrears), label);
    }
  gtk_box_append (GTK_BOX (box), arrears);

  gtk_box_append (GTK_BOX (box), amount_label (day_line->arrears.fines));

  for (guint f = 0; f < SAJJA_SAVINGS_N_FIELDS; f++)
    {
      line->entries[f] = amount_entry (self, index, f, day_line);
      if (f != SAJJA_SAVINGS_FIELD_LOAN)
        {
          gtk_box_append (GTK_BOX (box), line->entries[f]);
          continue;
        }

      /* The loan column: the entry, and under it what is due on the member's loans today. */
      {
        GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

        gtk_widget_set_valign (column, GTK_ALIGN_CENTER);
        gtk_box_append (GTK_BOX (column), line->entries[f]);
        if (day_line->loan_due > 0)
          {
            g_autofree char *due = format_amount (day_line->loan_due);
            /* Translators: under the loan repayment entry of the savings day: %s is the amount
             * due on the member's loans that day, in baht. */
            g_autofree char *text = g_strdup_printf (_("due %s"), due);

            label = cell_label (text, WIDTH_ENTRY, 1.0);
            gtk_widget_set_name (label, "loan-due");
            gtk_widget_add_css_class (label, "caption");
            gtk_widget_add_css_class (label, "dim-label");
            gtk_widget_add_css_class (label, "numeric");
            gtk_box_append (GTK_BOX (column), label);
          }
        gtk_box_append (GTK_BOX (box), column);
      }
      /* Nothing to repay: the loan entry stays out of the way (Enter skips it). */
      if (day_line->loan_debt == 0 && day_line->loan == 0)
        gtk_widget_set_sensitive (line->entries[f], FALSE);
    }

  line->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (line->message, TRUE);
  gtk_label_set_xalign (line->message, 1.0);
  gtk_label_set_justify (line->message, GTK_JUSTIFY_RIGHT);
  gtk_widget_set_margin_start (GTK_WIDGET (line->message), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (line->message), 12);
  gtk_widget_add_css_class (GTK_WIDGET (line->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (line->message), FALSE);

  gtk_widget_set_margin_top (outer, 4);
  gtk_widget_set_margin_bottom (outer, 4);
  gtk_box_append (GTK_BOX (outer), box);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (line->message));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (line->row), outer);

  return line;
}

static void
clear_lines (SajjaSavingsPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->lines, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
}

static void
update_actions (SajjaSavingsPage *self)
{
  gboolean ready = self->day != NULL && !self->loading && sajja_savings_day_get_n_lines (self->day) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "savings.post", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "savings.count-cash", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "savings.go-to", ready);
}

static void
update_subtitle (SajjaSavingsPage *self)
{
  g_autofree char *subtitle = NULL;

  if (self->day_iso != NULL && self->group_id != 0)
    subtitle = sajja_date_format_iso (self->day_iso, SAJJA_DATE_STYLE_FULL);
  adw_window_title_set_subtitle (self->title, subtitle);
}

/* Shows @day (taking it), or the empty page with @error's message. */
static void
show_day (SajjaSavingsPage *self,
          SajjaSavingsDay  *day,
          const GError     *error)
{
  self->loading = FALSE;
  gtk_spinner_stop (self->spinner);
  clear_lines (self);
  g_clear_pointer (&self->day, sajja_savings_day_free);
  g_clear_pointer (&self->cash_counts, g_free);
  self->day = day;

  if (self->day != NULL)
    for (guint i = 0; i < sajja_savings_day_get_n_lines (self->day); i++)
      {
        Line *line = build_line (self, i);

        g_ptr_array_add (self->lines, line);
        gtk_list_box_append (self->list_box, line->row);
      }

  if (self->group_id == 0 || self->db == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Group Chosen"));
      adw_status_page_set_description (self->empty_page, _("Register a group first, then its members."));
    }
  else if (self->day == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("The Day Could Not Be Opened"));
      adw_status_page_set_description (self->empty_page, error != NULL ? error->message : NULL);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Active Members"));
      adw_status_page_set_description (self->empty_page,
                                       _("Members who have joined the group by this day are listed here, one line each."));
    }

  gtk_stack_set_visible_child_name (self->list_stack, self->lines->len > 0 ? "list" : "empty");
  update_subtitle (self);
  update_totals (self);
  update_actions (self);
}

typedef struct
{
  char *db_path;
  gint64 group_id;
  char *day;
  SajjaSavingsDay *result;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->db_path);
  g_free (job->day);
  g_clear_pointer (&job->result, sajja_savings_day_free);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;

  /* A connection of its own: SQLite handles are not shared between threads. */
  db = sajja_db_open (job->db_path, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK, &error);
  if (db != NULL)
    job->result = sajja_savings_day_new (db, job->group_id, job->day, &error);

  if (job->result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
load_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SajjaSavingsPage *self = SAJJA_SAVINGS_PAGE (object);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_day (self, NULL, error);
      return;
    }

  show_day (self, g_steal_pointer (&job->result), NULL);
}

static void
load_day (SajjaSavingsPage *self)
{
  const char *path = self->db != NULL ? sajja_db_get_path (self->db) : NULL;
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->db == NULL || self->group_id == 0 || self->day_iso == NULL)
    {
      show_day (self, NULL, NULL);
      return;
    }

  if (path == NULL || g_str_equal (path, ":memory:"))
    {
      g_autoptr(GError) error = NULL;
      SajjaSavingsDay *day = sajja_savings_day_new (self->db, self->group_id, self->day_iso, &error);

      show_day (self, day, error);
      return;
    }

  /* A big group takes a moment: build the day in a thread, with the spinner showing. */
  self->loading = TRUE;
  clear_lines (self);
  g_clear_pointer (&self->day, sajja_savings_day_free);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->list_stack, "loading");
  gtk_spinner_start (self->spinner);

  self->cancellable = g_cancellable_new ();
  job = g_new0 (LoadJob, 1);
  job->db_path = g_strdup (path);
  job->group_id = self->group_id;
  job->day = g_strdup (self->day_iso);
  task = g_task_new (self, self->cancellable, load_ready_cb, NULL);
  g_task_set_source_tag (task, load_day);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
}

static void
show_day_entry (SajjaSavingsPage *self)
{
  g_autofree char *text = self->day_iso != NULL ? sajja_date_format_iso (self->day_iso, SAJJA_DATE_STYLE_SHORT)
                                                : NULL;

  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), text != NULL ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->day_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->day_entry),
                               _("The day’s date, such as 21/11/2569; press Enter to open that day"));
}

void
sajja_savings_page_set_day (SajjaSavingsPage *self,
                            const char       *iso)
{
  g_return_if_fail (SAJJA_IS_SAVINGS_PAGE (self));
  g_return_if_fail (iso != NULL);

  g_free (self->day_iso);
  self->day_iso = g_strdup (iso);
  show_day_entry (self);
  load_day (self);
}

const char *
sajja_savings_page_get_day (SajjaSavingsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);

  return self->day_iso;
}

static void
day_activated_cb (SajjaSavingsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  if (!sajja_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->day_entry)), &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->day_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->day_entry), error->message);
      toast_message (self, error->message);
      return;
    }

  iso = sajja_date_to_iso (&date);
  sajja_savings_page_set_day (self, iso);
}

gboolean
sajja_savings_page_is_loading (SajjaSavingsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), FALSE);

  return self->loading;
}

guint
sajja_savings_page_get_n_lines (SajjaSavingsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), 0);

  return self->lines->len;
}

GtkWidget *
sajja_savings_page_get_field (SajjaSavingsPage  *self,
                              guint              index,
                              SajjaSavingsField  field)
{
  Line *line;

  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);
  g_return_val_if_fail (field < SAJJA_SAVINGS_N_FIELDS, NULL);

  if (index >= self->lines->len)
    return NULL;
  line = g_ptr_array_index (self->lines, index);

  return line->entries[field];
}

const char *
sajja_savings_page_get_line_error (SajjaSavingsPage *self,
                                   guint             index)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);

  if (index >= self->lines->len)
    return NULL;

  return gtk_widget_get_visible (GTK_WIDGET (((Line *) g_ptr_array_index (self->lines, index))->message))
         ? gtk_label_get_label (((Line *) g_ptr_array_index (self->lines, index))->message)
         : NULL;
}

char *
sajja_savings_page_dup_totals (SajjaSavingsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);

  return g_strjoin ("|",
                    gtk_label_get_label (self->totals[TOTAL_PLEDGES]),
                    gtk_label_get_label (self->totals[TOTAL_SPECIAL]),
                    gtk_label_get_label (self->totals[TOTAL_FINES]),
                    gtk_label_get_label (self->totals[TOTAL_LOANS]),
                    gtk_label_get_label (self->totals[TOTAL_ALL]),
                    gtk_label_get_label (self->totals[TOTAL_PAID]),
                    NULL);
}

static void
focus_line (SajjaSavingsPage *self,
            guint             index)
{
  Line *line = g_ptr_array_index (self->lines, index);

  gtk_widget_grab_focus (line->entries[SAJJA_SAVINGS_FIELD_PLEDGE]);
}

static void
goto_changed_cb (SajjaSavingsPage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->goto_entry), "error");
}

static void
goto_activated_cb (SajjaSavingsPage *self)
{
  g_autofree char *text = sajja_thai_digits_to_ascii (gtk_editable_get_text (GTK_EDITABLE (self->goto_entry)));
  char *end = NULL;
  long number;

  if (self->day == NULL)
    return;

  g_strstrip (text);
  number = strtol (text, &end, 10);
  if (*text != '\0' && end != NULL && *end == '\0')
    for (guint i = 0; i < sajja_savings_day_get_n_lines (self->day); i++)
      if (sajja_savings_day_get_line (self->day, i)->member_no == number)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->goto_entry), "");
          focus_line (self, i);
          return;
        }

  gtk_widget_add_css_class (GTK_WIDGET (self->goto_entry), "error");
  {
    /* Translators: %s is what was typed as a member number. */
    g_autofree char *message = g_strdup_printf (_("No member number %s on this day"), text);

    toast_message (self, message);
  }
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SajjaSavingsPage *self = SAJJA_SAVINGS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->goto_entry));
}

gboolean
sajja_savings_page_post (SajjaSavingsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint first_bad = G_MAXUINT;
  SajjaSavingsField bad_field = SAJJA_SAVINGS_FIELD_PLEDGE;
  gint64 total;
  guint n;

  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), FALSE);

  if (self->day == NULL || self->loading || self->db == NULL)
    return FALSE;

  /* Every field again: a bad amount is never posted as what it was before. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      g_clear_pointer (&line->post_error, g_free);
      gtk_widget_remove_css_class (line->row, "error");
      for (guint f = 0; f < SAJJA_SAVINGS_N_FIELDS; f++)
        if (!read_field (self, i, f, TRUE) && first_bad == G_MAXUINT)
          {
            first_bad = i;
            bad_field = f;
          }
      update_line_message (self, i);
    }
  update_totals (self);

  if (first_bad != G_MAXUINT)
    {
      gtk_widget_grab_focus (((Line *) g_ptr_array_index (self->lines, first_bad))->entries[bad_field]);
      toast_message (self, _("Correct the amounts marked in red first"));
      return FALSE;
    }

  if (count_paid (self->day) == 0)
    {
      toast_message (self, _("Nothing to post: no member has paid anything"));
      return FALSE;
    }

  total = sajja_savings_day_total (self->day);
  n = sajja_savings_day_post (self->day, self->db, g_get_user_name (), &error);
  if (error != NULL)
    {
      guint index = sajja_savings_day_get_error_line (self->day);

      if (index < self->lines->len)
        {
          Line *line = g_ptr_array_index (self->lines, index);

          line->post_error = g_strdup (error->message);
          gtk_widget_add_css_class (line->row, "error");
          update_line_message (self, index);
          focus_line (self, index);
        }
      toast_message (self, error->message);
      return FALSE;
    }

  {
    g_autofree char *amount = format_amount (total);
    /* Translators: after posting a savings day: %u receipts written, %s the total in baht. */
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Posted: %u receipt, %s baht",
                                                             "Posted: %u receipts, %s baht", n), n, amount);

    AdwToast *t = adw_toast_new (message);
    gint64 day_id = sajja_savings_day_get_posted_id (self->day);

    /* The receipts of the day, to print and sign, from the toast. */
    adw_toast_set_button_label (t, _("_Print Receipts"));
    adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
    g_object_set_data (G_OBJECT (t), "day", GSIZE_TO_POINTER (day_id));
    g_signal_connect_object (t, "button-clicked", G_CALLBACK (print_receipts_clicked_cb), self, 0);
    g_signal_emit (self, signals[ADD_TOAST], 0, t);
  }

  load_day (self);

  return TRUE;
}

static void
post_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  sajja_savings_page_post (SAJJA_SAVINGS_PAGE (widget));
}

/* The cash count window. */

static void
update_cash (SajjaSavingsPage *self)
{
  guint n;
  const gint64 *values = sajja_savings_day_denominations (&n);
  gint64 counted = 0, difference;
  g_autofree char *counted_text = NULL;
  g_autofree char *difference_text = NULL;

  if (self->cash_window == NULL || self->day == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      gint64 subtotal = values[i] * gtk_spin_button_get_value_as_int (self->cash_spins[i]);
      g_autofree char *text = format_amount (subtotal);

      gtk_label_set_label (self->cash_subtotals[i], text);
      counted += subtotal;
    }

  difference = counted - sajja_savings_day_total (self->day);
  counted_text = format_amount (counted);
  difference_text = format_amount (difference);
  gtk_label_set_label (self->cash_counted_label, counted_text);
  gtk_label_set_label (self->cash_difference_label, difference_text);
  if (difference != 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->cash_difference_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->cash_difference_label), "success");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->cash_difference_label), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->cash_difference_label), "error");
    }
}

static void
save_cash_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SajjaSavingsPage *self = user_data;
  guint n;
  const gint64 *values = sajja_savings_day_denominations (&n);

  if (self->cash_window == NULL || self->day == NULL)
    return;

  g_clear_pointer (&self->cash_counts, g_free);
  self->cash_counts = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    self->cash_counts[i] = gtk_spin_button_get_value_as_int (self->cash_spins[i]);
  sajja_savings_day_set_cash_count (self->day, values, self->cash_counts, n);

  toast_message (self, _("Cash count saved"));
  gtk_window_destroy (self->cash_window);
}

static void
cash_window_destroyed_cb (SajjaSavingsPage *self)
{
  self->cash_window = NULL;
  g_clear_pointer (&self->cash_spins, g_free);
  g_clear_pointer (&self->cash_subtotals, g_free);
  self->cash_counted_label = NULL;
  self->cash_difference_label = NULL;
}

static GtkWidget *
cash_amount_label (GtkGrid    *grid,
                   const char *caption,
                   int         row)
{
  GtkWidget *title = gtk_label_new (caption);
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_xalign (GTK_LABEL (value), 1.0);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "heading");
  gtk_grid_attach (grid, title, 0, row, 3, 1);
  gtk_grid_attach (grid, value, 3, row, 1, 1);

  return value;
}

static char *
denomination_text (gint64 satang)
{
  g_autofree char *text = format_amount (satang);

  /* Whole baht without the ".00": "1,000", but "0.50". */
  if (satang % SAJJA_SATANG_PER_BAHT == 0 && g_str_has_suffix (text, ".00"))
    text[strlen (text) - 3] = '\0';

  return g_steal_pointer (&text);
}

GtkWindow *
sajja_savings_page_count_cash (SajjaSavingsPage *self)
{
  static const GActionEntry entries[] = {
    { .name = "save", .activate = save_cash_cb },
  };
  guint n;
  const gint64 *values = sajja_savings_day_denominations (&n);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkWidget *window, *box, *header, *cancel, *save, *grid, *title;
  GtkShortcutController *shortcuts;
  int row = 0;

  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);

  if (self->day == NULL)
    return NULL;
  if (self->cash_window != NULL)
    {
      gtk_window_present (self->cash_window);
      return self->cash_window;
    }

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Count Cash"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 420, -1);
  self->cash_window = GTK_WINDOW (window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (cash_window_destroyed_cb), self, G_CONNECT_SWAPPED);

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (window, "cash", G_ACTION_GROUP (group));

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
  save = gtk_button_new_with_mnemonic (_("_Save Count"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "cash.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_box_append (GTK_BOX (box), grid);

  self->cash_spins = g_new0 (GtkSpinButton *, n);
  self->cash_subtotals = g_new0 (GtkLabel *, n);
  for (guint i = 0; i < n; i++)
    {
      gboolean note = values[i] >= 2000;
      g_autofree char *value = denomination_text (values[i]);
      g_autofree char *accessible = NULL;
      GtkWidget *label, *times, *spin, *subtotal;

      if (i == 0 || (!note && values[i - 1] >= 2000))
        {
          title = gtk_label_new (note ? _("Notes") : _("Coins"));
          gtk_label_set_xalign (GTK_LABEL (title), 0.0);
          gtk_widget_add_css_class (title, "heading");
          if (i > 0)
            gtk_widget_set_margin_top (title, 12);
          gtk_grid_attach (GTK_GRID (grid), title, 0, row++, 4, 1);
        }

      label = gtk_label_new (value);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
      times = gtk_label_new ("×");
      gtk_widget_add_css_class (times, "dim-label");
      spin = gtk_spin_button_new_with_range (0, 99999, 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
      if (self->cash_counts != NULL)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->cash_counts[i]);
      /* Translators: a spin button's accessible name; %s is a note's or coin's value in baht. */
      accessible = g_strdup_printf (note ? _("Number of %s baht notes") : _("Number of %s baht coins"), value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (update_cash), self, G_CONNECT_SWAPPED);
      subtotal = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (subtotal), 1.0);
      gtk_widget_set_hexpand (subtotal, TRUE);
      gtk_widget_add_css_class (subtotal, "numeric");

      gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), times, 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), spin, 2, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), subtotal, 3, row, 1, 1);
      row++;
      self->cash_spins[i] = GTK_SPIN_BUTTON (spin);
      self->cash_subtotals[i] = GTK_LABEL (subtotal);
    }

  gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, row++, 4, 1);
  self->cash_counted_label = GTK_LABEL (cash_amount_label (GTK_GRID (grid), _("Counted"), row++));
  {
    g_autofree char *total = format_amount (sajja_savings_day_total (self->day));
    GtkWidget *label = cash_amount_label (GTK_GRID (grid), _("The day’s total"), row++);

    gtk_label_set_label (GTK_LABEL (label), total);
  }
  self->cash_difference_label = GTK_LABEL (cash_amount_label (GTK_GRID (grid), _("Difference"), row++));
  gtk_widget_set_name (GTK_WIDGET (self->cash_difference_label), "difference");

  adw_window_set_content (ADW_WINDOW (window), box);
  update_cash (self);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (self->cash_spins[0]));

  return GTK_WINDOW (window);
}

/* The "Close a Month" window. */

/* The next month that can be closed: the oldest month with entries that is still open, or,
 * when every such month is closed, the month after the last closed (the month before this one
 * when none is); only a month that has ended. */
static gboolean
month_to_close (SajjaSavingsPage *self,
                SajjaPeriod      *out)
{
  SajjaPeriod last, this_month;
  GDate now;
  gint64 oldest;

  g_date_clear (&now, 1);
  g_date_set_time_t (&now, time (NULL));
  this_month = sajja_period_from_date (&now);

  oldest = sajja_db_query_int_params (self->db,
                                      "SELECT ifnull (min (CAST (substr (period, 1, 4) AS INTEGER) * 100 "
                                      "+ CAST (substr (period, 6, 2) AS INTEGER)), 0) FROM journal WHERE group_id = ?1 "
                                      "AND period NOT IN (SELECT period FROM closed_months WHERE group_id = ?1)",
                                      0, 1, self->group_id);
  if (oldest > 0)
    {
      out->year = (int) (oldest / 100);
      out->month = (int) (oldest % 100);
    }
  else if (sajja_ledger_last_closed (self->db, self->group_id, &last))
    *out = sajja_period_add_months (last, 1);
  else
    *out = sajja_period_add_months (this_month, -1);

  return sajja_period_compare (*out, this_month) < 0;
}

static void
update_close_month (SajjaSavingsPage *self)
{
  SajjaPeriod last;

  if (self->close_window == NULL)
    return;

  if (sajja_ledger_last_closed (self->db, self->group_id, &last))
    {
      g_autofree char *shown = sajja_period_format (last, TRUE);

      gtk_label_set_label (self->close_last_label, shown);
    }
  else
    gtk_label_set_label (self->close_last_label, _("None yet"));

  self->close_possible = month_to_close (self, &self->close_period);
  if (self->close_possible)
    {
      g_autofree char *shown = sajja_period_format (self->close_period, TRUE);

      gtk_label_set_label (self->close_next_label, shown);
    }
  else
    gtk_label_set_label (self->close_next_label, _("None: this month has not ended yet"));
  gtk_widget_set_sensitive (self->close_button, self->close_possible);
}

static void
close_month_clicked_cb (SajjaSavingsPage *self)
{
  sajja_savings_page_close_month (self);
}

static GtkWidget *
close_month_row (GtkWidget  *grid,
                 const char *title,
                 int         row)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_add_css_class (value, "heading");
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value, 1, row, 1, 1);

  return value;
}

GtkWindow *
sajja_savings_page_show_close_month (SajjaSavingsPage *self)
{
  GtkWidget *window, *box, *header, *cancel, *close, *content, *grid, *explain, *error;
  GtkShortcutController *shortcuts;

  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);

  if (self->db == NULL || self->group_id == 0)
    return NULL;
  if (self->close_window != NULL)
    {
      update_close_month (self);
      gtk_window_present (self->close_window);
      return self->close_window;
    }

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Close a Month"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 440, -1);
  g_set_weak_pointer (&self->close_window, GTK_WINDOW (window));

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
  close = gtk_button_new_with_mnemonic (_("C_lose the Month"));
  gtk_widget_add_css_class (close, "suggested-action");
  g_signal_connect_object (close, "clicked", G_CALLBACK (close_month_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), close);
  gtk_box_append (GTK_BOX (box), header);
  self->close_button = close;

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_box_append (GTK_BOX (box), content);

  explain = gtk_label_new (_("A closed month accepts no more entries; corrections go into an open month. "
                             "Months are closed in order, once they have ended and the books are checked."));
  gtk_label_set_wrap (GTK_LABEL (explain), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (explain), 50);
  gtk_label_set_xalign (GTK_LABEL (explain), 0);
  gtk_box_append (GTK_BOX (content), explain);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_box_append (GTK_BOX (content), grid);
  self->close_last_label = GTK_LABEL (close_month_row (grid, _("Last month closed"), 0));
  self->close_next_label = GTK_LABEL (close_month_row (grid, _("Month to close"), 1));

  error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (content), error);
  self->close_error_label = GTK_LABEL (error);

  adw_window_set_content (ADW_WINDOW (window), box);
  update_close_month (self);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (close);

  return GTK_WINDOW (window);
}

gboolean
sajja_savings_page_get_month_to_close (SajjaSavingsPage *self,
                                       SajjaPeriod      *out)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), FALSE);

  if (self->db == NULL || self->group_id == 0)
    return FALSE;

  return month_to_close (self, out);
}

gboolean
sajja_savings_page_close_month (SajjaSavingsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), FALSE);

  if (self->close_window == NULL)
    return FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->close_error_label), FALSE);
  update_close_month (self);
  if (!self->close_possible)
    return FALSE;

  if (!sajja_ledger_close_month (self->db, self->group_id, self->close_period, g_get_real_name (), &error))
    {
      gtk_label_set_label (self->close_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->close_error_label), TRUE);
      return FALSE;
    }

  shown = sajja_period_format (self->close_period, TRUE);
  /* Translators: %s is a month, as in "พฤศจิกายน 2569". */
  message = g_strdup_printf (_("%s is closed."), shown);
  toast_message (self, message);
  gtk_window_destroy (self->close_window);
  g_clear_weak_pointer (&self->close_window);

  return TRUE;
}

const char *
sajja_savings_page_get_close_month_error (SajjaSavingsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), NULL);

  if (self->close_window == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->close_error_label)))
    return NULL;

  return gtk_label_get_label (self->close_error_label);
}

static void
close_month_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sajja_savings_page_show_close_month (SAJJA_SAVINGS_PAGE (widget));
}

static void
count_cash_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sajja_savings_page_count_cash (SAJJA_SAVINGS_PAGE (widget));
}

/* The group. */

void
sajja_savings_page_set_group (SajjaSavingsPage *self,
                              gint64            group_id)
{
  g_return_if_fail (SAJJA_IS_SAVINGS_PAGE (self));

  self->group_id = group_id;

  /* Keep the drop-down in step when the group is chosen from outside. */
  sajja_group_picker_select (self->group_dropdown, group_id);

  load_day (self);
}

gint64
sajja_savings_page_get_group (SajjaSavingsPage *self)
{
  g_return_val_if_fail (SAJJA_IS_SAVINGS_PAGE (self), 0);

  return self->group_id;
}

static void
group_selected_cb (SajjaSavingsPage *self)
{
  gint64 group_id = sajja_group_picker_get (self->group_dropdown);

  if (self->group_id == -1)
    return;
  if (group_id != 0 && group_id != self->group_id)
    sajja_savings_page_set_group (self, group_id);
}

void
sajja_savings_page_set_db (SajjaSavingsPage *self,
                           SajjaDb          *db)
{
  gint64 first;

  g_return_if_fail (SAJJA_IS_SAVINGS_PAGE (self));

  g_set_object (&self->db, db);

  self->group_id = -1;  /* so the drop-down's notify does not load a day on its own */
  first = sajja_group_picker_fill (self->groups, db);
  sajja_savings_page_set_group (self, first);
}

static void
sajja_savings_page_dispose (GObject *object)
{
  SajjaSavingsPage *self = (SajjaSavingsPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->cash_window != NULL)
    gtk_window_destroy (self->cash_window);
  if (self->close_window != NULL)
    gtk_window_destroy (self->close_window);
  g_clear_weak_pointer (&self->close_window);

  gtk_widget_dispose_template (GTK_WIDGET (self), SAJJA_TYPE_SAVINGS_PAGE);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->day, sajja_savings_day_free);
  g_clear_pointer (&self->cash_counts, g_free);
  g_clear_pointer (&self->day_iso, g_free);
  g_clear_object (&self->groups);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (sajja_savings_page_parent_class)->dispose (object);
}

static void
sajja_savings_page_class_init (SajjaSavingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_savings_page_dispose;

  /**
   * SajjaSavingsPage::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-savings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, count_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, day_entry);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, goto_entry);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, header_box);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, post_button);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, title);
  gtk_widget_class_bind_template_child (widget_class, SajjaSavingsPage, totals_box);
  gtk_widget_class_bind_template_callback (widget_class, day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, goto_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, goto_changed_cb);

  gtk_widget_class_install_action (widget_class, "savings.post", NULL, post_action);
  gtk_widget_class_install_action (widget_class, "savings.count-cash", NULL, count_cash_action);
  gtk_widget_class_install_action (widget_class, "savings.go-to", NULL, go_to_action);
  gtk_widget_class_install_action (widget_class, "savings.close-month", NULL, close_month_action);
  gtk_widget_class_install_action (widget_class, "savings.print-cash-book", NULL, print_cash_book_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "savings.post", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "savings.post", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "savings.go-to", NULL);
}

static void
sajja_savings_page_init (SajjaSavingsPage *self)
{
  g_autoptr(GtkExpression) name = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->groups = g_list_store_new (SAJJA_TYPE_GROUP);
  name = gtk_property_expression_new (SAJJA_TYPE_GROUP, NULL, "name");
  gtk_drop_down_set_expression (self->group_dropdown, name);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (self->groups));
  g_signal_connect_object (self->group_dropdown, "notify::selected", G_CALLBACK (group_selected_cb),
                           self, G_CONNECT_SWAPPED);

  build_header (self);
  build_totals (self);

  self->day_iso = g_date_time_format (now, "%Y-%m-%d");
  show_day_entry (self);
  show_day (self, NULL, NULL);
}
