/* sajja-page.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How it works. The document keeps the blocks as they were added. To lay them out for a page
 * size it turns each block into boxes: one box per line of a paragraph, per line of a form, per
 * table row, per row of signatures. A box has a height measured with Pango and cannot be split.
 * Boxes are then placed top to bottom on pages; a box that does not fit starts a new page. Some
 * boxes keep with the next one (a heading with the text under it, the first and last two lines
 * of a paragraph, a table's header with its first row), and a table row that starts a page is
 * preceded by its table's header again.
 *
 * Text is measured with a font map of our own at 72 dpi (one Pango point is one Cairo unit),
 * with hinting of metrics off, so the layout does not depend on the device: a page breaks in
 * the same place on screen, on paper and in the PDF.
 */

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sajja-money.h"
#include "sajja-page.h"

G_DEFINE_QUARK (sajja-page-error-quark, sajja_page_error)

/* Geometry, in points. */
#define TITLE_SIZE        20
#define SMALL_SIZE        14
#define INDENT            (2.5 * 72.0 / 2.54)  /* first-line indent of official letters */
#define GAP               5.0    /* between a label and its slot, and between fields */
#define SLOT_PAD          4.0    /* between the dots' ends and the value */
#define SLOT_BLANK        40.0   /* a blank slot without a width */
#define SLOT_FILL_MIN     30.0
#define DOT_DROP          2.0    /* the dotted line, below the baseline */
#define CHECKBOX          8.5
#define CELL_PAD_X        4.0
#define CELL_PAD_Y        2.0
#define RULE_HEIGHT       10.0
#define SIGN_SPACE        18.0   /* room above a signature line for the signature */
#define SIGN_SLOT_MIN     60.0
#define SIGN_SLOT_MAX     150.0
#define SPACE_AFTER_TITLE 8.0
#define SPACE_HEADING     6.0
#define SPACE_PARAGRAPH   2.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_FIELDS,
  BLOCK_TABLE,
  BLOCK_SIGNATURES,
  BLOCK_RULE,
  BLOCK_SPACE,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  char *label;
  char *value;
  double width;
  SajjaPageFieldFlags flags;
} Field;

typedef struct
{
  char *role;
  char *name;
} Signature;

struct _SajjaPageTable
{
  guint n_columns;
  char **titles;
  double *weights;
  SajjaPageAlign *aligns;
  GPtrArray *rows;  /* GStrv of n_columns cells */
};

typedef struct
{
  BlockKind kind;
  char *text;
  SajjaPageAlign align;
  Field *fields;
  guint n_fields;
  SajjaPageTable *table;
  Signature *signatures;
  guint n_signatures;
  guint per_row;
  double space;
} Block;

typedef struct _Box Box;

typedef void (*BoxDrawFunc) (SajjaPageDocument *self,
                             Box               *box,
                             cairo_t           *cr,
                             double             x,
                             double             y);

struct _Box
{
  double height;
  guint keep_with_next : 1;
  guint drop_at_top : 1;     /* a space: not at the top of a page */
  guint page_break : 1;
  Box *header;               /* a table row: its table's header, repeated on each page */
  BoxDrawFunc draw;
  gpointer data;
  GDestroyNotify free_data;
};

typedef struct
{
  Box *box;
  double y;
} Placement;

struct _SajjaPageDocument
{
  GObject parent_instance;

  char *title;
  char *header;
  gboolean thai_digits;
  GPtrArray *blocks;

  PangoFontMap *font_map;
  PangoContext *context;
  PangoFontDescription *font_body;
  PangoFontDescription *font_bold;
  PangoFontDescription *font_title;
  PangoFontDescription *font_small;

  /* The layout for one page size, built on demand and dropped when a block is added. */
  double laid_width;
  double laid_height;
  double text_width;
  double line_height;    /* of one line of body text */
  double line_baseline;
  GPtrArray *boxes;      /* Box */
  GPtrArray *pages;      /* GArray of Placement */
};

G_DEFINE_FINAL_TYPE (SajjaPageDocument, sajja_page_document, G_TYPE_OBJECT)

/* ---- Blocks ------------------------------------------------------------------------------ */

static void
table_free (SajjaPageTable *table)
{
  g_strfreev (table->titles);
  g_free (table->weights);
  g_free (table->aligns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  for (guint i = 0; i < block->n_fields; i++)
    {
      g_free (block->fields[i].label);
      g_free (block->fields[i].value);
    }
  g_free (block->fields);
  for (guint i = 0; i < block->n_signatures; i++)
    {
      g_free (block->signatures[i].role);
      g_free (block->signatures[i].name);
    }
  g_free (block->signatures);
  g_clear_pointer (&block->table, table_free);
  g_free (block);
}

static void
box_free (gpointer data)
{
  Box *box = data;

  if (box->free_data != NULL)
    box->free_data (box->data);
  g_free (box);
}

static void
invalidate (SajjaPageDocument *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->boxes, g_ptr_array_unref);
  self->laid_width = 0;
  self->laid_height = 0;
}

static Block *
add_block (SajjaPageDocument *self,
           BlockKind          kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  invalidate (self);
  return block;
}

/* ---- The object -------------------------------------------------------------------------- */

static void
sajja_page_document_finalize (GObject *object)
{
  SajjaPageDocument *self = SAJJA_PAGE_DOCUMENT (object);

  invalidate (self);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->font_body, pango_font_description_free);
  g_clear_pointer (&self->font_bold, pango_font_description_free);
  g_clear_pointer (&self->font_title, pango_font_description_free);
  g_clear_pointer (&self->font_small, pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_free (self->title);
  g_free (self->header);

  G_OBJECT_CLASS (sajja_page_document_parent_class)->finalize (object);
}

static void
sajja_page_document_class_init (SajjaPageDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sajja_page_document_finalize;
}

static PangoFontDescription *
make_font (int         size,
           PangoWeight weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, SAJJA_PAGE_FONT_FAMILY);
  pango_font_description_set_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  return font;
}

static void
sajja_page_document_init (SajjaPageDocument *self)
{
  cairo_font_options_t *options;

  self->blocks = g_ptr_array_new_with_free_func (block_free);

  /* A font map of our own, so that setting 72 dpi does not change the GUI's, and 16 pt is 16
   * Cairo units: one point on a PDF surface. */
  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72.0);
  self->context = pango_font_map_create_context (self->font_map);

  /* Device-independent metrics: the same line breaks on every surface. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->font_body = make_font (SAJJA_PAGE_FONT_SIZE, PANGO_WEIGHT_NORMAL);
  self->font_bold = make_font (SAJJA_PAGE_FONT_SIZE, PANGO_WEIGHT_BOLD);
  self->font_title = make_font (TITLE_SIZE, PANGO_WEIGHT_BOLD);
  self->font_small = make_font (SMALL_SIZE, PANGO_WEIGHT_NORMAL);
}

/**
 * sajja_page_document_new:
 * @title: the document's title, written into the PDF's metadata
 *
 * Creates an empty document. The title is not printed: add a title block for that.
 *
 * Returns: (transfer full): a new #SajjaPageDocument
 */
SajjaPageDocument *
sajja_page_document_new (const char *title)
{
  SajjaPageDocument *self = g_object_new (SAJJA_TYPE_PAGE_DOCUMENT, NULL);

  self->title = g_strdup (title != NULL ? title : "");
  return self;
}

/**
 * sajja_page_document_get_title:
 * @self: a #SajjaPageDocument
 *
 * Returns: the title given to sajja_page_document_new()
 */
const char *
sajja_page_document_get_title (SajjaPageDocument *self)
{
  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * sajja_page_document_set_header:
 * @self: a #SajjaPageDocument
 * @header: (nullable): a short line, or %NULL for none
 *
 * Sets a line printed in small type in the top margin of every page but the first, for
 * instance the group's name, so that a loose page can be put back where it belongs.
 */
void
sajja_page_document_set_header (SajjaPageDocument *self,
                                const char        *header)
{
  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));

  g_free (self->header);
  self->header = header != NULL && *header != '\0' ? g_strdup (header) : NULL;
}

/**
 * sajja_page_document_set_thai_digits:
 * @self: a #SajjaPageDocument
 * @thai_digits: whether to print Thai digits
 *
 * With %TRUE every ASCII digit of the document, the page numbers included, is printed as the
 * Thai digit (๐–๙), the "เลขไทย" choice of a report.
 */
void
sajja_page_document_set_thai_digits (SajjaPageDocument *self,
                                     gboolean           thai_digits)
{
  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));

  thai_digits = !!thai_digits;
  if (self->thai_digits == thai_digits)
    return;
  self->thai_digits = thai_digits;
  invalidate (self);
}

/**
 * sajja_page_document_get_thai_digits:
 * @self: a #SajjaPageDocument
 *
 * Returns: whether digits are printed as Thai digits
 */
gboolean
sajja_page_document_get_thai_digits (SajjaPageDocument *self)
{
  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (self), FALSE);

  return self->thai_digits;
}

/**
 * sajja_page_document_add_title:
 * @self: a #SajjaPageDocument
 * @text: the title
 *
 * Adds the document's title: bold, larger, centred, wrapped when long.
 */
void
sajja_page_document_add_title (SajjaPageDocument *self,
                               const char        *text)
{
  Block *block;

  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = add_block (self, BLOCK_TITLE);
  block->text = g_strdup (text);
  block->align = SAJJA_PAGE_ALIGN_CENTER;
}

/**
 * sajja_page_document_add_heading:
 * @self: a #SajjaPageDocument
 * @text: the heading
 *
 * Adds a bold heading. A heading is never left alone at the foot of a page: it moves to the
 * next page with the line that follows it.
 */
void
sajja_page_document_add_heading (SajjaPageDocument *self,
                                 const char        *text)
{
  Block *block;

  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = add_block (self, BLOCK_HEADING);
  block->text = g_strdup (text);
  block->align = SAJJA_PAGE_ALIGN_LEFT;
}

/**
 * sajja_page_document_add_paragraph:
 * @self: a #SajjaPageDocument
 * @text: the text; a newline starts a new line
 * @align: how to align the lines
 *
 * Adds text wrapped to the width between the margins at word boundaries (Thai words are found
 * with the dictionary of libthai through Pango; a word wider than the line is broken between
 * characters). A paragraph can run over a page break, but never leaves its first line alone
 * at the foot of a page or its last line alone at the top of the next.
 */
void
sajja_page_document_add_paragraph (SajjaPageDocument *self,
                                   const char        *text,
                                   SajjaPageAlign     align)
{
  Block *block;

  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = add_block (self, BLOCK_PARAGRAPH);
  block->text = g_strdup (text);
  block->align = align;
}

/**
 * sajja_page_document_add_fields:
 * @self: a #SajjaPageDocument
 * @align: where to put the fields on the line when they do not fill it
 * @fields: (array length=n_fields): the label–value pairs
 * @n_fields: the number of @fields
 *
 * Adds one line of a form: each label followed by its value on a dotted line, as on Thai
 * paper forms. Fields that do not fit go on to the next line; a value wider than the whole
 * line wraps on several dotted lines. Slots with %SAJJA_PAGE_FIELD_FILL share the rest of
 * their line.
 */
void
sajja_page_document_add_fields (SajjaPageDocument    *self,
                                SajjaPageAlign        align,
                                const SajjaPageField *fields,
                                guint                 n_fields)
{
  Block *block;

  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));
  g_return_if_fail (fields != NULL || n_fields == 0);

  block = add_block (self, BLOCK_FIELDS);
  block->align = align;
  block->n_fields = n_fields;
  block->fields = g_new0 (Field, MAX (n_fields, 1));
  for (guint i = 0; i < n_fields; i++)
    {
      block->fields[i].label = g_strdup (fields[i].label);
      block->fields[i].value = g_strdup (fields[i].value);
      block->fields[i].width = MAX (fields[i].width, 0.0);
      block->fields[i].flags = fields[i].flags;
    }
}

/**
 * sajja_page_document_add_table:
 * @self: a #SajjaPageDocument
 * @columns: (array length=n_columns): the columns
 * @n_columns: the number of @columns, at least one
 *
 * Adds a table with a header row of the columns' titles. Column widths are the columns'
 * weights as shares of the width between the margins. Cells wrap within their column. Rows
 * are never split; the header row is printed again at the top of every page the table runs
 * on to.
 *
 * Returns: (transfer none): the table, owned by @self, for sajja_page_table_add_row()
 */
SajjaPageTable *
sajja_page_document_add_table (SajjaPageDocument     *self,
                               const SajjaPageColumn *columns,
                               guint                  n_columns)
{
  SajjaPageTable *table;
  Block *block;

  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (self), NULL);
  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  table = g_new0 (SajjaPageTable, 1);
  table->n_columns = n_columns;
  table->titles = g_new0 (char *, n_columns + 1);
  table->weights = g_new0 (double, n_columns);
  table->aligns = g_new0 (SajjaPageAlign, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < n_columns; i++)
    {
      table->titles[i] = g_strdup (columns[i].title != NULL ? columns[i].title : "");
      table->weights[i] = columns[i].weight > 0 ? columns[i].weight : 1.0;
      table->aligns[i] = columns[i].align;
    }

  block = add_block (self, BLOCK_TABLE);
  block->table = table;
  return table;
}

/**
 * sajja_page_table_add_row:
 * @table: a table from sajja_page_document_add_table()
 * @cells: (array): one string per column; %NULL cells are empty
 *
 * Adds a row. Add rows before laying out or drawing the document.
 */
void
sajja_page_table_add_row (SajjaPageTable     *table,
                          const char * const *cells)
{
  char **row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

/**
 * sajja_page_document_add_signatures:
 * @self: a #SajjaPageDocument
 * @signatures: (array length=n_signatures): who signs
 * @n_signatures: the number of @signatures
 * @per_row: how many signature blocks side by side (1 or more)
 *
 * Adds signature blocks: "ลงชื่อ ........................ role" with room above the dotted
 * line to sign, and the signer's name in parentheses centred under it (a dotted blank when
 * the name is not known). A row of signatures is never split over two pages.
 */
void
sajja_page_document_add_signatures (SajjaPageDocument        *self,
                                    const SajjaPageSignature *signatures,
                                    guint                     n_signatures,
                                    guint                     per_row)
{
  Block *block;

  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));
  g_return_if_fail (signatures != NULL || n_signatures == 0);

  block = add_block (self, BLOCK_SIGNATURES);
  block->per_row = MAX (per_row, 1);
  block->n_signatures = n_signatures;
  block->signatures = g_new0 (Signature, MAX (n_signatures, 1));
  for (guint i = 0; i < n_signatures; i++)
    {
      block->signatures[i].role = g_strdup (signatures[i].role != NULL ? signatures[i].role : "");
      block->signatures[i].name = g_strdup (signatures[i].name != NULL ? signatures[i].name : "");
    }
}

/**
 * sajja_page_document_add_rule:
 * @self: a #SajjaPageDocument
 *
 * Adds a thin horizontal line across the text width, with a little space above and below.
 */
void
sajja_page_document_add_rule (SajjaPageDocument *self)
{
  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));

  add_block (self, BLOCK_RULE);
}

/**
 * sajja_page_document_add_space:
 * @self: a #SajjaPageDocument
 * @points: the height of the space
 *
 * Adds vertical space. A space that would come at the top of a page is left out.
 */
void
sajja_page_document_add_space (SajjaPageDocument *self,
                               double             points)
{
  Block *block;

  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));

  block = add_block (self, BLOCK_SPACE);
  block->space = MAX (points, 0.0);
}

/**
 * sajja_page_document_add_page_break:
 * @self: a #SajjaPageDocument
 *
 * Makes what follows start on a new page.
 */
void
sajja_page_document_add_page_break (SajjaPageDocument *self)
{
  g_return_if_fail (SAJJA_IS_PAGE_DOCUMENT (self));

  add_block (self, BLOCK_BREAK);
}

/* ---- Measuring --------------------------------------------------------------------------- */

static PangoAlignment
pango_alignment (SajjaPageAlign align)
{
  switch (align)
    {
    case SAJJA_PAGE_ALIGN_CENTER: return PANGO_ALIGN_CENTER;
    case SAJJA_PAGE_ALIGN_RIGHT: return PANGO_ALIGN_RIGHT;
    case SAJJA_PAGE_ALIGN_LEFT:
    case SAJJA_PAGE_ALIGN_INDENTED:
    default: return PANGO_ALIGN_LEFT;
    }
}

/* A layout of @text in @font; wrapped at @width when it is positive. */
static PangoLayout *
new_layout (SajjaPageDocument          *self,
            const char                 *text,
            const PangoFontDescription *font,
            double                      width,
            SajjaPageAlign              align)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autofree char *thai = NULL;

  if (self->thai_digits)
    thai = sajja_ascii_digits_to_thai (text);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, thai != NULL ? thai : text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, pango_alignment (align));
  if (align == SAJJA_PAGE_ALIGN_INDENTED)
    pango_layout_set_indent (layout, pango_units_from_double (INDENT));
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = pango_units_to_double (logical.x + logical.width);
  if (height != NULL)
    *height = pango_units_to_double (logical.height);
}

static double
layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

static void
draw_dots (cairo_t *cr,
           double   x0,
           double   x1,
           double   y)
{
  static const double dash[] = { 0.0, 2.4 };

  if (x1 <= x0)
    return;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static Box *
add_box (SajjaPageDocument *self,
         double             height,
         BoxDrawFunc        draw,
         gpointer           data,
         GDestroyNotify     free_data)
{
  Box *box = g_new0 (Box, 1);

  box->height = height;
  box->draw = draw;
  box->data = data;
  box->free_data = free_data;
  g_ptr_array_add (self->boxes, box);
  return box;
}

static void
add_space_box (SajjaPageDocument *self,
               double             height,
               gboolean           keep_with_next)
{
  Box *box = add_box (self, height, NULL, NULL, NULL);

  box->drop_at_top = TRUE;
  box->keep_with_next = keep_with_next;
}

/* ---- Text -------------------------------------------------------------------------------- */

typedef struct
{
  PangoLayout *layout;
  int index;
  double x;          /* the line's left edge in the layout (alignment and indent) */
  double baseline;   /* from the top of the box */
} TextLine;

static void
text_line_free (gpointer data)
{
  TextLine *line = data;

  g_object_unref (line->layout);
  g_free (line);
}

static void
draw_text_line (SajjaPageDocument *self,
                Box               *box,
                cairo_t           *cr,
                double             x,
                double             y)
{
  TextLine *line = box->data;
  PangoLayoutLine *layout_line = pango_layout_get_line_readonly (line->layout, line->index);

  if (layout_line == NULL)
    return;

  cairo_move_to (cr, x + line->x, y + line->baseline);
  pango_cairo_show_layout_line (cr, layout_line);
  cairo_new_path (cr);
}

/* One box per line of the text, so that a paragraph can run over a page break. */
static void
layout_text (SajjaPageDocument          *self,
             const char                 *text,
             const PangoFontDescription *font,
             SajjaPageAlign              align,
             gboolean                    keep_all)
{
  g_autoptr(PangoLayout) layout = new_layout (self, text, font, self->text_width, align);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n_lines = pango_layout_get_line_count (layout);
  int index = 0;

  do
    {
      PangoRectangle logical;
      TextLine *line = g_new0 (TextLine, 1);
      Box *box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line->layout = g_object_ref (layout);
      line->index = index;
      line->x = pango_units_to_double (logical.x);
      line->baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter) - logical.y);
      box = add_box (self, pango_units_to_double (logical.height), draw_text_line, line, text_line_free);
      /* No lone first line at the foot of a page, no lone last line at the top of one. */
      box->keep_with_next = keep_all || (n_lines > 1 && (index == 0 || index == n_lines - 2));
      index++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* ---- Form lines -------------------------------------------------------------------------- */

typedef struct
{
  PangoLayout *label;
  PangoLayout *value;
  double label_w;
  double label_h;
  double value_w;
  double value_h;
  double value_baseline;
  double slot_min;
  gboolean has_slot;
  gboolean fill;
  gboolean checkbox;
  gboolean checked;
  gboolean wrapped;
  /* Placed on the line: */
  double x;
  double slot_x;
  double slot_w;
} FieldItem;

typedef struct
{
  GPtrArray *items;   /* FieldItem */
  double baseline;    /* from the top of the box */
} FieldLine;

static void
field_item_free (gpointer data)
{
  FieldItem *item = data;

  g_clear_object (&item->label);
  g_clear_object (&item->value);
  g_free (item);
}

static void
field_line_free (gpointer data)
{
  FieldLine *line = data;

  g_ptr_array_unref (line->items);
  g_free (line);
}

static double
field_item_prefix (const FieldItem *item)
{
  double w = 0;

  if (item->checkbox)
    w += CHECKBOX + GAP;
  w += item->label_w;
  if (item->label_w > 0 && item->has_slot)
    w += GAP;
  return w;
}

static double
field_item_width (const FieldItem *item)
{
  return field_item_prefix (item) + item->slot_min;
}

/* The space before an item that follows another on its line: a little more before a box, so
 * that each box is seen with its own label. */
static double
field_item_gap (const FieldItem *item)
{
  return item->checkbox ? 2.5 * GAP : GAP;
}

static void
draw_checkbox (cairo_t *cr,
               double   x,
               double   baseline,
               gboolean checked)
{
  double top = baseline - CHECKBOX - 0.5;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, x, top, CHECKBOX, CHECKBOX);
  cairo_stroke (cr);
  if (checked)
    {
      cairo_set_line_width (cr, 1.4);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, x + 1.6, top + CHECKBOX * 0.55);
      cairo_line_to (cr, x + CHECKBOX * 0.42, top + CHECKBOX - 1.6);
      cairo_line_to (cr, x + CHECKBOX + 1.0, top - 1.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_field_line (SajjaPageDocument *self,
                 Box               *box,
                 cairo_t           *cr,
                 double             x,
                 double             y)
{
  FieldLine *line = box->data;

  for (guint i = 0; i < line->items->len; i++)
    {
      FieldItem *item = g_ptr_array_index (line->items, i);
      double lx = x + item->x;

      if (item->checkbox)
        {
          draw_checkbox (cr, lx, y + line->baseline, item->checked);
          lx += CHECKBOX + GAP;
        }
      if (item->label != NULL)
        show_layout (cr, item->label, lx, y + line->baseline - layout_baseline (item->label));

      if (!item->has_slot)
        continue;

      if (item->value == NULL)
        {
          draw_dots (cr, x + item->slot_x, x + item->slot_x + item->slot_w, y + line->baseline + DOT_DROP);
        }
      else
        {
          PangoLayoutIter *iter = pango_layout_get_iter (item->value);
          double top = y + line->baseline - item->value_baseline;
          double vx;

          if (item->fill || item->wrapped)
            vx = item->slot_x + SLOT_PAD;
          else
            vx = item->slot_x + (item->slot_w - item->value_w) / 2;
          show_layout (cr, item->value, x + vx, top);
          do
            {
              double baseline = top + pango_units_to_double (pango_layout_iter_get_baseline (iter));

              draw_dots (cr, x + item->slot_x, x + item->slot_x + item->slot_w, baseline + DOT_DROP);
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }
}

static void
finish_field_line (SajjaPageDocument *self,
                   GPtrArray         *items,
                   SajjaPageAlign     align)
{
  double used = 0, extra, offset = 0, height = self->line_height, baseline = self->line_baseline;
  guint n_fill = 0;
  FieldLine *line;

  if (items->len == 0)
    return;

  for (guint i = 0; i < items->len; i++)
    {
      FieldItem *item = g_ptr_array_index (items, i);

      used += (i > 0 ? field_item_gap (item) : 0) + field_item_width (item);
      if (item->fill && !item->wrapped)
        n_fill++;
      if (item->label != NULL)
        baseline = MAX (baseline, layout_baseline (item->label));
      if (item->value != NULL)
        baseline = MAX (baseline, item->value_baseline);
    }

  extra = MAX (self->text_width - used, 0.0);
  if (n_fill == 0)
    {
      if (align == SAJJA_PAGE_ALIGN_CENTER)
        offset = extra / 2;
      else if (align == SAJJA_PAGE_ALIGN_RIGHT)
        offset = extra;
    }

  for (guint i = 0; i < items->len; i++)
    {
      FieldItem *item = g_ptr_array_index (items, i);

      if (i > 0)
        offset += field_item_gap (item);
      item->x = offset;
      item->slot_w = item->slot_min;
      if (item->fill && !item->wrapped)
        item->slot_w += extra / n_fill;
      item->slot_x = offset + field_item_prefix (item);
      offset += field_item_width (item) + (item->slot_w - item->slot_min);

      if (item->label != NULL)
        height = MAX (height, baseline - layout_baseline (item->label) + item->label_h);
      if (item->value != NULL)
        height = MAX (height, baseline - item->value_baseline + item->value_h);
    }

  line = g_new0 (FieldLine, 1);
  line->items = g_ptr_array_ref (items);
  line->baseline = baseline;
  add_box (self, height, draw_field_line, line, field_line_free);
}

static void
layout_fields (SajjaPageDocument *self,
               const Block       *block)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (field_item_free);
  double x = 0;

  for (guint i = 0; i < block->n_fields; i++)
    {
      const Field *field = &block->fields[i];
      FieldItem *item = g_new0 (FieldItem, 1);

      item->checkbox = (field->flags & SAJJA_PAGE_FIELD_CHECKBOX) != 0;
      item->checked = (field->flags & SAJJA_PAGE_FIELD_CHECKED) != 0;
      item->has_slot = !item->checkbox
                       && (field->value != NULL || field->width > 0 || (field->flags & SAJJA_PAGE_FIELD_FILL));
      item->fill = item->has_slot && (field->flags & SAJJA_PAGE_FIELD_FILL) != 0;

      if (field->label != NULL && *field->label != '\0')
        {
          item->label = new_layout (self, field->label, self->font_body, self->text_width, SAJJA_PAGE_ALIGN_LEFT);
          layout_size (item->label, &item->label_w, &item->label_h);
        }

      if (item->has_slot)
        {
          if (field->value != NULL && *field->value != '\0')
            {
              item->value = new_layout (self, field->value, self->font_body, -1, SAJJA_PAGE_ALIGN_LEFT);
              layout_size (item->value, &item->value_w, &item->value_h);
              item->value_baseline = layout_baseline (item->value);
            }
          if (item->value != NULL)
            item->slot_min = MAX (field->width, item->value_w + 2 * SLOT_PAD);
          else if (field->width > 0)
            item->slot_min = field->width;
          else
            item->slot_min = item->fill ? SLOT_FILL_MIN : SLOT_BLANK;
          if (item->fill)
            item->slot_min = MAX (item->slot_min, SLOT_FILL_MIN);
        }

      /* Too wide for what is left of the line: start a new one. */
      if (items->len > 0 && x + field_item_gap (item) + field_item_width (item) > self->text_width)
        {
          finish_field_line (self, items, block->align);
          g_clear_pointer (&items, g_ptr_array_unref);
          items = g_ptr_array_new_with_free_func (field_item_free);
          x = 0;
        }

      /* Too wide for a whole line: the value wraps on dotted lines under each other. */
      if (field_item_width (item) > self->text_width && item->value != NULL)
        {
          double slot = MAX (self->text_width - field_item_prefix (item), SLOT_FILL_MIN);

          pango_layout_set_width (item->value, pango_units_from_double (slot - 2 * SLOT_PAD));
          pango_layout_set_wrap (item->value, PANGO_WRAP_WORD_CHAR);
          layout_size (item->value, NULL, &item->value_h);
          item->value_w = slot - 2 * SLOT_PAD;
          item->slot_min = slot;
          item->wrapped = TRUE;
        }

      x += (items->len > 0 ? field_item_gap (item) : 0) + field_item_width (item);
      g_ptr_array_add (items, item);
    }

  finish_field_line (self, items, block->align);
}

/* ---- Tables ------------------------------------------------------------------------------ */

typedef struct
{
  guint n_cells;
  PangoLayout **cells;
  double *col_x;      /* n_cells + 1 edges */
  gboolean header;
} TableRow;

static void
table_row_free (gpointer data)
{
  TableRow *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    g_clear_object (&row->cells[i]);
  g_free (row->cells);
  g_free (row->col_x);
  g_free (row);
}

static void
draw_table_row (SajjaPageDocument *self,
                Box               *box,
                cairo_t           *cr,
                double             x,
                double             y)
{
  TableRow *row = box->data;
  double right = row->col_x[row->n_cells];

  cairo_save (cr);
  if (row->header)
    {
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, x, y, right, box->height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  cairo_set_line_width (cr, 0.6);
  cairo_rectangle (cr, x, y, right, box->height);
  for (guint i = 1; i < row->n_cells; i++)
    {
      cairo_move_to (cr, x + row->col_x[i], y);
      cairo_line_to (cr, x + row->col_x[i], y + box->height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint i = 0; i < row->n_cells; i++)
    {
      double h;

      layout_size (row->cells[i], NULL, &h);
      /* Header cells are centred vertically; body cells start at the top. */
      show_layout (cr, row->cells[i], x + row->col_x[i] + CELL_PAD_X,
                   y + (row->header ? (box->height - h) / 2 : CELL_PAD_Y));
    }
}

static Box *
layout_table_row (SajjaPageDocument    *self,
                  const SajjaPageTable *table,
                  const double         *col_x,
                  char                **cells,
                  gboolean              header)
{
  TableRow *row = g_new0 (TableRow, 1);
  double height = self->line_height;

  row->n_cells = table->n_columns;
  row->header = header;
  row->cells = g_new0 (PangoLayout *, table->n_columns);
  row->col_x = g_memdup2 (col_x, sizeof (double) * (table->n_columns + 1));

  for (guint i = 0; i < table->n_columns; i++)
    {
      double w = col_x[i + 1] - col_x[i] - 2 * CELL_PAD_X;
      double h;

      row->cells[i] = new_layout (self, cells[i], header ? self->font_bold : self->font_body, MAX (w, 1.0),
                                  header ? SAJJA_PAGE_ALIGN_CENTER : table->aligns[i]);
      layout_size (row->cells[i], NULL, &h);
      height = MAX (height, h);
    }

  return add_box (self, height + 2 * CELL_PAD_Y, draw_table_row, row, table_row_free);
}

static void
layout_table (SajjaPageDocument    *self,
              const SajjaPageTable *table)
{
  g_autofree double *col_x = g_new0 (double, table->n_columns + 1);
  double total = 0, sum = 0;
  Box *header;

  for (guint i = 0; i < table->n_columns; i++)
    total += table->weights[i];
  for (guint i = 0; i < table->n_columns; i++)
    {
      col_x[i] = self->text_width * sum / total;
      sum += table->weights[i];
    }
  col_x[table->n_columns] = self->text_width;

  header = layout_table_row (self, table, col_x, table->titles, TRUE);
  header->keep_with_next = table->rows->len > 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      Box *box = layout_table_row (self, table, col_x, g_ptr_array_index (table->rows, r), FALSE);

      box->header = header;
    }
}

/* ---- Signatures -------------------------------------------------------------------------- */

typedef struct
{
  PangoLayout *signed_label;
  PangoLayout *role;
  PangoLayout *name;     /* "(name)", or NULL for a dotted blank */
  PangoLayout *open;     /* "(" and ")" around a blank */
  PangoLayout *close;
  double x;              /* of "ลงชื่อ" */
  double slot_x;
  double slot_w;
} SignatureCell;

typedef struct
{
  guint n_cells;
  SignatureCell *cells;
  double baseline;       /* of the signing line, from the top of the box */
} SignatureRow;

static void
signature_row_free (gpointer data)
{
  SignatureRow *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    {
      g_clear_object (&row->cells[i].signed_label);
      g_clear_object (&row->cells[i].role);
      g_clear_object (&row->cells[i].name);
      g_clear_object (&row->cells[i].open);
      g_clear_object (&row->cells[i].close);
    }
  g_free (row->cells);
  g_free (row);
}

static void
draw_signature_row (SajjaPageDocument *self,
                    Box               *box,
                    cairo_t           *cr,
                    double             x,
                    double             y)
{
  SignatureRow *row = box->data;
  double baseline = y + row->baseline;
  double name_baseline = baseline + self->line_height;

  for (guint i = 0; i < row->n_cells; i++)
    {
      SignatureCell *cell = &row->cells[i];
      double w;

      show_layout (cr, cell->signed_label, x + cell->x, baseline - layout_baseline (cell->signed_label));
      draw_dots (cr, x + cell->slot_x, x + cell->slot_x + cell->slot_w, baseline + DOT_DROP);
      show_layout (cr, cell->role, x + cell->slot_x + cell->slot_w + GAP, baseline - layout_baseline (cell->role));

      if (cell->name != NULL)
        {
          layout_size (cell->name, &w, NULL);
          show_layout (cr, cell->name, x + cell->slot_x + (cell->slot_w - w) / 2,
                       name_baseline - layout_baseline (cell->name));
        }
      else
        {
          double close_w;

          layout_size (cell->close, &close_w, NULL);
          show_layout (cr, cell->open, x + cell->slot_x, name_baseline - layout_baseline (cell->open));
          show_layout (cr, cell->close, x + cell->slot_x + cell->slot_w - close_w,
                       name_baseline - layout_baseline (cell->close));
          draw_dots (cr, x + cell->slot_x + 6, x + cell->slot_x + cell->slot_w - 6, name_baseline + DOT_DROP);
        }
    }
}

static void
layout_signatures (SajjaPageDocument *self,
                   const Block       *block)
{
  double cell_w = self->text_width / block->per_row;

  for (guint first = 0; first < block->n_signatures; first += block->per_row)
    {
      guint n = MIN (block->per_row, block->n_signatures - first);
      SignatureRow *row = g_new0 (SignatureRow, 1);
      double height = 0;

      row->n_cells = n;
      row->cells = g_new0 (SignatureCell, n);
      row->baseline = SIGN_SPACE + self->line_baseline;

      for (guint i = 0; i < n; i++)
        {
          const Signature *signature = &block->signatures[first + i];
          SignatureCell *cell = &row->cells[i];
          /* Cells are centred in their share of the width when there are fewer than per_row. */
          double cell_x = (block->per_row - n) * cell_w / 2 + i * cell_w;
          double signed_w, role_w, total, name_w, name_h, role_h;

          /* Translators: before the dotted line a person signs on, as in "ลงชื่อ ........". */
          cell->signed_label = new_layout (self, _("Signed"), self->font_body, -1, SAJJA_PAGE_ALIGN_LEFT);
          layout_size (cell->signed_label, &signed_w, NULL);
          cell->role = new_layout (self, signature->role, self->font_body,
                                   MAX (cell_w * 0.9 - signed_w - 2 * GAP - SIGN_SLOT_MIN, 20.0),
                                   SAJJA_PAGE_ALIGN_LEFT);
          layout_size (cell->role, &role_w, &role_h);
          /* A gutter of a tenth of the cell keeps blocks side by side apart. */
          cell->slot_w = CLAMP (cell_w * 0.9 - signed_w - role_w - 2 * GAP, SIGN_SLOT_MIN, SIGN_SLOT_MAX);
          total = signed_w + GAP + cell->slot_w + GAP + role_w;
          cell->x = cell_x + MAX ((cell_w - total) / 2, 0.0);
          cell->slot_x = cell->x + signed_w + GAP;

          if (*signature->name != '\0')
            {
              g_autofree char *text = g_strdup_printf ("(%s)", signature->name);

              cell->name = new_layout (self, text, self->font_body, cell_w - 8, SAJJA_PAGE_ALIGN_CENTER);
              pango_layout_set_width (cell->name, -1);
              layout_size (cell->name, &name_w, &name_h);
              if (name_w > cell_w - 8)
                {
                  pango_layout_set_width (cell->name, pango_units_from_double (cell_w - 8));
                  layout_size (cell->name, &name_w, &name_h);
                }
            }
          else
            {
              cell->open = new_layout (self, "(", self->font_body, -1, SAJJA_PAGE_ALIGN_LEFT);
              cell->close = new_layout (self, ")", self->font_body, -1, SAJJA_PAGE_ALIGN_LEFT);
              name_h = self->line_height;
            }

          height = MAX (height, row->baseline + MAX (role_h - self->line_baseline, 0.0));
          height = MAX (height, row->baseline + self->line_height - self->line_baseline + name_h);
        }

      add_box (self, height + 2, draw_signature_row, row, signature_row_free);
    }
}

/* ---- Rules and the whole layout ---------------------------------------------------------- */

static void
draw_rule (SajjaPageDocument *self,
           Box               *box,
           cairo_t           *cr,
           double             x,
           double             y)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, y + box->height / 2);
  cairo_line_to (cr, x + self->text_width, y + box->height / 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The height a box needs on its page: itself and the boxes it keeps with. */
static double
chain_height (GPtrArray *boxes,
              guint      first)
{
  double height = 0;

  for (guint i = first; i < boxes->len; i++)
    {
      Box *box = g_ptr_array_index (boxes, i);

      if (box->page_break)
        break;
      height += box->height;
      if (!box->keep_with_next)
        break;
    }
  return height;
}

static void
paginate (SajjaPageDocument *self)
{
  double top = SAJJA_PAGE_MARGIN_TOP;
  double bottom = self->laid_height - SAJJA_PAGE_MARGIN_BOTTOM;
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));
  double y = top;

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_ptr_array_add (self->pages, page);

  for (guint i = 0; i < self->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (self->boxes, i);
      Placement placement;
      double need;

      if (box->page_break)
        {
          if (page->len > 0)
            {
              page = g_array_new (FALSE, FALSE, sizeof (Placement));
              g_ptr_array_add (self->pages, page);
              y = top;
            }
          continue;
        }
      if (box->drop_at_top && page->len == 0)
        continue;

      need = chain_height (self->boxes, i);
      /* A chain taller than a page cannot be kept together: then only the box itself. */
      if (need > bottom - top)
        need = box->height;
      if (page->len > 0 && y + need > bottom)
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placement));
          g_ptr_array_add (self->pages, page);
          y = top;
          if (box->drop_at_top)
            continue;
        }

      /* A table that runs on to a new page starts it with its header again. */
      if (page->len == 0 && box->header != NULL)
        {
          placement.box = box->header;
          placement.y = y;
          g_array_append_val (page, placement);
          y += box->header->height;
        }

      placement.box = box;
      placement.y = y;
      g_array_append_val (page, placement);
      y += box->height;
    }

  /* No empty last page after a trailing page break. */
  if (self->pages->len > 1 && page->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);
}

static void
layout_document (SajjaPageDocument *self,
                 double             page_width,
                 double             page_height)
{
  g_autoptr(PangoLayout) sample = NULL;

  if (self->pages != NULL && self->laid_width == page_width && self->laid_height == page_height)
    return;

  invalidate (self);
  self->laid_width = page_width;
  self->laid_height = page_height;
  self->text_width = MAX (page_width - SAJJA_PAGE_MARGIN_LEFT - SAJJA_PAGE_MARGIN_RIGHT, 72.0);
  self->boxes = g_ptr_array_new_with_free_func (box_free);

  /* One line of body text, with marks above and below, sets the height of form lines. */
  sample = new_layout (self, "กั้ญู", self->font_body, -1, SAJJA_PAGE_ALIGN_LEFT);
  layout_size (sample, NULL, &self->line_height);
  self->line_baseline = layout_baseline (sample);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Box *box;

      switch (block->kind)
        {
        case BLOCK_TITLE:
          layout_text (self, block->text, self->font_title, block->align, TRUE);
          add_space_box (self, SPACE_AFTER_TITLE, TRUE);
          break;

        case BLOCK_HEADING:
          add_space_box (self, SPACE_HEADING, FALSE);
          layout_text (self, block->text, self->font_bold, block->align, TRUE);
          add_space_box (self, SPACE_PARAGRAPH, TRUE);
          break;

        case BLOCK_PARAGRAPH:
          layout_text (self, block->text, self->font_body, block->align, FALSE);
          add_space_box (self, SPACE_PARAGRAPH, FALSE);
          break;

        case BLOCK_FIELDS:
          layout_fields (self, block);
          break;

        case BLOCK_TABLE:
          layout_table (self, block->table);
          add_space_box (self, SPACE_PARAGRAPH * 3, FALSE);
          break;

        case BLOCK_SIGNATURES:
          layout_signatures (self, block);
          break;

        case BLOCK_RULE:
          add_box (self, RULE_HEIGHT, draw_rule, NULL, NULL);
          break;

        case BLOCK_SPACE:
          add_space_box (self, block->space, FALSE);
          break;

        case BLOCK_BREAK:
          box = add_box (self, 0, NULL, NULL, NULL);
          box->page_break = TRUE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  paginate (self);
}

/**
 * sajja_page_document_get_n_pages:
 * @self: a #SajjaPageDocument
 * @page_width: the paper's width in points (%SAJJA_PAGE_A4_WIDTH)
 * @page_height: the paper's height in points (%SAJJA_PAGE_A4_HEIGHT)
 *
 * Lays the document out for paper of this size, measuring every line with Pango, and breaks
 * it into pages. The layout is kept until a block is added or another size is asked for.
 *
 * For a GtkPrintOperation, call this in the "begin-print" handler with the context's width and
 * height, after gtk_print_operation_set_unit (op, GTK_UNIT_POINTS) and
 * gtk_print_operation_set_use_full_page (op, TRUE): the margins are measured from the paper's
 * edges.
 *
 * Returns: the number of pages, at least 1
 */
guint
sajja_page_document_get_n_pages (SajjaPageDocument *self,
                                 double             page_width,
                                 double             page_height)
{
  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (self), 0);
  g_return_val_if_fail (page_width > 0 && page_height > 0, 0);

  layout_document (self, page_width, page_height);
  return self->pages->len;
}

/**
 * sajja_page_document_draw_page:
 * @self: a #SajjaPageDocument
 * @cr: where to draw, in points with the origin at the paper's top-left corner
 * @page_nr: the page, counted from 0
 *
 * Draws one page as laid out by the last sajja_page_document_get_n_pages() (A4 when it was
 * never called): the blocks on it, the header line and the page number "หน้า 2/5" at the foot.
 * The state of @cr is saved and restored.
 *
 * Returns: %FALSE when there is no such page
 */
gboolean
sajja_page_document_draw_page (SajjaPageDocument *self,
                               cairo_t           *cr,
                               guint              page_nr)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  GArray *page;
  double h;

  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  if (self->pages == NULL)
    layout_document (self, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  if (page_nr >= self->pages->len)
    return FALSE;

  page = g_ptr_array_index (self->pages, page_nr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < page->len; i++)
    {
      Placement *placement = &g_array_index (page, Placement, i);

      if (placement->box->draw != NULL)
        placement->box->draw (self, placement->box, cr, SAJJA_PAGE_MARGIN_LEFT, placement->y);
    }

  /* The header (from page 2: page 1 has the title) and the page number sit in the top and
   * bottom margins. */
  if (self->header != NULL && page_nr > 0)
    {
      g_autoptr(PangoLayout) header = new_layout (self, self->header, self->font_small, self->text_width,
                                                  SAJJA_PAGE_ALIGN_LEFT);

      pango_layout_set_ellipsize (header, PANGO_ELLIPSIZE_END);
      layout_size (header, NULL, &h);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      show_layout (cr, header, SAJJA_PAGE_MARGIN_LEFT, MAX (SAJJA_PAGE_MARGIN_TOP - h - 6, 4.0));
      cairo_set_source_rgb (cr, 0, 0, 0);
    }

  /* Translators: the page number at the foot of a printed page, as in "หน้า 2/5". */
  number = g_strdup_printf (_("Page %u/%u"), page_nr + 1, self->pages->len);
  footer = new_layout (self, number, self->font_small, self->text_width, SAJJA_PAGE_ALIGN_CENTER);
  layout_size (footer, NULL, &h);
  show_layout (cr, footer, SAJJA_PAGE_MARGIN_LEFT,
               self->laid_height - SAJJA_PAGE_MARGIN_BOTTOM + MAX ((SAJJA_PAGE_MARGIN_BOTTOM - h) / 2, 0.0));

  cairo_restore (cr);
  return TRUE;
}

/**
 * sajja_page_document_write_pdf:
 * @self: a #SajjaPageDocument
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Writes the document as an A4 PDF with the fonts embedded and the document's title in the
 * PDF's metadata. The file is written beside @path and renamed into place, so a failed write
 * never leaves half a file.
 *
 * Returns: %TRUE on success, %FALSE with @error set in %SAJJA_PAGE_ERROR
 */
gboolean
sajja_page_document_write_pdf (SajjaPageDocument  *self,
                               const char         *path,
                               GError            **error)
{
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (SAJJA_IS_PAGE_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tmp = g_strconcat (path, ".part", NULL);
  n_pages = sajja_page_document_get_n_pages (self, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);

  surface = cairo_pdf_surface_create (tmp, SAJJA_PAGE_A4_WIDTH, SAJJA_PAGE_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sajja");
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      sajja_page_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      g_set_error (error, SAJJA_PAGE_ERROR, SAJJA_PAGE_ERROR_WRITE,
                   /* Translators: %s is a file name, then the reason from the PDF library. */
                   _("Could not write the PDF file “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error (error, SAJJA_PAGE_ERROR, SAJJA_PAGE_ERROR_WRITE,
                   _("Could not write the PDF file “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}
