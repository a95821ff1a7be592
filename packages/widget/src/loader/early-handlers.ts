import type { CandorEventName, Handler } from '../runtime/events.js';

type Subscribable = { on<K extends CandorEventName>(event: K, handler: Handler<K>): () => void };

/**
 * Handlers given to `on()` before there is anything to attach them to (before init(), or before
 * the runtime runs): kept, and attached by `attachAll` once it exists. The returned function
 * unsubscribes, before or after.
 */
export function earlyHandlers<T extends Subscribable>() {
  const waiting: ((target: T) => void)[] = [];
  return {
    on<K extends CandorEventName>(event: K, handler: Handler<K>): () => void {
      let off: (() => void) | undefined;
      let cancelled = false;
      waiting.push((target) => cancelled || (off = target.on(event, handler)));
      return () => {
        cancelled = true;
        off?.();
      };
    },
    attachAll: (target: T) => waiting.splice(0).forEach((attach) => attach(target)),
  };
}
