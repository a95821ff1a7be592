import type { FunnelEventName, FunnelRate, FunnelReply } from '@candor/protocol';
import type { FunnelFilter } from '../store/funnel-filter.js';
import type { SubmissionFilter } from '../store/submission-filter.js';
import { escapeHtml as e } from './escape-html.js';
import { count, languageName, pct } from './report-numbers.js';

/** The funnel as the report states it: the counts and rates, and the UTC days they cover. */
export interface ReportFunnel {
  reply: FunnelReply;
  /** First and last UTC day counted (both included), or null when open. */
  from: string | null;
  to: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The funnel's filter for the report's survey and range. Counts are kept per UTC day, so the
 * range becomes the UTC days it touches: from the day `from` falls on to the day before `to`
 * (exclusive) ends.
 */
export function reportFunnelFilter(filter: SubmissionFilter): FunnelFilter {
  const funnel: FunnelFilter = {};
  if (filter.surveyId !== undefined) funnel.surveyId = filter.surveyId;
  if (filter.from !== undefined) funnel.from = new Date(filter.from).toISOString().slice(0, 10);
  if (filter.to !== undefined) funnel.to = new Date(Date.parse(filter.to) - 1).toISOString().slice(0, 10);
  if (funnel.from !== undefined && funnel.to !== undefined && funnel.to < funnel.from) funnel.to = funnel.from;
  return funnel;
}

const MOMENTS: [FunnelEventName, string, string][] = [
  ['invited', 'Invited', 'the invitation appeared'],
  ['opened', 'Opened', 'the questions appeared, from the invitation or the product’s own button'],
  ['declined', 'Declined', '“No thanks”'],
  ['postponed', 'Postponed', '“Not now”, or × on the invitation'],
  ['dismissed', 'Dismissed', 'the questions closed with nothing sent'],
  ['started', 'Started', 'a first answer was typed'],
  ['finished', 'Finished', 'Finish, with at least one answer'],
  ['partial', 'Partial', 'what was answered part-way was sent'],
  ['withdrawn', 'Withdrawn', 'the person withdrew their answers'],
];

const range = (rate: FunnelRate) => (rate.value === null || rate.low === null || rate.high === null ? null : `${pct(rate.value)} (${pct(rate.low)} to ${pct(rate.high)})`);
const times = (n: number) => (n === 1 ? 'once' : `${count(n)} times`);

function sentences(reply: FunnelReply): string {
  const response = range(reply.responseRate);
  const completion = range(reply.completionRate);
  const r = response === null ? 'No invitation was counted, so there is no response rate.' : `Of ${count(reply.responseRate.of)} invitation${reply.responseRate.of === 1 ? '' : 's'}, ${count(reply.responseRate.count)} ${reply.responseRate.count === 1 ? 'was' : 'were'} answered: ${response}.`;
  const c = completion === null ? 'Nobody typed an answer, so there is no completion rate.' : `Once someone had typed a first answer (${times(reply.completionRate.of)}), they finished ${times(reply.completionRate.count)}: ${completion}.`;
  return `<p><strong>Response rate.</strong> ${r}</p><p><strong>Completion rate.</strong> ${c}</p>`;
}

/** The days covered, like " from 2026-12-01 to 2026-12-03 (UTC days)"; nothing when open. */
function days(funnel: ReportFunnel): string {
  if (funnel.from && funnel.to) return ` from ${funnel.from} to ${funnel.to} (UTC days)`;
  if (funnel.from) return ` from ${funnel.from} (UTC day) on`;
  if (funnel.to) return ` up to ${funnel.to} (UTC day)`;
  return '';
}

/**
 * "Who was asked and who answered": the response and completion rates in sentences with their
 * 95 % ranges, every moment's count overall and per language, the rates per language, and the
 * method (moments, not people; a few lost, none twice; opened can exceed invited).
 */
export function funnelSection(funnel: ReportFunnel, oneSurvey: boolean): string {
  const { reply } = funnel;
  const heading = '<h2>Who was asked and who answered</h2>';
  if (Object.values(reply.counts).every((n) => n === 0)) {
    return `<section>${heading}<p>The widget counted no invitation, opening or answer for ${oneSurvey ? 'this survey' : 'these surveys'}${e(days(funnel))}. It counts them unless a team turns it off (its <code>countEvents</code> option is on by default), so response rates can be reported from the day a version with counting went live.</p></section>`;
  }
  const langs = reply.languages.length > 1 ? reply.languages : [];
  const head = `<tr><th>Moment</th><th class="n">${langs.length > 0 ? 'Every language' : 'Count'}</th>${langs.map((l) => `<th class="n">${e(languageName(l.language))}</th>`).join('')}</tr>`;
  const rows = MOMENTS.map(([event, label, when]) => `<tr><th scope="row">${e(label)}<span class="note when">${e(when)}</span></th><td class="n">${count(reply.counts[event])}</td>${langs.map((l) => `<td class="n">${count(l.counts[event])}</td>`).join('')}</tr>`).join('');
  const rates = reply.languages
    .map((l) => `<tr><th scope="row">${e(languageName(l.language))}</th><td class="n">${count(l.counts.invited)}</td><td class="n">${range(l.responseRate) ?? '–'}</td><td class="n">${count(l.counts.started)}</td><td class="n">${range(l.completionRate) ?? '–'}</td></tr>`)
    .join('');
  return `<section>${heading}${sentences(reply)}
  <table><caption>How many times each moment happened${e(days(funnel))}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>
  <table><caption>The rates by language, each with its 95% range</caption><thead><tr><th>Language</th><th class="n">Invited</th><th class="n">Response rate</th><th class="n">Started</th><th class="n">Completion rate</th></tr></thead><tbody>${rates}</tbody></table>
  <p class="note"><strong>How these were counted.</strong> The widget counted these moments on people’s devices, without any identifier, and the collector kept only daily totals. They are moments, not people: someone who said “Not now” on two days counts twice. A few may be lost (a browser that quits before sending them), but none is counted twice. Opened can exceed invited, because the product’s own button opens the questions without an invitation. Response rate: finished after an invitation, per invitation shown. Completion rate: finished per first answer typed, however the questions came up. A range after a rate is its 95% confidence interval (Wilson).${funnel.from || funnel.to ? ' The counts are kept per UTC day, so they may cover a few hours more than the answers above.' : ''}</p>
</section>`;
}
