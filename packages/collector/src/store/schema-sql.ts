/**
 * PostgreSQL statements shared by both backends (PGlite and `pg`). Parameters are positional
 * ($1...) so both drivers take them as they are. The schema itself is built by
 * {@link MIGRATIONS} in migrations.ts.
 *
 * `body_text` is the source of truth: the submission as JSON text, as JSON.stringify wrote it.
 * JSON escapes keep every string exact, including NUL and lone surrogates, which `jsonb` (and
 * `text` itself, for NUL) would reject. `body` is a jsonb copy for SQL queries and analysis in
 * which those two kinds of characters are replaced by U+FFFD; never read answers back from it.
 *
 * A withdrawn submission leaves a tombstone: its row keeps only `id` and `withdrawn_at`, so the
 * primary key still refuses a late copy of it.
 */

/** Version 1: the submissions table (what the first collector release created). */
export const SCHEMA_V1_SQL = `
create table if not exists submissions (
  id uuid primary key,
  seq bigint generated always as identity,
  survey_id text not null,
  survey_version text not null,
  locale text not null,
  partial boolean not null,
  created_at timestamptz not null,
  received_at timestamptz not null default now(),
  body_text text not null,
  body jsonb not null
);
create index if not exists submissions_newest on submissions (received_at desc, seq desc);
create index if not exists submissions_survey_newest on submissions (survey_id, received_at desc, seq desc);
`;

/** Version 2: withdrawal tombstones, and indexes for the read filters. */
export const SCHEMA_V2_SQL = `
alter table submissions add column if not exists withdrawn_at timestamptz;
alter table submissions
  alter column survey_id drop not null,
  alter column survey_version drop not null,
  alter column locale drop not null,
  alter column partial drop not null,
  alter column created_at drop not null,
  alter column body_text drop not null,
  alter column body drop not null;
alter table submissions add constraint submissions_whole_or_withdrawn check (
  withdrawn_at is not null or (survey_id is not null and survey_version is not null and locale is not null
    and partial is not null and created_at is not null and body_text is not null and body is not null)
);
create index if not exists submissions_questions on submissions using gin ((body -> 'answers') jsonb_path_ops);
create index if not exists submissions_locale on submissions (lower(locale));
`;

/**
 * Version 4: each submission's content hash (see content-hash.ts), so a copy of an id with other
 * content is told apart from a retry. Rows stored before get theirs, computed from `body_text`,
 * the first time a copy of them arrives.
 */
export const SCHEMA_V4_SQL = `
alter table submissions add column if not exists content_hash text;
`;

/** Values of one row, in the column order of {@link insertSubmissionsSql}. */
export type SubmissionRow = [
  id: string,
  surveyId: string,
  surveyVersion: string,
  locale: string,
  partial: boolean,
  createdAt: string,
  bodyText: string,
  bodyJsonb: string,
  contentHash: string,
];

const INSERT_COLUMNS = 'id, survey_id, survey_version, locale, partial, created_at, body_text, body, content_hash';
const COLUMNS_PER_ROW = 9;

/**
 * One statement inserting `rowCount` rows. The primary key does the deduplication: a repeated
 * id (already stored, withdrawn, or earlier in the same batch) is skipped, and RETURNING lists
 * the new ones.
 */
export function insertSubmissionsSql(rowCount: number): string {
  const rows = Array.from({ length: rowCount }, (_, r) => {
    const p = (c: number) => `$${r * COLUMNS_PER_ROW + c}`;
    return `(${p(1)}::uuid, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}::boolean, ${p(6)}::timestamptz, ${p(7)}, ${p(8)}::jsonb, ${p(9)})`;
  });
  return `insert into submissions (${INSERT_COLUMNS}) values ${rows.join(', ')} on conflict (id) do nothing returning id::text as id`;
}

/** $1 ids (uuid[]): what is stored under ids that came again, to compare with the copies that came. */
export const STORED_COPIES_SQL = 'select id::text as id, content_hash, body_text from submissions where id = any($1::uuid[])';

/** $1 id, $2 hash: keeps the hash computed for a row stored before hashes were (migration 4). */
export const BACKFILL_HASH_SQL = 'update submissions set content_hash = $2 where id = $1::uuid and content_hash is null';

/**
 * $1 id. Turns the row into a tombstone, or writes one when there is no row yet (a copy may still
 * be on its way): one atomic statement on the primary key, so it cannot race an insert.
 */
export const WITHDRAW_SQL = `
insert into submissions (id, withdrawn_at) values ($1::uuid, now())
on conflict (id) do update set
  withdrawn_at = coalesce(submissions.withdrawn_at, excluded.withdrawn_at),
  survey_id = null, survey_version = null, locale = null, partial = null, created_at = null,
  body_text = null, body = null, content_hash = null
`;
