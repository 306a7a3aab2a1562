/* sajja-member-entries.h: a member's journal entries, newest first, each reversible once. */
#pragma once

#include <adwaita.h>

#include "sajja-db.h"

G_BEGIN_DECLS

#define SAJJA_TYPE_MEMBER_ENTRIES (sajja_member_entries_get_type ())

G_DECLARE_FINAL_TYPE (SajjaMemberEntries, sajja_member_entries, SAJJA, MEMBER_ENTRIES, AdwBin)

void     sajja_member_entries_set_member (SajjaMemberEntries *self,
                                          SajjaDb            *db,
                                          gint64              member_id);
/* Reverses entry @entry_id today, in the open month, for @reason, as the Reverse button does.
 * Emits "changed" when done. */
gboolean sajja_member_entries_reverse    (SajjaMemberEntries *self,
                                          gint64              entry_id,
                                          const char         *reason,
                                          GError            **error);
guint    sajja_member_entries_get_n_rows (SajjaMemberEntries *self);

G_END_DECLS
