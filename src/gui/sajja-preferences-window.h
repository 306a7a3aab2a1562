/* sajja-preferences-window.h */
#pragma once

#include <adwaita.h>

#include "sajja-application.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_PREFERENCES_WINDOW (sajja_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SajjaPreferencesWindow, sajja_preferences_window, SAJJA, PREFERENCES_WINDOW, AdwPreferencesWindow)

SajjaPreferencesWindow *sajja_preferences_window_new (SajjaApplication *app) G_GNUC_WARN_UNUSED_RESULT;

/* The rows, for tests. */
AdwComboRow *sajja_preferences_window_get_language_row (SajjaPreferencesWindow *self);
AdwComboRow *sajja_preferences_window_get_era_row      (SajjaPreferencesWindow *self);

G_END_DECLS
