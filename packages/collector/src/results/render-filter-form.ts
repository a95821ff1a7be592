import type { AnswerCounts, SubmissionFilter } from '../store/answer-store.js';
import { escapeHtml } from './escape-html.js';

const value = (v: string | undefined) => (v === undefined ? '' : ` value="${escapeHtml(v)}"`);
const day = (iso: string | undefined, edge: 'from' | 'to') => {
  if (iso === undefined) return undefined;
  // `to` is exclusive; the form shows the last day it includes.
  const time = Date.parse(iso) - (edge === 'to' ? 1 : 0);
  return new Date(time).toISOString().slice(0, 10);
};

/** The filter and search form (GET, so every view is a link), with the admin token carried along. */
export function renderFilterForm(token: string, filter: SubmissionFilter, counts: AnswerCounts): string {
  const questions = counts.perQuestion.map(({ questionId }) => questionId);
  if (filter.questionId !== undefined && !questions.includes(filter.questionId)) questions.unshift(filter.questionId);
  const questionOptions = questions
    .map((q) => `<option${value(q)}${q === filter.questionId ? ' selected' : ''}>${escapeHtml(q)}</option>`)
    .join('');
  const partial = filter.partial === undefined ? '' : String(filter.partial);
  const partialOption = (v: string, label: string) => `<option value="${v}"${v === partial ? ' selected' : ''}>${label}</option>`;
  return `<form method="get" action="/" role="search" aria-label="Filter answers">
<input type="hidden" name="token"${value(token)}>
<label>Search answers <input type="search" name="q"${value(filter.search)}></label>
<label>Question <select name="question"><option value="">all</option>${questionOptions}</select></label>
<label>Survey <input name="survey"${value(filter.surveyId)} size="14"></label>
<label>Language <input name="locale"${value(filter.locale)} size="5" placeholder="en"></label>
<label>Finished <select name="partial">${partialOption('', 'all')}${partialOption('false', 'finished only')}${partialOption('true', 'partial only')}</select></label>
<label>From <input type="date" name="from"${value(day(filter.from, 'from'))}></label>
<label>To <input type="date" name="to"${value(day(filter.to, 'to'))}></label>
<button type="submit">Filter</button> <a href="/?token=${escapeHtml(encodeURIComponent(token))}">Clear</a>
</form>`;
}
