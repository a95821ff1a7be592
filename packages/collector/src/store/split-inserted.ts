import type { InsertResult } from './answer-store.js';

/**
 * Sorts the submitted ids, in order, into those the database reports as newly inserted and the
 * rest. An id repeated within one batch counts as stored once and as a duplicate after that.
 * UUIDs are compared case-insensitively, as PostgreSQL does; ids are reported as sent.
 */
export function splitInserted(submittedIds: readonly string[], insertedIds: Iterable<string>): Omit<InsertResult, 'conflicts'> {
  const fresh = new Set([...insertedIds].map((id) => id.toLowerCase()));
  const result: Omit<InsertResult, 'conflicts'> = { stored: [], duplicates: [] };
  for (const id of submittedIds) {
    const key = id.toLowerCase();
    if (fresh.delete(key)) result.stored.push(id);
    else result.duplicates.push(id);
  }
  return result;
}
