import type { QuestionThemes } from '../themes/reports/theme-report.js';
import { escapeHtml } from './escape-html.js';

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const width = (share: number) => `${Math.min(100, Math.max(0, share * 100)).toFixed(2)}%`;

/** CSS for the bar charts (inline styles only: the page's CSP allows no other). */
export const THEME_CHART_STYLE = `.bars{list-style:none;padding:0;margin:.5rem 0}.bars li{display:grid;grid-template-columns:minmax(8rem,16rem) 1fr minmax(9rem,auto);gap:.6rem;align-items:center;margin:.3rem 0;white-space:normal}
.track{position:relative;height:1.1rem;background:#eef0f3;border-radius:3px}.fill{position:absolute;inset:0 auto 0 0;background:#3c6e9f;border-radius:3px}
.fill.other{background:#9aa5b1}.study{position:absolute;top:-3px;bottom:-3px;width:0;border-left:2px dashed #b8561b}.value{font-size:.85rem;color:#333}
.value small{color:#8a4a1c}figure{margin:1rem 0;padding:.75rem;border:1px solid #ddd;border-radius:6px}figcaption{font-weight:600}
.note{color:#555;font-size:.85rem}.quotes li{border-left:3px solid #ccc;padding-left:.6rem}.quotes form{display:inline;padding:0;background:none}`;

/**
 * One question's themes as a horizontal bar chart: a figure captioned with the question, one bar
 * per theme (width = share of people), the study's share marked beside it where the codebook
 * has one, each theme linking to its answers. Everything from the data is escaped.
 */
export function renderThemeChart(question: QuestionThemes, drillHref: (theme: string) => string): string {
  const { overall } = question;
  const id = `themes-${question.questionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const bars = overall.themes.map((t) => {
    const study = t.studyShare === undefined ? '' : `<span class="study" style="left:${width(t.studyShare)}" title="study: ${percent(t.studyShare)}" aria-hidden="true"></span>`;
    const studyText = t.studyShare === undefined ? '' : ` <small>study ${percent(t.studyShare)}</small>`;
    return `<li><a href="${escapeHtml(drillHref(t.theme))}">${escapeHtml(t.label)}</a>` +
      `<span class="track" aria-hidden="true"><span class="fill" style="width:${width(t.share)}"></span>${study}</span>` +
      `<span class="value">${people(t.respondents)} · ${percent(t.share)}${studyText}</span></li>`;
  });
  if (overall.other) {
    bars.push(`<li><span>Other (${overall.other.themes} smaller themes)</span><span class="track" aria-hidden="true"><span class="fill other" style="width:${width(overall.other.share)}"></span></span>` +
      `<span class="value">${people(overall.other.respondents)} · ${percent(overall.other.share)}</span></li>`);
  }
  const method =
    question.method === 'model'
      ? `Labelled by ${question.labelledBy} with codebook ${question.schemeVersion}`
      : question.method === 'keyword-rules'
        ? `Labelled by keyword rules, without a model, with codebook ${question.schemeVersion}: each answer is matched against word lists for each category, so indirect wording is missed; an answer with no match is not classified (set a model for labels that read meaning)`
        : `Clustered without a model (${question.classifier} v${question.classifierVersion}, ${question.schemeVersion}); each theme is named by its top words: a rough grouping by shared words, not a finding`;
  const { notClassified } = overall;
  const unplaced = `${people(notClassified.respondents)} · ${percent(notClassified.share)}`;
  if (bars.length && notClassified.respondents > 0) {
    bars.push(`<li><span>Not classified</span><span class="track" aria-hidden="true"><span class="fill other" style="width:${width(notClassified.share)}"></span></span><span class="value">${unplaced}</span></li>`);
  }
  const unplacedNote = !bars.length && notClassified.respondents > 0 ? ` Not classified: ${unplaced}.` : '';
  const hasStudy = overall.themes.some((t) => t.studyShare !== undefined);
  const list = bars.length ? `<ol class="bars">${bars.join('')}</ol>` : `<p class="note">No theme holds enough people to be shown yet.${unplacedNote}</p>`;
  return `<figure aria-labelledby="${id}"><figcaption id="${id}">Themes in answers to “${escapeHtml(question.questionId)}” (${people(overall.respondents)}; labelled by ${escapeHtml(question.labelledBy)})</figcaption>
${list}<p class="note">${escapeHtml(method)}. Shares are of the people who answered${hasStudy ? '; the dashed mark is the share the study published' : ''}.</p></figure>`;
}
