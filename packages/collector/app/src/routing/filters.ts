/** The filters every view shares, as the URL holds them (so a view can be shared). */
export const FILTER_KEYS = ['survey', 'version', 'question', 'q', 'locale', 'partial', 'consent', 'from', 'to', 'metaKey', 'metaValue'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** What each filter is called on screen, for the sentence a refused filter gets. */
export const FILTER_LABELS: Record<FilterKey | 'tz', string> = {
  survey: 'Survey',
  version: 'Survey version',
  question: 'Question',
  q: 'Search',
  locale: 'Language',
  partial: 'Finished or partial',
  consent: 'Quotes allowed',
  from: 'From',
  to: 'To',
  metaKey: 'Detail',
  metaValue: 'Detail value',
  tz: 'Time zone',
};

/** The filters in a URL's query. */
export function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') filters[key] = value;
  }
  return filters;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day (YYYY-MM-DD) as the instant it starts in the viewer's time zone; other text is passed on as it is, for the collector to judge. */
function localDay(value: string, edge: 'start' | 'end'): string {
  const match = DAY.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (edge === 'end' ? 1 : 0));
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * The collector's query for these filters and extra parameters: days become the viewer's local
 * midnights, so "to 3 December" includes all of 3 December where the viewer is.
 */
export function apiQuery(filters: Filters, extra: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    query.set(key, key === 'from' ? localDay(value, 'start') : key === 'to' ? localDay(value, 'end') : value);
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}
