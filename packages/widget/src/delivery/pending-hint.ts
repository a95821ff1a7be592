import type { Platform } from '../platform/platform.js';

const KEY = 'candor:pending';

/**
 * How many submissions wait in the outbox, kept in localStorage so a page view can tell without
 * opening IndexedDB (or loading the delivery code) that there is nothing to send. It is raised
 * before a write and lowered after the outbox is read, so it errs towards looking.
 */
export function pendingHint(platform: Platform) {
  return {
    /**
     * The last known count: 0 when never written (nothing was ever queued here: the outbox and
     * this count are the same site data), undefined when storage cannot be read (then look).
     */
    read(): number | undefined {
      try {
        return Number(platform.prefs()!.getItem(KEY));
      } catch {
        return undefined;
      }
    },
    write(count: number) {
      try {
        platform.prefs()?.setItem(KEY, count as unknown as string); // setItem writes it as text
      } catch {
        /* blocked or full: every page view then looks in IndexedDB itself */
      }
    },
  };
}

export type PendingHint = ReturnType<typeof pendingHint>;
