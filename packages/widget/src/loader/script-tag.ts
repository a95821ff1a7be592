// The script-tag build (candor.js). It reads its options from the tag's data-* attributes,
// installs `window.Candor`, and replays calls a page made through the queue snippet before it loaded.
import type { CandorInstance } from '../types.js';
import { earlyHandlers } from './early-handlers.js';
import { inertInstance } from './inert-instance.js';
import { init } from './init.js';
import { configureChunks } from './load-chunks-script.js';
import type { CandorOptions } from '../options/options.js';

type Queued = [method: string, args: unknown[], resolve?: (value: unknown) => void];
type Method = 'init' | 'open' | 'close' | 'track' | 'flush' | 'stats' | 'withdraw' | 'on' | 'destroy';

export interface CandorGlobal extends CandorInstance {
  init(options?: Partial<CandorOptions>): CandorGlobal;
  readonly loaded: true;
}

declare global {
  interface Window {
    Candor?: CandorGlobal | { q?: Queued[] };
  }
}

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  configureChunks(script);
  const previous = window.Candor;
  if (previous && 'loaded' in previous) return console.warn('[candor] candor.js was included twice; the second copy does nothing.');

  // As written: the runtime converts and checks them, when Candor has something to do.
  const fromAttributes = { ...script?.dataset };
  let started = false;
  // Handlers registered before init(), attached once it runs.
  const early = earlyHandlers<CandorInstance>();

  // Before init() every method does nothing (open() says why); init() puts the started instance's in their place.
  const api: CandorGlobal = {
    ...inertInstance(),
    loaded: true,
    init(options = {}) {
      if (started) {
        console.warn('[candor] Candor.init() was called again; the first options stay.');
        return api;
      }
      started = true;
      // The runtime names a wrong option as written: the data-* attribute, unless init() gave it.
      const instance = init(options as CandorOptions, { attributes: fromAttributes });
      Object.assign(api, instance);
      early.attachAll(instance);
      return api;
    },
    open: () =>
      console.error('[candor] Candor.open() before Candor.init(): add data-endpoint to the script tag, or call Candor.init({ endpoint }) first.'),
    on: early.on,
  };
  window.Candor = api;

  const queue = previous?.q ?? [];
  if (!queue.some(([method]) => method === 'init') && Object.keys(fromAttributes).length) api.init();
  for (const [method, args, resolve] of queue) {
    const fn = api[method as Method] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== 'function') console.error(`[candor] Candor.${method}() is not a Candor method.`);
    else resolve?.(fn(...args));
  }
})();
