/* Temporary: replaced when the roster and printing modules land. */
#include "sajja-members-page-private.h"
void _sajja_members_page_import (SajjaMembersPage *self) {}
void _sajja_members_page_export (SajjaMembersPage *self) {}
void _sajja_members_page_print_register (SajjaMembersPage *self) {}
void _sajja_members_page_print_application (SajjaMembersPage *self, SajjaMember *member) {}
