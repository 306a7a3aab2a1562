/* sajja-print-private.h: what the printed documents share (sajja-print-common.c). */
#pragma once

#include <glib.h>

#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-page.h"

G_BEGIN_DECLS

/* The group with @group_id, or NULL with an error. */
SajjaGroup *_sajja_print_find_group      (SajjaDb           *db,
                                          gint64             group_id,
                                          GError           **error);
/* A date in the Buddhist Era whatever the setting, with month names in the UI's language. */
char       *_sajja_print_format_date_be  (const char        *iso,
                                          SajjaDateStyle     style);
/* A national ID as 1-2345-67890-12-3 (or as stored when it is not 13 digits). */
char       *_sajja_print_format_id       (const char        *national_id);
/* "1,237": a count grouped by thousands, as amounts are. */
char       *_sajja_print_format_count    (gint64             n);
/* The running header of a group's pages. */
char       *_sajja_print_group_header    (SajjaGroup        *group);
/* The group's name and place, centred under a title. */
void        _sajja_print_add_group_lines (SajjaPageDocument *doc,
                                          SajjaGroup        *group);
/* "Printed on …", today in the Buddhist Era. */
void        _sajja_print_add_printed_on  (SajjaPageDocument *doc);

/* "เขียนที่ … / วันที่ … เดือน … พ.ศ. …", on the right; blank slots when @date is NULL. */
void        _sajja_print_add_place_and_date (SajjaPageDocument *doc,
                                             const char        *place,
                                             const GDate       *date);

G_END_DECLS
