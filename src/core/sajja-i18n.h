/* sajja-i18n.h: gettext set-up and switching the language at run time. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment (falling back to C.UTF-8 so that LANGUAGE works even
 * where no Thai locale is generated), binds the message catalogue and applies the language the
 * user chose in the settings. Call once at start-up, before any translated string. */
void        sajja_i18n_init            (void);
/* Switches the language of messages: "th", "en", or NULL or "" to follow the system.
 * Strings fetched afterwards come in the new language. */
void        sajja_i18n_set_language    (const char *language);
/* "th" or "en": the language messages come in now. */
const char *sajja_i18n_get_language    (void);
/* The folder the catalogues are read from. */
const char *sajja_i18n_get_localedir   (void);

G_END_DECLS
