/* sajja-collate.h: Thai dictionary order for names, independent of the C library's locale. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sort key: compare two keys with strcmp() to get Thai dictionary order. Leading vowels
 * (เ แ โ ใ ไ) sort after the consonant they precede, tone marks and the thanthakhat count only
 * when all else is equal, and Latin letters sort case-insensitively before Thai. */
char *sajja_collate_key     (const char *text) G_GNUC_WARN_UNUSED_RESULT;
int   sajja_collate_compare (const char *a,
                             const char *b);

G_END_DECLS
