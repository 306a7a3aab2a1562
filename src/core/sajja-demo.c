/* sajja-demo.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>

#include <string.h>
#include <time.h>

#include "sajja-bank.h"
#include "sajja-bylaw.h"
#include "sajja-collate.h"
#include "sajja-committee.h"
#include "sajja-date.h"
#include "sajja-demo.h"
#include "sajja-group.h"
#include "sajja-loan.h"
#include "sajja-member.h"
#include "sajja-savings-day.h"
#include "sajja-thai-id.h"
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
  options->n_members = 0;
  options->n_months = 36;
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
  /* The monthly savings day: not drawn from @rand, so the rest of the sample stays the same. */
  sajja_group_set_savings_day (group, (int) (1 + (index * 5 + 4) % 28));

  return group;
}

/* ---- members ------------------------------------------------------------------------------ */

/* Nothing in the sample happens after this date (or after today, when the clock is earlier),
 * so that the same seed gives the same books on any day. */
#define REFERENCE_DATE "2026-06-30"
/* The Personal Data Protection Act took full effect: consent is asked for from then on. */
#define PDPA_DATE "2022-06-01"

static const char * const male_given_names[] = {
  "สมชาย", "สมศักดิ์", "สมพงษ์", "สมบูรณ์", "สมหมาย", "สมเกียรติ", "สมปอง", "ประเสริฐ", "ประสิทธิ์",
  "ประยูร", "วิชัย", "วิรัช", "สุชาติ", "สุรชัย", "สุวิทย์", "สุเทพ", "บุญมี", "บุญเลิศ", "บุญส่ง",
  "ชัยวัฒน์", "ชาตรี", "เฉลิม", "ณรงค์", "ทองคำ", "ธนพล", "ธีระ", "นิพนธ์", "บรรจง", "ปรีชา", "พิชิต",
  "มานพ", "ยุทธนา", "รังสรรค์", "วัชระ", "วันชัย", "วีระ", "ศักดิ์ชัย", "อนุชา", "อภิชาติ", "อำนาจ",
  "เอกชัย", "กิตติ", "เกษม", "จรูญ", "จำลอง", "ไพโรจน์", "ไพบูลย์", "เสน่ห์", "อาหมัด", "อับดุลเลาะ",
  "ฮาซัน", "ยูโสบ", "มะแอ", "ธวัชชัย", "พงศกร", "ณัฐพล", "ศุภชัย", "อดิศักดิ์", "ทวีศักดิ์", "คำนึง",
  "ดำรง", "เจริญ",
};

static const char * const female_given_names[] = {
  "สมศรี", "สมใจ", "สมพร", "สมจิตร", "สมหญิง", "มาลี", "มาลัย", "บุญเรือน", "บุญมา", "ประไพ",
  "ประนอม", "ละเอียด", "ลำดวน", "จันทร์เพ็ญ", "จินดา", "ชื่นจิต", "ดวงใจ", "ทองใบ", "นงลักษณ์",
  "นวลจันทร์", "บังอร", "ปราณี", "พรทิพย์", "เพ็ญศรี", "ยุพิน", "รัตนา", "วันดี", "วิไล", "ศรีสุดา",
  "สายสุนีย์", "สุนีย์", "สุภาพ", "สุมาลี", "อรุณี", "อำไพ", "กาญจนา", "กัลยา", "จิราพร", "ณัฐธิดา",
  "ธิดารัตน์", "นภา", "เบญจวรรณ", "ปิยะนุช", "พิมพ์ใจ", "มณีรัตน์", "รุ่งนภา", "ลัดดา", "วรรณา",
  "ศิริพร", "สุกัญญา", "อัมพร", "อุไรวรรณ", "ฟาตีเมาะ", "ซาลีมะ", "คอดีเยาะ", "รอกีเยาะ", "แสงเดือน",
  "เรณู", "ทองสุข", "ประภา", "อุษา", "เยาวลักษณ์",
};

static const char * const surnames[] = {
  "ใจดี", "ทองดี", "แก้วมณี", "ศรีสุข", "สุขใจ", "บุญมา", "มีสุข", "ทองคำ", "แสงทอง", "ชัยมงคล",
  "รักษ์ไทย", "ศรีทอง", "พรหมแก้ว", "ด้วงทอง", "ทองแก้ว", "แก้วประดิษฐ์", "ขุนทอง", "เพชรรัตน์",
  "ชูช่วย", "ชูแก้ว", "ชูเมือง", "นวลแก้ว", "หนูแก้ว", "หนูเอียด", "เอียดทอง", "เอียดแก้ว", "บัวแก้ว",
  "คงแก้ว", "คงสม", "คงทอง", "สุวรรณรัตน์", "สุวรรณชาตรี", "ณ สงขลา", "หมัดหลี", "หลีหมัด", "เส็นสมัน",
  "สาและ", "ยูโซะ", "มะลี", "ขาวผ่อง", "ชูเชิด", "ทองนุ่น", "จันทร์แก้ว", "แก้วทอง", "สงทอง", "เกื้อกูล",
  "ช่วยชู", "ช่วยนุ่ม", "ปานแก้ว", "รัตนพันธ์", "อินทร์แก้ว", "ศรีนวล", "ทองเกลี้ยง", "ทองสุข",
  "พุทธรักษ์", "จันทร์หอม", "แซ่ลิ่ม", "แซ่ตัน", "แซ่หลี", "วงศ์สวัสดิ์", "ศรีวิชัย", "สมบูรณ์ชัย",
  "มณีโชติ", "ยอดแก้ว", "นิลรัตน์", "รอดเจริญ", "เรืองศรี", "สังข์ทอง", "อ่อนศรี", "มากชูชิต",
  "พรหมสุวรรณ", "ขวัญแก้ว", "ด้วงแก้ว", "บุญรักษ์", "บุญช่วย", "ประดิษฐ์ผล", "รามแก้ว", "ศรีอ่อน",
  "อุ่นแก้ว", "หวันสู", "เหมือนพรรณราย",
};

/* Incomes in baht a month, low to high; stored in satang. The first is the most common
 * livelihood in Songkhla. */
static const struct
{
  const char *name;
  int low;
  int high;
} occupations[] = {
  { "ทำสวนยางพารา", 6000, 25000 },
  { "ประมงพื้นบ้าน", 5000, 18000 },
  { "ค้าขาย", 6000, 30000 },
  { "รับจ้างทั่วไป", 4000, 12000 },
  { "เลี้ยงสัตว์", 3000, 12000 },
  { "ทำนา", 3000, 10000 },
  { "ทำสวนผลไม้", 4000, 20000 },
  { "ทำสวนปาล์มน้ำมัน", 6000, 25000 },
  { "ทำขนมขาย", 3000, 9000 },
  { "ช่างก่อสร้าง", 8000, 18000 },
  { "ขับรถรับจ้าง", 6000, 15000 },
  { "เย็บผ้า", 3000, 9000 },
  { "รับราชการ", 15000, 40000 },
  { "พนักงานบริษัท", 9000, 25000 },
};

static const char * const resign_reasons[] = {
  "ย้ายไปอยู่ต่างจังหวัด", "ย้ายไปทำงานที่กรุงเทพฯ", "ขอลาออกเพื่อนำเงินไปใช้จ่ายในครอบครัว",
  "ย้ายไปเป็นสมาชิกกลุ่มอื่น",
};
static const char * const death_reasons[] = {
  "ถึงแก่กรรม", "ถึงแก่กรรมด้วยโรคชรา", "ถึงแก่กรรมจากอุบัติเหตุ",
};
static const char * const expel_reasons[] = {
  "ขาดส่งเงินสัจจะติดต่อกันเกินกำหนด", "ไม่ชำระเงินกู้ตามสัญญา",
};

static const char * const consent_scopes[] = {
  "การดำเนินงานของกลุ่ม",
  "การดำเนินงานของกลุ่มและรายงานต่อ พช.",
};

static const char * const phone_prefixes[] = {
  "081", "082", "083", "084", "085", "086", "087", "089", "061", "062", "063", "064", "065",
  "091", "092", "093", "095", "098",
};

static const char * const banks[] = {
  "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "ธนาคารออมสิน", "ธนาคารกรุงไทย",
};

/* Beneficiary shares in basis points, each row summing to 10000. */
static const int beneficiary_splits[][3] = {
  { 10000, 0, 0 },
  { 5000, 5000, 0 }, { 6000, 4000, 0 }, { 7000, 3000, 0 },
  { 3334, 3333, 3333 }, { 4000, 3000, 3000 }, { 5000, 2500, 2500 }, { 6000, 2000, 2000 },
};

/* The seats of each committee in one term. */
static const struct
{
  SajjaCommittee committee;
  guint n_seats;
  SajjaPosition seats[7];
} committee_seats[] = {
  { SAJJA_COMMITTEE_EXECUTIVE, 7, { SAJJA_POSITION_CHAIR, SAJJA_POSITION_VICE_CHAIR, SAJJA_POSITION_TREASURER,
                                    SAJJA_POSITION_SECRETARY, SAJJA_POSITION_MEMBER, SAJJA_POSITION_MEMBER,
                                    SAJJA_POSITION_MEMBER } },
  { SAJJA_COMMITTEE_LOAN, 5, { SAJJA_POSITION_CHAIR, SAJJA_POSITION_SECRETARY, SAJJA_POSITION_MEMBER,
                               SAJJA_POSITION_MEMBER, SAJJA_POSITION_MEMBER } },
  { SAJJA_COMMITTEE_AUDIT, 3, { SAJJA_POSITION_CHAIR, SAJJA_POSITION_MEMBER, SAJJA_POSITION_MEMBER } },
  { SAJJA_COMMITTEE_PROMOTION, 4, { SAJJA_POSITION_CHAIR, SAJJA_POSITION_SECRETARY, SAJJA_POSITION_MEMBER,
                                    SAJJA_POSITION_MEMBER } },
};

#define PICK(rand, table) ((table)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (table))])

typedef struct
{
  SajjaBylawRule rule;
  gint64 value;
  guint32 from;  /* Julian day */
  const char *note;
} DemoBylaw;

typedef struct
{
  SajjaGroup *group;
  gint64 id;
  guint32 founded;  /* Julian day */
  int amphoe_code;  /* Songkhla's districts are 90xx in ID numbers */
  guint n_members;
  DemoBylaw bylaws[SAJJA_BYLAW_N_RULES + 4];
  guint n_bylaws;
  guint32 welfare_from;          /* the welfare schemes' rules take effect (Julian day) */
  gint64 welfare_contribution;   /* satang a month, all schemes together */
} DemoGroup;

typedef struct
{
  gint64 id;
  SajjaGender gender;
  const char *title;
  const char *given_name;
  const char *surname;
  guint32 birth;             /* Julian days */
  guint32 join;
  SajjaMemberStatus status;
  guint32 status_day;        /* 0 while active */
  int spouse;                /* the spouse's index in the group, or -1 */
  guint house;
  guint house_sub;           /* the "/2" of "12/2", or 0 */
  int shares;                /* pledged on joining */
  int shares_later;          /* after a change, or 0 */
  guint32 shares_later_from;
} DemoMember;

typedef struct
{
  SajjaDb *db;
  char *now;                 /* created_at and updated_at of every row */
  guint32 end;               /* the reference date */
  guint32 pdpa;
  guint32 first_birth;       /* 1950-01-01 */
  guint32 last_birth;        /* 2000-12-31 */
  guint32 id_offset;         /* mixes the seed into the national ID numbers */
  guint64 n_done;            /* members written so far, in all groups */
  guint64 n_total;
  guint n_months;            /* of savings, up to the reference date */
  gboolean every_loan;       /* each group lends its whole story (a network of a tambon's size) */
  SajjaDemoProgress progress;
  gpointer user_data;
  GCancellable *cancellable;
} DemoContext;

static guint32
day_from_iso (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso == NULL || !sajja_date_from_iso (iso, &date, NULL))
    return 0;
  return g_date_get_julian (&date);
}

static void
day_to_iso (guint32 day,
            char    out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (out, 11, "%04d-%02d-%02d",
              (int) g_date_get_year (&date), (int) g_date_get_month (&date), (int) g_date_get_day (&date));
}

static int
day_year (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static guint32
day_add_years (guint32 day,
               int     years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (years >= 0)
    g_date_add_years (&date, years);
  else
    g_date_subtract_years (&date, -years);
  return g_date_get_julian (&date);
}

/* A day from @first to @last inclusive (@first when the range is empty). */
static guint32
rand_day (GRand   *rand,
          guint32  first,
          guint32  last)
{
  if (last <= first)
    return first;
  return first + (guint32) g_rand_int_range (rand, 0, (gint32) (last - first + 1));
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 da = *(const guint32 *) a;
  guint32 db = *(const guint32 *) b;

  return da < db ? -1 : da > db;
}

static gint64
bylaw_on (const DemoGroup *g,
          SajjaBylawRule   rule,
          guint32          day)
{
  gint64 value = sajja_bylaw_rule_get_default (rule);
  guint32 best = 0;

  for (guint i = 0; i < g->n_bylaws; i++)
    if (g->bylaws[i].rule == rule && g->bylaws[i].from <= day && g->bylaws[i].from >= best)
      {
        value = g->bylaws[i].value;
        best = g->bylaws[i].from;
      }
  return value;
}

static void
add_bylaw (DemoGroup      *g,
           SajjaBylawRule  rule,
           gint64          value,
           guint32         from,
           const char     *note)
{
  g_assert (g->n_bylaws < G_N_ELEMENTS (g->bylaws));
  g->bylaws[g->n_bylaws++] = (DemoBylaw) { rule, value, from, note };
}

/* The group's rules from its founding day, and for some groups a later change decided by a
 * general meeting. */
static void
plan_bylaws (DemoGroup   *g,
             GRand       *rand,
             DemoContext *ctx)
{
  for (guint rule = 0; rule < SAJJA_BYLAW_N_RULES; rule++)
    add_bylaw (g, rule, sajja_bylaw_rule_get_default (rule), g->founded, "ระเบียบกลุ่มเมื่อก่อตั้ง");

  if (ctx->end < g->founded + 400)
    return;

  if (g_rand_double (rand) < 0.5)
    add_bylaw (g, SAJJA_BYLAW_MAX_SHARES, g_rand_boolean (rand) ? 30 : 50,
               rand_day (rand, g->founded + 365, ctx->end - 30),
               "มติที่ประชุมใหญ่ให้สมาชิกถือหุ้นได้มากขึ้น");
  if (g_rand_double (rand) < 0.3)
    add_bylaw (g, SAJJA_BYLAW_SHARE_VALUE, 10000, rand_day (rand, g->founded + 365, ctx->end - 30),
               "มติที่ประชุมใหญ่ปรับมูลค่าหุ้นเป็นหุ้นละ 100 บาท");
  if (g_rand_double (rand) < 0.25)
    add_bylaw (g, SAJJA_BYLAW_ENTRY_FEE, 5000, rand_day (rand, g->founded + 365, ctx->end - 30),
               "มติที่ประชุมใหญ่ปรับค่าธรรมเนียมแรกเข้า");
  if (g_rand_double (rand) < 0.2)
    add_bylaw (g, SAJJA_BYLAW_LATE_FINE, 1000, rand_day (rand, g->founded + 365, ctx->end - 30),
               "มติที่ประชุมใหญ่ปรับค่าปรับส่งเงินสัจจะล่าช้า");
}

static gboolean
write_bylaws (DemoGroup    *g,
              GRand        *rand,
              DemoContext  *ctx,
              GError      **error)
{
  for (guint i = 0; i < g->n_bylaws; i++)
    {
      g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
      char from[11];
      sqlite3_stmt *stmt;

      g_assert (sajja_bylaw_check_value (g->bylaws[i].rule, g->bylaws[i].value, NULL));
      day_to_iso (g->bylaws[i].from, from);
      stmt = sajja_db_prepare (ctx->db,
                               "INSERT INTO bylaws (uuid, group_id, rule, value, effective_from, note, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, g->id);
      sqlite3_bind_text (stmt, 3, sajja_bylaw_rule_to_string (g->bylaws[i].rule), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, g->bylaws[i].value);
      sqlite3_bind_text (stmt, 5, from, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, g->bylaws[i].note, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, ctx->now, -1, SQLITE_STATIC);
      if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_bank_account (DemoGroup    *g,
                    GRand        *rand,
                    DemoContext  *ctx,
                    GError      **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  g_autofree char *account_no = g_strdup_printf ("%03d-%d-%05d-%d", g_rand_int_range (rand, 100, 1000),
                                                 g_rand_int_range (rand, 0, 10), g_rand_int_range (rand, 0, 100000),
                                                 g_rand_int_range (rand, 0, 10));
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO group_bank_accounts (uuid, group_id, bank, branch, account_no, account_name) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, g->id);
  sqlite3_bind_text (stmt, 3, PICK (rand, banks), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sajja_group_get_amphoe (g->group), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, account_no, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, sajja_group_get_name (g->group), -1, SQLITE_STATIC);
  return sajja_db_step_done (ctx->db, stmt, NULL, error);
}

/* Who the members are: names, households, dates and status. Member numbers follow the order
 * of joining; the founders joined on the founding day. */
static DemoMember *
plan_members (DemoGroup   *g,
              GRand       *rand,
              DemoContext *ctx)
{
  guint n = g->n_members;
  DemoMember *members = g_new0 (DemoMember, MAX (n, 1));
  g_autofree guint32 *joins = g_new0 (guint32, MAX (n, 1));
  guint n_founders = MIN (n, (guint) g_rand_int_range (rand, 7, 16));

  for (guint k = 0; k < n; k++)
    joins[k] = k < n_founders ? g->founded : rand_day (rand, MIN (g->founded + 1, ctx->end), ctx->end);
  qsort (joins + n_founders, n - n_founders, sizeof (guint32), compare_days);

  for (guint k = 0; k < n; k++)
    {
      DemoMember *m = &members[k];
      DemoMember *prev = k > 0 ? &members[k - 1] : NULL;
      guint32 birth_last = MIN (day_add_years (joins[k], -18), ctx->last_birth);
      guint32 birth_first = ctx->first_birth;

      m->join = joins[k];
      m->spouse = -1;

      if (prev != NULL && prev->spouse < 0 && g_rand_double (rand) < 0.2)
        {
          /* The spouse of the member before: one household, one surname, one address. */
          guint32 target = prev->birth + (guint32) g_rand_int_range (rand, 0, 12 * 365);

          m->spouse = k - 1;
          prev->spouse = k;
          m->gender = prev->gender == SAJJA_GENDER_MALE ? SAJJA_GENDER_FEMALE : SAJJA_GENDER_MALE;
          m->surname = prev->surname;
          m->house = prev->house;
          m->house_sub = prev->house_sub;
          target = target > 6 * 365 ? target - 6 * 365 : target;
          m->birth = CLAMP (target, birth_first, MAX (birth_first, birth_last));
          if (prev->gender == SAJJA_GENDER_FEMALE)
            prev->title = "นาง";
        }
      else
        {
          m->gender = g_rand_double (rand) < 0.55 ? SAJJA_GENDER_FEMALE : SAJJA_GENDER_MALE;
          m->surname = PICK (rand, surnames);
          m->house = g_rand_int_range (rand, 1, 251);
          m->house_sub = g_rand_double (rand) < 0.3 ? g_rand_int_range (rand, 1, 10) : 0;
          m->birth = rand_day (rand, birth_first, MAX (birth_first, birth_last));
        }

      if (m->gender == SAJJA_GENDER_MALE)
        {
          m->given_name = PICK (rand, male_given_names);
          m->title = "นาย";
        }
      else
        {
          m->given_name = PICK (rand, female_given_names);
          m->title = m->spouse >= 0 || g_rand_double (rand) < 0.6 ? "นาง" : "นางสาว";
        }
    }

  /* A few have left: resigned, died or were expelled, at least three months after joining. */
  for (guint k = 0; k < n; k++)
    {
      DemoMember *m = &members[k];
      double r = g_rand_double (rand);

      if (r >= 0.08 || m->join + 90 > ctx->end)
        continue;
      m->status = r < 0.05 ? SAJJA_MEMBER_RESIGNED : r < 0.07 ? SAJJA_MEMBER_DECEASED : SAJJA_MEMBER_EXPELLED;
      m->status_day = rand_day (rand, m->join + 90, ctx->end);
    }

  return members;
}

static char *
random_person (GRand       *rand,
               SajjaGender  gender,
               const char  *surname)
{
  if (surname == NULL)
    surname = PICK (rand, surnames);
  if (gender == SAJJA_GENDER_MALE)
    return g_strconcat ("นาย", PICK (rand, male_given_names), " ", surname, NULL);
  return g_strconcat (g_rand_boolean (rand) ? "นาง" : "นางสาว", PICK (rand, female_given_names), " ", surname, NULL);
}

static char *
member_full_name (const DemoMember *m)
{
  return g_strconcat (m->title, m->given_name, " ", m->surname, NULL);
}

static void
make_national_id (char     out[14],
                  char     category,
                  int      amphoe_code,
                  guint32  serial)
{
  g_snprintf (out, 14, "%c90%02d%07u", category, amphoe_code, serial % 10000000);
  out[12] = '0' + sajja_thai_id_check_digit (out);
  out[13] = '\0';
}

static int
pick_shares (GRand *rand,
             int    min_shares,
             int    max_shares)
{
  double r = g_rand_double (rand);
  int high;

  /* Most pledge a few shares; some pledge up to half the most allowed; a few the most. */
  if (r < 0.55)
    high = MIN (max_shares, min_shares + 4);
  else if (r < 0.9)
    high = MAX (min_shares, max_shares / 2);
  else
    high = max_shares;
  return g_rand_int_range (rand, min_shares, high + 1);
}

static gboolean
write_shares (gint64        member_id,
              int           shares,
              guint32       from,
              GRand        *rand,
              DemoContext  *ctx,
              GError      **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  char from_iso[11];
  sqlite3_stmt *stmt;

  day_to_iso (from, from_iso);
  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO member_shares (uuid, member_id, shares, effective_from) VALUES (?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_int (stmt, 3, shares);
  sqlite3_bind_text (stmt, 4, from_iso, -1, SQLITE_STATIC);
  return sajja_db_step_done (ctx->db, stmt, NULL, error);
}

static gboolean
write_occupation (gint64        member_id,
                  int           position,
                  const char   *occupation,
                  gint64        income,
                  GRand        *rand,
                  DemoContext  *ctx,
                  GError      **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO member_occupations (uuid, member_id, position, occupation, monthly_income) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, occupation, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, income);
  return sajja_db_step_done (ctx->db, stmt, NULL, error);
}

static gboolean
write_beneficiary (gint64        member_id,
                   int           position,
                   const char   *name,
                   const char   *national_id,
                   const char   *relationship,
                   int           share_bp,
                   GRand        *rand,
                   DemoContext  *ctx,
                   GError      **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO beneficiaries (uuid, member_id, position, name, national_id, relationship, "
                           "share_bp) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, national_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, relationship, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, share_bp);
  return sajja_db_step_done (ctx->db, stmt, NULL, error);
}

/* Writes member @k of the group with everything that hangs off it. The same rows
 * sajja_member_save() would write (the search index follows by its triggers), without a line
 * in the action log for each: the demo is one action. */
static gboolean
write_member (DemoGroup    *g,
              DemoMember   *members,
              guint         k,
              GRand        *rand,
              DemoContext  *ctx,
              GError      **error)
{
  DemoMember *m = &members[k];
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  g_autofree char *name = g_strconcat (m->given_name, " ", m->surname, NULL);
  g_autofree char *sort_key = sajja_collate_key (name);
  g_autofree char *address = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *spouse_name = NULL;
  g_autofree char *witness1 = NULL;
  g_autofree char *witness2 = NULL;
  const char *reason = "";
  const char *consent_scope = "";
  char national_id[14], birth[11], join[11], status_date[11], consent_date[11];
  gboolean has_consent = FALSE;
  guint32 last_day = m->status != SAJJA_MEMBER_ACTIVE ? m->status_day : ctx->end;
  guint n_beneficiaries = 0;
  sqlite3_stmt *stmt;
  int min_shares, max_shares, shares;

  /* Born before 1984: category 3 (registered in the house census); later: category 1. */
  make_national_id (national_id, day_year (m->birth) < 1984 ? '3' : '1', g->amphoe_code,
                    (guint32) ((ctx->n_done * 7919 + ctx->id_offset) % 10000000));
  day_to_iso (m->birth, birth);
  day_to_iso (m->join, join);

  if (m->house_sub > 0)
    address = g_strdup_printf ("%u/%u หมู่ %d %s ต.%s อ.%s จ.%s", m->house, m->house_sub,
                               sajja_group_get_moo (g->group), sajja_group_get_village (g->group),
                               sajja_group_get_tambon (g->group), sajja_group_get_amphoe (g->group),
                               sajja_group_get_changwat (g->group));
  else
    address = g_strdup_printf ("%u หมู่ %d %s ต.%s อ.%s จ.%s", m->house,
                               sajja_group_get_moo (g->group), sajja_group_get_village (g->group),
                               sajja_group_get_tambon (g->group), sajja_group_get_amphoe (g->group),
                               sajja_group_get_changwat (g->group));

  if (g_rand_double (rand) < 0.85)
    phone = g_strdup_printf ("%s-%03d-%04d", PICK (rand, phone_prefixes),
                             g_rand_int_range (rand, 0, 1000), g_rand_int_range (rand, 0, 10000));

  if (m->spouse >= 0)
    spouse_name = member_full_name (&members[m->spouse]);
  else if ((m->gender == SAJJA_GENDER_FEMALE && g_strcmp0 (m->title, "นาง") == 0 && g_rand_double (rand) < 0.7)
           || (m->gender == SAJJA_GENDER_MALE && g_rand_double (rand) < 0.5))
    spouse_name = random_person (rand, m->gender == SAJJA_GENDER_MALE ? SAJJA_GENDER_FEMALE : SAJJA_GENDER_MALE,
                                 m->surname);

  switch (m->status)
    {
    case SAJJA_MEMBER_RESIGNED:
      reason = PICK (rand, resign_reasons);
      break;
    case SAJJA_MEMBER_DECEASED:
      reason = PICK (rand, death_reasons);
      break;
    case SAJJA_MEMBER_EXPELLED:
      reason = PICK (rand, expel_reasons);
      break;
    case SAJJA_MEMBER_ACTIVE:
    default:
      break;
    }
  if (m->status != SAJJA_MEMBER_ACTIVE)
    day_to_iso (m->status_day, status_date);

  /* Most name beneficiaries, which needs two witnesses. */
  if (g_rand_double (rand) < 0.88)
    {
      n_beneficiaries = 1 + (guint) g_rand_int_range (rand, 0, 3);
      witness1 = random_person (rand, g_rand_boolean (rand) ? SAJJA_GENDER_MALE : SAJJA_GENDER_FEMALE, NULL);
      do
        {
          g_free (witness2);
          witness2 = random_person (rand, g_rand_boolean (rand) ? SAJJA_GENDER_MALE : SAJJA_GENDER_FEMALE, NULL);
        }
      while (g_strcmp0 (witness1, witness2) == 0);
    }

  /* Consent is asked of those who were members when the PDPA took effect, or joined after. */
  if (last_day >= ctx->pdpa && g_rand_double (rand) < 0.92)
    {
      guint32 asked = MAX (m->join, ctx->pdpa);

      day_to_iso (rand_day (rand, asked, MIN (asked + 60, last_day)), consent_date);
      consent_scope = PICK (rand, consent_scopes);
      has_consent = TRUE;
    }

  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO members (group_id, member_no, title, given_name, surname, national_id, "
                           "birth_date, gender, address, phone, join_date, status, status_date, status_reason, "
                           "spouse_id, spouse_name, witness1, witness2, consent_date, consent_scope, sort_key, "
                           "created_at, updated_at, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                           "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?22, ?23)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g->id);
  sqlite3_bind_int (stmt, 2, (int) k + 1);
  sqlite3_bind_text (stmt, 3, m->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, m->given_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, m->surname, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, national_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, birth, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, sajja_gender_to_string (m->gender), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, address, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, phone != NULL ? phone : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, join, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, sajja_member_status_to_string (m->status), -1, SQLITE_STATIC);
  if (m->status != SAJJA_MEMBER_ACTIVE)
    sqlite3_bind_text (stmt, 13, status_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, reason, -1, SQLITE_STATIC);
  /* The first of a couple is linked when the second is written. */
  if (m->spouse >= 0 && (guint) m->spouse < k)
    sqlite3_bind_int64 (stmt, 15, members[m->spouse].id);
  sqlite3_bind_text (stmt, 16, spouse_name != NULL ? spouse_name : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, witness1 != NULL ? witness1 : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 18, witness2 != NULL ? witness2 : "", -1, SQLITE_STATIC);
  if (has_consent)
    sqlite3_bind_text (stmt, 19, consent_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 20, consent_scope, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 21, sort_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 22, ctx->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 23, uuid, -1, SQLITE_STATIC);
  if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
    return FALSE;
  m->id = sqlite3_last_insert_rowid (sajja_db_get_handle (ctx->db));

  if (m->spouse >= 0 && (guint) m->spouse < k)
    {
      stmt = sajja_db_prepare (ctx->db, "UPDATE members SET spouse_id = ? WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, m->id);
      sqlite3_bind_int64 (stmt, 2, members[m->spouse].id);
      if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
        return FALSE;
    }

  /* One or two occupations; rubber is the first livelihood of many. */
  {
    guint first = g_rand_double (rand) < 0.35 ? 0 : (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (occupations));
    gint64 income = (gint64) g_rand_int_range (rand, occupations[first].low / 100, occupations[first].high / 100 + 1)
                    * 100 * 100;

    if (!write_occupation (m->id, 0, occupations[first].name, income, rand, ctx, error))
      return FALSE;
    if (g_rand_double (rand) < 0.4)
      {
        guint second = (first + 1 + (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (occupations) - 1))
                       % G_N_ELEMENTS (occupations);

        /* A side job earns less than a living. */
        income = (gint64) g_rand_int_range (rand, 10, occupations[second].low / 100 + 1) * 100 * 100;
        if (!write_occupation (m->id, 1, occupations[second].name, income, rand, ctx, error))
          return FALSE;
      }
  }

  /* Shares pledged on joining, within the rules of that day, and for some a later change. */
  min_shares = (int) bylaw_on (g, SAJJA_BYLAW_MIN_SHARES, m->join);
  max_shares = (int) bylaw_on (g, SAJJA_BYLAW_MAX_SHARES, m->join);
  shares = pick_shares (rand, min_shares, max_shares);
  if (!write_shares (m->id, shares, m->join, rand, ctx, error))
    return FALSE;
  m->shares = shares;
  if (g_rand_double (rand) < 0.25 && m->join + 180 < last_day)
    {
      guint32 changed = rand_day (rand, m->join + 180, last_day - 1);
      int again;

      min_shares = (int) bylaw_on (g, SAJJA_BYLAW_MIN_SHARES, changed);
      max_shares = (int) bylaw_on (g, SAJJA_BYLAW_MAX_SHARES, changed);
      again = pick_shares (rand, min_shares, max_shares);
      if (again == shares)
        again = again < max_shares ? again + 1 : min_shares;
      if (again != shares && !write_shares (m->id, again, changed, rand, ctx, error))
        return FALSE;
      if (again != shares)
        {
          m->shares_later = again;
          m->shares_later_from = changed;
        }
    }

  if (n_beneficiaries > 0)
    {
      const int *split;
      guint first_split = n_beneficiaries == 1 ? 0 : n_beneficiaries == 2 ? 1 : 4;
      guint n_splits = n_beneficiaries == 1 ? 1 : n_beneficiaries == 2 ? 3 : 4;

      split = beneficiary_splits[first_split + (guint) g_rand_int_range (rand, 0, (gint32) n_splits)];
      for (guint b = 0; b < n_beneficiaries; b++)
        {
          g_autofree char *person = NULL;
          const char *relationship;
          char id[14];
          gboolean with_id = g_rand_double (rand) < 0.6;

          if (b == 0 && spouse_name != NULL && g_rand_double (rand) < 0.7)
            {
              person = g_strdup (spouse_name);
              relationship = "คู่สมรส";
            }
          else if (day_year (m->birth) >= 1975 && g_rand_double (rand) < 0.25)
            {
              gboolean father = g_rand_boolean (rand);

              person = random_person (rand, father ? SAJJA_GENDER_MALE : SAJJA_GENDER_FEMALE,
                                      father ? m->surname : NULL);
              relationship = father ? "บิดา" : "มารดา";
            }
          else if (g_rand_double (rand) < 0.8)
            {
              gboolean son = g_rand_boolean (rand);

              if (day_year (m->birth) >= 1980 && g_rand_double (rand) < 0.4)
                person = g_strconcat (son ? "เด็กชาย" : "เด็กหญิง",
                                      son ? PICK (rand, male_given_names) : PICK (rand, female_given_names),
                                      " ", m->surname, NULL);
              else
                person = random_person (rand, son ? SAJJA_GENDER_MALE : SAJJA_GENDER_FEMALE, m->surname);
              relationship = "บุตร";
            }
          else
            {
              static const char * const kin[] = { "พี่ชาย", "พี่สาว", "น้องชาย", "น้องสาว", "หลาน" };

              relationship = PICK (rand, kin);
              person = random_person (rand, g_str_has_suffix (relationship, "ชาย") ? SAJJA_GENDER_MALE
                                            : SAJJA_GENDER_FEMALE, NULL);
            }

          if (with_id)
            make_national_id (id, g_rand_boolean (rand) ? '1' : '3', g_rand_int_range (rand, 1, 17),
                              (guint32) g_rand_int_range (rand, 0, 10000000));
          if (!write_beneficiary (m->id, (int) b, person, with_id ? id : NULL, relationship, split[b],
                                  rand, ctx, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The four committees for the current term and, when the group is old enough, the term
 * before it. Holders are active members who had joined by the first day of the term. */
static gboolean
write_committees (DemoGroup    *g,
                  DemoMember   *members,
                  GRand        *rand,
                  DemoContext  *ctx,
                  GError      **error)
{
  guint32 current_from = rand_day (rand, MAX (g->founded, ctx->end > 730 ? ctx->end - 730 : 0),
                                   MAX (g->founded, ctx->end - 60));
  struct
  {
    guint32 from;
    guint32 to;  /* 0: open */
  } terms[2];
  guint n_terms = 0;
  g_autofree guint *eligible = g_new0 (guint, MAX (g->n_members, 1));

  if (current_from >= g->founded + 60)
    {
      terms[n_terms].from = MAX (g->founded, day_add_years (current_from, -2));
      terms[n_terms].to = current_from - 1;
      n_terms++;
    }
  terms[n_terms].from = current_from;
  terms[n_terms].to = 0;
  n_terms++;

  for (guint t = 0; t < n_terms; t++)
    {
      char from[11], to[11];
      guint n_eligible = 0;
      guint next = 0;

      for (guint k = 0; k < g->n_members; k++)
        if (members[k].join <= terms[t].from
            && (members[k].status == SAJJA_MEMBER_ACTIVE || (terms[t].to != 0 && members[k].status_day > terms[t].to)))
          eligible[n_eligible++] = k;
      if (n_eligible == 0)
        continue;

      /* Shuffled: each term elects its own committees. */
      for (guint i = n_eligible - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
          guint swap = eligible[i];

          eligible[i] = eligible[j];
          eligible[j] = swap;
        }

      day_to_iso (terms[t].from, from);
      if (terms[t].to != 0)
        day_to_iso (terms[t].to, to);

      for (guint c = 0; c < G_N_ELEMENTS (committee_seats); c++)
        for (guint s = 0; s < committee_seats[c].n_seats; s++)
          {
            g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
            sqlite3_stmt *stmt;

            /* With fewer members than seats, some sit on more than one committee. */
            stmt = sajja_db_prepare (ctx->db,
                                     "INSERT INTO committee_terms (uuid, group_id, committee, position, member_id, "
                                     "term_from, term_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                     error);
            if (stmt == NULL)
              return FALSE;
            sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
            sqlite3_bind_int64 (stmt, 2, g->id);
            sqlite3_bind_text (stmt, 3, sajja_committee_to_string (committee_seats[c].committee), -1, SQLITE_STATIC);
            sqlite3_bind_text (stmt, 4, sajja_position_to_string (committee_seats[c].seats[s]), -1, SQLITE_STATIC);
            sqlite3_bind_int64 (stmt, 5, members[eligible[next++ % n_eligible]].id);
            sqlite3_bind_text (stmt, 6, from, -1, SQLITE_STATIC);
            if (terms[t].to != 0)
              sqlite3_bind_text (stmt, 7, to, -1, SQLITE_STATIC);
            if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
              return FALSE;
          }
    }

  return TRUE;
}

/* ---- savings ------------------------------------------------------------------------------ */

/* The savings are written as the savings day and the ledger write them (a savings_days row a
 * day, a receipt a paying member numbered on from the group's last, journal rows for the
 * month they are for), but straight into the tables: a district of 100,000 members over two
 * years is millions of rows. The rules followed are the app's: a member pays the month's
 * pledge first, then what is owed in an open month; nothing is written into a month after it
 * was closed; fines are paid only when due; a withdrawal is never larger than the balance. */

typedef struct
{
  SajjaPeriod period;
  gint64 amount;        /* satang still owed */
} DemoOwed;

typedef struct
{
  GArray *owed;         /* DemoOwed, oldest first: months of the window not paid in full */
  gint64 special;       /* balance of special deposits */
  double reliability;   /* how likely the member comes to a savings day */
  gboolean fee_due;     /* joined in the window: pays the entry fee on the first day */
  gboolean before;      /* joined before the window: owes from before it too */
  int welfare_year;     /* the last year the member paid the welfare contributions for */
} DemoSaver;

#define DEMO_TREASURER "เหรัญญิกกลุ่ม"

static guint32
period_day (SajjaPeriod period,
            int         day)
{
  GDate date;

  g_date_clear (&date, 1);
  day = MIN (day, (int) g_date_get_days_in_month (period.month, period.year));
  g_date_set_dmy (&date, day, period.month, period.year);
  return g_date_get_julian (&date);
}

static guint32
period_last_day (SajjaPeriod period)
{
  return period_day (period, 31);
}

/* The pledge the app expects of @m for @period (see pledge_history_expected() in
 * sajja-ledger.c): shares and share value on the month's last day, while a member. */
static gint64
demo_expected (const DemoGroup  *g,
               const DemoMember *m,
               SajjaPeriod       period)
{
  guint32 last = period_last_day (period);
  int shares;

  if (m->join > last || (m->status != SAJJA_MEMBER_ACTIVE && m->status_day < last))
    return 0;
  shares = m->shares_later > 0 && m->shares_later_from <= last ? m->shares_later : m->shares;
  return shares * bylaw_on (g, SAJJA_BYLAW_SHARE_VALUE, last);
}

static char *
cash_breakdown (gint64 total)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const gint64 *values;
  guint n;

  values = sajja_savings_day_denominations (&n);
  for (guint i = 0; i < n && total > 0; i++)
    if (total / values[i] > 0)
      {
        g_string_append_printf (text, "%s%" G_GINT64_FORMAT "x%" G_GINT64_FORMAT,
                                text->len > 0 ? "," : "", values[i], total / values[i]);
        total %= values[i];
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
insert_receipt (DemoGroup    *g,
                gint64        number,
                gint64        member_id,
                const char   *day,
                gint64        day_id,
                GRand        *rand,
                DemoContext  *ctx,
                GError      **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  sqlite3_stmt *stmt;

  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO receipts (uuid, group_id, number, member_id, paid_on, day_id) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, g->id);
  sqlite3_bind_int64 (stmt, 3, number);
  sqlite3_bind_int64 (stmt, 4, member_id);
  sqlite3_bind_text (stmt, 5, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, day_id);
  if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
    return 0;
  return sqlite3_last_insert_rowid (sajja_db_get_handle (ctx->db));
}

static gboolean
insert_entry (DemoGroup    *g,
              gint64        member_id,
              const char   *account,
              const char   *kind,
              gint64        amount,
              SajjaPeriod   period,
              const char   *day,
              const char   *recorded_at,
              gint64        receipt_id,
              GRand        *rand,
              DemoContext  *ctx,
              GError      **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  char period_text[8];
  sqlite3_stmt *stmt;

  g_snprintf (period_text, sizeof period_text, "%04d-%02d", period.year, period.month);
  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO journal (uuid, group_id, member_id, account, kind, amount, period, paid_on, "
                           "receipt_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, g->id);
  sqlite3_bind_int64 (stmt, 3, member_id);
  sqlite3_bind_text (stmt, 4, account, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, amount);
  sqlite3_bind_text (stmt, 7, period_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, day, -1, SQLITE_STATIC);
  if (receipt_id != 0)
    sqlite3_bind_int64 (stmt, 9, receipt_id);
  sqlite3_bind_text (stmt, 10, DEMO_TREASURER, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, recorded_at, -1, SQLITE_STATIC);
  return sajja_db_step_done (ctx->db, stmt, NULL, error);
}

/* What one member pays on one savings day. */
typedef struct
{
  DemoOwed pledges[4];
  guint n_pledges;
  gint64 special;
  gint64 fine;
  gint64 fee;
  gint64 withdrawal;
  gint64 welfare;
} DemoPayment;

static void
plan_payment (DemoGroup   *g,
              DemoSaver   *s,
              SajjaPeriod  period,
              guint32      day,
              GRand       *rand,
              DemoPayment *pay)
{
  SajjaPeriod previous = sajja_period_add_months (period, -1);

  memset (pay, 0, sizeof *pay);

  if (s->fee_due)
    {
      pay->fee = bylaw_on (g, SAJJA_BYLAW_ENTRY_FEE, day);
      s->fee_due = FALSE;
    }

  if (g_rand_double (rand) < s->reliability)
    {
      gboolean catch_up = g_rand_double (rand) < 0.8;

      /* This month first, then last month's when it is owed (older months are closed). */
      for (guint pass = 0; pass < 2; pass++)
        for (guint j = 0; j < s->owed->len && pay->n_pledges < G_N_ELEMENTS (pay->pledges); j++)
          {
            DemoOwed *o = &g_array_index (s->owed, DemoOwed, j);
            gboolean current = sajja_period_compare (o->period, period) == 0;

            if (o->amount <= 0 || (pass == 0) != current)
              continue;
            if (!current && (!catch_up || sajja_period_compare (o->period, previous) != 0))
              continue;
            pay->pledges[pay->n_pledges++] = *o;
            o->amount = 0;
            /* Late by a month: the group asks the fine, owed already for the months before. */
            if (!current && s->before)
              pay->fine += bylaw_on (g, SAJJA_BYLAW_LATE_FINE, period_day (o->period, 1));
          }

      if (g_rand_double (rand) < 0.12)
        pay->special = (gint64) g_rand_int_range (rand, 1, 21) * 5000;
      s->special += pay->special;
      if (s->special >= 20000 && g_rand_double (rand) < 0.03)
        {
          pay->withdrawal = (s->special / 2 / 10000) * 10000;
          s->special -= pay->withdrawal;
        }
    }
}

/* The welfare fund: each group has three schemes whose rules take effect when the savings
 * history starts (or when the group was founded, if later). The rules set a monthly
 * contribution (10 baht for hospital stays, 10 for death, none for births), but the demo's
 * groups collect it once a year: on the first savings day of the year a member comes to, they
 * pay the contributions for that month to December in one welfare entry on their receipt. One
 * entry a member a year rather than one a month keeps a district-sized demo fast. */
static const struct
{
  const char *kind;
  const char *name;
  gint64 contribution;
  gint64 benefit;
  gboolean per_day;
  int waiting_months;
  gint64 yearly_cap;
  int claim_days;
} demo_schemes[] = {
  { "hospital", "สวัสดิการนอนโรงพยาบาล", 1000, 20000, TRUE, 6, 200000, 60 },
  { "death", "สวัสดิการฌาปนกิจ", 1000, 300000, FALSE, 12, 0, 90 },
  { "birth", "สวัสดิการรับขวัญบุตร", 0, 50000, FALSE, 9, 0, 60 },
};

enum { DEMO_HOSPITAL, DEMO_DEATH, DEMO_BIRTH };

static gboolean
write_welfare_schemes (DemoGroup    *g,
                       GRand        *rand,
                       DemoContext  *ctx,
                       GError      **error)
{
  char from[11];

  if (ctx->n_months > 0)
    {
      GDate end;
      SajjaPeriod first;

      g_date_clear (&end, 1);
      g_date_set_julian (&end, ctx->end);
      first = sajja_period_add_months (sajja_period_from_date (&end), 1 - (int) ctx->n_months);
      g->welfare_from = MAX (g->founded, period_day (first, 1));
    }
  else
    g->welfare_from = g->founded;
  day_to_iso (g->welfare_from, from);
  g->welfare_contribution = 0;

  for (guint i = 0; i < G_N_ELEMENTS (demo_schemes); i++)
    {
      g_autofree char *scheme_uuid = sajja_uuid_new_from_rand (rand);
      g_autofree char *rule_uuid = sajja_uuid_new_from_rand (rand);
      sqlite3_stmt *stmt;
      gint64 scheme_id;

      stmt = sajja_db_prepare (ctx->db,
                               "INSERT INTO welfare_schemes (uuid, group_id, kind, name, created_at) VALUES (?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, scheme_uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, g->id);
      sqlite3_bind_text (stmt, 3, demo_schemes[i].kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, demo_schemes[i].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, ctx->now, -1, SQLITE_STATIC);
      if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
        return FALSE;
      scheme_id = sqlite3_last_insert_rowid (sajja_db_get_handle (ctx->db));

      stmt = sajja_db_prepare (ctx->db,
                               "INSERT INTO welfare_rules (uuid, scheme_id, effective_from, contribution, benefit, "
                               "per_day, waiting_months, yearly_cap, claim_days, min_age) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, rule_uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, scheme_id);
      sqlite3_bind_text (stmt, 3, from, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, demo_schemes[i].contribution);
      sqlite3_bind_int64 (stmt, 5, demo_schemes[i].benefit);
      sqlite3_bind_int (stmt, 6, demo_schemes[i].per_day);
      sqlite3_bind_int (stmt, 7, demo_schemes[i].waiting_months);
      sqlite3_bind_int64 (stmt, 8, demo_schemes[i].yearly_cap);
      sqlite3_bind_int (stmt, 9, demo_schemes[i].claim_days);
      if (!sajja_db_step_done (ctx->db, stmt, NULL, error))
        return FALSE;
      g->welfare_contribution += demo_schemes[i].contribution;
    }

  return TRUE;
}

typedef enum
{
  DEMO_CLAIM_PENDING,
  DEMO_CLAIM_APPROVED,
  DEMO_CLAIM_REFUSED,
  DEMO_CLAIM_PAID,
} DemoClaimState;

typedef struct
{
  guint scheme;          /* index in demo_schemes */
  guint member;          /* index in the group */
  guint32 event;
  int days;
  DemoClaimState state;
} DemoClaim;

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  const DemoClaim *ca = a, *cb = b;

  return ca->event < cb->event ? -1 : ca->event > cb->event;
}

/* Whether @m may claim from scheme @scheme for an event on @event (see sajja-welfare.c). */
static gboolean
demo_eligible (const DemoGroup  *g,
               const DemoMember *m,
               guint             scheme,
               guint32           event)
{
  GDate from;

  if (event < g->welfare_from || m->join > event)
    return FALSE;
  g_date_clear (&from, 1);
  g_date_set_julian (&from, m->join);
  g_date_add_months (&from, demo_schemes[scheme].waiting_months);
  if (g_date_get_julian (&from) > event)
    return FALSE;
  if (m->status == SAJJA_MEMBER_ACTIVE || m->status_day > event)
    return TRUE;
  return scheme == DEMO_DEATH && m->status == SAJJA_MEMBER_DECEASED && m->status_day == event;
}

/* A member who could claim from @scheme on @event, not one of @taken; -1 when none is found. */
static int
pick_claimant (const DemoGroup  *g,
               const DemoMember *members,
               guint             scheme,
               guint32           event,
               const gboolean   *taken,
               GRand            *rand)
{
  for (guint attempt = 0; attempt < 30; attempt++)
    {
      guint k = (guint) g_rand_int_range (rand, 0, (gint32) g->n_members);
      const DemoMember *m = &members[k];

      if (taken[k] || !demo_eligible (g, m, scheme, event))
        continue;
      /* A birth: a woman of an age to give birth. */
      if (scheme == DEMO_BIRTH && (m->gender != SAJJA_GENDER_FEMALE || event - m->birth > 45 * 366))
        continue;
      return (int) k;
    }
  return -1;
}

static gboolean
write_claim (DemoGroup         *g,
             const DemoMember  *members,
             const DemoClaim   *c,
             GRand             *rand,
             DemoContext       *ctx,
             GError           **error)
{
  g_autofree char *uuid = sajja_uuid_new_from_rand (rand);
  char event[11], claimed[11], decided[11], paid[11];
  guint32 claimed_on, decided_on, paid_on;
  gint64 scheme_id, amount, journal_id = 0;
  DemoClaimState state = c->state;
  sqlite3_stmt *stmt;

  /* (MIN() would draw twice.) */
  claimed_on = c->event + (guint32) g_rand_int_range (rand, 1, 15);
  decided_on = claimed_on + (guint32) g_rand_int_range (rand, 3, 11);
  paid_on = decided_on + (guint32) g_rand_int_range (rand, 0, 8);
  claimed_on = MIN (claimed_on, ctx->end);
  decided_on = MIN (decided_on, ctx->end);
  paid_on = MIN (paid_on, ctx->end);
  day_to_iso (c->event, event);
  day_to_iso (claimed_on, claimed);
  day_to_iso (decided_on, decided);
  day_to_iso (paid_on, paid);
  amount = demo_schemes[c->scheme].benefit * (demo_schemes[c->scheme].per_day ? c->days : 1);
  scheme_id = sajja_db_query_int_params (ctx->db,
                                         "SELECT id FROM welfare_schemes WHERE group_id = ?1 AND kind = "
                                         "CASE ?2 WHEN 0 THEN 'hospital' WHEN 1 THEN 'death' ELSE 'birth' END",
                                         0, 2, g->id, (gint64) c->scheme);

  if (state == DEMO_CLAIM_PAID)
    {
      /* The fund never goes below zero: what came in up to the day paid, less every payout. */
      gint64 fund = 0;

      stmt = sajja_db_prepare (ctx->db,
                               "SELECT ifnull (sum (CASE WHEN amount < 0 OR paid_on <= ?2 THEN amount ELSE 0 END), 0) "
                               "FROM journal WHERE group_id = ?1 AND account = 'welfare'",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g->id);
      sqlite3_bind_text (stmt, 2, paid, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        fund = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      if (fund < amount)
        state = DEMO_CLAIM_APPROVED;
      else
        {
          GDate paid_date;
          g_autofree char *recorded_at = g_strconcat (paid, "T10:00:00Z", NULL);

          g_date_clear (&paid_date, 1);
          g_date_set_julian (&paid_date, paid_on);
          if (!insert_entry (g, members[c->member].id, "welfare", "welfare-payout", -amount,
                             sajja_period_from_date (&paid_date), paid, recorded_at, 0, rand, ctx, error))
            return FALSE;
          journal_id = sqlite3_last_insert_rowid (sajja_db_get_handle (ctx->db));
        }
    }

  stmt = sajja_db_prepare (ctx->db,
                           "INSERT INTO welfare_claims (uuid, scheme_id, member_id, event_date, claimed_on, days, amount, "
                           "status, decided_on, decided_by, reason, journal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, scheme_id);
  sqlite3_bind_int64 (stmt, 3, members[c->member].id);
  sqlite3_bind_text (stmt, 4, event, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, claimed, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, demo_schemes[c->scheme].per_day ? c->days : 1);
  sqlite3_bind_int64 (stmt, 7, amount);
  sqlite3_bind_text (stmt, 8, (const char *[]) { "pending", "approved", "refused", "paid" }[state], -1, SQLITE_STATIC);
  if (state != DEMO_CLAIM_PENDING)
    sqlite3_bind_text (stmt, 9, decided, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, state != DEMO_CLAIM_PENDING ? "ประธานกลุ่ม" : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, state == DEMO_CLAIM_REFUSED ? "ไม่มีใบรับรองแพทย์ ยื่นใหม่พร้อมเอกสารได้" : "", -1, SQLITE_STATIC);
  if (journal_id != 0)
    sqlite3_bind_int64 (stmt, 12, journal_id);
  return sajja_db_step_done (ctx->db, stmt, NULL, error);
}

/* A handful of claims over the history, in every state: the deaths of members who died in it,
 * two hospital stays (one refused for want of a doctor's certificate) and a birth, paid; a
 * recent hospital stay approved and not yet paid, and one still awaiting the committee. */
static gboolean
write_welfare_claims (DemoGroup         *g,
                      const DemoMember  *members,
                      guint              index,
                      guint32            seed,
                      DemoContext       *ctx,
                      GError           **error)
{
  guint32 seeds[3] = { seed, index, 0x57454c46 };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  g_autoptr(GArray) claims = g_array_new (FALSE, FALSE, sizeof (DemoClaim));
  g_autofree gboolean *taken = g_new0 (gboolean, g->n_members);
  guint32 end = ctx->end;
  static const struct
  {
    guint scheme;
    guint32 from_start;   /* days after the rules took effect, at the earliest */
    guint32 before_end_max, before_end_min;
    DemoClaimState state;
  } plan[] = {
    { DEMO_HOSPITAL, 200, 400, 60, DEMO_CLAIM_REFUSED },
    { DEMO_HOSPITAL, 200, 300, 60, DEMO_CLAIM_PAID },
    { DEMO_BIRTH, 280, 300, 60, DEMO_CLAIM_PAID },
    { DEMO_HOSPITAL, 200, 45, 30, DEMO_CLAIM_APPROVED },
    { DEMO_HOSPITAL, 200, 12, 4, DEMO_CLAIM_PENDING },
  };

  for (guint k = 0; k < g->n_members; k++)
    if (members[k].status == SAJJA_MEMBER_DECEASED && members[k].status_day + 30 <= end
        && demo_eligible (g, &members[k], DEMO_DEATH, members[k].status_day))
      {
        DemoClaim c = { DEMO_DEATH, k, members[k].status_day, 1, DEMO_CLAIM_PAID };

        g_array_append_val (claims, c);
        taken[k] = TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      guint32 first = MAX (g->welfare_from + plan[i].from_start, end - MIN (end, plan[i].before_end_max));
      guint32 last = end - plan[i].before_end_min;
      DemoClaim c = { plan[i].scheme, 0, 0, g_rand_int_range (rand, 1, 8), plan[i].state };
      int k;

      if (first > last)
        continue;
      c.event = rand_day (rand, first, last);
      k = pick_claimant (g, members, c.scheme, c.event, taken, rand);
      if (k < 0)
        continue;
      c.member = (guint) k;
      taken[k] = TRUE;
      g_array_append_val (claims, c);
    }

  g_array_sort (claims, compare_claims);
  for (guint i = 0; i < claims->len; i++)
    if (!write_claim (g, members, &g_array_index (claims, DemoClaim, i), rand, ctx, error))
      return FALSE;

  return TRUE;
}

/* ---- loans ------------------------------------------------------------------------------- */

/* Each group lends through the loan API, as its committee would: four products under the law,
 * loans applied for on the savings days of the history, checked and approved (a borrower or a
 * guarantor a check refuses is passed over for another), paid out, and repaid instalment by
 * instalment; some paid off early, a few in arrears at the end with notices to their
 * guarantors, one rescheduled, one written off, one application waiting and one refused.
 * Everything follows from the seed: the API's own clock and random UUIDs are restamped when the
 * whole sample is written (see restamp_loans()). */

static const struct
{
  const char *name;
  const char *purpose;
  gint64 ceiling;                /* satang */
  guint savings_percent;
  guint max_months;
  SajjaRate rate;
  SajjaLoanMethod method;
  guint guarantors;
  guint guarantor_max_loans;
  guint min_member_months;
  gboolean in_kind;
  int low, high;                 /* what members borrow, in baht */
  guint terms[4];                /* the terms they choose, in months */
} demo_products[] = {
  { "สามัญ", "ใช้จ่ายทั่วไปของครัวเรือนและลงทุนประกอบอาชีพ", 5000000, 300, 24, { 100, SAJJA_RATE_PER_MONTH },
    SAJJA_LOAN_METHOD_DECLINING, 2, 2, 6, FALSE, 5000, 50000, { 10, 12, 18, 24 } },
  { "ฉุกเฉิน", "เจ็บป่วย อุบัติเหตุ หรือเหตุจำเป็นเร่งด่วนของครอบครัว", 500000, 0, 6, { 100, SAJJA_RATE_PER_MONTH },
    SAJJA_LOAN_METHOD_ANNUITY, 0, 0, 3, FALSE, 1000, 5000, { 3, 4, 6, 6 } },
  { "เพื่อการผลิต", "ลงทุนทำสวนยาง ประมง เลี้ยงสัตว์ หรือค้าขาย คืนต้นเมื่อครบกำหนด", 3000000, 0, 12,
    { 1200, SAJJA_RATE_PER_YEAR }, SAJJA_LOAN_METHOD_BALLOON, 1, 2, 6, FALSE, 10000, 30000, { 6, 9, 12, 12 } },
  { "ปุ๋ย", "ปุ๋ยบำรุงสวนยางและนาข้าว คืนเงินเมื่อขายผลผลิต", 1500000, 0, 12, { 75, SAJJA_RATE_PER_MONTH },
    SAJJA_LOAN_METHOD_BALLOON, 1, 2, 3, TRUE, 0, 0, { 4, 6, 6, 8 } },
};

enum { DEMO_ORDINARY, DEMO_EMERGENCY, DEMO_PRODUCTION, DEMO_FERTILISER, DEMO_N_PRODUCTS };
G_STATIC_ASSERT (G_N_ELEMENTS (demo_products) == DEMO_N_PRODUCTS);

static const struct
{
  const char *item;
  gint64 price;                  /* satang a sack */
} demo_fertilisers[] = {
  { "ปุ๋ยยูเรีย 46-0-0 (50 กก.)", 85000 },
  { "ปุ๋ยสูตร 15-15-15 (50 กก.)", 95000 },
  { "ปุ๋ยสูตร 30-5-18 ยางพารา (50 กก.)", 98000 },
};

static const char * const demo_loan_purposes[DEMO_N_PRODUCTS][4] = {
  { "ซ่อมแซมบ้าน", "ค่าเล่าเรียนบุตร", "ซื้อรถจักรยานยนต์ใช้ทำงาน", "ขยายร้านค้า" },
  { "ค่ารักษาพยาบาล", "ค่าใช้จ่ายงานศพในครอบครัว", "ซ่อมเรือประมง", "ค่าเทอมบุตรเร่งด่วน" },
  { "ซื้อกล้ายางพาราปลูกแทน", "ซื้ออวนและเครื่องยนต์เรือ", "ซื้อลูกโคขุน", "ทุนหมุนเวียนค้าขาย" },
  { "ใส่ปุ๋ยสวนยางต้นฤดูฝน", "ใส่ปุ๋ยนาปี", "ใส่ปุ๋ยสวนผลไม้", "ใส่ปุ๋ยสวนยางปลายฤดูฝน" },
};

typedef enum
{
  DEMO_LOAN_ON_TIME,       /* every instalment on its day, now and then some days late */
  DEMO_LOAN_PAYOFF,        /* paid off early */
  DEMO_LOAN_LATE_DAYS,     /* the last instalment due unpaid: days overdue at the end */
  DEMO_LOAN_LATE_MONTH,    /* the last two: 31–60 days, the guarantors told */
  DEMO_LOAN_LATE_LONG,     /* the last four: over 90 days, the guarantors told */
  DEMO_LOAN_RESCHEDULED,   /* two instalments missed, then a new schedule by resolution */
  DEMO_LOAN_WRITTEN_OFF,   /* three instalments paid, then nothing: written off by resolution */
  DEMO_LOAN_WAITING,       /* applied for days before the end, not yet decided */
  DEMO_LOAN_REFUSED,
} DemoLoanFate;

typedef struct
{
  guint product;
  guint months;
  guint32 applied;         /* Julian days */
  guint32 decided;         /* the savings day the committee decides on, and pays out */
  DemoLoanFate fate;
  guint order;             /* in the plan, to keep the sort stable */
} DemoLoanPlan;

/* The loans every group with the history for them has, months before the last month. */
static const struct
{
  guint product;
  guint months;
  int before;
  DemoLoanFate fate;
} demo_loan_story[] = {
  { DEMO_ORDINARY, 12, 21, DEMO_LOAN_WRITTEN_OFF },
  { DEMO_ORDINARY, 12, 21, DEMO_LOAN_ON_TIME },
  { DEMO_PRODUCTION, 12, 20, DEMO_LOAN_ON_TIME },
  { DEMO_EMERGENCY, 6, 19, DEMO_LOAN_ON_TIME },
  { DEMO_ORDINARY, 24, 18, DEMO_LOAN_PAYOFF },
  { DEMO_FERTILISER, 6, 17, DEMO_LOAN_ON_TIME },
  { DEMO_ORDINARY, 12, 16, DEMO_LOAN_RESCHEDULED },
  { DEMO_ORDINARY, 24, 14, DEMO_LOAN_LATE_LONG },
  { DEMO_PRODUCTION, 12, 8, DEMO_LOAN_LATE_MONTH },
  { DEMO_ORDINARY, 12, 6, DEMO_LOAN_ON_TIME },
  { DEMO_EMERGENCY, 6, 4, DEMO_LOAN_LATE_DAYS },
  { DEMO_FERTILISER, 6, 3, DEMO_LOAN_ON_TIME },
  { DEMO_ORDINARY, 12, 2, DEMO_LOAN_REFUSED },
  { DEMO_ORDINARY, 12, 0, DEMO_LOAN_WAITING },
};

#define DEMO_LOAN_CHAIR "ประธานคณะกรรมการเงินกู้"

typedef struct
{
  guint32 from;
  guint32 until;           /* the day the loan ended, or G_MAXUINT32 */
} DemoGuarantee;

typedef struct
{
  guint32 day;
  gint64 amount;           /* into the group's cash, or out of it */
} DemoFlow;

typedef struct
{
  DemoGroup *g;
  DemoMember *members;
  DemoContext *ctx;
  GRand *rand;
  gint64 products[DEMO_N_PRODUCTS];
  guint32 start;           /* the first day of the history */
  guint32 *busy_until;     /* a member's open loan ends: 0 when none, G_MAXUINT32 when never */
  GArray **guarantees;     /* DemoGuarantee, a member's */
  GArray *cash;            /* DemoFlow: the savings days' takings, then the loans' money */
} DemoLending;

static int
compare_loan_plans (gconstpointer a,
                    gconstpointer b)
{
  const DemoLoanPlan *x = a, *y = b;

  if (x->applied != y->applied)
    return x->applied < y->applied ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static guint32
savings_day_of (const DemoGroup *g,
                SajjaPeriod      period)
{
  return period_day (period, sajja_group_get_savings_day (g->group));
}

/* Loans a member guarantees on @day. */
static guint
guarantees_on (const DemoLending *l,
               guint              k,
               guint32            day)
{
  guint n = 0;

  for (guint i = 0; i < l->guarantees[k]->len; i++)
    {
      const DemoGuarantee *gu = &g_array_index (l->guarantees[k], DemoGuarantee, i);

      n += gu->from <= day && day < gu->until;
    }
  return n;
}

/* The group's cash at the end of @day, from the flows kept as the loans are written (the same
 * figure sajja_bank_cash_on_hand() reads from the journal, without reading it each time). */
static gint64
cash_on (const DemoLending *l,
         guint32            day)
{
  gint64 total = 0;

  for (guint i = 0; i < l->cash->len; i++)
    {
      const DemoFlow *f = &g_array_index (l->cash, DemoFlow, i);

      total += f->day <= day ? f->amount : 0;
    }
  return total;
}

static void
add_flow (DemoLending *l,
          guint32      day,
          gint64       amount)
{
  DemoFlow f = { day, amount };

  g_array_append_val (l->cash, f);
}

/* A member's pledged savings paid by the end of @day. */
static gint64
savings_on (const DemoLending *l,
            guint              k,
            guint32            day)
{
  char iso[11];
  sqlite3_stmt *stmt;
  gint64 total = 0;

  day_to_iso (day, iso);
  stmt = sajja_db_prepare (l->ctx->db,
                           "SELECT ifnull (sum (amount), 0) FROM journal WHERE member_id = ?1 AND account = 'pledge' "
                           "AND paid_on <= ?2",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, l->members[k].id);
  sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    total = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return total;
}

static gboolean
write_loan_products (DemoLending  *l,
                     GError      **error)
{
  char from[11];

  day_to_iso (l->start, from);
  for (guint i = 0; i < DEMO_N_PRODUCTS; i++)
    {
      SajjaLoanProduct p = {
        .name = (char *) demo_products[i].name,
        .effective_from = from,
        .purpose = (char *) demo_products[i].purpose,
        .ceiling = demo_products[i].ceiling,
        .ceiling_savings_percent = demo_products[i].savings_percent,
        .max_months = demo_products[i].max_months,
        .rate = demo_products[i].rate,
        .method = demo_products[i].method,
        .guarantors = demo_products[i].guarantors,
        .guarantor_max_loans = demo_products[i].guarantor_max_loans,
        .min_member_months = demo_products[i].min_member_months,
        /* 3% a year on an overdue instalment's principal after a week's grace (ม.224/1): with
         * the interest, within the 15% of ม.654. */
        .late_fine_bp = 300,
        .grace_days = 7,
        .in_kind = demo_products[i].in_kind,
      };

      l->products[i] = sajja_loan_product_save (l->ctx->db, l->g->id, &p, error);
      if (l->products[i] == 0)
        return FALSE;
    }
  return TRUE;
}

static const SajjaLoanCheck *
first_failed (GPtrArray *checks)
{
  for (guint i = 0; i < checks->len; i++)
    {
      SajjaLoanCheck *c = g_ptr_array_index (checks, i);

      if (!c->passed)
        return c;
    }
  return NULL;
}

/* Whether member @k may stand for a loan of @borrower applied for on @day, standing for fewer
 * than @limit loans then. */
static gboolean
may_guarantee (const DemoLending *l,
               guint              k,
               guint              borrower,
               guint32            day,
               guint              limit,
               const guint       *chosen,
               guint              n_chosen)
{
  const DemoMember *m = &l->members[k];

  if (k == borrower || m->spouse == (int) borrower || l->members[borrower].spouse == (int) k)
    return FALSE;
  if (m->status != SAJJA_MEMBER_ACTIVE || m->join + 180 > day)
    return FALSE;
  for (guint i = 0; i < n_chosen; i++)
    if (chosen[i] == k)
      return FALSE;
  return guarantees_on (l, k, day) < limit;
}

/* The application of a planned loan: a borrower who passes the checks that concern them, with
 * guarantors who pass theirs, and an amount within the member's savings multiple and the
 * group's money. Members who may borrow at least half of what is asked are tried first. FALSE
 * (without an error) when nobody fits. */
static gboolean
find_borrower (DemoLending          *l,
               const DemoLoanPlan   *plan,
               SajjaLoanApplication *app,
               gint64               *guarantor_ids,
               guint                *guarantors,
               guint                *borrower,
               gboolean              any,
               GError              **error)
{
  guint n = l->g->n_members;
  guint product = plan->product;
  guint n_guarantors = demo_products[product].guarantors;
  g_autofree guint *order = g_new (guint, n);
  gint64 reserve, wanted;
  guint tries = 0;

  /* The group keeps a reserve: it lends at most half of what it holds. */
  reserve = cash_on (l, plan->applied) / 2;

  /* What is asked for: money in steps of 500 or 1,000 baht, or sacks of fertiliser. */
  memset (app, 0, sizeof *app);
  if (demo_products[product].in_kind)
    {
      guint f = (guint) g_rand_int_range (l->rand, 0, G_N_ELEMENTS (demo_fertilisers));

      app->in_kind_item = demo_fertilisers[f].item;
      app->in_kind_unit = "กระสอบ";
      app->in_kind_price = demo_fertilisers[f].price;
      wanted = g_rand_int_range (l->rand, 4, 17) * app->in_kind_price;
    }
  else
    {
      int step = demo_products[product].high > 10000 ? 1000 : 500;

      wanted = (gint64) g_rand_int_range (l->rand, demo_products[product].low / step,
                                          demo_products[product].high / step + 1) * step * 100;
    }

  for (guint k = 0; k < n; k++)
    order[k] = k;
  for (guint k = n; k > 1; k--)
    {
      guint j = (guint) g_rand_int_range (l->rand, 0, (gint32) k);
      guint t = order[k - 1];

      order[k - 1] = order[j];
      order[j] = t;
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n && tries < 12; i++)
      {
        guint k = order[i];
        const DemoMember *m = &l->members[k];
        gint64 amount, limit;
        guint found = 0;

        if (m->status != SAJJA_MEMBER_ACTIVE || l->busy_until[k] > plan->applied
            || m->join + 31 * (demo_products[product].min_member_months + 1) > plan->applied)
          continue;

        limit = MIN (demo_products[product].ceiling, reserve);
        if (demo_products[product].savings_percent > 0)
          limit = MIN (limit, savings_on (l, k, plan->applied) * demo_products[product].savings_percent / 100);
        if (pass == 0 && limit * 2 < wanted)
          continue;
        if (demo_products[product].in_kind)
          {
            app->in_kind_quantity = MIN (wanted, limit) / app->in_kind_price;
            amount = app->in_kind_quantity * app->in_kind_price;
          }
        else
          amount = MIN (wanted, limit / 50000 * 50000);
        if (amount < 100000 || (pass == 1 && limit * 2 >= wanted))
          continue;

        /* Guarantors: active members of half a year, not the borrower's household, within the
         * loans one may stand for. */
        for (guint j = 1; j < n && found < n_guarantors; j++)
          {
            guint c = order[(i + j) % n];

            if (may_guarantee (l, c, k, plan->applied, demo_products[product].guarantor_max_loans, guarantors, found))
              {
                guarantors[found] = c;
                guarantor_ids[found] = l->members[c].id;
                found++;
              }
          }
        if (found < n_guarantors)
          continue;

        /* The other checks pass by the choices above (an active member long enough, no other
         * loan open, within the ceiling and the cash, guarantors within their limit); the
         * pledges paid up is the one left to ask the books. */
        tries++;
        if (!any)
          {
            SajjaArrears arrears;
            GDate day;

            g_date_clear (&day, 1);
            g_date_set_julian (&day, plan->applied);
            if (!sajja_ledger_arrears (l->ctx->db, m->id, (SajjaPeriod) { 1900, 1 },
                                       sajja_period_add_months (sajja_period_from_date (&day), -1), &arrears, error))
              return FALSE;
            if (arrears.months > 0)
              continue;
          }

        app->member_id = m->id;
        app->product_id = l->products[product];
        app->amount = amount;
        app->months = plan->months;
        app->guarantors = guarantor_ids;
        app->n_guarantors = n_guarantors;
        *borrower = k;
        return TRUE;
      }

  return FALSE;
}

/* What is due on @day: the fines and interest owed and the principal the schedule asked for by
 * then, at most what closes the loan. */
static gboolean
loan_due (SajjaDb     *db,
          gint64       loan_id,
          const char  *day,
          gint64      *out,
          GError     **error)
{
  g_autoptr(GArray) schedule = NULL;
  SajjaLoanPosition pos;
  gint64 scheduled = 0, total = 0;

  if (!sajja_loan_position (db, loan_id, day, &pos, error))
    return FALSE;
  schedule = sajja_loan_get_schedule (db, loan_id, day, NULL, error);
  if (schedule == NULL)
    return FALSE;
  for (guint i = 0; i < schedule->len; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);

      total += inst->principal;
      if (strcmp (inst->due_on, day) <= 0)
        scheduled += inst->principal;
    }
  *out = MIN (pos.fines_due + pos.interest_due + MAX (scheduled - (total - pos.outstanding), 0), pos.payoff);
  return TRUE;
}

/* Pays the instalments of the newest schedule due before @until (and by the end), each on its
 * day or now and then some days late. With @payoff_at, the whole debt on that instalment's day.
 * *@closed_on is the day the loan was repaid in full, or 0. */
static gboolean
repay_instalments (DemoLending  *l,
                   gint64        loan_id,
                   guint32       until,
                   guint         payoff_at,
                   guint32      *closed_on,
                   GError      **error)
{
  guint version = 0;
  g_autoptr(GArray) schedule = sajja_loan_get_schedule (l->ctx->db, loan_id, NULL, &version, error);

  if (schedule == NULL)
    return FALSE;
  for (guint i = 0; i < schedule->len && *closed_on == 0; i++)
    {
      const SajjaInstalment *inst = &g_array_index (schedule, SajjaInstalment, i);
      guint32 due = day_from_iso (inst->due_on);
      guint32 paid = due;
      SajjaLoanAllocation a;
      SajjaLoanPosition pos;
      char day[11];
      gint64 amount;

      if (due >= until || due > l->ctx->end)
        break;
      if (g_rand_double (l->rand) < 0.12)
        paid += (guint32) g_rand_int_range (l->rand, 2, 13);
      paid = MIN (paid, l->ctx->end);
      day_to_iso (paid, day);
      if (i + 1 == payoff_at)
        {
          if (!sajja_loan_position (l->ctx->db, loan_id, day, &pos, error))
            return FALSE;
          amount = pos.payoff;
        }
      else if (paid == due && (i > 0 || version == 1))
        /* On the day, everything before paid: the instalment itself. */
        amount = inst->principal + inst->interest;
      else if (!loan_due (l->ctx->db, loan_id, day, &amount, error))
        return FALSE;
      if (amount <= 0)
        continue;
      if (!sajja_loan_repay (l->ctx->db, loan_id, amount, day, DEMO_TREASURER, &a, error))
        return FALSE;
      add_flow (l, paid, amount);
      if (a.closed)
        *closed_on = paid;
    }
  return TRUE;
}

/* The due day of the @nth last instalment (1: the last) due before the end, or 0. */
static guint32
nth_last_due (DemoLending *l,
              gint64       loan_id,
              guint        nth,
              GError     **error)
{
  g_autoptr(GArray) schedule = sajja_loan_get_schedule (l->ctx->db, loan_id, NULL, NULL, error);
  guint n = 0;

  if (schedule == NULL)
    return 0;
  while (n < schedule->len && day_from_iso (g_array_index (schedule, SajjaInstalment, n).due_on) < l->ctx->end)
    n++;
  return nth <= n ? day_from_iso (g_array_index (schedule, SajjaInstalment, n - nth).due_on) : 0;
}

/* The written notice of the default to each guarantor, sent on @sent (by the end at the
 * latest). */
static gboolean
notify_guarantors (DemoLending *l,
                   gint64       loan_id,
                   const gint64 *guarantors,
                   guint        n_guarantors,
                   guint32      sent,
                   GError     **error)
{
  char day[11];

  day_to_iso (MIN (sent, l->ctx->end), day);
  for (guint i = 0; i < n_guarantors; i++)
    if (!sajja_loan_record_notice (l->ctx->db, loan_id, guarantors[i], day, error))
      return FALSE;
  return TRUE;
}

static char *
resolution (const char *body,
            guint32     day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%s ครั้งที่ %d/%d", body, (int) g_date_get_month (&date),
                          (int) g_date_get_year (&date) + SAJJA_BE_OFFSET);
}

/* Applies for, decides and follows one planned loan. */
static gboolean
write_loan (DemoLending         *l,
            const DemoLoanPlan  *plan,
            GError             **error)
{
  SajjaDb *db = l->ctx->db;
  SajjaLoanApplication app = { 0, };
  gint64 guarantor_ids[4];
  guint guarantors[4];
  guint borrower = 0;
  guint n_guarantors = demo_products[plan->product].guarantors;
  char applied[11], decided[11];
  g_autofree char *decision = NULL;
  guint32 closed_on = 0, until = G_MAXUINT32;
  gint64 loan_id;

  {
    GError *local = NULL;

    if (!find_borrower (l, plan, &app, guarantor_ids, guarantors, &borrower, plan->fate == DEMO_LOAN_REFUSED, &local))
      {
        /* Nobody fits that month: the loan is not made. */
        if (local == NULL)
          return TRUE;
        g_propagate_error (error, local);
        return FALSE;
      }
  }

  day_to_iso (plan->applied, applied);
  day_to_iso (plan->decided, decided);
  app.applied_on = applied;
  app.purpose = demo_loan_purposes[plan->product][g_rand_int_range (l->rand, 0, 4)];
  loan_id = sajja_loan_apply (db, l->g->id, &app, error);
  if (loan_id == 0)
    return FALSE;

  for (guint i = 0; i < n_guarantors; i++)
    g_array_append_val (l->guarantees[guarantors[i]], ((DemoGuarantee) { plan->applied, G_MAXUINT32 }));
  l->busy_until[borrower] = G_MAXUINT32;

  if (plan->fate == DEMO_LOAN_WAITING)
    return TRUE;

  decision = resolution ("มติคณะกรรมการเงินกู้", plan->decided);
  if (plan->fate == DEMO_LOAN_REFUSED
      || !sajja_loan_approve (db, loan_id, decided, DEMO_LOAN_CHAIR, decision, NULL))
    {
      g_autoptr(GPtrArray) checks = sajja_loan_check (db, loan_id, decided, error);
      const SajjaLoanCheck *failed;

      if (checks == NULL)
        return FALSE;
      failed = first_failed (checks);
      if (!sajja_loan_refuse (db, loan_id, decided, DEMO_LOAN_CHAIR,
                              failed != NULL ? failed->detail
                                             : "ผู้ค้ำประกันไม่มาลงนามต่อหน้าคณะกรรมการ ให้ยื่นคำขอใหม่เดือนหน้า",
                              error))
        return FALSE;
      for (guint i = 0; i < n_guarantors; i++)
        g_array_index (l->guarantees[guarantors[i]], DemoGuarantee, l->guarantees[guarantors[i]]->len - 1).until
          = plan->decided;
      l->busy_until[borrower] = 0;
      return TRUE;
    }

  if (!sajja_loan_disburse (db, loan_id, decided, NULL, DEMO_TREASURER, error))
    return FALSE;
  add_flow (l, plan->decided, -app.amount);

  switch (plan->fate)
    {
    case DEMO_LOAN_ON_TIME:
      if (!repay_instalments (l, loan_id, G_MAXUINT32, 0, &closed_on, error))
        return FALSE;
      break;

    case DEMO_LOAN_PAYOFF:
      if (!repay_instalments (l, loan_id, G_MAXUINT32, plan->months / 2, &closed_on, error))
        return FALSE;
      break;

    case DEMO_LOAN_LATE_DAYS:
    case DEMO_LOAN_LATE_MONTH:
    case DEMO_LOAN_LATE_LONG:
      {
        guint nth = plan->fate == DEMO_LOAN_LATE_DAYS ? 1 : plan->fate == DEMO_LOAN_LATE_MONTH ? 2 : 4;
        GError *local = NULL;

        until = nth_last_due (l, loan_id, nth, &local);
        if (local != NULL)
          {
            g_propagate_error (error, local);
            return FALSE;
          }
        if (!repay_instalments (l, loan_id, until, 0, &closed_on, error))
          return FALSE;
        /* The guarantors are told within the 60 days of ม.686. */
        if (plan->fate != DEMO_LOAN_LATE_DAYS && until != 0 && closed_on == 0
            && !notify_guarantors (l, loan_id, guarantor_ids, n_guarantors, until + 20 + g_rand_int_range (l->rand, 0, 8),
                                   error))
          return FALSE;
      }
      break;

    case DEMO_LOAN_RESCHEDULED:
    case DEMO_LOAN_WRITTEN_OFF:
      {
        g_autoptr(GArray) schedule = sajja_loan_get_schedule (db, loan_id, NULL, NULL, error);
        guint paid = plan->fate == DEMO_LOAN_RESCHEDULED ? 5 : 3;
        guint32 missed, acted;
        char day[11];

        if (schedule == NULL)
          return FALSE;
        missed = day_from_iso (g_array_index (schedule, SajjaInstalment, paid).due_on);
        if (!repay_instalments (l, loan_id, missed, 0, &closed_on, error)
            || !notify_guarantors (l, loan_id, guarantor_ids, n_guarantors, missed + 25, error))
          return FALSE;

        if (plan->fate == DEMO_LOAN_RESCHEDULED)
          {
            g_autofree char *first_due = NULL;
            g_autofree char *reason = NULL;

            /* Two instalments missed after the flood: the committee spreads what is owed over a
             * new year, on the next savings day but one. */
            acted = day_from_iso (g_array_index (schedule, SajjaInstalment, paid + 2).due_on);
            day_to_iso (acted, day);
            first_due = sajja_date_add_months (day, 1);
            reason = resolution ("น้ำท่วมสวนยางเสียหาย ขยายเวลาผ่อนชำระตามมติคณะกรรมการเงินกู้", acted);
            if (!sajja_loan_reschedule (db, loan_id, day, 12, demo_products[plan->product].rate,
                                        demo_products[plan->product].method, first_due, reason, error)
                || !repay_instalments (l, loan_id, G_MAXUINT32, 0, &closed_on, error))
              return FALSE;
          }
        else
          {
            g_autofree char *reason = NULL;

            /* Followed up for eight months, then written off by the general meeting. */
            acted = MIN (missed + 240, l->ctx->end);
            day_to_iso (acted, day);
            reason = resolution ("มติที่ประชุมใหญ่ให้ตัดเป็นหนี้สูญ ผู้กู้ย้ายไปทำงานต่างประเทศ ติดตามทวงถามแล้วไม่ได้ผล",
                                 acted);
            if (!sajja_loan_write_off (db, loan_id, day, reason, DEMO_TREASURER, error))
              return FALSE;
            closed_on = acted;
          }
      }
      break;

    case DEMO_LOAN_WAITING:
    case DEMO_LOAN_REFUSED:
    default:
      g_assert_not_reached ();
    }

  /* Who is free again: the borrower and guarantors of a loan that ended. */
  if (closed_on != 0)
    {
      l->busy_until[borrower] = closed_on;
      for (guint i = 0; i < n_guarantors; i++)
        g_array_index (l->guarantees[guarantors[i]], DemoGuarantee, l->guarantees[guarantors[i]]->len - 1).until
          = closed_on;
    }
  return TRUE;
}

static gboolean
write_loans (DemoGroup    *g,
             DemoMember   *members,
             guint         index,
             guint32       seed,
             DemoContext  *ctx,
             GError      **error)
{
  guint32 seeds[3] = { seed, index, 0x4c4f414e };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  g_autoptr(GArray) plans = g_array_new (FALSE, FALSE, sizeof (DemoLoanPlan));
  DemoLending l = { g, members, ctx, rand, { 0, }, 0, NULL, NULL, NULL };
  SajjaPeriod last, first;
  guint n_active = 0, n_extra;
  GDate end;
  gboolean ok = TRUE;

  for (guint k = 0; k < g->n_members; k++)
    n_active += members[k].status == SAJJA_MEMBER_ACTIVE;
  if (ctx->n_months < 4 || n_active < 8)
    return TRUE;

  g_date_clear (&end, 1);
  g_date_set_julian (&end, ctx->end);
  last = sajja_period_from_date (&end);
  first = sajja_period_add_months (last, 1 - (int) ctx->n_months);
  l.start = MAX (period_day (first, 1), g->founded);

  /* The savings history begins the group's books in Sajja: months before it are not owed. */
  if (!sajja_db_exec_params (ctx->db, "UPDATE groups SET books_from = (SELECT min (period) FROM journal "
                                      "WHERE group_id = ?1) WHERE id = ?1",
                             error, 1, g->id))
    return FALSE;

  /* The story, then loans repaid as agreed (now and then paid off early) all through the
   * history, a loan for about every six members. A loan through the API is some hundreds of
   * statements, and each application's checks read the whole loans table: in a larger network
   * (a district of hundreds of groups) each group tells three parts of the story, the next
   * group the next three, so that the network has them all and stays quick to make. */
  for (guint j = 0; j < (ctx->every_loan ? G_N_ELEMENTS (demo_loan_story) : 3); j++)
    {
      guint i = ctx->every_loan ? j : (index * 3 + j) % G_N_ELEMENTS (demo_loan_story);
      DemoLoanPlan p = { demo_loan_story[i].product, demo_loan_story[i].months, 0, 0, demo_loan_story[i].fate, i };
      SajjaPeriod period = sajja_period_add_months (last, -demo_loan_story[i].before);

      if (demo_loan_story[i].fate == DEMO_LOAN_WAITING)
        p.decided = p.applied = ctx->end - 2;
      else
        p.decided = savings_day_of (g, period);
      g_array_append_val (plans, p);
    }
  n_extra = ctx->every_loan ? MIN (n_active / 6, 40) : 0;
  for (guint i = 0; i < n_extra; i++)
    {
      double r = g_rand_double (rand);
      guint product = r < 0.5 ? DEMO_ORDINARY : r < 0.7 ? DEMO_EMERGENCY : r < 0.85 ? DEMO_PRODUCTION : DEMO_FERTILISER;
      int before = g_rand_int_range (rand, 1, MAX ((int) ctx->n_months - 2, 2));
      DemoLoanPlan p = { product, demo_products[product].terms[g_rand_int_range (rand, 0, 4)], 0,
                         savings_day_of (g, sajja_period_add_months (last, -before)),
                         g_rand_double (rand) < 0.15 ? DEMO_LOAN_PAYOFF : DEMO_LOAN_ON_TIME,
                         G_N_ELEMENTS (demo_loan_story) + i };

      g_array_append_val (plans, p);
    }
  for (guint i = 0; i < plans->len; i++)
    {
      DemoLoanPlan *p = &g_array_index (plans, DemoLoanPlan, i);
      GDate decided;

      if (p->fate == DEMO_LOAN_WAITING)
        continue;
      /* Applied for in the days before the committee meets, in the same month. */
      g_date_clear (&decided, 1);
      g_date_set_julian (&decided, p->decided);
      p->applied = p->decided - (guint32) MIN (g_rand_int_range (rand, 0, 7), (int) g_date_get_day (&decided) - 1);
    }
  g_array_sort (plans, compare_loan_plans);

  l.cash = g_array_new (FALSE, FALSE, sizeof (DemoFlow));
  {
    sqlite3_stmt *stmt = sajja_db_prepare (ctx->db, "SELECT paid_on, sum (amount) FROM journal WHERE group_id = ?1 "
                                           "GROUP BY paid_on", error);

    if (stmt == NULL)
      {
        g_array_unref (l.cash);
        return FALSE;
      }
    sqlite3_bind_int64 (stmt, 1, g->id);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      add_flow (&l, day_from_iso ((const char *) sqlite3_column_text (stmt, 0)), sqlite3_column_int64 (stmt, 1));
    sqlite3_reset (stmt);
  }
  l.busy_until = g_new0 (guint32, g->n_members);
  l.guarantees = g_new0 (GArray *, g->n_members);
  for (guint k = 0; k < g->n_members; k++)
    l.guarantees[k] = g_array_new (FALSE, FALSE, sizeof (DemoGuarantee));

  ok = write_loan_products (&l, error);
  for (guint i = 0; ok && i < plans->len; i++)
    {
      const DemoLoanPlan *p = &g_array_index (plans, DemoLoanPlan, i);

      /* Two months of savings in the box before the first loan, and nothing after the end. */
      if (p->applied < l.start + 60 || p->decided > ctx->end)
        continue;
      ok = write_loan (&l, p, error);
    }

  for (guint k = 0; k < g->n_members; k++)
    g_array_unref (l.guarantees[k]);
  g_free (l.guarantees);
  g_free (l.busy_until);
  g_array_unref (l.cash);
  return ok;
}

/* The loan API records with the clock and draws random UUIDs; the sample is the same on every
 * run and every day, its entries recorded on the days they were paid (the books are checked for
 * entries recorded in a month after it was closed). So the rows the API wrote get UUIDs from
 * the seed and the day they happened, with the triggers that keep the journal and the schedules
 * unchanged off for these statements only, inside the demo's transaction. The API's lines in
 * the action log go: the demo is one line there. */
static gboolean
restamp_loans (SajjaDb  *db,
               guint32   seed,
               GError  **error)
{
  static const char * const tables[] = {
    "SELECT id FROM loan_products ORDER BY id", "UPDATE loan_products SET uuid = ?2 WHERE id = ?1",
    "SELECT id FROM loan_product_versions ORDER BY id", "UPDATE loan_product_versions SET uuid = ?2 WHERE id = ?1",
    "SELECT id FROM loans ORDER BY id", "UPDATE loans SET uuid = ?2, created_at = applied_on || 'T09:00:00Z' WHERE id = ?1",
    "SELECT id FROM loan_guarantors ORDER BY id", "UPDATE loan_guarantors SET uuid = ?2 WHERE id = ?1",
    "SELECT id FROM loan_schedules ORDER BY id", "UPDATE loan_schedules SET uuid = ?2 WHERE id = ?1",
    "SELECT id FROM receipts WHERE id IN (SELECT receipt_id FROM journal WHERE loan_id IS NOT NULL) ORDER BY id",
    "UPDATE receipts SET uuid = ?2 WHERE id = ?1",
    "SELECT id FROM journal WHERE loan_id IS NOT NULL ORDER BY id",
    "UPDATE journal SET uuid = ?2, recorded_at = paid_on || 'T10:00:00Z' WHERE id = ?1",
  };
  guint32 seeds[2] = { seed, 0x53544d50 };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  sqlite3 *handle = sajja_db_get_handle (db);
  gboolean ok = TRUE;
  int enabled = 1;

  sqlite3_db_config (handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &enabled);
  for (guint t = 0; ok && t < G_N_ELEMENTS (tables); t += 2)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      sqlite3_stmt *stmt = sajja_db_prepare (db, tables[t], error);

      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);

      for (guint i = 0; ok && i < ids->len; i++)
        {
          g_autofree char *uuid = sajja_uuid_new_from_rand (rand);

          stmt = sajja_db_prepare (db, tables[t + 1], error);
          ok = stmt != NULL;
          if (!ok)
            break;
          sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
          sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
          ok = sajja_db_step_done (db, stmt, NULL, error);
        }
    }
  sqlite3_db_config (handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &enabled);

  return ok && sajja_db_exec (db, "DELETE FROM action_log WHERE action LIKE 'loan-%'", error);
}

static gboolean
write_savings (DemoGroup    *g,
               DemoMember   *members,
               guint         index,
               guint32       seed,
               DemoContext  *ctx,
               GError      **error)
{
  guint32 seeds[3] = { seed, index, 0x53415645 };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  /* The welfare contributions' UUIDs come from their own generator, so that the rest of the
   * savings are the same with or without them. */
  guint32 welfare_seeds[3] = { seed, index, 0x57454c43 };
  g_autoptr(GRand) welfare_rand = g_rand_new_with_seed_array (welfare_seeds, G_N_ELEMENTS (welfare_seeds));
  g_autofree DemoSaver *savers = NULL;
  g_autofree DemoPayment *payments = NULL;
  int savings_day = sajja_group_get_savings_day (g->group);
  SajjaPeriod last, first;
  guint32 first_day;
  gint64 receipt_no = 0;
  GDate end;
  gboolean ok = TRUE;

  if (ctx->n_months == 0 || g->n_members == 0)
    return TRUE;

  g_date_clear (&end, 1);
  g_date_set_julian (&end, ctx->end);
  last = sajja_period_from_date (&end);
  first = sajja_period_add_months (last, 1 - (int) ctx->n_months);
  first_day = period_day (first, 1);

  savers = g_new0 (DemoSaver, g->n_members);
  payments = g_new0 (DemoPayment, g->n_members);
  for (guint k = 0; k < g->n_members; k++)
    {
      savers[k].owed = g_array_new (FALSE, FALSE, sizeof (DemoOwed));
      savers[k].reliability = g_rand_double (rand) < 0.15 ? 0.8 : 0.97;
      savers[k].before = members[k].join < first_day;
      savers[k].fee_due = !savers[k].before;
    }

  for (SajjaPeriod p = first; ok && sajja_period_compare (p, last) <= 0; p = sajja_period_add_months (p, 1))
    {
      guint32 day = period_day (p, savings_day);
      char day_iso[11];
      g_autofree char *recorded_at = NULL;
      g_autofree char *denominations = NULL;
      gint64 total = 0, counted, day_id;
      sqlite3_stmt *stmt;
      g_autofree char *uuid = NULL;

      if (day > ctx->end || day < g->founded)
        continue;
      day_to_iso (day, day_iso);
      recorded_at = g_strconcat (day_iso, "T09:30:00Z", NULL);

      for (guint k = 0; k < g->n_members; k++)
        {
          DemoMember *m = &members[k];
          DemoOwed o = { p, demo_expected (g, m, p) };

          if (o.amount > 0)
            g_array_append_val (savers[k].owed, o);

          memset (&payments[k], 0, sizeof payments[k]);
          if (m->join > day || (m->status != SAJJA_MEMBER_ACTIVE && m->status_day <= day))
            continue;
          plan_payment (g, &savers[k], p, day, rand, &payments[k]);
          for (guint j = 0; j < payments[k].n_pledges; j++)
            total += payments[k].pledges[j].amount;
          total += payments[k].special + payments[k].fine + payments[k].fee;
        }

      /* Most days the cash counted is what was paid; now and then it is 20 baht short. */
      counted = total > 2000 && g_rand_double (rand) < 0.04 ? total - 2000 : total;
      /* The welfare contributions for the rest of the year come with the first pledge of the
       * year (added after the draw above, so the rest of the books are the same with or
       * without them). */
      if (day >= g->welfare_from && g->welfare_contribution > 0)
        for (guint k = 0; k < g->n_members; k++)
          if (payments[k].n_pledges > 0 && savers[k].welfare_year != p.year)
            {
              payments[k].welfare = g->welfare_contribution * (13 - p.month);
              savers[k].welfare_year = p.year;
              total += payments[k].welfare;
              counted += payments[k].welfare;
            }
      denominations = cash_breakdown (counted);
      uuid = sajja_uuid_new_from_rand (rand);
      stmt = sajja_db_prepare (ctx->db,
                               "INSERT INTO savings_days (uuid, group_id, day, cash_expected, cash_counted, "
                               "denominations, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, g->id);
      sqlite3_bind_text (stmt, 3, day_iso, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, total);
      sqlite3_bind_int64 (stmt, 5, counted);
      sqlite3_bind_text (stmt, 6, denominations, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, DEMO_TREASURER, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, recorded_at, -1, SQLITE_STATIC);
      if (!(ok = sajja_db_step_done (ctx->db, stmt, NULL, error)))
        break;
      day_id = sqlite3_last_insert_rowid (sajja_db_get_handle (ctx->db));

      for (guint k = 0; ok && k < g->n_members; k++)
        {
          DemoPayment *pay = &payments[k];
          gint64 member_id = members[k].id;
          gint64 receipt_id = 0;

          if (pay->n_pledges > 0 || pay->special > 0 || pay->fine > 0 || pay->fee > 0)
            {
              receipt_id = insert_receipt (g, ++receipt_no, member_id, day_iso, day_id, rand, ctx, error);
              ok = receipt_id != 0;
            }
          for (guint j = 0; ok && j < pay->n_pledges; j++)
            ok = insert_entry (g, member_id, "pledge", "pledge", pay->pledges[j].amount, pay->pledges[j].period,
                               day_iso, recorded_at, receipt_id, rand, ctx, error);
          if (ok && pay->special > 0)
            ok = insert_entry (g, member_id, "special", "special-deposit", pay->special, p, day_iso, recorded_at,
                               receipt_id, rand, ctx, error);
          if (ok && pay->fine > 0)
            ok = insert_entry (g, member_id, "fines", "fine", pay->fine, p, day_iso, recorded_at, receipt_id,
                               rand, ctx, error);
          if (ok && pay->fee > 0)
            ok = insert_entry (g, member_id, "fees", "entry-fee", pay->fee, p, day_iso, recorded_at, receipt_id,
                               rand, ctx, error);
          if (ok && pay->withdrawal > 0)
            ok = insert_entry (g, member_id, "special", "withdrawal", -pay->withdrawal, p, day_iso, recorded_at,
                               0, rand, ctx, error);
          if (ok && pay->welfare > 0)
            ok = insert_entry (g, member_id, "welfare", "welfare-contribution", pay->welfare, p, day_iso,
                               recorded_at, receipt_id, welfare_rand, ctx, error);
        }
    }

  /* The claims and the loans are written before the months close, as they were paid while
   * open. */
  ok = ok && write_welfare_claims (g, members, index, seed, ctx, error);
  ok = ok && write_loans (g, members, index, seed, ctx, error);

  /* Every month but the last two is closed, early in the month after next (so last month's
   * pledges can still be paid late on this month's savings day). */
  for (SajjaPeriod p = first; ok && sajja_period_compare (p, sajja_period_add_months (last, -2)) <= 0;
       p = sajja_period_add_months (p, 1))
    {
      char period_text[8], closed_on[11];
      guint32 on = period_day (sajja_period_add_months (p, 2), 1) + (guint32) g_rand_int_range (rand, 0, 5);
      sqlite3_stmt *stmt;

      if (period_last_day (p) < g->founded)
        continue;
      g_snprintf (period_text, sizeof period_text, "%04d-%02d", p.year, p.month);
      day_to_iso (MIN (on, ctx->end), closed_on);
      stmt = sajja_db_prepare (ctx->db,
                               "INSERT INTO closed_months (group_id, period, closed_on, closed_by) VALUES (?, ?, ?, ?)",
                               error);
      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_int64 (stmt, 1, g->id);
      sqlite3_bind_text (stmt, 2, period_text, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, closed_on, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, DEMO_TREASURER, -1, SQLITE_STATIC);
      ok = sajja_db_step_done (ctx->db, stmt, NULL, error);
    }

  for (guint k = 0; k < g->n_members; k++)
    g_array_unref (savers[k].owed);

  return ok;
}

static int
amphoe_code (const char *amphoe)
{
  for (guint a = 0; a < G_N_ELEMENTS (songkhla); a++)
    if (g_strcmp0 (songkhla[a].amphoe, amphoe) == 0)
      return (int) a + 1;
  return 11;
}

static void
report (DemoContext *ctx,
        double       fraction)
{
  if (ctx->progress != NULL)
    ctx->progress (fraction, ctx->user_data);
}

static gboolean
write_group_contents (DemoGroup    *g,
                      guint         index,
                      guint32       seed,
                      DemoContext  *ctx,
                      GError      **error)
{
  /* Each group draws from its own generator, so its contents depend only on the seed, its
   * place in the network and its size. */
  guint32 seeds[3] = { seed, index, 0x4d454d42 };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  g_autofree DemoMember *members = NULL;

  plan_bylaws (g, rand, ctx);
  if (!write_bylaws (g, rand, ctx, error) || !write_bank_account (g, rand, ctx, error))
    return FALSE;

  members = plan_members (g, rand, ctx);
  for (guint k = 0; k < g->n_members; k++)
    {
      if (!write_member (g, members, k, rand, ctx, error))
        return FALSE;
      ctx->n_done++;
      if ((ctx->n_done % 1024) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
            return FALSE;
          report (ctx, 0.05 + 0.95 * (double) ctx->n_done / (double) ctx->n_total);
        }
    }

  return write_committees (g, members, rand, ctx, error)
         && write_welfare_schemes (g, rand, ctx, error)
         && write_savings (g, members, index, seed, ctx, error);
}

/* How many members each group gets: @n_members spread with weights from 40 to 160, or from 25
 * to 60 each when @n_members is 0. */
static void
share_out_members (DemoGroup *groups,
                   guint      n_groups,
                   guint      n_members,
                   guint32    seed)
{
  guint32 seeds[2] = { seed, 0x53495a45 };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  g_autofree guint *weights = g_new0 (guint, n_groups);
  guint64 total_weight = 0;
  guint64 given = 0;

  for (guint i = 0; i < n_groups; i++)
    {
      if (n_members == 0)
        groups[i].n_members = g_rand_int_range (rand, 25, 61);
      weights[i] = g_rand_int_range (rand, 40, 161);
      total_weight += weights[i];
    }
  if (n_members == 0)
    return;

  for (guint i = 0; i < n_groups; i++)
    {
      groups[i].n_members = (guint) ((guint64) n_members * weights[i] / total_weight);
      given += groups[i].n_members;
    }
  for (guint i = 0; given < n_members; i = (i + 1) % n_groups, given++)
    groups[i].n_members++;
}

/* Puts back the connection's page cache and, when the demo changed it (@temp_store not
 * negative), where it keeps temporary data. */
static void
restore_cache_size (SajjaDb *db,
                    gint64   cache_size,
                    gint64   temp_store)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);

  sajja_db_exec (db, sql, NULL);
  if (temp_store >= 0)
    {
      g_autofree char *temp = g_strdup_printf ("PRAGMA temp_store = %" G_GINT64_FORMAT, temp_store);

      sajja_db_exec (db, temp, NULL);
    }
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
 * The members, by-laws and committees are written with prepared statements rather than
 * through sajja_member_save() and friends: their UUIDs must come from the seed, the demo is a
 * single line in the action log, and a district of 100,000 members must take seconds.
 * The rows are the same as those functions write, and the search index is kept by its
 * triggers.
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
  g_autoptr(GDateTime) now = NULL;
  g_autofree DemoGroup *groups = NULL;
  g_autofree char *detail = NULL;
  DemoContext ctx = { 0 };
  GDate today;
  gboolean ok = TRUE;
  gint64 old_cache_size, old_temp_store;

  g_return_val_if_fail (SAJJA_IS_DB (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (options->n_members <= 10000000, FALSE);

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
  now = g_date_time_new_now_utc ();
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  ctx.db = db;
  ctx.now = g_date_time_format_iso8601 (now);
  ctx.end = MIN (day_from_iso (REFERENCE_DATE), g_date_get_julian (&today));
  ctx.pdpa = day_from_iso (PDPA_DATE);
  ctx.first_birth = day_from_iso ("1950-01-01");
  ctx.last_birth = day_from_iso ("2000-12-31");
  ctx.id_offset = options->seed % 10000000;
  ctx.n_months = MIN (options->n_months, 1200);
  ctx.every_loan = options->n_groups <= G_N_ELEMENTS (tambon_network);
  ctx.progress = progress;
  ctx.user_data = user_data;
  ctx.cancellable = cancellable;

  groups = g_new0 (DemoGroup, options->n_groups);
  share_out_members (groups, options->n_groups, options->n_members, options->seed);
  for (guint i = 0; i < options->n_groups; i++)
    ctx.n_total += groups[i].n_members;

  /* A district's transaction is hundreds of megabytes: with SQLite's default 2 MB page cache
   * it would spill into the WAL and read its pages back again and again. */
  old_cache_size = sajja_db_query_int (db, "PRAGMA cache_size", -2000, NULL);
  if (ctx.n_total > 2000)
    sajja_db_exec (db, "PRAGMA cache_size = -131072", NULL);
  /* Each loan is written through the loan API, each step in a savepoint of the demo's
   * transaction: the pages a savepoint may roll back are kept in memory rather than written to a
   * temporary file again and again. Changing temp_store drops the connection's temporary
   * tables and triggers, so only a connection that has none is changed. */
  old_temp_store = -1;
  if (sajja_db_query_int (db, "SELECT count(*) FROM sqlite_temp_master", 1, NULL) == 0)
    {
      old_temp_store = sajja_db_query_int (db, "PRAGMA temp_store", 0, NULL);
      sajja_db_exec (db, "PRAGMA temp_store = MEMORY", NULL);
    }

  if (!sajja_db_begin (db, error))
    {
      restore_cache_size (db, old_cache_size, old_temp_store);
      g_free (ctx.now);
      return FALSE;
    }

  for (guint i = 0; ok && i < options->n_groups; i++)
    {
      DemoGroup *g = &groups[i];

      g->group = make_group (rand, i, options->n_groups);
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error)
           && sajja_group_save_in_transaction (g->group, db, error);
      if (!ok)
        break;
      g->id = sajja_group_get_id (g->group);
      g->founded = MIN (day_from_iso (sajja_group_get_founded (g->group)), ctx.end);
      g->amphoe_code = amphoe_code (sajja_group_get_amphoe (g->group));

      if (progress != NULL && (i % 64) == 0)
        progress ((ctx.n_total > 0 ? 0.05 : 1.0) * i / options->n_groups, user_data);
    }

  for (guint i = 0; ok && i < options->n_groups; i++)
    ok = write_group_contents (&groups[i], i, options->seed, &ctx, error);

  if (ok)
    {
      /* The demo's books in Sajja begin with its savings history; earlier months were on paper. */
      detail = g_strdup_printf ("groups=%u members=%" G_GUINT64_FORMAT, options->n_groups, ctx.n_total);
      ok = sajja_db_exec (db, "UPDATE groups SET books_from = (SELECT min (period) FROM journal "
                              "WHERE journal.group_id = groups.id)", error)
           && restamp_loans (db, options->seed, error)
           && sajja_db_log_action (db, "demo", NULL, detail, error) && sajja_db_commit (db, error);
    }

  for (guint i = 0; i < options->n_groups; i++)
    g_clear_object (&groups[i].group);
  g_free (ctx.now);
  restore_cache_size (db, old_cache_size, old_temp_store);

  if (!ok)
    {
      sajja_db_rollback (db);
      return FALSE;
    }

  report (&ctx, 1.0);
  return TRUE;
}
