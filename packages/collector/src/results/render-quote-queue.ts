import type { QuoteWithText } from '../themes/reports/quote-texts.js';
import { escapeHtml } from './escape-html.js';

export interface QuoteQueueView {
  token: string;
  /** The results page's own URL (path and query), to come back to after a decision. */
  back: string;
  pending: QuoteWithText[];
  pendingTotal: number;
  approvedTotal: number;
  minGroupSize: number;
  /** Links to the approved quotes' downloads (not yet HTML-escaped). */
  downloads: { csv: string; json: string };
}

/**
 * The quote approval queue: answers whose respondents allowed quotes, in themes of at least k
 * people, each with Approve and Reject buttons (forms posting to /v1/quotes/... with the admin
 * token, which send the browser back here), and links to download the approved quotes.
 */
export function renderQuoteQueue(view: QuoteQueueView): string {
  const token = encodeURIComponent(view.token);
  const items = view.pending.map((q) => {
    const action = `/v1/quotes/${encodeURIComponent(q.submissionId)}/${encodeURIComponent(q.questionId)}?token=${token}`;
    const themes = q.themes.map((t) => t.label).join(', ');
    const form = (status: string, label: string) =>
      `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="back" value="${escapeHtml(view.back)}"><button type="submit" name="status" value="${status}">${label}</button></form>`;
    return `<li><span class="answer">${escapeHtml(q.text)}</span><span class="meta">${escapeHtml(`${q.questionId} · ${themes} · ${q.language}`)}</span>${form('approved', 'Approve')} ${form('rejected', 'Reject')}</li>`;
  });
  const more = view.pendingTotal > view.pending.length ? `<p class="note">${view.pendingTotal - view.pending.length} more waiting (GET /v1/quotes lists them all).</p>` : '';
  const list = items.length ? `<ul class="quotes">${items.join('')}</ul>${more}` : '<p class="note">No quotes waiting for a decision.</p>';
  const downloads = `<a href="${escapeHtml(view.downloads.csv)}" download>approved quotes (CSV)</a> · <a href="${escapeHtml(view.downloads.json)}" download>JSON</a>`;
  return `<section id="quotes" aria-labelledby="quotes-heading"><h2 id="quotes-heading">Quotes awaiting approval (${view.pendingTotal})</h2>
<p class="note">Only answers from people who allowed de-identified quotes, in themes held by at least ${view.minGroupSize} people. ${view.approvedTotal} approved so far: ${downloads}.</p>${list}</section>`;
}
