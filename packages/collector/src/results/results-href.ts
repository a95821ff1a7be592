import type { SubmissionFilter } from '../store/answer-store.js';

/** The query parameters that reproduce a filter, as the results page and the exports read them. */
export function filterParams(filter: SubmissionFilter): [string, string][] {
  const params: [string, string][] = [];
  const add = (name: string, value: string | boolean | undefined) => {
    if (value !== undefined) params.push([name, String(value)]);
  };
  add('survey', filter.surveyId);
  add('question', filter.questionId);
  add('locale', filter.locale);
  add('partial', filter.partial);
  add('q', filter.search);
  add('from', filter.from);
  add('to', filter.to);
  return params;
}

/** A link to `path` carrying the admin token, the filter and any extra parameters (not yet HTML-escaped). */
export function resultsHref(path: string, token: string, filter: SubmissionFilter, extra: Record<string, string | number> = {}): string {
  const search = new URLSearchParams([['token', token], ...filterParams(filter), ...Object.entries(extra).map(([k, v]): [string, string] => [k, String(v)])]);
  return `${path}?${search}`;
}
