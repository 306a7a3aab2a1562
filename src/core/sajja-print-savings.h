/* sajja-print-savings.h: printed documents about savings: receipts (ใบเสร็จรับเงิน), a member's
 * statement (สมุดบัญชี / รายการเคลื่อนไหว) and the group's cash book (สมุดเงินสด).
 *
 * Every amount in words is made from the amount in figures with sajja_money_to_thai_words(),
 * and every date is printed in the Buddhist Era.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"
#include "sajja-page.h"

G_BEGIN_DECLS

/* The receipt id (receipts.id) of receipt @number of the group, or 0 when there is none. */
gint64             sajja_print_find_receipt       (SajjaDb     *db,
                                                   gint64       group_id,
                                                   gint64       number);

/* One receipt: the group, its number, the day paid, the member, a line per entry with the
 * month it is for, the total in figures and in Thai words, and signature lines for the payer
 * and the treasurer. */
SajjaPageDocument *sajja_print_receipt            (SajjaDb     *db,
                                                   gint64       receipt_id,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* Every receipt of a savings day (savings_days.id) in number order, as many to a page as fit
 * (up to three), with a cutting line between them. */
SajjaPageDocument *sajja_print_receipts_for_day   (SajjaDb     *db,
                                                   gint64       savings_day_id,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* A member's statement: every entry of the pledged savings and special deposit accounts by
 * day paid, with the running balance of both accounts after each, reversals naming what they
 * undo, other payments (fines, fees, welfare) in a table of their own, and the closing
 * balances. */
SajjaPageDocument *sajja_print_statement          (SajjaDb     *db,
                                                   gint64       member_id,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* The same statement as plain text for a terminal, one line an entry. */
char              *sajja_print_statement_text     (SajjaDb     *db,
                                                   gint64       member_id,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The cash book of a group from @from to @to (ISO dates, both included): the balance brought
 * forward, day by day a row per receipt (and per entry without one) with cash in, cash out
 * and the running balance, a total for each day, the balance carried forward, and the totals
 * of the period by account. Every journal entry is taken to move cash. */
SajjaPageDocument *sajja_print_cash_book          (SajjaDb     *db,
                                                   gint64       group_id,
                                                   const char  *from,
                                                   const char  *to,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The group's bank book (สมุดบัญชีธนาคาร): for each bank account, its movements by day with the
 * running balance, then the reconciliation with the latest statement balance recorded: the
 * balance per book on the statement's day, the balance per statement and the difference. */
SajjaPageDocument *sajja_print_bank_book          (SajjaDb     *db,
                                                   gint64       group_id,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* The same bank book as plain text for a terminal. */
char              *sajja_print_bank_book_text     (SajjaDb     *db,
                                                   gint64       group_id,
                                                   GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
