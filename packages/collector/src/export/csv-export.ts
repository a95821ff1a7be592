import type { StoredSubmission } from '../store/answer-store.js';
import { csvLine } from './csv-cell.js';
import { SUBMISSION_COLUMNS, submissionCells } from './submission-fields.js';

/** The CSV export's columns, one row per answer: the answer and its follow-up, then what came with the submission. */
export const CSV_COLUMNS = [
  'question_id',
  'question_position',
  'prompt',
  'answer',
  'follow_up_prompt',
  'follow_up_answer',
  'follow_up_source',
  ...SUBMISSION_COLUMNS,
  'metadata',
] as const;

/**
 * The CSV export as text chunks: a byte order mark (so spreadsheets read UTF-8), the header,
 * then one row per answer of each submission, in the order given. Metadata is one JSON column
 * here (the per-submission CSV has a column per key).
 */
export async function* csvExport(submissions: AsyncIterable<StoredSubmission>): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(CSV_COLUMNS)}`;
  let chunk = '';
  for await (const s of submissions) {
    const shared = submissionCells(s);
    s.answers.forEach((answer, index) => {
      chunk += csvLine([
        answer.questionId,
        index + 1,
        answer.prompt,
        answer.text,
        answer.followUp?.prompt,
        answer.followUp?.text,
        answer.followUp?.source,
        ...shared,
        s.context.metadata ? JSON.stringify(s.context.metadata) : '',
      ]);
    });
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
