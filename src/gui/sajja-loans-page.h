/* sajja-loans-page.h: a group's loans: the portfolio and its arrears, each loan with what can be
 * done next, the application with its checks one by one, and the loan products. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_LOANS_PAGE (sajja_loans_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaLoansPage, sajja_loans_page, SAJJA, LOANS_PAGE, AdwBin)

typedef enum
{
  SAJJA_LOAN_FIELD_MEMBER,
  SAJJA_LOAN_FIELD_PRODUCT,
  SAJJA_LOAN_FIELD_AMOUNT,
  SAJJA_LOAN_FIELD_MONTHS,
  SAJJA_LOAN_FIELD_PURPOSE,
  SAJJA_LOAN_FIELD_GUARANTORS,
  SAJJA_LOAN_FIELD_ITEM,
  SAJJA_LOAN_FIELD_QUANTITY,
  SAJJA_LOAN_FIELD_UNIT,
  SAJJA_LOAN_FIELD_PRICE,
  SAJJA_LOAN_N_FIELDS,
} SajjaLoanField;

typedef enum
{
  SAJJA_PRODUCT_FIELD_NAME,
  SAJJA_PRODUCT_FIELD_RATE,
  SAJJA_PRODUCT_FIELD_MONTHS,
  SAJJA_PRODUCT_FIELD_CEILING,
  SAJJA_PRODUCT_FIELD_SAVINGS_PERCENT,
  SAJJA_PRODUCT_FIELD_GUARANTORS,
  SAJJA_PRODUCT_FIELD_GUARANTOR_LIMIT,
  SAJJA_PRODUCT_FIELD_MEMBER_MONTHS,
  SAJJA_PRODUCT_FIELD_FINE,
  SAJJA_PRODUCT_FIELD_GRACE,
  SAJJA_PRODUCT_FIELD_FROM,
  SAJJA_PRODUCT_N_FIELDS,
} SajjaProductField;

void         sajja_loans_page_set_db          (SajjaLoansPage *self,
                                               SajjaDb        *db);
void         sajja_loans_page_set_group       (SajjaLoansPage *self,
                                               gint64          group_id);
gint64       sajja_loans_page_get_group       (SajjaLoansPage *self);
void         sajja_loans_page_reload          (SajjaLoansPage *self);

/* The application form: check it (the checks are listed on the page), then file it. */
GtkEditable *sajja_loans_page_get_field       (SajjaLoansPage *self,
                                               SajjaLoanField  field);
AdwComboRow *sajja_loans_page_get_product_row (SajjaLoansPage *self);
const char  *sajja_loans_page_get_error       (SajjaLoansPage *self,
                                               SajjaLoanField  field);
/* Runs the checks; returns how many failed, or -1 when the form itself has a mistake. */
int          sajja_loans_page_check           (SajjaLoansPage *self);
/* Files the application; returns the new loan's id or 0. */
gint64       sajja_loans_page_apply           (SajjaLoansPage *self);

/* The product form. */
GtkEditable *sajja_loans_page_get_product_field (SajjaLoansPage   *self,
                                                 SajjaProductField field);
const char  *sajja_loans_page_get_product_error (SajjaLoansPage   *self,
                                                 SajjaProductField field);
gboolean     sajja_loans_page_save_product    (SajjaLoansPage *self);

/* What a loan's row offers, for the committee and the treasurer (dated today). */
gboolean     sajja_loans_page_approve         (SajjaLoansPage *self,
                                               gint64          loan_id,
                                               const char     *resolution);
gboolean     sajja_loans_page_disburse        (SajjaLoansPage *self,
                                               gint64          loan_id);
/* Records a repayment typed as baht; returns the receipt's id or 0 (its message in a toast). */
gint64       sajja_loans_page_repay           (SajjaLoansPage *self,
                                               gint64          loan_id,
                                               const char     *baht_text);
/* The day the page records and reports on: today unless another is typed. */
GtkEditable *sajja_loans_page_get_day_field   (SajjaLoansPage *self);
const char  *sajja_loans_page_get_day_error   (SajjaLoansPage *self);
guint        sajja_loans_page_get_n_loans     (SajjaLoansPage *self);
/* The subtitle of the portfolio row ("3 loans, 12,000.00 baht …"), for tests. */
const char  *sajja_loans_page_get_portfolio   (SajjaLoansPage *self);

G_END_DECLS
