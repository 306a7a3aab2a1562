/* sajja-db.c
 *
 * Copyright 2026 The Sajja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>

#include "sajja-collate.h"
#include "sajja-db-private.h"
#include "sajja-uuid.h"

struct _SajjaDb
{
  GObject parent_instance;

  char *path;
  sqlite3 *handle;
  GHashTable *statements;  /* SQL text → sqlite3_stmt */
  int schema_version;
  int changes_at_open;
  guint read_only : 1;
  guint in_transaction : 1;
};

G_DEFINE_FINAL_TYPE (SajjaDb, sajja_db, G_TYPE_OBJECT)

G_DEFINE_QUARK (sajja-db-error-quark, sajja_db_error)

/* The migrations: migrations[i] takes a file from schema i to schema i + 1. Never edit one
 * that has shipped; add a new one and raise SAJJA_DB_SCHEMA_VERSION. */
static const char * const migrations[] = {
  /* 0 → 1: the file's identity and the registry of groups. */
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE groups ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  village TEXT NOT NULL DEFAULT '',"
  "  moo INTEGER CHECK (moo IS NULL OR moo BETWEEN 1 AND 99),"
  "  tambon TEXT NOT NULL DEFAULT '',"
  "  amphoe TEXT NOT NULL DEFAULT '',"
  "  changwat TEXT NOT NULL DEFAULT '',"
  "  founded TEXT CHECK (founded IS NULL OR date (founded, '+0 days') IS founded),"
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL"
  ");"
  /* Thai dictionary order comes from a key stored with the row (sajja_collate_key), not from a
   * custom collation, so that any SQLite tool can read the file. */
  "CREATE INDEX groups_sort_key ON groups (sort_key);",

  /* 1 → 2: the action log, one row per user action, for the audit trail. */
  "CREATE TABLE action_log ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  at TEXT NOT NULL,"
  "  action TEXT NOT NULL CHECK (length (action) > 0),"
  "  subject_uuid TEXT,"
  "  detail TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX action_log_subject ON action_log (subject_uuid);",

  /* 2 → 3: the registry in full: groups' details and bank accounts, by-laws as dated data,
   * members with their occupations, pledged shares and beneficiaries, committees, and the
   * trigram index that finds members by any part of a Thai name. */
  "ALTER TABLE groups ADD COLUMN name_en TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE groups ADD COLUMN cdd_code TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE groups ADD COLUMN savings_day INTEGER CHECK (savings_day IS NULL OR savings_day BETWEEN 1 AND 31);"
  "ALTER TABLE groups ADD COLUMN fiscal_year_start INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start BETWEEN 1 AND 12);"
  "ALTER TABLE groups ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'dissolved'));"
  "CREATE TABLE group_bank_accounts ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,"
  "  bank TEXT NOT NULL CHECK (length (trim (bank)) > 0),"
  "  branch TEXT NOT NULL DEFAULT '',"
  "  account_no TEXT NOT NULL CHECK (length (trim (account_no)) > 0),"
  "  account_name TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (group_id, bank, account_no)"
  ");"
  "CREATE TABLE bylaws ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,"
  "  rule TEXT NOT NULL,"
  "  value INTEGER NOT NULL,"
  "  effective_from TEXT NOT NULL CHECK (date (effective_from, '+0 days') IS effective_from),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  UNIQUE (group_id, rule, effective_from)"
  ");"
  "CREATE TABLE members ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  member_no INTEGER NOT NULL CHECK (member_no > 0),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  given_name TEXT NOT NULL CHECK (length (trim (given_name)) > 0),"
  "  surname TEXT NOT NULL DEFAULT '',"
  "  national_id TEXT CHECK (national_id IS NULL OR (length (national_id) = 13 AND national_id NOT GLOB '*[^0-9]*')),"
  "  birth_date TEXT CHECK (birth_date IS NULL OR date (birth_date, '+0 days') IS birth_date),"
  "  gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male', 'other')),"
  "  address TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  join_date TEXT NOT NULL CHECK (date (join_date, '+0 days') IS join_date),"
  "  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'resigned', 'deceased', 'expelled')),"
  "  status_date TEXT CHECK (status_date IS NULL OR date (status_date, '+0 days') IS status_date),"
  "  status_reason TEXT NOT NULL DEFAULT '',"
  "  spouse_id INTEGER REFERENCES members (id) ON DELETE SET NULL,"
  "  spouse_name TEXT NOT NULL DEFAULT '',"
  "  witness1 TEXT NOT NULL DEFAULT '',"
  "  witness2 TEXT NOT NULL DEFAULT '',"
  "  consent_date TEXT CHECK (consent_date IS NULL OR date (consent_date, '+0 days') IS consent_date),"
  "  consent_scope TEXT NOT NULL DEFAULT '',"
  "  sort_key TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  UNIQUE (group_id, member_no),"
  "  UNIQUE (group_id, national_id)"
  ");"
  "CREATE INDEX members_sort_key ON members (group_id, sort_key);"
  "CREATE INDEX members_national_id ON members (national_id);"
  "CREATE INDEX members_join_date ON members (group_id, join_date);"
  /* A district's whole list, sorted without a sort step. */
  "CREATE INDEX members_all_sort_key ON members (sort_key, member_no);"
  "CREATE INDEX members_all_join_date ON members (join_date, member_no);"
  "CREATE TABLE member_occupations ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  occupation TEXT NOT NULL CHECK (length (trim (occupation)) > 0),"
  "  monthly_income INTEGER NOT NULL DEFAULT 0 CHECK (monthly_income >= 0)"
  ");"
  "CREATE INDEX member_occupations_member ON member_occupations (member_id);"
  "CREATE TABLE member_shares ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,"
  "  shares INTEGER NOT NULL CHECK (shares >= 0),"
  "  effective_from TEXT NOT NULL CHECK (date (effective_from, '+0 days') IS effective_from),"
  "  UNIQUE (member_id, effective_from)"
  ");"
  "CREATE TABLE beneficiaries ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  national_id TEXT CHECK (national_id IS NULL OR length (national_id) = 13),"
  "  relationship TEXT NOT NULL DEFAULT '',"
  "  share_bp INTEGER NOT NULL CHECK (share_bp BETWEEN 1 AND 10000)"
  ");"
  "CREATE INDEX beneficiaries_member ON beneficiaries (member_id);"
  "CREATE TABLE committee_terms ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,"
  "  committee TEXT NOT NULL CHECK (committee IN ('executive', 'loan', 'audit', 'promotion')),"
  "  position TEXT NOT NULL CHECK (position IN ('chair', 'vice-chair', 'treasurer', 'secretary', 'member')),"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,"
  "  term_from TEXT NOT NULL CHECK (date (term_from, '+0 days') IS term_from),"
  "  term_to TEXT CHECK (term_to IS NULL OR (date (term_to, '+0 days') IS term_to AND term_to >= term_from))"
  ");"
  "CREATE INDEX committee_terms_group ON committee_terms (group_id, committee);"
  /* The search index keeps its own copy of the searchable text, kept in step by triggers. */
  "CREATE VIRTUAL TABLE members_fts USING fts5 (name, code, tokenize = 'trigram');"
  "CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN"
  "  INSERT INTO members_fts (rowid, name, code)"
  "  VALUES (new.id, new.given_name || ' ' || new.surname, new.member_no || ' ' || ifnull (new.national_id, ''));"
  "END;"
  "CREATE TRIGGER members_fts_update AFTER UPDATE OF given_name, surname, member_no, national_id ON members BEGIN"
  "  UPDATE members_fts SET name = new.given_name || ' ' || new.surname,"
  "    code = new.member_no || ' ' || ifnull (new.national_id, '') WHERE rowid = new.id;"
  "END;"
  "CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN"
  "  DELETE FROM members_fts WHERE rowid = old.id;"
  "END;",

  /* 3 → 4: the books. An append-only journal of money entries, each for a member (or the group),
   * an account, a period and a day paid, grouped on receipts; savings days with their cash
   * count; closed months. The database itself refuses to change or remove a journal row and
   * to write into a closed month. */
  "CREATE TABLE savings_days ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  day TEXT NOT NULL CHECK (date (day, '+0 days') IS day),"
  "  cash_expected INTEGER NOT NULL DEFAULT 0,"
  "  cash_counted INTEGER,"
  "  denominations TEXT NOT NULL DEFAULT '',"
  "  recorded_by TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL"
  ");"
  "CREATE INDEX savings_days_group ON savings_days (group_id, day);"
  "CREATE TABLE receipts ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,"
  "  paid_on TEXT NOT NULL CHECK (date (paid_on, '+0 days') IS paid_on),"
  "  day_id INTEGER REFERENCES savings_days (id) ON DELETE RESTRICT,"
  "  UNIQUE (group_id, number)"
  ");"
  "CREATE TABLE journal ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,"
  "  account TEXT NOT NULL CHECK (account IN ('pledge', 'special', 'fees', 'fines', 'welfare')),"
  "  kind TEXT NOT NULL CHECK (kind IN ('pledge', 'special-deposit', 'withdrawal', 'fine', 'entry-fee',"
  "    'welfare-contribution', 'welfare-payout', 'settlement', 'reversal')),"
  "  amount INTEGER NOT NULL CHECK (amount != 0 AND abs (amount) <= 100000000000000),"
  "  period TEXT NOT NULL CHECK (length (period) = 7 AND date (period || '-01', '+0 days') IS period || '-01'),"
  "  paid_on TEXT NOT NULL CHECK (date (paid_on, '+0 days') IS paid_on),"
  "  receipt_id INTEGER REFERENCES receipts (id) ON DELETE RESTRICT,"
  "  reverses_id INTEGER UNIQUE REFERENCES journal (id) ON DELETE RESTRICT,"
  "  recorded_by TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))"
  ");"
  "CREATE INDEX journal_member ON journal (member_id, account, period);"
  "CREATE INDEX journal_group_period ON journal (group_id, period);"
  "CREATE INDEX journal_paid_on ON journal (group_id, paid_on);"
  "CREATE TABLE closed_months ("
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  period TEXT NOT NULL CHECK (length (period) = 7 AND date (period || '-01', '+0 days') IS period || '-01'),"
  "  closed_on TEXT NOT NULL,"
  "  closed_by TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (group_id, period)"
  ") WITHOUT ROWID;"
  "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: journal entries are never changed; post a reversal');"
  "END;"
  "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: journal entries are never removed; post a reversal');"
  "END;"
  "CREATE TRIGGER journal_closed_month BEFORE INSERT ON journal"
  "  WHEN EXISTS (SELECT 1 FROM closed_months WHERE group_id = new.group_id AND period = new.period) BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: the month is closed');"
  "END;"
  "CREATE TRIGGER journal_reversal BEFORE INSERT ON journal WHEN new.reverses_id IS NOT NULL BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: a reversal cannot be reversed')"
  "    WHERE (SELECT kind FROM journal WHERE id = new.reverses_id) = 'reversal';"
  "  SELECT RAISE (ABORT, 'sajja: a reversal must undo its entry exactly')"
  "    WHERE NOT EXISTS (SELECT 1 FROM journal WHERE id = new.reverses_id AND amount = -new.amount"
  "      AND account = new.account AND member_id IS new.member_id AND group_id = new.group_id);"
  "END;"
  "CREATE TRIGGER closed_months_no_delete BEFORE DELETE ON closed_months BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: a closed month stays closed');"
  "END;",

  /* 4 → 5: the welfare fund: schemes with dated rules, and claims with their approval and
   * payout (the payout itself is a journal entry). */
  "CREATE TABLE welfare_schemes ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  kind TEXT NOT NULL CHECK (kind IN ('birth', 'hospital', 'death', 'old-age')),"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  created_at TEXT NOT NULL,"
  "  UNIQUE (group_id, kind)"
  ");"
  "CREATE TABLE welfare_rules ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  scheme_id INTEGER NOT NULL REFERENCES welfare_schemes (id) ON DELETE RESTRICT,"
  "  effective_from TEXT NOT NULL CHECK (date (effective_from, '+0 days') IS effective_from),"
  "  contribution INTEGER NOT NULL DEFAULT 0 CHECK (contribution >= 0),"
  "  benefit INTEGER NOT NULL CHECK (benefit > 0),"
  "  per_day INTEGER NOT NULL DEFAULT 0 CHECK (per_day IN (0, 1)),"
  "  waiting_months INTEGER NOT NULL DEFAULT 0 CHECK (waiting_months >= 0),"
  "  yearly_cap INTEGER NOT NULL DEFAULT 0 CHECK (yearly_cap >= 0),"
  "  claim_days INTEGER NOT NULL DEFAULT 0 CHECK (claim_days >= 0),"
  "  min_age INTEGER NOT NULL DEFAULT 0 CHECK (min_age >= 0),"
  "  UNIQUE (scheme_id, effective_from)"
  ");"
  "CREATE TABLE welfare_claims ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  scheme_id INTEGER NOT NULL REFERENCES welfare_schemes (id) ON DELETE RESTRICT,"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,"
  "  event_date TEXT NOT NULL CHECK (date (event_date, '+0 days') IS event_date),"
  "  claimed_on TEXT NOT NULL CHECK (date (claimed_on, '+0 days') IS claimed_on),"
  "  days INTEGER NOT NULL DEFAULT 1 CHECK (days >= 1),"
  "  amount INTEGER NOT NULL CHECK (amount > 0),"
  "  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'paid')),"
  "  decided_on TEXT CHECK (decided_on IS NULL OR date (decided_on, '+0 days') IS decided_on),"
  "  decided_by TEXT NOT NULL DEFAULT '',"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  journal_id INTEGER UNIQUE REFERENCES journal (id) ON DELETE RESTRICT,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  CHECK ((status = 'paid') = (journal_id IS NOT NULL))"
  ");"
  "CREATE INDEX welfare_claims_member ON welfare_claims (member_id, scheme_id);",

  /* 5 → 6: the group's bank book. An append-only list of movements between the cash box and a
   * bank account (deposits, withdrawals) and of the bank's own (interest, fees), and the
   * balances read from the bank's statements to reconcile with. The database itself refuses to
   * change or remove a movement. */
  "CREATE TABLE bank_movements ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  bank_account_id INTEGER NOT NULL REFERENCES group_bank_accounts (id) ON DELETE RESTRICT,"
  "  day TEXT NOT NULL CHECK (date (day, '+0 days') IS day),"
  "  amount INTEGER NOT NULL CHECK (amount != 0 AND abs (amount) <= 100000000000000),"
  "  kind TEXT NOT NULL CHECK (kind IN ('deposit', 'withdrawal', 'interest', 'fee')),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  recorded_by TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL,"
  "  CHECK ((kind IN ('deposit', 'interest')) = (amount > 0))"
  ");"
  "CREATE INDEX bank_movements_account ON bank_movements (bank_account_id, day);"
  "CREATE INDEX bank_movements_group ON bank_movements (group_id, day);"
  "CREATE TABLE bank_statements ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  bank_account_id INTEGER NOT NULL REFERENCES group_bank_accounts (id) ON DELETE CASCADE,"
  "  statement_date TEXT NOT NULL CHECK (date (statement_date, '+0 days') IS statement_date),"
  "  balance INTEGER NOT NULL CHECK (abs (balance) <= 100000000000000),"
  "  recorded_at TEXT NOT NULL,"
  "  UNIQUE (bank_account_id, statement_date)"
  ");"
  "CREATE TRIGGER bank_movements_no_update BEFORE UPDATE ON bank_movements BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: bank movements are never changed; record the opposite movement');"
  "END;"
  "CREATE TRIGGER bank_movements_no_delete BEFORE DELETE ON bank_movements BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: bank movements are never removed; record the opposite movement');"
  "END;",

  /* 6 → 7: the month a group's books in Sajja begin. Pledges of earlier months were kept on
   * paper: they are not counted as owed. NULL: from each member's joining. */
  "ALTER TABLE groups ADD COLUMN books_from TEXT CHECK (books_from IS NULL OR "
  "  (length (books_from) = 7 AND date (books_from || '-01', '+0 days') IS books_from || '-01'));",

  /* 7 → 8: loans. Products are dated by-law versions; a loan keeps its own copy of the terms it
   * was made on, its guarantors, and every schedule it has had (a rescheduling adds one and
   * keeps the old). Money moves only in the journal, which is rebuilt here to take the loan
   * accounts and kinds and the loan an entry belongs to (the file is upgraded with foreign keys
   * off, so the rebuild keeps every id). In the journal an amount is what the cash box gains:
   * a disbursement is negative in "loans", a repayment positive; a write-off is a pair of
   * entries that nets to nothing. */
  "CREATE TABLE loan_products ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  created_at TEXT NOT NULL,"
  "  UNIQUE (group_id, name)"
  ");"
  "CREATE TABLE loan_product_versions ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  product_id INTEGER NOT NULL REFERENCES loan_products (id) ON DELETE CASCADE,"
  "  effective_from TEXT NOT NULL CHECK (date (effective_from, '+0 days') IS effective_from),"
  "  purpose TEXT NOT NULL DEFAULT '',"
  "  ceiling INTEGER NOT NULL DEFAULT 0 CHECK (ceiling >= 0),"
  "  ceiling_savings_percent INTEGER NOT NULL DEFAULT 0 CHECK (ceiling_savings_percent >= 0),"
  "  max_months INTEGER NOT NULL CHECK (max_months BETWEEN 1 AND 360),"
  "  rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),"
  "  rate_per TEXT NOT NULL CHECK (rate_per IN ('month', 'year')),"
  "  method TEXT NOT NULL CHECK (method IN ('declining', 'annuity', 'flat', 'balloon')),"
  "  fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),"
  "  guarantors INTEGER NOT NULL DEFAULT 0 CHECK (guarantors >= 0),"
  "  guarantor_max_loans INTEGER NOT NULL DEFAULT 0 CHECK (guarantor_max_loans >= 0),"
  "  min_member_months INTEGER NOT NULL DEFAULT 0 CHECK (min_member_months >= 0),"
  "  min_instalments_paid INTEGER NOT NULL DEFAULT 0 CHECK (min_instalments_paid >= 0),"
  "  late_fine_bp INTEGER NOT NULL DEFAULT 0 CHECK (late_fine_bp BETWEEN 0 AND 10000),"
  "  grace_days INTEGER NOT NULL DEFAULT 0 CHECK (grace_days >= 0),"
  "  in_kind INTEGER NOT NULL DEFAULT 0 CHECK (in_kind IN (0, 1)),"
  "  UNIQUE (product_id, effective_from)"
  ");"
  "CREATE TABLE loans ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,"
  "  product_id INTEGER NOT NULL REFERENCES loan_products (id) ON DELETE RESTRICT,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  applied_on TEXT NOT NULL CHECK (date (applied_on, '+0 days') IS applied_on),"
  "  amount INTEGER NOT NULL CHECK (amount > 0 AND amount <= 1000000000000),"
  "  months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 360),"
  "  rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),"
  "  rate_per TEXT NOT NULL CHECK (rate_per IN ('month', 'year')),"
  "  method TEXT NOT NULL CHECK (method IN ('declining', 'annuity', 'flat', 'balloon')),"
  "  fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),"
  "  late_fine_bp INTEGER NOT NULL DEFAULT 0,"
  "  grace_days INTEGER NOT NULL DEFAULT 0,"
  "  effective_bp INTEGER NOT NULL DEFAULT 0,"
  "  purpose TEXT NOT NULL DEFAULT '',"
  "  in_kind_item TEXT NOT NULL DEFAULT '',"
  "  in_kind_quantity INTEGER NOT NULL DEFAULT 0 CHECK (in_kind_quantity >= 0),"
  "  in_kind_unit TEXT NOT NULL DEFAULT '',"
  "  in_kind_price INTEGER NOT NULL DEFAULT 0 CHECK (in_kind_price >= 0),"
  "  status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'approved', 'refused', 'active', 'closed', 'written-off')),"
  "  decided_on TEXT CHECK (decided_on IS NULL OR date (decided_on, '+0 days') IS decided_on),"
  "  decided_by TEXT NOT NULL DEFAULT '',"
  "  resolution TEXT NOT NULL DEFAULT '',"
  "  disbursed_on TEXT CHECK (disbursed_on IS NULL OR date (disbursed_on, '+0 days') IS disbursed_on),"
  "  closed_on TEXT CHECK (closed_on IS NULL OR date (closed_on, '+0 days') IS closed_on),"
  "  write_off_resolution TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  UNIQUE (group_id, number),"
  "  CHECK ((status IN ('active', 'closed', 'written-off')) = (disbursed_on IS NOT NULL))"
  ");"
  "CREATE INDEX loans_member ON loans (member_id);"
  "CREATE INDEX loans_group_status ON loans (group_id, status);"
  "CREATE TABLE loan_guarantors ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE CASCADE,"
  "  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,"
  "  notice_sent_on TEXT CHECK (notice_sent_on IS NULL OR date (notice_sent_on, '+0 days') IS notice_sent_on),"
  "  UNIQUE (loan_id, member_id)"
  ");"
  "CREATE INDEX loan_guarantors_member ON loan_guarantors (member_id);"
  "CREATE TABLE loan_schedules ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE CASCADE,"
  "  version INTEGER NOT NULL CHECK (version >= 1),"
  "  made_on TEXT NOT NULL CHECK (date (made_on, '+0 days') IS made_on),"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  principal INTEGER NOT NULL CHECK (principal > 0),"
  "  months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 360),"
  "  rate_bp INTEGER NOT NULL,"
  "  rate_per TEXT NOT NULL CHECK (rate_per IN ('month', 'year')),"
  "  method TEXT NOT NULL CHECK (method IN ('declining', 'annuity', 'flat', 'balloon')),"
  "  carried_interest INTEGER NOT NULL DEFAULT 0 CHECK (carried_interest >= 0),"
  "  carried_fines INTEGER NOT NULL DEFAULT 0 CHECK (carried_fines >= 0),"
  "  after_journal_id INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (loan_id, version)"
  ");"
  "CREATE TABLE loan_instalments ("
  "  schedule_id INTEGER NOT NULL REFERENCES loan_schedules (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL CHECK (number >= 1),"
  "  due_on TEXT NOT NULL CHECK (date (due_on, '+0 days') IS due_on),"
  "  principal INTEGER NOT NULL CHECK (principal >= 0),"
  "  interest INTEGER NOT NULL CHECK (interest >= 0),"
  "  PRIMARY KEY (schedule_id, number)"
  ") WITHOUT ROWID;"
  "CREATE TRIGGER loan_schedules_no_update BEFORE UPDATE ON loan_schedules BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: a schedule is never changed; reschedule the loan');"
  "END;"
  "CREATE TRIGGER loan_instalments_no_update BEFORE UPDATE ON loan_instalments BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: a schedule is never changed; reschedule the loan');"
  "END;"
  "CREATE TABLE journal_new ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,"
  "  member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,"
  "  account TEXT NOT NULL CHECK (account IN ('pledge', 'special', 'fees', 'fines', 'welfare',"
  "    'loans', 'interest', 'bad-debts')),"
  "  kind TEXT NOT NULL CHECK (kind IN ('pledge', 'special-deposit', 'withdrawal', 'fine', 'entry-fee',"
  "    'welfare-contribution', 'welfare-payout', 'settlement', 'reversal', 'loan-disbursement', 'loan-fee',"
  "    'loan-principal', 'loan-interest', 'loan-fine', 'loan-write-off')),"
  "  amount INTEGER NOT NULL CHECK (amount != 0 AND abs (amount) <= 100000000000000),"
  "  period TEXT NOT NULL CHECK (length (period) = 7 AND date (period || '-01', '+0 days') IS period || '-01'),"
  "  paid_on TEXT NOT NULL CHECK (date (paid_on, '+0 days') IS paid_on),"
  "  receipt_id INTEGER REFERENCES receipts (id) ON DELETE RESTRICT,"
  "  reverses_id INTEGER UNIQUE REFERENCES journal (id) ON DELETE RESTRICT,"
  "  recorded_by TEXT NOT NULL DEFAULT '',"
  "  recorded_at TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  loan_id INTEGER REFERENCES loans (id) ON DELETE RESTRICT,"
  "  CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),"
  "  CHECK ((kind LIKE 'loan-%') <= (loan_id IS NOT NULL))"
  ");"
  "INSERT INTO journal_new (id, uuid, group_id, member_id, account, kind, amount, period, paid_on, receipt_id,"
  "  reverses_id, recorded_by, recorded_at, note)"
  "  SELECT id, uuid, group_id, member_id, account, kind, amount, period, paid_on, receipt_id,"
  "  reverses_id, recorded_by, recorded_at, note FROM journal;"
  "DROP TABLE journal;"
  "ALTER TABLE journal_new RENAME TO journal;"
  "CREATE INDEX journal_member ON journal (member_id, account, period);"
  "CREATE INDEX journal_group_period ON journal (group_id, period);"
  "CREATE INDEX journal_paid_on ON journal (group_id, paid_on);"
  "CREATE INDEX journal_loan ON journal (loan_id) WHERE loan_id IS NOT NULL;"
  "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: journal entries are never changed; post a reversal');"
  "END;"
  "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: journal entries are never removed; post a reversal');"
  "END;"
  "CREATE TRIGGER journal_closed_month BEFORE INSERT ON journal"
  "  WHEN EXISTS (SELECT 1 FROM closed_months WHERE group_id = new.group_id AND period = new.period) BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: the month is closed');"
  "END;"
  "CREATE TRIGGER journal_reversal BEFORE INSERT ON journal WHEN new.reverses_id IS NOT NULL BEGIN"
  "  SELECT RAISE (ABORT, 'sajja: a reversal cannot be reversed')"
  "    WHERE (SELECT kind FROM journal WHERE id = new.reverses_id) = 'reversal';"
  "  SELECT RAISE (ABORT, 'sajja: a reversal must undo its entry exactly')"
  "    WHERE NOT EXISTS (SELECT 1 FROM journal WHERE id = new.reverses_id AND amount = -new.amount"
  "      AND account = new.account AND member_id IS new.member_id AND group_id = new.group_id"
  "      AND loan_id IS new.loan_id);"
  "END;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SAJJA_DB_SCHEMA_VERSION);

static void
sajja_db_finalize (GObject *object)
{
  SajjaDb *self = (SajjaDb *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    {
      sqlite3_close_v2 (self->handle);
      self->handle = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sajja_db_parent_class)->finalize (object);
}

static void
sajja_db_class_init (SajjaDbClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sajja_db_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sajja_db_init (SajjaDb *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

/**
 * sajja_db_set_error:
 * @error: the error to set
 * @handle: (nullable): the connection, for SQLite's own message
 * @rc: the SQLite result code
 * @what: (nullable): a translated description of what was being done
 *
 * Sets @error in SAJJA_DB_ERROR with a code chosen from @rc and a translated message that
 * tells the user what happened and what to do.
 */
void
sajja_db_set_error (GError     **error,
                    sqlite3     *handle,
                    int          rc,
                    const char  *what)
{
  const char *detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  SajjaDbError code;
  const char *message;

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = SAJJA_DB_ERROR_CORRUPT;
      message = _("The database file is damaged. Restore it from a backup.");
      break;
    case SQLITE_CONSTRAINT:
      code = SAJJA_DB_ERROR_CONSTRAINT;
      message = _("The change breaks a rule of the books and was not saved.");
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = SAJJA_DB_ERROR_BUSY;
      message = _("Another program is using the database file. Close it and try again.");
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = SAJJA_DB_ERROR_READ_ONLY;
      message = _("The database file cannot be written to. Check that it is not read-only.");
      break;
    case SQLITE_FULL:
      code = SAJJA_DB_ERROR_FULL;
      message = _("The disk is full. Free some space and try again; nothing was saved.");
      break;
    case SQLITE_CANTOPEN:
      code = SAJJA_DB_ERROR_OPEN;
      message = _("The database file could not be opened. Check the folder exists and can be written to.");
      break;
    case SQLITE_IOERR:
      code = SAJJA_DB_ERROR_IO;
      message = _("The disk could not be read or written. Check the disk and try again.");
      break;
    default:
      code = SAJJA_DB_ERROR_FAILED;
      message = _("The database reported an error.");
      break;
    }

  if (what != NULL)
    /* Translators: the first %s says what was being done, the second what went wrong,
     * the third is SQLite's own (English) detail. */
    g_set_error (error, SAJJA_DB_ERROR, code, _("%s: %s (%s)"), what, message, detail);
  else
    g_set_error (error, SAJJA_DB_ERROR, code, "%s (%s)", message, detail);
}

static int
thai_collation (void       *data,
                int         len_a,
                const void *a,
                int         len_b,
                const void *b)
{
  g_autofree char *sa = g_strndup (a, len_a);
  g_autofree char *sb = g_strndup (b, len_b);

  return sajja_collate_compare (sa, sb);
}

static gboolean
exec_handle (sqlite3     *handle,
             const char  *sql,
             GError     **error)
{
  int rc = sqlite3_exec (handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      sajja_db_set_error (error, handle, rc, NULL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int_handle (sqlite3     *handle,
                  const char  *sql,
                  gint64      *out,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    sajja_db_set_error (error, handle, rc, NULL);
  sqlite3_finalize (stmt);

  return rc == SQLITE_OK;
}

static sqlite3 *
open_handle (const char  *path,
             int          flags,
             GError     **error)
{
  sqlite3 *handle = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &handle, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_OPEN,
                   /* Translators: %s is a file name. */
                   _("Could not open “%s”. Check the folder exists and can be written to."),
                   display);
      sqlite3_close_v2 (handle);
      return NULL;
    }

  sqlite3_extended_result_codes (handle, TRUE);
  sqlite3_busy_timeout (handle, 5000);
  sqlite3_create_collation_v2 (handle, "THAI", SQLITE_UTF8, NULL, thai_collation, NULL);

  return handle;
}

/* A connection that writes nothing. It is opened read-write when the file allows, with
 * query_only on: a read-only connection to a WAL file leaves its -wal and -shm behind on close,
 * while the last read-write connection removes them. */
static sqlite3 *
open_for_reading (const char  *path,
                  GError     **error)
{
  sqlite3 *handle;

  handle = open_handle (path, SQLITE_OPEN_READWRITE, NULL);
  if (handle != NULL)
    {
      sqlite3_exec (handle, "PRAGMA query_only = ON", NULL, NULL, NULL);
      return handle;
    }

  return open_handle (path, SQLITE_OPEN_READONLY, error);
}

/* Reads a file's identity and runs the integrity check, writing nothing. */
static gboolean
check_handle (sqlite3     *handle,
              const char  *path,
              gboolean     integrity,
              int         *out_version,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  gint64 app_id = 0;
  gint64 version = 0;
  gint64 n_tables = 0;
  g_autoptr(GError) local_error = NULL;

  if (!query_int_handle (handle, "PRAGMA application_id", &app_id, &local_error)
      || !query_int_handle (handle, "PRAGMA user_version", &version, &local_error)
      || !query_int_handle (handle, "SELECT count(*) FROM sqlite_schema", &n_tables, &local_error))
    {
      if (g_error_matches (local_error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT))
        g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT,
                     /* Translators: %s is a file name. */
                     _("“%s” is damaged or is not a database. It was not changed. Restore it from a backup."),
                     display);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (app_id != SAJJA_DB_APPLICATION_ID && !(app_id == 0 && n_tables == 0))
    {
      g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_SAJJA,
                   /* Translators: %s is a file name. */
                   _("“%s” is not a Sajja database. It was not changed."), display);
      return FALSE;
    }

  if (version > SAJJA_DB_SCHEMA_VERSION)
    {
      g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NEWER_VERSION,
                   /* Translators: %s is a file name, the numbers are schema versions. */
                   _("“%s” was made by a newer version of Sajja (data version %d; this Sajja reads up to %d). "
                     "Update Sajja to open it. The file was not changed."),
                   display, (int) version, SAJJA_DB_SCHEMA_VERSION);
      return FALSE;
    }

  if (integrity)
    {
      sqlite3_stmt *stmt = NULL;
      int rc;
      gboolean ok = FALSE;

      rc = sqlite3_prepare_v2 (handle, "PRAGMA quick_check", -1, &stmt, NULL);
      if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      sqlite3_finalize (stmt);

      if (!ok)
        {
          g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_CORRUPT,
                       /* Translators: %s is a file name. */
                       _("“%s” is damaged or is not a database. It was not changed. Restore it from a backup."),
                       display);
          return FALSE;
        }
    }

  if (out_version != NULL)
    *out_version = (int) version;

  return TRUE;
}

static gboolean
migrate (sqlite3     *handle,
         int          from,
         int          to,
         GError     **error)
{
  g_autoptr(GDateTime) now_dt = g_date_time_new_now_utc ();
  g_autofree char *now = g_date_time_format_iso8601 (now_dt);

  if (from >= to)
    return TRUE;

  if (!exec_handle (handle, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int v = from; v < to; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", v + 1);

      if (!exec_handle (handle, migrations[v], error) || !exec_handle (handle, set_version, error))
        {
          g_prefix_error (error, _("Could not upgrade the database: "));
          sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      if (v == 0)
        {
          g_autofree char *uuid = sajja_uuid_new ();
          char *sql;
          gboolean ok;

          sql = sqlite3_mprintf ("PRAGMA application_id = %d;"
                                 "INSERT INTO meta (key, value) VALUES ('database-uuid', %Q), ('created', %Q);",
                                 SAJJA_DB_APPLICATION_ID, uuid, now);
          ok = exec_handle (handle, sql, error);
          sqlite3_free (sql);
          if (!ok)
            {
              sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
              return FALSE;
            }
        }
    }

  return exec_handle (handle, "COMMIT", error);
}

/**
 * sajja_db_get_default_path:
 *
 * Returns: (transfer full): sajja.db in the user's data folder.
 */
char *
sajja_db_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sajja", "sajja.db", NULL);
}

/**
 * sajja_db_open:
 * @path: the file, created when missing (unless read-only)
 * @flags: how to open it
 * @error: return location for an error
 *
 * Opens a Sajja database. An existing file is first checked without writing to it: a file
 * that is damaged, not Sajja's, or made by a newer Sajja is refused and left untouched.
 * Then WAL and foreign keys are turned on and older schemas are upgraded in one transaction.
 *
 * Returns: (transfer full): the database, or %NULL with @error set.
 */
SajjaDb *
sajja_db_open (const char        *path,
               SajjaDbOpenFlags   flags,
               GError           **error)
{
  g_autoptr(SajjaDb) self = NULL;
  gboolean read_only = (flags & SAJJA_DB_OPEN_READ_ONLY) != 0;
  gboolean exists;
  int version = 0;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exists = g_stat (path, &st) == 0 && st.st_size > 0;

  if (!exists && read_only)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND,
                   /* Translators: %s is a file name. */
                   _("There is no database at “%s”."), display);
      return NULL;
    }

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_mkdir_with_parents (dir, 0700);
    }

  self = g_object_new (SAJJA_TYPE_DB, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;
  self->handle = read_only ? open_for_reading (path, error)
                            : open_handle (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (self->handle == NULL)
    return NULL;

  if (exists)
    {
      if (!check_handle (self->handle, path, (flags & SAJJA_DB_OPEN_SKIP_CHECK) == 0, &version, error))
        return NULL;
    }

  if (!read_only)
    {
      if (!exec_handle (self->handle, "PRAGMA journal_mode = WAL", error)
          || !exec_handle (self->handle, "PRAGMA synchronous = NORMAL", error)
          || !migrate (self->handle, version, SAJJA_DB_SCHEMA_VERSION, error))
        return NULL;
      version = SAJJA_DB_SCHEMA_VERSION;
    }
  else
    {
      exec_handle (self->handle, "PRAGMA query_only = ON", NULL);
    }

  if (!exec_handle (self->handle, "PRAGMA foreign_keys = ON", error))
    return NULL;

  self->schema_version = version;
  self->changes_at_open = sqlite3_total_changes (self->handle);

  return g_steal_pointer (&self);
}

gboolean
_sajja_db_create_at_version (const char  *path,
                             int          version,
                             GError     **error)
{
  sqlite3 *handle;
  gboolean ok;

  g_return_val_if_fail (version >= 1 && version <= SAJJA_DB_SCHEMA_VERSION, FALSE);

  handle = open_handle (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (handle == NULL)
    return FALSE;

  ok = exec_handle (handle, "PRAGMA journal_mode = WAL", error)
       && migrate (handle, 0, version, error);
  sqlite3_close_v2 (handle);

  return ok;
}

const char *
sajja_db_get_path (SajjaDb *self)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), NULL);

  return self->path;
}

sqlite3 *
sajja_db_get_handle (SajjaDb *self)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), NULL);

  return self->handle;
}

int
sajja_db_get_schema_version (SajjaDb *self)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), 0);

  return self->schema_version;
}

gboolean
sajja_db_has_changes (SajjaDb *self)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  return self->handle != NULL && sqlite3_total_changes (self->handle) != self->changes_at_open;
}

static gboolean
ensure_open (SajjaDb  *self,
             GError  **error)
{
  if (self->handle == NULL)
    {
      g_set_error_literal (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_FAILED,
                           _("The database is closed."));
      return FALSE;
    }

  return TRUE;
}

gboolean
sajja_db_exec (SajjaDb     *self,
               const char  *sql,
               GError     **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  return ensure_open (self, error) && exec_handle (self->handle, sql, error);
}

sqlite3_stmt *
sajja_db_prepare (SajjaDb     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (self), NULL);

  if (!ensure_open (self, error))
    return NULL;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sajja_db_set_error (error, self->handle, rc, NULL);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

gint64
sajja_db_query_int (SajjaDb     *self,
                    const char  *sql,
                    gint64       fallback,
                    GError     **error)
{
  gint64 value = fallback;

  g_return_val_if_fail (SAJJA_IS_DB (self), fallback);

  if (!ensure_open (self, error))
    return fallback;
  query_int_handle (self->handle, sql, &value, error);

  return value;
}

gint64
sajja_db_query_int_params (SajjaDb    *self,
                           const char *sql,
                           gint64      fallback,
                           guint       n_params,
                           ...)
{
  sqlite3_stmt *stmt;
  gint64 value = fallback;
  va_list args;

  g_return_val_if_fail (SAJJA_IS_DB (self), fallback);

  stmt = sajja_db_prepare (self, sql, NULL);
  if (stmt == NULL)
    return fallback;

  va_start (args, n_params);
  for (guint i = 0; i < n_params; i++)
    sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
  va_end (args);

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

gboolean
sajja_db_step_done (SajjaDb       *self,
                    sqlite3_stmt  *stmt,
                    const char    *what,
                    GError       **error)
{
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, self->handle, rc, what);
      return FALSE;
    }
  return TRUE;
}

gboolean
sajja_db_exec_params (SajjaDb     *self,
                      const char  *sql,
                      GError     **error,
                      guint        n_params,
                      ...)
{
  sqlite3_stmt *stmt;
  va_list args;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  stmt = sajja_db_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  va_start (args, n_params);
  for (guint i = 0; i < n_params; i++)
    sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
  va_end (args);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      sajja_db_set_error (error, self->handle, rc, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
sajja_db_in_transaction (SajjaDb *self)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  return self->in_transaction;
}

gboolean
sajja_db_begin_change (SajjaDb   *self,
                       gboolean  *own,
                       GError   **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);
  g_return_val_if_fail (own != NULL, FALSE);

  *own = !self->in_transaction;
  if (*own)
    return sajja_db_begin (self, error);

  return sajja_db_exec (self, "SAVEPOINT sajja_change", error);
}

gboolean
sajja_db_end_change (SajjaDb   *self,
                     gboolean   own,
                     gboolean   ok,
                     GError   **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  if (!ok)
    {
      if (own)
        sajja_db_rollback (self);
      else
        sajja_db_exec (self, "ROLLBACK TO sajja_change; RELEASE sajja_change", NULL);
      return FALSE;
    }

  if (own)
    return sajja_db_commit (self, error);

  return sajja_db_exec (self, "RELEASE sajja_change", error);
}

gboolean
sajja_db_begin (SajjaDb  *self,
                GError  **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (!sajja_db_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->in_transaction = TRUE;

  return TRUE;
}

gboolean
sajja_db_commit (SajjaDb  *self,
                 GError  **error)
{
  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!sajja_db_exec (self, "COMMIT", error))
    {
      sajja_db_rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;

  return TRUE;
}

void
sajja_db_rollback (SajjaDb *self)
{
  g_return_if_fail (SAJJA_IS_DB (self));

  if (self->handle != NULL && !sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
}

gboolean
sajja_db_log_action (SajjaDb     *self,
                     const char  *action,
                     const char  *subject_uuid,
                     const char  *detail,
                     GError     **error)
{
  g_autofree char *uuid = sajja_uuid_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  stmt = sajja_db_prepare (self,
                           "INSERT INTO action_log (uuid, at, action, subject_uuid, detail) "
                           "VALUES (?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, subject_uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, detail != NULL ? detail : "", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, self->handle, rc, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
sajja_db_check_file (const char  *path,
                     int         *out_version,
                     GError     **error)
{
  sqlite3 *handle;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, SAJJA_DB_ERROR, SAJJA_DB_ERROR_NOT_FOUND,
                   _("There is no database at “%s”."), display);
      return FALSE;
    }

  handle = open_for_reading (path, error);
  if (handle == NULL)
    return FALSE;
  ok = check_handle (handle, path, TRUE, out_version, error);
  sqlite3_close_v2 (handle);

  return ok;
}

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (problems, g_strdup_vprintf (format, args));
  va_end (args);
}

gboolean
sajja_db_verify (SajjaDb   *self,
                 GPtrArray *problems)
{
  sqlite3_stmt *stmt = NULL;
  guint before;
  gint64 n;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  before = problems->len;

  if (self->handle == NULL)
    {
      add_problem (problems, "%s", _("The database is closed."));
      return FALSE;
    }

  if (sqlite3_prepare_v2 (self->handle, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *line = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (line, "ok") != 0)
            /* Translators: %s is SQLite's own (English) description of the damage. */
            add_problem (problems, _("The file is damaged: %s"), line);
        }
    }
  else
    {
      add_problem (problems, _("The file is damaged: %s"), sqlite3_errmsg (self->handle));
    }
  sqlite3_finalize (stmt);

  if (problems->len > before)
    return FALSE;

  if (sqlite3_prepare_v2 (self->handle, "PRAGMA foreign_key_check", -1, &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        /* Translators: %s is a table name, %lld a row number. */
        add_problem (problems, _("A row in %s (number %lld) refers to a row that does not exist."),
                     sqlite3_column_text (stmt, 0), (long long) sqlite3_column_int64 (stmt, 1));
    }
  sqlite3_finalize (stmt);

  if (self->schema_version < SAJJA_DB_SCHEMA_VERSION)
    add_problem (problems,
                 /* Translators: the numbers are data versions. */
                 _("The file has data version %d; it will be upgraded to %d when Sajja opens it."),
                 self->schema_version, SAJJA_DB_SCHEMA_VERSION);

  n = sajja_db_query_int (self, "SELECT count(*) FROM meta WHERE key = 'database-uuid'", 0, NULL);
  if (n != 1)
    add_problem (problems, "%s", _("The file has no identity (database-uuid); it cannot be merged safely."));

  if (sqlite3_prepare_v2 (self->handle,
                          "SELECT id, name FROM groups "
                          "WHERE length (uuid) != 36 OR uuid NOT GLOB '*-*-*-*-*' "
                          "   OR (founded IS NOT NULL AND date (founded, '+0 days') IS NOT founded)",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        /* Translators: %s is a group's name. */
        add_problem (problems, _("The group “%s” has a malformed identifier or founding date."),
                     sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);

  n = sajja_db_query_int (self,
                          "SELECT count(*) FROM (SELECT name, moo, tambon, amphoe, changwat FROM groups "
                          "GROUP BY name, moo, tambon, amphoe, changwat HAVING count(*) > 1)",
                          0, NULL);
  if (n > 0)
    add_problem (problems,
                 /* Translators: %d is a count. */
                 g_dngettext (GETTEXT_PACKAGE,
                              "%d group is registered twice with the same name and place.",
                              "%d groups are registered twice with the same name and place.", n),
                 (int) n);

  /* The books' invariants (the journal exists from data version 4). */
  if (self->schema_version >= 4)
    {
      n = sajja_db_query_int (self,
                              "SELECT count(*) FROM (SELECT member_id FROM journal WHERE account = 'special' "
                              "AND member_id IS NOT NULL GROUP BY member_id HAVING sum (amount) < 0)",
                              0, NULL);
      if (n > 0)
        add_problem (problems,
                     /* Translators: %d is a count of members. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%d member has a special-deposit balance below zero.",
                                  "%d members have a special-deposit balance below zero.", n),
                     (int) n);

      n = sajja_db_query_int (self,
                              "SELECT count(*) FROM journal r JOIN journal e ON e.id = r.reverses_id "
                              "WHERE r.amount != -e.amount OR r.account != e.account OR r.group_id != e.group_id "
                              "OR r.member_id IS NOT e.member_id OR e.kind = 'reversal'",
                              0, NULL);
      if (n > 0)
        add_problem (problems,
                     /* Translators: %d is a count of journal entries. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%d reversal does not undo its entry exactly.",
                                  "%d reversals do not undo their entries exactly.", n),
                     (int) n);

      n = sajja_db_query_int (self,
                              "SELECT count(*) FROM journal j JOIN closed_months c "
                              "ON c.group_id = j.group_id AND c.period = j.period "
                              "WHERE substr (j.recorded_at, 1, 10) > c.closed_on",
                              0, NULL);
      if (n > 0)
        add_problem (problems,
                     /* Translators: %d is a count of journal entries. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%d entry was recorded in a month after the month was closed.",
                                  "%d entries were recorded in a month after the month was closed.", n),
                     (int) n);
    }

  /* The loans' invariants (data version 8). */
  if (self->schema_version >= 8)
    {
      n = sajja_db_query_int (self,
                              "SELECT count(*) FROM journal j JOIN loans l ON l.id = j.loan_id "
                              "WHERE j.member_id IS NOT l.member_id OR j.group_id != l.group_id",
                              0, NULL);
      if (n > 0)
        add_problem (problems,
                     /* Translators: %d is a count of journal entries. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%d loan entry is not of the loan's borrower or group.",
                                  "%d loan entries are not of their loan's borrower or group.", n),
                     (int) n);

      n = sajja_db_query_int (self,
                              "SELECT count(*) FROM loans l WHERE "
                              "(SELECT ifnull (sum (amount), 0) FROM journal WHERE loan_id = l.id AND account = 'loans') > 0 "
                              "OR (l.status IN ('closed', 'written-off') AND "
                              "(SELECT ifnull (sum (amount), 0) FROM journal WHERE loan_id = l.id AND account = 'loans') != 0) "
                              "OR (l.disbursed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM loan_schedules WHERE loan_id = l.id)) "
                              "OR (l.disbursed_on IS NOT NULL AND (SELECT count(*) FROM journal WHERE loan_id = l.id "
                              "AND kind = 'loan-disbursement' AND amount = -l.amount) != 1)",
                              0, NULL);
      if (n > 0)
        add_problem (problems,
                     /* Translators: %d is a count of loans. */
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%d loan does not agree with its entries (paid out, repaid or closed).",
                                  "%d loans do not agree with their entries (paid out, repaid or closed).", n),
                     (int) n);
    }

  return problems->len == before;
}

gboolean
sajja_db_backup_to (SajjaDb     *self,
                    const char  *dest,
                    GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) tmp_file = NULL;
  g_autoptr(GFile) dest_file = NULL;
  sqlite3 *out;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  if (!ensure_open (self, error))
    return FALSE;

  tmp = g_strconcat (dest, ".part", NULL);
  g_unlink (tmp);

  out = open_handle (tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (out == NULL)
    return FALSE;

  backup = sqlite3_backup_init (out, "main", self->handle, "main");
  if (backup == NULL)
    {
      sajja_db_set_error (error, out, sqlite3_errcode (out), _("Could not write the backup"));
      sqlite3_close_v2 (out);
      g_unlink (tmp);
      return FALSE;
    }

  do
    rc = sqlite3_backup_step (backup, 1024);
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      sajja_db_set_error (error, out, rc, _("Could not write the backup"));
      sqlite3_close_v2 (out);
      g_unlink (tmp);
      return FALSE;
    }

  /* A backup is a single self-contained file: no -wal beside it. */
  rc = sqlite3_exec (out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close_v2 (out);
  if (rc != SQLITE_OK)
    {
      sajja_db_set_error (error, NULL, rc, _("Could not write the backup"));
      g_unlink (tmp);
      return FALSE;
    }

  tmp_file = g_file_new_for_path (tmp);
  dest_file = g_file_new_for_path (dest);
  if (!g_file_move (tmp_file, dest_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  return TRUE;
}

char *
sajja_db_get_backup_dir (const char *db_path)
{
  return g_strconcat (db_path, ".backups", NULL);
}

static int
compare_paths_desc (gconstpointer a,
                    gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
sajja_db_list_backups (const char *db_path)
{
  g_autofree char *dir_path = sajja_db_get_backup_dir (db_path);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return paths;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".backup"))
        g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
    }

  /* Names carry a sortable time stamp, so name order is time order. */
  g_ptr_array_sort (paths, compare_paths_desc);

  return paths;
}

static char *
new_backup_path (const char *db_path,
                 const char *label)
{
  g_autofree char *dir_path = sajja_db_get_backup_dir (db_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");

  g_mkdir_with_parents (dir_path, 0700);

  /* The stamp orders backups; the counter only breaks ties within one microsecond. */
  for (int i = 0; ; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%02d%s.backup", stamp, i, label);
      char *path = g_build_filename (dir_path, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

gboolean
sajja_db_rotate_backup (SajjaDb     *self,
                        guint        keep,
                        char       **out_path,
                        GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  path = new_backup_path (self->path, "");
  if (!sajja_db_backup_to (self, path, error))
    return FALSE;

  backups = sajja_db_list_backups (self->path);
  for (guint i = MAX (keep, 1); i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));

  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);

  return TRUE;
}

gboolean
sajja_db_close (SajjaDb   *self,
                gboolean   backup,
                guint      keep,
                GError   **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SAJJA_IS_DB (self), FALSE);

  if (self->handle == NULL)
    return TRUE;

  if (backup && !self->read_only && sajja_db_has_changes (self))
    ok = sajja_db_rotate_backup (self, keep, NULL, error);

  g_hash_table_remove_all (self->statements);
  sqlite3_close_v2 (self->handle);
  self->handle = NULL;

  return ok;
}

static void
remove_sidecars (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
}

gboolean
sajja_db_restore (const char  *backup,
                  const char  *target,
                  GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) tmp_file = NULL;
  g_autoptr(GFile) target_file = NULL;
  g_autoptr(SajjaDb) source = NULL;

  g_return_val_if_fail (backup != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!sajja_db_check_file (backup, NULL, error))
    return FALSE;

  /* Keep what is there now, so that the restore itself can be undone. */
  if (sajja_db_check_file (target, NULL, NULL))
    {
      g_autoptr(SajjaDb) current = sajja_db_open (target, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK, error);
      g_autofree char *safety = new_backup_path (target, "-before-restore");

      if (current == NULL || !sajja_db_backup_to (current, safety, error))
        return FALSE;
    }

  source = sajja_db_open (backup, SAJJA_DB_OPEN_READ_ONLY | SAJJA_DB_OPEN_SKIP_CHECK, error);
  if (source == NULL)
    return FALSE;

  tmp = g_strconcat (target, ".restoring", NULL);
  if (!sajja_db_backup_to (source, tmp, error))
    return FALSE;

  remove_sidecars (target);
  tmp_file = g_file_new_for_path (tmp);
  target_file = g_file_new_for_path (target);
  if (!g_file_move (tmp_file, target_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  return TRUE;
}
