import type { Responses } from './build-submission.js';
import type { DeliveryHandle, WithdrawResult } from './delivery-chunk.js';
import type { DeliveryStats, FlushResult } from './delivery.js';
import { RESUME_MS, type Draft, type DraftStore } from './draft-store.js';
import { createEmitter, type CandorEventName, type Handler } from './events.js';
import type { ChunkLoaders } from './chunk-loaders.js';
import type { ResolvedOptions } from './options.js';
import { pageMatches } from './page-matches.js';
import type { PendingHint } from './pending-hint.js';
import type { Platform } from './platform.js';
import { resolveLocale } from './resolve-locale.js';
import type { ShowPolicy } from './show-policy.js';
import { surveyChoices } from './survey-choices.js';
import { NOTHING_SENT } from './inert-instance.js';
import { openTabs } from './open-tabs.js';
import type { MountedWidget, SubmitResult } from './ui-contract.js';

/** The object `init()` returns, and what `window.Candor` exposes. */
export interface CandorInstance {
  /** Shows the questions now (a user's click is their consent to start). */
  open(): void;
  /** Closes the widget; answers given so far are kept and sent as a partial submission. */
  close(): void;
  /** Tells Candor an app event happened (e.g. "task_completed"): with the `event` option, it can bring up the invitation. */
  track(event: string): void;
  /** Sends everything waiting on this device now. */
  flush(): Promise<FlushResult>;
  /** What waits on this device: pending, given up (dead letters), and being sent right now. */
  stats(): Promise<DeliveryStats>;
  /** Withdraws every answer given on this device: unsent ones are deleted, sent ones withdrawn at the collector. */
  withdraw(): Promise<WithdrawResult>;
  on<K extends CandorEventName>(event: K, handler: Handler<K>): () => void;
  /** Stops Candor on this page and removes everything it added. Saved answers stay queued. */
  destroy(): void;
}

/** The runtime as the loader drives it: the instance, and the invitation the loader decided on. */
export interface CandorRuntime extends Omit<CandorInstance, 'track'> {
  /** Brings up the invitation after the delay, at a calm moment: on a matching page, not while the user types, in one tab. */
  invite(trigger: string): void;
}

/** No invitation while the user has typed in the last this many ms. */
const TYPING_MS = 3000;

/** What the loader made already and hands on: the chunk loaders, and its localStorage records. */
export interface LoaderParts extends ChunkLoaders {
  /** When the user last pressed a key in the page (ms). */
  lastKey: () => number;
  policy: ShowPolicy;
  hint: PendingHint;
  drafts: DraftStore;
}

/**
 * The runtime (started by the loader, init.ts, when Candor has something to do on a page):
 * showing the widget, delivery and events, with options already checked. The delivery code loads
 * only when something waits to be sent (or the user submits), the UI only when it is about to show.
 */
export function createCandor(options: ResolvedOptions, platform: Platform, parts: LoaderParts): CandorRuntime {
  const { loadDelivery, loadDestinations, loadLocale, loadUi, policy, hint, drafts } = parts;
  const choices = surveyChoices(policy, options.counterbalance, platform);
  const win = platform.window()!;
  const doc = win.document;
  const log = options.debug ? (...args: unknown[]) => console.debug('[candor]', ...args) : () => {};
  const emitter = createEmitter((error) => console.error('[candor] an event handler threw:', error));
  const [lang, tag] = resolveLocale([options.locale, doc.documentElement.lang, ...(win.navigator.languages || [])]);
  // Answers record the language they were asked in: the team's, for its own questions.
  const locale = options.questions ? options.locale || tag : tag;

  let handle: DeliveryHandle | undefined;
  let starting: Promise<DeliveryHandle> | undefined;
  let mounted: MountedWidget | undefined;
  let mounting = false;
  let destroyed = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => (timers.delete(timer), fn()), ms);
    timers.add(timer);
  };
  const report = (error: unknown) => console.error('[candor]', error);
  const tabs = openTabs(win.navigator.locks);

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
    !destroyed && (handle || hint.read() !== 0) ? delivery().then((d) => d.delivery.flush({ ignoreBackoff })) : Promise.resolve(NOTHING_SENT);

  const submit = (responses: Responses, trigger: string, swapped: boolean | undefined): Promise<SubmitResult> =>
    delivery().then((d) => d.submit(responses, { locale, trigger, respondentId: policy.respondentId(), counterbalanced: swapped !== undefined }));

  async function show(initialView: 'invitation' | 'questions', trigger: string, draft?: Draft) {
    if (destroyed) return;
    if (mounted) return mounted.focus();
    if (mounting) return;
    mounting = true;
    try {
      // Brought up by Candor (a draft to resume, an invitation), not by the user: not while
      // another tab has the widget up, or a new tab would show the same questions again.
      if ((draft || initialView === 'invitation') && (await tabs.elsewhere())) return;
      // The answers will need the delivery code: fetch it now, while the page is surely online.
      delivery().catch(report);
      const [{ showWidget }, pack] = await Promise.all([loadUi(), loadLocale(lang)]);
      const swapped = draft ? draft.swapped : choices.swapped();
      if (destroyed) return;
      mounted = showWidget({
        options,
        pack,
        lang,
        locale,
        initialView,
        draft,
        swapped,
        survey: policy.survey,
        trigger,
        choices,
        drafts,
        emitter,
        submit: (responses) => submit(responses, trigger, swapped),
        withdraw: () => api.withdraw(),
        report,
        onClosed: () => {
          mounted = undefined;
          tabs.release();
        },
      });
      // Held once the widget is up (a widget that failed to mount would otherwise hold it for good).
      tabs.hold();
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
  const onVisibility = () => (doc.visibilityState === 'visible' ? void flushIfPending(false).catch(report) : onExit());
  win.addEventListener('online', onOnline);
  win.addEventListener('pagehide', onExit);
  doc.addEventListener('visibilitychange', onVisibility);

  // Deliver what an earlier page left behind. The loader started the runtime at an idle moment
  // (or on the user's action): no need to wait for another.
  onOnline();

  // A draft is one of the things the loader starts the runtime for.
  const draft = drafts.read();
  if (draft?.survey === policy.survey) {
    // Interrupted by a reload or a crash: carry on where the user was.
    if (platform.now() - draft.at < RESUME_MS) void show('questions', draft.trigger ?? 'draft', draft);
    else {
      // Left long ago: what was answered goes as a partial submission.
      drafts.write(undefined);
      if (options.sendPartial && draft.responses.answers.length) submit({ ...draft.responses, partial: true }, draft.trigger ?? 'draft', draft.swapped).catch(report);
    }
  }

  const api: CandorRuntime = {
    open: () => void show('questions', 'open'),
    close: () => mounted?.close(),
    invite(trigger) {
      // Likely to show: fetch the UI and the language while the delay runs, not when the user waits.
      void Promise.all([loadUi(), loadLocale(lang)]).catch(report);
      later(options.delayMs, function calm() {
        if (destroyed || mounted || mounting) return;
        if (!pageMatches(options.pages, win.location.pathname) || platform.now() - parts.lastKey() < TYPING_MS) return later(1000, calm);
        const tab = platform.random().toString(36);
        void platform.exclusive(() => policy.claim(tab)).then((mine) => mine && later(150, () => policy.ours(tab) && void show('invitation', trigger)));
      });
    },
    flush: () => (destroyed ? Promise.resolve(NOTHING_SENT) : delivery().then((d) => d.delivery.flush({ ignoreBackoff: true }))),
    stats: () => delivery().then((d) => d.delivery.stats()),
    withdraw: () => delivery().then((d) => d.withdraw()),
    on: (event, handler) => emitter.on(event, handler),
    destroy() {
      if (destroyed) return;
      mounted?.close();
      destroyed = true;
      timers.forEach(clearTimeout);
      void starting?.then((d) => d.delivery.stop());
      win.removeEventListener('online', onOnline);
      win.removeEventListener('pagehide', onExit);
      doc.removeEventListener('visibilitychange', onVisibility);
      emitter.clear();
    },
  };
  return api;
}
