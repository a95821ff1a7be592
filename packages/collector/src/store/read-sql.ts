import type { SubmissionFilter } from './submission-filter.js';
import { filterSql } from './filter-sql.js';

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

/** How many submissions match. */
export function countSql(filter: SubmissionFilter): Statement {
  const { where, params } = filterSql(filter);
  return { sql: `select count(*)::int as total from submissions s where ${where}`, params };
}

/** Where an export stopped: the last row it read, in (received_at, seq) order. */
export interface ExportCursor {
  receivedAt: Date;
  seq: string;
}

/** The next page of an export, after `cursor` (newest first). Keyset paging: no offset to skip. */
export function exportPageSql(filter: SubmissionFilter, pageSize: number, cursor: ExportCursor | undefined): Statement {
  const { where, params } = filterSql(filter, cursor ? 4 : 2);
  const after = cursor ? ' and (s.received_at, s.seq) < ($2::timestamptz, $3::bigint)' : '';
  return {
    sql: `select s.body_text, s.received_at, s.seq::text as seq from submissions s where ${where}${after}
      order by s.received_at desc, s.seq desc limit $1::int`,
    params: cursor ? [pageSize, cursor.receivedAt, cursor.seq, ...params] : [pageSize, ...params],
  };
}

/** Per question id, how many matching submissions answered it with non-blank text. */
export function perQuestionSql(filter: SubmissionFilter): Statement {
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
  const { where, params } = filterSql(filter);
  return {
    sql: `select to_char(s.received_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as submissions
      from submissions s where ${where} group by 1 order by 1`,
    params,
  };
}
