import type { StoredSubmission } from '../store/answer-store.js';

export interface QuestionGroup {
  questionId: string;
  /** Each distinct wording this question was shown with, most recent first. */
  prompts: string[];
  answers: { text: string; submission: StoredSubmission }[];
}

/** Answers grouped by question id, questions in order of first appearance; empty answers left out. */
export function groupByQuestion(submissions: readonly StoredSubmission[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const submission of submissions) {
    for (const answer of submission.answers) {
      let group = groups.get(answer.questionId);
      if (!group) {
        group = { questionId: answer.questionId, prompts: [], answers: [] };
        groups.set(answer.questionId, group);
      }
      if (!group.prompts.includes(answer.prompt)) group.prompts.push(answer.prompt);
      if (answer.text.trim() !== '') group.answers.push({ text: answer.text, submission });
    }
  }
  return [...groups.values()];
}
