// The shapes the app reads, as the collector defines them (types only: nothing of them is bundled).
export type {
  SessionReply,
  SurveysReply,
  SurveySummary,
  OverviewReply,
  FacetsReply,
  ThemeBreakdownReply,
  SampleDataRemoved,
  Answer,
  FollowUp,
  FunnelReply,
  FunnelRate,
} from '@candor/protocol';
export type { StoredSubmission } from '../../../src/store/answer-store.js';
export type { ThemeReport, QuestionThemes, ThemeBreakdown, ThemeCount } from '../../../src/themes/reports/theme-report.js';
export type { ThemeAnswersReply } from '../../../src/themes/reports/theme-answers.js';
export type { QuotesReply } from '../../../src/routes/quotes-get.js';
export type { QuoteWithText } from '../../../src/themes/reports/quote-texts.js';
export type { QuoteStatus } from '../../../src/store/theme-store.js';

/** One page of submissions, newest first. */
export interface AnswersPage {
  total: number;
  limit: number;
  offset: number;
  items: import('../../../src/store/answer-store.js').StoredSubmission[];
}
export type { SurveyDefinition, DefinitionTextKey } from '@candor/protocol';
export type { DefinitionHistoryReply, PublishReply, PublishedSurveysReply } from '../../../src/routes/definition-replies.js';
export type { DefinitionVersionSummary } from '../../../src/store/definition-store.js';
