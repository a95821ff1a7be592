import type { FlushResult } from './delivery.js';

/** What a flush reports when there was nothing to send (or Candor is not running). */
export const NOTHING_SENT: FlushResult = { delivered: [], pending: 0 };
