/* test-i18n.c: which language the app starts in, and switching at run time.
 *
 * Each case runs in a fresh subprocess: GLib decides once per process whether to translate.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sajja-i18n.h"
#include "sajja-settings.h"

static void
write_language_setting (const char *language)
{
  g_autofree char *path = sajja_settings_get_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = g_strdup_printf ("[Sajja]\nlanguage=%s\n", language);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  sajja_settings_reset ();
}

static void
test_default_is_thai (void)
{
  if (g_test_subprocess ())
    {
      /* A new user: no setting, no LANGUAGE in the environment. */
      g_unsetenv ("LANGUAGE");
      sajja_i18n_init ();
      g_assert_cmpstr (sajja_i18n_get_language (), ==, "th");
      g_assert_cmpstr (_("Usage:"), ==, "วิธีใช้:");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_english_then_thai (void)
{
  if (g_test_subprocess ())
    {
      /* The user chose English earlier; switching to Thai at run time must still translate. */
      g_unsetenv ("LANGUAGE");
      write_language_setting ("en");
      sajja_i18n_init ();
      g_assert_cmpstr (sajja_i18n_get_language (), ==, "en");
      g_assert_cmpstr (_("Usage:"), ==, "Usage:");

      sajja_i18n_set_language ("th");
      g_assert_cmpstr (sajja_i18n_get_language (), ==, "th");
      g_assert_cmpstr (_("Usage:"), ==, "วิธีใช้:");

      sajja_i18n_set_language ("en");
      g_assert_cmpstr (_("Usage:"), ==, "Usage:");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static char *
run_probe (const char *language_setting)
{
  g_autofree char *probe = g_test_build_filename (G_TEST_BUILT, "i18n-probe", NULL);
  g_autofree char *settings = sajja_settings_get_path ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  const char *argv[] = { probe, NULL };

  g_unlink (settings);
  if (language_setting != NULL)
    write_language_setting (language_setting);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");

  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Processes that translate nothing before sajja_i18n_init(), as the app: the test binary
 * itself cannot show these, since g_test_init() has already translated. */
static void
test_fresh_process_new_user (void)
{
  g_autofree char *out = run_probe (NULL);

  g_assert_cmpstr (out, ==, "วิธีใช้:|วิธีใช้:\n");
}

static void
test_fresh_process_english_then_thai (void)
{
  g_autofree char *out = run_probe ("en");

  g_assert_cmpstr (out, ==, "Usage:|วิธีใช้:\n");
}

static void
test_environment_followed (void)
{
  if (g_test_subprocess ())
    {
      /* No choice made in the app: a LANGUAGE in the environment is followed. */
      g_setenv ("LANGUAGE", "en", TRUE);
      sajja_i18n_init ();
      g_assert_cmpstr (_("Usage:"), ==, "Usage:");

      /* "Follow the system" after a switch goes back to the environment's language. */
      sajja_i18n_set_language ("th");
      g_assert_cmpstr (_("Usage:"), ==, "วิธีใช้:");
      sajja_i18n_set_language (NULL);
      g_assert_cmpstr (_("Usage:"), ==, "Usage:");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_choice_beats_environment (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "en", TRUE);
      write_language_setting ("th");
      sajja_i18n_init ();
      g_assert_cmpstr (_("Usage:"), ==, "วิธีใช้:");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/i18n/default-is-thai", test_default_is_thai);
  g_test_add_func ("/i18n/english-then-thai", test_english_then_thai);
  g_test_add_func ("/i18n/fresh-process/new-user", test_fresh_process_new_user);
  g_test_add_func ("/i18n/fresh-process/english-then-thai", test_fresh_process_english_then_thai);
  g_test_add_func ("/i18n/environment-followed", test_environment_followed);
  g_test_add_func ("/i18n/choice-beats-environment", test_choice_beats_environment);

  return g_test_run ();
}
