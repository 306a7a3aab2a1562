/* sajja-print.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sajja-print.h"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                SajjaPageDocument *doc)
{
  guint n = sajja_page_document_get_n_pages (doc, gtk_print_context_get_width (context),
                                             gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              SajjaPageDocument *doc)
{
  sajja_page_document_draw_page (doc, gtk_print_context_get_cairo_context (context), page_nr);
}

/* One print operation for @doc: A4, drawn on the whole sheet, the same as the PDF. */
static GtkPrintOperation *
new_operation (SajjaPageDocument *doc)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, sajja_page_document_get_title (doc));
  /* The operation may outlive its caller (it runs asynchronously): it keeps the document. */
  g_object_set_data_full (G_OBJECT (operation), "document", g_object_ref (doc), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), doc);

  return operation;
}

gboolean
sajja_print_run (GtkWidget          *from,
                 SajjaPageDocument  *doc,
                 GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (from), FALSE);
  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (doc), FALSE);

  operation = new_operation (doc);
  gtk_print_operation_set_allow_async (operation, TRUE);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  GTK_WINDOW (gtk_widget_get_root (from)), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
sajja_print_export (SajjaPageDocument  *doc,
                    const char         *pdf_path,
                    GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);

  operation = new_operation (doc);
  gtk_print_operation_set_export_filename (operation, pdf_path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
