/* sajja-backups-page.h: the automatic backups of the open books, and restoring one. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SAJJA_TYPE_BACKUPS_PAGE (sajja_backups_page_get_type ())

G_DECLARE_FINAL_TYPE (SajjaBackupsPage, sajja_backups_page, SAJJA, BACKUPS_PAGE, AdwBin)

void  sajja_backups_page_set_db_path (SajjaBackupsPage *self,
                                      const char       *path);
/* Lists the backups again. */
void  sajja_backups_page_refresh     (SajjaBackupsPage *self);
guint sajja_backups_page_get_n_backups (SajjaBackupsPage *self);

G_END_DECLS
