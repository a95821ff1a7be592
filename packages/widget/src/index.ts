// The npm entry. Importing it runs nothing and touches no browser global; call `init()` in the browser.
export { init, type InitHooks } from './init.js';
export type { CandorInstance } from './candor.js';
export type { CandorOptions, ResolvedOptions, Question } from './options.js';
export type { CandorEvents, CandorEventName, StorageKind } from './events.js';
export type { FlushResult } from './delivery.js';
export type { Submission, Answer } from '@candor/protocol';
// For framework adapters (@candor/react, @candor/vue): a stable handle they start and stop.
export { createCandorHandle, type CandorApi, type CandorHandle } from './candor-handle.js';
export { optionsKey } from './options-key.js';
export { inertInstance } from './inert-instance.js';
export { optionNames } from './option-names.js';
export type { Transport, TransportResult, HeadersOption, BeforeSend } from './transport.js';
