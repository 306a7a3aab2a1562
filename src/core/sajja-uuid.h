/* sajja-uuid.h: stable identifiers for rows that may travel between laptops. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A random version-4 UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx". */
char     *sajja_uuid_new           (void) G_GNUC_WARN_UNUSED_RESULT;
/* A version-4 UUID drawn from @rand, so that seeded demo data is the same on every run. */
char     *sajja_uuid_new_from_rand (GRand      *rand) G_GNUC_WARN_UNUSED_RESULT;
gboolean  sajja_uuid_is_valid      (const char *uuid);

G_END_DECLS
