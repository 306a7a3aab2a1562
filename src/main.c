/* main.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sajja-application.h"
#include "sajja-i18n.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(SajjaApplication) app = NULL;

  sajja_i18n_init ();

  app = sajja_application_new (G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
