import type { DeliveryHandle } from '../delivery/start-delivery.js';
import { createFunnel } from '../funnel/create-funnel.js';
import { NOTHING_SENT } from '../delivery/nothing-sent.js';
import { resolveLocale } from '../locales/resolve-locale.js';
import type { ResolvedOptions } from '../options/options.js';
import type { Platform } from '../platform/platform.js';
import { RESUME_MS, type Draft } from '../scheduling/draft-store.js';
import { inviteWhenCalm } from '../scheduling/invite-when-calm.js';
import { openTabs } from '../scheduling/open-tabs.js';
import { surveyChoices } from '../scheduling/survey-choices.js';
import type { CandorRuntime, LoaderParts, MountedWidget } from '../types.js';
import { createEmitter } from './events.js';
import { createSession, type Session } from './session.js';

/**
 * The runtime (started by the loader, loader/init.ts, when Candor has something to do on a page):
 * showing the widget, delivery and events, with options already checked. The delivery code loads
 * only when something waits to be sent (or the user submits), the UI only when it is about to show.
 * The page's online and visibility events reach it through the loader (wake, hidden).
 */
export function createRuntime(options: ResolvedOptions, platform: Platform, parts: LoaderParts): CandorRuntime {
  const { loadDelivery, loadDestinations, loadLocale, loadUi, policy, hint, drafts } = parts;
  const choices = surveyChoices(policy, options, platform);
  const win = platform.window()!;
  const doc = win.document;
  const log = options.debug ? (...args: unknown[]) => console.debug('[candor]', ...args) : () => {};
  const emitter = createEmitter((error) => console.error('[candor] an event handler threw:', error));
  const wanted = [options.locale, doc.documentElement.lang, ...(win.navigator.languages || [])];
  const [lang, tag] = resolveLocale(wanted);

  let handle: DeliveryHandle | undefined;
  let starting: Promise<DeliveryHandle> | undefined;
  let mounted: MountedWidget | undefined;
  let mounting = false;
  let destroyed = false;
  const report = (error: unknown) => console.error('[candor]', error);
  let defining: Promise<void> | string | undefined;
  /** With `surveyUrl`, once Candor is about to show: the survey definition laid over the options (definition/), once a page view. */
  const define = () => (defining ??= options.surveyUrl && parts.loadDefinition().then((chunk) => chunk.applyDefinition(options, platform, policy, wanted)).catch(report));
  const tabs = openTabs(win.navigator.locks);
  // Counting the funnel's moments (nothing identifying), unless it is off or answers go elsewhere.
  const funnel = createFunnel(options, platform);

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

  /** A new asking, or the one a draft was written in (a draft carries its session's facts). */
  const session = (trigger: string, draft?: Draft): Session => {
    // Answers record the language they were asked in: the team's (or its definition's), for its own questions.
    const facts = { survey: policy.survey, trigger, swapped: choices.swapped(), locale: options.questions ? options.locale || tag : tag, respondentId: policy.respondentId(), ...draft };
    return createSession(
      facts,
      platform,
      drafts,
      choices,
      options.sendPartial,
      (responses, s) => delivery().then((d) => d.submit(responses, s)),
      report,
      funnel ? funnel.asking(facts, draft) : () => {},
    );
  };

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
      const [{ showWidget }, pack] = await Promise.all([loadUi(), loadLocale(lang), define()]);
      if (destroyed) return;
      mounted = showWidget({
        options,
        platform,
        pack,
        lang,
        initialView,
        draft,
        session: session(trigger, draft),
        choices,
        emitter,
        withdraw: () => api.withdraw(),
        onClosed: () => {
          mounted = undefined;
          tabs.release();
        },
      });
      // Held once the widget is up (a widget that failed to mount would otherwise hold it for good).
      tabs.hold();
      funnel?.shown();
    } catch (error) {
      report(error);
    } finally {
      mounting = false;
    }
  }

  const onExit = () => (handle?.sendOnExit(), funnel?.send());
  win.addEventListener('pagehide', onExit);

  // Deliver what an earlier page left behind. The loader started the runtime at an idle moment
  // (or on the user's action): no need to wait for another.
  void flushIfPending(true).catch(report);

  // A draft is one of the things the loader starts the runtime for; it read it already.
  const { draft } = parts;
  if (draft?.survey === policy.survey) {
    // Interrupted by a reload or a crash: carry on where the user was.
    if (platform.now() - draft.at < RESUME_MS) void show('questions', 'draft', draft);
    // Left long ago: what was answered goes as a partial submission.
    else session('draft', draft).leave(draft.responses, false);
  }

  const invitations = inviteWhenCalm(options, platform, choices, parts.lastKey, () => !destroyed && !mounted && !mounting, (trigger) => void show('invitation', trigger));

  const api: CandorRuntime = {
    open: () => void show('questions', 'open'),
    close: () => mounted?.close(),
    async invite(trigger) {
      // Likely to show: fetch the UI and the language while the delay runs, not when the user waits.
      void Promise.all([loadUi(), loadLocale(lang)]).catch(report);
      // Its delay, pages and who may be invited are the survey definition's, when there is one.
      await define();
      invitations.start(trigger);
    },
    // Back online, or a new page view: try everything now (but never before a Retry-After).
    // Back to the tab: send what is due, without cutting a backoff short on every tab switch.
    wake: (online) => void flushIfPending(online).catch(report),
    hidden: onExit,
    // Nothing to send by the loader's count (it errs towards looking): no need to load the delivery code.
    flush: () => flushIfPending(true),
    stats: () => delivery().then((d) => d.delivery.stats()),
    withdraw: () => delivery().then((d) => d.withdraw()),
    on: emitter.on,
    destroy() {
      if (destroyed) return;
      mounted?.close();
      destroyed = true;
      invitations.stop();
      void starting?.then((d) => d.delivery.stop());
      win.removeEventListener('pagehide', onExit);
      emitter.clear();
    },
  };
  return api;
}
