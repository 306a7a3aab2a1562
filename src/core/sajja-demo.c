/* sajja-demo.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-uuid.h"

/* The default network: eight groups of one tambon network in Songkhla, as in the study the
 * project grew from. Villages and founding years are plausible, not records of real groups. */
static const struct
{
  const char *village;
  int moo;
  const char *founded;
} tambon_network[] = {
  { "บ้านท่าข้าม", 1, "1979-03-06" },
  { "บ้านพรุ", 2, "1982-07-15" },
  { "บ้านหัวนอนวัด", 3, "1985-01-20" },
  { "บ้านควนจง", 4, "1988-11-02" },
  { "บ้านคลองแห", 5, "1991-06-12" },
  { "บ้านโคกสูง", 6, "1994-09-09" },
  { "บ้านทุ่งลาน", 7, "1998-03-06" },
  { "บ้านหาดทรายแก้ว", 8, "2003-05-25" },
};

/* Songkhla's districts and some of their sub-districts, for district-scale data. */
static const struct
{
  const char *amphoe;
  const char *tambons[6];
} songkhla[] = {
  { "เมืองสงขลา", { "บ่อยาง", "เขารูปช้าง", "เกาะแต้ว", "พะวง", "ทุ่งหวัง", "เกาะยอ" } },
  { "สทิงพระ", { "จะทิ้งพระ", "กระดังงา", "สนามชัย", "ดีหลวง", "ชุมพล", "คลองรี" } },
  { "จะนะ", { "บ้านนา", "ป่าชิง", "สะพานไม้แก่น", "สะกอม", "นาหว้า", "นาทับ" } },
  { "นาทวี", { "นาทวี", "ฉาง", "นาหมอศรี", "คลองทราย", "ปลักหนู", "ท่าประดู่" } },
  { "เทพา", { "เทพา", "ปากบาง", "เกาะสะบ้า", "ลำไพล", "ท่าม่วง", "วังใหญ่" } },
  { "สะบ้าย้อย", { "สะบ้าย้อย", "ทุ่งพอ", "เปียน", "บ้านโหนด", "จะแหน", "คูหา" } },
  { "ระโนด", { "ระโนด", "คลองแดน", "ตะเครียะ", "ท่าบอน", "บ้านใหม่", "บ่อตรุ" } },
  { "กระแสสินธุ์", { "โรง", "เกาะใหญ่", "เชิงแส", "กระแสสินธุ์", NULL, NULL } },
  { "รัตภูมิ", { "กำแพงเพชร", "ท่าชะมวง", "คูหาใต้", "ควนรู", "เขาพระ", NULL } },
  { "สะเดา", { "สะเดา", "ปริก", "พังลา", "สำนักแต้ว", "ทุ่งหมอ", "ท่าโพธิ์" } },
  { "หาดใหญ่", { "หาดใหญ่", "ควนลัง", "คูเต่า", "คอหงส์", "คลองแห", "ท่าข้าม" } },
  { "นาหม่อม", { "นาหม่อม", "พิจิตร", "ทุ่งขมิ้น", "คลองหรัง", NULL, NULL } },
  { "ควนเนียง", { "รัตภูมิ", "ควนโส", "ห้วยลึก", "บางเหรียง", NULL, NULL } },
  { "บางกล่ำ", { "บางกล่ำ", "ท่าช้าง", "แม่ทอม", "บ้านหาร", NULL, NULL } },
  { "สิงหนคร", { "ชิงโค", "สทิงหม้อ", "ทำนบ", "รำแดง", "วัดขนุน", "ชะแล้" } },
  { "คลองหอยโข่ง", { "คลองหอยโข่ง", "ทุ่งลาน", "โคกม่วง", "คลองหลา", NULL, NULL } },
};

static const char * const village_words[] = {
  "ควน", "ทุ่ง", "คลอง", "หนอง", "โคก", "นา", "ท่า", "บ่อ", "ป่า", "เขา", "หัว", "ปลาย",
};
static const char * const village_names[] = {
  "ใหญ่", "ใหม่", "ยาง", "ไทร", "หว้า", "ขาม", "พรุ", "ลึก", "แดง", "ทอง", "ตะเคียน", "เหรียง",
  "มะม่วง", "กลาง", "เตย", "บัว", "หิน", "จันทร์", "โหนด", "ลำพู",
};

void
sajja_demo_options_init (SajjaDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->n_groups = G_N_ELEMENTS (tambon_network);
  /* 6 March 2517: the day the first savings groups were founded. */
  options->seed = 25170306;
}

static SajjaGroup *
make_group (GRand *rand,
            guint  index,
            guint  n_groups)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  SajjaGroup *group = g_object_new (SAJJA_TYPE_GROUP, "uuid", uuid, NULL);
  g_autofree char *village = NULL;
  g_autofree char *name = NULL;
  g_autofree char *founded = NULL;

  if (n_groups <= G_N_ELEMENTS (tambon_network))
    {
      village = g_strdup (tambon_network[index].village);
      sajja_group_set_moo (group, tambon_network[index].moo);
      sajja_group_set_tambon (group, "ท่าข้าม");
      sajja_group_set_amphoe (group, "หาดใหญ่");
      founded = g_strdup (tambon_network[index].founded);
    }
  else
    {
      guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (songkhla));
      guint n_tambons = 0;
      guint t;

      while (n_tambons < G_N_ELEMENTS (songkhla[a].tambons) && songkhla[a].tambons[n_tambons] != NULL)
        n_tambons++;
      t = g_rand_int_range (rand, 0, n_tambons);

      village = g_strdup_printf ("บ้าน%s%s",
                                 village_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (village_words))],
                                 village_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (village_names))]);
      /* Every group gets its own หมู่ within its tambon by its index, so no two collide. */
      sajja_group_set_moo (group, 1 + (index % 99));
      sajja_group_set_tambon (group, songkhla[a].tambons[t]);
      sajja_group_set_amphoe (group, songkhla[a].amphoe);
      founded = g_strdup_printf ("%04d-%02d-%02d",
                                 g_rand_int_range (rand, 1976, 2024),
                                 g_rand_int_range (rand, 1, 13),
                                 g_rand_int_range (rand, 1, 29));
    }

  name = g_strdup_printf ("กลุ่มออมทรัพย์เพื่อการผลิต%s", village);
  if (n_groups > G_N_ELEMENTS (tambon_network))
    {
      g_autofree char *numbered = g_strdup_printf ("%s %u", name, index + 1);

      g_free (name);
      name = g_steal_pointer (&numbered);
    }

  sajja_group_set_name (group, name);
  sajja_group_set_village (group, village);
  sajja_group_set_changwat (group, "สงขลา");
  sajja_group_set_founded (group, founded);

  return group;
}

/**
 * sajja_demo_generate:
 * @db: an open database with no groups
 * @options: what to make
 * @progress: (nullable): called now and then with the fraction done
 * @user_data: for @progress
 * @cancellable: (nullable): cancels the work; nothing is written then
 * @error: return location for an error
 *
 * Returns: %TRUE when the sample was written.
 */
gboolean
sajja_demo_generate (SajjaDb                *db,
                     const SajjaDemoOptions *options,
                     SajjaDemoProgress       progress,
                     gpointer                user_data,
                     GCancellable           *cancellable,
                     GError                **error)
{
  g_autoptr(GRand) rand = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->n_groups == 0 || options->n_groups > 10000)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The number of groups must be from 1 to 10,000."));
      return FALSE;
    }

  if (sajja_group_count (db) > 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("The database already holds groups. The demo network goes only into an empty database."));
      return FALSE;
    }

  rand = g_rand_new_with_seed (options->seed);

  if (!sajja_db_begin (db, error))
    return FALSE;

  for (guint i = 0; i < options->n_groups; i++)
    {
      g_autoptr(SajjaGroup) group = make_group (rand, i, options->n_groups);

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !sajja_group_save_in_transaction (group, db, error))
        {
          sajja_db_rollback (db);
          return FALSE;
        }

      if (progress != NULL && (i % 64) == 0)
        progress ((double) i / options->n_groups, user_data);
    }

  if (!sajja_db_log_action (db, "demo", NULL, "", error) || !sajja_db_commit (db, error))
    {
      sajja_db_rollback (db);
      return FALSE;
    }

  if (progress != NULL)
    progress (1.0, user_data);

  return TRUE;
}
