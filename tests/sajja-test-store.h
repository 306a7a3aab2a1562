/* sajja-test-store.h: fixtures the books' tests share: throwaway files, groups with the
 * by-laws' defaults, members written straight into the tables, and checked postings. */
#pragma once

#include "sajja-db.h"
#include "sajja-ledger.h"

G_BEGIN_DECLS

char        *test_path  (const char *name);
SajjaDb     *open_ok    (const char *path);
void         close_ok   (SajjaDb *db);
/* A new database file @name in the test's own data folder. */
SajjaDb     *new_db     (const char *name);
gint64       query_int  (SajjaDb *db, const char *sql);
void         exec_ok    (SajjaDb *db, const char *sql);
SajjaPeriod  period     (int year, int month);
/* A group with the by-laws' defaults from 2000; returns its id. */
gint64       add_group  (SajjaDb *db, const char *name);
/* A member with @shares shares from joining, written straight into the tables; returns its id. */
gint64       add_member (SajjaDb *db, gint64 group_id, int member_no, const char *join_date, int shares);
void         set_shares (SajjaDb *db, gint64 member_id, int shares, const char *from);
/* Posts an entry that must be accepted; returns its id. */
gint64       post_ok    (SajjaDb *db, gint64 group_id, gint64 member_id, SajjaEntryKind kind, gint64 amount,
                         SajjaPeriod p, const char *paid_on);

G_END_DECLS
