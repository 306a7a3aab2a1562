/* sajja-cli.c: the headless face of Sajja, over the same core as the app.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sajja-db.h"
#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-i18n.h"
#include "sajja-money.h"
#include "sajja-settings.h"

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
  int groups, seed;
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaDb) db = NULL;
  int status = 0;
  GOptionEntry entries[] = {
    { "groups", 0, 0, G_OPTION_ARG_INT, &groups, N_("How many groups (default 8)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed: the same seed makes the same data"), N_("S") },
    { NULL },
  };

  sajja_demo_options_init (&options);
  groups = options.n_groups;
  seed = options.seed;

  if (!parse_command ("demo", _("FILE"),
                      _("Creates a database holding a sample savings-group network: by default a tambon network of 8 groups in Songkhla."),
                      entries, &argc, &argv, 1, 1, &status))
    return status;

  if (groups < 1)
    return fail ("%s", _("The number of groups must be from 1 to 10,000."));
  options.n_groups = groups;
  options.seed = (guint32) seed;

  db = sajja_db_open (argv[1], SAJJA_DB_OPEN_DEFAULT, &error);
  if (db == NULL)
    return fail ("%s", error->message);

  if (!sajja_demo_generate (db, &options, NULL, NULL, NULL, &error))
    return fail ("%s", error->message);

  /* Translators: %u is a count of groups, %s a file name. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u group to %s\n", "Wrote %u groups to %s\n", options.n_groups),
           options.n_groups, argv[1]);

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

static const Command commands[] = {
  { "baht-text", N_("AMOUNT"), N_("Print an amount in Thai words"), cmd_baht_text },
  { "demo", N_("FILE"), N_("Create a database with a sample network"), cmd_demo },
  { "verify", N_("FILE"), N_("Check a database's integrity and books"), cmd_verify },
  { "backup", N_("FILE DEST"), N_("Write a consistent copy of a database"), cmd_backup },
  { "restore", N_("BACKUP FILE"), N_("Replace a database with a backup"), cmd_restore },
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
