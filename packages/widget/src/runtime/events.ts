import type { Submission } from '@candor/protocol';

export type StorageKind = 'indexeddb' | 'memory';

/** Every event Candor raises, with what its handler receives. */
export interface CandorEvents {
  /** The invitation or the questions became visible. */
  shown: { view: 'invitation' | 'questions' };
  closed: { answered: number; finished: boolean };
  /** A submission was saved to the outbox and will be delivered. */
  queued: { id: string; storage: StorageKind };
  /** The collector accepted a submission (2xx), or a custom transport said it was accepted (no status). */
  delivered: { id: string; status?: number };
  /** A send failed for a reason that may pass; it will be tried again. */
  retrying: { id: string; attempt: number; reason: string; retryInMs: number };
  /** A submission will never be delivered; it was moved to the dead-letter store. */
  failed: { id: string; reason: string; status?: number; submission: Submission };
  /** Your `beforeSend` returned null: the submission was dropped on purpose (counted in stats). */
  dropped: { id: string };
  /**
   * The user withdrew their answers: these ids are no longer sent from this device, and (with the
   * built-in sender) were withdrawn at the collector. With your own transport, remove them yourself.
   */
  withdrawn: { ids: string[] };
  /** IndexedDB could not be used; answers are kept in memory for this page only. */
  storage_unavailable: { reason: string };
}

export type CandorEventName = keyof CandorEvents;
export type Handler<K extends CandorEventName> = (payload: CandorEvents[K]) => void;

export interface Emitter {
  on<K extends CandorEventName>(name: K, handler: Handler<K>): () => void;
  emit<K extends CandorEventName>(name: K, payload: CandorEvents[K]): void;
  clear(): void;
}

/** A tiny event emitter whose handlers can never throw into Candor or the host page. */
export function createEmitter(onHandlerError: (error: unknown) => void): Emitter {
  const handlers = new Map<CandorEventName, Set<Handler<never>>>();
  return {
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      handlers.set(name, set);
      set.add(handler as Handler<never>);
      return () => void set.delete(handler as Handler<never>);
    },
    emit(name, payload) {
      for (const handler of handlers.get(name) ?? []) {
        try {
          (handler as Handler<typeof name>)(payload);
        } catch (error) {
          onHandlerError(error);
        }
      }
    },
    clear: () => handlers.clear(),
  };
}
