/* sajja-print-loans.h: printed documents about loans: the loan contract with its guarantee
 * contracts (สัญญากู้เงิน, สัญญาค้ำประกัน), the repayment schedule (ตารางการผ่อนชำระ), the receipt
 * of a repayment (ใบเสร็จรับเงิน) and the notice to a guarantor of the borrower's default
 * (หนังสือบอกกล่าวผู้ค้ำประกัน); and two of the standard books (domain.md §4.1): the loan register
 * (ทะเบียนคุมเงินกู้) and the borrower's loan account (บัญชีลูกหนี้เงินกู้รายตัว).
 *
 * They carry what the law asks of a loan's papers (domain.md §1.6): a contract signed by the
 * borrower (ป.พ.พ. ม.653) that states the rate as quoted and as an effective yearly rate within
 * 15% (ม.654), no interest on interest (ม.655) and a late fine only on an overdue instalment's
 * principal (ม.224/1); a receipt signed for the lender for every repayment (ม.653); and the
 * guarantor's notice within 60 days of a default (ม.686). Every amount in words is made from the
 * amount in figures with sajja_money_to_thai_words(), and every date is in the Buddhist Era.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"
#include "sajja-page.h"

G_BEGIN_DECLS

/* The loan contract of a loan in any status but refused: the group as lender and the borrower
 * (name, member no., national ID, address), the amount in figures and in Thai words (for a loan
 * in kind, the goods, their quantity and price, repaid in money), the purpose and product, the
 * rate as quoted and the effective yearly rate, the repayment method, instalments and first due
 * day, the fee, the late fine and grace days, the legal clauses, and signature lines for the
 * borrower, the consenting spouse, the lender and two witnesses; then one guarantee contract
 * block for each guarantor, with the notice clause of ม.686 and a signature line. */
SajjaPageDocument *sajja_print_loan_contract     (SajjaDb     *db,
                                                  gint64       loan_id,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The repayment schedule: the loan's terms, then a row per instalment (number, due day,
 * principal, interest, instalment, balance after) and the totals. The newest schedule of a loan
 * paid out (a rescheduled one says so, with its version); a draft made from the loan's terms
 * for a loan not yet paid out, its first instalment one month after the application day. */
SajjaPageDocument *sajja_print_loan_schedule     (SajjaDb     *db,
                                                  gint64       loan_id,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The receipt of a loan repayment (receipts.id): its number and day, the member and the loan,
 * a line each for the late fine, the interest and the principal, the total in figures and in
 * Thai words, the principal still owed after it, and signature lines for the payer and the
 * treasurer who received the money for the lender. */
SajjaPageDocument *sajja_print_loan_receipt      (SajjaDb     *db,
                                                  gint64       receipt_id,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The notice dated @iso_date to @guarantor_id (a member id) that the borrower of @loan_id has
 * defaulted: since which due day, how many days, what is overdue and still owed, and the last
 * day the notice must reach the guarantor (60 days after the first overdue day, ม.686).
 * Refused (SAJJA_LOAN_ERROR_STATE) when the loan is not overdue at the end of @iso_date, and
 * (SAJJA_LOAN_ERROR_VALUE) when the member is not a guarantor of the loan. */
SajjaPageDocument *sajja_print_guarantor_notice  (SajjaDb     *db,
                                                  gint64       loan_id,
                                                  gint64       guarantor_id,
                                                  const char  *iso_date,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The loan register of @group_id at the end of @iso_date: a row for each loan applied for on or
 * before the day, by number (number, borrower's member no. and name, type, day paid out, amount,
 * rate as quoted, months, principal repaid and still owed, days overdue and status, all as of
 * the day; a loan not yet paid out that day has no figures but its amount), the totals of the
 * loans paid out by the day, then the loans out by how long overdue and PAR30
 * (sajja_loan_arrears()). Refused (SAJJA_LOAN_ERROR_VALUE) when @iso_date is not a date. */
SajjaPageDocument *sajja_print_loan_register     (SajjaDb     *db,
                                                  gint64       group_id,
                                                  const char  *iso_date,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The borrower's loan account: the loan's terms, borrower, guarantors and status, then every
 * movement of the loan in the journal by day (the payout, the fee, each repayment's fine,
 * interest and principal with its receipt's number, reversals, marked on both rows, and the
 * write-off) with the principal still owed after each, the totals, and the principal, interest
 * and fines paid in all. */
SajjaPageDocument *sajja_print_loan_ledger       (SajjaDb     *db,
                                                  gint64       loan_id,
                                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
