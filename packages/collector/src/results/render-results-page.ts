import type { AnswerCounts, ListResult, SubmissionFilter } from '../store/answer-store.js';
import { escapeHtml } from './escape-html.js';
import { groupByQuestion } from './group-by-question.js';
import { renderFilterForm } from './render-filter-form.js';
import { resultsHref } from './results-href.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}.prompt{color:#555;margin:0 0 .5rem}
li{margin:.6rem 0;white-space:pre-wrap;overflow-wrap:anywhere}.meta{display:block;color:#666;font-size:.8rem;white-space:normal}
form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;padding:.75rem;background:#f4f4f4;border-radius:6px}
label{display:flex;flex-direction:column;font-size:.85rem}nav a{margin-right:1rem}
table{border-collapse:collapse;font-size:.85rem}td,th{padding:.1rem .6rem;text-align:left}`;

export interface ResultsView {
  token: string;
  filter: SubmissionFilter;
  offset: number;
  limit: number;
}

/**
 * The results page: counts, the filter form, download links, the themes section when given
 * (render-themes-section.ts), then one page of answers grouped by question (with a search, only
 * the answers containing it). Every string that came from a user
 * or a request is HTML-escaped; nothing is rendered as markup.
 */
export function renderResultsPage(result: ListResult, counts: AnswerCounts, view: ResultsView, themes?: { html: string; style: string }): string {
  const { token, filter, offset, limit } = view;
  const href = (path: string, extra: Record<string, string | number> = {}) => escapeHtml(resultsHref(path, token, filter, extra));
  const needle = filter.search?.toLowerCase();
  const groups = groupByQuestion(result.items)
    .filter((g) => filter.questionId === undefined || g.questionId === filter.questionId)
    .map((g) => ({ ...g, answers: needle ? g.answers.filter((a) => a.text.toLowerCase().includes(needle)) : g.answers }));
  const answered = new Map(counts.perQuestion.map((q) => [q.questionId, q.answered]));
  const shown = result.items.length === 0
    ? (result.total === 0 ? 'No submissions match.' : 'No more submissions on this page.')
    : `Submissions ${offset + 1}–${offset + result.items.length} of ${count(result.total, 'submission')}, newest first.`;
  const sections = groups.map((group) => {
    const items = group.answers.map(({ text, submission: s }) => {
      const meta = [s.locale, s.createdAt, `survey ${s.surveyId} v${s.surveyVersion}`, s.partial ? 'partial' : ''].filter(Boolean).join(' · ');
      return `<li><span class="answer">${escapeHtml(text)}</span><span class="meta">${escapeHtml(meta)}</span></li>`;
    });
    const prompts = group.prompts.map((p) => `<p class="prompt">${escapeHtml(p)}</p>`).join('');
    const list = items.length ? `<ul>${items.join('')}</ul>` : '<p>No answers to show on this page.</p>';
    const total = answered.get(group.questionId) ?? 0;
    return `<section><h2>${escapeHtml(group.questionId)} <small>(${count(total, 'answer')} in all)</small></h2>${prompts}${list}</section>`;
  });
  const pages = [
    offset > 0 ? `<a href="${href('/', { offset: Math.max(0, offset - limit), limit })}">Newer</a>` : '',
    offset + result.items.length < result.total ? `<a href="${href('/', { offset: offset + limit, limit })}">Older</a>` : '',
  ].join('');
  const perDay = counts.perDay.length
    ? `<details><summary>Submissions per day</summary><table><tr><th>day (UTC)</th><th>submissions</th></tr>${counts.perDay
        .map((d) => `<tr><td>${escapeHtml(d.day)}</td><td>${d.submissions}</td></tr>`)
        .join('')}</table></details>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Candor results</title><style>${STYLE}${themes ? `\n${themes.style}` : ''}</style></head>
<body><h1>Candor results</h1>
${renderFilterForm(token, filter, counts)}
<p>${shown} <a href="${href('/v1/answers.csv')}" download>Download CSV</a> · <a href="${href('/v1/answers.jsonl')}" download>Download JSONL</a></p>
${perDay}
${themes?.html ?? ''}
<main>${sections.join('\n')}</main>
<nav>${pages}</nav></body></html>`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
