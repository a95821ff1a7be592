import type { SubmissionFilter } from '../store/answer-store.js';
import type { ThemeReport } from '../themes/reports/theme-report.js';
import { escapeHtml } from './escape-html.js';
import { resultsHref } from './results-href.js';
import { renderThemeChart } from './render-theme-chart.js';
import { renderThemeTrends } from './render-theme-trends.js';
import { renderLightAndShade } from './render-light-and-shade.js';
import { renderQuoteQueue, type QuoteQueueView } from './render-quote-queue.js';

/**
 * The themes part of the results page: per question a bar chart (with drill-down links), a
 * note when small groups were folded for privacy, and a trend table; then the light-and-shade
 * figure and the quote approval queue. It shows only what the report holds, so nothing under
 * the privacy threshold.
 */
export function renderThemesSection(report: ThemeReport, token: string, filter: SubmissionFilter, quotes: Omit<QuoteQueueView, 'token' | 'downloads'>): string {
  const k = report.minGroupSize;
  const unfiltered = { ...filter, questionId: undefined };
  const questions = report.questions.map((q) => {
    const drill = (theme: string) => resultsHref('/themes/answers', token, unfiltered, { question: q.questionId, theme });
    const chart = renderThemeChart(q, drill);
    return `<section aria-label="Themes: ${escapeHtml(q.questionId)}">${chart}${foldNote(q.overall, k)}${renderThemeTrends(q)}</section>`;
  });
  const body = questions.length
    ? questions.join('\n')
    : '<p class="note">No themes yet: answers are classified in the background shortly after they arrive (POST /v1/themes/reclassify runs it at once).</p>';
  return `<section id="themes" aria-labelledby="themes-heading"><h2 id="themes-heading">Themes</h2>
<p class="note">Counts are of distinct people. A theme, a month's cell or a quote is shown only when at least ${k} people hold it; smaller themes are folded into “Other”, which is itself hidden when it holds fewer than ${k}. <a href="${escapeHtml(resultsHref('/v1/themes.csv', token, filter))}" download>Download themes (CSV)</a></p>
${body}
${renderLightAndShade(report.lightAndShade, k)}
${renderQuoteQueue({ ...quotes, token, downloads: { csv: resultsHref('/v1/quotes.csv', token, filter), json: resultsHref('/v1/quotes.json', token, filter) } })}</section>`;
}

function foldNote(overall: ThemeReport['questions'][number]['overall'], k: number): string {
  if (overall.foldedThemes === 0) return '';
  const themes = `${overall.foldedThemes} ${overall.foldedThemes === 1 ? 'theme' : 'themes'} with fewer than ${k} people`;
  return overall.otherSuppressed
    ? `<p class="note privacy">Folded for privacy: ${themes}, together still fewer than ${k} people, so not shown at all.</p>`
    : `<p class="note privacy">Folded for privacy: ${themes} shown together as “Other”.</p>`;
}
