/* sajja-savings-page.h: the savings day: what each member pays, typed from the keyboard, the cash
 * counted at the close, and the day posted in one go. */
#pragma once

#include <adwaita.h>

#include "sajja-date.h"
#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_SAVINGS_PAGE (sajja_savings_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaSavingsPage, sajja_savings_page, SAJJA, SAVINGS_PAGE, AdwBin)

/* The amount fields of a member's line, in the order Enter moves through them. */
typedef enum
{
  SAJJA_SAVINGS_FIELD_PLEDGE,
  SAJJA_SAVINGS_FIELD_SPECIAL,
  SAJJA_SAVINGS_FIELD_FINE,
  SAJJA_SAVINGS_FIELD_LOAN,     /* only for a member with a loan to repay: Enter skips it otherwise */
  SAJJA_SAVINGS_N_FIELDS,
} SajjaSavingsField;

void        sajja_savings_page_set_db         (SajjaSavingsPage *self,
                                               SajjaDb          *db);
/* Shows the savings day of the group with @group_id (0 for none). */
void        sajja_savings_page_set_group      (SajjaSavingsPage *self,
                                               gint64            group_id);
gint64      sajja_savings_page_get_group      (SajjaSavingsPage *self);
/* Loads the day @iso ("YYYY-MM-DD"), as typing it into the date entry does. */
void        sajja_savings_page_set_day        (SajjaSavingsPage *self,
                                               const char       *iso);
const char *sajja_savings_page_get_day        (SajjaSavingsPage *self);
/* Whether the day is still being built in the background. */
gboolean    sajja_savings_page_is_loading     (SajjaSavingsPage *self);
guint       sajja_savings_page_get_n_lines    (SajjaSavingsPage *self);
/* The entry of @field on line @index (member-number order), or NULL. */
GtkWidget  *sajja_savings_page_get_field      (SajjaSavingsPage *self,
                                               guint             index,
                                               SajjaSavingsField field);
/* The message shown under line @index, or NULL when there is none. */
const char *sajja_savings_page_get_line_error (SajjaSavingsPage *self,
                                               guint             index);
/* The totals shown, as "pledges|specials|fines|loans|total|paid" for tests and scripts. */
char       *sajja_savings_page_dup_totals     (SajjaSavingsPage *self) G_GNUC_WARN_UNUSED_RESULT;
/* Opens the cash count window and returns it. */
GtkWindow  *sajja_savings_page_count_cash     (SajjaSavingsPage *self);
/* Posts the day, as "Post the Day" does. Returns FALSE when nothing was posted. */
gboolean    sajja_savings_page_post           (SajjaSavingsPage *self);

/* Opens the "Close a Month" window, as the menu item does, showing the last month closed and the
 * next that can be; returns it, or NULL without a group. */
GtkWindow  *sajja_savings_page_show_close_month (SajjaSavingsPage *self);
/* The month that window offers to close; FALSE when none can be closed yet. */
gboolean    sajja_savings_page_get_month_to_close (SajjaSavingsPage *self,
                                                   SajjaPeriod      *out);
/* Closes that month, as "Close the Month" does. TRUE when closed; otherwise the problem is
 * shown in the window (see sajja_savings_page_get_close_month_error()). */
gboolean    sajja_savings_page_close_month    (SajjaSavingsPage *self);
const char *sajja_savings_page_get_close_month_error (SajjaSavingsPage *self);

G_END_DECLS
