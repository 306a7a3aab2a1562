/* fuzz-csv.c: a libFuzzer harness for sajja-csv.c
 *
 * Every input is parsed with each encoding; whatever parses is walked record by record and
 * checked against the accessors, and whatever does not must fail with a SAJJA_CSV_ERROR.
 *
 * With clang and libFuzzer:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -DGETTEXT_PACKAGE=\"sajja\" \
 *     -Isrc/core src/core/sajja-csv.c tests/fuzz-csv.c $(pkg-config --cflags --libs gio-2.0) \
 *     -o fuzz-csv && ./fuzz-csv -max_total_time=60 corpus/ tests/data/csv/
 *
 * With -DSAJJA_FUZZ_STANDALONE it is an ordinary program that runs the files and folders
 * named on its command line through the same checks, as a regression test with any compiler.
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sajja-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (gboolean    condition,
       const char *what)
{
  if (!condition)
    {
      fprintf (stderr, "fuzz-csv: %s\n", what);
      abort ();
    }
}

/* Whether @text is only the spaces sajja-csv.c trims. */
static gboolean
is_blank (const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200B && c != 0xFEFF)
        return FALSE;
    }

  return TRUE;
}

static void
walk (const SajjaCsv *csv)
{
  static const char * const aliases[] = { "เลขประจำตัวประชาชน", "national_id", "ID", "", NULL };
  SajjaCsvEncoding encoding = sajja_csv_get_encoding (csv);
  char separator = sajja_csv_get_separator (csv);
  guint n_records = sajja_csv_get_n_records (csv);
  guint previous_line = 0;
  int column;
  guint i;

  check (encoding == SAJJA_CSV_ENCODING_UTF8 || encoding == SAJJA_CSV_ENCODING_TIS620,
         "encoding");
  check (separator == ',' || separator == ';' || separator == '\t' || separator == '|',
         "separator");

  for (i = 0; i < n_records; i++)
    {
      const char * const *record = sajja_csv_get_record (csv, i);
      guint n_fields = sajja_csv_get_n_fields (csv, i);
      guint line = sajja_csv_get_line (csv, i);
      guint j;

      check (record != NULL, "record");
      check (n_fields >= 1 && n_fields <= SAJJA_CSV_MAX_FIELDS, "number of values");
      check (line > previous_line, "lines go up");
      previous_line = line;

      for (j = 0; record[j] != NULL; j++)
        {
          size_t len = strlen (record[j]);

          check (j < n_fields, "values end with NULL");
          check (len <= SAJJA_CSV_MAX_FIELD_SIZE, "value size");
          check (g_utf8_validate (record[j], (gssize) len, NULL), "values are UTF-8");
          check (sajja_csv_get_field (csv, i, (int) j) == record[j], "get_field");
        }
      check (j == n_fields, "get_n_fields");
      check (sajja_csv_get_field (csv, i, (int) n_fields) == NULL, "get_field past the end");
      check (sajja_csv_get_field (csv, i, -1) == NULL, "get_field -1");
    }

  column = sajja_csv_find_column (csv, aliases);
  check (column >= -1, "find_column");
  if (n_records == 0)
    check (column == -1, "find_column without a header");
  else
    check (column < (int) sajja_csv_get_n_fields (csv, 0), "find_column in the header");
  if (n_records > 0)
    {
      const char * const own[] = { sajja_csv_get_record (csv, 0)[0], NULL };

      /* The first header name finds its own column, unless it is only spaces. */
      column = sajja_csv_find_column (csv, own);
      if (column == -1)
        check (is_blank (own[0]), "find_column of the first name");
      else
        check (column == 0, "find_column of the first name");
    }
}

static gboolean
same_records (const SajjaCsv *a,
              const SajjaCsv *b)
{
  guint i;

  if (sajja_csv_get_n_records (a) != sajja_csv_get_n_records (b))
    return FALSE;
  for (i = 0; i < sajja_csv_get_n_records (a); i++)
    {
      if (!g_strv_equal ((const char * const *) sajja_csv_get_record (a, i),
                         (const char * const *) sajja_csv_get_record (b, i)))
        return FALSE;
    }

  return TRUE;
}

/* Writes the records back with every value quoted, reads them again and expects the same
 * values: quoting, doubled quotes and line ends inside values survive a round trip. */
static void
round_trip (const SajjaCsv *csv)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SajjaCsv) again = NULL;
  guint i;

  /* The separator could have come from a "sep=" line, so it is written as one. */
  g_string_printf (out, "sep=%c\r\n", sajja_csv_get_separator (csv));

  for (i = 0; i < sajja_csv_get_n_records (csv); i++)
    {
      const char * const *record = sajja_csv_get_record (csv, i);
      guint j;

      for (j = 0; record[j] != NULL; j++)
        {
          const char *p;

          if (j > 0)
            g_string_append_c (out, sajja_csv_get_separator (csv));
          g_string_append_c (out, '"');
          for (p = record[j]; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      g_string_append (out, "\r\n");
    }

  again = sajja_csv_parse (out->str, out->len, SAJJA_CSV_ENCODING_UTF8, &error);
  check (error == NULL && again != NULL, "the round trip parses");
  check (same_records (csv, again), "the round trip gives the same values");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const SajjaCsvEncoding encodings[] = {
    SAJJA_CSV_ENCODING_AUTO, SAJJA_CSV_ENCODING_UTF8, SAJJA_CSV_ENCODING_TIS620,
  };
  static gboolean initialized = FALSE;
  SajjaCsv *parsed[G_N_ELEMENTS (encodings)] = { NULL, };
  gsize i;

  if (!initialized)
    {
      /* A critical means the parser broke its own preconditions. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  for (i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(GError) error = NULL;
      SajjaCsv *csv;

      csv = sajja_csv_parse ((const char *) data, size, encodings[i], &error);
      parsed[i] = csv;
      if (csv != NULL)
        {
          check (error == NULL, "no error on success");
          check (encodings[i] == SAJJA_CSV_ENCODING_AUTO ||
                 sajja_csv_get_encoding (csv) == encodings[i], "the encoding asked for");
          walk (csv);
          round_trip (csv);
        }
      else
        {
          check (error != NULL, "an error on failure");
          check (error->domain == SAJJA_CSV_ERROR, "error domain");
          check (error->code >= SAJJA_CSV_ERROR_ENCODING &&
                 error->code <= SAJJA_CSV_ERROR_TOO_LARGE, "error code");
          check (error->message != NULL && *error->message != '\0', "error message");
          check (g_utf8_validate (error->message, -1, NULL), "error message is UTF-8");
        }
    }

  /* AUTO reads what UTF-8 reads, and reads it the same. */
  if (parsed[1] != NULL)
    check (parsed[0] != NULL && sajja_csv_get_encoding (parsed[0]) == SAJJA_CSV_ENCODING_UTF8 &&
           same_records (parsed[0], parsed[1]), "AUTO reads UTF-8 as UTF-8 does");
  /* When AUTO picks TIS-620, it reads as TIS-620 does. */
  if (parsed[0] != NULL && sajja_csv_get_encoding (parsed[0]) == SAJJA_CSV_ENCODING_TIS620)
    check (parsed[2] != NULL && same_records (parsed[0], parsed[2]),
           "AUTO reads TIS-620 as TIS-620 does");

  for (i = 0; i < G_N_ELEMENTS (encodings); i++)
    sajja_csv_free (parsed[i]);

  return 0;
}

#ifdef SAJJA_FUZZ_STANDALONE

static guint n_inputs = 0;

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      fprintf (stderr, "fuzz-csv: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);
  n_inputs++;
}

/* Runs the files named on the command line, and the files in the folders named there. */
int
main (int    argc,
      char **argv)
{
  int i;

  for (i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
          const char *name;

          if (dir == NULL)
            {
              fprintf (stderr, "fuzz-csv: %s\n", error->message);
              return EXIT_FAILURE;
            }
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *path = g_build_filename (argv[i], name, NULL);

              if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
                run_file (path);
            }
        }
      else
        {
          run_file (argv[i]);
        }
    }

  if (n_inputs == 0)
    {
      fprintf (stderr, "fuzz-csv: no inputs\n");
      return EXIT_FAILURE;
    }

  printf ("fuzz-csv: %u inputs passed\n", n_inputs);
  return EXIT_SUCCESS;
}

#endif /* SAJJA_FUZZ_STANDALONE */
