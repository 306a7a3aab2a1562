/* test-collate.c: tests for sajja-collate.c (Thai dictionary order, no database) */
#include <glib.h>
#include <string.h>

#include "sajja-collate.h"

static int
sign (int v)
{
  return (v > 0) - (v < 0);
}

static void
assert_before (const char *a,
               const char *b)
{
  int ab = sajja_collate_compare (a, b);
  int ba = sajja_collate_compare (b, a);

  if (ab >= 0)
    g_test_message ("expected “%s” before “%s”, compare gave %d", a ? a : "(NULL)", b ? b : "(NULL)", ab);
  g_assert_cmpint (ab, <, 0);
  g_assert_cmpint (ba, >, 0);
}

/* Sorts @n names in @order through g_ptr_array_sort after @n_shuffles different shuffles and
 * checks each result is exactly @order. */
static int
compare_ptrs (gconstpointer a,
              gconstpointer b)
{
  return sajja_collate_compare (*(const char * const *) a, *(const char * const *) b);
}

static void
assert_sorts_to (const char * const *order,
                 guint               n,
                 guint               n_shuffles)
{
  for (guint seed = 1; seed <= n_shuffles; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (names, (gpointer) order[i]);

      /* Fisher–Yates. */
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          gpointer tmp = names->pdata[i];

          names->pdata[i] = names->pdata[j];
          names->pdata[j] = tmp;
        }

      g_ptr_array_sort (names, compare_ptrs);

      for (guint i = 0; i < n; i++)
        {
          if (g_strcmp0 (g_ptr_array_index (names, i), order[i]) != 0)
            g_test_message ("shuffle %u: position %u holds “%s”, expected “%s”",
                            seed, i, (const char *) g_ptr_array_index (names, i), order[i]);
          g_assert_cmpstr (g_ptr_array_index (names, i), ==, order[i]);
        }
    }
}

/* Twenty-four Thai given names in the order of the Royal Institute dictionary: by the first
 * consonant, then consonants before vowels, with a leading vowel (เ แ โ ใ ไ) sorted after
 * the consonant it is written before. */
static const char * const thai_names[] = {
  "กมล",
  "กาญจนา",
  "กิตติ",
  "เกษม",
  "แก้ว",
  "ไกรสร",
  "ขนิษฐา",
  "ขวัญ",
  "คำ",
  "เครือวัลย์",
  "จันทร์",
  "ใจดี",
  "ฉลวย",
  "ชัยวัฒน์",
  "ณัฐ",
  "ทองดี",
  "นงลักษณ์",
  "บุญมี",
  "ประเสริฐ",
  "พรทิพย์",
  "มาลี",
  "สมชาย",
  "โสภา",
  "อำไพ",
};

static void
test_leading_vowels (void)
{
  /* A leading vowel sorts under the consonant that follows it. */
  assert_before ("กา", "เก่ง");
  assert_before ("เก่ง", "ขาว");
  assert_before ("กมล", "เกษม");
  assert_before ("เกษม", "ขวัญ");
  assert_before ("จันทร์", "ใจดี");
  assert_before ("ใจดี", "ฉลวย");
  assert_before ("สมชาย", "โสภา");

  /* Among words on one consonant, the leading vowels come after the others, in the order
   * เ แ โ ใ ไ. */
  assert_before ("กู", "เก");
  assert_before ("เก", "แก");
  assert_before ("แก", "โก");
  assert_before ("โก", "ใก");
  assert_before ("ใก", "ไก");
  assert_before ("ไก่", "ขา");

  /* Consonants after the first come before vowels: กก before กะ before กา. */
  assert_before ("กก", "กะ");
  assert_before ("กะ", "กา");
  assert_before ("กลอง", "เกลือ");
}

static void
test_tone_marks (void)
{
  static const char * const tones[] = { "กา", "ก่า", "ก้า", "ก๊า", "ก๋า" };
  static const char * const words[] = { "กก", "กา", "ก่า", "ก้า", "กาก", "กาง", "ก้าง", "กางเกง", "กิ" };

  /* Tone marks break ties only. */
  assert_before ("กา", "ก่า");
  assert_before ("ก่า", "กาก");
  assert_before ("กาง", "ก้าง");
  assert_before ("ก้าง", "กางเกง");
  assert_before ("ก้าง", "กิ");
  assert_before ("เกง", "เก่ง");
  /* The tone mark does not outweigh a later letter: ง before ด. */
  assert_before ("เก่ง", "เกด");

  for (guint i = 0; i + 1 < G_N_ELEMENTS (tones); i++)
    assert_before (tones[i], tones[i + 1]);

  assert_sorts_to (tones, G_N_ELEMENTS (tones), 10);
  assert_sorts_to (words, G_N_ELEMENTS (words), 10);
}

static void
test_latin (void)
{
  static const char * const words[] = { "apple", "Banana", "cherry", "Durian", "กา" };

  assert_before ("apple", "Banana");
  assert_before ("Apple", "banana");
  assert_before ("banana", "Cherry");
  /* Latin sorts before Thai. */
  assert_before ("zebra", "กา");
  assert_before ("Zebra", "กา");
  /* Case only breaks ties, and does so consistently. */
  g_assert_cmpint (sajja_collate_compare ("apple", "Apple"), !=, 0);
  g_assert_cmpint (sign (sajja_collate_compare ("apple", "Apple")), ==,
                   -sign (sajja_collate_compare ("Apple", "apple")));
  assert_before ("Apple", "applesauce");
  assert_before ("apple", "Applesauce");

  assert_sorts_to (words, G_N_ELEMENTS (words), 10);
}

static void
test_null_empty (void)
{
  g_assert_cmpint (sajja_collate_compare (NULL, NULL), ==, 0);
  g_assert_cmpint (sajja_collate_compare ("", ""), ==, 0);
  g_assert_cmpint (sajja_collate_compare ("กา", "กา"), ==, 0);

  /* NULL and "" sort before any text, NULL no later than "". */
  assert_before (NULL, "a");
  assert_before (NULL, "ก");
  assert_before ("", "a");
  assert_before ("", "ก");
  assert_before ("", " ");
  g_assert_cmpint (sajja_collate_compare (NULL, ""), <=, 0);
  g_assert_cmpint (sajja_collate_compare ("", NULL), >=, 0);

  {
    g_autofree char *key_null = sajja_collate_key (NULL);
    g_autofree char *key_empty = sajja_collate_key ("");

    g_assert_nonnull (key_null);
    g_assert_nonnull (key_empty);
  }
}

static void
test_total_order (void)
{
  guint n = G_N_ELEMENTS (thai_names);

  /* The expected list is strictly increasing, pair by pair. */
  for (guint i = 0; i + 1 < n; i++)
    assert_before (thai_names[i], thai_names[i + 1]);

  /* Reflexive, antisymmetric, transitive (checked on every triple), and in agreement with the
   * sort keys. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ki = sajja_collate_key (thai_names[i]);

      g_assert_cmpint (sajja_collate_compare (thai_names[i], thai_names[i]), ==, 0);

      for (guint j = 0; j < n; j++)
        {
          g_autofree char *kj = sajja_collate_key (thai_names[j]);
          int ij = sajja_collate_compare (thai_names[i], thai_names[j]);

          g_assert_cmpint (sign (ij), ==, -sign (sajja_collate_compare (thai_names[j], thai_names[i])));
          g_assert_cmpint (sign (ij), ==, sign (strcmp (ki, kj)));
          g_assert_cmpint (sign (ij), ==, sign ((int) i - (int) j));

          for (guint k = 0; k < n; k++)
            if (ij < 0 && sajja_collate_compare (thai_names[j], thai_names[k]) < 0)
              g_assert_cmpint (sajja_collate_compare (thai_names[i], thai_names[k]), <, 0);
        }
    }

  assert_sorts_to (thai_names, n, 25);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collate/leading-vowels", test_leading_vowels);
  g_test_add_func ("/collate/tone-marks", test_tone_marks);
  g_test_add_func ("/collate/latin", test_latin);
  g_test_add_func ("/collate/null-empty", test_null_empty);
  g_test_add_func ("/collate/total-order", test_total_order);

  return g_test_run ();
}
