// The script-tag build (candor.js). It reads its options from the tag's data-* attributes,
// installs `window.Candor`, and replays calls a page made through the queue snippet before it loaded.
import { inertInstance, type CandorInstance } from './candor.js';
import { init } from './init.js';
import { configureChunks } from './load-chunks-script.js';
import type { CandorOptions } from './options.js';
import { attributeName, readScriptAttributes } from './script-attributes.js';

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

  const fromAttributes = readScriptAttributes(script);
  let instance: CandorInstance | undefined;
  const inert = inertInstance();
  const use = () => instance ?? inert;
  // Handlers registered before init(), attached once it runs.
  const early: ((started: CandorInstance) => void)[] = [];
  const notStarted = (method: string) => () =>
    console.error(`[candor] Candor.${method}() was called before Candor was started: add data-endpoint to the script tag or call Candor.init({ endpoint }).`);

  const api: CandorGlobal = {
    loaded: true,
    init(options = {}) {
      if (instance) {
        console.warn('[candor] Candor.init() was called again; the first configuration stays.');
        return api;
      }
      instance = init({ ...fromAttributes, ...options } as CandorOptions, {
        nameOf: (option) => (option in options ? option : attributeName(option)),
      });
      for (const attach of early.splice(0)) attach(instance);
      return api;
    },
    open: () => (instance ? instance.open() : notStarted('open')()),
    close: () => use().close(),
    track: (event) => use().track(event),
    flush: () => use().flush(),
    stats: () => use().stats(),
    withdraw: () => use().withdraw(),
    on(event, handler) {
      if (instance) return instance.on(event, handler);
      let off: (() => void) | undefined;
      let cancelled = false;
      early.push((started) => cancelled || (off = started.on(event, handler)));
      return () => {
        cancelled = true;
        off?.();
      };
    },
    destroy: () => use().destroy(),
  };
  window.Candor = api;

  const queue = previous?.q ?? [];
  if (!queue.some(([method]) => method === 'init') && Object.keys(fromAttributes).length > 0) api.init();
  for (const [method, args, resolve] of queue) {
    const fn = api[method as Method] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== 'function') console.error(`[candor] Candor.${method}() is not a Candor method.`);
    else resolve?.(fn(...args));
  }
})();
