/* sajja-db-private.h: what the store's tests need beyond the public API. */
#pragma once

#include "sajja-db.h"

G_BEGIN_DECLS

/* Creates a new file at schema @version (1 ≤ version ≤ SAJJA_DB_SCHEMA_VERSION), as an older
 * Sajja would have left it, so that migrations can be tested. */
gboolean _sajja_db_create_at_version (const char *path,
                                      int         version,
                                      GError    **error);

G_END_DECLS
