/* sajja-ledger.h: the group's books: an append-only journal of money entries.
 *
 * Every entry has its member (or none, for the group's own), an account, a kind, an amount in
 * satang (positive into the account, negative out of it), the period (month) it is for, the day
 * it was paid, and who recorded it. A balance is always the sum of its entries. A mistake is
 * corrected by a reversal that names the entry it undoes; the database refuses to change or
 * remove an entry, and to write into a closed month.
 */
#pragma once

#include <glib.h>

#include "sajja-date.h"
#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_LEDGER_ERROR (sajja_ledger_error_quark ())

typedef enum
{
  SAJJA_LEDGER_ERROR_AMOUNT,        /* zero, negative where it may not be, or too large */
  SAJJA_LEDGER_ERROR_PERIOD,        /* not a month, or before the member joined */
  SAJJA_LEDGER_ERROR_DATE,          /* not a date, or in the future */
  SAJJA_LEDGER_ERROR_CLOSED,        /* the month is closed */
  SAJJA_LEDGER_ERROR_REVERSAL,      /* a reversal of a reversal, or of an entry reversed already */
  SAJJA_LEDGER_ERROR_BALANCE,       /* a withdrawal larger than the balance */
  SAJJA_LEDGER_ERROR_MEMBER,        /* not an active member of the group */
  SAJJA_LEDGER_ERROR_RECEIPT,       /* a receipt number already used */
  SAJJA_LEDGER_ERROR_NOT_FOUND,
} SajjaLedgerError;

GQuark sajja_ledger_error_quark (void);

typedef enum
{
  SAJJA_ACCOUNT_PLEDGE,   /* สัจจะสะสม: pledged savings */
  SAJJA_ACCOUNT_SPECIAL,  /* เงินฝากพิเศษ: special deposits */
  SAJJA_ACCOUNT_FEES,     /* entry fees, the group's income */
  SAJJA_ACCOUNT_FINES,    /* fines, the group's income */
  SAJJA_ACCOUNT_WELFARE,  /* the welfare fund */
  SAJJA_ACCOUNT_LOANS,    /* ลูกหนี้เงินกู้: loans, as cash: negative out, positive back */
  SAJJA_ACCOUNT_INTEREST, /* ดอกเบี้ยเงินกู้: loan interest, the group's income */
  SAJJA_ACCOUNT_BAD_DEBTS,/* หนี้สูญ: loans written off */
  SAJJA_N_ACCOUNTS,
} SajjaAccount;

typedef enum
{
  SAJJA_ENTRY_PLEDGE,
  SAJJA_ENTRY_SPECIAL_DEPOSIT,
  SAJJA_ENTRY_WITHDRAWAL,
  SAJJA_ENTRY_FINE,
  SAJJA_ENTRY_ENTRY_FEE,
  SAJJA_ENTRY_WELFARE_CONTRIBUTION,
  SAJJA_ENTRY_WELFARE_PAYOUT,
  SAJJA_ENTRY_SETTLEMENT,
  SAJJA_ENTRY_REVERSAL,
  /* Loan entries: recorded by sajja-loan.h only, each naming its loan. */
  SAJJA_ENTRY_LOAN_DISBURSEMENT,
  SAJJA_ENTRY_LOAN_FEE,
  SAJJA_ENTRY_LOAN_PRINCIPAL,
  SAJJA_ENTRY_LOAN_INTEREST,
  SAJJA_ENTRY_LOAN_FINE,
  SAJJA_ENTRY_LOAN_WRITE_OFF,
  SAJJA_N_ENTRY_KINDS,
} SajjaEntryKind;

const char *sajja_account_to_string     (SajjaAccount account);
gboolean    sajja_account_from_string   (const char *name, SajjaAccount *out);
const char *sajja_account_get_title     (SajjaAccount account);     /* translated */
const char *sajja_entry_kind_to_string  (SajjaEntryKind kind);
gboolean    sajja_entry_kind_from_string (const char *name, SajjaEntryKind *out);
const char *sajja_entry_kind_get_title  (SajjaEntryKind kind);      /* translated */
/* The account an entry of @kind goes to (a reversal goes to its entry's account). */
SajjaAccount sajja_entry_kind_get_account (SajjaEntryKind kind);

/* One journal entry as read back. */
typedef struct
{
  gint64 id;
  char *uuid;
  gint64 group_id;
  gint64 member_id;        /* 0 for the group's own entries */
  SajjaAccount account;
  SajjaEntryKind kind;
  gint64 amount;           /* satang: + into the account, - out of it */
  SajjaPeriod period;
  char *paid_on;           /* ISO */
  gint64 receipt_number;   /* 0 when the entry has no receipt */
  gint64 reverses_id;      /* 0 unless a reversal */
  gint64 loan_id;          /* 0 unless a loan's entry */
  gboolean reversed;       /* a later reversal undoes this entry */
  char *recorded_by;
  char *note;
} SajjaEntry;

void        sajja_entry_free            (SajjaEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaEntry, sajja_entry_free)

/* The balance of a member's account (the sum of its entries), or of the group's account when
 * @member_id is 0 (the sum over the group, every member included). */
gint64      sajja_ledger_balance        (SajjaDb      *db,
                                         gint64        group_id,
                                         gint64        member_id,
                                         SajjaAccount  account);

/* The pledge expected of a member for @period: shares in force on the last day of the month
 * times the share value the by-laws set for that day; 0 before joining or after leaving. */
gint64      sajja_ledger_expected_pledge (SajjaDb     *db,
                                         gint64        member_id,
                                         SajjaPeriod   period);

/* A member's pledges still owed, from the month they joined (or @from when later) up to and
 * including @to: months where less than the expected pledge was paid, with the amount short
 * and the late fines due at the by-law's fine for each such month before @to. */
typedef struct
{
  guint months;            /* months short */
  gint64 amount;           /* satang short, in all */
  gint64 fines;            /* satang of late fines due, in all, less fines paid */
  SajjaPeriod first;       /* the earliest month short (valid when months > 0) */
} SajjaArrears;

gboolean    sajja_ledger_arrears        (SajjaDb      *db,
                                         gint64        member_id,
                                         SajjaPeriod   from,
                                         SajjaPeriod   to,
                                         SajjaArrears *out,
                                         GError      **error);

/* Posts one entry in its own transaction (or inside the caller's). Checks the amount's sign
 * for the kind (pledges, deposits, fines, fees and contributions are positive; withdrawals and
 * payouts negative and no larger than the balance), the member (of the group, for a period not
 * before joining; a member who has left may still be paid out), the date (not in the future), and that the month is open.
 * Returns the new entry's id, or 0 with @error set. */
gint64      sajja_ledger_post           (SajjaDb        *db,
                                         gint64          group_id,
                                         gint64          member_id,
                                         SajjaEntryKind  kind,
                                         gint64          amount,
                                         SajjaPeriod     period,
                                         const char     *paid_on,
                                         gint64          receipt_id,
                                         const char     *recorded_by,
                                         const char     *note,
                                         GError        **error);

/* Undoes entry @entry_id with an opposite entry for @period (an open month: a correction of a
 * closed month goes into the open one, naming what it corrects), dated @paid_on. Refuses a
 * reversal of a reversal and a second reversal of the same entry. */
gint64      sajja_ledger_reverse        (SajjaDb      *db,
                                         gint64        entry_id,
                                         SajjaPeriod   period,
                                         const char   *paid_on,
                                         const char   *recorded_by,
                                         const char   *reason,
                                         GError      **error);

/* A member's entries, oldest first by day paid then id; all accounts when @account is
 * SAJJA_N_ACCOUNTS. A GPtrArray of SajjaEntry. */
GPtrArray  *sajja_ledger_list_member    (SajjaDb      *db,
                                         gint64        member_id,
                                         SajjaAccount  account,
                                         GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* Closes @period for the group: it accepts no entry afterwards. Months close in order: every
 * earlier month with entries must be closed first. */
gboolean    sajja_ledger_close_month    (SajjaDb      *db,
                                         gint64        group_id,
                                         SajjaPeriod   period,
                                         const char   *closed_by,
                                         GError      **error);
gboolean    sajja_ledger_is_closed      (SajjaDb      *db,
                                         gint64        group_id,
                                         SajjaPeriod   period);
/* The latest closed month, or FALSE when none is. */
gboolean    sajja_ledger_last_closed    (SajjaDb      *db,
                                         gint64        group_id,
                                         SajjaPeriod  *out);

/* The next receipt number of the group (one more than the highest used). */
gint64      sajja_ledger_next_receipt   (SajjaDb      *db,
                                         gint64        group_id);
/* Creates a receipt for a member paid on @paid_on: numbered @number, or the next when 0.
 * Returns its id, or 0 with SAJJA_LEDGER_ERROR_RECEIPT when the number is taken. */
gint64      sajja_ledger_new_receipt    (SajjaDb      *db,
                                         gint64        group_id,
                                         gint64        member_id,
                                         const char   *paid_on,
                                         gint64        number,
                                         gint64        day_id,
                                         GError      **error);

G_END_DECLS
