import type { QuestionThemes } from '../themes/reports/theme-report.js';
import { escapeHtml } from './escape-html.js';
import { percent } from './render-theme-chart.js';

/**
 * A small table of a question's themes by month: one row per month, one column per theme shown
 * overall, each cell the share of that month's people; "–" where the cell holds too few people
 * to be shown (it is folded, like any small group).
 */
export function renderThemeTrends(question: QuestionThemes): string {
  const themes = question.overall.themes;
  if (themes.length === 0 || question.byMonth.length === 0) return '';
  const head = themes.map((t) => `<th scope="col">${escapeHtml(t.label)}</th>`).join('');
  const rows = question.byMonth.map((month) => {
    const shown = new Map(month.themes.map((t) => [t.theme, t]));
    const cells = themes.map((t) => {
      const cell = shown.get(t.theme);
      return `<td>${cell ? percent(cell.share) : '<span title="fewer people than the threshold">–</span>'}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(month.month)}</th><td>${month.respondents}</td>${cells.join('')}</tr>`;
  });
  return `<table><caption>Trend by month: “${escapeHtml(question.questionId)}”</caption><tr><th scope="col">month</th><th scope="col">people</th>${head}</tr>${rows.join('')}</table>`;
}
