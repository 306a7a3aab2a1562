/* sajja-bank.h: the group's bank book (สมุดบัญชีธนาคาร).
 *
 * Money moves between the group's cash box and its bank accounts (group_bank_accounts):
 * deposits take cash to the bank, withdrawals bring it back; the bank itself credits interest
 * and charges fees. Each movement is an append-only row of bank_movements with its amount in
 * satang (+ into the bank account, - out of it). The cash on hand is the sum of the group's
 * journal entries less deposits plus withdrawals. Balances read from the bank's own statements
 * are recorded to reconcile the book with.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_BANK_ERROR (sajja_bank_error_quark ())

typedef enum
{
  SAJJA_BANK_ERROR_AMOUNT,     /* zero, negative or too large */
  SAJJA_BANK_ERROR_DATE,       /* not a date, or in the future */
  SAJJA_BANK_ERROR_ACCOUNT,    /* no such bank account */
  SAJJA_BANK_ERROR_CASH,       /* a deposit of more than the cash on hand */
  SAJJA_BANK_ERROR_BALANCE,    /* a withdrawal or fee of more than the book balance */
  SAJJA_BANK_ERROR_STATEMENT,  /* no statement balance recorded */
} SajjaBankError;

GQuark sajja_bank_error_quark (void);

typedef enum
{
  SAJJA_BANK_DEPOSIT,      /* cash → bank */
  SAJJA_BANK_WITHDRAWAL,   /* bank → cash */
  SAJJA_BANK_INTEREST,     /* credited by the bank */
  SAJJA_BANK_FEE,          /* charged by the bank */
  SAJJA_BANK_N_KINDS,
} SajjaBankKind;

const char *sajja_bank_kind_to_string   (SajjaBankKind kind);
gboolean    sajja_bank_kind_from_string (const char *name, SajjaBankKind *out);
const char *sajja_bank_kind_get_title   (SajjaBankKind kind);   /* translated */

/* The id of the group's account at @bank numbered @account_no, or 0. */
gint64      sajja_bank_find_account     (SajjaDb     *db,
                                         gint64       group_id,
                                         const char  *bank,
                                         const char  *account_no);

/* Records a movement of @amount satang (always positive; the kind gives the direction) on
 * @day (ISO, not in the future). A deposit is refused when more than the cash on hand, a
 * withdrawal or fee when more than the account's book balance (on @day and today).
 * Returns the movement's id, or 0 with @error set. */
gint64      sajja_bank_record           (SajjaDb        *db,
                                         gint64          account_id,
                                         SajjaBankKind   kind,
                                         gint64          amount,
                                         const char     *day,
                                         const char     *recorded_by,
                                         const char     *note,
                                         GError        **error);
gint64      sajja_bank_deposit          (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                                         const char *recorded_by, const char *note, GError **error);
gint64      sajja_bank_withdraw         (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                                         const char *recorded_by, const char *note, GError **error);
gint64      sajja_bank_add_interest     (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                                         const char *recorded_by, const char *note, GError **error);
gint64      sajja_bank_add_fee          (SajjaDb *db, gint64 account_id, gint64 amount, const char *day,
                                         const char *recorded_by, const char *note, GError **error);

/* The book balance of an account at the end of @day (ISO), or of all its movements when @day
 * is NULL. */
gint64      sajja_bank_balance          (SajjaDb     *db,
                                         gint64       account_id,
                                         const char  *day);
/* The group's cash on hand at the end of @day (ISO; NULL: everything recorded): the sum of
 * its journal entries less deposits to the bank plus withdrawals from it. */
gint64      sajja_bank_cash_on_hand     (SajjaDb     *db,
                                         gint64       group_id,
                                         const char  *day);

/* Records the balance the bank's statement (or passbook) shows on @date; a second balance for
 * the same day replaces the first. */
gboolean    sajja_bank_record_statement (SajjaDb     *db,
                                         gint64       account_id,
                                         const char  *date,
                                         gint64       balance,
                                         GError     **error);
/* The latest statement balance on or before @date (NULL: the latest of all). Returns FALSE
 * when there is none. @out_date (ISO, to free) and @out_balance may be NULL. */
gboolean    sajja_bank_latest_statement (SajjaDb     *db,
                                         gint64       account_id,
                                         const char  *date,
                                         char       **out_date,
                                         gint64      *out_balance);

/* Reconciles the book with the latest statement on or before @date (NULL: the latest): the
 * book balance on the statement's date, the statement's balance and the difference (statement
 * less book; 0 when they agree). Fails with SAJJA_BANK_ERROR_STATEMENT when no statement
 * balance is recorded. Any out parameter may be NULL. */
gboolean    sajja_bank_reconcile        (SajjaDb     *db,
                                         gint64       account_id,
                                         const char  *date,
                                         gint64      *out_book,
                                         gint64      *out_statement,
                                         gint64      *out_difference,
                                         GError     **error);

G_END_DECLS
