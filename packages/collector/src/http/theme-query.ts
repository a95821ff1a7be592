import * as z from 'zod';
import type { SubmissionFilter } from '../store/submission-filter.js';
import type { QuoteStatus } from '../store/theme-store.js';
import { checkFromBeforeTo, FILTER_QUERY_SHAPE, submissionFilter } from './filter-query.js';
import { PAGE_QUERY_SHAPE } from './list-query.js';
import { param, queryText, requiredParam } from './query-param.js';

/** Long names the theme routes also take for the filter's `survey` and `question`. */
const ALIASES = { surveyId: 'survey', questionId: 'question' } as const;

const THEME_FILTER_SHAPE = { ...FILTER_QUERY_SHAPE, surveyId: param(queryText(100)), questionId: param(queryText(100)) };
type ThemeFilterFields = z.output<z.ZodObject<typeof THEME_FILTER_SHAPE>>;

/** Giving an alias and its name different values is an issue on the alias. */
function checkAliases(query: Partial<ThemeFilterFields>, context: z.core.$RefinementCtx<any>): void {
  for (const [alias, name] of Object.entries(ALIASES) as [keyof typeof ALIASES, (typeof ALIASES)[keyof typeof ALIASES]][]) {
    if (query[alias] !== undefined && query[name] !== undefined && query[alias] !== query[name]) {
      context.addIssue({ code: 'custom', path: [alias], message: `The "${alias}" and "${name}" query parameters name the same thing and disagree; give one of them.`, input: query[alias] });
    }
  }
  checkFromBeforeTo(query, context);
}

function themeFilter({ surveyId, questionId, ...rest }: Partial<ThemeFilterFields>): SubmissionFilter {
  return submissionFilter({ ...rest, survey: rest.survey ?? surveyId, question: rest.question ?? questionId });
}

/** The filter of a theme read: every filter parameter, with `surveyId` and `questionId` accepted for `survey` and `question`. */
export const ThemeFilterQuerySchema = z.object(THEME_FILTER_SHAPE).superRefine(checkAliases).transform(themeFilter);

/** `GET /v1/themes/answers`: the question and theme, a page, and the filter. */
export const ThemeAnswersQuerySchema = z
  .object({
    ...THEME_FILTER_SHAPE,
    ...PAGE_QUERY_SHAPE,
    questionId: requiredParam(100, 'the question whose answers to list, like "hope"'),
    theme: requiredParam(300, 'the theme id, as GET /v1/themes names it'),
  })
  .superRefine(checkAliases)
  .transform(({ limit, offset, theme, ...rest }) => ({ questionId: rest.questionId, theme, limit, offset, filter: themeFilter(rest) }));

export const QUOTE_STATUSES: readonly QuoteStatus[] = ['pending', 'approved', 'rejected'];

/** A quote status; `all` too where a list is read. */
export const quoteStatus = <T extends string>(allowed: readonly T[]) =>
  z.enum(allowed as [T, ...T[]], {
    error: (issue) => `must be one of ${allowed.map((s) => `"${s}"`).join(', ')}; got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)?.slice(0, 100)}`,
  });

/** `GET /v1/quotes`: which status (pending by default, or all), a page, and the filter. */
export const QuotesQuerySchema = z
  .object({ ...THEME_FILTER_SHAPE, ...PAGE_QUERY_SHAPE, status: param(quoteStatus<QuoteStatus | 'all'>([...QUOTE_STATUSES, 'all'])) })
  .superRefine(checkAliases)
  .transform(({ limit, offset, status, ...rest }) => ({ status: status ?? 'pending', limit, offset, filter: themeFilter(rest) }));
