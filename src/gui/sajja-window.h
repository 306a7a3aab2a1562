/* sajja-window.h */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SAJJA_TYPE_WINDOW (sajja_window_get_type ())

G_DECLARE_FINAL_TYPE (SajjaWindow, sajja_window, SAJJA, WINDOW, AdwApplicationWindow)

/* The section shown: "groups", "backups", or "welcome"/"error" when there is nothing to show. */
const char *sajja_window_get_page   (SajjaWindow *self);
void        sajja_window_set_page   (SajjaWindow *self,
                                     const char  *page);
void        sajja_window_add_toast  (SajjaWindow *self,
                                     AdwToast    *toast);
/* A blocking problem: a message dialog with @heading and @body. */
void        sajja_window_show_error (SajjaWindow *self,
                                     const char  *heading,
                                     const char  *body);

G_END_DECLS
