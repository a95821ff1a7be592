import type { SubmissionFilter } from './submission-filter.js';

/** Under which scheme and by which classifier a label was made: stored with every label. */
export interface ClassifierStamp {
  /** The codebook version (model labels) or the clustering's settings (local labels). */
  schemeVersion: string;
  /** Like "local-tfidf-kmeans" or "model:gpt-4o-mini". */
  classifier: string;
  classifierVersion: string;
}

/** One answer of a submission that is not withdrawn, with what classifiers and reports need. */
export interface AnswerDetail {
  submissionId: string;
  questionId: string;
  /** The answer's text exactly as sent (answers to the same question in one submission joined by a blank line). */
  text: string;
  /** The follow-up's answer, when one was asked and answered. */
  followUpText?: string;
  locale: string;
  receivedAt: string;
}

/** The labels a classifier gave one answer (never empty: "(no theme)" when it found none). */
export interface AnswerLabels {
  submissionId: string;
  labels: string[];
}

/** One label of one answer, with what reports count and break down by. */
export interface ThemeMembership extends ClassifierStamp {
  submissionId: string;
  /** Who answered: "r:" + the respondentId, or "s:" + the submission id when it has none. */
  respondent: string;
  questionId: string;
  label: string;
  /** When the submission was received (ISO 8601). */
  receivedAt: string;
  /** Month received, YYYY-MM (UTC). */
  month: string;
  /** Primary language subtag of the locale, lower-case ("pt" for pt-BR). */
  language: string;
  /** Whether the respondent allowed de-identified quotes (consent.quotes === true). */
  quotesAllowed: boolean;
}

export type QuoteStatus = 'pending' | 'approved' | 'rejected';

export interface QuoteDecision {
  submissionId: string;
  questionId: string;
  status: QuoteStatus;
  /** When approved or rejected (ISO 8601); null while pending. */
  decidedAt: string | null;
}

/** One label as the kept theme counts see it (migration 10, theme-tally.ts). */
export interface TallyLabel extends ClassifierStamp {
  submissionId: string;
  /** As ThemeMembership.respondent. */
  person: string;
  questionId: string;
  label: string;
  month: string;
  language: string;
  quotesAllowed: boolean;
}

/** Labelled answers of a survey in one cell: question, stamp, month, language and label. */
export interface LabelCount extends ClassifierStamp {
  questionId: string;
  month: string;
  language: string;
  label: string;
  answers: number;
}

/** Answers of a survey in one cell (question, stamp, month, language) with any label, with a theme, and with a theme and consent to quotes. */
export interface AnswerCount extends ClassifierStamp {
  questionId: string;
  month: string;
  language: string;
  labelled: number;
  inTheme: number;
  quotableInTheme: number;
}

/** What the kept counts hold for one survey, and every label of the people in it with more than one submission. */
export interface ThemeTallies {
  labels: LabelCount[];
  answers: AnswerCount[];
  repeated: TallyLabel[];
}

/** What the kept counts hold for one question of a survey per value of a metadata key (values as text). */
export interface MetadataTallies {
  labels: (Omit<LabelCount, 'month' | 'language'> & { value: string })[];
  answers: (Omit<AnswerCount, 'month' | 'language'> & { value: string })[];
  /** Every label of the question from people with more than one submission, with the key's value (null without one). */
  repeated: (TallyLabel & { value: string | null })[];
}

/** A label of an answer that may be quoted, with its arrival and the quote decision on the answer. */
export interface QuotableLabel extends TallyLabel {
  receivedAt: string;
  /** The arrival time exactly as the database holds it, to go on from (quotableLabels' `before`). */
  cursor: string;
  status: QuoteStatus;
  decidedAt: string | null;
}

/** A cell of a survey's labels: a question's label, in one month and one language when given. */
export interface LabelCell {
  questionId: string;
  label: string;
  month?: string;
  language?: string;
}

/** A question's labels under one stamp. */
export interface StampedQuestion {
  questionId: string;
  stamp: ClassifierStamp;
}

/**
 * Theme labels and quote decisions, in the same database as the submissions. Withdrawn
 * submissions are never read, and their labels and decisions go with them.
 */
export interface ThemeStore {
  /** Question ids with at least one non-blank answer, in sort order. */
  answeredQuestions(): Promise<string[]>;
  /** Non-blank answers to the question that have no label with exactly this stamp; oldest first, at most `limit`. */
  unlabelledAnswers(questionId: string, stamp: ClassifierStamp, limit: number): Promise<AnswerDetail[]>;
  /** Every non-blank answer to the question, ordered by submission id. */
  answersTo(questionId: string): Promise<AnswerDetail[]>;
  /**
   * Stores labels with their stamp, in one transaction, replacing the answers' earlier labels (all
   * labels of the question with `replaceQuestion`). Answers withdrawn meanwhile are skipped.
   */
  saveLabels(questionId: string, stamp: ClassifierStamp, labelled: readonly AnswerLabels[], options?: { replaceQuestion?: boolean }): Promise<void>;
  /**
   * Deletes labels and quote decisions left on withdrawn submissions by a classification that
   * raced the withdrawal (never shown: every read skips withdrawn submissions). Returns how many labels.
   */
  dropWithdrawnLabels(): Promise<number>;
  /** Every label of the matching submissions (only of `filter.questionId`'s answers when it is set). */
  memberships(filter: SubmissionFilter): Promise<ThemeMembership[]>;
  /** The kept counts of one survey's labels (of one question when given). */
  themeTallies(surveyId: string, questionId?: string): Promise<ThemeTallies>;
  /** The kept counts of one question of a survey per value of a metadata key. */
  metadataTallies(surveyId: string, questionId: string, key: string): Promise<MetadataTallies>;
  /** The labels of a question in these cells (label and value of the metadata key), with the key's value. */
  metadataCellLabels(surveyId: string, questionId: string, key: string, cells: readonly { label: string; value: string }[]): Promise<(TallyLabel & { value: string })[]>;
  /** The labels in these cells of a survey (small ones: the groups folded into "other"). */
  cellLabels(surveyId: string, cells: readonly LabelCell[]): Promise<TallyLabel[]>;
  /** Every label of these submissions of a survey. */
  submissionLabels(surveyId: string, submissionIds: readonly string[]): Promise<TallyLabel[]>;
  /** Per hope/concern pair, the submissions of a survey whose hope answer carries the hope and whose concern answer the concern (labels under these stamps). */
  pairCounts(surveyId: string, hope: ClassifierStamp, concern: ClassifierStamp): Promise<{ hope: string; concern: string; answers: number }[]>;
  /** A page of the submissions whose answer to the question carries the label under the stamp, newest first. */
  labelPage(surveyId: string, labelled: StampedQuestion & { label: string }, limit: number, offset: number): Promise<string[]>;
  /**
   * Labels of answers from people who allowed quotes, in these themes, newest first (by arrival,
   * submission, question and label), received at or before `before` (a cursor; all when
   * undefined), at most `limit` labels.
   */
  quotableLabels(surveyId: string, themes: readonly (StampedQuestion & { label: string })[], before: string | undefined, limit: number): Promise<QuotableLabel[]>;
  /** The labels of a survey's answers with a quote decision, from people who allowed quotes. */
  decidedLabels(surveyId: string): Promise<QuotableLabel[]>;
  /** The answers to a question in these submissions (those not withdrawn), in the order of the ids. */
  answerDetails(questionId: string, submissionIds: readonly string[]): Promise<AnswerDetail[]>;
  /** Every decision on a quote, of submissions not withdrawn. */
  quoteDecisions(): Promise<QuoteDecision[]>;
  /**
   * Records a decision on quoting a submission's answer to a question. False (nothing stored)
   * when there is no such non-blank answer, it was withdrawn, or its respondent did not allow quotes.
   */
  decideQuote(submissionId: string, questionId: string, status: QuoteStatus): Promise<boolean>;
}
