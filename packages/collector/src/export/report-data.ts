import type { OverviewCounts } from '@candor/protocol';
import type { AnswerStore } from '../store/answer-store.js';
import { funnelReply } from '../store/funnel-summary.js';
import type { Wording } from '../store/results-store.js';
import type { SubmissionFilter } from '../store/submission-filter.js';
import type { ThemeReport } from '../themes/reports/theme-report.js';
import { loadThemeReport, type ThemesContext } from '../themes/reports/theme-view.js';
import { approvedQuotes } from './approved-quotes.js';
import type { PublishedQuote } from './quotes-export.js';
import { reportFunnelFilter, type ReportFunnel } from './report-funnel.js';

/** Everything the report states, each part already through the privacy threshold. */
export interface ReportData {
  /** The survey reported on, or null for every survey. */
  surveyId: string | null;
  /** The range asked for (ISO instants; `to` exclusive), or null when open. */
  from: string | null;
  to: string | null;
  counts: OverviewCounts;
  wordings: Wording[];
  sampling: { rate: number; submissions: number }[];
  themes: ThemeReport;
  quotes: PublishedQuote[];
  /** Who was asked and who answered: the widget's counts for the survey and the UTC days of the range. */
  funnel: ReportFunnel;
  /** When the report was made. */
  madeAt: string;
}

/** Gathers the report for a survey and a date range: counts, method, themes and approved quotes. */
export async function loadReportData(store: AnswerStore, themes: ThemesContext, filter: SubmissionFilter, now = new Date()): Promise<ReportData> {
  const funnelFilter = reportFunnelFilter(filter);
  const [counts, method, report, quotes, funnelCounts] = await Promise.all([
    store.results.overview(filter, { bucket: 'week', tz: 'UTC' }),
    store.results.method(filter),
    loadThemeReport(themes, filter),
    approvedQuotes(themes, filter),
    store.funnel.counts(funnelFilter),
  ]);
  return {
    surveyId: filter.surveyId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    counts,
    wordings: method.wordings,
    sampling: method.sampling,
    themes: report,
    quotes,
    funnel: { reply: funnelReply(funnelCounts), from: funnelFilter.from ?? null, to: funnelFilter.to ?? null },
    madeAt: now.toISOString(),
  };
}
