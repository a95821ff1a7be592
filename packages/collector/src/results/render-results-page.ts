import type { ListResult } from '../store/answer-store.js';
import { escapeHtml } from './escape-html.js';
import { groupByQuestion } from './group-by-question.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}.prompt{color:#555;margin:0 0 .5rem}
li{margin:.6rem 0;white-space:pre-wrap;overflow-wrap:anywhere}.meta{display:block;color:#666;font-size:.8rem;white-space:normal}`;

/**
 * The results page: stored answers grouped by question. Every string that came from a user or
 * a request is HTML-escaped; nothing is rendered as markup.
 */
export function renderResultsPage(result: ListResult, view: { surveyId?: string; offset: number }): string {
  const groups = groupByQuestion(result.items);
  const scope = view.surveyId ? ` for survey “${escapeHtml(view.surveyId)}”` : '';
  const shown = result.items.length === 0
    ? 'No submissions stored yet.'
    : `Showing ${view.offset + 1}–${view.offset + result.items.length} of ${count(result.total, 'submission')}${scope}, newest first.`;
  const sections = groups.map((group) => {
    const items = group.answers.map(({ text, submission: s }) => {
      const meta = [s.locale, s.createdAt, `survey ${s.surveyId} v${s.surveyVersion}`, s.partial ? 'partial' : ''].filter(Boolean).join(' · ');
      return `<li>${escapeHtml(text)}<span class="meta">${escapeHtml(meta)}</span></li>`;
    });
    const prompts = group.prompts.map((p) => `<p class="prompt">${escapeHtml(p)}</p>`).join('');
    const list = items.length ? `<ul>${items.join('')}</ul>` : '<p>No answers (every response skipped it).</p>';
    return `<section><h2>${escapeHtml(group.questionId)} <small>(${count(group.answers.length, 'answer')})</small></h2>${prompts}${list}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Candor results</title><style>${STYLE}</style></head>
<body><h1>Candor results</h1><p>${shown}</p>${sections.join('\n')}</body></html>`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
