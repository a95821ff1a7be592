import type { StatementPriority } from './statement-priority.js';

/** Holding the one connection; give it back with `release()` (once; later calls do nothing). */
export interface ConnectionLease {
  release(): void;
}

export interface ConnectionQueue {
  /**
   * Resolves when the caller holds the connection alone. Waiting writes are served before
   * waiting reads (first come, first served within each), except that a read which has waited
   * through {@link MAX_WRITES_AHEAD_OF_A_READ} writes goes next, so a flood of posts cannot
   * starve the results views forever. Background work goes when nothing else waits, or once it
   * has waited through {@link MAX_AHEAD_OF_BACKGROUND} others, so it is slowed, never stopped.
   */
  acquire(priority: StatementPriority): Promise<ConnectionLease>;
  /** Leases held or waiting. */
  readonly busy: number;
  /** Resolves once nobody holds or waits for the connection. */
  idle(): Promise<void>;
}

/** Writes served in a row while a read waits, at most, before that read's turn. */
export const MAX_WRITES_AHEAD_OF_A_READ = 32;
/** Posts and reads served in a row while background work waits, at most, before its turn. */
export const MAX_AHEAD_OF_BACKGROUND = 16;

interface Waiter {
  grant: (lease: ConnectionLease) => void;
}

/**
 * Who may use a single database connection next (PGlite is one): one holder at a time, so a
 * transaction is exclusive, with writes first.
 */
export function connectionQueue(): ConnectionQueue {
  const writes: Waiter[] = [];
  const reads: Waiter[] = [];
  const background: Waiter[] = [];
  let held = false;
  let writesWhileReadWaits = 0;
  let othersWhileBackgroundWaits = 0;
  let idleWaiters: (() => void)[] = [];

  const next = () => {
    const backgroundsTurn = background.length > 0 && ((writes.length === 0 && reads.length === 0) || othersWhileBackgroundWaits >= MAX_AHEAD_OF_BACKGROUND);
    const readsTurn = !backgroundsTurn && reads.length > 0 && (writes.length === 0 || writesWhileReadWaits >= MAX_WRITES_AHEAD_OF_A_READ);
    const waiter = backgroundsTurn ? background.shift() : readsTurn ? reads.shift() : writes.shift();
    if (!waiter) {
      held = false;
      const waiting = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiting) resolve();
      return;
    }
    if (!backgroundsTurn) writesWhileReadWaits = readsTurn || reads.length === 0 ? 0 : writesWhileReadWaits + 1;
    othersWhileBackgroundWaits = backgroundsTurn || background.length === 0 ? 0 : othersWhileBackgroundWaits + 1;
    held = true;
    waiter.grant(lease());
  };

  const lease = (): ConnectionLease => {
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        next();
      },
    };
  };

  return {
    acquire(priority) {
      return new Promise((grant) => {
        (priority === 'write' ? writes : priority === 'read' ? reads : background).push({ grant });
        if (!held) next();
      });
    },
    get busy() {
      return (held ? 1 : 0) + writes.length + reads.length + background.length;
    },
    idle() {
      if (!held && writes.length === 0 && reads.length === 0 && background.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
