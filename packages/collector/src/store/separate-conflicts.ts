import type { InsertResult } from './answer-store.js';
import type { SqlClient } from './sql-client.js';
import { BACKFILL_HASH_SQL, STORED_COPIES_SQL } from './schema-sql.js';
import { storedContentHash } from './content-hash.js';

type StoredCopy = { id: string; content_hash: string | null; body_text: string | null };

/**
 * Sorts the copies whose id was already stored into retries (`duplicates`: the same content, or
 * an id that was withdrawn) and `conflicts` (other content under the same id). A row stored
 * before content hashes were kept gets its hash now, from its exact JSON text.
 */
export async function separateConflicts(client: SqlClient, copies: readonly { id: string; hash: string }[]): Promise<Pick<InsertResult, 'duplicates' | 'conflicts'>> {
  const ids = [...new Set(copies.map((copy) => copy.id.toLowerCase()))];
  const { rows } = await client.query<StoredCopy>(STORED_COPIES_SQL, [ids]);
  const storedHashes = new Map<string, string>();
  for (const row of rows) {
    if (row.body_text === null) continue; // withdrawn: nothing to compare, a late copy is a duplicate
    const hash = row.content_hash ?? storedContentHash(row.body_text);
    if (hash === undefined) continue;
    if (row.content_hash === null) await client.query(BACKFILL_HASH_SQL, [row.id, hash]);
    storedHashes.set(row.id.toLowerCase(), hash);
  }
  const result: Pick<InsertResult, 'duplicates' | 'conflicts'> = { duplicates: [], conflicts: [] };
  for (const { id, hash } of copies) {
    const stored = storedHashes.get(id.toLowerCase());
    (stored !== undefined && stored !== hash ? result.conflicts : result.duplicates).push(id);
  }
  return result;
}
