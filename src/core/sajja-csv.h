/* sajja-csv.h: reading the CSV files Thai users make (Excel, LibreOffice, Google Sheets), for imports.
 *
 * A file is decoded to UTF-8 (UTF-8 with or without a BOM, or Thai Windows: TIS-620 and its
 * superset Windows-874, which Thai Excel writes as "CSV (Comma delimited)") and split into
 * records by RFC 4180, read the way Excel writes it. The first record is the header when the
 * file has one. Every record keeps the physical line where it starts, for error messages.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Larger files are refused. */
#define SAJJA_CSV_MAX_FILE_SIZE  (64 * 1024 * 1024)
/* Longer values are refused; the limit is in bytes of UTF-8, after decoding. */
#define SAJJA_CSV_MAX_FIELD_SIZE (64 * 1024)
/* Records with more values are refused: 16,384 is the number of columns in an Excel sheet. */
#define SAJJA_CSV_MAX_FIELDS     16384

#define SAJJA_CSV_ERROR (sajja_csv_error_quark ())

typedef enum
{
  SAJJA_CSV_ERROR_ENCODING,           /* not text in the encoding asked for (or in any, for AUTO) */
  SAJJA_CSV_ERROR_UNTERMINATED_QUOTE, /* a quoted value is still open at the end of the file */
  SAJJA_CSV_ERROR_QUOTE_IN_FIELD,     /* a quote inside a value that does not start with one: ab"c */
  SAJJA_CSV_ERROR_AFTER_QUOTE,        /* characters after the closing quote of a value: "ab"c */
  SAJJA_CSV_ERROR_TOO_LARGE,          /* the file, a value or the number of values in a record */
} SajjaCsvError;

typedef enum
{
  SAJJA_CSV_ENCODING_AUTO,   /* UTF-8 if the bytes are UTF-8 (or start with a BOM), else TIS-620 */
  SAJJA_CSV_ENCODING_UTF8,
  SAJJA_CSV_ENCODING_TIS620, /* TIS-620 with the Windows-874 (CP874) additions */
} SajjaCsvEncoding;

typedef struct _SajjaCsv SajjaCsv;

GQuark             sajja_csv_error_quark   (void);

/* Decodes and parses @len bytes of @data. Returns NULL with an error in SAJJA_CSV_ERROR. */
SajjaCsv          *sajja_csv_parse         (const char        *data,
                                            gsize              len,
                                            SajjaCsvEncoding   encoding,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
/* Reads @file and parses it like sajja_csv_parse(). Errors reading the file are in G_IO_ERROR. */
SajjaCsv          *sajja_csv_load          (GFile             *file,
                                            SajjaCsvEncoding   encoding,
                                            GCancellable      *cancellable,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
void               sajja_csv_free          (SajjaCsv          *csv);

/* UTF8 or TIS620: what the file was decoded from. */
SajjaCsvEncoding   sajja_csv_get_encoding  (const SajjaCsv    *csv);
/* ',', ';', '\t' or '|' (the last only from an Excel "sep=|" first line). */
char               sajja_csv_get_separator (const SajjaCsv    *csv);

/* Records, the header first. Blank lines are not records. */
guint              sajja_csv_get_n_records (const SajjaCsv    *csv);
/* The values of record @index, NULL-terminated, in UTF-8. Owned by @csv. */
const char * const *sajja_csv_get_record   (const SajjaCsv    *csv,
                                            guint              index);
guint              sajja_csv_get_n_fields  (const SajjaCsv    *csv,
                                            guint              index);
/* The 1-based physical line of the file where record @index starts. */
guint              sajja_csv_get_line      (const SajjaCsv    *csv,
                                            guint              index);
/* Value @column of record @index, or NULL when @column is negative or the record is shorter. */
const char        *sajja_csv_get_field     (const SajjaCsv    *csv,
                                            guint              index,
                                            int                column);

/* The first header column (in record 0) named by one of @aliases, tried in order, compared
 * case-insensitively after trimming spaces: { "เลขประจำตัวประชาชน", "national_id", "ID", NULL }.
 * Returns the column index, or -1. */
int                sajja_csv_find_column   (const SajjaCsv    *csv,
                                            const char * const *aliases);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SajjaCsv, sajja_csv_free)

G_END_DECLS
