/* sajja-demo.h: a deterministic, realistic sample network for trying Sajja and for benchmarks. */
#pragma once

#include <gio/gio.h>

#include "sajja-db.h"

G_BEGIN_DECLS

typedef struct
{
  guint   n_groups;   /* 8 by default: a tambon network in Songkhla */
  guint32 seed;       /* the same seed gives the same data */
  /* Members in the whole network, spread over the groups (some groups larger than others).
   * 0, the default, gives each group from 25 to 60 members, chosen from the seed. At most
   * 10,000,000. */
  guint   n_members;
  /* Months of savings history to write, up to the reference date: a savings day a month in
   * each group, with receipts and journal entries, every month but the last two closed.
   * Default 36 (three years); 0 writes no savings. */
  guint   n_months;
} SajjaDemoOptions;

typedef void (*SajjaDemoProgress) (double   fraction,
                                   gpointer user_data);

void     sajja_demo_options_init (SajjaDemoOptions  *options);

/* Fills an empty database with the sample, in one transaction: groups with their by-laws (and a
 * later change of some rules), a bank account, members with occupations, pledged shares (with
 * some later changes), beneficiaries, witnesses and consent, some spouses linked, a few members
 * resigned or deceased, and the four committees of each group for the current and the previous
 * term, and @options->n_months of savings (pledges, some paid late with a fine, a few months
 * missed, special deposits and withdrawals, entry fees). The data comes from the seed alone, up to a fixed reference date (30 June 2026, or the
 * day before today when the clock is earlier). The action log gets one line per group and one
 * for the demo. Refuses a database that already holds groups, so that a sample never mixes
 * with real books. */
gboolean sajja_demo_generate     (SajjaDb                *db,
                                  const SajjaDemoOptions *options,
                                  SajjaDemoProgress       progress,
                                  gpointer                user_data,
                                  GCancellable           *cancellable,
                                  GError                **error);

G_END_DECLS
