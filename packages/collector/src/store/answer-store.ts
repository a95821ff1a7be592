import type { Submission } from '@candor/protocol';
import type { ThemeStore } from './theme-store.js';
import type { FunnelStore } from './funnel-store.js';
import type { ResultsStore } from './results-store.js';
import type { DefinitionStore } from './definition-store.js';
import type { SubmissionFilter } from './submission-filter.js';

export type { SubmissionFilter };

/** A submission as the collector kept it, with the time it arrived. */
export type StoredSubmission = Submission & {
  /** When the collector stored it (ISO 8601, UTC). */
  receivedAt: string;
};

/**
 * Which ids of an insert were new, which were already stored with the same content (or withdrawn,
 * or repeated within the batch: a retry), and which were already stored with other content (an
 * id reused for a different submission: the first copy is kept).
 */
export interface InsertResult {
  stored: string[];
  duplicates: string[];
  conflicts: string[];
}

export interface ListQuery extends SubmissionFilter {
  limit: number;
  offset: number;
}

export interface ListResult {
  /** How many submissions match the query, ignoring limit and offset. */
  total: number;
  /** Newest first. */
  items: StoredSubmission[];
}

/** How many matching submissions there are, answered each question, and arrived each day. */
export interface AnswerCounts {
  total: number;
  /** Per question id, how many submissions answered it (non-blank text); most answered first. */
  perQuestion: { questionId: string; answered: number }[];
  /** Per UTC day of arrival (YYYY-MM-DD), how many submissions; oldest first. */
  perDay: { day: string; submissions: number }[];
}

/** Which database the store runs on. */
export type StoreKind = 'embedded' | 'postgres';

/**
 * Where the collector keeps submissions. Implementations must deduplicate by `id` in the
 * database itself (a unique key, not a read before the write), so concurrent repeats of one
 * submission store exactly one copy, across processes too.
 */
export interface AnswerStore {
  readonly kind: StoreKind;
  /**
   * Stores each submission whose id is new. `submissions` are validated, holding only what the
   * protocol defines (unknown fields were stripped); they are kept exactly as given. An id that
   * was withdrawn counts as a duplicate and is not stored again.
   */
  insert(submissions: readonly Submission[]): Promise<InsertResult>;
  list(query: ListQuery): Promise<ListResult>;
  /**
   * Every matching submission, newest first, in slices of at most `batchSize` (1 to 5,000;
   * default 200), each read by one short query that
   * looks at `batchSize` rows at most (keyset paging along arrival time), so a post waits for one
   * slice at most, and only the slice being handled is in memory. A slice may hold fewer than
   * `batchSize` (none are empty); stop reading at any time. Throws a RangeError naming batchSize when it is out of range.
   */
  scan(filter: SubmissionFilter, batchSize?: number): AsyncIterable<StoredSubmission[]>;
  /** Every matching submission, newest first: {@link scan}'s slices one by one. */
  export(filter: SubmissionFilter): AsyncIterable<StoredSubmission>;
  counts(filter: SubmissionFilter): Promise<AnswerCounts>;
  /**
   * Removes the submission with this id, if there is one, and remembers the id so a later copy
   * of it (a retry still in flight) is not stored. Says nothing about whether it existed. Its
   * theme labels and quote decision go with it.
   */
  withdraw(id: string): Promise<void>;
  /** Theme labels per answer and the quote approval queue (see theme-store.ts). */
  readonly themes: ThemeStore;
  /** The funnel's daily counts (see funnel-store.ts). */
  readonly funnel: FunnelStore;
  /** The results app's aggregates: surveys, overview, facets; sample data removal (see results-store.ts). */
  readonly results: ResultsStore;
  /** Survey definitions (what GET /v1/surveys/:surveyId serves), every version kept (see definition-store.ts). */
  readonly definitions: DefinitionStore;
  /** Resolves when the database answers; rejects when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
