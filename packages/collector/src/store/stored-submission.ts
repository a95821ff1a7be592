import type { StoredSubmission } from './answer-store.js';

/** Rebuilds a stored submission from its exact JSON text and the time it was received. */
export function storedSubmission(bodyText: string, receivedAt: Date | string): StoredSubmission {
  const submission = JSON.parse(bodyText) as Omit<StoredSubmission, 'receivedAt'>;
  return { ...submission, receivedAt: new Date(receivedAt).toISOString() };
}
