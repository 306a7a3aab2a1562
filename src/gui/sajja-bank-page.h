/* sajja-bank-page.h: the group's bank book: movements, statement balances and reconciling. */
#pragma once

#include <adwaita.h>

#include "sajja-bank.h"
#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_BANK_PAGE (sajja_bank_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaBankPage, sajja_bank_page, SAJJA, BANK_PAGE, AdwBin)

void         sajja_bank_page_set_db           (SajjaBankPage *self,
                                               SajjaDb       *db);
void         sajja_bank_page_set_group        (SajjaBankPage *self,
                                               gint64         group_id);
gint64       sajja_bank_page_get_group        (SajjaBankPage *self);
/* The id of the bank account shown, or 0 when the group has none. */
gint64       sajja_bank_page_get_account      (SajjaBankPage *self);
/* Records the movement described by the form; TRUE when recorded, else the problem shows at
 * its field. */
gboolean     sajja_bank_page_record           (SajjaBankPage *self);
/* Records the statement balance described by its form, likewise. */
gboolean     sajja_bank_page_record_statement (SajjaBankPage *self);
/* For tests: the forms' fields and what is shown. */
AdwComboRow *sajja_bank_page_get_kind_row     (SajjaBankPage *self);
GtkEditable *sajja_bank_page_get_amount_field (SajjaBankPage *self);
GtkEditable *sajja_bank_page_get_date_field   (SajjaBankPage *self);
GtkEditable *sajja_bank_page_get_note_field   (SajjaBankPage *self);
GtkEditable *sajja_bank_page_get_statement_date_field    (SajjaBankPage *self);
GtkEditable *sajja_bank_page_get_statement_balance_field (SajjaBankPage *self);
const char  *sajja_bank_page_get_error        (SajjaBankPage *self);
const char  *sajja_bank_page_get_book_balance (SajjaBankPage *self);
const char  *sajja_bank_page_get_difference   (SajjaBankPage *self);
guint        sajja_bank_page_get_n_movements  (SajjaBankPage *self);

G_END_DECLS
