import type { Responses } from './build-submission.js';
import type { Platform } from './platform.js';

const KEY = 'candor:draft';

/** What the user has written so far (already redacted), kept as they type. */
export interface Draft {
  /** When it was last written (ms). */
  at: number;
  /** The survey it belongs to (id@version). */
  survey: string;
  /** The step the user was on. */
  step: number;
  /** What was answered so far, with the choice made on the purpose screen. */
  responses: Responses;
  swapped?: boolean;
}

/** The draft in localStorage: small, synchronous, and there after a reload or a crash. */
export function draftStore(platform: Platform) {
  return {
    read(): Draft | undefined {
      try {
        return JSON.parse(platform.prefs()?.getItem(KEY) ?? 'null') ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(draft: Draft) {
      try {
        platform.prefs()?.setItem(KEY, JSON.stringify(draft));
      } catch {
        /* full or blocked: the answers still live in the open widget */
      }
    },
    clear() {
      try {
        platform.prefs()?.removeItem(KEY);
      } catch {
        /* nothing to do */
      }
    },
  };
}

export type DraftStore = ReturnType<typeof draftStore>;
