import type { SubmissionFilter } from './submission-filter.js';
import { filterSql } from './filter-sql.js';
import { tallyCountSql, tallyPerDaySql, tallyPerQuestionSql } from './tally-read-sql.js';

/** A statement and its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** One page of matching submissions, newest first. */
export function listSql(filter: SubmissionFilter, limit: number, offset: number): Statement {
  const { where, params } = filterSql(filter, 3);
  return {
    sql: `select s.body_text, s.received_at from submissions s where ${where}
      order by s.received_at desc, s.seq desc limit $1::int offset $2::int`,
    params: [limit, offset, ...params],
  };
}

/** How many submissions match (from the summary counts when they can answer, see tally-read-sql.ts). */
export function countSql(filter: SubmissionFilter): Statement {
  const tallied = tallyCountSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return { sql: `select count(*)::int as total from submissions s where ${where}`, params };
}

/** Per question id, how many matching submissions answered it with non-blank text. */
export function perQuestionSql(filter: SubmissionFilter): Statement {
  const tallied = tallyPerQuestionSql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `select a ->> 'questionId' as question_id, count(distinct s.id)::int as answered
      from submissions s cross join lateral jsonb_array_elements(s.body -> 'answers') a
      where ${where} and btrim(a ->> 'text') <> ''
      group by 1 order by 2 desc, 1`,
    params,
  };
}

/** Per UTC day of arrival, how many submissions match. */
export function perDaySql(filter: SubmissionFilter): Statement {
  const tallied = tallyPerDaySql(filter);
  if (tallied) return tallied;
  const { where, params } = filterSql(filter);
  return {
    sql: `select to_char(s.received_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as submissions
      from submissions s where ${where} group by 1 order by 1`,
    params,
  };
}
