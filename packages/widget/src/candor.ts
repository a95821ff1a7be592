import { buildSubmission, type Responses } from './build-submission.js';
import { DEFAULT_QUESTIONS } from './default-questions.js';
import { createDelivery, type DeliveryStats, type FlushResult } from './delivery.js';
import { createFlushLock } from './flush-lock.js';
import { createPageExitSender } from './page-exit.js';
import { createEmitter, type CandorEventName, type Handler } from './events.js';
import type { ResolvedOptions } from './options.js';
import { createOutbox } from './outbox.js';
import type { Platform } from './platform.js';
import { createShowPolicy } from './show-policy.js';
import type { MountedWidget, MountWidget, SubmitResult, WidgetController } from './ui-contract.js';

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

export const inertInstance = (): CandorInstance => ({
  open() {},
  close() {},
  flush: async () => ({ delivered: [], pending: 0 }),
  stats: async () => ({ pending: 0, deadLetter: 0, inFlight: 0 }),
  on: () => () => {},
  destroy() {},
});

export function createCandor(options: ResolvedOptions, platform: Platform, loadUi: () => Promise<MountWidget>): CandorInstance {
  const win = platform.window()!;
  const log = options.debug ? (...args: unknown[]) => console.debug('[candor]', ...args) : () => {};
  const emitter = createEmitter((error) => console.error('[candor] an event handler threw:', error));
  const outbox = createOutbox(platform, (reason) => {
    log('storage unavailable:', reason);
    emitter.emit('storage_unavailable', { reason });
  });
  const delivery = createDelivery({
    endpoint: options.endpoint,
    requestTimeoutMs: options.requestTimeoutMs,
    batchSize: options.batchSize,
    limits: options,
    caps: options,
    outbox,
    lock: createFlushLock(platform),
    platform,
    emitter,
    log,
  });
  const sendOnExit = createPageExitSender({ endpoint: options.endpoint, platform, snapshot: delivery.snapshot, log });
  const policy = createShowPolicy(options, platform);
  const locale = options.locale || win.document.documentElement.lang || win.navigator.language || 'en';
  const product = options.product;
  const questions = (options.questions ?? DEFAULT_QUESTIONS).map((q) => ({
    ...q,
    prompt: q.prompt.replaceAll('{product}', product ?? 'this product'),
  }));

  let mounted: MountedWidget | undefined;
  let mounting = false;
  let destroyed = false;
  const timers: ReturnType<typeof setTimeout>[] = [];

  async function submit(responses: Responses): Promise<SubmitResult> {
    const submission = buildSubmission(responses, options, locale, platform);
    const queued = await delivery.enqueue(submission);
    if (!queued.ok) return { status: 'refused', ...queued.refusal };
    const { delivered } = await delivery.flush();
    if (delivered.includes(submission.id)) return { status: 'sent' };
    return { status: queued.storage === 'indexeddb' ? 'saved' : 'memory' };
  }

  async function show(initialView: WidgetController['initialView']) {
    if (destroyed) return;
    if (mounted) return mounted.focus();
    if (mounting) return;
    mounting = true;
    try {
      const mount = await loadUi();
      if (destroyed) return;
      mounted = mount({
        questions,
        locale,
        product,
        theme: options.theme,
        position: options.position,
        initialView,
        submit,
        decline: (kind) => (kind === 'never' ? policy.never() : policy.notNow()),
        shown: (view) => emitter.emit('shown', { view }),
        closed(responses, finished) {
          mounted = undefined;
          if (finished) policy.finished();
          // Leaving part-way still keeps what was answered (a refusal then is only logged).
          else if (responses?.answers.length) void submit({ ...responses, partial: true });
          emitter.emit('closed', { answered: responses?.answers.length ?? 0, finished });
        },
      });
    } catch (error) {
      console.error('[candor] could not show the widget:', error);
    } finally {
      mounting = false;
    }
  }

  const onOnline = () => void delivery.flush({ ignoreBackoff: true });
  const onVisibility = () => (win.document.visibilityState === 'visible' ? void delivery.flush() : sendOnExit());
  win.addEventListener('online', onOnline);
  win.addEventListener('pagehide', sendOnExit);
  win.document.addEventListener('visibilitychange', onVisibility);

  // Deliver what an earlier page left behind, once the browser is idle.
  const idle = win.requestIdleCallback?.bind(win) ?? ((cb: () => void) => setTimeout(cb, 1));
  idle(() => destroyed || void delivery.flush({ ignoreBackoff: true }));

  if (options.trigger === 'auto' && policy.countPageViewAndDecide()) {
    timers.push(setTimeout(() => void show('invitation'), options.delayMs));
  }

  return {
    open: () => void show('questions'),
    close: () => mounted?.close(),
    flush: () => (destroyed ? Promise.resolve({ delivered: [], pending: 0 }) : delivery.flush({ ignoreBackoff: true })),
    stats: () => delivery.stats(),
    on: (event, handler) => emitter.on(event, handler),
    destroy() {
      if (destroyed) return;
      mounted?.close();
      destroyed = true;
      timers.forEach(clearTimeout);
      delivery.stop();
      win.removeEventListener('online', onOnline);
      win.removeEventListener('pagehide', sendOnExit);
      win.document.removeEventListener('visibilitychange', onVisibility);
      emitter.clear();
    },
  };
}
