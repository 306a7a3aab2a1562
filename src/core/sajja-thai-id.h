/* sajja-thai-id.h: the 13-digit Thai national ID number (เลขประจำตัวประชาชน). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SAJJA_THAI_ID_ERROR (sajja_thai_id_error_quark ())

typedef enum
{
  SAJJA_THAI_ID_ERROR_EMPTY,
  SAJJA_THAI_ID_ERROR_CHARACTERS,  /* something other than digits, spaces and dashes */
  SAJJA_THAI_ID_ERROR_LENGTH,      /* not 13 digits */
  SAJJA_THAI_ID_ERROR_CHECK_DIGIT, /* the 13th digit does not match */
  SAJJA_THAI_ID_ERROR_FIRST_DIGIT, /* the first digit is 0 or 9, which no ID uses */
} SajjaThaiIdError;

GQuark   sajja_thai_id_error_quark (void);

/* Normalizes what a user typed ("1-2345-67890-12-1", "1 2345 67890 12 1", Thai digits too)
 * to 13 ASCII digits, checking the length, the first digit and the check digit.
 * Returns the 13 digits, or NULL with a translated error. */
char    *sajja_thai_id_normalize   (const char  *text,
                                    GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* Check digit of the first 12 digits: (11 - (Σ d[i]·(13-i)) mod 11) mod 10. */
int      sajja_thai_id_check_digit (const char  *first12);
/* "1-2345-67890-12-1" from 13 digits. */
char    *sajja_thai_id_format      (const char  *digits13) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
