import type { QuoteCandidate } from '../themes/reports/quote-candidates.js';
import { csvLine } from './csv-cell.js';

/** An approved quote as published: no submission id, no respondent, no time; only what the quote needs. */
export interface PublishedQuote {
  questionId: string;
  themes: string[];
  language: string;
  text: string;
}

/** Approved candidates with their texts, as published: ids, respondents and times left out. */
export function publishedQuotes(approved: readonly (QuoteCandidate & { text: string })[]): PublishedQuote[] {
  return approved.map((c) => ({ questionId: c.questionId, themes: c.themes.map((t) => t.label), language: c.language, text: c.text }));
}

export const QUOTES_CSV_COLUMNS = ['question_id', 'themes', 'language', 'quote'] as const;

/** Approved quotes as CSV, spreadsheet-safe, UTF-8 with a BOM. */
export function quotesCsv(quotes: readonly PublishedQuote[]): string {
  return `\uFEFF${csvLine(QUOTES_CSV_COLUMNS)}${quotes.map((q) => csvLine([q.questionId, q.themes.join('; '), q.language, q.text])).join('')}`;
}
