import { NOTHING_SENT } from '../delivery/nothing-sent.js';
import type { CandorInstance } from '../types.js';

/** An instance that shows and sends nothing: before init(), with bad options, and in Node (SSR). */
export const inertInstance = (): CandorInstance => ({
  open() {},
  close() {},
  track() {},
  flush: async () => NOTHING_SENT,
  stats: async () => ({ pending: 0, deadLetter: 0, inFlight: 0, dropped: 0 }),
  withdraw: async () => ({ withdrawn: 0, failed: 0 }),
  on: () => () => {},
  destroy() {},
});
