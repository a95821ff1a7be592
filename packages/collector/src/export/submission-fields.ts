import type { StoredSubmission } from '../store/answer-store.js';

type Cell = string | number | boolean | null | undefined;

/**
 * What came with a submission, as CSV columns both CSV exports share: when, which survey and
 * version, language, finished or not, who (pseudonymously), consent, how it was offered, what
 * was redacted on the device, where, and how likely this person was to be asked.
 */
export const SUBMISSION_COLUMNS = [
  'submission_id',
  'received_at',
  'created_at',
  'survey_id',
  'survey_version',
  'locale',
  'partial',
  'respondent_id',
  'consent_quotes',
  'trigger',
  'redacted_email',
  'redacted_phone',
  'redacted_card',
  'redacted_key',
  'page_path',
  'product',
  'sample_rate',
  'question_order',
] as const;

/** consent_quotes: "yes", "no", or empty when the person was not asked. */
const consent = (s: StoredSubmission) => (s.consent === undefined ? '' : s.consent.quotes ? 'yes' : 'no');

export function submissionCells(s: StoredSubmission): Cell[] {
  const redacted = (kind: 'email' | 'phone' | 'card' | 'key') => s.redactions?.[kind] ?? 0;
  return [
    s.id,
    s.receivedAt,
    s.createdAt,
    s.surveyId,
    s.surveyVersion,
    s.locale,
    s.partial,
    s.respondentId,
    consent(s),
    s.context.trigger,
    redacted('email'),
    redacted('phone'),
    redacted('card'),
    redacted('key'),
    s.context.path,
    s.context.product,
    s.sampleRate,
    s.questionOrder.join(' '),
  ];
}

/** A metadata value as a cell: text as it is, numbers and true/false as written, null as empty. */
export const metadataCell = (value: string | number | boolean | null | undefined): Cell => (value === null ? '' : value);
