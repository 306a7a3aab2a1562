/* sajja-cli.c: the headless face of Sajja, over the same core as the app.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sajja-date.h"
#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-i18n.h"
#include "sajja-loan.h"
#include "sajja-member-io.h"
#include "sajja-member-list.h"
#include "sajja-member.h"
#include "sajja-money.h"
#include "sajja-print-savings.h"
#include "sajja-savings-day.h"
#include "sajja-settings.h"
#include "sajja-print-meeting.h"
#include "sajja-thai-id.h"
#include "sajja-uuid.h"
#include "sajja-welfare.h"

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *args;     /* parameter string for --help */
  const char *summary;  /* translatable */
  CommandFunc func;
} Command;

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: how sajja-cli starts an error message; %s is the message. */
  g_printerr (_("sajja-cli: %s\n"), message);
  return 1;
}

/* Opens the Sajja database at @path, which must exist: opening a missing file would make a new,
 * empty one. NULL after saying what is wrong, with *status set. */
static SajjaDb *
open_existing (const char       *path,
               SajjaDbOpenFlags  flags,
               int              *status)
{
  g_autoptr(GError) error = NULL;
  SajjaDb *db;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      /* Translators: %s is a file name. */
      *status = fail (_("%s is not a Sajja database: there is no such file."), path);
      return NULL;
    }

  db = sajja_db_open (path, flags, &error);
  if (db == NULL)
    *status = fail ("%s", error->message);

  return db;
}

/* Parses a command's options; on --help prints and returns FALSE with *status 0. */
static gboolean
parse_command (const char    *name,
               const char    *parameters,
               const char    *summary,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               int            min_args,
               int            max_args,
               int           *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("sajja-cli %s", name);

  g_set_prgname (prgname);
  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = fail ("%s", error->message);
      return FALSE;
    }

  /* argv[0] is the command's name. */
  if (*argc - 1 < min_args || *argc - 1 > max_args)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      *status = 2;
      return FALSE;
    }

  return TRUE;
}

static int
cmd_baht_text (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  gint64 satang;
  int status = 0;

  if (!parse_command ("baht-text", _("AMOUNT"),
                      _("Prints an amount of money in Thai words, as on a receipt."),
                      NULL, &argc, &argv, 1, 1, &status))
    return status;

  if (!sajja_money_parse (argv[1], TRUE, &satang, &error))
    return fail ("%s", error->message);

  words = sajja_money_to_thai_words (satang);
  g_print ("%s\n", words);

  return 0;
}

static int
cmd_demo (int    argc,
          char **argv)
{
  SajjaDemoOptions options;
  int groups, seed, members, months;
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  int status = 0;
  GOptionEntry entries[] = {
    { "groups", 0, 0, G_OPTION_ARG_INT, &groups, N_("How many groups (default 8)"), N_("N") },
    { "members", 0, 0, G_OPTION_ARG_INT, &members,
      N_("How many members in all (default: 25 to 60 in each group)"), N_("N") },
    { "months", 0, 0, G_OPTION_ARG_INT, &months,
      N_("How many months of savings history (default 36; 0 for none)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed: the same seed makes the same data"), N_("S") },
    { NULL },
  };

  sajja_demo_options_init (&options);
  groups = options.n_groups;
  seed = options.seed;
  members = options.n_members;
  months = options.n_months;

  if (!parse_command ("demo", _("FILE"),
                      _("Creates a database holding a sample savings-group network: by default a tambon network of 8 groups in Songkhla."),
                      entries, &argc, &argv, 1, 1, &status))
    return status;

  if (groups < 1)
    return fail ("%s", _("The number of groups must be from 1 to 10,000."));
  if (members < 0 || members > 10000000)
    return fail ("%s", _("The number of members must be from 0 to 10,000,000."));
  options.n_groups = groups;
  options.n_members = (guint) members;
  if (months < 0 || months > 1200)
    return fail ("%s", _("The months of savings history must be from 0 to 1,200."));
  options.n_months = (guint) months;
  options.seed = (guint32) seed;

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_DEFAULT, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  if (!sajja_demo_generate (db, &options, NULL, NULL, NULL, &error))
    return fail ("%s", error->message);

  /* Translators: %u is a count of groups, %lld a count of members, %s a file name. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u group with %lld members to %s\n",
                        "Wrote %u groups with %lld members to %s\n", options.n_groups),
           options.n_groups, (long long) sajja_member_count (db, 0), argv[1]);

  if (!sajja_db_close (db, FALSE, 0, &error))
    return fail ("%s", error->message);

  return 0;
}

static int
cmd_verify (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  int status = 0;

  if (!parse_command ("verify", _("FILE"),
                      _("Checks a database: the file's integrity and the rules of the books. "
                        "Exits with status 1 and lists each problem when anything is wrong."),
                      NULL, &argc, &argv, 1, 1, &status))
    return status;

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  if (!sajja_db_verify (db, problems))
    {
      for (guint i = 0; i < problems->len; i++)
        g_print ("%s\n", (const char *) g_ptr_array_index (problems, i));
      /* Translators: %u is a count of problems. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u problem found.\n", "%u problems found.\n", problems->len),
               problems->len);
      return 1;
    }

  /* Translators: %s is a file name. */
  g_print (_("%s: no problems found.\n"), argv[1]);
  return 0;
}

static int
cmd_backup (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  int status = 0;

  if (!parse_command ("backup", _("FILE DEST"),
                      _("Writes a consistent copy of a database to DEST, even while Sajja has it open."),
                      NULL, &argc, &argv, 2, 2, &status))
    return status;

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_READ_ONLY, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  if (!sajja_db_backup_to (db, argv[2], &error))
    return fail ("%s", error->message);

  /* Translators: %s is a file name. */
  g_print (_("Backup written to %s\n"), argv[2]);
  return 0;
}

static int
cmd_restore (int    argc,
             char **argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!parse_command ("restore", _("BACKUP FILE"),
                      _("Replaces FILE with a backup, after checking the backup. The file being "
                        "replaced is kept in its backup folder first. Close Sajja before restoring."),
                      NULL, &argc, &argv, 2, 2, &status))
    return status;

  if (!sajja_db_restore (argv[1], argv[2], &error))
    return fail ("%s", error->message);

  /* Translators: the first %s is a backup file, the second the database file. */
  g_print (_("Restored %s into %s\n"), argv[1], argv[2]);
  return 0;
}

/* ---- members ------------------------------------------------------------------------------ */

/* The group a --group value names. It is matched, in this order, as a group's UUID, as a
 * group's exact name, and as a 1-based position in the group list (the order of the app's
 * group list and of "members list" without --group: Thai dictionary order of the names).
 * A value that names two groups (two groups of one name, or a name that is also another
 * group's position) is refused as ambiguous. Errors are printed, with the list of groups. */
static void
print_groups (GListModel *groups,
              const char *path)
{
  guint n = g_list_model_get_n_items (groups);

  if (n == 0)
    {
      /* Translators: %s is a database file. */
      g_printerr (_("%s has no groups yet.\n"), path);
      return;
    }

  /* Translators: %s is a database file; a list of its groups follows. */
  g_printerr (_("The groups in %s:\n"), path);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SajjaGroup) group = g_list_model_get_item (groups, i);
      g_autofree char *place = sajja_group_dup_place (group);

      g_printerr ("  %u. %s — %s — %s\n", i + 1, sajja_group_get_name (group), place,
                  sajja_group_get_uuid (group));
    }
}

static SajjaGroup *
find_group (SajjaDb    *db,
            const char *path,
            const char *spec,
            int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) groups = sajja_group_list_all (db, &error);
  g_autofree char *wanted = NULL;
  g_autofree char *ascii = NULL;
  g_autoptr(SajjaGroup) by_name = NULL;
  g_autoptr(SajjaGroup) by_position = NULL;
  guint n_by_name = 0;
  guint n;
  guint64 position = 0;

  *status = 1;
  if (groups == NULL)
    {
      fail ("%s", error->message);
      return NULL;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (groups));
  wanted = g_utf8_normalize (spec, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (wanted == NULL)
    wanted = g_strdup ("");
  g_strstrip (wanted);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), i);
      g_autofree char *name = g_utf8_normalize (sajja_group_get_name (group), -1, G_NORMALIZE_DEFAULT_COMPOSE);

      if (g_ascii_strcasecmp (sajja_group_get_uuid (group), wanted) == 0)
        return g_steal_pointer (&group);
      if (g_strcmp0 (name, wanted) == 0)
        {
          n_by_name++;
          g_set_object (&by_name, group);
        }
    }

  ascii = sajja_thai_digits_to_ascii (wanted);
  if (g_ascii_string_to_unsigned (ascii, 10, 1, G_MAXUINT, &position, NULL) && position <= n)
    by_position = g_list_model_get_item (G_LIST_MODEL (groups), (guint) position - 1);

  if (n_by_name > 1 || (by_name != NULL && by_position != NULL && by_name != by_position))
    {
      /* Translators: %s is what the user gave after --group. */
      fail (_("“%s” could mean more than one group. Give the group's number in the list below, or its UUID."),
            spec);
      print_groups (G_LIST_MODEL (groups), path);
      return NULL;
    }
  if (by_name != NULL)
    return g_steal_pointer (&by_name);
  if (by_position != NULL)
    return g_steal_pointer (&by_position);

  /* Translators: %s is what the user gave after --group. */
  fail (_("there is no group “%s”. Give a group's name, its number in the list below, or its UUID."), spec);
  print_groups (G_LIST_MODEL (groups), path);
  return NULL;
}

/* How many terminal columns @text takes: Thai vowels and tone marks above and below take
 * none, wide characters two. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c) || g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

static void
append_padded (GString    *line,
               const char *text,
               guint       width,
               gboolean    right)
{
  guint pad = width - MIN (width, display_width (text));

  if (right)
    for (guint i = 0; i < pad; i++)
      g_string_append_c (line, ' ');
  g_string_append (line, text);
  if (!right)
    for (guint i = 0; i < pad; i++)
      g_string_append_c (line, ' ');
}

enum { LIST_NO, LIST_NAME, LIST_ID, LIST_JOINED, LIST_STATUS, LIST_N_COLUMNS };

/* Prints the members of @group_id as a table. */
static gboolean
print_members (SajjaDb  *db,
               gint64    group_id,
               GError  **error)
{
  g_autoptr(GArray) ids = sajja_member_search_ids (db, group_id, NULL, SAJJA_MEMBER_SORT_NUMBER, FALSE, error);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  guint widths[LIST_N_COLUMNS] = { 0, };
  gboolean thai = sajja_date_use_thai_names ();
  g_autoptr(GString) line = g_string_new (NULL);

  if (ids == NULL)
    return FALSE;

  if (ids->len == 0)
    {
      /* Translators: printed under a group's name when it has no members. */
      g_print ("  %s\n", _("No members."));
      return TRUE;
    }

  /* Translators: column headings of the members table: the member number. */
  g_ptr_array_add (cells, g_strdup (C_("members table", "No.")));
  g_ptr_array_add (cells, g_strdup (C_("members table", "Name")));
  g_ptr_array_add (cells, g_strdup (C_("members table", "ID number")));
  g_ptr_array_add (cells, g_strdup (C_("members table", "Joined")));
  g_ptr_array_add (cells, g_strdup (C_("members table", "Status")));

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SajjaMember) m = sajja_member_find_by_id (db, g_array_index (ids, gint64, i), error);
      const char *national_id;
      GDate joined;

      if (m == NULL)
        return FALSE;

      national_id = sajja_member_get_national_id (m);
      g_ptr_array_add (cells, g_strdup_printf ("%d", sajja_member_get_member_no (m)));
      g_ptr_array_add (cells, sajja_member_dup_full_name (m));
      g_ptr_array_add (cells, national_id != NULL ? sajja_thai_id_format (national_id) : g_strdup (""));
      /* The join date in the Buddhist Era, whatever the setting: 15/01/2567. */
      if (sajja_date_from_iso (sajja_member_get_join_date (m), &joined, NULL))
        g_ptr_array_add (cells, sajja_date_format_full (&joined, SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, thai));
      else
        g_ptr_array_add (cells, g_strdup (sajja_member_get_join_date (m)));
      g_ptr_array_add (cells, g_strdup (sajja_member_status_get_title (sajja_member_get_status (m))));
    }

  for (guint i = 0; i < cells->len; i++)
    widths[i % LIST_N_COLUMNS] = MAX (widths[i % LIST_N_COLUMNS], display_width (g_ptr_array_index (cells, i)));

  for (guint i = 0; i < cells->len; i += LIST_N_COLUMNS)
    {
      g_string_assign (line, " ");
      for (guint c = 0; c < LIST_N_COLUMNS; c++)
        {
          g_string_append (line, c == 0 ? " " : "  ");
          /* The last column is not padded: no spaces at the ends of lines. */
          if (c == LIST_N_COLUMNS - 1)
            g_string_append (line, g_ptr_array_index (cells, i + c));
          else
            append_padded (line, g_ptr_array_index (cells, i + c), widths[c], c == LIST_NO);
        }
      g_print ("%s\n", line->str);
    }

  return TRUE;
}

static GOptionEntry *
group_option (char **group)
{
  static GOptionEntry entries[2];

  entries[0] = (GOptionEntry) { "group", 'g', 0, G_OPTION_ARG_STRING, group,
                                /* Translators: --group of "sajja-cli members". */
                                N_("The group: its name, its number in the group list (1, 2, …) or its UUID"),
                                /* Translators: stands for the group after --group; keep it short. */
                                N_("G") };
  entries[1] = (GOptionEntry) { NULL };
  return entries;
}

/* Runs @each on the group @group_spec names, or on every group with a heading line before each
 * ("1. name — place"), headings left out when @quiet. Returns the exit status. */
typedef gboolean (*EachGroupFunc) (SajjaDb     *db,
                                   SajjaGroup  *group,
                                   gpointer     data,
                                   GError     **error);

static int
for_each_group (SajjaDb       *db,
                const char    *path,
                const char    *group_spec,
                gboolean       quiet,
                EachGroupFunc  each,
                gpointer       data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) groups = NULL;
  int status = 0;
  guint n;

  if (group_spec != NULL)
    {
      g_autoptr(SajjaGroup) group = find_group (db, path, group_spec, &status);

      if (group == NULL)
        return status;
      if (!each (db, group, data, &error))
        return fail ("%s", error->message);
      return 0;
    }

  groups = sajja_group_list_all (db, &error);
  if (groups == NULL)
    return fail ("%s", error->message);
  n = g_list_model_get_n_items (G_LIST_MODEL (groups));
  if (n == 0)
    {
      /* Translators: %s is a database file. */
      g_printerr (_("%s has no groups yet.\n"), path);
      return 0;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SajjaGroup) group = g_list_model_get_item (G_LIST_MODEL (groups), i);

      if (!quiet)
        {
          g_autofree char *place = sajja_group_dup_place (group);

          g_print ("%s%u. %s — %s\n", i > 0 ? "\n" : "", i + 1, sajja_group_get_name (group), place);
        }
      if (!each (db, group, data, &error))
        return fail ("%s", error->message);
    }
  return 0;
}

static gboolean
print_group_members (SajjaDb     *db,
                     SajjaGroup  *group,
                     gpointer     data,
                     GError     **error)
{
  return print_members (db, sajja_group_get_id (group), error);
}

static int
cmd_members_list (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autofree char *group_spec = NULL;
  int status = 0;

  if (!parse_command ("members list", _("FILE"),
                      _("Prints the members of a group: number, name, ID number, join date (in the "
                        "Buddhist Era) and status. Without --group, prints every group's members, "
                        "group by group, with each group's number in the list."),
                      group_option (&group_spec), &argc, &argv, 1, 1, &status))
    return status;

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_READ_ONLY, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  return for_each_group (db, argv[1], group_spec, FALSE, print_group_members, NULL);
}

static gboolean
parse_encoding (const char       *name,
                SajjaCsvEncoding *out)
{
  static const struct
  {
    const char *name;
    SajjaCsvEncoding encoding;
  } names[] = {
    { "auto", SAJJA_CSV_ENCODING_AUTO },
    { "utf-8", SAJJA_CSV_ENCODING_UTF8 },
    { "utf8", SAJJA_CSV_ENCODING_UTF8 },
    { "tis-620", SAJJA_CSV_ENCODING_TIS620 },
    { "tis620", SAJJA_CSV_ENCODING_TIS620 },
    { "cp874", SAJJA_CSV_ENCODING_TIS620 },
    { "windows-874", SAJJA_CSV_ENCODING_TIS620 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      {
        *out = names[i].encoding;
        return TRUE;
      }

  return FALSE;
}

static int
cmd_members_import (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaRosterImport) import = NULL;
  g_autofree char *group_spec = NULL;
  g_autofree char *encoding_name = NULL;
  g_autofree char *roster_name = NULL;
  SajjaCsvEncoding encoding = SAJJA_CSV_ENCODING_AUTO;
  const char * const *ignored;
  guint n_rows;
  int status = 0;
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_spec,
      N_("The group: its name, its number in the group list (1, 2, …) or its UUID"), N_("G") },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding_name,
      /* Translators: keep auto, utf-8 and tis-620: they are what the user types. */
      N_("The file's encoding: auto (the default), utf-8 or tis-620 (Thai Windows, as Thai Excel saves CSV)"),
      /* Translators: stands for the encoding after --encoding. */
      N_("ENCODING") },
    { NULL },
  };

  /* Translators: the arguments of "sajja-cli members import": a database and a CSV file. */
  if (!parse_command ("members import", _("FILE ROSTER.csv"),
                      _("Adds the members in a CSV file to a group. The file's first row names the "
                        "columns, in Thai or English: ชื่อ (given name), นามสกุล (surname) and "
                        "วันที่สมัคร (join date) are needed; เลขที่สมาชิก, คำนำหน้า, "
                        "เลขประจำตัวประชาชน, วันเกิด, เพศ, ที่อยู่, โทรศัพท์, หุ้น, อาชีพ, "
                        "รายได้ต่อเดือน and สถานะ may be given. Dates may be in the Buddhist or the "
                        "Common Era. Every row is checked first: if any row has a problem, each "
                        "one is listed and nothing is imported."),
                      entries, &argc, &argv, 2, 2, &status))
    return status;

  if (group_spec == NULL)
    {
      /* Translators: an error of "sajja-cli members import"; keep --group. */
      fail ("%s", _("Say which group to import into, with --group."));
      return 2;
    }
  if (encoding_name != NULL && !parse_encoding (encoding_name, &encoding))
    {
      /* Translators: %s is what the user gave after --encoding. */
      fail (_("there is no encoding “%s”. Use auto, utf-8 or tis-620."), encoding_name);
      return 2;
    }

  db = open_existing (argv[1], SAJJA_DB_OPEN_DEFAULT, &status);
  if (db == NULL)
    return status;

  group = find_group (db, argv[1], group_spec, &status);
  if (group == NULL)
    return status;

  import = sajja_roster_import_prepare (db, sajja_group_get_id (group), argv[2], encoding, &error);
  if (import == NULL)
    return fail ("%s", error->message);

  n_rows = sajja_roster_import_get_n_rows (import);
  roster_name = g_filename_display_name (argv[2]);
  /* Translators: %u is a number of members, %s a file name. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Read %u member from %s.\n", "Read %u members from %s.\n", n_rows),
           n_rows, roster_name);

  ignored = sajja_roster_import_get_ignored_columns (import);
  if (ignored[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) ignored);

      /* Translators: %s lists column names of the file. */
      g_print (_("Columns not imported: %s\n"), list);
    }

  for (guint i = 0; i < sajja_roster_import_get_n_problems (import); i++)
    {
      const SajjaRosterProblem *problem = sajja_roster_import_get_problem (import, i);

      if (problem->column_name != NULL)
        /* Translators: a problem of a row of a members file: %u is the line of the file, the
         * first %s the name of the column, the second what is wrong. */
        g_print (_("line %u, column %s: %s\n"), problem->line, problem->column_name, problem->message);
      else
        /* Translators: a problem of a row of a members file: %u is the line of the file, %s
         * what is wrong. */
        g_print (_("line %u: %s\n"), problem->line, problem->message);
    }

  /* Refused when any row has a problem. */
  if (!sajja_roster_import_commit (import, &error))
    return fail ("%s", error->message);

  /* As the app does on closing after a change: a rotating backup of the books as imported. */
  if (!sajja_db_close (db, TRUE, sajja_settings_get_int (SAJJA_SETTINGS_BACKUPS_KEEP), &error))
    return fail ("%s", error->message);

  /* Translators: %u is a number of members, %s a group's name. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Added %u member to %s.\n", "Added %u members to %s.\n", n_rows),
           n_rows, sajja_group_get_name (group));
  return 0;
}

static int
cmd_members_export (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autofree char *group_spec = NULL;
  g_autofree char *out_name = NULL;
  guint n;
  int status = 0;

  /* Translators: the arguments of "sajja-cli members export": a database and a CSV file. */
  if (!parse_command ("members export", _("FILE OUT.csv"),
                      _("Writes the members of a group to a CSV file that Excel opens with its Thai "
                        "intact (UTF-8 with a BOM), with Thai column names and dates as "
                        "YYYY-MM-DD in the Common Era. “sajja-cli members import” reads it back."),
                      group_option (&group_spec), &argc, &argv, 2, 2, &status))
    return status;

  if (group_spec == NULL)
    {
      /* Translators: an error of "sajja-cli members export"; keep --group. */
      fail ("%s", _("Say which group to export, with --group."));
      return 2;
    }

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_READ_ONLY, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  group = find_group (db, argv[1], group_spec, &status);
  if (group == NULL)
    return status;

  if (!sajja_roster_export (db, sajja_group_get_id (group), argv[2], &error))
    return fail ("%s", error->message);

  n = (guint) sajja_member_count (db, sajja_group_get_id (group));
  out_name = g_filename_display_name (argv[2]);
  /* Translators: %u is a number of members, the first %s a group's name, the second a file. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u member of %s to %s\n", "Wrote %u members of %s to %s\n", n),
           n, sajja_group_get_name (group), out_name);
  return 0;
}

static const Command member_commands[] = {
  /* Translators: the arguments of a subcommand: keep --group; G, FILE, ROSTER.csv and OUT.csv
   * stand for what the user gives, as in the other help texts. */
  { "list", N_("FILE [--group G]"), N_("Print a group's members"), cmd_members_list },
  { "import", N_("FILE --group G ROSTER.csv"), N_("Add the members in a CSV file to a group"), cmd_members_import },
  { "export", N_("FILE --group G OUT.csv"), N_("Write a group's members to a CSV file"), cmd_members_export },
};

/* ---- savings ------------------------------------------------------------------------------ */

/* One row of a day's file, read and checked before anything is written. */
typedef struct
{
  guint line;         /* of the file */
  int member_no;
  gint64 pledge;
  gint64 special;
  gint64 fine;
  gint64 loan;
} DayRow;

static void
print_line_problem (guint       line,
                    const char *message)
{
  /* Translators: a problem of a row of a file: %u is the line of the file, %s what is wrong. */
  g_print (_("line %u: %s\n"), line, message);
}

/* Reads an amount of column @column of record @index: empty is nothing paid. */
static gboolean
read_day_amount (const SajjaCsv *csv,
                 guint           index,
                 int             column,
                 const char     *column_name,
                 gint64         *out,
                 GError        **error)
{
  const char *text = sajja_csv_get_field (csv, index, column);
  g_autoptr(GError) local = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  *out = 0;
  if (*trimmed == '\0')
    return TRUE;
  if (!sajja_money_parse (trimmed, FALSE, out, &local))
    {
      /* Translators: a problem of a day's file: the first %s is a column's name, the second
       * what is typed there, the third what is wrong with it. */
      g_set_error (error, SAJJA_MONEY_ERROR, local->code, _("column %s: “%s”: %s"), column_name, trimmed,
                   local->message);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_savings_post (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(SajjaCsv) csv = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SajjaSavingsDay) day = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DayRow));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *group_spec = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *encoding_name = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *total_text = NULL;
  SajjaCsvEncoding encoding = SAJJA_CSV_ENCODING_AUTO;
  static const char * const number_aliases[] = { "เลขที่สมาชิก", "สมาชิกเลขที่", "member number", "member no",
                                                 "member no.", "member", NULL };
  static const char * const pledge_aliases[] = { "สัจจะ", "เงินสัจจะ", "สัจจะสะสม", "pledge", NULL };
  static const char * const special_aliases[] = { "ฝากพิเศษ", "เงินฝากพิเศษ", "special deposit", "special", NULL };
  static const char * const fine_aliases[] = { "ค่าปรับ", "fine", "fines", NULL };
  static const char * const loan_aliases[] = { "เงินกู้", "ชำระเงินกู้", "ส่งเงินกู้", "คืนเงินกู้", "loan",
                                               "loans", "loan repayment", NULL };
  int number_column, pledge_column, special_column, fine_column, loan_column;
  guint n_problems = 0;
  guint n_receipts;
  gint64 day_id;
  GDate date;
  int status = 0;
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_spec,
      N_("The group: its name, its number in the group list (1, 2, …) or its UUID"), N_("G") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text,
      /* Translators: --date of "sajja-cli savings post". */
      N_("The savings day, as 21/11/2569, 21 พ.ย. 2569 or 2026-11-21 (Buddhist or Common Era)"),
      /* Translators: stands for the date after --date; keep it short. */
      N_("D") },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding_name,
      N_("The file's encoding: auto (the default), utf-8 or tis-620 (Thai Windows, as Thai Excel saves CSV)"),
      N_("ENCODING") },
    { NULL },
  };

  /* Translators: the arguments of "sajja-cli savings post": a database and a CSV file. */
  if (!parse_command ("savings post", _("FILE DAY.csv"),
                      _("Posts a savings day: what each member paid, from a CSV file with the columns "
                        "เลขที่สมาชิก (member number), สัจจะ (pledge), ฝากพิเศษ (special deposit), "
                        "ค่าปรับ (fine) and เงินกู้ (loan repayment), in Thai or English, in UTF-8 or "
                        "TIS-620. An empty amount is nothing paid. A loan repayment goes to the member's "
                        "loans oldest first, each up to what it has due, then toward paying them off. Members who are not in the file pay nothing that day. Every row "
                        "is checked first: if any row has a problem, each one is listed and nothing is "
                        "written. Otherwise the whole day is posted at once, with a receipt for each "
                        "member who paid."),
                      entries, &argc, &argv, 2, 2, &status))
    return status;

  if (group_spec == NULL || date_text == NULL)
    {
      /* Translators: an error of "sajja-cli savings post"; keep --group and --date. */
      fail ("%s", _("Say which group and which day, with --group and --date."));
      return 2;
    }
  if (encoding_name != NULL && !parse_encoding (encoding_name, &encoding))
    {
      fail (_("there is no encoding “%s”. Use auto, utf-8 or tis-620."), encoding_name);
      return 2;
    }
  if (!sajja_date_parse (date_text, &date, &error))
    {
      /* Translators: %s is what the user gave after --date, then what is wrong with it. */
      fail (_("--date “%s”: %s"), date_text, error->message);
      return 2;
    }
  iso = sajja_date_to_iso (&date);

  db = open_existing (argv[1], SAJJA_DB_OPEN_DEFAULT, &status);
  if (db == NULL)
    return status;

  file = g_file_new_for_commandline_arg (argv[2]);
  csv = sajja_csv_load (file, encoding, NULL, &error);
  if (csv == NULL)
    return fail ("%s", error->message);

  group = find_group (db, argv[1], group_spec, &status);
  if (group == NULL)
    return status;

  number_column = sajja_csv_find_column (csv, number_aliases);
  pledge_column = sajja_csv_find_column (csv, pledge_aliases);
  special_column = sajja_csv_find_column (csv, special_aliases);
  fine_column = sajja_csv_find_column (csv, fine_aliases);
  loan_column = sajja_csv_find_column (csv, loan_aliases);
  if (number_column < 0)
    /* Translators: an error of "sajja-cli savings post"; keep the column names. */
    return fail ("%s", _("the file has no member number column (เลขที่สมาชิก or member number)."));
  if (pledge_column < 0 && special_column < 0 && fine_column < 0 && loan_column < 0)
    /* Translators: an error of "sajja-cli savings post"; keep the column names. */
    return fail ("%s", _("the file has no amount column: สัจจะ (pledge), ฝากพิเศษ (special deposit), "
                         "ค่าปรับ (fine) or เงินกู้ (loan repayment)."));

  day = sajja_savings_day_new (db, sajja_group_get_id (group), iso, &error);
  if (day == NULL)
    return fail ("%s", error->message);

  /* Members not in the file pay nothing. */
  for (guint i = 0; i < sajja_savings_day_get_n_lines (day); i++)
    {
      SajjaSavingsLine *line = sajja_savings_day_get_line (day, i);

      line->pledge = line->special = line->fine = line->loan = 0;
    }

  for (guint r = 1; r < sajja_csv_get_n_records (csv); r++)
    {
      const char *number_text = sajja_csv_get_field (csv, r, number_column);
      g_autofree char *trimmed = g_strstrip (g_strdup (number_text != NULL ? number_text : ""));
      g_autofree char *ascii = sajja_thai_digits_to_ascii (trimmed);
      g_autoptr(GError) row_error = NULL;
      DayRow row = { sajja_csv_get_line (csv, r), 0, 0, 0, 0, 0 };
      guint64 number = 0;
      gboolean ok = TRUE;

      if (*trimmed == '\0')
        {
          /* Translators: a problem of a row of a day's file. */
          print_line_problem (row.line, _("there is no member number."));
          n_problems++;
          continue;
        }
      if (!g_ascii_string_to_unsigned (ascii, 10, 1, G_MAXINT, &number, NULL))
        {
          /* Translators: a problem of a row of a day's file: %s is what is typed as the number. */
          g_autofree char *message = g_strdup_printf (_("“%s” is not a member number."), trimmed);

          print_line_problem (row.line, message);
          n_problems++;
          continue;
        }
      row.member_no = (int) number;

      if (!read_day_amount (csv, r, pledge_column, sajja_csv_get_field (csv, 0, pledge_column), &row.pledge, &row_error)
          || !read_day_amount (csv, r, special_column, sajja_csv_get_field (csv, 0, special_column), &row.special,
                               &row_error)
          || !read_day_amount (csv, r, fine_column, sajja_csv_get_field (csv, 0, fine_column), &row.fine, &row_error)
          || !read_day_amount (csv, r, loan_column, sajja_csv_get_field (csv, 0, loan_column), &row.loan, &row_error))
        {
          print_line_problem (row.line, row_error->message);
          n_problems++;
          ok = FALSE;
        }

      if (sajja_savings_day_find_member (day, row.member_no) == NULL)
        {
          g_autofree char *message = NULL;

          if (sajja_db_query_int_params (db, "SELECT count(*) FROM members WHERE group_id = ?1 AND member_no = ?2",
                                         0, 2, sajja_group_get_id (group), (gint64) row.member_no) > 0)
            /* Translators: a problem of a row of a day's file: %d is a member number. */
            message = g_strdup_printf (_("member no. %d is not an active member on that day."), row.member_no);
          else
            /* Translators: a problem of a row of a day's file: %d is a member number, %s a group. */
            message = g_strdup_printf (_("there is no member no. %d in %s."), row.member_no,
                                       sajja_group_get_name (group));
          print_line_problem (row.line, message);
          n_problems++;
          continue;
        }
      if (g_hash_table_contains (seen, GINT_TO_POINTER (row.member_no)))
        {
          /* Translators: a problem of a row of a day's file: %d is a member number, %u a line. */
          g_autofree char *message = g_strdup_printf (_("member no. %d is already on line %u."), row.member_no,
                                                      GPOINTER_TO_UINT (g_hash_table_lookup (seen,
                                                                                             GINT_TO_POINTER (row.member_no))));

          print_line_problem (row.line, message);
          n_problems++;
          continue;
        }
      g_hash_table_insert (seen, GINT_TO_POINTER (row.member_no), GUINT_TO_POINTER (row.line));
      if (ok)
        g_array_append_val (rows, row);
    }

  if (n_problems > 0)
    {
      /* Translators: %u is a count of problems in a day's file. */
      return fail (g_dngettext (GETTEXT_PACKAGE, "%u problem in the file; nothing was posted.",
                                "%u problems in the file; nothing was posted.", n_problems),
                   n_problems);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      DayRow *row = &g_array_index (rows, DayRow, i);
      SajjaSavingsLine *line = sajja_savings_day_find_member (day, row->member_no);

      line->pledge = row->pledge;
      line->special = row->special;
      line->fine = row->fine;
      line->loan = row->loan;
    }

  n_receipts = sajja_savings_day_post (day, db, g_get_user_name (), &error);
  if (error != NULL)
    {
      guint index = sajja_savings_day_get_error_line (day);

      if (index != G_MAXUINT)
        {
          SajjaSavingsLine *line = sajja_savings_day_get_line (day, index);

          for (guint i = 0; i < rows->len; i++)
            if (g_array_index (rows, DayRow, i).member_no == line->member_no)
              print_line_problem (g_array_index (rows, DayRow, i).line, error->message);
        }
      /* Translators: %s says why a savings day could not be posted. */
      return fail (_("nothing was posted: %s"), error->message);
    }

  day_id = sajja_db_query_int_params (db, "SELECT ifnull (max (id), 0) FROM savings_days WHERE group_id = ?1",
                                      0, 1, sajja_group_get_id (group));
  {
    sqlite3_stmt *stmt = sajja_db_prepare (db,
                                           "SELECT r.number, ifnull (m.member_no, 0), "
                                           "(SELECT sum (amount) FROM journal j WHERE j.receipt_id = r.id) "
                                           "FROM receipts r LEFT JOIN members m ON m.id = r.member_id "
                                           "WHERE r.day_id = ? ORDER BY r.number",
                                           &error);

    if (stmt == NULL)
      return fail ("%s", error->message);
    sqlite3_bind_int64 (stmt, 1, day_id);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autofree char *amount = sajja_money_format (sqlite3_column_int64 (stmt, 2));
        SajjaSavingsLine *line = sajja_savings_day_find_member (day, sqlite3_column_int (stmt, 1));

        /* Translators: a line of "sajja-cli savings post": %lld is the receipt number, %d the
         * member number, the first %s the member's name, the second the amount in baht. */
        g_print (_("Receipt %lld: member %d %s, %s baht\n"), (long long) sqlite3_column_int64 (stmt, 0),
                 sqlite3_column_int (stmt, 1), line != NULL ? line->name : "", amount);
      }
    sqlite3_reset (stmt);
  }

  total_text = sajja_money_format (sajja_savings_day_total (day));
  {
    g_autofree char *day_text = sajja_date_format_full (&date, SAJJA_ERA_BE, SAJJA_DATE_STYLE_LONG,
                                                        sajja_date_use_thai_names ());

    /* Translators: the last line of "sajja-cli savings post": %u is a count of receipts, the
     * first %s the date, the second the total in baht. */
    g_print (g_dngettext (GETTEXT_PACKAGE, "Posted %u receipt for %s, %s baht in all.\n",
                          "Posted %u receipts for %s, %s baht in all.\n", n_receipts),
             n_receipts, day_text, total_text);
  }

  if (!sajja_db_close (db, TRUE, sajja_settings_get_int (SAJJA_SETTINGS_BACKUPS_KEEP), &error))
    return fail ("%s", error->message);

  return 0;
}

static const Command savings_commands[] = {
  /* Translators: the arguments of a subcommand: keep --group and --date; G, D, FILE and DAY.csv
   * stand for what the user gives. */
  { "post", N_("FILE --group G --date D DAY.csv"), N_("Post a savings day from a CSV file"), cmd_savings_post },
};


/* Writes @doc to @pdf and says so with @done (a format with one %s, the file's name); when @doc
 * is NULL, fails with @error's message. Returns the exit status. */
static int
write_document (SajjaPageDocument  *doc,
                GError            **error,
                const char         *pdf,
                const char         *done)
{
  g_autofree char *pdf_name = NULL;

  if (doc == NULL || !sajja_page_document_write_pdf (doc, pdf, error))
    return fail ("%s", (*error)->message);
  pdf_name = g_filename_display_name (pdf);
  g_print (done, pdf_name);
  return 0;
}

/* ---- statement ---------------------------------------------------------------------------- */

static int
cmd_statement (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autofree char *group_spec = NULL;
  g_autofree char *member_spec = NULL;
  g_autofree char *pdf = NULL;
  gint64 member_id = 0;
  int status = 0;
  GOptionEntry entries[] = {
    { "member", 'm', 0, G_OPTION_ARG_STRING, &member_spec,
      /* Translators: --member of "sajja-cli statement". */
      N_("The member: a member number (with --group) or the member's UUID"),
      /* Translators: stands for the member after --member; keep it short. */
      N_("M") },
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_spec,
      N_("The group: its name, its number in the group list (1, 2, …) or its UUID"), N_("G") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      /* Translators: --pdf of "sajja-cli statement". */
      N_("Write the statement to a PDF file to print, instead of showing it"),
      /* Translators: stands for the file after --pdf. */
      N_("OUT.pdf") },
    { NULL },
  };

  if (!parse_command ("statement", _("FILE"),
                      _("Prints a member's statement: every entry of their pledged savings and special "
                        "deposits, with dates in the Buddhist Era, the running balances and reversals, "
                        "then the balances. With --pdf, writes it as a printed statement instead."),
                      entries, &argc, &argv, 1, 1, &status))
    return status;

  if (member_spec == NULL)
    {
      /* Translators: an error of "sajja-cli statement"; keep --member. */
      fail ("%s", _("Say which member, with --member."));
      return 2;
    }

  db = open_existing (argv[1], SAJJA_DB_OPEN_READ_ONLY, &status);
  if (db == NULL)
    return status;

  g_strstrip (member_spec);
  if (sajja_uuid_is_valid (member_spec))
    {
      g_autoptr(SajjaMember) member = sajja_member_find_by_uuid (db, member_spec, NULL);

      if (member == NULL)
        /* Translators: %s is the UUID the user gave after --member. */
        return fail (_("there is no member with the UUID %s."), member_spec);
      member_id = sajja_member_get_id (member);
    }
  else
    {
      g_autoptr(SajjaGroup) group = NULL;
      g_autofree char *ascii = sajja_thai_digits_to_ascii (member_spec);
      guint64 number = 0;

      if (!g_ascii_string_to_unsigned (ascii, 10, 1, G_MAXINT, &number, NULL))
        {
          /* Translators: %s is what the user gave after --member. */
          fail (_("--member “%s” is neither a member number nor a UUID."), member_spec);
          return 2;
        }
      if (group_spec == NULL)
        {
          /* Translators: an error of "sajja-cli statement"; keep --group. */
          fail ("%s", _("A member number needs the group, with --group."));
          return 2;
        }
      group = find_group (db, argv[1], group_spec, &status);
      if (group == NULL)
        return status;
      member_id = sajja_db_query_int_params (db, "SELECT id FROM members WHERE group_id = ?1 AND member_no = ?2",
                                             0, 2, sajja_group_get_id (group), (gint64) number);
      if (member_id == 0)
        return fail (_("there is no member no. %d in %s."), (int) number, sajja_group_get_name (group));
    }

  if (pdf != NULL)
    {
      g_autoptr(SajjaPageDocument) doc = sajja_print_statement (db, member_id, &error);

      /* Translators: %s is a file name. */
      return write_document (doc, &error, pdf, _("Statement written to %s\n"));
    }
  else
    {
      g_autofree char *text = sajja_print_statement_text (db, member_id, &error);

      if (text == NULL)
        return fail ("%s", error->message);
      g_print ("%s", text);
    }

  return 0;
}

/* ---- welfare ------------------------------------------------------------------------------ */

enum { CLAIM_EVENT, CLAIM_KIND, CLAIM_MEMBER, CLAIM_DAYS, CLAIM_AMOUNT, CLAIM_STATUS, CLAIM_REASON, CLAIM_N_COLUMNS };

static int
cmd_welfare_claims (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *group_spec = NULL;
  g_autofree char *place = NULL;
  g_autofree char *balance = NULL;
  guint widths[CLAIM_N_COLUMNS] = { 0 };
  gboolean thai = sajja_date_use_thai_names ();
  int status = 0;

  if (!parse_command ("welfare claims", _("FILE"),
                      _("Prints a group's welfare claims, newest first: the day of the event (in the "
                        "Buddhist Era), the kind of welfare, the member, the nights in hospital, the "
                        "amount, the state and the reason for a refusal; then the welfare fund's balance."),
                      group_option (&group_spec), &argc, &argv, 1, 1, &status))
    return status;

  if (group_spec == NULL)
    return fail ("%s", _("Give the group with --group: its name, its number in the group list or its UUID."));

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_READ_ONLY, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  group = find_group (db, argv[1], group_spec, &status);
  if (group == NULL)
    return status;

  claims = sajja_welfare_list_claims (db, sajja_group_get_id (group), 0, &error);
  if (claims == NULL)
    return fail ("%s", error->message);

  place = sajja_group_dup_place (group);
  g_print ("%s — %s\n", sajja_group_get_name (group), place);

  if (claims->len == 0)
    /* Translators: printed under a group's name when it has no welfare claims. */
    g_print ("  %s\n", _("No welfare claims."));
  else
    {
      /* Translators: column headings of the welfare claims table. */
      g_ptr_array_add (cells, g_strdup (C_("claims table", "Event")));
      g_ptr_array_add (cells, g_strdup (C_("claims table", "Welfare")));
      g_ptr_array_add (cells, g_strdup (C_("claims table", "Member")));
      /* Translators: nights in hospital. */
      g_ptr_array_add (cells, g_strdup (C_("claims table", "Nights")));
      g_ptr_array_add (cells, g_strdup (C_("claims table", "Baht")));
      g_ptr_array_add (cells, g_strdup (C_("claims table", "State")));
      g_ptr_array_add (cells, g_strdup (C_("claims table", "Reason")));

      for (guint i = 0; i < claims->len; i++)
        {
          SajjaClaim *claim = g_ptr_array_index (claims, i);
          GDate event;

          if (sajja_date_from_iso (claim->event_date, &event, NULL))
            g_ptr_array_add (cells, sajja_date_format_full (&event, SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, thai));
          else
            g_ptr_array_add (cells, g_strdup (claim->event_date));
          g_ptr_array_add (cells, g_strdup (sajja_welfare_kind_get_title (claim->kind)));
          g_ptr_array_add (cells, g_strdup (claim->member_name));
          g_ptr_array_add (cells, claim->kind == SAJJA_WELFARE_HOSPITAL ? g_strdup_printf ("%d", claim->days) : g_strdup ("–"));
          g_ptr_array_add (cells, sajja_money_format (claim->amount));
          g_ptr_array_add (cells, g_strdup (sajja_claim_status_get_title (claim->status)));
          g_ptr_array_add (cells, g_strdup (claim->status == SAJJA_CLAIM_REFUSED && claim->reason != NULL ? claim->reason : ""));
        }

      for (guint i = 0; i < cells->len; i++)
        widths[i % CLAIM_N_COLUMNS] = MAX (widths[i % CLAIM_N_COLUMNS], display_width (g_ptr_array_index (cells, i)));

      for (guint i = 0; i < cells->len; i += CLAIM_N_COLUMNS)
        {
          g_string_assign (line, " ");
          for (guint c = 0; c < CLAIM_N_COLUMNS; c++)
            {
              g_string_append (line, c == 0 ? " " : "  ");
              if (c == CLAIM_N_COLUMNS - 1)
                g_string_append (line, g_ptr_array_index (cells, i + c));
              else
                append_padded (line, g_ptr_array_index (cells, i + c), widths[c], c == CLAIM_DAYS || c == CLAIM_AMOUNT);
            }
          /* No spaces at the ends of lines. */
          while (line->len > 0 && line->str[line->len - 1] == ' ')
            g_string_truncate (line, line->len - 1);
          g_print ("%s\n", line->str);
        }
    }

  balance = sajja_money_format (sajja_welfare_fund_balance (db, sajja_group_get_id (group)));
  /* Translators: %s is an amount of baht. */
  g_print (_("Welfare fund balance: %s baht\n"), balance);

  return 0;
}

static const Command welfare_commands[] = {
  /* Translators: the arguments of a subcommand: keep --group; G and FILE stand for what the user
   * gives. */
  { "claims", N_("FILE --group G"), N_("Print a group's welfare claims and the fund's balance"), cmd_welfare_claims },
};


/* ---- the bank book ----------------------------------------------------------------------- */

static int
cmd_bank_book (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autofree char *group_spec = NULL;
  g_autofree char *pdf = NULL;
  int status = 0;
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_spec,
      N_("The group: its name, its number in the group list (1, 2, …) or its UUID"), N_("G") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      /* Translators: --pdf of "sajja-cli bank book". */
      N_("Write the bank book to a PDF file to print, instead of showing it"),
      N_("OUT.pdf") },
    { NULL },
  };

  if (!parse_command ("bank book", _("FILE"),
                      _("Prints a group's bank book: for each bank account, its deposits, withdrawals, "
                        "interest and fees with the running balance, then the reconciliation with the "
                        "latest balance from the bank's statement. With --pdf, writes it as a printed "
                        "document instead."),
                      entries, &argc, &argv, 1, 1, &status))
    return status;

  if (group_spec == NULL)
    return fail ("%s", _("Give the group with --group: its name, its number in the group list or its UUID."));

  db = open_existing (argv[1], SAJJA_DB_OPEN_READ_ONLY, &status);
  if (db == NULL)
    return status;

  group = find_group (db, argv[1], group_spec, &status);
  if (group == NULL)
    return status;

  if (pdf != NULL)
    {
      g_autoptr(SajjaPageDocument) doc = sajja_print_bank_book (db, sajja_group_get_id (group), &error);

      /* Translators: %s is a file name. */
      return write_document (doc, &error, pdf, _("Bank book written to %s\n"));
    }
  else
    {
      g_autofree char *text = sajja_print_bank_book_text (db, sajja_group_get_id (group), &error);

      if (text == NULL)
        return fail ("%s", error->message);
      g_print ("%s", text);
    }

  return 0;
}

static const Command bank_commands[] = {
  /* Translators: the arguments of a subcommand: keep --group and --pdf; G, FILE and OUT.pdf stand
   * for what the user gives. */
  { "book", N_("FILE --group G [--pdf OUT.pdf]"), N_("Print a group's bank book with its reconciliation"), cmd_bank_book },
};

/* ---- meetings ----------------------------------------------------------------------------- */

static int
cmd_meeting_summary (int    argc,
                     char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autoptr(SajjaGroup) group = NULL;
  g_autofree char *group_spec = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *pdf = NULL;
  SajjaPeriod period;
  int status = 0;
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_spec,
      N_("The group: its name, its number in the group list (1, 2, …) or its UUID"), N_("G") },
    { "month", 'm', 0, G_OPTION_ARG_STRING, &month_text,
      /* Translators: --month of "sajja-cli meeting summary". */
      N_("The month, as 2026-06 (Common Era, year first)"), N_("YYYY-MM") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      /* Translators: --pdf of "sajja-cli meeting summary". */
      N_("Write the summary to a PDF file to print, instead of showing it"), N_("OUT.pdf") },
    { NULL },
  };

  if (!parse_command ("meeting summary", _("FILE"),
                      _("Prints a group's month in figures from the books, for its monthly meeting: "
                        "members, savings and arrears, loans paid out and repaid, interest and fines, "
                        "welfare, cash and bank, and the loans by days overdue. With --pdf, writes it as a "
                        "printed document with signature lines instead."),
                      entries, &argc, &argv, 1, 1, &status))
    return status;

  if (group_spec == NULL)
    return fail ("%s", _("Give the group with --group: its name, its number in the group list or its UUID."));
  if (month_text == NULL)
    /* Translators: an error of "sajja-cli meeting summary"; keep --month. */
    return fail ("%s", _("Give the month with --month, as 2026-06."));
  if (!sajja_period_parse (month_text, &period, &error))
    return fail ("--month: %s", error->message);

  db = open_existing (argv[1], SAJJA_DB_OPEN_READ_ONLY, &status);
  if (db == NULL)
    return status;
  group = find_group (db, argv[1], group_spec, &status);
  if (group == NULL)
    return status;

  if (pdf != NULL)
    {
      g_autoptr(SajjaPageDocument) doc = sajja_print_month_summary (db, sajja_group_get_id (group), period, &error);

      /* Translators: %s is a file name. */
      return write_document (doc, &error, pdf, _("Monthly summary written to %s\n"));
    }

  {
    g_autofree char *text = sajja_print_month_summary_text (db, sajja_group_get_id (group), period, &error);

    if (text == NULL)
      return fail ("%s", error->message);
    g_print ("%s", text);
  }
  return 0;
}

static const Command meeting_commands[] = {
  /* Translators: the arguments of a subcommand: keep --group, --month and --pdf; FILE, G,
   * YYYY-MM and OUT.pdf stand for what the user gives. */
  { "summary", N_("FILE --group G --month YYYY-MM [--pdf OUT.pdf]"),
    N_("Print a group's month in figures for its meeting"), cmd_meeting_summary },
};

/* ---- loans ------------------------------------------------------------------------------- */

/* Says something the user should know that is not a failure: on stderr, after the output. */
static void
warn (const char *message)
{
  /* Translators: how sajja-cli starts a warning; %s is the warning. */
  g_printerr (_("sajja-cli: warning: %s\n"), message);
}

/* Prints @cells, @n_columns to a row, in columns two spaces apart after an indent of two; a
 * column whose bit is set in @right is aligned right. No spaces at the ends of lines. */
static void
print_columns (GPtrArray *cells,
               guint      n_columns,
               guint      right)
{
  g_autofree guint *widths = g_new0 (guint, n_columns);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    widths[i % n_columns] = MAX (widths[i % n_columns], display_width (g_ptr_array_index (cells, i)));

  for (guint i = 0; i + n_columns <= cells->len; i += n_columns)
    {
      g_string_assign (line, " ");
      for (guint c = 0; c < n_columns; c++)
        {
          g_string_append (line, c == 0 ? " " : "  ");
          append_padded (line, g_ptr_array_index (cells, i + c), widths[c], (right >> c) & 1);
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_print ("%s\n", line->str);
    }
}

/* An amount as a CSV file holds it: 1234.50, without separators. */
static char *
csv_amount (gint64 satang)
{
  guint64 magnitude = satang < 0 ? -(guint64) satang : (guint64) satang;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", satang < 0 ? "-" : "", magnitude / 100,
                          (guint) (magnitude % 100));
}

/* Prints one CSV record (RFC 4180: a value with a comma, a quote or a line break is quoted). */
static void
print_csv_record (const char * const *values,
                  guint               n_values)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n_values; i++)
    {
      const char *value = values[i] != NULL ? values[i] : "";

      if (i > 0)
        g_string_append_c (line, ',');
      if (strpbrk (value, ",\"\r\n") == NULL)
        g_string_append (line, value);
      else
        {
          g_string_append_c (line, '"');
          for (const char *p = value; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (line, '"');
              g_string_append_c (line, *p);
            }
          g_string_append_c (line, '"');
        }
    }
  g_print ("%s\n", line->str);
}

/* An ISO day shown in the Buddhist Era, 15/02/2570. */
static char *
day_be (const char *iso)
{
  GDate date;

  if (iso == NULL || !sajja_date_from_iso (iso, &date, NULL))
    return g_strdup (iso != NULL ? iso : "");
  return sajja_date_format_full (&date, SAJJA_ERA_BE, SAJJA_DATE_STYLE_SHORT, sajja_date_use_thai_names ());
}

/* Reads a date option: ISO (always the Common Era), or a Thai date in the Buddhist or the
 * Common Era, as "savings post --date" does. */
static gboolean
parse_day_option (const char  *option,
                  const char  *text,
                  char       **out_iso)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (!sajja_date_parse (text, &date, &error))
    {
      /* Translators: an error of a date option: the first %s is the option (--start, --as-of),
       * the second what the user gave, the third what is wrong with it. */
      fail (_("%s “%s”: %s"), option, text, error->message);
      return FALSE;
    }
  *out_iso = sajja_date_to_iso (&date);
  return TRUE;
}

/* Reads an amount option in baht. */
static gboolean
parse_baht_option (const char *option,
                   const char *text,
                   gint64     *out)
{
  g_autoptr(GError) error = NULL;

  if (!sajja_money_parse (text, FALSE, out, &error))
    {
      /* Translators: an error of an amount option: the first %s is the option (--amount, --fee),
       * the second what the user gave, the third what is wrong with it. */
      fail (_("%s “%s”: %s"), option, text, error->message);
      return FALSE;
    }
  return TRUE;
}

enum { SCHEDULE_NO, SCHEDULE_DUE, SCHEDULE_PRINCIPAL, SCHEDULE_INTEREST, SCHEDULE_PAYMENT, SCHEDULE_BALANCE,
       SCHEDULE_N_COLUMNS };

static int
cmd_loans_schedule (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *per_text = NULL;
  g_autofree char *method_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *fee_text = NULL;
  g_autofree char *first_due = NULL;
  g_autofree char *effective_text = NULL;
  gboolean csv = FALSE;
  int months = G_MININT;
  gint64 amount = 0, fee = 0, rate_bp = 0, effective;
  gint64 total_principal = 0, total_interest = 0;
  SajjaRatePer per;
  SajjaLoanMethod method;
  SajjaLoanTerms terms;
  int status = 0;
  GOptionEntry entries[] = {
    { "amount", 'a', 0, G_OPTION_ARG_STRING, &amount_text,
      /* Translators: --amount of "sajja-cli loans schedule". */
      N_("The loan in baht, as 12,000 or 12000.50"),
      /* Translators: stands for the amount after --amount; keep it short. */
      N_("A") },
    { "rate", 'r', 0, G_OPTION_ARG_STRING, &rate_text,
      /* Translators: --rate of "sajja-cli loans schedule". */
      N_("The interest rate in percent, as 1 or 1.25"),
      /* Translators: stands for the rate after --rate; keep it short. */
      N_("R") },
    { "per", 0, 0, G_OPTION_ARG_STRING, &per_text,
      /* Translators: --per of "sajja-cli loans schedule"; keep month and year, which the user types. */
      N_("Whether the rate is a month's or a year's: month or year"),
      /* Translators: keep month and year: they are what the user types. */
      N_("month|year") },
    { "months", 'm', 0, G_OPTION_ARG_INT, &months,
      /* Translators: --months of "sajja-cli loans schedule". */
      N_("Monthly instalments, from 1 to 360"), N_("N") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_text,
      /* Translators: --method of "sajja-cli loans schedule"; keep declining, annuity, flat and
       * balloon, which the user types. */
      N_("How the loan is repaid: declining (equal principal, interest on the balance), annuity (equal "
         "instalments), flat (interest on the original principal) or balloon (interest monthly, the "
         "principal at the end)"),
      /* Translators: stands for the method after --method. */
      N_("METHOD") },
    { "start", 's', 0, G_OPTION_ARG_STRING, &start_text,
      /* Translators: --start of "sajja-cli loans schedule". */
      N_("The first instalment's day, as 15/12/2569, 15 ธ.ค. 2569 or 2026-12-15 (default: a month from today)"),
      /* Translators: stands for the date after an option; keep it short. */
      N_("DATE") },
    { "fee", 0, 0, G_OPTION_ARG_STRING, &fee_text,
      /* Translators: --fee of "sajja-cli loans schedule". */
      N_("A fee in baht taken when the loan is paid out: counted as interest in the effective rate"),
      /* Translators: stands for the fee after --fee; keep it short. */
      N_("F") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv,
      /* Translators: --csv of "sajja-cli loans schedule". */
      N_("Print the schedule as CSV (amounts without separators, ISO dates); the effective rate goes to stderr"),
      NULL },
    { NULL },
  };

  if (!parse_command ("loans schedule", "",
                      _("Prints the repayment schedule of a loan: each instalment's due day (in the "
                        "Buddhist Era), principal, interest, the instalment and the balance after it, "
                        "then the totals and the effective yearly rate, fees counted as interest, that "
                        "the law's ceiling of 15 percent a year is tested against. Above the ceiling "
                        "the schedule is printed all the same, with the law's refusal as a warning and "
                        "exit status 2. No database is needed."),
                      entries, &argc, &argv, 0, 0, &status))
    return status;

  {
    const char *missing = amount_text == NULL ? "--amount"
                          : rate_text == NULL ? "--rate"
                          : per_text == NULL ? "--per"
                          : months == G_MININT ? "--months"
                          : method_text == NULL ? "--method" : NULL;

    if (missing != NULL)
      /* Translators: an error of "sajja-cli loans schedule": %s is the option missing; keep the
       * option names. */
      return fail (_("%s is missing: give the loan's amount (--amount), rate (--rate and --per), "
                     "months (--months) and method (--method)."), missing);
  }

  if (!parse_baht_option ("--amount", amount_text, &amount))
    return 1;
  if (!sajja_rate_parse_bp (rate_text, &rate_bp, &error))
    return fail ("%s", error->message);
  if (!sajja_rate_per_from_string (g_strstrip (per_text), &per))
    /* Translators: an error of "sajja-cli loans schedule": %s is what the user gave after
     * --per; keep month and year. */
    return fail (_("--per “%s”: say month or year."), per_text);
  if (!sajja_loan_method_from_string (g_strstrip (method_text), &method))
    /* Translators: an error of "sajja-cli loans schedule": %s is what the user gave after
     * --method; keep the method names, which the user types. */
    return fail (_("there is no repayment method “%s”. Use declining, annuity, flat or balloon."), method_text);
  if (fee_text != NULL && !parse_baht_option ("--fee", fee_text, &fee))
    return 1;
  if (start_text != NULL)
    {
      if (!parse_day_option ("--start", start_text, &first_due))
        return 1;
    }
  else
    {
      g_autofree char *today = sajja_date_today_iso ();

      first_due = sajja_date_add_months (today, 1);
    }

  terms = (SajjaLoanTerms) { amount, { rate_bp, per }, months < 0 ? 0 : (guint) months, method, first_due, fee };
  schedule = sajja_loan_schedule_new (&terms, &error);
  if (schedule == NULL)
    return fail ("%s", error->message);
  effective = sajja_loan_effective_rate_bp (schedule, amount, fee);
  effective_text = sajja_rate_format_bp (effective);

  if (csv)
    {
      static const char * const header[] = { "number", "due_on", "principal", "interest", "instalment", "balance" };

      print_csv_record (header, G_N_ELEMENTS (header));
      for (guint i = 0; i < schedule->len; i++)
        {
          const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);
          g_autofree char *number = g_strdup_printf ("%u", inst->number);
          g_autofree char *principal = csv_amount (inst->principal);
          g_autofree char *interest = csv_amount (inst->interest);
          g_autofree char *payment = csv_amount (inst->principal + inst->interest);
          g_autofree char *balance = csv_amount (inst->balance_after);
          const char *values[] = { number, inst->due_on, principal, interest, payment, balance };

          print_csv_record (values, G_N_ELEMENTS (values));
        }
    }
  else
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *amount_shown = sajja_money_format (amount);
      g_autofree char *rate_shown = sajja_rate_format (terms.rate);

      /* Translators: the head of a loan schedule: the first %s is the amount in baht, the second
       * the rate ("1.00% a month"), %u the months. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "A loan of %s baht at %s, repaid in %u monthly instalment\n",
                            "A loan of %s baht at %s, repaid in %u monthly instalments\n", terms.months),
               amount_shown, rate_shown, terms.months);
      /* Translators: %s is the repayment method, "Equal instalments". */
      g_print (_("Repayment: %s\n"), sajja_loan_method_get_title (method));
      if (fee > 0)
        {
          g_autofree char *fee_shown = sajja_money_format (fee);

          /* Translators: %s is an amount in baht. */
          g_print (_("A fee of %s baht is taken when the loan is paid out.\n"), fee_shown);
        }

      /* Translators: column headings of a loan schedule: the instalment's number. */
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "No.")));
      /* Translators: the day an instalment is due. */
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "Due")));
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "Principal")));
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "Interest")));
      /* Translators: principal and interest together, what the member pays. */
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "Instalment")));
      /* Translators: the principal still owed after the instalment. */
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "Balance")));
      for (guint i = 0; i < schedule->len; i++)
        {
          const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);

          g_ptr_array_add (cells, g_strdup_printf ("%u", inst->number));
          g_ptr_array_add (cells, day_be (inst->due_on));
          g_ptr_array_add (cells, sajja_money_format (inst->principal));
          g_ptr_array_add (cells, sajja_money_format (inst->interest));
          g_ptr_array_add (cells, sajja_money_format (inst->principal + inst->interest));
          g_ptr_array_add (cells, sajja_money_format (inst->balance_after));
          total_principal += inst->principal;
          total_interest += inst->interest;
        }
      /* Translators: the last row of a loan schedule, under the instalment numbers. */
      g_ptr_array_add (cells, g_strdup (C_("schedule table", "Total")));
      g_ptr_array_add (cells, g_strdup (""));
      g_ptr_array_add (cells, sajja_money_format (total_principal));
      g_ptr_array_add (cells, sajja_money_format (total_interest));
      g_ptr_array_add (cells, sajja_money_format (total_principal + total_interest));
      g_ptr_array_add (cells, g_strdup (""));
      print_columns (cells, SCHEDULE_N_COLUMNS,
                     1 << SCHEDULE_NO | 1 << SCHEDULE_PRINCIPAL | 1 << SCHEDULE_INTEREST | 1 << SCHEDULE_PAYMENT
                     | 1 << SCHEDULE_BALANCE);
    }

  {
    GString *line = g_string_new (NULL);

    if (fee > 0)
      /* Translators: %s is a yearly rate, "12.35%". */
      g_string_printf (line, _("Effective rate: %s a year, the fee counted as interest"), effective_text);
    else
      /* Translators: %s is a yearly rate, "12.00%". */
      g_string_printf (line, _("Effective rate: %s a year"), effective_text);
    if (csv)
      g_printerr ("%s\n", line->str);
    else
      g_print ("%s\n", line->str);
    g_string_free (line, TRUE);
  }

  /* The law: above 15% a year the group may not lend on these terms. */
  if (!sajja_loan_check_usury (effective, sajja_rate_yearly_bp (terms.rate), 0, &error))
    {
      warn (error->message);
      return 2;
    }

  return 0;
}

enum { ARREARS_LOAN, ARREARS_MEMBER_NO, ARREARS_NAME, ARREARS_DAYS, ARREARS_AGING, ARREARS_OVERDUE,
       ARREARS_OUTSTANDING, ARREARS_NOTICE, ARREARS_N_COLUMNS };

/* The aging bucket as a CSV file names it. */
static const char * const aging_keys[] = { "current", "1-30", "31-60", "61-90", "over-90" };
G_STATIC_ASSERT (G_N_ELEMENTS (aging_keys) == SAJJA_N_AGING);

/* Prints one group's loans overdue at the end of @iso and the
 * portfolio's aging: as a table, or as CSV records under a header printed once by the caller,
 * the portfolio then going to stderr. */
static gboolean
print_arrears (SajjaDb     *db,
               SajjaGroup  *group,
               const char  *iso,
               gboolean     csv,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *day = day_be (iso);
  g_autofree char *outstanding = NULL;
  g_autofree char *par30 = NULL;
  SajjaLoanPortfolio portfolio;
  gboolean any_sent = FALSE;

  rows = sajja_loan_arrears (db, sajja_group_get_id (group), iso, &portfolio, error);
  if (rows == NULL)
    return FALSE;

  if (csv)
    for (guint i = 0; i < rows->len; i++)
      {
        SajjaLoanArrears *row = g_ptr_array_index (rows, i);
        gboolean guaranteed = row->loan->guarantors->len > 0;
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, row->loan->number);
        g_autofree char *member_no = g_strdup_printf ("%" G_GINT64_FORMAT, row->loan->member_no);
        g_autofree char *days = g_strdup_printf ("%d", row->position.days_overdue);
        g_autofree char *overdue = csv_amount (row->position.overdue);
        g_autofree char *principal = csv_amount (row->position.outstanding);
        const char *values[] = { sajja_group_get_name (group), number, member_no, row->loan->member_name, days,
                                 aging_keys[row->aging], overdue, principal, guaranteed ? row->notice_by : "",
                                 guaranteed ? (row->notice_sent ? "yes" : "no") : "" };

        print_csv_record (values, G_N_ELEMENTS (values));
      }
  else if (rows->len == 0)
    /* Translators: %s is a date. */
    g_print (_("No loan is overdue at the end of %s.\n"), day);
  else
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      /* Translators: %s is a date; the list of overdue loans follows. */
      g_print (_("Loans overdue at the end of %s:\n"), day);
      /* Translators: column headings of the overdue loans: the loan's number. */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Loan")));
      /* Translators: the borrower's member number. */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Member")));
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Name")));
      /* Translators: days overdue. */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Days")));
      /* Translators: how long overdue: 1–30 days, 31–60 days … */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Overdue for")));
      /* Translators: principal and interest of the instalments past due. */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Overdue")));
      /* Translators: the principal still owed on the loan. */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Principal owed")));
      /* Translators: the last day to send the guarantors written notice (60 days after the default). */
      g_ptr_array_add (cells, g_strdup (C_("arrears table", "Notify guarantors by")));

      for (guint i = 0; i < rows->len; i++)
        {
          SajjaLoanArrears *row = g_ptr_array_index (rows, i);

          g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, row->loan->number));
          g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, row->loan->member_no));
          g_ptr_array_add (cells, g_strdup (row->loan->member_name));
          g_ptr_array_add (cells, g_strdup_printf ("%d", row->position.days_overdue));
          g_ptr_array_add (cells, g_strdup (sajja_aging_get_title (row->aging)));
          g_ptr_array_add (cells, sajja_money_format (row->position.overdue));
          g_ptr_array_add (cells, sajja_money_format (row->position.outstanding));
          if (row->loan->guarantors->len == 0)
            g_ptr_array_add (cells, g_strdup ("–"));
          else
            {
              g_autofree char *by = day_be (row->notice_by);

              g_ptr_array_add (cells, row->notice_sent ? g_strconcat (by, " ✓", NULL) : g_strdup (by));
              any_sent |= row->notice_sent;
            }
        }
      print_columns (cells, ARREARS_N_COLUMNS,
                     1 << ARREARS_LOAN | 1 << ARREARS_MEMBER_NO | 1 << ARREARS_DAYS | 1 << ARREARS_OVERDUE
                     | 1 << ARREARS_OUTSTANDING);
      if (any_sent)
        /* Translators: the legend of the mark after a notice day in the overdue loans. */
        g_print ("%s\n", _("✓ every guarantor has been sent the written notice (Civil and Commercial Code s. 686)."));
    }

  /* The portfolio: on stderr under CSV, so that stdout stays one table. */
  {
    g_autoptr(GString) text = g_string_new (NULL);

    outstanding = sajja_money_format (portfolio.outstanding);
    /* Translators: %u is a count of loans being repaid, %s the principal they still owe in baht. */
    g_string_append_printf (text, _("Loans out: %u, principal owed %s baht\n"), portfolio.loans, outstanding);
    for (guint a = 0; a < SAJJA_N_AGING; a++)
      {
        g_autofree char *amount = sajja_money_format (portfolio.outstanding_by_aging[a]);

        /* Translators: a line of the portfolio's aging: the first %s is how long overdue ("1–30
         * days overdue"), %u a count of loans, the second %s their principal owed in baht. */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "  %s: %u loan, %s baht\n",
                                                   "  %s: %u loans, %s baht\n", portfolio.loans_by_aging[a]),
                                sajja_aging_get_title (a), portfolio.loans_by_aging[a], amount);
      }
    par30 = sajja_rate_format_bp (portfolio.par30_bp);
    /* Translators: %s is a percentage: the principal of loans more than 30 days overdue, of all
     * the principal owed (portfolio at risk). */
    g_string_append_printf (text, _("PAR30 (principal more than 30 days overdue): %s\n"), par30);
    if (csv)
      {
        g_printerr ("%s\n%s", sajja_group_get_name (group), text->str);
      }
    else
      g_print ("%s", text->str);
  }

  return TRUE;
}

typedef struct
{
  const char *iso;
  gboolean csv;
} ArrearsOptions;

static gboolean
print_group_arrears (SajjaDb     *db,
                     SajjaGroup  *group,
                     gpointer     data,
                     GError     **error)
{
  ArrearsOptions *options = data;

  return print_arrears (db, group, options->iso, options->csv, error);
}

static int
cmd_loans_arrears (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  g_autofree char *group_spec = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *iso = NULL;
  gboolean csv = FALSE;
  int status = 0;
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group_spec,
      N_("The group: its name, its number in the group list (1, 2, …) or its UUID"), N_("G") },
    { "as-of", 'd', 0, G_OPTION_ARG_STRING, &as_of_text,
      /* Translators: --as-of of "sajja-cli loans arrears". */
      N_("The day whose end the arrears are counted at, as 30/06/2569, 30 มิ.ย. 2569 or 2026-06-30 (Buddhist or Common Era)"),
      N_("DATE") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv,
      /* Translators: --csv of "sajja-cli loans arrears". */
      N_("Print the overdue loans as CSV (amounts without separators, ISO dates); the portfolio goes to stderr"),
      NULL },
    { NULL },
  };

  if (!parse_command ("loans arrears", _("FILE"),
                      _("Prints the loans overdue at the end of a day, most days overdue first: the "
                        "loan's number, the member's number and name, the days overdue and how long "
                        "that is, the amount overdue, the principal owed and the last day to send the "
                        "guarantors written notice (60 days after the default, Civil and Commercial Code "
                        "s. 686), marked ✓ when every guarantor has been sent it. Then the portfolio: the "
                        "loans out and their principal owed, by how long overdue, and PAR30. Without "
                        "--group, group by group."),
                      entries, &argc, &argv, 1, 1, &status))
    return status;

  if (as_of_text == NULL)
    /* Translators: an error of "sajja-cli loans arrears"; keep --as-of. */
    return fail ("%s", _("Say at the end of which day to count the arrears, with --as-of."));
  if (!parse_day_option ("--as-of", as_of_text, &iso))
    return 1;

  db = open_existing (argv[1], SAJJA_DB_OPEN_READ_ONLY, &status);
  if (db == NULL)
    return status;

  if (csv)
    {
      static const char * const header[] = { "group", "loan_no", "member_no", "member", "days_overdue", "aging",
                                             "overdue", "principal_owed", "notice_by", "notice_sent" };

      print_csv_record (header, G_N_ELEMENTS (header));
    }

  if (group_spec != NULL && !csv)
    {
      g_autoptr(SajjaGroup) group = find_group (db, argv[1], group_spec, &status);
      g_autofree char *place = NULL;

      if (group == NULL)
        return status;
      place = sajja_group_dup_place (group);
      g_print ("%s — %s\n", sajja_group_get_name (group), place);
    }
  {
    ArrearsOptions options = { iso, csv };

    return for_each_group (db, argv[1], group_spec, csv, print_group_arrears, &options);
  }
}

static const Command loans_commands[] = {
  /* Translators: the arguments of a subcommand: keep the options (--amount …); A, R, P, N and M
   * stand for what the user gives; "…" for the options that may follow. */
  { "schedule", N_("--amount A --rate R --per P --months N --method M …"),
    N_("Print a loan's repayment schedule and its effective rate"), cmd_loans_schedule },
  /* Translators: the arguments of a subcommand: keep --group, --as-of and --csv; FILE, G and DATE
   * stand for what the user gives. */
  { "arrears", N_("FILE [--group G] --as-of DATE [--csv]"),
    N_("Print the loans overdue on a day and the portfolio's aging"), cmd_loans_arrears },
};



/* ---- commands with subcommands ----------------------------------------------------------- */

typedef struct
{
  const char *name;           /* "members" */
  const char *summary;        /* translatable */
  const Command *commands;
  guint n_commands;
} CommandGroup;

static void
print_group_usage (const CommandGroup *group,
                   FILE               *out)
{
  guint width = 0;

  fprintf (out, "%s\n  sajja-cli %s %s\n\n%s\n", _("Usage:"), group->name, _("SUBCOMMAND [OPTIONS…] [ARGUMENTS…]"),
           _(group->summary));
  fprintf (out, "\n%s\n", _("Subcommands:"));
  for (guint i = 0; i < group->n_commands; i++)
    {
      g_autofree char *left = g_strdup_printf ("%s %s", group->commands[i].name, _(group->commands[i].args));

      width = MAX (width, display_width (left));
    }
  for (guint i = 0; i < group->n_commands; i++)
    {
      g_autofree char *left = g_strdup_printf ("%s %s", group->commands[i].name, _(group->commands[i].args));
      g_autoptr(GString) line = g_string_new ("  ");

      append_padded (line, left, width, FALSE);
      fprintf (out, "%s  %s\n", line->str, _(group->commands[i].summary));
    }
  /* Translators: G is the placeholder of the --group option. */
  fprintf (out, "\n%s\n", _("G is a group's name, its number in the group list (1, 2, …) or its UUID."));
  /* Translators: %s is a command, as in "sajja-cli members SUBCOMMAND --help"; keep the rest. */
  fprintf (out, _("Run “sajja-cli %s SUBCOMMAND --help” for a subcommand's options.\n"), group->name);
}

static int
run_group (const CommandGroup  *group,
           int                  argc,
           char               **argv)
{
  if (argc < 2)
    {
      print_group_usage (group, stderr);
      return 2;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_group_usage (group, stdout);
      return 0;
    }

  for (guint i = 0; i < group->n_commands; i++)
    if (g_str_equal (argv[1], group->commands[i].name))
      return group->commands[i].func (argc - 1, argv + 1);

  /* Translators: the first %s is a command ("members"), the second what the user typed after it. */
  fail (_("there is no %s subcommand “%s”."), group->name, argv[1]);
  print_group_usage (group, stderr);
  return 2;
}

static const CommandGroup members_group = {
  "members", N_("Lists a group's members, or imports or exports them as CSV files."),
  member_commands, G_N_ELEMENTS (member_commands),
};

static const CommandGroup savings_group = {
  /* Translators: the summary of "sajja-cli savings". */
  "savings", N_("Records the group's savings days."), savings_commands, G_N_ELEMENTS (savings_commands),
};

static const CommandGroup welfare_group = {
  /* Translators: the summary of "sajja-cli welfare". */
  "welfare", N_("Shows the group's welfare fund."), welfare_commands, G_N_ELEMENTS (welfare_commands),
};

static const CommandGroup bank_group = {
  /* Translators: the summary of "sajja-cli bank". */
  "bank", N_("Shows the group's bank accounts."), bank_commands, G_N_ELEMENTS (bank_commands),
};

static const CommandGroup meeting_group = {
  /* Translators: the summary of "sajja-cli meeting". */
  "meeting", N_("Prints the papers of a group's meeting."), meeting_commands, G_N_ELEMENTS (meeting_commands),
};

static const CommandGroup loans_group = {
  /* Translators: the summary of "sajja-cli loans". */
  "loans", N_("Computes loan schedules and lists the loans overdue."), loans_commands, G_N_ELEMENTS (loans_commands),
};

static int cmd_members (int argc, char **argv) { return run_group (&members_group, argc, argv); }
static int cmd_savings (int argc, char **argv) { return run_group (&savings_group, argc, argv); }
static int cmd_welfare (int argc, char **argv) { return run_group (&welfare_group, argc, argv); }
static int cmd_bank (int argc, char **argv) { return run_group (&bank_group, argc, argv); }
static int cmd_loans (int argc, char **argv) { return run_group (&loans_group, argc, argv); }
static int cmd_meeting (int argc, char **argv) { return run_group (&meeting_group, argc, argv); }

static const Command commands[] = {
  { "baht-text", N_("AMOUNT"), N_("Print an amount in Thai words"), cmd_baht_text },
  /* Translators: the arguments of "bank", a command with subcommands (book). */
  { "bank", N_("SUBCOMMAND …"), N_("Show a group's bank book"), cmd_bank },
  { "demo", N_("FILE"), N_("Create a database with a sample network"), cmd_demo },
  { "verify", N_("FILE"), N_("Check a database's integrity and books"), cmd_verify },
  { "backup", N_("FILE DEST"), N_("Write a consistent copy of a database"), cmd_backup },
  { "restore", N_("BACKUP FILE"), N_("Replace a database with a backup"), cmd_restore },
  /* Translators: the arguments of "loans", a command with subcommands (schedule, arrears). */
  { "loans", N_("SUBCOMMAND …"), N_("Compute a loan's schedule, or list the loans overdue"), cmd_loans },
  /* Translators: the arguments of "meeting", a command with subcommands (summary). */
  { "meeting", N_("SUBCOMMAND …"), N_("Print a group's monthly summary for its meeting"), cmd_meeting },
  /* Translators: the arguments of "members", a command with subcommands (list, import,
   * export). */
  { "members", N_("SUBCOMMAND …"), N_("List, import or export a group's members"), cmd_members },
  /* Translators: the arguments of "savings", a command with subcommands (post). */
  { "savings", N_("SUBCOMMAND …"), N_("Post a savings day"), cmd_savings },
  /* Translators: the arguments of "statement": keep --member, --group and --pdf. */
  { "statement", N_("FILE --member M [--group G] [--pdf OUT.pdf]"), N_("Print a member's statement"), cmd_statement },
  /* Translators: the arguments of "welfare", a command with subcommands (claims). */
  { "welfare", N_("SUBCOMMAND …"), N_("Show a group's welfare claims"), cmd_welfare },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  sajja-cli %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTIONS…] [ARGUMENTS…]"),
           _("Sajja: the books of a savings group for production, from the command line."));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *left = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].args));

      fprintf (out, "  %-24s %s\n", left, _(commands[i].summary));
    }
  fprintf (out, "\n%s\n", _("Run “sajja-cli COMMAND --help” for a command's options."));
}

int
main (int    argc,
      char **argv)
{
  sajja_i18n_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return 0;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("sajja-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].func (argc - 1, argv + 1);

  /* Translators: %s is what the user typed as a command. */
  fail (_("there is no command “%s”."), argv[1]);
  print_usage (stderr);
  return 2;
}
