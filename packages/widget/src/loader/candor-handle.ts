import type { CandorInstance } from '../types.js';
import { init } from './init.js';
import type { CandorOptions } from '../options/options.js';

/** What app code may call: the widget's instance API, without `destroy` (the adapter owns the lifecycle). */
export type CandorApi = Pick<CandorInstance, 'open' | 'close' | 'track' | 'flush' | 'stats' | 'withdraw' | 'on'>;

/** A stable handle to whichever widget is running; the adapter starts and stops what is behind it. */
export interface CandorHandle extends CandorApi {
  /** Starts Candor with these options, stopping any widget started before. */
  start(options: CandorOptions): void;
  /**
   * The options as they are now, for the function options (`beforeSend`, `transport`, a `headers`
   * function): the running widget calls whichever was given last, so a new function identity
   * (an inline arrow on every render) needs no restart. Other changes need `start`.
   */
  update(options: CandorOptions): void;
  /** The options given last, to `start` or `update`. */
  latest(): CandorOptions;
  /** Stops the running widget and removes everything it added to the page. */
  stop(): void;
}

interface Subscription {
  subscribe: (instance: CandorInstance) => () => void;
  off: () => void;
}

/**
 * Calls reach the widget running now. `open()` before it has started opens it once it starts;
 * handlers given to `on()` stay subscribed when the widget is started again with new options.
 */
export function createCandorHandle(): CandorHandle {
  let instance: CandorInstance | undefined;
  let openOnStart = false;
  let latest: Record<string, unknown> = {};
  /** Each function option calls the one given last (start or update). */
  const callingLatest = (options: CandorOptions) => {
    const given: Record<string, unknown> = { ...options };
    for (const [name, value] of Object.entries(given))
      if (typeof value === 'function') given[name] = (...args: unknown[]) => ((typeof latest[name] === 'function' ? latest[name] : value) as (...a: unknown[]) => unknown)(...args);
    return given as CandorOptions;
  };
  const subscriptions = new Set<Subscription>();

  const stop = () => {
    instance?.destroy();
    instance = undefined;
  };
  return {
    start(options) {
      stop();
      latest = { ...options };
      const started = (instance = init(callingLatest(options)));
      subscriptions.forEach((s) => (s.off = s.subscribe(started)));
      if (openOnStart) started.open();
      openOnStart = false;
    },
    stop,
    update: (options) => void (latest = { ...options }),
    latest: () => latest as CandorOptions,
    open: () => (instance ? instance.open() : void (openOnStart = true)),
    close: () => (instance ? instance.close() : void (openOnStart = false)),
    track: (event) => instance?.track(event),
    flush: () => (instance ? instance.flush() : Promise.resolve({ delivered: [], pending: 0 })),
    stats: () => (instance ? instance.stats() : Promise.resolve({ pending: 0, deadLetter: 0, inFlight: 0, dropped: 0 })),
    withdraw: () => (instance ? instance.withdraw() : Promise.resolve({ withdrawn: 0, failed: 0 })),
    on(event, handler) {
      const subscription: Subscription = { subscribe: (target) => target.on(event, handler), off: () => {} };
      subscriptions.add(subscription);
      if (instance) subscription.off = subscription.subscribe(instance);
      return () => {
        subscriptions.delete(subscription);
        subscription.off();
      };
    },
  };
}
