/* sajja-test-pdf.c: reading printed documents back in the tests.
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sajja-test-pdf.h"

/* The full path of a poppler-utils program, or a test failure that says what to install. */
char *
sajja_test_find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("%s is not installed: install poppler-utils (apt-get install poppler-utils) to run these tests", name);
  return path;
}

/* Runs a tool and returns its standard output; fails the test when it fails. */
char *
sajja_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = sajja_test_find_tool (argv[0]);
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  char *out = NULL;
  int status = 0;

  g_ptr_array_add (args, program);
  for (guint i = 1; argv[i] != NULL; i++)
    g_ptr_array_add (args, (char *) argv[i]);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

/* Text with every space and line break removed: pdftotext -layout puts spaces around Thai
 * combining marks and between columns, so comparisons ignore them. */
char *
sajja_test_squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

void
sajja_test_assert_has (const char *squeezed_text,
            const char *needle,
            const char *where)
{
  g_autofree char *n = sajja_test_squeeze (needle);

  if (strstr (squeezed_text, n) == NULL)
    {
      g_test_message ("the text of %s, without spaces: %s", where, squeezed_text);
      g_error ("“%s” is not in %s", needle, where);
    }
}

/* The text of each page, split at the form feeds pdftotext writes between pages. With @raw,
 * in the order it was drawn (a table cell's wrapped lines stay together) instead of the
 * page's layout. */
GStrv
sajja_test_pdf_pages_full (const char *pdf,
                gboolean    raw)
{
  const char *argv[] = { "pdftotext", raw ? "-raw" : "-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = sajja_test_run_tool (argv);

  return g_strsplit (text, "\f", -1);
}

GStrv
sajja_test_pdf_pages (const char *pdf)
{
  return sajja_test_pdf_pages_full (pdf, FALSE);
}

char *
sajja_test_pdf_info_value (const char *pdf,
                const char *key)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };
  g_autofree char *info = sajja_test_run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));
  g_error ("pdfinfo shows no “%s” for %s:\n%s", key, pdf, info);
  return NULL;
}

void
sajja_test_assert_a4_and_fonts (const char *pdf,
                     const char *title)
{
  g_autofree char *size = sajja_test_pdf_info_value (pdf, "Page size");
  g_autofree char *pdf_title = sajja_test_pdf_info_value (pdf, "Title");
  const char *argv[] = { "pdffonts", pdf, NULL };
  g_autofree char *fonts = sajja_test_run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  gboolean thai_embedded = FALSE;

  g_assert_true (g_str_has_prefix (size, "595.276 x 841.89 pts"));
  g_assert_cmpstr (pdf_title, ==, title);

  /* name type… encoding emb sub uni object ID: "emb" is the fifth column from the end. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint j = 0; cols[j] != NULL; j++)
        if (*cols[j] != '\0')
          g_ptr_array_add (words, cols[j]);
      if (words->len < 6)
        continue;
      if ((strstr (g_ptr_array_index (words, 0), "Laksaman") != NULL
           || strstr (g_ptr_array_index (words, 0), "Sarabun") != NULL)
          && g_str_equal (g_ptr_array_index (words, words->len - 5), "yes"))
        thai_embedded = TRUE;
    }
  if (!thai_embedded)
    g_error ("no embedded Thai font (Laksaman or TH Sarabun) in %s:\n%s", pdf, fonts);
}

/* Page 1 as a PNG at 60 dpi in G_TEST_BUILDDIR/screenshots/, for a person to look at, with a
 * copy of the whole PDF beside it. */
void
sajja_test_pdf_screenshot (const char *pdf,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *prefix = g_build_filename (dir, name, NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  g_autofree char *copy = g_strconcat (prefix, ".pdf", NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix, NULL };
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_unlink (png);
  out = sajja_test_run_tool (argv);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_test_message ("page 1: %s", png);

  g_file_get_contents (pdf, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
}

/* Draws every page on an image at 2 px a point and checks that nothing is drawn in the left
 * and right margins. */
void
sajja_test_assert_inside_margins (SajjaPageDocument *doc)
{
  const double scale = 2.0;
  int width = (int) ceil (SAJJA_PAGE_A4_WIDTH * scale);
  int height = (int) ceil (SAJJA_PAGE_A4_HEIGHT * scale);
  guint n_pages = sajja_page_document_get_n_pages (doc, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  int left = (int) floor ((SAJJA_PAGE_MARGIN_LEFT - 1.0) * scale);
  int right = (int) ceil ((SAJJA_PAGE_A4_WIDTH - SAJJA_PAGE_MARGIN_RIGHT + 1.0) * scale);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      const guint8 *data;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      g_assert_true (sajja_page_document_draw_page (doc, cr, page));
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < height; y++)
        {
          const guint32 *row = (const guint32 *) (data + y * stride);

          for (int x = 0; x < width; x++)
            if ((x < left || x >= right) && (row[x] & 0xffffff) != 0xffffff)
              g_error ("page %u: ink at %.1f, %.1f pt, in the margin", page + 1, x / scale, y / scale);
        }
      cairo_surface_destroy (surface);
    }
}

