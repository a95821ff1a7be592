// `@candor/widget/destinations`: opt-in transports for the tools teams already run. Each keeps
// Candor's outbox, retries and dedupe ids; none is in the loader unless you import it.
export { webhook } from './webhook.js';
export { posthog } from './posthog.js';
export { segment } from './segment.js';
export { submissionProperties } from './http-transport.js';
export type { Transport, TransportResult } from '../transport.js';
