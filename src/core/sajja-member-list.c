/* sajja-member-list.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-member-list.h"
#include "sajja-member.h"
#include "sajja-money.h"

#define CACHE_SIZE 512

static char *
normalize_query (const char *query,
                 gboolean   *out_digits)
{
  g_autofree char *ascii = sajja_thai_digits_to_ascii (query != NULL ? query : "");
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean digits_only = TRUE;

  g_strstrip (ascii);
  for (const char *p = ascii; *p != '\0'; p++)
    if (!(g_ascii_isdigit (*p) || *p == '-' || *p == ' '))
      digits_only = FALSE;

  *out_digits = digits_only;

  /* "1-2345-67890-12-1" finds the ID stored as 13 digits. */
  if (digits_only)
    {
      for (const char *p = ascii; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (out, *p);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  return g_steal_pointer (&ascii);
}

static const char *
order_by (SajjaMemberSort sort,
          gboolean        descending)
{
  switch (sort)
    {
    case SAJJA_MEMBER_SORT_NAME:
      return descending ? "m.sort_key DESC, m.member_no DESC" : "m.sort_key, m.member_no";
    case SAJJA_MEMBER_SORT_JOIN_DATE:
      return descending ? "m.join_date DESC, m.member_no DESC" : "m.join_date, m.member_no";
    case SAJJA_MEMBER_SORT_STATUS:
      return descending ? "m.status != 'active' DESC, m.status DESC, m.sort_key"
                        : "m.status != 'active', m.status, m.sort_key";
    case SAJJA_MEMBER_SORT_NUMBER:
    default:
      return descending ? "m.group_id, m.member_no DESC" : "m.group_id, m.member_no";
    }
}

/* The WHERE clause for a query of one or two characters, below a trigram. */
static const char *
short_query_where (gboolean digits,
                   gboolean from_index)
{
  /* The names are read from the search index's own copy of the text (the FTS5 content table:
   * c0 is the name, c1 the member number, a space and the national ID), which is a tenth of
   * the members table, so a scan of 100,000 names stays within a keystroke. Member numbers and
   * ID numbers hold only digits, so only a query of digits is looked for there, and only in the
   * rows whose number or ID holds it at all. */
  if (from_index)
    return digits ? "(instr (f.c0, ?2) > 0 OR (instr (f.c1, ?2) > 0 AND (instr (f.c1, ?2) = 1 "
                    " OR instr (substr (f.c1, instr (f.c1, ' ') + 1), ?2) > 0)))"
                  : "instr (f.c0, ?2) > 0";

  return digits ? "(instr (m.given_name || ' ' || m.surname, ?2) > 0 OR instr (m.member_no, ?2) = 1 "
                  " OR instr (ifnull (m.national_id, ''), ?2) > 0)"
                : "instr (m.given_name || ' ' || m.surname, ?2) > 0";
}

GArray *
sajja_member_search_ids (SajjaDb          *db,
                         gint64            group_id,
                         const char       *query,
                         SajjaMemberSort   sort,
                         gboolean          descending,
                         GError          **error)
{
  gboolean digits = FALSE;
  g_autofree char *q = normalize_query (query, &digits);
  g_autofree char *sql = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  /* "m.group_id = ?1" rather than "(?1 = 0 OR m.group_id = ?1)", so that one group's list is
   * read through the group's indexes instead of a scan of every member. */
  const char *in_group = group_id != 0 ? "m.group_id = ?1" : "?1 = 0";
  glong length = g_utf8_strlen (q, -1);
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  if (length == 1 || length == 2)
    {
      /* Shorter than a trigram: the index cannot help, so read the names. */
      sql = g_strdup_printf ("SELECT m.id FROM members m CROSS JOIN members_fts_content f ON f.id = m.id "
                             "WHERE %s AND %s ORDER BY %s",
                             in_group, short_query_where (digits, TRUE), order_by (sort, descending));
      stmt = sajja_db_prepare (db, sql, NULL);
      if (stmt == NULL)
        {
          /* A search index without that table: read the members themselves. */
          g_free (sql);
          sql = g_strdup_printf ("SELECT m.id FROM members m WHERE %s AND %s ORDER BY %s",
                                 in_group, short_query_where (digits, FALSE), order_by (sort, descending));
        }
    }
  else
    {
      /* The trigram index answers any substring of three characters or more. */
      sql = g_strdup_printf ("SELECT m.id FROM members m WHERE %s AND %s ORDER BY %s", in_group,
                             length == 0 ? "1" : "m.id IN (SELECT rowid FROM members_fts WHERE members_fts MATCH ?2)",
                             order_by (sort, descending));
    }
  if (stmt == NULL)
    stmt = sajja_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, group_id);
  if (length >= 3)
    {
      /* One phrase, quotes doubled, so the text is matched as typed and never read as syntax. */
      g_autoptr(GString) phrase = g_string_new ("\"");

      for (const char *p = q; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (phrase, '"');
          g_string_append_c (phrase, *p);
        }
      g_string_append_c (phrase, '"');
      sqlite3_bind_text (stmt, 2, phrase->str, -1, SQLITE_TRANSIENT);
    }
  else if (length > 0)
    sqlite3_bind_text (stmt, 2, q, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, sajja_db_get_handle (db), rc, _("Could not search the members"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

struct _SajjaMemberList
{
  GObject parent_instance;

  SajjaDb *db;
  gint64 group_id;
  GArray *ids;
  GHashTable *cache;  /* id → SajjaMember */
  char *query;
  SajjaMemberSort sort;
  gboolean descending;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SajjaMemberList, sajja_member_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return SAJJA_TYPE_MEMBER;
}

static guint
get_n_items (GListModel *model)
{
  return SAJJA_MEMBER_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SajjaMemberList *self = SAJJA_MEMBER_LIST (model);
  g_autoptr(GError) error = NULL;
  SajjaMember *member;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  member = g_hash_table_lookup (self->cache, &id);
  if (member != NULL)
    return g_object_ref (member);

  member = sajja_member_find_by_id (self->db, id, &error);
  if (member == NULL)
    {
      /* Deleted under us: show an empty row rather than break the view. */
      g_debug ("Member %" G_GINT64_FORMAT " could not be read: %s", id, error->message);
      member = sajja_member_new (self->group_id);
    }

  if (g_hash_table_size (self->cache) >= CACHE_SIZE)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (member));

  return member;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
sajja_member_list_finalize (GObject *object)
{
  SajjaMemberList *self = (SajjaMemberList *)object;

  g_clear_object (&self->db);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (sajja_member_list_parent_class)->finalize (object);
}

static void
sajja_member_list_class_init (SajjaMemberListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sajja_member_list_finalize;
}

static void
sajja_member_list_init (SajjaMemberList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

SajjaMemberList *
sajja_member_list_new (SajjaDb *db,
                       gint64   group_id)
{
  SajjaMemberList *self;

  g_return_val_if_fail (SAJJA_IS_DB (db), NULL);

  self = g_object_new (SAJJA_TYPE_MEMBER_LIST, NULL);
  self->db = g_object_ref (db);
  self->group_id = group_id;

  return self;
}

gboolean
sajja_member_list_query (SajjaMemberList  *self,
                         const char       *query,
                         SajjaMemberSort   sort,
                         gboolean          descending,
                         GError          **error)
{
  g_autoptr(GArray) ids = NULL;
  guint removed;

  g_return_val_if_fail (SAJJA_IS_MEMBER_LIST (self), FALSE);

  ids = sajja_member_search_ids (self->db, self->group_id, query, sort, descending, error);
  if (ids == NULL)
    return FALSE;

  g_free (self->query);
  self->query = g_strdup (query);
  self->sort = sort;
  self->descending = descending;

  removed = self->ids->len;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_hash_table_remove_all (self->cache);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->ids->len);

  return TRUE;
}

gboolean
sajja_member_list_reload (SajjaMemberList  *self,
                          GError          **error)
{
  g_autofree char *query = NULL;

  g_return_val_if_fail (SAJJA_IS_MEMBER_LIST (self), FALSE);

  query = g_strdup (self->query);
  return sajja_member_list_query (self, query, self->sort, self->descending, error);
}

guint
sajja_member_list_find (SajjaMemberList *self,
                        gint64           id)
{
  g_return_val_if_fail (SAJJA_IS_MEMBER_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}
