import type { SubmissionFilter } from './submission-filter.js';
import type { Statement } from './read-sql.js';
import { arrivalWindowSql, type ScanCursor } from './scan-sql.js';

/**
 * One slice of the theme labels of the matching submissions: the next `size` submissions after
 * `cursor` (newest first, see arrivalWindowSql), each with its labels (one row per label; a row
 * with a null label for a submission without any, or that does not match, so the slice's end is
 * known), with who answered, when and in which language (see ThemeStore.memberships).
 */
export function membershipSliceSql(filter: SubmissionFilter, size: number, cursor: ScanCursor | undefined): Statement {
  const window = arrivalWindowSql(filter, size, cursor, 's.id, s.received_at, s.locale, s.body');
  const question = filter.questionId === undefined ? '' : ` and t.question_id = $${window.params.length + 1}::text`;
  return {
    sql: `select t.submission_id::text as submission_id,
        coalesce('r:' || nullif(w.body ->> 'respondentId', ''), 's:' || w.id::text) as respondent,
        t.question_id, t.label, t.scheme_version, t.classifier, t.classifier_version, w.received_at,
        to_char(w.received_at at time zone 'UTC', 'YYYY-MM') as month,
        lower(split_part(w.locale, '-', 1)) as language,
        coalesce((w.body -> 'consent' -> 'quotes') = 'true'::jsonb, false) as quotes_allowed,
        w.cursor_received_at, w.seq
      from (${window.sql}) w left join answer_themes t on t.submission_id = w.id and w.matches${question}
      order by w.received_at desc, w.seq::bigint desc`,
    params: filter.questionId === undefined ? window.params : [...window.params, filter.questionId],
  };
}
