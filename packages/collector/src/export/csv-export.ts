import type { StoredSubmission } from '../store/answer-store.js';
import { csvLine } from './csv-cell.js';

/** The CSV export's columns, one row per answer. */
export const CSV_COLUMNS = [
  'submission_id',
  'received_at',
  'created_at',
  'survey_id',
  'survey_version',
  'locale',
  'partial',
  'question_id',
  'question_position',
  'prompt',
  'answer',
  'page_path',
  'product',
  'sample_rate',
  'metadata',
] as const;

/**
 * The CSV export as text chunks: a byte order mark (so spreadsheets read UTF-8), the header,
 * then one row per answer of each submission, in the order given.
 */
export async function* csvExport(submissions: AsyncIterable<StoredSubmission>): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(CSV_COLUMNS)}`;
  let chunk = '';
  for await (const s of submissions) {
    s.answers.forEach((answer, index) => {
      chunk += csvLine([
        s.id,
        s.receivedAt,
        s.createdAt,
        s.surveyId,
        s.surveyVersion,
        s.locale,
        s.partial,
        answer.questionId,
        index + 1,
        answer.prompt,
        answer.text,
        s.context.path,
        s.context.product,
        s.sampleRate,
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
