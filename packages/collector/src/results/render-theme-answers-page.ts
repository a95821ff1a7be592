import type { ThemeAnswersReply } from '../themes/reports/theme-answers.js';
import { escapeHtml } from './escape-html.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}li{margin:.6rem 0;white-space:pre-wrap;overflow-wrap:anywhere}.meta,.follow-up{display:block;color:#666;font-size:.85rem;white-space:normal}nav a{margin-right:1rem}`;

/** The answers of one theme (drill-down from the results page's chart), every string escaped. */
export function renderThemeAnswersPage(reply: ThemeAnswersReply, links: { back: string; newer?: string; older?: string }): string {
  const items = reply.items.map(
    (a) =>
      `<li><span class="answer">${escapeHtml(a.text)}</span>` +
      (a.followUpText ? `<span class="follow-up">Follow-up: ${escapeHtml(a.followUpText)}</span>` : '') +
      `<span class="meta">${escapeHtml(`${a.locale} · ${a.receivedAt}`)}</span></li>`,
  );
  const shown = reply.items.length ? `Answers ${reply.offset + 1}–${reply.offset + reply.items.length} of ${reply.total}, newest first.` : 'No answers on this page.';
  const pages = [links.newer ? `<a href="${escapeHtml(links.newer)}">Newer</a>` : '', links.older ? `<a href="${escapeHtml(links.older)}">Older</a>` : ''].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Candor theme: ${escapeHtml(reply.label)}</title><style>${STYLE}</style></head>
<body><p><a href="${escapeHtml(links.back)}">← Results</a></p>
<h1>“${escapeHtml(reply.label)}” in answers to “${escapeHtml(reply.questionId)}”</h1>
<p>${shown}</p><main><ul>${items.join('')}</ul></main><nav>${pages}</nav></body></html>`;
}
