/* sajja-member-editor.h: the side-panel form for a member. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"
#include "sajja-ledger.h"
#include "sajja-member.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_MEMBER_EDITOR (sajja_member_editor_get_type ())

G_DECLARE_FINAL_TYPE (SajjaMemberEditor, sajja_member_editor, SAJJA, MEMBER_EDITOR, AdwBin)

typedef enum
{
  SAJJA_MEMBER_FIELD_MEMBER_NO,
  SAJJA_MEMBER_FIELD_TITLE,
  SAJJA_MEMBER_FIELD_GIVEN_NAME,
  SAJJA_MEMBER_FIELD_SURNAME,
  SAJJA_MEMBER_FIELD_NATIONAL_ID,
  SAJJA_MEMBER_FIELD_BIRTH_DATE,
  SAJJA_MEMBER_FIELD_PHONE,
  SAJJA_MEMBER_FIELD_ADDRESS,
  SAJJA_MEMBER_FIELD_JOIN_DATE,
  SAJJA_MEMBER_FIELD_SHARES,
  SAJJA_MEMBER_FIELD_SHARES_FROM,
  SAJJA_MEMBER_FIELD_STATUS_DATE,
  SAJJA_MEMBER_FIELD_STATUS_REASON,
  SAJJA_MEMBER_FIELD_OCCUPATION_1,
  SAJJA_MEMBER_FIELD_INCOME_1,
  SAJJA_MEMBER_FIELD_OCCUPATION_2,
  SAJJA_MEMBER_FIELD_INCOME_2,
  SAJJA_MEMBER_FIELD_SPOUSE_NAME,
  SAJJA_MEMBER_FIELD_SPOUSE_NO,
  SAJJA_MEMBER_FIELD_BENEFICIARY_1,
  SAJJA_MEMBER_FIELD_RELATION_1,
  SAJJA_MEMBER_FIELD_PERCENT_1,
  SAJJA_MEMBER_FIELD_BENEFICIARY_2,
  SAJJA_MEMBER_FIELD_RELATION_2,
  SAJJA_MEMBER_FIELD_PERCENT_2,
  SAJJA_MEMBER_FIELD_BENEFICIARY_3,
  SAJJA_MEMBER_FIELD_RELATION_3,
  SAJJA_MEMBER_FIELD_PERCENT_3,
  SAJJA_MEMBER_FIELD_WITNESS_1,
  SAJJA_MEMBER_FIELD_WITNESS_2,
  SAJJA_MEMBER_FIELD_CONSENT_DATE,
  SAJJA_MEMBER_FIELD_CONSENT_SCOPE,
  SAJJA_MEMBER_N_FIELDS,
} SajjaMemberField;

/* Edits a copy of @member, or a new member of @group_id when @member is NULL. */
void         sajja_member_editor_edit            (SajjaMemberEditor *self,
                                                  SajjaDb           *db,
                                                  gint64             group_id,
                                                  SajjaMember       *member);
/* Reads the form, shows each problem at its field, and saves. TRUE when saved. */
gboolean     sajja_member_editor_save            (SajjaMemberEditor *self);
GtkEditable *sajja_member_editor_get_field       (SajjaMemberEditor *self,
                                                  SajjaMemberField   field);
const char  *sajja_member_editor_get_field_error (SajjaMemberEditor *self,
                                                  SajjaMemberField   field);
/* The status and gender choices (positions follow SajjaMemberStatus and SajjaGender). */
AdwComboRow *sajja_member_editor_get_status_row  (SajjaMemberEditor *self);
AdwComboRow *sajja_member_editor_get_gender_row  (SajjaMemberEditor *self);

/* The fields of the Money section: a withdrawal of special deposits, and leaving the group. */
typedef enum
{
  SAJJA_MONEY_FIELD_WITHDRAW_AMOUNT,
  SAJJA_MONEY_FIELD_WITHDRAW_DATE,
  SAJJA_MONEY_FIELD_LEAVE_DATE,
  SAJJA_MONEY_FIELD_LEAVE_REASON,
  SAJJA_MONEY_N_FIELDS,
} SajjaMoneyField;

/* The balance shown for @account (pledge, special or fines), as "1,234.00". */
const char  *sajja_member_editor_get_balance     (SajjaMemberEditor *self,
                                                  SajjaAccount       account);
GtkEditable *sajja_member_editor_get_money_field (SajjaMemberEditor *self,
                                                  SajjaMoneyField    field);
const char  *sajja_member_editor_get_money_error (SajjaMemberEditor *self,
                                                  SajjaMoneyField    field);
/* Shows the withdrawal fields, as "Withdraw…" does. */
void         sajja_member_editor_show_withdraw   (SajjaMemberEditor *self);
/* Withdraws the amount typed, as "Withdraw" does. Returns the receipt number, or 0 with the
 * problem shown at its field. */
gint64       sajja_member_editor_withdraw        (SajjaMemberEditor *self);
/* Opens the "Leave the Group" window, as "Leave the Group…" does, and returns it. */
GtkWindow   *sajja_member_editor_show_leave      (SajjaMemberEditor *self);
/* The leaving status in that window: resigned, deceased, expelled, in that order. */
AdwComboRow *sajja_member_editor_get_leave_status_row (SajjaMemberEditor *self);
/* Pays the member out and records their leaving, as "Pay Out and Leave" does. TRUE when done;
 * otherwise the problem is shown at its field. */
gboolean     sajja_member_editor_leave           (SajjaMemberEditor *self);

/* The rows of the member's loans and of the loans the member guarantees, one a line. */
char *sajja_member_editor_describe_loans (SajjaMemberEditor *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
