import type { QuestionThemes } from '../themes/reports/theme-report.js';
import { escapeHtml as e } from './escape-html.js';
import type { ReportData } from './report-data.js';
import { funnelSection } from './report-funnel.js';
import { count, languageName, pct } from './report-numbers.js';
import { REPORT_STYLE } from './report-style.js';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The range the report covers, in words. */
function period(data: ReportData): string {
  const first = data.counts.firstReceivedAt;
  const last = data.counts.lastReceivedAt;
  if (!first || !last) return 'No answers were received in this period.';
  return `Answers received from ${day(first)} to ${day(last)} (UTC).`;
}

function methodSection(data: ReportData): string {
  // Questions in the order the themes report them (the codebook's), then by how often answered.
  const order = [...data.themes.questions.map((q) => q.questionId), ...data.counts.questions.map((q) => q.questionId)];
  const rank = (questionId: string) => (order.includes(questionId) ? order.indexOf(questionId) : order.length);
  const byQuestion = new Map<string, typeof data.wordings>();
  for (const w of [...data.wordings].sort((a, b) => rank(a.questionId) - rank(b.questionId))) byQuestion.set(w.questionId, [...(byQuestion.get(w.questionId) ?? []), w]);
  const questions = [...byQuestion.values()]
    .map((wordings, q) =>
      wordings
        .map((w, i) => `<tr>${i === 0 ? `<th scope="row" rowspan="${wordings.length}">${q + 1}</th>` : ''}<td>“${e(w.prompt)}”</td><td>${e(w.versions)}</td><td class="n">${count(w.submissions)}</td><td class="n">${count(w.answered)}</td></tr>`)
        .join(''),
    )
    .join('');
  const sampling =
    data.sampling.length === 0
      ? ''
      : data.sampling.every((s) => s.rate >= 1)
        ? 'Everyone offered the questions could answer them; nobody was left out by chance.'
        : `People were picked at random to be asked: ${data.sampling.map((s) => `${pct(s.rate)} of visitors (${count(s.submissions)} submissions)`).join(', ')}.`;
  const langs = data.counts.languages.map((l) => `${e(languageName(l.language))} (${count(l.submissions)})`).join(', ');
  return `<section><h2>How the answers were gathered</h2>
  <p>People using the product were invited to answer open questions in their own words, inside the product. Every question could be skipped. ${e(period(data))}</p>
  <table><caption>The questions, exactly as they were shown</caption><thead><tr><th>Question</th><th>Wording shown</th><th>Survey versions</th><th class="n">Shown to</th><th class="n">Answered</th></tr></thead><tbody>${questions}</tbody></table>
  <p><strong>Languages:</strong> ${langs || 'none'}.</p>
  <p><strong>Who was asked:</strong> ${sampling}</p>
  <p><strong>Privacy:</strong> a theme, a group or a quote is only reported when at least ${count(data.themes.minGroupSize)} different people are in it; smaller groups are counted together as “other” or left out. Quotes are published only from people who allowed it, after a person on the team approved each one. Personal details such as email addresses and phone numbers were removed on the person’s device before anything was sent.</p>
  <p><strong>Themes:</strong> ${themeMethod(data.themes.questions)} A range after each share is its 95% confidence interval: where the share would plausibly fall if many more people like these had answered.</p>
</section>`;
}

function themeMethod(questions: readonly QuestionThemes[]): string {
  const methods = new Set(questions.map((q) => q.method));
  const parts: string[] = [];
  if (methods.has('model')) parts.push('a language model sorted each answer into the categories of Anthropic’s study “What 81,000 people want from AI” (2026)');
  if (methods.has('keyword-rules')) parts.push('each answer was sorted into the categories of Anthropic’s study “What 81,000 people want from AI” (2026) by matching words and phrases, without a language model, so shares are a first estimate');
  if (methods.has('local')) parts.push('answers to questions without categories were not sorted into themes');
  return parts.length === 0 ? 'No answers had been sorted into themes.' : `${parts.join('; ')}.`;
}

function themeSection(question: QuestionThemes, prompt: string, k: number): string {
  // Bars run to a little past the largest figure, so small shares are not slivers.
  const top = Math.max(0.1, ...question.overall.themes.flatMap((t) => [t.share, t.interval?.high ?? 0, t.studyShare ?? 0]));
  const scale = Math.min(1, Math.ceil(top * 1.1 * 20) / 20);
  const at = (share: number) => `${Math.min(100, (share / scale) * 100).toFixed(1)}%`;
  const rows = question.overall.themes
    .map((t) => {
      const range = t.interval ? `${pct(t.interval.low)}–${pct(t.interval.high)}` : '';
      const bar = `<span class="bar"><span class="fill" style="width:${at(t.share)}"></span>${t.interval ? `<span class="ci" style="left:${at(t.interval.low)};width:calc(${at(t.interval.high)} - ${at(t.interval.low)})"></span>` : ''}${t.studyShare !== undefined ? `<span class="study" style="left:${at(t.studyShare)}"></span>` : ''}</span>`;
      return `<tr><th scope="row">${e(t.label)}</th><td class="n">${pct(t.share)}</td><td class="n">${range}</td><td class="n">${count(t.respondents)}</td><td class="n">${t.studyShare !== undefined ? pct(t.studyShare) : '–'}</td><td class="barcell">${bar}</td></tr>`;
    })
    .join('');
  const other = question.overall.other ? `<tr><th scope="row">Other (${question.overall.other.themes} smaller themes)</th><td class="n">${pct(question.overall.other.share)}</td><td></td><td class="n">${count(question.overall.other.respondents)}</td><td></td><td></td></tr>` : '';
  const folded = question.overall.foldedThemes > 0 ? `<p class="note">${question.overall.foldedThemes} theme${question.overall.foldedThemes === 1 ? '' : 's'} held by fewer than ${count(k)} people ${question.overall.otherSuppressed ? 'are left out to protect who said them.' : 'are counted together as “other”.'}</p>` : '';
  return `<section class="question"><h3>“${e(prompt)}”</h3><p class="note">${count(question.overall.respondents)} people’s answers were sorted into themes. A person can hold more than one theme where the question allows it.</p>
  <table><thead><tr><th>Theme</th><th class="n">Share of people</th><th class="n">95% range</th><th class="n">People</th><th class="n">In the study</th><th><span class="key-fill"></span> here <span class="key-study"></span> study (0 to ${pct(scale)})</th></tr></thead><tbody>${rows}${other}</tbody></table>${folded}</section>`;
}

/**
 * The report: one self-contained HTML file (no script, no link, styles inline) for a survey and
 * a date range, readable by someone who never heard of Candor and ready to print as a PDF. It
 * holds only what passed the privacy threshold: the report's themes and the approved quotes.
 */
export function renderReportHtml(data: ReportData): string {
  const prompt = (questionId: string) => data.wordings.find((w) => w.questionId === questionId)?.prompt ?? questionId;
  const title = data.surveyId ? `What people told us: ${data.surveyId}` : 'What people told us';
  const findings = data.themes.questions.filter((q) => q.method !== 'local' && (q.overall.themes.length > 0 || q.overall.other !== null));
  const themes =
    findings.length === 0
      ? `<p>Not enough answers have been sorted into themes to report any: each theme needs at least ${count(data.themes.minGroupSize)} people.</p>`
      : findings.map((q) => themeSection(q, prompt(q.questionId), data.themes.minGroupSize)).join('');
  const quotes =
    data.quotes.length === 0
      ? '<p>No quotes have been approved for publishing.</p>'
      : data.quotes.map((q) => `<figure class="quote"><blockquote lang="${e(q.language)}">${e(q.text)}</blockquote><figcaption>${e(q.themes.join(', '))} · in ${e(languageName(q.language))} · answering “${e(prompt(q.questionId))}”</figcaption></figure>`).join('');
  const c = data.counts;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${e(title)}</title><style>${REPORT_STYLE}</style></head>
<body><main>
<header><p class="kicker">Survey report</p><h1>${e(title)}</h1><p class="lede">${e(period(data))} Report made ${day(data.madeAt)}.</p></header>
<section><h2>In numbers</h2><dl class="numbers">
<div><dt>Submissions</dt><dd>${count(c.submissions)}</dd></div><div><dt>People</dt><dd>${count(c.people)}</dd></div>
<div><dt>Answered every question they chose to</dt><dd>${count(c.finished)}</dd></div><div><dt>Left part-way</dt><dd>${count(c.partial)}</dd></div>
<div><dt>Languages</dt><dd>${count(c.languages.length)}</dd></div></dl></section>
${funnelSection(data.funnel, data.surveyId !== null)}
<section><h2>What people hope for and worry about</h2>${themes}</section>
<section><h2>In their own words</h2>${quotes}</section>
${methodSection(data)}
<footer><p>Made with Candor, an open-source tool for asking the people who use a product open questions, after the method of Anthropic’s study “What 81,000 people want from AI” (2026).</p></footer>
</main></body></html>
`;
}
