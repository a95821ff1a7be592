import type { Answer } from '@candor/protocol';
import type { AnswerDetail } from './theme-store.js';

/** A submission row as the theme reads select it. */
export interface SubmissionTextRow {
  id: string;
  body_text: string;
  received_at: Date | string;
}

/**
 * The answer to `questionId` in a stored submission, read from its exact JSON text. Several
 * answers to the same question (unusual) are joined by a blank line, as are their follow-ups.
 */
export function answerDetail(row: SubmissionTextRow, questionId: string): AnswerDetail {
  const submission = JSON.parse(row.body_text) as { locale: string; answers: Answer[] };
  const answers = submission.answers.filter((a) => a.questionId === questionId && a.text.trim() !== '');
  const followUps = answers.flatMap((a) => (a.followUp && a.followUp.text.trim() !== '' ? [a.followUp.text] : []));
  return {
    submissionId: row.id,
    questionId,
    text: answers.map((a) => a.text).join('\n\n'),
    ...(followUps.length > 0 ? { followUpText: followUps.join('\n\n') } : {}),
    locale: submission.locale,
    receivedAt: new Date(row.received_at).toISOString(),
  };
}
