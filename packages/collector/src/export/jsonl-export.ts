import type { StoredSubmission } from '../store/answer-store.js';

/** The JSONL export: one stored submission per line, exactly as sent, plus `receivedAt`. */
export async function* jsonlExport(submissions: AsyncIterable<StoredSubmission>): AsyncGenerator<string> {
  let chunk = '';
  for await (const submission of submissions) {
    chunk += `${JSON.stringify(submission)}\n`;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
