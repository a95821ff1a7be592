import type { Answer } from '@candor/protocol';
import type { StoredSubmission } from '../store/answer-store.js';
import { csvLine } from './csv-cell.js';
import { metadataCell, SUBMISSION_COLUMNS, submissionCells } from './submission-fields.js';

/** What the per-submission CSV has a column for, read before the rows: the questions and metadata keys of the matching submissions. */
export interface SubmissionsCsvColumns {
  questionIds: readonly string[];
  metadataKeys: readonly string[];
}

/** Per question, five columns: the wording shown, the answer, the follow-up asked, its answer, and who wrote the follow-up. */
const questionColumns = (q: string) => [`${q}: prompt`, `${q}: answer`, `${q}: follow-up prompt`, `${q}: follow-up answer`, `${q}: follow-up source`];

/** Several answers to one question in a submission (unusual) share its cells, separated by a blank line. */
const joined = (answers: readonly Answer[], cell: (a: Answer) => string | undefined) => answers.map(cell).filter((v) => v !== undefined && v !== '').join('\n\n');

/**
 * The per-submission CSV, streamed: one row per submission, with every field it came with (see
 * SUBMISSION_COLUMNS), then five columns per question (prompt, answer, follow-up prompt,
 * follow-up answer, follow-up source) and one per metadata key. Spreadsheet-safe cells, UTF-8
 * with a byte order mark.
 */
export async function* submissionsCsv(submissions: AsyncIterable<StoredSubmission>, columns: SubmissionsCsvColumns): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...SUBMISSION_COLUMNS, ...columns.questionIds.flatMap(questionColumns), ...columns.metadataKeys.map((k) => `metadata: ${k}`)])}`;
  let chunk = '';
  for await (const s of submissions) {
    const perQuestion = columns.questionIds.flatMap((q) => {
      const answers = s.answers.filter((a) => a.questionId === q);
      return [
        joined(answers, (a) => a.prompt),
        joined(answers, (a) => a.text),
        joined(answers, (a) => a.followUp?.prompt),
        joined(answers, (a) => a.followUp?.text),
        joined(answers, (a) => a.followUp?.source),
      ];
    });
    const metadata = columns.metadataKeys.map((k) => metadataCell(s.context.metadata?.[k]));
    chunk += csvLine([...submissionCells(s), ...perQuestion, ...metadata]);
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
