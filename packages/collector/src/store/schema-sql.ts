/**
 * PostgreSQL statements shared by every SQL backend (PGlite now, `pg` later). Parameters are
 * positional ($1...) so both drivers take them as they are.
 *
 * `body_text` is the source of truth: the submission as JSON text, as JSON.stringify wrote it.
 * JSON escapes keep every string exact, including NUL and lone surrogates, which `jsonb` (and
 * `text` itself, for NUL) would reject. `body` is a jsonb copy for SQL queries and analysis in
 * which those two kinds of characters are replaced by U+FFFD; never read answers back from it.
 */
export const SCHEMA_SQL = `
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
];

const INSERT_COLUMNS = 'id, survey_id, survey_version, locale, partial, created_at, body_text, body';
const COLUMNS_PER_ROW = 8;

/**
 * One statement inserting `rowCount` rows. The primary key does the deduplication: a repeated
 * id (already stored, or earlier in the same batch) is skipped, and RETURNING lists the new ones.
 */
export function insertSubmissionsSql(rowCount: number): string {
  const rows = Array.from({ length: rowCount }, (_, r) => {
    const p = (c: number) => `$${r * COLUMNS_PER_ROW + c}`;
    return `(${p(1)}::uuid, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}::boolean, ${p(6)}::timestamptz, ${p(7)}, ${p(8)}::jsonb)`;
  });
  return `insert into submissions (${INSERT_COLUMNS}) values ${rows.join(', ')} on conflict (id) do nothing returning id::text as id`;
}

/** $1 limit, $2 offset, $3 survey id or null for all. */
export const LIST_SUBMISSIONS_SQL = `
select body_text, received_at
from submissions
where ($3::text is null or survey_id = $3::text)
order by received_at desc, seq desc
limit $1::int offset $2::int
`;

/** $1 survey id or null for all. */
export const COUNT_SUBMISSIONS_SQL = `
select count(*)::int as total from submissions where ($1::text is null or survey_id = $1::text)
`;
