// The npm entry. Importing it runs nothing and touches no browser global; call `init()` in the browser.
export { init, type InitHooks } from './loader/init.js';
export type { CandorInstance } from './types.js';
export type { CandorOptions, ResolvedOptions, Question } from './options/options.js';
export type { CandorEvents, CandorEventName, StorageKind } from './runtime/events.js';
export type { FlushResult } from './delivery/delivery.js';
export type { Submission, Answer } from '@candor/protocol';
// For framework adapters (@candor/react, @candor/vue): a stable handle they start and stop.
export { createCandorHandle, type CandorApi, type CandorHandle } from './loader/candor-handle.js';
export { optionsKey } from './options/options-key.js';
export { inertInstance } from './loader/inert-instance.js';
export { optionNames } from './options/option-names.js';
export type { Transport, TransportResult, HeadersOption, BeforeSend } from './delivery/transport.js';
