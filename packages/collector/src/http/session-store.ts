import { createHash, randomBytes } from 'node:crypto';

/** A session lasts this long without use, by default. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** And at most this long however much it is used: then the admin token is asked for again. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Sessions kept at most; past it the oldest ends. */
const MAX_SESSIONS = 10_000;

export interface Session {
  /** When it ends unless used again (never later than its absolute end). */
  expiresAt: Date;
}

/**
 * Signed-in browsers of the results app, held in this process's memory: a restart signs
 * everyone out, and each process of a fleet has its own (a browser signs in again where its
 * requests land). Ids are 256 random bits; only their hashes are kept, so a heap dump holds no
 * usable id.
 */
export interface SessionStore {
  /** A new session: its id (for the cookie) and when it ends. */
  create(): { id: string; session: Session };
  /** The session with this id if it is still valid, renewed by this use. */
  use(id: string): Session | undefined;
  /** Ends the session; nothing when there is none. */
  end(id: string): void;
}

const key = (id: string) => createHash('sha256').update(id).digest('base64url');

export function createSessionStore(options: { idleMs?: number; maxMs?: number; now?: () => number } = {}): SessionStore {
  const idleMs = options.idleMs ?? SESSION_IDLE_MS;
  const maxMs = options.maxMs ?? SESSION_MAX_MS;
  const now = options.now ?? Date.now;
  // Insertion order is creation order, so the first entry is the oldest.
  const sessions = new Map<string, { endsAt: number; usedAt: number }>();
  const expiry = (s: { endsAt: number; usedAt: number }) => Math.min(s.endsAt, s.usedAt + idleMs);

  return {
    create() {
      const id = randomBytes(32).toString('base64url');
      const at = now();
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      const entry = { endsAt: at + maxMs, usedAt: at };
      sessions.set(key(id), entry);
      return { id, session: { expiresAt: new Date(expiry(entry)) } };
    },
    use(id) {
      const k = key(id);
      const entry = sessions.get(k);
      if (!entry) return undefined;
      const at = now();
      if (at >= expiry(entry)) {
        sessions.delete(k);
        return undefined;
      }
      entry.usedAt = at;
      return { expiresAt: new Date(expiry(entry)) };
    },
    end(id) {
      sessions.delete(key(id));
    },
  };
}
