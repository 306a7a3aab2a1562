/* sajja-print-members.h: printed documents about members: the member register (ทะเบียนสมาชิก)
 * and the membership application form (ใบสมัครสมาชิก, อทผ-01) with its beneficiaries page.
 */
#pragma once

#include <glib.h>

#include "sajja-db.h"
#include "sajja-page.h"

G_BEGIN_DECLS

SajjaPageDocument *sajja_print_member_register    (SajjaDb  *db,
                                                   gint64    group_id,
                                                   GError  **error) G_GNUC_WARN_UNUSED_RESULT;
SajjaPageDocument *sajja_print_member_application (SajjaDb  *db,
                                                   gint64    member_id,
                                                   GError  **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
