/* sajja-csv.c: reading the CSV files Thai users make, for imports.
 *
 * The whole file is first decoded into one UTF-8 buffer, which is then parsed in place: each
 * value is copied over the bytes it was read from (a value is never longer than its source:
 * quotes, doubled quotes and spaces only shrink it) and NUL-terminated where its separator
 * was. A parsed file is that buffer plus one array of pointers into it, so even a file of
 * millions of tiny records costs a few pointers per value and never a memory allocation each.
 */
#include <glib/gi18n-lib.h>

#include "sajja-csv.h"

#include <string.h>

G_DEFINE_QUARK (sajja-csv-error-quark, sajja_csv_error)

#define UTF8_BOM     "\xef\xbb\xbf"
#define UTF8_BOM_LEN 3

/* The limits can be made smaller when building a fuzzer, to reach their error paths. */
#ifndef CSV_FILE_LIMIT
#define CSV_FILE_LIMIT SAJJA_CSV_MAX_FILE_SIZE
#endif
#ifndef CSV_FIELD_LIMIT
#define CSV_FIELD_LIMIT SAJJA_CSV_MAX_FIELD_SIZE
#endif
#ifndef CSV_FIELDS_LIMIT
#define CSV_FIELDS_LIMIT SAJJA_CSV_MAX_FIELDS
#endif

/* sajja_csv_load()'s first buffer when the file's size is not known. */
#define READ_CHUNK (64 * 1024)

typedef struct
{
  guint first;  /* index in fields of the record's first value */
  guint line;   /* 1-based physical line where the record starts */
} Record;

struct _SajjaCsv
{
  char *text;              /* the decoded text, parsed in place; every value points into it */
  gsize text_len;
  GPtrArray *fields;       /* each record's values followed by NULL, record after record */
  GArray *records;         /* Record */
  SajjaCsvEncoding encoding;
  char separator;
};

/* ---- Errors -------------------------------------------------------------------------------- */

static void
set_file_too_large_error (GError **error)
{
  g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_TOO_LARGE,
               /* Translators: %u is a size in megabytes, such as 64. */
               _("This file is larger than %u MB. Split it into smaller files and import them "
                 "one at a time."),
               (guint) (CSV_FILE_LIMIT / (1024 * 1024)));
}

/* ---- Encodings ----------------------------------------------------------------------------- */

/* Windows-874 (CP874) adds these to TIS-620 in 0x80–0xA0; 0 marks a byte with no character. */
static const gunichar cp874_extra[0xA1 - 0x80] = {
  0x20AC, 0, 0, 0, 0, 0x2026, 0, 0,                          /* 0x80 €, 0x85 … */
  0, 0, 0, 0, 0, 0, 0, 0,                                    /* 0x88–0x8F */
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 0x91–0x97 ‘ ’ “ ” • – — */
  0, 0, 0, 0, 0, 0, 0, 0,                                    /* 0x98–0x9F */
  0x00A0,                                                    /* 0xA0 no-break space */
};

/* The character of a TIS-620 / Windows-874 byte, or 0 when the byte has none. NUL is refused
 * too: no text file has one, and UTF-16 files have many. */
static gunichar
tis620_to_unichar (guchar byte)
{
  if (byte < 0x80)
    return byte;
  if (byte <= 0xA0)
    return cp874_extra[byte - 0x80];
  /* 0xA1 ก … 0xDA ฺ, then 0xDF ฿ … 0xFB ๛: the Thai block in the same order. */
  if (byte <= 0xDA || (byte >= 0xDF && byte <= 0xFB))
    return 0x0E00 + (byte - 0xA0);

  return 0;
}

/* The 1-based line of the byte at @offset of @len bytes of @data, counting CR LF, LF and CR
 * as line ends. */
static guint
line_at (const char *data,
         gsize       len,
         gsize       offset)
{
  guint line = 1;
  gsize i;

  for (i = 0; i < offset && i < len; i++)
    {
      if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= len || data[i + 1] != '\n')))
        line++;
    }

  return line;
}

/* Decodes TIS-620 / Windows-874 into a new NUL-terminated UTF-8 buffer. Returns NULL if a byte
 * has no character, with its offset in @out_bad. */
static char *
decode_tis620 (const char *data,
               gsize       len,
               gsize      *out_len,
               gsize      *out_bad)
{
  const guchar *bytes = (const guchar *) data;
  gsize size = 0;
  char *text;
  char *w;
  gsize i;

  for (i = 0; i < len; i++)
    {
      gunichar c = tis620_to_unichar (bytes[i]);

      if (c == 0)
        {
          *out_bad = i;
          return NULL;
        }
      size += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

  text = g_malloc (size + 1);
  w = text;
  for (i = 0; i < len; i++)
    w += g_unichar_to_utf8 (tis620_to_unichar (bytes[i]), w);
  *w = '\0';
  g_assert ((gsize) (w - text) == size);

  *out_len = size;
  return text;
}

static gboolean
decode (SajjaCsv          *csv,
        const char        *data,
        gsize              len,
        SajjaCsvEncoding   encoding,
        GError           **error)
{
  gboolean has_bom = len >= UTF8_BOM_LEN && memcmp (data, UTF8_BOM, UTF8_BOM_LEN) == 0;
  gsize bad = 0;

  if (encoding != SAJJA_CSV_ENCODING_TIS620)
    {
      gsize skip = has_bom ? UTF8_BOM_LEN : 0;
      const char *end = NULL;

      if (g_utf8_validate_len (data + skip, len - skip, &end))
        {
          csv->text_len = len - skip;
          csv->text = g_malloc (csv->text_len + 1);
          memcpy (csv->text, data + skip, csv->text_len);
          csv->text[csv->text_len] = '\0';
          csv->encoding = SAJJA_CSV_ENCODING_UTF8;
          return TRUE;
        }

      /* A BOM says UTF-8 as surely as the user choosing it. */
      if (encoding == SAJJA_CSV_ENCODING_UTF8 || has_bom)
        {
          g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING,
                       /* Translators: %u is a line number. “CSV UTF-8 (Comma delimited)” is
                        * the name of the file type in Excel's Save As window; use the name
                        * Thai Excel shows. */
                       _("Line %u of the file is not UTF-8 text. In Excel, open the file, choose "
                         "Save As and the type “CSV UTF-8 (Comma delimited)”, then import the "
                         "saved file."),
                       line_at (data, len, (gsize) (end - data)));
          return FALSE;
        }
    }

  csv->text = decode_tis620 (data, len, &csv->text_len, &bad);
  if (csv->text != NULL)
    {
      csv->encoding = SAJJA_CSV_ENCODING_TIS620;
      return TRUE;
    }

  if (encoding == SAJJA_CSV_ENCODING_TIS620)
    g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING,
                 /* Translators: %u is a line number. TIS-620 is the Thai text encoding of
                  * Windows. “CSV UTF-8 (Comma delimited)” is the name of the file type in
                  * Excel's Save As window; use the name Thai Excel shows. */
                 _("Line %u of the file has a character that is not Thai Windows (TIS-620) "
                   "text. In Excel, open the file, choose Save As and the type “CSV UTF-8 "
                   "(Comma delimited)”, then import the saved file."),
                 line_at (data, len, bad));
  else
    g_set_error_literal (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_ENCODING,
                         /* Translators: TIS-620 is the Thai text encoding of Windows.
                          * “CSV UTF-8 (Comma delimited)” is the name of the file type in
                          * Excel's Save As window; use the name Thai Excel shows. */
                         _("This file is neither UTF-8 nor Thai Windows (TIS-620) text. In "
                           "Excel, open the file, choose Save As and the type “CSV UTF-8 "
                           "(Comma delimited)”, then import the saved file."));

  return FALSE;
}

/* ---- Parsing ------------------------------------------------------------------------------- */

/* Spaces trimmed around unquoted values: Unicode spaces (with the no-break space that Excel
 * and Windows-874 files carry), and the zero-width space and stray BOMs of pasted Thai text. */
static gboolean
is_trim_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

static gboolean
is_line_end (char c)
{
  return c == '\r' || c == '\n';
}

/* Excel writes and reads a first line "sep=;" naming the separator. Returns the separator and
 * the length of the line with its line end, or 0. */
static char
read_sep_line (const char *text,
               gsize       len,
               gsize      *out_skip)
{
  char sep;
  gsize skip;

  if (len < 5 || memcmp (text, "sep=", 4) != 0)
    return 0;
  sep = text[4];
  if (sep != ',' && sep != ';' && sep != '\t' && sep != '|')
    return 0;
  if (len > 5 && !is_line_end (text[5]))
    return 0;

  skip = 5;
  if (skip < len && text[skip] == '\r')
    skip++;
  if (skip < len && text[skip] == '\n')
    skip++;

  *out_skip = skip;
  return sep;
}

/* The separator of the header line (the first line with anything but spaces on it): a
 * semicolon or a tab when it has more of them than commas, else a comma. */
static char
detect_separator (const char *text,
                  gsize       len)
{
  guint commas = 0;
  guint semicolons = 0;
  guint tabs = 0;
  gboolean quoted = FALSE;
  gboolean seen = FALSE;
  gsize i;

  for (i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (is_line_end (c))
        {
          if (seen)
            break;
          continue;
        }
      else if (c == ',')
        commas++;
      else if (c == ';')
        semicolons++;
      else if (c == '\t')
        tabs++;
      else if (c == ' ')
        continue;

      seen = TRUE;
    }

  if (tabs > commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

static void
set_field_too_long_error (GError **error,
                          guint    line)
{
  g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_TOO_LARGE,
               /* Translators: %u is a line number, then a size in kilobytes, such as 64.
                * The quote mark is the character ". */
               _("The row that starts on line %u has a value longer than %u KB. Check that this "
                 "is the right file and that every quote mark (\") is closed."),
               line, (guint) (CSV_FIELD_LIMIT / 1024));
}

/* Splits csv->text from @start into records. @line is the line at @start. */
static gboolean
parse_text (SajjaCsv  *csv,
            gsize      start,
            guint      line,
            GError   **error)
{
  char *text = csv->text;
  gsize n = csv->text_len;
  char sep = csv->separator;
  gsize r = start;  /* where reading is */
  gsize w = 0;      /* where the next value byte is written; always w <= r */

  while (r < n)
    {
      Record record;
      guint n_fields = 0;
      gboolean first_quoted = FALSE;
      char end;

      record.first = csv->fields->len;
      record.line = line;

      for (;;)
        {
          gsize field_start = w;
          gboolean quoted = FALSE;

          /* Spaces before the value, or before its opening quote. */
          while (r < n && text[r] != sep && !is_line_end (text[r]) && text[r] != '"' &&
                 is_trim_space (g_utf8_get_char (text + r)))
            r = g_utf8_next_char (text + r) - text;

          if (r < n && text[r] == '"')
            {
              quoted = TRUE;
              r++;
              for (;;)
                {
                  char c;

                  if (r >= n)
                    {
                      g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_UNTERMINATED_QUOTE,
                                   /* Translators: %u is a line number. The quote mark is the
                                    * character ". */
                                   _("The row that starts on line %u has a quote mark (\") "
                                     "that is never closed. Add the closing quote mark, or "
                                     "remove the opening one."),
                                   record.line);
                      return FALSE;
                    }

                  c = text[r];
                  if (c == '"')
                    {
                      if (r + 1 < n && text[r + 1] == '"')
                        r += 2;
                      else
                        {
                          r++;
                          break;
                        }
                    }
                  else if (c == '\r')
                    {
                      /* Line ends inside a value become "\n", whatever the file uses. */
                      c = '\n';
                      r++;
                      if (r < n && text[r] == '\n')
                        r++;
                      line++;
                    }
                  else
                    {
                      if (c == '\n')
                        line++;
                      r++;
                    }

                  if (w - field_start >= CSV_FIELD_LIMIT)
                    {
                      set_field_too_long_error (error, record.line);
                      return FALSE;
                    }
                  text[w++] = c;
                }

              /* Only spaces may follow the closing quote. */
              while (r < n && text[r] != sep && !is_line_end (text[r]))
                {
                  if (!is_trim_space (g_utf8_get_char (text + r)))
                    {
                      g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_AFTER_QUOTE,
                                   /* Translators: %u is a line number. The quote mark is the
                                    * character ", and "" is two of them. */
                                   _("The row that starts on line %u has characters after "
                                     "the closing quote mark (\") of a value. Move them inside "
                                     "the quote marks, and write each quote mark inside a "
                                     "value twice (\"\")."),
                                   record.line);
                      return FALSE;
                    }
                  r = g_utf8_next_char (text + r) - text;
                }
            }
          else
            {
              gsize content_end = w;

              while (r < n && text[r] != sep && !is_line_end (text[r]))
                {
                  gsize char_len;
                  gunichar c;

                  if (text[r] == '"')
                    {
                      g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_QUOTE_IN_FIELD,
                                   /* Translators: %u is a line number. The quote mark is the
                                    * character ", and "" is two of them. */
                                   _("The row that starts on line %u has a quote mark (\") "
                                     "inside a value. Put the whole value in quote marks, and "
                                     "write each quote mark inside it twice (\"\")."),
                                   record.line);
                      return FALSE;
                    }

                  c = g_utf8_get_char (text + r);
                  char_len = g_utf8_next_char (text + r) - (text + r);
                  if (w - field_start + char_len > CSV_FIELD_LIMIT)
                    {
                      set_field_too_long_error (error, record.line);
                      return FALSE;
                    }
                  memmove (text + w, text + r, char_len);
                  w += char_len;
                  r += char_len;
                  if (!is_trim_space (c))
                    content_end = w;
                }

              w = content_end;
            }

          if (n_fields >= CSV_FIELDS_LIMIT)
            {
              g_set_error (error, SAJJA_CSV_ERROR, SAJJA_CSV_ERROR_TOO_LARGE,
                           /* Translators: %u is a line number, then a number such as 16384. */
                           _("The row that starts on line %u has more than %u values. Check "
                             "that this is the right file."),
                           record.line, (guint) CSV_FIELDS_LIMIT);
              return FALSE;
            }

          /* What ended the value is read before its NUL goes in, perhaps over it (w <= r). */
          end = r < n ? text[r] : '\0';
          text[w] = '\0';
          g_ptr_array_add (csv->fields, text + field_start);
          w++;
          if (n_fields == 0)
            first_quoted = quoted;
          n_fields++;

          if (end != sep)
            break;
          r++;
        }

      if (end == '\r')
        {
          r++;
          if (r < n && text[r] == '\n')
            r++;
          line++;
        }
      else if (end == '\n')
        {
          r++;
          line++;
        }

      /* A blank line (or one of spaces) is no record. A line "" is one, with one empty value. */
      if (n_fields == 1 && !first_quoted && *(const char *) csv->fields->pdata[record.first] == '\0')
        {
          g_ptr_array_set_size (csv->fields, record.first);
          continue;
        }

      g_ptr_array_add (csv->fields, NULL);
      g_array_append_val (csv->records, record);
    }

  return TRUE;
}

/**
 * sajja_csv_parse:
 * @data: (array length=len): the bytes of a CSV file; may be %NULL when @len is 0
 * @len: the number of bytes in @data, at most %SAJJA_CSV_MAX_FILE_SIZE
 * @encoding: the encoding of @data, or %SAJJA_CSV_ENCODING_AUTO to detect it
 * @error: return location for a #GError in %SAJJA_CSV_ERROR
 *
 * Decodes @data and splits it into records.
 *
 * With %SAJJA_CSV_ENCODING_AUTO, @data is UTF-8 if it starts with a UTF-8 BOM or is valid
 * UTF-8, else TIS-620 / Windows-874 if every byte is a character of it. A UTF-8 BOM is
 * dropped, unless @encoding is %SAJJA_CSV_ENCODING_TIS620.
 *
 * The separator is a comma, or a semicolon or tab when the header line has more of them than
 * commas, or what an Excel "sep=;" first line names. Values may be quoted with '"', with ""
 * for a quote inside; quoted values may hold separators and line ends (which become "\n").
 * Line ends are CR LF, LF or CR. Spaces around unquoted values, and around the quotes of quoted
 * ones, are trimmed. Blank lines are skipped, so a trailing line end makes no record.
 *
 * Returns: (transfer full) (nullable): the records, or %NULL with @error set
 */
SajjaCsv *
sajja_csv_parse (const char        *data,
                 gsize              len,
                 SajjaCsvEncoding   encoding,
                 GError           **error)
{
  g_autoptr(SajjaCsv) csv = NULL;
  gsize start = 0;
  guint line = 1;
  char sep;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (encoding == SAJJA_CSV_ENCODING_AUTO ||
                        encoding == SAJJA_CSV_ENCODING_UTF8 ||
                        encoding == SAJJA_CSV_ENCODING_TIS620, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (len > CSV_FILE_LIMIT)
    {
      set_file_too_large_error (error);
      return NULL;
    }
  if (data == NULL)
    data = "";

  csv = g_new0 (SajjaCsv, 1);
  csv->fields = g_ptr_array_new ();
  csv->records = g_array_new (FALSE, FALSE, sizeof (Record));

  if (!decode (csv, data, len, encoding, error))
    return NULL;

  sep = read_sep_line (csv->text, csv->text_len, &start);
  if (sep != 0)
    line = 2;
  else
    sep = detect_separator (csv->text, csv->text_len);
  csv->separator = sep;

  if (!parse_text (csv, start, line, error))
    return NULL;

  return g_steal_pointer (&csv);
}

/**
 * sajja_csv_load:
 * @file: a CSV file
 * @encoding: the encoding of @file, or %SAJJA_CSV_ENCODING_AUTO to detect it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError in %SAJJA_CSV_ERROR or %G_IO_ERROR
 *
 * Reads @file and parses it like sajja_csv_parse(). A file larger than
 * %SAJJA_CSV_MAX_FILE_SIZE is refused without reading it all.
 *
 * Returns: (transfer full) (nullable): the records, or %NULL with @error set
 */
SajjaCsv *
sajja_csv_load (GFile             *file,
                SajjaCsvEncoding   encoding,
                GCancellable      *cancellable,
                GError           **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *buffer = NULL;
  gsize capacity = READ_CHUNK;
  gsize len = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* The size is only a hint for the buffer: the file may change while it is read. */
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable,
                                         NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    {
      goffset size = g_file_info_get_size (info);

      if (size > CSV_FILE_LIMIT)
        {
          set_file_too_large_error (error);
          return NULL;
        }
      /* One byte more, so that the read that finds the end needs no larger buffer. */
      if (size > 0)
        capacity = (gsize) size + 1;
    }

  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n_read;

      if (len == capacity)
        {
          /* Never more than one byte over the limit, enough to know the file is too large. */
          capacity = MIN (capacity * 2, (gsize) CSV_FILE_LIMIT + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer + len, capacity - len,
                                    cancellable, error);
      if (n_read < 0)
        return NULL;
      if (n_read == 0)
        break;
      len += (gsize) n_read;
      if (len > CSV_FILE_LIMIT)
        {
          set_file_too_large_error (error);
          return NULL;
        }
    }

  if (!g_input_stream_close (G_INPUT_STREAM (stream), cancellable, error))
    return NULL;

  return sajja_csv_parse (buffer, len, encoding, error);
}

/**
 * sajja_csv_free:
 * @csv: (nullable): records from sajja_csv_parse() or sajja_csv_load()
 *
 * Frees @csv and every string it returned.
 */
void
sajja_csv_free (SajjaCsv *csv)
{
  if (csv == NULL)
    return;

  g_free (csv->text);
  g_ptr_array_unref (csv->fields);
  g_array_unref (csv->records);
  g_free (csv);
}

/* ---- Accessors ----------------------------------------------------------------------------- */

/**
 * sajja_csv_get_encoding:
 * @csv: records
 *
 * Returns: %SAJJA_CSV_ENCODING_UTF8 or %SAJJA_CSV_ENCODING_TIS620: what the file was decoded
 *   from, detected or as asked
 */
SajjaCsvEncoding
sajja_csv_get_encoding (const SajjaCsv *csv)
{
  g_return_val_if_fail (csv != NULL, SAJJA_CSV_ENCODING_UTF8);

  return csv->encoding;
}

/**
 * sajja_csv_get_separator:
 * @csv: records
 *
 * Returns: the separator the file uses: ',', ';', '\t', or '|' from an Excel "sep=" line
 */
char
sajja_csv_get_separator (const SajjaCsv *csv)
{
  g_return_val_if_fail (csv != NULL, ',');

  return csv->separator;
}

/**
 * sajja_csv_get_n_records:
 * @csv: records
 *
 * Returns: the number of records, the header included; blank lines are not records
 */
guint
sajja_csv_get_n_records (const SajjaCsv *csv)
{
  g_return_val_if_fail (csv != NULL, 0);

  return csv->records->len;
}

/**
 * sajja_csv_get_record:
 * @csv: records
 * @index: a record, less than sajja_csv_get_n_records()
 *
 * Returns: (transfer none) (array zero-terminated=1): the values of the record, in UTF-8,
 *   owned by @csv
 */
const char * const *
sajja_csv_get_record (const SajjaCsv *csv,
                      guint           index)
{
  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail (index < csv->records->len, NULL);

  return (const char * const *) csv->fields->pdata +
         g_array_index (csv->records, Record, index).first;
}

/**
 * sajja_csv_get_n_fields:
 * @csv: records
 * @index: a record, less than sajja_csv_get_n_records()
 *
 * The number of values in a record, to find rows with more or fewer values than the header.
 *
 * Returns: the number of values, at least 1
 */
guint
sajja_csv_get_n_fields (const SajjaCsv *csv,
                        guint           index)
{
  guint next;

  g_return_val_if_fail (csv != NULL, 0);
  g_return_val_if_fail (index < csv->records->len, 0);

  next = index + 1 < csv->records->len ? g_array_index (csv->records, Record, index + 1).first
                                       : csv->fields->len;

  /* Less the NULL that ends the record. */
  return next - g_array_index (csv->records, Record, index).first - 1;
}

/**
 * sajja_csv_get_line:
 * @csv: records
 * @index: a record, less than sajja_csv_get_n_records()
 *
 * Returns: the 1-based physical line of the file where the record starts
 */
guint
sajja_csv_get_line (const SajjaCsv *csv,
                    guint           index)
{
  g_return_val_if_fail (csv != NULL, 0);
  g_return_val_if_fail (index < csv->records->len, 0);

  return g_array_index (csv->records, Record, index).line;
}

/**
 * sajja_csv_get_field:
 * @csv: records
 * @index: a record, less than sajja_csv_get_n_records()
 * @column: a column, such as one from sajja_csv_find_column(); may be -1
 *
 * Returns: (transfer none) (nullable): the value, or %NULL when @column is negative or the
 *   record has no such column
 */
const char *
sajja_csv_get_field (const SajjaCsv *csv,
                     guint           index,
                     int             column)
{
  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail (index < csv->records->len, NULL);

  if (column < 0 || (guint) column >= sajja_csv_get_n_fields (csv, index))
    return NULL;

  return sajja_csv_get_record (csv, index)[column];
}

/* A header name for comparing: without surrounding spaces, NFKC, case-folded. NULL if @name
 * is not UTF-8 or is only spaces. */
static char *
header_key (const char *name)
{
  const char *start = name;
  const char *end;
  g_autofree char *folded = NULL;

  if (!g_utf8_validate (name, -1, NULL))
    return NULL;

  while (*start != '\0' && is_trim_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_trim_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  if (end == start)
    return NULL;

  folded = g_utf8_casefold (start, end - start);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
}

/**
 * sajja_csv_find_column:
 * @csv: records whose first record is a header
 * @aliases: (array zero-terminated=1): names of one column, the preferred first, such as
 *   { "เลขประจำตัวประชาชน", "national_id", "ID", NULL }
 *
 * Finds a column of the header by any of its names. Names are compared without the spaces
 * around them, ignoring case and Unicode compatibility forms (full-width "ＩＤ" is "ID").
 * The aliases are tried in order, and the first column with an alias wins, so a header with
 * both "ID" and "national_id" gives the column of whichever alias comes first.
 *
 * Returns: the index of the column, or -1 when no header name is one of @aliases or @csv
 *   has no records
 */
int
sajja_csv_find_column (const SajjaCsv      *csv,
                       const char * const  *aliases)
{
  const char * const *header;
  guint n_columns;
  char **keys;
  int found = -1;
  guint i;
  guint j;

  g_return_val_if_fail (csv != NULL, -1);
  g_return_val_if_fail (aliases != NULL, -1);

  if (csv->records->len == 0)
    return -1;

  header = sajja_csv_get_record (csv, 0);
  n_columns = sajja_csv_get_n_fields (csv, 0);
  keys = g_new0 (char *, n_columns + 1);
  for (j = 0; j < n_columns; j++)
    keys[j] = header_key (header[j]);

  for (i = 0; aliases[i] != NULL && found < 0; i++)
    {
      g_autofree char *alias = header_key (aliases[i]);

      if (alias == NULL)
        continue;
      for (j = 0; j < n_columns; j++)
        {
          if (keys[j] != NULL && strcmp (keys[j], alias) == 0)
            {
              found = (int) j;
              break;
            }
        }
    }

  /* keys has holes, so it is not a GStrv. */
  for (j = 0; j < n_columns; j++)
    g_free (keys[j]);
  g_free (keys);

  return found;
}
