/* sajja-page.h: printed documents as a small layout engine over Cairo and Pango.
 *
 * A SajjaPageDocument is a list of blocks (title, headings, paragraphs, label–value lines with
 * dotted leaders, tables, signature blocks, rules, spaces and page breaks). The document lays
 * them out on A4 (or any page size) with the margins of Thai official documents, measuring
 * every line with Pango, breaks them into pages, and draws any page on any cairo_t: a
 * GtkPrintContext's, a PDF surface's, or an image surface's in tests.
 *
 * All geometry is in points (1/72 inch), with the origin at the top-left corner of the paper.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* A4 portrait in points. */
#define SAJJA_PAGE_A4_WIDTH  595.276
#define SAJJA_PAGE_A4_HEIGHT 841.890

/* The margins of Thai official documents: 2.5 cm on the left (for binding), 2 cm elsewhere. */
#define SAJJA_PAGE_MARGIN_LEFT   (2.5 * 72.0 / 2.54)
#define SAJJA_PAGE_MARGIN_RIGHT  (2.0 * 72.0 / 2.54)
#define SAJJA_PAGE_MARGIN_TOP    (2.0 * 72.0 / 2.54)
#define SAJJA_PAGE_MARGIN_BOTTOM (2.0 * 72.0 / 2.54)

/* The body font: TH Sarabun New 16 pt, or Laksaman at the same size through fontconfig. */
#define SAJJA_PAGE_FONT_FAMILY "TH Sarabun New"
#define SAJJA_PAGE_FONT_SIZE   16

#define SAJJA_PAGE_ERROR (sajja_page_error_quark ())

typedef enum
{
  SAJJA_PAGE_ERROR_WRITE,      /* the PDF could not be written */
} SajjaPageError;

GQuark sajja_page_error_quark (void);

typedef enum
{
  SAJJA_PAGE_ALIGN_LEFT,
  SAJJA_PAGE_ALIGN_CENTER,
  SAJJA_PAGE_ALIGN_RIGHT,
  SAJJA_PAGE_ALIGN_INDENTED,   /* left, first line indented 2.5 cm as in Thai official letters */
} SajjaPageAlign;

typedef enum
{
  SAJJA_PAGE_FIELD_DEFAULT  = 0,
  SAJJA_PAGE_FIELD_FILL     = 1 << 0,  /* the slot takes the rest of the line */
  SAJJA_PAGE_FIELD_CHECKBOX = 1 << 1,  /* a box before the label, and no slot */
  SAJJA_PAGE_FIELD_CHECKED  = 1 << 2,  /* with CHECKBOX: the box is ticked */
} SajjaPageFieldFlags;

/* One label–value pair of a form line: "ชื่อ ....สมชาย.... นามสกุล ....ใจดี....".
 * The label is printed as it is; the value sits on a dotted line (the slot). There is a slot
 * when @value is not NULL, when @width is positive or with SAJJA_PAGE_FIELD_FILL; an empty
 * @value gives a blank slot to fill in by hand. A label with neither is plain text, such as
 * "บาท" after an amount. */
typedef struct
{
  const char          *label;  /* nullable */
  const char          *value;  /* nullable */
  double               width;  /* the slot's least width in points; 0: as wide as the value */
  SajjaPageFieldFlags  flags;
} SajjaPageField;

/* A table column. Widths are shares of the text width. */
typedef struct
{
  const char     *title;
  double          weight;
  SajjaPageAlign  align;   /* numbers: SAJJA_PAGE_ALIGN_RIGHT */
} SajjaPageColumn;

/* "ลงชื่อ ........................ ผู้สมัคร" with "( name )" centred under the line. */
typedef struct
{
  const char *role;  /* "ผู้สมัคร", "ประธานกลุ่ม", "พยาน" … */
  const char *name;  /* nullable or empty: a dotted blank in the parentheses */
} SajjaPageSignature;

typedef struct _SajjaPageTable SajjaPageTable;

#define SAJJA_TYPE_PAGE_DOCUMENT (sajja_page_document_get_type ())

G_DECLARE_FINAL_TYPE (SajjaPageDocument, sajja_page_document, SAJJA, PAGE_DOCUMENT, GObject)

SajjaPageDocument *sajja_page_document_new          (const char               *title) G_GNUC_WARN_UNUSED_RESULT;

const char        *sajja_page_document_get_title    (SajjaPageDocument        *self);
/* A line printed small in the top margin of every page after the first, such as the group's name. */
void               sajja_page_document_set_header   (SajjaPageDocument        *self,
                                                     const char               *header);
/* Print every digit, page numbers included, as a Thai digit (๐–๙). */
void               sajja_page_document_set_thai_digits (SajjaPageDocument     *self,
                                                     gboolean                  thai_digits);
gboolean           sajja_page_document_get_thai_digits (SajjaPageDocument     *self);

/* Blocks, in reading order. */
void               sajja_page_document_add_title    (SajjaPageDocument        *self,
                                                     const char               *text);
void               sajja_page_document_add_heading  (SajjaPageDocument        *self,
                                                     const char               *text);
void               sajja_page_document_add_paragraph (SajjaPageDocument       *self,
                                                     const char               *text,
                                                     SajjaPageAlign            align);
void               sajja_page_document_add_fields   (SajjaPageDocument        *self,
                                                     SajjaPageAlign            align,
                                                     const SajjaPageField     *fields,
                                                     guint                     n_fields);
SajjaPageTable    *sajja_page_document_add_table    (SajjaPageDocument        *self,
                                                     const SajjaPageColumn    *columns,
                                                     guint                     n_columns);
void               sajja_page_table_add_row         (SajjaPageTable           *table,
                                                     const char * const       *cells);
void               sajja_page_document_add_signatures (SajjaPageDocument      *self,
                                                     const SajjaPageSignature *signatures,
                                                     guint                     n_signatures,
                                                     guint                     per_row);
void               sajja_page_document_add_rule     (SajjaPageDocument        *self);
void               sajja_page_document_add_space    (SajjaPageDocument        *self,
                                                     double                    points);
void               sajja_page_document_add_page_break (SajjaPageDocument      *self);

/* Laying out and drawing. */
guint              sajja_page_document_get_n_pages  (SajjaPageDocument        *self,
                                                     double                    page_width,
                                                     double                    page_height);
gboolean           sajja_page_document_draw_page    (SajjaPageDocument        *self,
                                                     cairo_t                  *cr,
                                                     guint                     page_nr);
gboolean           sajja_page_document_write_pdf    (SajjaPageDocument        *self,
                                                     const char               *path,
                                                     GError                  **error);

G_END_DECLS
