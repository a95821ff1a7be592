import { LABEL_DIMENSION_COLUMNS, LABEL_DIMENSIONS_SQL } from './theme-tally-schema-sql.js';


/** $1 question id: the submission (alias s) holds a non-blank answer to it. */
const ANSWERED = `(s.body -> 'answers') @> jsonb_build_array(jsonb_build_object('questionId', $1::text))
  and exists (select 1 from jsonb_array_elements(s.body -> 'answers') a where a ->> 'questionId' = $1::text and btrim(a ->> 'text') <> '')`;

/** Questions with a non-blank answer, from the summary counts (migration 6) rather than every submission. */
export const ANSWERED_QUESTIONS_SQL = `
select distinct t.question_id from answer_tally t where t.answered > 0 order by 1`;

/** $1 question id, $2 JSON array of submission ids. */
export const ANSWER_DETAILS_SQL = `
select s.id::text as id, s.body_text, s.received_at from submissions s
where s.id = any(array(select value::uuid from jsonb_array_elements_text($2::jsonb))) and s.withdrawn_at is null and ${ANSWERED}`;

/** $1 question id: held to the end of the transaction, so saves of one question's labels take turns (across processes on PostgreSQL). */
export const LOCK_QUESTION_LABELS_SQL = `select pg_advisory_xact_lock(hashtext('candor-collector labels ' || current_schema() || ' ' || $1::text))`;

/** $1 question id: every label of the question goes. */
export const DELETE_QUESTION_LABELS_SQL = 'delete from answer_themes where question_id = $1::text';

/**
 * $1 question id, $2 JSON array of submission ids: the labels of those answers go. The ids are
 * an array (= any), so they are looked up in the primary key: as a semi-join the planner chose to
 * read every label of the question, a cost that grew with each slice the theme job saved.
 */
export const DELETE_ANSWER_LABELS_SQL = `delete from answer_themes
where question_id = $1::text and submission_id = any(array(select value::uuid from jsonb_array_elements_text($2::jsonb)))`;

/** $1 question id, $2 JSON array of {id, label}, $3 scheme version, $4 classifier, $5 classifier version. */
export const INSERT_LABELS_SQL = `
insert into answer_themes (submission_id, question_id, label, scheme_version, classifier, classifier_version, ${LABEL_DIMENSION_COLUMNS})
select x.id, $1::text, x.label, $3::text, $4::text, $5::text, ${LABEL_DIMENSIONS_SQL}
from jsonb_to_recordset($2::jsonb) as x(id uuid, label text)
join submissions s on s.id = x.id and s.withdrawn_at is null
on conflict do nothing`;

/** Labels and quote decisions left on withdrawn submissions by a classification that raced the withdrawal. */
export const DELETE_WITHDRAWN_LABELS_SQL = `
with withdrawn as (select id from submissions where withdrawn_at is not null),
  gone as (delete from quote_approvals where submission_id in (select id from withdrawn))
delete from answer_themes where submission_id in (select id from withdrawn) returning 1`;

/** $1 submission id: its labels and quote decision go (with the withdrawal, in its transaction). */
export const FORGET_THEMES_SQL = `
with gone as (delete from quote_approvals where submission_id = $1::uuid)
delete from answer_themes where submission_id = $1::uuid`;

export const QUOTE_DECISIONS_SQL = `
select q.submission_id::text as submission_id, q.question_id, q.status, q.decided_at
from quote_approvals q join submissions s on s.id = q.submission_id where s.withdrawn_at is null`;

/** $1 submission id, $2 question id, $3 status. Returns a row only when the decision was stored. */
export const DECIDE_QUOTE_SQL = `
insert into quote_approvals (submission_id, question_id, status, decided_at)
select s.id, $2::text, $3::text, case when $3::text = 'pending' then null else now() end
from submissions s
where s.id = $1::uuid and s.withdrawn_at is null and (s.body -> 'consent' -> 'quotes') = 'true'::jsonb
  and exists (select 1 from jsonb_array_elements(s.body -> 'answers') a where a ->> 'questionId' = $2::text and btrim(a ->> 'text') <> '')
on conflict (submission_id, question_id) do update set status = excluded.status, decided_at = excluded.decided_at
returning 1 as decided`;
