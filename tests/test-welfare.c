/* test-welfare.c: tests for the welfare fund (sajja-welfare.c) on real SQLite files in a
 * throwaway folder: dated rules, eligibility, the yearly cap, decisions, and payouts that never
 * take the fund below zero.
 *
 * Each test runs with G_TEST_OPTION_ISOLATE_DIRS, so g_get_user_data_dir() is a fresh folder
 * of its own.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sajja-bylaw.h"
#include "sajja-db.h"
#include "sajja-group.h"
#include "sajja-ledger.h"
#include "sajja-test-store.h"
#include "sajja-uuid.h"
#include "sajja-welfare.h"

/* ---- helpers ---------------------------------------------------------------------------- */











static void
set_status (SajjaDb    *db,
            gint64      member_id,
            const char *status,
            const char *date)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE members SET status = '%s', status_date = '%s' WHERE id = %" G_GINT64_FORMAT,
                                          status, date, member_id);

  exec_ok (db, sql);
}

static void
set_birth (SajjaDb    *db,
           gint64      member_id,
           const char *date)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE members SET birth_date = '%s' WHERE id = %" G_GINT64_FORMAT,
                                          date, member_id);

  exec_ok (db, sql);
}

static gint64
claims_count (SajjaDb *db)
{
  return query_int (db, "SELECT count(*) FROM welfare_claims");
}

static gint64
journal_count (SajjaDb *db)
{
  return query_int (db, "SELECT count(*) FROM journal");
}

static SajjaWelfareRule
rule_new (const char *from,
          gint64      benefit)
{
  SajjaWelfareRule rule = { 0 };

  rule.effective_from = (char *) from;
  rule.benefit = benefit;
  return rule;
}

static gint64
scheme_ok (SajjaDb                *db,
           gint64                  group_id,
           SajjaWelfareKind        kind,
           const SajjaWelfareRule *rule)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sajja_welfare_scheme_create (db, group_id, kind, NULL, rule, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
file_ok (SajjaDb    *db,
         gint64      scheme_id,
         gint64      member_id,
         const char *event_date,
         const char *claimed_on,
         int         days)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sajja_welfare_claim_file (db, scheme_id, member_id, event_date, claimed_on, days, "test", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A claim refused with @code, and nothing written. */
static void
file_refused (SajjaDb    *db,
              gint64      scheme_id,
              gint64      member_id,
              const char *event_date,
              const char *claimed_on,
              int         days,
              int         code)
{
  g_autoptr(GError) error = NULL;
  gint64 claims = claims_count (db), entries = journal_count (db);

  g_assert_cmpint (sajja_welfare_claim_file (db, scheme_id, member_id, event_date, claimed_on, days, NULL, &error), ==, 0);
  g_assert_error (error, SAJJA_WELFARE_ERROR, code);
  g_assert_cmpint (claims_count (db), ==, claims);
  g_assert_cmpint (journal_count (db), ==, entries);
}

static void
decide_ok (SajjaDb    *db,
           gint64      claim_id,
           gboolean    approve,
           const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sajja_welfare_claim_decide (db, claim_id, approve, "2024-06-01", "ประธาน", reason, &error));
  g_assert_no_error (error);
}

static gint64
claim_amount (SajjaDb *db,
              gint64   claim_id)
{
  return sajja_db_query_int_params (db, "SELECT amount FROM welfare_claims WHERE id = ?1", -1, 1, claim_id);
}

/* ---- tests ------------------------------------------------------------------------------- */

static void
test_kinds (void)
{
  SajjaWelfareKind kind;

  for (guint i = 0; i < SAJJA_N_WELFARE_KINDS; i++)
    {
      g_assert_true (sajja_welfare_kind_from_string (sajja_welfare_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (sajja_welfare_kind_get_title (i));
    }
  g_assert_false (sajja_welfare_kind_from_string ("lottery", &kind));
  g_assert_cmpstr (sajja_welfare_kind_to_string (SAJJA_WELFARE_OLD_AGE), ==, "old-age");
  g_assert_nonnull (sajja_claim_status_get_title (SAJJA_CLAIM_PAID));
}

static void
test_rules (void)
{
  g_autoptr(SajjaDb) db = new_db ("rules.db");
  g_autoptr(GError) error = NULL;
  gint64 group = add_group (db, "กลุ่มกฎ");
  gint64 member = add_member (db, group, 1, "2010-01-01", 2);
  SajjaWelfareRule rule = rule_new ("2020-01-01", 50000);
  SajjaWelfareRule got = { 0 };
  gint64 scheme, claim;

  scheme = scheme_ok (db, group, SAJJA_WELFARE_BIRTH, &rule);
  g_assert_cmpint (sajja_welfare_scheme_find (db, group, SAJJA_WELFARE_BIRTH), ==, scheme);
  g_assert_cmpint (sajja_welfare_scheme_find (db, group, SAJJA_WELFARE_DEATH), ==, 0);

  /* One scheme per kind. */
  g_assert_cmpint (sajja_welfare_scheme_create (db, group, SAJJA_WELFARE_BIRTH, "อีก", &rule, &error), ==, 0);
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE);
  g_clear_error (&error);

  /* Values checked. */
  {
    SajjaWelfareRule bad = rule_new ("2021-01-01", 0);

    g_assert_false (sajja_welfare_scheme_set_rule (db, scheme, &bad, &error));
    g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE);
    g_clear_error (&error);
    bad.benefit = 100;
    bad.yearly_cap = -1;
    g_assert_false (sajja_welfare_scheme_set_rule (db, scheme, &bad, &error));
    g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE);
    g_clear_error (&error);
    bad.yearly_cap = 0;
    bad.per_day = TRUE;  /* only for hospital */
    g_assert_false (sajja_welfare_scheme_set_rule (db, scheme, &bad, &error));
    g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE);
    g_clear_error (&error);
    bad.per_day = FALSE;
    bad.effective_from = (char *) "2021-02-30";
    g_assert_false (sajja_welfare_scheme_set_rule (db, scheme, &bad, &error));
    g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE);
    g_clear_error (&error);
    g_assert_false (sajja_welfare_scheme_set_rule (db, 9999, &rule, &error));
    g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM welfare_rules"), ==, 1);

  /* A later version: the old one stays for events before it. */
  rule = rule_new ("2023-01-01", 80000);
  g_assert_true (sajja_welfare_scheme_set_rule (db, scheme, &rule, &error));
  g_assert_no_error (error);

  g_assert_false (sajja_welfare_scheme_get_rule (db, scheme, "2019-12-31", &got, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_RULE);
  g_clear_error (&error);
  g_assert_true (sajja_welfare_scheme_get_rule (db, scheme, "2022-12-31", &got, &error));
  g_assert_cmpstr (got.effective_from, ==, "2020-01-01");
  g_assert_cmpint (got.benefit, ==, 50000);
  sajja_welfare_rule_clear (&got);
  g_assert_true (sajja_welfare_scheme_get_rule (db, scheme, "2023-01-01", &got, &error));
  g_assert_cmpint (got.benefit, ==, 80000);
  sajja_welfare_rule_clear (&got);

  /* A claim uses the rules in force on the event's day, not on the claim's. */
  claim = file_ok (db, scheme, member, "2022-12-20", "2023-01-05", 1);
  g_assert_cmpint (claim_amount (db, claim), ==, 50000);
  claim = file_ok (db, scheme, member, "2023-02-01", "2023-02-05", 1);
  g_assert_cmpint (claim_amount (db, claim), ==, 80000);
  /* No rules in force on the event's day. */
  file_refused (db, scheme, member, "2019-06-01", "2019-06-02", 1, SAJJA_WELFARE_ERROR_RULE);

  close_ok (g_steal_pointer (&db));
}

static void
test_refusals (void)
{
  g_autoptr(SajjaDb) db = new_db ("refusals.db");
  gint64 group = add_group (db, "กลุ่มปฏิเสธ");
  gint64 other_group = add_group (db, "กลุ่มอื่น");
  gint64 member = add_member (db, group, 1, "2020-03-15", 2);
  gint64 stranger = add_member (db, other_group, 1, "2010-01-01", 2);
  gint64 resigned = add_member (db, group, 2, "2010-01-01", 2);
  gint64 young = add_member (db, group, 3, "2010-01-01", 2);
  gint64 no_birth = add_member (db, group, 4, "2010-01-01", 2);
  SajjaWelfareRule rule = rule_new ("2000-01-01", 100000);
  gint64 birth, old_age;

  set_status (db, resigned, "resigned", "2022-01-01");
  set_birth (db, young, "1970-06-01");
  rule.waiting_months = 6;
  rule.claim_days = 30;
  birth = scheme_ok (db, group, SAJJA_WELFARE_BIRTH, &rule);
  rule.min_age = 60;
  rule.waiting_months = 0;
  rule.claim_days = 0;
  old_age = scheme_ok (db, group, SAJJA_WELFARE_OLD_AGE, &rule);

  /* Dates. */
  file_refused (db, birth, member, "2999-01-01", "2999-01-02", 1, SAJJA_WELFARE_ERROR_DATE);
  file_refused (db, birth, member, "2023-01-10", "2023-01-09", 1, SAJJA_WELFARE_ERROR_DATE);
  file_refused (db, birth, member, "2023-02-30", "2023-03-09", 1, SAJJA_WELFARE_ERROR_DATE);
  file_refused (db, 9999, member, "2023-01-10", "2023-01-19", 1, SAJJA_WELFARE_ERROR_NOT_FOUND);
  /* Not of this group; before joining; waiting period (joined 15 March 2020: from 15 September). */
  file_refused (db, birth, stranger, "2023-01-10", "2023-01-19", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  file_refused (db, birth, member, "2020-03-01", "2020-03-19", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  file_refused (db, birth, member, "2020-09-14", "2020-09-19", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  file_ok (db, birth, member, "2020-09-15", "2020-09-19", 1);
  /* Not active on the event's day; active before leaving. */
  file_refused (db, birth, resigned, "2022-01-01", "2022-01-05", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  file_ok (db, birth, resigned, "2021-12-31", "2022-01-05", 1);
  /* The deadline: 30 days. */
  file_refused (db, birth, member, "2023-01-10", "2023-02-10", 1, SAJJA_WELFARE_ERROR_DEADLINE);
  file_ok (db, birth, member, "2023-01-10", "2023-02-09", 1);
  /* The minimum age: 60 on 1 June 2030 only; no birth date. */
  file_refused (db, old_age, young, "2025-05-31", "2025-06-02", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  file_refused (db, old_age, no_birth, "2025-05-31", "2025-06-02", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  set_birth (db, young, "1960-06-01");
  file_refused (db, old_age, young, "2020-05-31", "2020-06-02", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  file_ok (db, old_age, young, "2020-06-01", "2020-06-02", 1);

  g_assert_cmpint (claims_count (db), ==, 4);
  g_assert_cmpint (journal_count (db), ==, 0);
  close_ok (g_steal_pointer (&db));
}

static void
test_hospital_cap (void)
{
  g_autoptr(SajjaDb) db = new_db ("cap.db");
  g_autoptr(GError) error = NULL;
  gint64 group = add_group (db, "กลุ่มเพดาน");
  gint64 member = add_member (db, group, 1, "2010-01-01", 2);
  gint64 other = add_member (db, group, 2, "2010-01-01", 2);
  SajjaWelfareRule rule = rule_new ("2000-01-01", 20000);  /* 200 baht a night */
  gint64 hospital, c1, c2, c3, c4;

  rule.per_day = TRUE;
  rule.yearly_cap = 200000;  /* 2,000 baht a year */
  hospital = scheme_ok (db, group, SAJJA_WELFARE_HOSPITAL, &rule);

  file_refused (db, hospital, member, "2023-03-01", "2023-03-05", 0, SAJJA_WELFARE_ERROR_RULE);

  c1 = file_ok (db, hospital, member, "2023-03-01", "2023-03-05", 7);
  g_assert_cmpint (claim_amount (db, c1), ==, 140000);
  decide_ok (db, c1, TRUE, NULL);

  /* 5 nights would be 1,000 baht: 600 are left. */
  c2 = file_ok (db, hospital, member, "2023-05-01", "2023-05-10", 5);
  g_assert_cmpint (claim_amount (db, c2), ==, 60000);
  /* A pending claim does not count yet; approving the second uses what is left. */
  c4 = file_ok (db, hospital, member, "2023-05-20", "2023-05-25", 1);
  g_assert_cmpint (claim_amount (db, c4), ==, 20000);
  decide_ok (db, c2, TRUE, NULL);
  /* Approving the other pending one would go above the cap. */
  g_assert_false (sajja_welfare_claim_decide (db, c4, TRUE, "2024-06-01", "ประธาน", NULL, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_CAP);
  g_clear_error (&error);
  decide_ok (db, c4, FALSE, "เกินเพดานรายปี");

  /* Nothing left this year. */
  file_refused (db, hospital, member, "2023-11-01", "2023-11-03", 1, SAJJA_WELFARE_ERROR_CAP);
  /* A new year, another member: the cap is theirs alone. */
  c3 = file_ok (db, hospital, member, "2024-01-02", "2024-01-05", 2);
  g_assert_cmpint (claim_amount (db, c3), ==, 40000);
  c3 = file_ok (db, hospital, other, "2023-11-01", "2023-11-03", 3);
  g_assert_cmpint (claim_amount (db, c3), ==, 60000);

  close_ok (g_steal_pointer (&db));
}

static void
test_fund (void)
{
  g_autoptr(SajjaDb) db = new_db ("fund.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  gint64 group = add_group (db, "กลุ่มกองทุน");
  gint64 m1 = add_member (db, group, 1, "2010-01-01", 2);
  gint64 m2 = add_member (db, group, 2, "2010-01-01", 2);
  SajjaWelfareRule rule = rule_new ("2000-01-01", 150000);
  gint64 birth, big, small, entries, journal_id;

  birth = scheme_ok (db, group, SAJJA_WELFARE_BIRTH, &rule);
  for (int month = 1; month <= 10; month++)
    {
      g_autofree char *day = g_strdup_printf ("2023-%02d-05", month);

      post_ok (db, group, m1, SAJJA_ENTRY_WELFARE_CONTRIBUTION, 5000, period (2023, month), day);
      post_ok (db, group, m2, SAJJA_ENTRY_WELFARE_CONTRIBUTION, 5000, period (2023, month), day);
    }
  g_assert_cmpint (sajja_welfare_fund_balance (db, group), ==, 100000);

  big = file_ok (db, birth, m1, "2023-10-01", "2023-10-02", 1);
  decide_ok (db, big, TRUE, NULL);

  /* 1,500 baht from a fund of 1,000: refused, nothing written. */
  entries = journal_count (db);
  g_assert_false (sajja_welfare_claim_pay (db, big, "2024-06-02", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_FUND);
  g_clear_error (&error);
  g_assert_cmpint (journal_count (db), ==, entries);
  g_assert_cmpint (sajja_welfare_fund_balance (db, group), ==, 100000);

  /* A cheaper rule later: a claim of 800 baht, more than m2 paid in (500) but within the fund. */
  rule = rule_new ("2023-11-01", 80000);
  g_assert_true (sajja_welfare_scheme_set_rule (db, birth, &rule, &error));
  small = file_ok (db, birth, m2, "2023-11-10", "2023-11-12", 1);
  decide_ok (db, small, TRUE, NULL);
  g_assert_true (sajja_welfare_claim_pay (db, small, "2024-06-03", "เหรัญญิก", &error));
  g_assert_no_error (error);
  g_assert_cmpint (journal_count (db), ==, entries + 1);
  g_assert_cmpint (sajja_welfare_fund_balance (db, group), ==, 20000);

  journal_id = sajja_db_query_int_params (db, "SELECT journal_id FROM welfare_claims WHERE id = ?1 AND status = 'paid'",
                                          0, 1, small);
  g_assert_cmpint (journal_id, >, 0);
  g_assert_cmpint (sajja_db_query_int_params (db, "SELECT count(*) FROM journal WHERE id = ?1 AND member_id = ?2 "
                                              "AND kind = 'welfare-payout' AND account = 'welfare' AND amount = -80000 "
                                              "AND period = '2024-06' AND paid_on = '2024-06-03'",
                                              0, 2, journal_id, m2), ==, 1);

  /* Paying twice, approving a paid claim. */
  g_assert_false (sajja_welfare_claim_pay (db, small, "2024-06-03", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (sajja_welfare_claim_decide (db, small, TRUE, "2024-06-03", "ประธาน", NULL, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  /* Still too little for the big one. */
  g_assert_false (sajja_welfare_claim_pay (db, big, "2024-06-03", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_FUND);
  g_clear_error (&error);
  g_assert_cmpint (sajja_welfare_fund_balance (db, group), >=, 0);

  claims = sajja_welfare_list_claims (db, group, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 2);
  {
    SajjaClaim *newest = g_ptr_array_index (claims, 0);

    g_assert_cmpint (newest->id, ==, small);
    g_assert_cmpint (newest->status, ==, SAJJA_CLAIM_PAID);
    g_assert_cmpint (newest->kind, ==, SAJJA_WELFARE_BIRTH);
    g_assert_cmpint (newest->amount, ==, 80000);
    g_assert_true (g_str_has_prefix (newest->member_name, "สมาชิก "));
  }
  g_clear_pointer (&claims, g_ptr_array_unref);
  claims = sajja_welfare_list_claims (db, group, m1, &error);
  g_assert_cmpuint (claims->len, ==, 1);

  close_ok (g_steal_pointer (&db));
}

static void
test_states (void)
{
  g_autoptr(SajjaDb) db = new_db ("states.db");
  g_autoptr(GError) error = NULL;
  gint64 group = add_group (db, "กลุ่มสถานะ");
  gint64 m = add_member (db, group, 1, "2010-01-01", 2);
  SajjaWelfareRule rule = rule_new ("2000-01-01", 10000);
  gint64 scheme, pending, refused, approved;

  scheme = scheme_ok (db, group, SAJJA_WELFARE_BIRTH, &rule);
  post_ok (db, group, m, SAJJA_ENTRY_WELFARE_CONTRIBUTION, 100000, period (2023, 1), "2023-01-05");
  pending = file_ok (db, scheme, m, "2023-02-01", "2023-02-02", 1);
  refused = file_ok (db, scheme, m, "2023-03-01", "2023-03-02", 1);
  approved = file_ok (db, scheme, m, "2023-04-01", "2023-04-02", 1);

  /* A refusal needs its reason. */
  g_assert_false (sajja_welfare_claim_decide (db, refused, FALSE, "2024-06-01", "ประธาน", "  ", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  decide_ok (db, refused, FALSE, "ไม่มีใบรับรองแพทย์");
  decide_ok (db, approved, TRUE, NULL);
  /* The decision before the claim; in the future. */
  g_assert_false (sajja_welfare_claim_decide (db, pending, TRUE, "2023-02-01", "ประธาน", NULL, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE);
  g_clear_error (&error);
  g_assert_false (sajja_welfare_claim_decide (db, pending, TRUE, "2999-01-01", "ประธาน", NULL, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE);
  g_clear_error (&error);

  /* Approving twice; deciding on a refused claim; paying a refused or a pending one. */
  g_assert_false (sajja_welfare_claim_decide (db, approved, TRUE, "2024-06-01", "ประธาน", NULL, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (sajja_welfare_claim_decide (db, refused, TRUE, "2024-06-01", "ประธาน", NULL, &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (sajja_welfare_claim_pay (db, refused, "2024-06-02", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (sajja_welfare_claim_pay (db, pending, "2024-06-02", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (sajja_welfare_claim_pay (db, 9999, "2024-06-02", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Paid before it was approved. */
  g_assert_false (sajja_welfare_claim_pay (db, approved, "2024-05-31", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_WELFARE_ERROR, SAJJA_WELFARE_ERROR_DATE);
  g_clear_error (&error);
  /* A closed month: the ledger's refusal. */
  exec_ok (db, "INSERT INTO closed_months (group_id, period, closed_on) SELECT id, '2024-06', '2024-07-01' FROM groups");
  g_assert_false (sajja_welfare_claim_pay (db, approved, "2024-06-02", "เหรัญญิก", &error));
  g_assert_error (error, SAJJA_LEDGER_ERROR, SAJJA_LEDGER_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_cmpint (journal_count (db), ==, 1);
  g_assert_true (sajja_welfare_claim_pay (db, approved, "2024-07-02", "เหรัญญิก", &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM welfare_claims WHERE status = 'pending'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM welfare_claims WHERE status = 'refused' "
                                  "AND reason = 'ไม่มีใบรับรองแพทย์'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM welfare_claims WHERE status = 'paid'"), ==, 1);

  /* Inside the caller's transaction, a refusal leaves the transaction usable. */
  g_assert_true (sajja_db_begin (db, &error));
  g_assert_false (sajja_welfare_claim_pay (db, pending, "2024-07-02", "เหรัญญิก", &error));
  g_clear_error (&error);
  decide_ok (db, pending, TRUE, NULL);
  g_assert_true (sajja_db_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM welfare_claims WHERE status = 'approved'"), ==, 1);

  close_ok (g_steal_pointer (&db));
}

static void
test_death (void)
{
  g_autoptr(SajjaDb) db = new_db ("death.db");
  g_autoptr(GError) error = NULL;
  gint64 group = add_group (db, "กลุ่มฌาปนกิจ");
  gint64 dead = add_member (db, group, 1, "2010-01-01", 2);
  gint64 earlier = add_member (db, group, 2, "2010-01-01", 2);
  SajjaWelfareRule rule = rule_new ("2000-01-01", 300000);
  gint64 death, birth, claim;

  rule.claim_days = 90;
  death = scheme_ok (db, group, SAJJA_WELFARE_DEATH, &rule);
  birth = scheme_ok (db, group, SAJJA_WELFARE_BIRTH, &rule);
  post_ok (db, group, earlier, SAJJA_ENTRY_WELFARE_CONTRIBUTION, 500000, period (2023, 1), "2023-01-05");
  set_status (db, dead, "deceased", "2023-08-10");
  set_status (db, earlier, "deceased", "2023-01-10");

  /* Filed after the death, for the day of the death. */
  claim = file_ok (db, death, dead, "2023-08-10", "2023-08-20", 1);
  /* Only a death claim may name the day the status changed. */
  file_refused (db, birth, dead, "2023-08-10", "2023-08-20", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);
  /* A death after the recorded one. */
  file_refused (db, death, earlier, "2023-02-10", "2023-02-20", 1, SAJJA_WELFARE_ERROR_ELIGIBLE);

  decide_ok (db, claim, TRUE, NULL);
  g_assert_true (sajja_welfare_claim_pay (db, claim, "2024-06-05", "เหรัญญิก", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sajja_welfare_fund_balance (db, group), ==, 200000);
  g_assert_cmpint (sajja_ledger_balance (db, group, dead, SAJJA_ACCOUNT_WELFARE), ==, -300000);

  close_ok (g_steal_pointer (&db));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/welfare/kinds", test_kinds);
  g_test_add_func ("/welfare/rules", test_rules);
  g_test_add_func ("/welfare/refusals", test_refusals);
  g_test_add_func ("/welfare/hospital-cap", test_hospital_cap);
  g_test_add_func ("/welfare/fund", test_fund);
  g_test_add_func ("/welfare/states", test_states);
  g_test_add_func ("/welfare/death", test_death);

  return g_test_run ();
}
