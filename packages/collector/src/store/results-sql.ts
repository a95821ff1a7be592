import type { SubmissionFilter } from './submission-filter.js';
import { filterSql } from './filter-sql.js';
import type { Statement } from './read-sql.js';
import {
  tallySamplingSql,
  tallyExportColumnsSql,
  tallyLanguagesSql,
  tallyMetadataSql,
  tallyMetadataValuesSql,
  tallyQuestionsSql,
  tallySurveysSql,
  tallySurveyVersionsSql,
  tallyTimelineSql,
  tallyTotalsSql,
  tallyVersionsSql,
  tallyWordingsSql,
} from './tally-read-sql.js';

/** Who answered: the respondent id, or the submission itself when it has none (as theme counts do). */
const PERSON = `coalesce('r:' || nullif(s.body ->> 'respondentId', ''), 's:' || s.id::text)`;
/** The primary language subtag, lower-case ("pt" for pt-BR). */
const LANGUAGE = `lower(split_part(s.locale, '-', 1))`;
/** Marked as the demo's made-up respondents. */
const SAMPLE = `coalesce((s.body -> 'context' -> 'metadata' -> 'sampleData') = 'true'::jsonb, false)`;

/** Surveys at most in a reply. */
export const MAX_SURVEYS = 200;

/** Every survey with answers: counts, first and last arrival, and whether it is all sample data; most recent first (from the summary counts). */
export const SURVEYS_SQL = tallySurveysSql(MAX_SURVEYS);

/** Each survey's versions with their counts. */
export const SURVEY_VERSIONS_SQL = tallySurveyVersionsSql(MAX_SURVEYS * 20);

/** Totals of the matching submissions: how many, how many people, finished and partial, first and last. */
export function totalsSql(filter: SubmissionFilter): Statement {
  const tallied = tallyTotalsSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `select count(*)::int as submissions, count(distinct ${PERSON})::int as people,
        count(*) filter (where not s.partial)::int as finished, count(*) filter (where s.partial)::int as partial,
        min(s.received_at) as first_received_at, max(s.received_at) as last_received_at
      from submissions s where ${where}`,
    params,
  };
}

/** Matching submissions per language, most first. */
export function languagesSql(filter: SubmissionFilter): Statement {
  const tallied = tallyLanguagesSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return { sql: `select ${LANGUAGE} as language, count(*)::int as submissions from submissions s where ${where} group by 1 order by 2 desc, 1 limit 100`, params };
}

/** Per question: how many matching submissions answered it (non-blank) and the wording it was last shown with. */
export function questionsSql(filter: SubmissionFilter): Statement {
  const tallied = tallyQuestionsSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `with asked as (
        select a ->> 'questionId' as question_id, a ->> 'prompt' as prompt, btrim(a ->> 'text') <> '' as answered, s.id, s.received_at, s.seq
        from submissions s cross join lateral jsonb_array_elements(s.body -> 'answers') a where ${where})
      select c.question_id, c.answered, p.prompt from
        (select question_id, count(distinct id) filter (where answered)::int as answered from asked group by 1) c
        join (select distinct on (question_id) question_id, prompt from asked order by question_id, received_at desc, seq desc) p using (question_id)
      order by c.answered desc, c.question_id limit 50`,
    params,
  };
}

/** Matching submissions per survey version. */
export function versionsSql(filter: SubmissionFilter): Statement {
  const tallied = tallyVersionsSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `select s.survey_id, s.survey_version, count(*)::int as submissions from submissions s where ${where} group by 1, 2 order by 1, 3 desc, 2 limit 500`,
    params,
  };
}

/** Metadata keys of the matching submissions (30 most used) and each one's 20 most used values. */
/** The values of one metadata key (column value), most used first, at most `limit`. */
export function metadataValuesSql(filter: SubmissionFilter, key: string, limit: number): Statement {
  const tallied = tallyMetadataValuesSql(filter, key, limit);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter, 3);
  return {
    sql: `select s.body -> 'context' -> 'metadata' ->> $1::text as value from submissions s
      where ${where} and jsonb_typeof(s.body -> 'context' -> 'metadata') = 'object' and s.body -> 'context' -> 'metadata' ->> $1::text is not null
      group by 1 order by count(*) desc, 1 limit $2::int`,
    params: [key, limit, ...params],
  };
}

export function metadataSql(filter: SubmissionFilter): Statement {
  const tallied = tallyMetadataSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `with pairs as (
        select m.key, m.value from submissions s cross join lateral jsonb_each_text(
          case when jsonb_typeof(s.body -> 'context' -> 'metadata') = 'object' then s.body -> 'context' -> 'metadata' else '{}'::jsonb end) m
        where ${where} and m.value is not null),
      keys as (select key, count(*)::int as submissions from pairs group by 1 order by 2 desc, 1 limit 30),
      values_ranked as (select key, value, count(*)::int as submissions, row_number() over (partition by key order by count(*) desc, value) as rank
        from pairs where key in (select key from keys) group by 1, 2)
      select k.key, k.submissions as key_submissions, v.value, v.submissions
      from keys k join values_ranked v using (key) where v.rank <= 20
      order by k.submissions desc, k.key, v.submissions desc, v.value`,
    params,
  };
}

/**
 * Matching submissions per day or week (weeks start on Monday) in the time zone `tz`, oldest
 * first; days without any are left out.
 */
export function timelineSql(filter: SubmissionFilter, bucket: 'day' | 'week', tz: string): Statement {
  const tallied = tallyTimelineSql(filter, bucket, tz);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter, 3);
  return {
    sql: `select to_char(date_trunc($1::text, s.received_at at time zone $2::text), 'YYYY-MM-DD') as start, count(*)::int as submissions
      from submissions s where ${where} group by 1 order by 1`,
    params: [bucket, tz, ...params],
  };
}

/**
 * Withdraws every submission marked as sample data, as DELETE /v1/answers/:id withdraws one
 * (a tombstone keeps the id; see WITHDRAW_SQL), with its theme labels and quote decisions, and
 * the funnel counts of surveys that hold sample data only (the demo's sample survey has made-up
 * counts too; a survey with real answers keeps its counts). Returns a row per submission withdrawn.
 */
export const WITHDRAW_SAMPLE_DATA_SQL = `
with sample as (select s.id from submissions s where s.withdrawn_at is null and ${SAMPLE}),
  sample_surveys as (select s.survey_id from submissions s where s.withdrawn_at is null group by s.survey_id having bool_and(${SAMPLE})),
  forget_quotes as (delete from quote_approvals where submission_id in (select id from sample)),
  forget_labels as (delete from answer_themes where submission_id in (select id from sample)),
  forget_counts as (delete from funnel_counts where survey_id in (select survey_id from sample_surveys))
update submissions set withdrawn_at = now(),
  survey_id = null, survey_version = null, locale = null, partial = null, created_at = null,
  body_text = null, body = null, content_hash = null
where id in (select id from sample)
returning 1 as withdrawn`;

/** Question ids and metadata keys of the matching submissions (200 of each at most, most used first): the per-submission CSV's columns. */
export function exportColumnsSql(filter: SubmissionFilter): Statement {
  const tallied = tallyExportColumnsSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `(select 'question' as kind, a ->> 'questionId' as name, count(*)::int as uses
        from submissions s cross join lateral jsonb_array_elements(s.body -> 'answers') a where ${where} group by 2 order by 3 desc, 2 limit 200)
      union all
      (select 'metadata' as kind, m.key as name, count(*)::int as uses
        from submissions s cross join lateral jsonb_object_keys(
          case when jsonb_typeof(s.body -> 'context' -> 'metadata') = 'object' then s.body -> 'context' -> 'metadata' else '{}'::jsonb end) m(key)
        where ${where} group by 2 order by 3 desc, 2 limit 200)`,
    params,
  };
}

/** Each wording a question was shown with, in which survey versions, and how many submissions saw it: the report's method. */
export function wordingsSql(filter: SubmissionFilter): Statement {
  const tallied = tallyWordingsSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `select a ->> 'questionId' as question_id, a ->> 'prompt' as prompt, string_agg(distinct s.survey_version, ', ') as versions,
        count(distinct s.id)::int as submissions, count(distinct s.id) filter (where btrim(a ->> 'text') <> '')::int as answered
      from submissions s cross join lateral jsonb_array_elements(s.body -> 'answers') a where ${where}
      group by 1, 2 order by 1, 4 desc limit 500`,
    params,
  };
}

/** How likely people were to be asked (the sampling rates), with how many submissions each. */
export function samplingSql(filter: SubmissionFilter): Statement {
  const tallied = tallySamplingSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `select coalesce((s.body ->> 'sampleRate')::float8, 1) as rate, count(*)::int as submissions from submissions s where ${where} group by 1 order by 2 desc, 1 limit 50`,
    params,
  };
}
