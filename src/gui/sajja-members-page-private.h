/* sajja-members-page-private.h: the members page's roster and printing, kept in their own file. */
#pragma once

#include "sajja-member.h"
#include "sajja-members-page.h"

G_BEGIN_DECLS

SajjaDb *_sajja_members_page_get_db             (SajjaMembersPage *self);
void     _sajja_members_page_toast              (SajjaMembersPage *self,
                                                 const char       *message);
/* Lists the members again and closes the form (after an import). */
void     _sajja_members_page_refresh            (SajjaMembersPage *self);

/* In sajja-members-page-io.c */
void     _sajja_members_page_import             (SajjaMembersPage *self);
/* Reads @csv_path off the main thread and shows the preview, as the file chooser does. */
void     _sajja_members_page_import_file        (SajjaMembersPage *self,
                                                 const char       *csv_path);
void     _sajja_members_page_export             (SajjaMembersPage *self);
void     _sajja_members_page_print_register     (SajjaMembersPage *self);
void     _sajja_members_page_print_application  (SajjaMembersPage *self,
                                                 SajjaMember      *member);

G_END_DECLS
