/* sajja-preferences-window.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sajja-preferences-window.h"
#include "sajja-settings.h"

struct _SajjaPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwComboRow *era_row;
  GtkSpinButton *keep_spin;
  AdwComboRow *language_row;

  /* Borrowed references */
  SajjaApplication *app;
};

G_DEFINE_FINAL_TYPE (SajjaPreferencesWindow, sajja_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The language row's positions. */
static const char * const languages[] = { "", "th", "en" };

static void
language_selected_cb (SajjaPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  if (selected < G_N_ELEMENTS (languages) && self->app != NULL)
    /* This destroys and rebuilds the windows, this one included. */
    sajja_application_set_language (self->app, languages[selected]);
}

static void
era_selected_cb (SajjaPreferencesWindow *self)
{
  if (self->app != NULL)
    sajja_application_set_era (self->app, adw_combo_row_get_selected (self->era_row) == 1 ? "ce" : "be");
}

static void
keep_changed_cb (SajjaPreferencesWindow *self)
{
  sajja_settings_set_int (SAJJA_SETTINGS_BACKUPS_KEEP, gtk_spin_button_get_value_as_int (self->keep_spin));
}

SajjaPreferencesWindow *
sajja_preferences_window_new (SajjaApplication *app)
{
  SajjaPreferencesWindow *self = g_object_new (SAJJA_TYPE_PREFERENCES_WINDOW, "application", app, NULL);
  g_autofree char *language = sajja_settings_get_string (SAJJA_SETTINGS_LANGUAGE);
  g_autofree char *era = sajja_settings_get_string (SAJJA_SETTINGS_ERA);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (language, languages[i]))
      adw_combo_row_set_selected (self->language_row, i);
  adw_combo_row_set_selected (self->era_row, g_str_equal (era, "ce") ? 1 : 0);
  gtk_spin_button_set_value (self->keep_spin, sajja_settings_get_int (SAJJA_SETTINGS_BACKUPS_KEEP));

  /* Connected only now, so that showing the current values changes nothing. */
  self->app = app;
  g_signal_connect_object (self->language_row, "notify::selected", G_CALLBACK (language_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->era_row, "notify::selected", G_CALLBACK (era_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->keep_spin, "value-changed", G_CALLBACK (keep_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

AdwComboRow *
sajja_preferences_window_get_language_row (SajjaPreferencesWindow *self)
{
  g_return_val_if_fail (SAJJA_IS_PREFERENCES_WINDOW (self), NULL);

  return self->language_row;
}

AdwComboRow *
sajja_preferences_window_get_era_row (SajjaPreferencesWindow *self)
{
  g_return_val_if_fail (SAJJA_IS_PREFERENCES_WINDOW (self), NULL);

  return self->era_row;
}

static void
sajja_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SAJJA_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (sajja_preferences_window_parent_class)->dispose (object);
}

static void
sajja_preferences_window_class_init (SajjaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sajja_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sajja/Sajja/sajja-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SajjaPreferencesWindow, era_row);
  gtk_widget_class_bind_template_child (widget_class, SajjaPreferencesWindow, keep_spin);
  gtk_widget_class_bind_template_child (widget_class, SajjaPreferencesWindow, language_row);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sajja_preferences_window_init (SajjaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
