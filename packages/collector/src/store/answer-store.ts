import type { Submission } from '@candor/protocol';

/** A submission as the collector kept it, with the time it arrived. */
export type StoredSubmission = Submission & {
  /** When the collector stored it (ISO 8601, UTC). */
  receivedAt: string;
};

/** Which ids of an insert were new and which were already stored (or repeated within the batch). */
export interface InsertResult {
  stored: string[];
  duplicates: string[];
}

export interface ListQuery {
  limit: number;
  offset: number;
  /** Only submissions of this survey. */
  surveyId?: string;
}

export interface ListResult {
  /** How many submissions match the query, ignoring limit and offset. */
  total: number;
  /** Newest first. */
  items: StoredSubmission[];
}

/**
 * Where the collector keeps submissions. Implementations must deduplicate by `id` in the
 * database itself (a unique key, not a read before the write), so concurrent repeats of one
 * submission store exactly one copy.
 */
export interface AnswerStore {
  /**
   * Stores each submission whose id is new. `submissions` are the decoded request objects,
   * already validated; they are kept exactly as received, unknown fields included.
   */
  insert(submissions: readonly Submission[]): Promise<InsertResult>;
  list(query: ListQuery): Promise<ListResult>;
  close(): Promise<void>;
}
