import type { CandorInstance } from './candor.js';
import { init } from './init.js';
import type { CandorOptions } from './options.js';

/** What app code may call: the widget's instance API, without `destroy` (the adapter owns the lifecycle). */
export type CandorApi = Pick<CandorInstance, 'open' | 'close' | 'track' | 'flush' | 'stats' | 'withdraw' | 'on'>;

/** A stable handle to whichever widget is running; the adapter starts and stops what is behind it. */
export interface CandorHandle extends CandorApi {
  /** Starts Candor with these options, stopping any widget started before. */
  start(options: CandorOptions): void;
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
  const subscriptions = new Set<Subscription>();

  const stop = () => {
    instance?.destroy();
    instance = undefined;
  };
  return {
    start(options) {
      stop();
      const started = (instance = init(options));
      subscriptions.forEach((s) => (s.off = s.subscribe(started)));
      if (openOnStart) started.open();
      openOnStart = false;
    },
    stop,
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
