/* bench-members.c: how fast the member registry is at district scale.
 *
 * Makes (or reuses, when SAJJA_BENCH_DB names an existing file) a database with the demo
 * district: 500 groups, 100,000 members. Then measures, each several times, reporting the
 * median: opening the file (with its integrity check), showing the member list, searching as
 * one types, and sorting. The same SQL run by the sqlite3 shell is the outside reference.
 *
 *   meson test --benchmark -C _build members
 *   SAJJA_BENCH_DB=/tmp/district.db _build/tests/bench-members   (keeps the file for next time)
 *
 * Not a test: it prints a table and exits 0 (1 only when it cannot make the database).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-member-list.h"
#include "sajja-member.h"
#include "sajja-money.h"

#define N_GROUPS 500
#define N_MEMBERS 100000
#define N_RUNS 9
#define N_OPEN_RUNS 5
#define SEARCH_TARGET_MS 50.0
#define OPEN_TARGET_MS 1000.0

typedef struct
{
  double median;
  double min;
  double max;
} Timing;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static Timing
summarize (double *ms,
           guint   n)
{
  Timing t;

  qsort (ms, n, sizeof (double), compare_doubles);
  t.min = ms[0];
  t.max = ms[n - 1];
  t.median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  return t;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Prints UTF-8 as it is, whatever the locale (g_print would turn Thai into "?" under LANG=C). */
static void say (const char *format,
                 ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  fputs (text, stdout);
  fflush (stdout);
}

/* Columns @text takes on a terminal: Thai vowel and tone marks above and below take none. */
static glong
display_width (const char *text)
{
  glong width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c) && !g_unichar_iszerowidth (c))
        width++;
    }
  return width;
}

/* ---- the outside reference: the sqlite3 shell ------------------------------------------- */

static char *sqlite3_shell;

/* The SQL text sajja_member_search_ids() ran last, caught by a trace on the connection, so that
 * the shell is given exactly the same statement. */
static char *traced_sql;

static int
trace_cb (unsigned int  type,
          void         *data,
          void         *p,
          void         *x)
{
  const char *sql = sqlite3_sql (p);

  if (sql != NULL && g_str_has_prefix (sql, "SELECT m.id FROM members"))
    {
      g_free (traced_sql);
      traced_sql = g_strdup (sql);
    }
  return 0;
}

/* The value of ?2 as sajja_member_search_ids() binds it: Thai digits made ASCII, spaces around
 * removed, a number typed with dashes as its digits, and from three characters on an FTS5
 * phrase with its quotes doubled. */
static char *
search_parameter (const char *typed)
{
  g_autofree char *ascii = sajja_thai_digits_to_ascii (typed);
  g_autoptr(GString) q = g_string_new (NULL);
  g_autoptr(GString) phrase = g_string_new ("\"");
  gboolean digits = TRUE;

  g_strstrip (ascii);
  for (const char *p = ascii; *p != '\0'; p++)
    digits = digits && (g_ascii_isdigit (*p) || *p == '-' || *p == ' ');
  for (const char *p = ascii; *p != '\0'; p++)
    if (!digits || g_ascii_isdigit (*p))
      g_string_append_c (q, *p);

  if (g_utf8_strlen (q->str, -1) < 3)
    return g_strdup (q->str);

  for (const char *p = q->str; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (phrase, '"');
      g_string_append_c (phrase, *p);
    }
  g_string_append_c (phrase, '"');
  return g_strdup (phrase->str);
}

/* Runs @sql N_RUNS + 1 times in one sqlite3 process with .timer on and returns the median of
 * the "real" times after the first (warm-up) run, or a negative number without the shell. */
static double
shell_time (const char *path,
            const char *sql,
            gint64      group_id,
            const char *match)
{
  g_autoptr(GString) script = g_string_new (".output /dev/null\n.parameter init\n");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  double ms[N_RUNS + 1];
  guint n = 0;

  if (sqlite3_shell == NULL)
    return -1;

  g_string_append_printf (script, ".parameter set ?1 %" G_GINT64_FORMAT "\n", group_id);
  if (match != NULL && *match != '\0')
    {
      /* An SQL string literal: single quotes doubled. */
      g_autoptr(GString) literal = g_string_new ("'");

      for (const char *p = match; *p != '\0'; p++)
        {
          if (*p == '\'')
            g_string_append_c (literal, '\'');
          g_string_append_c (literal, *p);
        }
      g_string_append_c (literal, '\'');
      g_string_append_printf (script, ".parameter set ?2 %s\n", literal->str);
    }
  g_string_append (script, ".timer on\n");
  for (guint i = 0; i < N_RUNS + 1; i++)
    g_string_append_printf (script, "%s;\n", sql);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                              | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                              &error, sqlite3_shell, "-batch", path, NULL);
  if (process == NULL
      || !g_subprocess_communicate_utf8 (process, script->str, NULL, &out, NULL, &error))
    {
      g_printerr ("sqlite3: %s\n", error->message);
      return -1;
    }

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && n < G_N_ELEMENTS (ms); i++)
    {
      double real;

      if (sscanf (lines[i], "Run Time: real %lf", &real) == 1)
        ms[n++] = real * 1000.0;
    }
  if (n < 2)
    return -1;

  /* Without the first run, which reads the pages into the cache. */
  return summarize (ms + 1, n - 1).median;
}

/* The wall time of one whole sqlite3 process running @sql on @path, spawn to exit. */
static double
spawn_time (const char *path,
            const char *sql)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (sqlite3_shell == NULL)
    return -1;

  start = g_get_monotonic_time ();
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              sqlite3_shell, "-batch", path, sql, NULL);
  if (process == NULL || !g_subprocess_wait_check (process, NULL, &error))
    {
      g_printerr ("sqlite3: %s\n", error->message);
      return -1;
    }
  return ms_since (start);
}

/* ---- measurements ----------------------------------------------------------------------- */

typedef struct
{
  const char *path;
  SajjaDb *db;
  double worst_keystroke;
  char *worst_keystroke_what;
  double worst_shell;
} Bench;

static void
print_line (const char *what,
            Timing      t,
            const char *extra,
            double      shell_ms)
{
  g_autofree char *shell = shell_ms >= 0 ? g_strdup_printf ("; sqlite3 shell %.1f ms", shell_ms)
                                         : g_strdup ("");

  glong pad = MAX (0, 58 - display_width (what));

  say ("%s:%*s %7.1f ms median  (min %.1f, max %.1f%s%s%s)\n", what, (int) pad, "", t.median, t.min, t.max,
       extra != NULL ? "; " : "", extra != NULL ? extra : "", shell);
}

static Timing
time_search (Bench           *b,
             gint64           group_id,
             const char      *typed,
             SajjaMemberSort  sort,
             gboolean         descending,
             guint           *out_n)
{
  double ms[N_RUNS];
  guint n = 0;

  /* One run first to warm the page cache and the statement cache, as after the first
   * keystroke in a session; it also catches the SQL for the shell. */
  for (int i = -1; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = NULL;
      gint64 start;

      sqlite3_trace_v2 (sajja_db_get_handle (b->db), i < 0 ? SQLITE_TRACE_STMT : 0, i < 0 ? trace_cb : NULL, NULL);
      start = g_get_monotonic_time ();
      ids = sajja_member_search_ids (b->db, group_id, typed, sort, descending, &error);
      if (i >= 0)
        ms[i] = ms_since (start);
      if (ids == NULL)
        g_error ("search “%s”: %s", typed, error->message);
      n = ids->len;
    }

  *out_n = n;
  return summarize (ms, N_RUNS);
}

static void
bench_search (Bench           *b,
              gint64           group_id,
              const char      *label,
              const char      *typed,
              SajjaMemberSort  sort,
              gboolean         descending,
              gboolean         keystroke)
{
  g_autofree char *match = search_parameter (typed);
  g_autofree char *what = NULL;
  g_autofree char *found = NULL;
  g_autofree char *ascii = sajja_thai_digits_to_ascii (typed);
  glong length = g_utf8_strlen (g_strstrip (ascii), -1);
  gboolean digits = length > 0 && strspn (ascii, "0123456789- ") == strlen (ascii);
  guint n = 0;
  Timing t;
  double shell_ms;

  g_clear_pointer (&traced_sql, g_free);
  t = time_search (b, group_id, typed, sort, descending, &n);
  shell_ms = traced_sql != NULL ? shell_time (b->path, traced_sql, group_id, match) : -1;

  if (length == 0)
    what = g_strdup (label);
  else
    what = g_strdup_printf ("%s \"%s\" (%ld char%s, %s)", label, typed, length, length == 1 ? "" : "s",
                            length >= 3 ? "FTS5 trigram" : digits ? "scan of names, numbers, IDs" : "scan of names");
  found = g_strdup_printf ("%u found", n);
  print_line (what, t, found, shell_ms);

  if (keystroke && t.median > b->worst_keystroke)
    {
      b->worst_keystroke = t.median;
      g_free (b->worst_keystroke_what);
      b->worst_keystroke_what = g_steal_pointer (&what);
    }
  if (keystroke && shell_ms > b->worst_shell)
    b->worst_shell = shell_ms;
}

/* Every prefix of @word, as it is typed one character at a time. */
static void
bench_typing (Bench      *b,
              gint64      group_id,
              const char *label,
              const char *word)
{
  for (const char *end = g_utf8_next_char (word); ; end = g_utf8_next_char (end))
    {
      g_autofree char *prefix = g_strndup (word, end - word);

      bench_search (b, group_id, label, prefix, SAJJA_MEMBER_SORT_NUMBER, FALSE, TRUE);
      if (*end == '\0')
        break;
    }
}

static Timing
bench_list_model (Bench *b,
                  gint64 group_id)
{
  double ms[N_RUNS];

  for (int i = -1; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SajjaMemberList) list = sajja_member_list_new (b->db, group_id);
      gint64 start = g_get_monotonic_time ();

      if (!sajja_member_list_query (list, "", SAJJA_MEMBER_SORT_NUMBER, FALSE, &error))
        g_error ("list: %s", error->message);
      for (guint j = 0; j < 50 && j < g_list_model_get_n_items (G_LIST_MODEL (list)); j++)
        {
          g_autoptr(SajjaMember) m = g_list_model_get_item (G_LIST_MODEL (list), j);

          if (m == NULL)
            g_error ("no member at %u", j);
        }
      if (i >= 0)
        ms[i] = ms_since (start);
    }

  return summarize (ms, N_RUNS);
}

static Timing
bench_open (const char       *path,
            SajjaDbOpenFlags  flags,
            gboolean          with_first_page)
{
  double ms[N_OPEN_RUNS];

  for (guint i = 0; i < N_OPEN_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SajjaDb) db = NULL;
      gint64 start = g_get_monotonic_time ();

      db = sajja_db_open (path, flags, &error);
      if (db == NULL)
        g_error ("open: %s", error->message);
      if (with_first_page)
        {
          g_autoptr(SajjaMemberList) list = sajja_member_list_new (db, 0);

          if (!sajja_member_list_query (list, "", SAJJA_MEMBER_SORT_NUMBER, FALSE, &error))
            g_error ("list: %s", error->message);
          for (guint j = 0; j < 50; j++)
            {
              g_autoptr(SajjaMember) m = g_list_model_get_item (G_LIST_MODEL (list), j);

              if (m == NULL)
                g_error ("no member at %u", j);
            }
        }
      ms[i] = ms_since (start);
      sajja_db_close (db, FALSE, 0, NULL);
    }

  return summarize (ms, N_OPEN_RUNS);
}

static gboolean
make_district (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  SajjaDemoOptions options;
  gint64 start;

  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  sajja_demo_options_init (&options);
  options.n_groups = N_GROUPS;
  options.n_members = N_MEMBERS;
  start = g_get_monotonic_time ();
  if (!sajja_demo_generate (db, &options, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  say ("made the demo district (%u groups, %u members) in %.1f s\n", N_GROUPS, N_MEMBERS,
           ms_since (start) / 1000.0);

  start = g_get_monotonic_time ();
  if (!sajja_db_close (db, FALSE, 0, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  say ("closed it (WAL checkpoint) in %.1f s\n", ms_since (start) / 1000.0);
  return TRUE;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
main (int    argc,
      char **argv)
{
  const char *env = g_getenv ("SAJJA_BENCH_DB");
  g_autofree char *tmp_dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  Bench b = { 0 };
  gint64 one_group = 0;
  GStatBuf st;

  if (env != NULL && *env != '\0')
    path = g_strdup (env);
  else
    {
      tmp_dir = g_dir_make_tmp ("sajja-bench-XXXXXX", &error);
      if (tmp_dir == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      path = g_build_filename (tmp_dir, "district.db", NULL);
    }

  sqlite3_shell = g_find_program_in_path ("sqlite3");

  say ("Sajja member registry benchmark (SQLite %s)\n", sqlite3_libversion ());
  if (g_stat (path, &st) == 0 && st.st_size > 0)
    say ("reusing %s\n", path);
  else if (!make_district (path))
    return 1;

  b.path = path;
  b.db = sajja_db_open (path, SAJJA_DB_OPEN_DEFAULT, &error);
  if (b.db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_stat (path, &st) == 0)
    say ("%s: %" G_GINT64_FORMAT " members in %" G_GINT64_FORMAT " groups, %.0f MB\n", path,
             sajja_member_count (b.db, 0), sajja_db_query_int (b.db, "SELECT count(*) FROM groups", 0, NULL),
             st.st_size / 1048576.0);
  /* The largest group, for the one-group lines. */
  one_group = sajja_db_query_int (b.db, "SELECT group_id FROM members GROUP BY group_id "
                                        "ORDER BY count(*) DESC, group_id LIMIT 1", 0, NULL);

  say ("\nEach line: median of %d runs (opening: %d) after one warm-up run; times in milliseconds.\n",
           N_RUNS, N_OPEN_RUNS);
  if (sqlite3_shell != NULL)
    say ("Reference: the same SQL with the same parameters in the sqlite3 shell (%s), timed by its\n"
             ".timer on (\"real\"), median of %d runs in one process after a warm-up run; the spawn is not included.\n",
             sqlite3_shell, N_RUNS);
  else
    say ("Reference: sqlite3 shell not found (apt-get install sqlite3); skipped.\n");

  /* Opening. */
  say ("\n-- opening the file --\n");
  {
    Timing t = bench_open (path, SAJJA_DB_OPEN_DEFAULT, FALSE);
    double shell_ms = shell_time (path, "PRAGMA quick_check", 0, NULL);
    double spawn_ms = spawn_time (path, "PRAGMA quick_check");
    g_autofree char *extra = spawn_ms >= 0 ? g_strdup_printf ("`sqlite3 FILE \"PRAGMA quick_check\"` spawned: "
                                                              "%.0f ms wall", spawn_ms)
                                           : NULL;

    print_line ("sajja_db_open (with its quick_check)", t, extra, shell_ms);
  }
  {
    Timing t = bench_open (path, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK, FALSE);

    print_line ("sajja_db_open (read-only, no check)", t, NULL, -1);
  }
  {
    Timing open_page = bench_open (path, SAJJA_DB_OPEN_DEFAULT, TRUE);

    print_line ("open + member list + first 50 members read", open_page, NULL, -1);
    say ("   target: a usable window under %.0f ms: %s\n", OPEN_TARGET_MS,
             open_page.median < OPEN_TARGET_MS ? "met" : "MISSED");
  }

  /* The member list. */
  say ("\n-- showing the member list --\n");
  bench_search (&b, 0, "all members by number (search_ids, empty query)", "", SAJJA_MEMBER_SORT_NUMBER,
                FALSE, FALSE);
  print_line ("SajjaMemberList query + first 50 items", bench_list_model (&b, 0), NULL, -1);
  bench_search (&b, one_group, "the largest group by number", "", SAJJA_MEMBER_SORT_NUMBER, FALSE, FALSE);
  print_line ("SajjaMemberList of that group + first 50 items", bench_list_model (&b, one_group), NULL, -1);

  /* Typing. */
  say ("\n-- search as you type, all groups --\n");
  bench_typing (&b, 0, "search", "สมศรี");
  bench_typing (&b, 0, "search", "ใจดี");
  bench_typing (&b, 0, "search member no.", "157");
  {
    g_autofree char *id = NULL;
    g_autofree char *sql = g_strdup_printf ("SELECT national_id FROM members WHERE id = %d", N_MEMBERS / 3);
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_prepare_v2 (sajja_db_get_handle (b.db), sql, -1, &stmt, NULL) == SQLITE_OK
        && sqlite3_step (stmt) == SQLITE_ROW)
      id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    if (id != NULL)
      bench_search (&b, 0, "search national ID", id, SAJJA_MEMBER_SORT_NUMBER, FALSE, TRUE);
  }
  bench_search (&b, 0, "search full name", "สมศรี ใจดี", SAJJA_MEMBER_SORT_NUMBER, FALSE, TRUE);
  say ("\n-- search as you type, in the largest group --\n");
  bench_typing (&b, one_group, "search in the largest group", "สมศรี");

  /* Sorting. */
  say ("\n-- sorting all members --\n");
  bench_search (&b, 0, "all members by name (Thai order)", "", SAJJA_MEMBER_SORT_NAME, FALSE, FALSE);
  bench_search (&b, 0, "all members by name, descending", "", SAJJA_MEMBER_SORT_NAME, TRUE, FALSE);
  bench_search (&b, 0, "all members by join date", "", SAJJA_MEMBER_SORT_JOIN_DATE, FALSE, FALSE);
  bench_search (&b, 0, "all members by number, descending", "", SAJJA_MEMBER_SORT_NUMBER, TRUE, FALSE);
  bench_search (&b, 0, "search by name", "ส", SAJJA_MEMBER_SORT_NAME, FALSE, FALSE);
  bench_search (&b, 0, "search by name", "ใจดี", SAJJA_MEMBER_SORT_NAME, FALSE, TRUE);
  bench_search (&b, one_group, "the largest group by name", "", SAJJA_MEMBER_SORT_NAME, FALSE, FALSE);

  say ("\n-- summary against DESIGN.md --\n");
  say ("member search as you type, 100k members, Thai substring: target under %.0f ms a keystroke;\n"
           "   slowest keystroke %.1f ms median (%s): %s\n",
           SEARCH_TARGET_MS, b.worst_keystroke, b.worst_keystroke_what,
           b.worst_keystroke < SEARCH_TARGET_MS ? "met" : "MISSED");
  if (b.worst_shell >= 0 && sqlite3_shell != NULL)
    say ("   the sqlite3 shell's slowest of the same queries: %.1f ms\n", b.worst_shell);

  sajja_db_close (b.db, FALSE, 0, NULL);
  g_object_unref (b.db);
  g_free (b.worst_keystroke_what);
  g_free (sqlite3_shell);
  g_free (traced_sql);

  if (tmp_dir != NULL)
    {
      remove_database (path);
      g_rmdir (tmp_dir);
    }

  return 0;
}
