/* sajja-member-entries.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>
#include <time.h>

#include "sajja-date.h"
#include "sajja-ledger.h"
#include "sajja-member-entries.h"
#include "sajja-money.h"

/* The newest entries shown; the statement prints them all. */
#define MAX_SHOWN 60

struct _SajjaMemberEntries
{
  AdwBin parent_instance;

  AdwPreferencesGroup *group;
  AdwExpanderRow *expander;
  GPtrArray *rows;

  SajjaDb *db;
  gint64 member_id;
};

G_DEFINE_FINAL_TYPE (SajjaMemberEntries, sajja_member_entries, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (SajjaMemberEntries *self);

gboolean
sajja_member_entries_reverse (SajjaMemberEntries  *self,
                              gint64               entry_id,
                              const char          *reason,
                              GError             **error)
{
  g_autofree char *today = NULL;
  GDate now;

  g_return_val_if_fail (SAJJA_IS_MEMBER_ENTRIES (self), FALSE);

  g_date_clear (&now, 1);
  g_date_set_time_t (&now, time (NULL));
  today = sajja_date_to_iso (&now);

  /* Today's month is never closed (only months that have ended are), so a correction of any
   * month, closed or not, goes into it, naming the entry it undoes. */
  if (sajja_ledger_reverse (self->db, entry_id, sajja_period_from_date (&now), today, NULL, reason, error) == 0)
    return FALSE;

  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

static void
reverse_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     SajjaMemberEntries *self)
{
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  gint64 entry_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "entry"));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "reverse"))
    return;

  if (!sajja_member_entries_reverse (self, entry_id, gtk_editable_get_text (reason), &error))
    {
      GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 _("The Entry Was Not Reversed"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
    }
}

static void
reverse_clicked_cb (GtkButton          *button,
                    SajjaMemberEntries *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Reverse This Entry?"),
                                              _("An opposite entry is recorded today, naming this one and the reason. "
                                                "Both stay in the books."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "reverse", _("_Reverse"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reverse", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", g_object_get_data (G_OBJECT (button), "entry"));
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reverse_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload (SajjaMemberEntries *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint shown = 0;

  for (guint i = 0; i < self->rows->len; i++)
    adw_expander_row_remove (self->expander, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->db == NULL || self->member_id == 0)
    return;

  entries = sajja_ledger_list_member (self->db, self->member_id, SAJJA_N_ACCOUNTS, NULL);
  for (guint i = entries != NULL ? entries->len : 0; i > 0 && shown < MAX_SHOWN; i--, shown++)
    {
      SajjaEntry *e = g_ptr_array_index (entries, i - 1);
      g_autofree char *day = sajja_date_format_iso (e->paid_on, SAJJA_DATE_STYLE_MEDIUM);
      g_autofree char *month = sajja_period_format (e->period, FALSE);
      g_autofree char *amount = sajja_money_format (e->amount);
      /* Translators: an entry: the day paid, the kind ("Pledge") and the month it is for. */
      g_autofree char *title = g_strdup_printf (_("%s: %s for %s"), day, sajja_entry_kind_get_title (e->kind), month);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (e->reversed)
        /* Translators: an entry's amount in baht and its account, for an entry undone later. */
        subtitle = g_strdup_printf (_("%s baht, %s (reversed)"), amount, sajja_account_get_title (e->account));
      else if (e->note != NULL && *e->note != '\0')
        /* Translators: an entry's amount in baht, its account and a note (the reason of a reversal). */
        subtitle = g_strdup_printf (_("%s baht, %s: %s"), amount, sajja_account_get_title (e->account), e->note);
      else
        /* Translators: an entry's amount in baht and its account. */
        subtitle = g_strdup_printf (_("%s baht, %s"), amount, sajja_account_get_title (e->account));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (!e->reversed && e->kind != SAJJA_ENTRY_REVERSAL)
        {
          GtkWidget *button = gtk_button_new_with_mnemonic (_("_Reverse…"));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (button), "entry", GSIZE_TO_POINTER (e->id));
          g_signal_connect_object (button, "clicked", G_CALLBACK (reverse_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      adw_expander_row_add_row (self->expander, row);
      g_ptr_array_add (self->rows, row);
    }

  {
    /* Translators: the title of the list of a member's entries; %u is how many are shown. */
    g_autofree char *label = g_strdup_printf (_("Entries in the books (%u newest)"), shown);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expander), label);
  }
}

void
sajja_member_entries_set_member (SajjaMemberEntries *self,
                                 SajjaDb            *db,
                                 gint64              member_id)
{
  g_return_if_fail (SAJJA_IS_MEMBER_ENTRIES (self));

  g_set_object (&self->db, db);
  self->member_id = member_id;
  reload (self);
}

guint
sajja_member_entries_get_n_rows (SajjaMemberEntries *self)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_ENTRIES (self), 0);

  return self->rows->len;
}

static void
sajja_member_entries_dispose (GObject *object)
{
  SajjaMemberEntries *self = (SajjaMemberEntries *)object;

  g_clear_object (&self->db);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sajja_member_entries_parent_class)->dispose (object);
}

static void
sajja_member_entries_class_init (SajjaMemberEntriesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sajja_member_entries_dispose;

  /**
   * SajjaMemberEntries::changed:
   *
   * Emitted after an entry was reversed: the balances changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sajja_member_entries_init (SajjaMemberEntries *self)
{
  self->rows = g_ptr_array_new ();
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group,
                                         _("A mistake is put right with a reversal: an opposite entry that names "
                                           "the one it undoes. Both stay in the books."));
  self->expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_group_add (self->group, GTK_WIDGET (self->expander));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}
