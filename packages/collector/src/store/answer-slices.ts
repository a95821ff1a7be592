import type { AnswerDetail, ClassifierStamp } from './theme-store.js';
import type { SqlQueryable } from './sql-client.js';
import { answerDetail } from './answer-detail.js';

/** Submissions one slice looks at: a post waits for one slice at most (a few milliseconds). */
export const ANSWER_SLICE = 500;
/** How long a scan's starting point is trusted before a scan starts again from the oldest submission. */
export const WATERMARK_TTL_MS = 10 * 60_000;

/** $1 question id: the submission (alias w) holds a non-blank answer to it. */
const ANSWERED = `(w.body -> 'answers') @> jsonb_build_array(jsonb_build_object('questionId', $1::text))
  and exists (select 1 from jsonb_array_elements(w.body -> 'answers') a where a ->> 'questionId' = $1::text and btrim(a ->> 'text') <> '')`;

/**
 * $1 question id, $2 scheme version, $3 classifier, $4 classifier version, $5/$6 the slice's start
 * (after this arrival time and sequence; null for the oldest), $7 size: the next submissions in
 * order of arrival, with their text when they answer the question and have no label under the stamp.
 */
const UNLABELLED_SLICE_SQL = `
with w as (
  select s.id, s.seq, s.received_at, s.body_text, s.body from submissions s
  where s.withdrawn_at is null and ($5::text is null or (s.received_at, s.seq) > ($5::timestamptz, $6::bigint))
  order by s.received_at, s.seq limit $7::int)
select w.id::text as id, w.received_at, w.received_at::text as cursor_received_at, w.seq::text as seq,
  case when not exists (select 1 from answer_themes t where t.submission_id = w.id and t.question_id = $1::text
      and t.scheme_version = $2::text and t.classifier = $3::text and t.classifier_version = $4::text)
    and ${ANSWERED} then w.body_text end as body_text
from w order by w.received_at, w.seq`;

/** $1 question id, $2 the slice's start (after this submission id; null for the first), $3 size: the next submissions by id, with their text when they answer the question. */
const ANSWERS_SLICE_SQL = `
with w as (
  select s.id, s.received_at, s.body_text, s.body from submissions s
  where s.withdrawn_at is null and ($2::uuid is null or s.id > $2::uuid) order by s.id limit $3::int)
select w.id::text as id, w.received_at, case when ${ANSWERED} then w.body_text end as body_text from w order by w.id`;

type Cursor = { receivedAt: string; seq: string };
type SliceRow = { id: string; received_at: Date | string; cursor_received_at: string; seq: string; body_text: string | null };

/**
 * The theme reads that go through every submission, a slice at a time so that posts take turns
 * between slices (see ThemeStore.unlabelledAnswers and answersTo).
 *
 * Finding unlabelled answers remembers, per question and stamp, where the last search found its
 * first unlabelled answer: everything before it was labelled then (labels under a stamp are only
 * added, or removed with their submission), so the next search starts there instead of going
 * through every labelled answer again. A starting point older than {@link WATERMARK_TTL_MS} is
 * dropped (on PostgreSQL a submission may commit after a later-stamped one was read).
 */
export function answerSlices(client: SqlQueryable, now: () => number = Date.now) {
  const watermarks = new Map<string, Cursor & { since: number }>();

  return {
    async unlabelledAnswers(questionId: string, stamp: ClassifierStamp, limit: number): Promise<AnswerDetail[]> {
      const stampParams = [stamp.schemeVersion, stamp.classifier, stamp.classifierVersion];
      const key = JSON.stringify([questionId, ...stampParams]);
      const mark = watermarks.get(key);
      const fresh = mark !== undefined && now() - mark.since < WATERMARK_TTL_MS;
      /** When the search that set the first starting point began: every starting point since is trusted until then plus the TTL. */
      const since = fresh ? mark.since : now();
      let start: Cursor | undefined = fresh ? mark : undefined;
      const remember = (cursor: Cursor | undefined) => (cursor ? watermarks.set(key, { ...cursor, since }) : watermarks.delete(key));
      const found: AnswerDetail[] = [];
      for (;;) {
        const { rows } = await client.query<SliceRow>(UNLABELLED_SLICE_SQL, [questionId, ...stampParams, start?.receivedAt ?? null, start?.seq ?? null, ANSWER_SLICE]);
        for (const row of rows) {
          if (row.body_text === null) continue;
          if (found.length === limit) break;
          // The next search starts where this slice did: everything before it is labelled.
          if (found.length === 0) remember(start);
          found.push(answerDetail({ id: row.id, body_text: row.body_text, received_at: row.received_at }, questionId));
        }
        const last = rows.at(-1);
        if (found.length === limit || !last || rows.length < ANSWER_SLICE) {
          if (found.length === 0) remember(start);
          return found;
        }
        start = { receivedAt: last.cursor_received_at, seq: last.seq };
      }
    },

    async answersTo(questionId: string): Promise<AnswerDetail[]> {
      const found: AnswerDetail[] = [];
      let after: string | null = null;
      for (;;) {
        const rows: SliceRow[] = (await client.query<SliceRow>(ANSWERS_SLICE_SQL, [questionId, after, ANSWER_SLICE])).rows;
        for (const row of rows) if (row.body_text !== null) found.push(answerDetail({ id: row.id, body_text: row.body_text, received_at: row.received_at }, questionId));
        const last: SliceRow | undefined = rows.at(-1);
        if (!last || rows.length < ANSWER_SLICE) return found;
        after = last.id;
      }
    },
  };
}
