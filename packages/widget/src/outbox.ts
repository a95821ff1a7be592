import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import type { Submission } from '@candor/protocol';
import type { StorageKind } from './events.js';
import type { Platform } from './platform.js';

/** One submission waiting to be delivered, as kept on the device. */
export interface OutboxRecord {
  id: string;
  submission: Submission;
  /** UTF-8 bytes of the submission as sent. */
  bytes: number;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** True when nextAttemptAt came from the collector's Retry-After, which even a forced flush honours. */
  serverAskedToWait?: boolean;
  state: 'pending' | 'dead';
  lastError?: string;
}

export interface Outbox {
  readonly kind: () => StorageKind;
  put(record: OutboxRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** Records in a state, oldest first. */
  list(state: OutboxRecord['state']): Promise<OutboxRecord[]>;
}

/** How long one IndexedDB call may take before Candor stops trusting it (a Safari bug can hang open forever). */
const STORAGE_TIMEOUT_MS = 3000;

/**
 * The outbox lives in IndexedDB; when IndexedDB is missing, throws or hangs, Candor keeps
 * answers in memory for the rest of the page's life instead, and says so once.
 */
export function createOutbox(platform: Platform, onUnavailable: (reason: string) => void): Outbox {
  const memory = new Map<string, OutboxRecord>();
  let store: UseStore | undefined;
  let failed = !platform.indexedDB() ? 'IndexedDB is not available in this browser' : '';
  if (failed) queueMicrotask(() => onUnavailable(failed));

  async function withStore<T>(op: (store: UseStore) => Promise<T>, fallback: () => T): Promise<T> {
    if (failed) return fallback();
    try {
      store ??= createStore('candor', 'outbox');
      return await withTimeout(op(store), STORAGE_TIMEOUT_MS);
    } catch (error) {
      failed = `IndexedDB failed: ${describe(error)}`;
      onUnavailable(failed);
      return fallback();
    }
  }

  return {
    kind: () => (failed ? 'memory' : 'indexeddb'),
    put: (record) => withStore((s) => set(record.id, record, s), () => void memory.set(record.id, record)),
    async delete(id) {
      memory.delete(id);
      await withStore((s) => del(id, s), () => undefined);
    },
    async list(state) {
      const stored = await withStore((s) => values<OutboxRecord>(s), () => []);
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const record of memory.values()) byId.set(record.id, record);
      return [...byId.values()].filter((r) => r.state === state).sort((a, b) => a.createdAt - b.createdAt);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
