/* sajja-test-pdf.h: reading printed documents back in the tests, with poppler-utils. */
#pragma once

#include <glib.h>

#include "sajja-page.h"

G_BEGIN_DECLS

/* The full path of a poppler-utils program, or a test failure that says what to install. */
char  *sajja_test_find_tool             (const char         *name);
/* Runs a tool and returns its standard output; fails the test when it fails. */
char  *sajja_test_run_tool              (const char * const *argv);
/* Text with every space and line break removed (pdftotext spaces Thai combining marks). */
char  *sajja_test_squeeze               (const char         *text);
/* Fails unless @needle (squeezed) is in @squeezed_text, naming @where. */
void   sajja_test_assert_has            (const char         *squeezed_text,
                                         const char         *needle,
                                         const char         *where);
/* The text of each page; with @raw in drawing order instead of the page's layout. */
GStrv  sajja_test_pdf_pages_full        (const char         *pdf,
                                         gboolean            raw);
GStrv  sajja_test_pdf_pages             (const char         *pdf);
/* A value pdfinfo shows, such as "Title" or "Page size". */
char  *sajja_test_pdf_info_value        (const char         *pdf,
                                         const char         *key);
/* A4 pages, the title @title, and an embedded Thai font (Laksaman or TH Sarabun). */
void   sajja_test_assert_a4_and_fonts   (const char         *pdf,
                                         const char         *title);
/* Page 1 as a PNG in G_TEST_BUILDDIR/screenshots/@name.png, with a copy of the PDF beside it. */
void   sajja_test_pdf_screenshot        (const char         *pdf,
                                         const char         *name);
/* Draws every page and fails when anything is drawn in the left or right margin. */
void   sajja_test_assert_inside_margins (SajjaPageDocument  *doc);

G_END_DECLS
