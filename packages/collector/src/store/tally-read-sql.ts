import type { SubmissionFilter } from './submission-filter.js';
import { filterSql } from './filter-sql.js';
import { surveyOnly, tallyFilterSql, wholeHourZone } from './tally-filter-sql.js';

// The results' counts read from the summaries the database keeps (migration 6, see
// tally-schema-sql.ts) instead of from every submission. Each builder returns the same columns
// as the statement it stands in for (read-sql.ts, results-sql.ts), or undefined when the
// summaries cannot answer that filter: the caller then reads the submissions.

/** A statement and its parameters (read-sql.ts's Statement, which uses these). */
interface Statement {
  sql: string;
  params: unknown[];
}

/** How many submissions match (column total). */
export function tallyCountSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return tally && { sql: `select coalesce(sum(t.submissions), 0)::int as total from submission_tally t where ${tally.where}`, params: tally.params };
}

/** Per UTC day of arrival (columns day, submissions), oldest first. */
export function tallyPerDaySql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select to_char(t.hour at time zone 'UTC', 'YYYY-MM-DD') as day, sum(t.submissions)::int as submissions
        from submission_tally t where ${tally.where} group by 1 having sum(t.submissions) > 0 order by 1`,
      params: tally.params,
    }
  );
}

/** Per question, how many answered it (columns question_id, answered), most first. */
export function tallyPerQuestionSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select t.question_id, sum(t.answered)::int as answered from answer_tally t where ${tally.where}
        group by 1 having sum(t.answered) > 0 order by 2 desc, 1`,
      params: tally.params,
    }
  );
}

/**
 * Totals (columns submissions, people, finished, partial, first_received_at, last_received_at).
 * People come from the per-person summary when only the survey narrows the filter, else from
 * the submissions; the first and last arrival from the arrival-time index.
 */
export function tallyTotalsSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  if (!tally) return undefined;
  const rows = filterSql(filter, tally.params.length + 1);
  const people = surveyOnly(filter)
    ? `(select count(${filter.surveyId === undefined ? 'distinct p.person' : '*'})::int from respondent_tally p where p.submissions > 0${
        filter.surveyId === undefined ? '' : ` and p.survey_id = $${tally.params.length + 1 + rows.params.length}::text`
      })`
    : `(select count(distinct coalesce('r:' || nullif(s.body ->> 'respondentId', ''), 's:' || s.id::text))::int from submissions s where ${rows.where})`;
  return {
    sql: `select coalesce(sum(t.submissions), 0)::int as submissions, ${people} as people,
        coalesce(sum(t.submissions) filter (where not t.partial), 0)::int as finished, coalesce(sum(t.submissions) filter (where t.partial), 0)::int as partial,
        (select s.received_at from submissions s where ${rows.where} order by s.received_at, s.seq limit 1) as first_received_at,
        (select s.received_at from submissions s where ${rows.where} order by s.received_at desc, s.seq desc limit 1) as last_received_at
      from submission_tally t where ${tally.where}`,
    params: [...tally.params, ...rows.params, ...(surveyOnly(filter) && filter.surveyId !== undefined ? [filter.surveyId] : [])],
  };
}

/** Per language, the locale's primary subtag (columns language, submissions), most first. */
export function tallyLanguagesSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select split_part(t.locale, '-', 1) as language, sum(t.submissions)::int as submissions from submission_tally t where ${tally.where}
        group by 1 having sum(t.submissions) > 0 order by 2 desc, 1 limit 100`,
      params: tally.params,
    }
  );
}

/** Per question: how many answered it and the wording it was last shown with (columns question_id, answered, prompt). */
export function tallyQuestionsSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select t.question_id, sum(t.answered)::int as answered, (array_agg(t.prompt order by t.last_shown_at desc nulls last, t.last_shown_seq desc nulls last, t.prompt))[1] as prompt
        from answer_tally t where ${tally.where} and t.shown > 0 group by 1 order by 2 desc, 1 limit 50`,
      params: tally.params,
    }
  );
}

/** Per survey version (columns survey_id, survey_version, submissions). */
export function tallyVersionsSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select t.survey_id, t.survey_version, sum(t.submissions)::int as submissions from submission_tally t where ${tally.where}
        group by 1, 2 having sum(t.submissions) > 0 order by 1, 3 desc, 2 limit 500`,
      params: tally.params,
    }
  );
}

/** Per day or week in time zone `tz` (columns start, submissions); only for zones a whole number of hours from UTC. */
export function tallyTimelineSql(filter: SubmissionFilter, bucket: 'day' | 'week', tz: string): Statement | undefined {
  const tally = wholeHourZone(tz) ? tallyFilterSql(filter, 3) : undefined;
  return (
    tally && {
      sql: `select to_char(date_trunc($1::text, t.hour at time zone $2::text), 'YYYY-MM-DD') as start, sum(t.submissions)::int as submissions
        from submission_tally t where ${tally.where} group by 1 having sum(t.submissions) > 0 order by 1`,
      params: [bucket, tz, ...tally.params],
    }
  );
}

/** Metadata keys (30 most used) and each one's 20 most used values (columns key, key_submissions, value, submissions), for a survey or all. */
export function tallyMetadataSql(filter: SubmissionFilter): Statement | undefined {
  if (!surveyOnly(filter)) return undefined;
  const survey = filter.surveyId === undefined ? '' : ' and m.survey_id = $1::text';
  return {
    sql: `with pairs as (select m.key, m.value, sum(m.submissions)::int as submissions from metadata_tally m where m.submissions > 0${survey} group by 1, 2),
      keys as (select key, sum(submissions)::int as submissions from pairs group by 1 order by 2 desc, 1 limit 30),
      values_ranked as (select key, value, submissions, row_number() over (partition by key order by submissions desc, value) as rank from pairs where key in (select key from keys))
      select k.key, k.submissions as key_submissions, v.value, v.submissions from keys k join values_ranked v using (key) where v.rank <= 20
      order by k.submissions desc, k.key, v.submissions desc, v.value`,
    params: filter.surveyId === undefined ? [] : [filter.surveyId],
  };
}

/** The values of one metadata key (column value) of a survey or all, most used first, at most `limit`. */
export function tallyMetadataValuesSql(filter: SubmissionFilter, key: string, limit: number): Statement | undefined {
  if (!surveyOnly(filter)) return undefined;
  const survey = filter.surveyId === undefined ? '' : ' and m.survey_id = $3::text';
  return {
    sql: `select m.value from metadata_tally m where m.key = $1::text and m.submissions > 0${survey}
      group by 1 order by sum(m.submissions) desc, 1 limit $2::int`,
    params: filter.surveyId === undefined ? [key, limit] : [key, limit, filter.surveyId],
  };
}

/** Question ids (by how often asked) and, for a survey or all, metadata keys: the per-submission CSV's columns (columns kind, name, uses). */
export function tallyExportColumnsSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  if (!tally || !surveyOnly(filter)) return undefined;
  const survey = filter.surveyId === undefined ? '' : ` and m.survey_id = $${tally.params.length + 1}::text`;
  return {
    sql: `(select 'question' as kind, t.question_id as name, sum(t.shown)::int as uses from answer_tally t where ${tally.where} and t.shown > 0 group by 2 order by 3 desc, 2 limit 200)
      union all
      (select 'metadata' as kind, m.key as name, sum(m.submissions)::int as uses from metadata_tally m where m.submissions > 0${survey} group by 2 order by 3 desc, 2 limit 200)`,
    params: filter.surveyId === undefined ? tally.params : [...tally.params, filter.surveyId],
  };
}

/** Each wording shown, in which versions, to how many and answered by how many (columns question_id, prompt, versions, submissions, answered). */
export function tallyWordingsSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select t.question_id, t.prompt, string_agg(distinct t.survey_version, ', ') as versions, sum(t.shown)::int as submissions, sum(t.answered)::int as answered
        from answer_tally t where ${tally.where} and t.shown > 0 group by 1, 2 order by 1, 4 desc limit 500`,
      params: tally.params,
    }
  );
}

/** Submissions per sampling rate (columns rate, submissions), most first (migration 11). */
export function tallySamplingSql(filter: SubmissionFilter): Statement | undefined {
  const tally = tallyFilterSql(filter);
  return (
    tally && {
      sql: `select t.rate, sum(t.submissions)::int as submissions from sampling_tally t where ${tally.where}
        group by 1 having sum(t.submissions) > 0 order by 2 desc, 1 limit 50`,
      params: tally.params,
    }
  );
}

/** Every survey with answers (at most `limit`): counts, first and last arrival, and whether all of it is sample data; most recent first. */
export function tallySurveysSql(limit: number): string {
  return `select t.survey_id, sum(t.submissions)::int as submissions,
      (select s.received_at from submissions s where s.survey_id = t.survey_id and s.withdrawn_at is null order by s.received_at, s.seq limit 1) as first_received_at,
      (select s.received_at from submissions s where s.survey_id = t.survey_id and s.withdrawn_at is null order by s.received_at desc, s.seq desc limit 1) as last_received_at,
      bool_and(t.sample) as sample_data
    from submission_tally t where t.submissions > 0 group by 1 order by 4 desc, 1 limit ${Math.trunc(limit)}`;
}

/** Each survey's versions with their counts (at most `limit` rows). */
export function tallySurveyVersionsSql(limit: number): string {
  return `select t.survey_id, t.survey_version, sum(t.submissions)::int as submissions from submission_tally t
    group by 1, 2 having sum(t.submissions) > 0 order by 1, 3 desc, 2 limit ${Math.trunc(limit)}`;
}
