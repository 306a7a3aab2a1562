/* sajja-print.h: printing a page document through the print dialog. */
#pragma once

#include <gtk/gtk.h>

#include "sajja-page.h"

G_BEGIN_DECLS

/* Opens the print dialog for @doc over @from's window, A4, with the same drawing as the PDF
 * (the page renderer draws its own margins on the whole sheet). The dialog also saves to PDF.
 * FALSE with @error when the print system fails. */
gboolean sajja_print_run (GtkWidget          *from,
                          SajjaPageDocument  *doc,
                          GError            **error);

/* The same operation without a dialog, written to @pdf_path as PDF (what the dialog's "Print to
 * File" does). */
gboolean sajja_print_export (SajjaPageDocument  *doc,
                             const char         *pdf_path,
                             GError            **error);

G_END_DECLS
