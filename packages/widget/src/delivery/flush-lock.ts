import type { DeliveryPlatform as Platform } from './delivery-platform.js';

export interface FlushLock {
  /** 'locks': Web Locks serialise flushes across tabs; 'leases': each record is claimed first. */
  mode: 'locks' | 'leases';
  /** Runs `fn` while no other tab of this site is flushing (waits its turn). */
  run<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * Only one tab flushes at a time. With Web Locks the browser queues the tabs and frees the lock
 * when a tab dies; without them every tab may run, and leases on the records keep them apart.
 * Where the lock is denied (a sandboxed iframe: an opaque origin, whose storage no other tab
 * shares) the flush runs at once; a flush that fails inside the lock is not run twice.
 */
export function createFlushLock(platform: Platform): FlushLock {
  const locks = platform.locks();
  if (!locks) return { mode: 'leases', run: (fn) => fn() };
  return {
    mode: 'locks',
    run(fn) {
      let granted = false;
      return locks.request('candor:flush', () => ((granted = true), fn())).catch((error: unknown) => (granted ? Promise.reject(error) : fn()));
    },
  };
}
