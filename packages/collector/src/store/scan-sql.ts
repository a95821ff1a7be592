import type { SubmissionFilter } from './submission-filter.js';
import { filterSql } from './filter-sql.js';
import type { Statement } from './read-sql.js';

/** Where a scan stopped: the last row it looked at, in (received_at, seq) order; the time as the database wrote it (microseconds kept). */
export interface ScanCursor {
  receivedAt: string;
  seq: string;
}

/** A row of a slice: the submission's text when it matches the filter (null when it was only looked at), and where the slice got to. */
export interface ScanRow {
  body_text: string | null;
  received_at: Date | string;
  cursor_received_at: string;
  seq: string;
}

/**
 * The next `size` submissions after `cursor` (newest first) along the arrival-time index,
 * narrowed by what that order can use (survey, time bounds), as a statement selecting
 * `columns` plus `matches` (whether the rest of the filter holds) and the cursor columns.
 * $1 is the size; $2, $3 the cursor when there is one.
 */
export function arrivalWindowSql(filter: SubmissionFilter, size: number, cursor: ScanCursor | undefined, columns: string): Statement {
  const { where, params } = filterSql(filter, cursor ? 4 : 2);
  const range: string[] = ['s.withdrawn_at is null'];
  const bound = (value: unknown, cast: string) => {
    params.push(value);
    return `$${(cursor ? 3 : 1) + params.length}::${cast}`;
  };
  if (filter.surveyId !== undefined) range.push(`s.survey_id = ${bound(filter.surveyId, 'text')}`);
  if (filter.from !== undefined) range.push(`s.received_at >= ${bound(filter.from, 'timestamptz')}`);
  if (filter.to !== undefined) range.push(`s.received_at < ${bound(filter.to, 'timestamptz')}`);
  if (cursor) range.push('(s.received_at, s.seq) < ($2::timestamptz, $3::bigint)');
  return {
    sql: `select ${columns}, (${where}) as matches, s.received_at::text as cursor_received_at, s.seq::text as seq
      from submissions s where ${range.join(' and ')}
      order by s.received_at desc, s.seq desc limit $1::int`,
    params: cursor ? [size, cursor.receivedAt, cursor.seq, ...params] : [size, ...params],
  };
}

/**
 * One slice of a scan: the next `size` submissions after `cursor`, newest first, with the text
 * of those that match the filter. However rare the matches, a slice looks at `size` rows at
 * most, so it takes about as long as any other.
 */
export function scanSliceSql(filter: SubmissionFilter, size: number, cursor: ScanCursor | undefined): Statement {
  const window = arrivalWindowSql(filter, size, cursor, 's.body_text, s.received_at');
  return {
    sql: `select case when w.matches then w.body_text end as body_text, w.received_at, w.cursor_received_at, w.seq
      from (${window.sql}) w order by w.received_at desc, w.seq::bigint desc`,
    params: window.params,
  };
}
