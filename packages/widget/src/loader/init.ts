// The loader: what every page view runs. It decides, from localStorage, whether Candor has
// anything to do on this page (answers waiting to be sent, a draft to resume, an invitation
// due, a call such as open()), and only then loads the runtime (runtime.ts), which checks the
// options and does it. Most page views end here, having counted themselves.
import type { DeliveryPlatform } from '../delivery/delivery-platform.js';
import { NOTHING_SENT } from '../delivery/nothing-sent.js';
import { pendingHint } from '../delivery/pending-hint.js';
import { keptSurveys } from '../options/kept-survey.js';
import { loaderOptions, loaderRead, misread } from '../options/loader-options.js';
import type { CandorOptions } from '../options/options.js';
import { readOptions } from '../options/read-options.js';
import { browserPlatform } from '../platform/platform.js';
import { draftStore, RESUME_MS, type Draft } from '../scheduling/draft-store.js';
import { createShowPolicy } from '../scheduling/show-policy.js';
import type { CandorInstance, CandorRuntime } from '../types.js';
import { earlyHandlers } from './early-handlers.js';
import { inertInstance } from './inert-instance.js';
import { loadDefinition, loadDelivery, loadDestinations, loadLocale, loadRuntime, loadUi } from './load-chunks.js';

export interface InitHooks {
  /** Replace parts of the environment (tests, unusual hosts). */
  platform?: Partial<DeliveryPlatform>;
  /** How option names appear in error messages; by default as written, and as the data-* attribute for one that came from `attributes`. */
  nameOf?: (option: string) => string;
  /** The script tag's data-* attributes, as written: under the options given to init(). */
  attributes?: Record<string, string | undefined>;
}

/**
 * Starts Candor. Never throws, and in Node (SSR) does nothing. Options are checked when Candor
 * first has something to do on the page (or at once with `debug`): a bad one gets one console
 * error naming it, and Candor then shows and sends nothing.
 */
export function init(options: CandorOptions, hooks: InitHooks = {}): CandorInstance {
  const platform = browserPlatform(hooks.platform);
  const win = platform.window();
  if (!win) return inertInstance();
  const doc = win.document;
  // The same reading of the options as the runtime's, for the few the loader acts on.
  const raw = readOptions(hooks.attributes, options, loaderRead);
  // What the last good survey definition set (surveyUrl): its id, version and asking rules win over
  // the page's options, here and in the runtime, without a request (options/kept-survey.ts).
  const kept = (raw.surveyUrl && keptSurveys(platform).read()[raw.surveyUrl as string]) as object | undefined;
  const o = loaderOptions({ ...raw, ...kept });
  const policy = createShowPolicy(o, platform);
  const hint = pendingHint(platform);
  const drafts = draftStore(platform);
  const report = (error: unknown) => console.error('[candor]', error);

  let runtime: CandorRuntime | undefined;
  let loading: Promise<CandorRuntime | undefined> | undefined;
  let destroyed = false;
  let lastKey = 0;
  // The draft, read once on this page view: at the idle moment, or when the runtime starts first.
  let seen: [Draft | undefined] | undefined;
  const draft = () => (seen ??= [drafts.read()])[0];
  // Handlers given to on() before the runtime runs, attached when it starts.
  const early = earlyHandlers<CandorRuntime>();

  /** The runtime, loaded and started once; undefined when the options are bad (it said so). */
  const need = (): Promise<CandorRuntime | undefined> =>
    destroyed ? Promise.resolve(undefined) : (loading ??= loadRuntime().then(
      (module) => {
        if (destroyed) return undefined;
        const parts = { loadDelivery, loadDestinations, loadLocale, loadUi, loadDefinition, policy, hint, drafts, draft: draft(), lastKey: () => lastKey };
        runtime = module.startRuntime({ ...hooks, options, kept, platform, parts });
        if (runtime) early.attachAll(runtime);
        return runtime;
      },
      (error: unknown) => {
        loading = undefined; // a flaky network: the next trigger tries again
        throw error;
      },
    ));
  // After destroy(), no runtime (or a stopped one): nothing happens.
  const act = <T>(fn: (r: CandorRuntime) => T | Promise<T>, otherwise: T | Promise<T>): Promise<T> => need().then((r) => (r ? fn(r) : otherwise));

  /** An invitation is due: the runtime brings it up at a calm moment. */
  const invite = (trigger: string) => void act((r) => r.invite(trigger), undefined).catch(report);

  // The page's one set of listeners. Before the runtime runs: something may wait to be sent, and
  // the runtime sends it. After: the runtime is told.
  const onOnline = (online?: unknown) => (runtime ? runtime.wake(!!online) : hint.read() !== 0 && void need().catch(report));
  const onVisibility = () => (doc.visibilityState === 'visible' ? onOnline() : runtime?.hidden());
  const onKey = () => (lastKey = platform.now());
  win.addEventListener('online', onOnline);
  doc.addEventListener('visibilitychange', onVisibility);
  if (o.trigger === 'auto') doc.addEventListener('keydown', onKey, true);

  const idle = (fn: () => void) => (win.requestIdleCallback ? win.requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 1));
  // Reading localStorage waits for the browser to be idle (the callback does nothing after destroy()).
  idle(() => {
    if (destroyed) return;
    const found = draft();
    const ours = found?.survey === policy.survey;
    // A draft to resume or send, answers waiting, or options that do not read right: the runtime
    // handles (or names) them. With `debug`, it always starts, to check the options.
    const odd = !raw.endpoint || !['auto', 'manual'].includes(o.trigger) || misread(o);
    if (ours || hint.read() !== 0 || odd || [true, '', 'true'].includes(raw.debug as string)) void need().catch(report);
    // A draft young enough is resumed by the runtime: this page view is not another chance to invite.
    if (!(ours && platform.now() - found.at < RESUME_MS) && o.trigger === 'auto') void platform.exclusive(policy.countPageViewAndDecide).then((ok) => ok && !o.event && invite('delay'));
  });

  return {
    // The user is waiting: the UI comes alongside the runtime, not after it (if this fetch fails, the runtime's own tries again).
    open: () => void (destroyed || loadUi().catch(() => {}), act((r) => r.open(), undefined).catch(report)),
    close: () => runtime?.close(),
    track(event) {
      if (!destroyed && o.trigger === 'auto' && event === o.event) void platform.exclusive(policy.countEvent).then((ok) => ok && invite(`event:${event}`));
    },
    flush: () => act((r) => r.flush(), NOTHING_SENT),
    stats: () => act((r) => r.stats(), inertInstance().stats()),
    withdraw: () => act((r) => r.withdraw(), inertInstance().withdraw()),
    on: (event, handler) => (runtime ? runtime.on(event, handler) : early.on(event, handler)),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      win.removeEventListener('online', onOnline);
      doc.removeEventListener('visibilitychange', onVisibility);
      doc.removeEventListener('keydown', onKey, true);
      runtime?.destroy();
    },
  };
}
