/* i18n-probe.c: starts as the app does, prints a message, switches to Thai, prints it again.
 * Spawned by test-i18n with a controlled environment: nothing here may translate before
 * sajja_i18n_init(), as nothing in the app does. */

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sajja-i18n.h"

int
main (int    argc,
      char **argv)
{
  sajja_i18n_init ();
  printf ("%s|", _("Usage:"));
  sajja_i18n_set_language ("th");
  printf ("%s\n", _("Usage:"));

  return 0;
}
