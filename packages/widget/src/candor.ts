import type { Responses } from './build-submission.js';
import type { DeliveryHandle } from './delivery-chunk.js';
import type { DeliveryStats, FlushResult } from './delivery.js';
import { createEmitter, type CandorEventName, type Handler } from './events.js';
import { loadDelivery, loadDestinations, loadUi } from './load-chunks.js';
import type { ResolvedOptions } from './options.js';
import { pendingHint } from './pending-hint.js';
import type { Platform } from './platform.js';
import { createShowPolicy } from './show-policy.js';
import type { MountedWidget, SubmitResult, WidgetController } from './ui-contract.js';

/** The object `init()` returns, and what `window.Candor` exposes. */
export interface CandorInstance {
  /** Shows the questions now (a user's click is their consent to start). */
  open(): void;
  /** Closes the widget; answers given so far are kept and sent as a partial submission. */
  close(): void;
  /** Sends everything waiting on this device now. */
  flush(): Promise<FlushResult>;
  /** What waits on this device: pending, given up (dead letters), and being sent right now. */
  stats(): Promise<DeliveryStats>;
  on<K extends CandorEventName>(event: K, handler: Handler<K>): () => void;
  /** Stops Candor on this page and removes everything it added. Saved answers stay queued. */
  destroy(): void;
}

const NOTHING: FlushResult = { delivered: [], pending: 0 };

export const inertInstance = (): CandorInstance => ({
  open() {},
  close() {},
  flush: async () => NOTHING,
  stats: async () => ({ pending: 0, deadLetter: 0, inFlight: 0, dropped: 0 }),
  on: () => () => {},
  destroy() {},
});

/**
 * What every page view runs: the public API, the polite invitation schedule and the event
 * wiring. The delivery code loads only when something waits to be sent (or the user submits),
 * the UI only when it is about to show, so a page view with nothing to do costs almost nothing.
 */
export function createCandor(options: ResolvedOptions, platform: Platform): CandorInstance {
  const win = platform.window()!;
  const log = options.debug ? (...args: unknown[]) => console.debug('[candor]', ...args) : () => {};
  const emitter = createEmitter((error) => console.error('[candor] an event handler threw:', error));
  const policy = createShowPolicy(options, platform);
  const hint = pendingHint(platform);
  const locale = options.locale || win.document.documentElement.lang || win.navigator.language || 'en';

  let handle: DeliveryHandle | undefined;
  let starting: Promise<DeliveryHandle> | undefined;
  let mounted: MountedWidget | undefined;
  let mounting = false;
  let destroyed = false;
  const timers: ReturnType<typeof setTimeout>[] = [];

  const delivery = (): Promise<DeliveryHandle> =>
    (starting ??= loadDelivery().then(
      (chunk) => (handle = chunk.startDelivery(options, platform, emitter, log, hint.write, loadDestinations)),
      (error: unknown) => {
        starting = undefined; // a flaky network: the next trigger (online, visible, a submit) tries again
        throw error;
      },
    ));
  /** Flushes, loading the delivery code only if something may be waiting. */
  const flushIfPending = (ignoreBackoff: boolean) =>
    !destroyed && (handle || hint.read() !== 0) ? delivery().then((d) => d.delivery.flush({ ignoreBackoff })) : Promise.resolve(NOTHING);
  const report = (error: unknown) => console.error('[candor]', error);

  const submit = (responses: Responses): Promise<SubmitResult> => delivery().then((d) => d.submit(responses, locale));

  async function show(initialView: WidgetController['initialView']) {
    if (destroyed) return;
    if (mounted) return mounted.focus();
    if (mounting) return;
    mounting = true;
    // The answers will need the delivery code: fetch it now, while the page is surely online.
    delivery().catch(report);
    try {
      const { showWidget } = await loadUi();
      if (!destroyed) mounted = showWidget({ options, locale, initialView, policy, emitter, submit, report, onClosed: () => (mounted = undefined) });
    } catch (error) {
      report(error);
    } finally {
      mounting = false;
    }
  }

  // Back online, or a new page view: try everything now (but never before a Retry-After).
  const onOnline = () => void flushIfPending(true).catch(report);
  const onExit = () => handle?.sendOnExit();
  // Back to the tab: send what is due, without cutting a backoff short on every tab switch.
  const onVisibility = () => (win.document.visibilityState === 'visible' ? void flushIfPending(false).catch(report) : onExit());
  win.addEventListener('online', onOnline);
  win.addEventListener('pagehide', onExit);
  win.document.addEventListener('visibilitychange', onVisibility);

  const idle = (fn: () => void) => (win.requestIdleCallback ? win.requestIdleCallback(fn, { timeout: 5000 }) : timers.push(setTimeout(fn, 1)));
  // Deliver what an earlier page left behind, once the browser is idle.
  idle(onOnline);

  // Deciding reads localStorage: that too waits for the browser to be idle.
  if (options.trigger === 'auto') {
    idle(() => {
      if (destroyed || !policy.countPageViewAndDecide()) return;
      void loadUi().catch(report); // likely to show: fetch the UI before it is needed
      timers.push(setTimeout(() => void show('invitation'), options.delayMs));
    });
  }

  return {
    open: () => void show('questions'),
    close: () => mounted?.close(),
    flush: () => (destroyed ? Promise.resolve(NOTHING) : delivery().then((d) => d.delivery.flush({ ignoreBackoff: true }))),
    stats: () => delivery().then((d) => d.delivery.stats()),
    on: (event, handler) => emitter.on(event, handler),
    destroy() {
      if (destroyed) return;
      mounted?.close();
      destroyed = true;
      timers.forEach(clearTimeout);
      void starting?.then((d) => d.delivery.stop());
      win.removeEventListener('online', onOnline);
      win.removeEventListener('pagehide', onExit);
      win.document.removeEventListener('visibilitychange', onVisibility);
      emitter.clear();
    },
  };
}
