/* sajja-print-meeting.h: the meeting's papers: the month's financial summary. */
#pragma once

#include <glib.h>

#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-page.h"

G_BEGIN_DECLS

/* The month's financial summary of a group (สรุปผลการดำเนินงานประจำเดือน), every figure from
 * sajja_month_summary_compute(), with signature lines for the chair and the treasurer. */
SajjaPageDocument *sajja_print_month_summary (SajjaDb      *db,
                                              gint64        group_id,
                                              SajjaPeriod   period,
                                              GError      **error) G_GNUC_WARN_UNUSED_RESULT;

/* The same summary as text, a line a figure under each part's heading. */
char              *sajja_print_month_summary_text (SajjaDb      *db,
                                                   gint64        group_id,
                                                   SajjaPeriod   period,
                                                   GError      **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
