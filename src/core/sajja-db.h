/* sajja-db.h: the SQLite file that holds a group's (or a district's) books.
 *
 * One connection per SajjaDb. WAL journal, foreign keys on, schema migrations by user_version,
 * an integrity check on open, rotating backups with the sqlite3 backup API.
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The schema this Sajja writes. Each migration in sajja-db.c raises it by one. */
#define SAJJA_DB_SCHEMA_VERSION 8
/* PRAGMA application_id of every Sajja file: "SAJJ". */
#define SAJJA_DB_APPLICATION_ID 0x53414A4A

#define SAJJA_DB_ERROR (sajja_db_error_quark ())

typedef enum
{
  SAJJA_DB_ERROR_FAILED,
  SAJJA_DB_ERROR_OPEN,          /* the file could not be opened or created */
  SAJJA_DB_ERROR_NOT_SAJJA,     /* a file that is not a Sajja database */
  SAJJA_DB_ERROR_CORRUPT,       /* the integrity check failed: the file is damaged */
  SAJJA_DB_ERROR_NEWER_VERSION, /* made by a newer Sajja: refused, left untouched */
  SAJJA_DB_ERROR_CONSTRAINT,    /* a row broke a rule of the data (CHECK, UNIQUE, FOREIGN KEY) */
  SAJJA_DB_ERROR_BUSY,          /* another program holds the file */
  SAJJA_DB_ERROR_READ_ONLY,
  SAJJA_DB_ERROR_FULL,          /* the disk is full */
  SAJJA_DB_ERROR_IO,
  SAJJA_DB_ERROR_NOT_FOUND,
} SajjaDbError;

GQuark sajja_db_error_quark (void);

typedef enum
{
  SAJJA_DB_OPEN_DEFAULT = 0,
  /* Reads only: no migration, nothing written. Older schemas are allowed. */
  SAJJA_DB_OPEN_READ_ONLY = 1 << 0,
  /* Skips the integrity check on open (for benchmarks and the verify command, which runs its
   * own, fuller check). */
  SAJJA_DB_OPEN_SKIP_CHECK = 1 << 1,
} SajjaDbOpenFlags;

#define SAJJA_TYPE_DB (sajja_db_get_type ())

G_DECLARE_FINAL_TYPE (SajjaDb, sajja_db, SAJJA, DB, GObject)

SajjaDb      *sajja_db_open                (const char       *path,
                                            SajjaDbOpenFlags  flags,
                                            GError          **error) G_GNUC_WARN_UNUSED_RESULT;
/* The default database: sajja.db in the user data folder. */
char         *sajja_db_get_default_path    (void) G_GNUC_WARN_UNUSED_RESULT;

const char   *sajja_db_get_path            (SajjaDb          *self);
sqlite3      *sajja_db_get_handle          (SajjaDb          *self);
int           sajja_db_get_schema_version  (SajjaDb          *self);
/* Whether anything was written through this connection since it was opened. */
gboolean      sajja_db_has_changes         (SajjaDb          *self);

/* Closes the connection. With @backup, first writes a rotating backup if anything changed,
 * keeping the newest @keep backups. Further calls on @self fail. */
gboolean      sajja_db_close               (SajjaDb          *self,
                                            gboolean          backup,
                                            guint             keep,
                                            GError          **error);

/* One user action is one transaction: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error. */
gboolean      sajja_db_begin               (SajjaDb          *self,
                                            GError          **error);
gboolean      sajja_db_commit              (SajjaDb          *self,
                                            GError          **error);
void          sajja_db_rollback            (SajjaDb          *self);
/* Whether sajja_db_begin() opened a transaction that is not yet committed or rolled back. */
gboolean      sajja_db_in_transaction      (SajjaDb          *self);
/* One change: a transaction of its own, or, inside the caller's transaction, a savepoint, so
 * that a refused change leaves nothing of itself behind either way. @own says which, for
 * sajja_db_end_change(). */
gboolean      sajja_db_begin_change        (SajjaDb          *self,
                                            gboolean         *own,
                                            GError          **error);
/* Commits (or releases) the change when @ok, rolls it back otherwise. Returns @ok, or FALSE
 * when the commit failed. */
gboolean      sajja_db_end_change          (SajjaDb          *self,
                                            gboolean          own,
                                            gboolean          ok,
                                            GError          **error);

gboolean      sajja_db_exec                (SajjaDb          *self,
                                            const char       *sql,
                                            GError          **error);
/* A prepared statement, cached by its SQL text and reset before it is returned. The caller
 * binds, steps and must not finalize it. */
sqlite3_stmt *sajja_db_prepare             (SajjaDb          *self,
                                            const char       *sql,
                                            GError          **error);
/* The single integer a query returns, or @fallback when it returns no row. */
gint64        sajja_db_query_int           (SajjaDb          *self,
                                            const char       *sql,
                                            gint64            fallback,
                                            GError          **error);

/* The single integer a query with integer parameters (?1, ?2, …) returns, through the statement
 * cache, or @fallback when it returns no row or fails. */
gint64        sajja_db_query_int_params    (SajjaDb          *self,
                                            const char       *sql,
                                            gint64            fallback,
                                            guint             n_params,
                                            ...);

/* Runs a statement with integer parameters (?1, ?2, …) that returns no rows, through the
 * statement cache. */
gboolean      sajja_db_exec_params         (SajjaDb          *self,
                                            const char       *sql,
                                            GError          **error,
                                            guint             n_params,
                                            ...);

/* Steps @stmt, a statement that returns no rows, and resets it. On failure sets @error from
 * SQLite's code, with @what (translated, nullable) saying what was being done. */
gboolean      sajja_db_step_done           (SajjaDb          *self,
                                            sqlite3_stmt     *stmt,
                                            const char       *what,
                                            GError          **error);

/* Records a user action in the action log (inside the caller's transaction). */
gboolean      sajja_db_log_action          (SajjaDb          *self,
                                            const char       *action,
                                            const char       *subject_uuid,
                                            const char       *detail,
                                            GError          **error);

/* Sets @error from an SQLite result code, with a translated message that says what to do.
 * @what is a short translated description of what was being done, or NULL. */
void          sajja_db_set_error           (GError          **error,
                                            sqlite3          *handle,
                                            int               rc,
                                            const char       *what);

/* Checks a file without writing to it: that it is a Sajja database of a schema this Sajja can
 * read and that it passes the integrity check. Sets @out_version when not NULL. */
gboolean      sajja_db_check_file          (const char       *path,
                                            int              *out_version,
                                            GError          **error);

/* Verifies the file's integrity and the books' invariants. Returns TRUE when all is well;
 * otherwise FALSE, with each problem, translated, appended to @problems. */
gboolean      sajja_db_verify              (SajjaDb          *self,
                                            GPtrArray        *problems);

/* Writes a consistent copy of the database to @dest (sqlite3 backup API, then a rename). */
gboolean      sajja_db_backup_to           (SajjaDb          *self,
                                            const char       *dest,
                                            GError          **error);
/* The folder automatic backups of @db_path go to: "<db_path>.backups". */
char         *sajja_db_get_backup_dir      (const char       *db_path) G_GNUC_WARN_UNUSED_RESULT;
/* Writes a backup into the backup folder and deletes all but the newest @keep.
 * Returns the new backup's path in @out_path when not NULL. */
gboolean      sajja_db_rotate_backup       (SajjaDb          *self,
                                            guint             keep,
                                            char            **out_path,
                                            GError          **error);
/* The automatic backups of @db_path, newest first, as full paths. */
GPtrArray    *sajja_db_list_backups        (const char       *db_path) G_GNUC_WARN_UNUSED_RESULT;
/* Replaces @target with the contents of @backup, after checking @backup. When @target is a
 * readable Sajja file it is first saved into its backup folder, so a restore can be undone.
 * No connection to @target may be open. */
gboolean      sajja_db_restore             (const char       *backup,
                                            const char       *target,
                                            GError          **error);

G_END_DECLS
