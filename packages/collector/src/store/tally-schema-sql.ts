/**
 * Version 6: counts kept by the database as submissions arrive and are withdrawn, so the results
 * views read a few hundred summary rows instead of every submission (see tally-read-sql.ts).
 *
 * - `submission_tally`: submissions per survey, UTC hour of arrival, version, locale (lower
 *   case), partial or finished, consent to quotes (1 yes, 0 no, -1 not asked) and sample data.
 * - `answer_tally`: per question and wording shown, with the same keys: how many submissions
 *   were asked it (shown), how many answered it (non-blank text), and when it was last shown
 *   (arrival time and order: the latest wording of a question is the one shown last).
 * - `respondent_tally`: submissions per survey and person (the respondent id, or the submission
 *   itself when it has none), for counting people.
 * - `metadata_tally`: submissions per survey and context metadata key and value (as text).
 *
 * Statement-level triggers with transition tables keep them: after an insert (the rows added),
 * an update (a withdrawal: the rows as they were, taken away, and as they are, added; changes
 * that move no count write nothing) and a delete; a truncate empties them. Each summary is
 * updated by one upsert sorted by its key, the tables always in the same order, so concurrent
 * transactions on PostgreSQL wait for each other rather than deadlock. Rows that fall to zero
 * stay (reads skip them). What existed before this version is counted when it is applied,
 * with writes to submissions held off meanwhile.
 */

/** Per-submission values the summaries are keyed by; `{source}` yields rows of submissions with a `sign` (+1 or -1). */
const CHANGED = `changed as (
  select r.sign, r.id, r.seq, r.survey_id, r.survey_version, lower(r.locale) as locale, r.partial, r.received_at, r.body,
    date_trunc('hour', r.received_at, 'UTC') as hour,
    (case r.body -> 'consent' -> 'quotes' when 'true'::jsonb then 1 when 'false'::jsonb then 0 else -1 end)::smallint as consent,
    coalesce((r.body -> 'context' -> 'metadata' -> 'sampleData') = 'true'::jsonb, false) as sample,
    coalesce('r:' || nullif(r.body ->> 'respondentId', ''), 's:' || r.id::text) as person
  from ({source}) r)`;

const KEY = 'survey_id, hour, survey_version, locale, partial, consent';

/** The four upserts, in a fixed order, for the rows `source` yields. */
function applySql(source: string): string {
  const changed = CHANGED.replace('{source}', source);
  return `
  with ${changed}
  insert into submission_tally as t (${KEY}, sample, submissions)
  select ${KEY}, sample, sum(sign) from changed group by ${KEY}, sample having sum(sign) <> 0 order by ${KEY}, sample
  on conflict (${KEY}, sample) do update set submissions = t.submissions + excluded.submissions;

  with ${changed},
  asked as (
    select c.sign, c.survey_id, c.hour, c.survey_version, c.locale, c.partial, c.consent, c.received_at, c.seq, q.question_id, q.prompt, q.answered
    from changed c cross join lateral (
      select a ->> 'questionId' as question_id, coalesce(a ->> 'prompt', '') as prompt, bool_or(btrim(coalesce(a ->> 'text', '')) <> '') as answered
      from jsonb_array_elements(case when jsonb_typeof(c.body -> 'answers') = 'array' then c.body -> 'answers' else '[]'::jsonb end) a
      where a ->> 'questionId' is not null
      group by 1, 2) q)
  insert into answer_tally as t (question_id, prompt, ${KEY}, shown, answered, last_shown_at, last_shown_seq)
  select question_id, prompt, ${KEY}, sum(sign), coalesce(sum(sign) filter (where answered), 0), max(received_at) filter (where sign > 0), max(seq) filter (where sign > 0)
  from asked group by question_id, prompt, ${KEY}
  having sum(sign) <> 0 or coalesce(sum(sign) filter (where answered), 0) <> 0
  order by question_id, prompt, ${KEY}
  on conflict (question_id, prompt, ${KEY}) do update set shown = t.shown + excluded.shown, answered = t.answered + excluded.answered,
    last_shown_at = greatest(t.last_shown_at, excluded.last_shown_at), last_shown_seq = greatest(t.last_shown_seq, excluded.last_shown_seq);

  with ${changed}
  insert into respondent_tally as t (survey_id, person, submissions)
  select survey_id, person, sum(sign) from changed group by 1, 2 having sum(sign) <> 0 order by 1, 2
  on conflict (survey_id, person) do update set submissions = t.submissions + excluded.submissions;

  with ${changed}
  insert into metadata_tally as t (survey_id, key, value, submissions)
  select c.survey_id, m.key, m.value, sum(c.sign)
  from changed c cross join lateral jsonb_each_text(
    case when jsonb_typeof(c.body -> 'context' -> 'metadata') = 'object' then c.body -> 'context' -> 'metadata' else '{}'::jsonb end) m
  where m.value is not null
  group by 1, 2, 3 having sum(c.sign) <> 0 order by 1, 2, 3
  on conflict (survey_id, key, value) do update set submissions = t.submissions + excluded.submissions;`;
}

const LIVE_ADDED = 'select 1 as sign, * from added where withdrawn_at is null';
const LIVE_REMOVED = 'select -1 as sign, * from removed where withdrawn_at is null';

const triggerFunction = (name: string, source: string) => `
create or replace function ${name}() returns trigger language plpgsql set search_path from current as $tally$
begin
  ${applySql(source)}
  return null;
end
$tally$;`;

export const SCHEMA_V6_SQL = `
create table if not exists submission_tally (
  survey_id text not null,
  hour timestamptz not null,
  survey_version text not null,
  locale text not null,
  partial boolean not null,
  consent smallint not null,
  sample boolean not null,
  submissions integer not null,
  primary key (${KEY}, sample)
);
create table if not exists answer_tally (
  question_id text not null,
  prompt text not null,
  survey_id text not null,
  hour timestamptz not null,
  survey_version text not null,
  locale text not null,
  partial boolean not null,
  consent smallint not null,
  shown integer not null,
  answered integer not null,
  last_shown_at timestamptz,
  last_shown_seq bigint,
  primary key (question_id, prompt, ${KEY})
);
create index if not exists answer_tally_survey on answer_tally (survey_id);
create table if not exists respondent_tally (
  survey_id text not null,
  person text not null,
  submissions integer not null,
  primary key (survey_id, person)
);
create table if not exists metadata_tally (
  survey_id text not null,
  key text not null,
  value text not null,
  submissions integer not null,
  primary key (survey_id, key, value)
);

lock table submissions in share row exclusive mode;
do $backfill$ begin
  ${applySql('select 1 as sign, * from submissions where withdrawn_at is null')}
end
$backfill$;
${triggerFunction('candor_tally_inserted', LIVE_ADDED)}
${triggerFunction('candor_tally_updated', `${LIVE_ADDED} union all ${LIVE_REMOVED}`)}
${triggerFunction('candor_tally_deleted', LIVE_REMOVED)}
create or replace function candor_tally_truncated() returns trigger language plpgsql set search_path from current as $tally$
begin
  truncate submission_tally, answer_tally, respondent_tally, metadata_tally;
  return null;
end
$tally$;
create trigger submissions_tally_inserted after insert on submissions
  referencing new table as added for each statement execute function candor_tally_inserted();
create trigger submissions_tally_updated after update on submissions
  referencing old table as removed new table as added for each statement execute function candor_tally_updated();
create trigger submissions_tally_deleted after delete on submissions
  referencing old table as removed for each statement execute function candor_tally_deleted();
create trigger submissions_tally_truncated after truncate on submissions
  for each statement execute function candor_tally_truncated();
`;
