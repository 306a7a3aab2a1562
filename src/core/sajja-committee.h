/* sajja-committee.h: a group's four committees and who holds which position, by term. */
#pragma once

#include <glib.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_COMMITTEE_ERROR (sajja_committee_error_quark ())

typedef enum
{
  SAJJA_COMMITTEE_ERROR_TERM,    /* a term ending before it starts, or a bad date */
  SAJJA_COMMITTEE_ERROR_MEMBER,  /* not an active member of the group */
  SAJJA_COMMITTEE_ERROR_TAKEN,   /* a single-holder position already held in that period */
} SajjaCommitteeError;

GQuark sajja_committee_error_quark (void);

typedef enum
{
  SAJJA_COMMITTEE_EXECUTIVE,  /* คณะกรรมการอำนวยการ */
  SAJJA_COMMITTEE_LOAN,       /* คณะกรรมการเงินกู้ */
  SAJJA_COMMITTEE_AUDIT,      /* คณะกรรมการตรวจสอบ */
  SAJJA_COMMITTEE_PROMOTION,  /* คณะกรรมการส่งเสริม */
  SAJJA_N_COMMITTEES,
} SajjaCommittee;

typedef enum
{
  SAJJA_POSITION_CHAIR,
  SAJJA_POSITION_VICE_CHAIR,
  SAJJA_POSITION_TREASURER,
  SAJJA_POSITION_SECRETARY,
  SAJJA_POSITION_MEMBER,
  SAJJA_N_POSITIONS,
} SajjaPosition;

const char *sajja_committee_to_string     (SajjaCommittee committee);
gboolean    sajja_committee_from_string   (const char *name, SajjaCommittee *out);
const char *sajja_committee_get_title     (SajjaCommittee committee);  /* translated */
const char *sajja_position_to_string      (SajjaPosition position);
gboolean    sajja_position_from_string    (const char *name, SajjaPosition *out);
const char *sajja_position_get_title      (SajjaPosition position);    /* translated */

typedef struct
{
  gint64 id;
  char *uuid;
  gint64 group_id;
  SajjaCommittee committee;
  SajjaPosition position;
  gint64 member_id;
  char *member_name;   /* "นายสมชาย ใจดี", read with the term */
  char *term_from;     /* ISO */
  char *term_to;       /* ISO, or NULL while the term is open */
} SajjaCommitteeTerm;

void        sajja_committee_term_free     (SajjaCommitteeTerm *term);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaCommitteeTerm, sajja_committee_term_free)

/* Records that @member_id holds @position in @committee from @term_from to @term_to (NULL:
 * open). Checks the dates, that the member belongs to the group and is active on @term_from,
 * and that a position other than "member" has one holder at a time. */
gboolean    sajja_committee_add_term      (SajjaDb        *db,
                                           gint64          group_id,
                                           SajjaCommittee  committee,
                                           SajjaPosition   position,
                                           gint64          member_id,
                                           const char     *term_from,
                                           const char     *term_to,
                                           GError        **error);
/* Ends an open term on @term_to. */
gboolean    sajja_committee_end_term      (SajjaDb        *db,
                                           gint64          term_id,
                                           const char     *term_to,
                                           GError        **error);
/* The terms of a group: those in force on @on_date (ISO), or all of them, history included,
 * when @on_date is NULL. Ordered by committee, position, then start. */
GPtrArray  *sajja_committee_list          (SajjaDb        *db,
                                           gint64          group_id,
                                           const char     *on_date,
                                           GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
