/* sajja-uuid.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sajja-uuid.h"

/**
 * sajja_uuid_new:
 *
 * Returns: (transfer full): a new random UUID.
 */
char *
sajja_uuid_new (void)
{
  return g_uuid_string_random ();
}

/**
 * sajja_uuid_new_from_rand:
 * @rand: the random source
 *
 * Returns: (transfer full): a version-4 UUID whose bits come from @rand.
 */
char *
sajja_uuid_new_from_rand (GRand *rand)
{
  guint8 b[16];

  g_return_val_if_fail (rand != NULL, NULL);

  for (guint i = 0; i < 16; i += 4)
    {
      guint32 r = g_rand_int (rand);

      b[i] = r & 0xff;
      b[i + 1] = (r >> 8) & 0xff;
      b[i + 2] = (r >> 16) & 0xff;
      b[i + 3] = (r >> 24) & 0xff;
    }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/**
 * sajja_uuid_is_valid:
 * @uuid: (nullable): a string
 *
 * Returns: whether @uuid is a UUID in its canonical lowercase or uppercase form.
 */
gboolean
sajja_uuid_is_valid (const char *uuid)
{
  return uuid != NULL && g_uuid_string_is_valid (uuid);
}
