/* sajja-demo.h: a deterministic, realistic sample network for trying Sajja and for benchmarks. */
#pragma once

#include <gio/gio.h>

#include "sajja-db.h"

G_BEGIN_DECLS

typedef struct
{
  guint   n_groups;  /* 8 by default: a tambon network in Songkhla */
  guint32 seed;      /* the same seed gives the same data */
} SajjaDemoOptions;

typedef void (*SajjaDemoProgress) (double   fraction,
                                   gpointer user_data);

void     sajja_demo_options_init (SajjaDemoOptions  *options);

/* Fills an empty database with the sample, in one transaction. Refuses a database that already
 * holds groups, so that a sample never mixes with real books. */
gboolean sajja_demo_generate     (SajjaDb                *db,
                                  const SajjaDemoOptions *options,
                                  SajjaDemoProgress       progress,
                                  gpointer                user_data,
                                  GCancellable           *cancellable,
                                  GError                **error);

G_END_DECLS
