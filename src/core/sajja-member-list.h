/* sajja-member-list.h: members found by a search, as a lazy GListModel of SajjaMember.
 *
 * The search and the sort run in SQL and give row ids; items are read when a view asks for
 * them, so a list of 100,000 members costs an array of ids.
 */
#pragma once

#include <gio/gio.h>

#include "sajja-db.h"

G_BEGIN_DECLS

typedef enum
{
  SAJJA_MEMBER_SORT_NUMBER,
  SAJJA_MEMBER_SORT_NAME,       /* Thai dictionary order of given name, then surname */
  SAJJA_MEMBER_SORT_JOIN_DATE,
  SAJJA_MEMBER_SORT_STATUS,
} SajjaMemberSort;

/* Ids of the members of @group_id (0: all groups) matching @query, sorted. The query matches a
 * substring of the name (given name, surname or both), of the member number or of the national
 * ID. Three characters or more use the FTS5 trigram index; one or two scan the names. */
GArray *sajja_member_search_ids (SajjaDb          *db,
                                 gint64            group_id,
                                 const char       *query,
                                 SajjaMemberSort   sort,
                                 gboolean          descending,
                                 GError          **error) G_GNUC_WARN_UNUSED_RESULT;

#define SAJJA_TYPE_MEMBER_LIST (sajja_member_list_get_type ())

G_DECLARE_FINAL_TYPE (SajjaMemberList, sajja_member_list, SAJJA, MEMBER_LIST, GObject)

SajjaMemberList *sajja_member_list_new       (SajjaDb         *db,
                                              gint64           group_id) G_GNUC_WARN_UNUSED_RESULT;
/* Runs the search again with @query and @sort, and emits items-changed once. */
gboolean         sajja_member_list_query     (SajjaMemberList *self,
                                              const char      *query,
                                              SajjaMemberSort  sort,
                                              gboolean         descending,
                                              GError         **error);
/* Re-reads the current query (after an edit). */
gboolean         sajja_member_list_reload    (SajjaMemberList *self,
                                              GError         **error);
/* The position of the member with @id, or G_MAXUINT. */
guint            sajja_member_list_find      (SajjaMemberList *self,
                                              gint64           id);

G_END_DECLS
