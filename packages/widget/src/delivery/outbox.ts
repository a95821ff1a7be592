import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import type { Submission } from '@candor/protocol';
import type { StorageKind } from '../runtime/events.js';
import type { DeliveryPlatform as Platform } from './delivery-platform.js';

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
  /** Which tab is sending it, and until when (only where Web Locks are missing). */
  leaseOwner?: string;
  leaseUntil?: number;
  lastError?: string;
}

export interface Outbox {
  /** Where new records go right now. */
  kind(): StorageKind;
  /** Saves a record; resolves with where it was kept. */
  put(record: OutboxRecord): Promise<StorageKind>;
  delete(id: string): Promise<void>;
  /** Records in a state, oldest first. */
  list(state: OutboxRecord['state']): Promise<OutboxRecord[]>;
  /**
   * Takes a lease on a pending record unless another tab holds a live one, in one IndexedDB
   * transaction so two tabs can never both win. Resolves with the record when this tab has it.
   */
  claim(id: string, owner: string, leaseMs: number): Promise<OutboxRecord | undefined>;
}

export interface OutboxConfig {
  /** How long one IndexedDB call may take (a Safari bug can leave open() pending forever). */
  timeoutMs?: number;
  /** After a failure, how long to use memory before trying IndexedDB again. */
  retryAfterMs?: number;
}

/**
 * The outbox lives in IndexedDB. When IndexedDB is missing, throws, is full or hangs, new records
 * are kept in memory instead (and `onUnavailable` is told once); Candor keeps trying IndexedDB
 * now and then, reopening it, and moves what memory holds into it once it works again.
 */
export function createOutbox(platform: Platform, onUnavailable: (reason: string) => void, config: OutboxConfig = {}): Outbox {
  const { timeoutMs = 3000, retryAfterMs = 30_000 } = config;
  const memory = new Map<string, OutboxRecord>();
  let store: UseStore | undefined;
  let downUntil = 0;
  let reported = false;
  const missing = !platform.indexedDB();

  const fail = (reason: string) => {
    store = undefined; // reopen next time: the connection may have closed or never opened
    downUntil = platform.now() + retryAfterMs;
    if (!reported) {
      reported = true;
      onUnavailable(reason);
    }
  };
  if (missing) queueMicrotask(() => fail('IndexedDB is not available in this browser'));

  const usable = () => !missing && platform.now() >= downUntil;

  async function attempt<T>(op: (s: UseStore) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    if (!usable()) return { ok: false };
    try {
      store ??= createStore('candor', 'outbox');
      const value = await withTimeout(op(store), timeoutMs);
      if (memory.size) await moveMemoryToStore(store);
      return { ok: true, value };
    } catch (error) {
      fail(`IndexedDB failed: ${describe(error)}`);
      return { ok: false };
    }
  }

  async function moveMemoryToStore(s: UseStore) {
    for (const record of [...memory.values()]) {
      await withTimeout(set(record.id, record, s), timeoutMs);
      memory.delete(record.id);
    }
  }

  return {
    kind: () => (usable() ? 'indexeddb' : 'memory'),
    async put(record) {
      if ((await attempt((s) => set(record.id, record, s))).ok) {
        memory.delete(record.id);
        return 'indexeddb';
      }
      memory.set(record.id, record);
      return 'memory';
    },
    async delete(id) {
      memory.delete(id);
      await attempt((s) => del(id, s));
    },
    async list(state) {
      const stored = await attempt((s) => values<OutboxRecord>(s));
      const byId = new Map((stored.ok ? stored.value : []).map((r) => [r.id, r]));
      for (const record of memory.values()) byId.set(record.id, record);
      return [...byId.values()].filter((r) => r.state === state).sort((a, b) => a.createdAt - b.createdAt);
    },
    async claim(id, owner, leaseMs) {
      const now = platform.now();
      const take = (r: OutboxRecord | undefined) =>
        r && r.state === 'pending' && (!r.leaseOwner || r.leaseOwner === owner || (r.leaseUntil ?? 0) <= now)
          ? { ...r, leaseOwner: owner, leaseUntil: now + leaseMs }
          : r;
      const inMemory = memory.get(id);
      if (inMemory) {
        const taken = take(inMemory)!;
        memory.set(id, taken);
        return taken.leaseOwner === owner ? taken : undefined;
      }
      const result = await attempt((s) => s('readwrite', (objects) => claimInTransaction(objects, id, take)));
      return result.ok && result.value?.leaseOwner === owner ? result.value : undefined;
    },
  };
}

/** Reads and, when the lease is free, rewrites one record inside a single readwrite transaction. */
function claimInTransaction(
  objects: IDBObjectStore,
  id: string,
  take: (r: OutboxRecord | undefined) => OutboxRecord | undefined,
): Promise<OutboxRecord | undefined> {
  return new Promise((resolve, reject) => {
    const read = objects.get(id) as IDBRequest<OutboxRecord | undefined>;
    read.onerror = () => reject(read.error);
    read.onsuccess = () => {
      const before = read.result;
      const after = take(before);
      if (!after || after === before) return resolve(before);
      const write = objects.put(after, id);
      write.onerror = () => reject(write.error);
      objects.transaction.oncomplete = () => resolve(after);
      objects.transaction.onabort = () => reject(objects.transaction.error);
    };
  });
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
