import type { Responses } from '../delivery/build-submission.js';
import type { Platform } from '../platform/platform.js';

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
  swapped?: boolean | undefined;
  /** What brought the questions up, kept so a resumed or late submission records it. */
  trigger?: string;
}

/** A draft younger than this reopens the widget where the user was (a reload, a crash); an older one is sent as partial. */
export const RESUME_MS = 30 * 60_000;

/** The draft in localStorage: small, synchronous, and there after a reload or a crash. */
export const draftStore = (platform: Platform) => platform.stored<Draft | undefined>('candor:draft', undefined);

export type DraftStore = ReturnType<typeof draftStore>;
