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
 * One slice of a scan: the next `size` submissions after `cursor`, newest first, along the
 * arrival-time index (narrowed by survey and time bounds, which that order can use), with the
 * text of those that match the rest of the filter. However rare the matches, a slice looks at
 * `size` rows at most, so it takes about as long as any other.
 */
export function scanSliceSql(filter: SubmissionFilter, size: number, cursor: ScanCursor | undefined): Statement {
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
    sql: `select case when ${where} then s.body_text end as body_text, s.received_at, s.received_at::text as cursor_received_at, s.seq::text as seq
      from submissions s where ${range.join(' and ')}
      order by s.received_at desc, s.seq desc limit $1::int`,
    params: cursor ? [size, cursor.receivedAt, cursor.seq, ...params] : [size, ...params],
  };
}
