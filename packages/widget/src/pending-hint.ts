import type { Platform } from './platform.js';

const KEY = 'candor:pending';

/**
 * How many submissions wait in the outbox, kept in localStorage so a page view can tell without
 * opening IndexedDB (or loading the delivery code) that there is nothing to send. It is raised
 * before a write and lowered after the outbox is read, so it errs towards looking.
 */
export function pendingHint(platform: Platform) {
  return {
    /** The last known count, or undefined when unknown (never written, or storage blocked). */
    read(): number | undefined {
      try {
        const value = platform.prefs()?.getItem(KEY);
        return value == null ? undefined : Number(value);
      } catch {
        return undefined;
      }
    },
    write(count: number) {
      try {
        platform.prefs()?.setItem(KEY, String(count));
      } catch {
        /* blocked or full: every page view then looks in IndexedDB itself */
      }
    },
  };
}
