/* sajja-test-store.c: fixtures the books' tests share.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "sajja-bylaw.h"
#include "sajja-group.h"
#include "sajja-test-store.h"
#include "sajja-uuid.h"

char *
test_path (const char *name)
{
  const char *dir = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

SajjaDb *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

void
close_ok (SajjaDb *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_db_close (db, FALSE, 0, &error));
  g_assert_no_error (error);
  g_object_unref (db);
}

SajjaDb *
new_db (const char *name)
{
  g_autofree char *path = test_path (name);

  g_unlink (path);
  return open_ok (path);
}

gint64
query_int (SajjaDb    *db,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sajja_db_query_int (db, sql, -1, &error);

  g_assert_no_error (error);
  return n;
}

void
exec_ok (SajjaDb    *db,
         const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_db_exec (db, sql, &error));
  g_assert_no_error (error);
}

SajjaPeriod
period (int year,
        int month)
{
  return (SajjaPeriod) { year, month };
}

/* A group with the by-laws' defaults from 2000. */
gint64
add_group (SajjaDb    *db,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = sajja_uuid_new ();
  g_autoptr(SajjaGroup) group = g_object_new (SAJJA_TYPE_GROUP, "uuid", uuid, NULL);

  sajja_group_set_name (group, name);
  sajja_group_set_village (group, "บ้านทดสอบ");
  sajja_group_set_moo (group, 1);
  sajja_group_set_tambon (group, "ท่าข้าม");
  sajja_group_set_amphoe (group, "หาดใหญ่");
  sajja_group_set_changwat (group, "สงขลา");
  sajja_group_set_founded (group, "2000-01-01");
  g_assert_true (sajja_group_save (group, db, &error));
  g_assert_no_error (error);

  for (guint rule = 0; rule < SAJJA_BYLAW_N_RULES; rule++)
    {
      g_assert_true (sajja_bylaw_set (db, sajja_group_get_id (group), rule, sajja_bylaw_rule_get_default (rule),
                                      "2000-01-01", "", &error));
      g_assert_no_error (error);
    }

  return sajja_group_get_id (group);
}

/* A member with @shares shares from joining, written straight into the tables. */
gint64
add_member (SajjaDb    *db,
            gint64      group_id,
            int         member_no,
            const char *join_date,
            int         shares)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *shares_uuid = sajja_uuid_new ();
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = sajja_db_prepare (db,
                           "INSERT INTO members (uuid, group_id, member_no, given_name, surname, join_date, "
                           "created_at, updated_at) VALUES (?1, ?2, ?3, 'สมาชิก', ?4, ?5, 'x', 'x')",
                           &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_int (stmt, 3, member_no);
  sqlite3_bind_text (stmt, 4, uuid, 8, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, join_date, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  id = sqlite3_last_insert_rowid (sajja_db_get_handle (db));

  stmt = sajja_db_prepare (db, "INSERT INTO member_shares (uuid, member_id, shares, effective_from) VALUES (?, ?, ?, ?)",
                           &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, shares_uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_int (stmt, 3, shares);
  sqlite3_bind_text (stmt, 4, join_date, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);

  return id;
}

void
set_shares (SajjaDb    *db,
            gint64      member_id,
            int         shares,
            const char *from)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autofree char *sql = g_strdup_printf ("INSERT INTO member_shares (uuid, member_id, shares, effective_from) "
                                          "VALUES ('%s', %" G_GINT64_FORMAT ", %d, '%s')", uuid, member_id, shares, from);

  exec_ok (db, sql);
}

gint64
post_ok (SajjaDb        *db,
         gint64          group_id,
         gint64          member_id,
         SajjaEntryKind  kind,
         gint64          amount,
         SajjaPeriod     p,
         const char     *paid_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sajja_ledger_post (db, group_id, member_id, kind, amount, p, paid_on, 0, "test", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}
