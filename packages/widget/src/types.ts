// The public and cross-chunk types, in one place: what init() returns (the instance), what the
// loader and the runtime hand each other, and what the UI chunk gets from the core. Types only:
// importing this file adds no code to any chunk.
import type { Responses } from './delivery/build-submission.js';
import type { DeliveryStats, FlushResult } from './delivery/delivery.js';
import type { PendingHint } from './delivery/pending-hint.js';
import type { Refusal } from './delivery/queue-caps.js';
import type { WithdrawResult } from './delivery/withdrawal.js';
import type { LocalePack, Strings } from './locales/locale-pack.js';
import type { LocaleName } from './locales/resolve-locale.js';
import type { Question, ResolvedOptions } from './options/options.js';
import type { CandorEventName, Handler } from './runtime/events.js';
import type { Draft, DraftStore } from './scheduling/draft-store.js';
import type { ShowPolicy } from './scheduling/show-policy.js';

/** The object `init()` returns, and what `window.Candor` exposes. */
export interface CandorInstance {
  /** Shows the questions now (a user's click is their consent to start). */
  open(): void;
  /**
   * Closes the widget at once, without asking the user: answers given so far are kept and sent as
   * a partial submission (unless `sendPartial` is false), as if the user had chosen Send.
   */
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

/** The runtime as the loader drives it: the instance, the invitation the loader decided on, and the page's events it forwards. */
export interface CandorRuntime extends Omit<CandorInstance, 'track'> {
  /** Brings up the invitation after the delay, at a calm moment: on a matching page, not while the user types, in one tab. */
  invite(trigger: string): void;
  /** Back online (true), or back to the tab (false): send what is due (only online cuts a backoff short). */
  wake(online: boolean): void;
  /** The tab is hidden: hand what waits to the page-exit sender. */
  hidden(): void;
}

/**
 * How the runtime loads the parts it needs later. The loader hands it its own (load-chunks.ts, or
 * load-chunks-script.ts in the script-tag build, with the same signatures): each chunk there is a
 * separate file, and only the loader knows where candor.js came from, with which nonce.
 */
export interface ChunkLoaders {
  loadDelivery: () => Promise<typeof import('./delivery/start-delivery.js')>;
  loadUi: () => Promise<typeof import('./ui/show-widget.js')>;
  loadDestinations: () => Promise<typeof import('./delivery/destinations/by-name.js')>;
  loadLocale: (name: LocaleName) => Promise<LocalePack>;
  /** The survey definition chunk (the `surveyUrl` option): fetched only when Candor is about to show. */
  loadDefinition: () => Promise<typeof import('./definition/apply-definition.js')>;
}

/** What the loader made already and hands on to the runtime: the chunk loaders, its localStorage records, and what it read there. */
export interface LoaderParts extends ChunkLoaders {
  /** When the user last pressed a key in the page (ms). */
  lastKey: () => number;
  policy: ShowPolicy;
  hint: PendingHint;
  drafts: DraftStore;
  /** The draft as the loader read it on this page view (read once). */
  draft: Draft | undefined;
}

/**
 * How a finished survey ended up: delivered, kept in IndexedDB for later, only in memory, dropped
 * by the team's `beforeSend`, held on the device because `beforeSend` threw, or refused before it
 * was queued (too large, or too much already waiting on this device).
 */
export type SubmitResult = { status: 'sent' | 'saved' | 'memory' | 'dropped' | 'held' } | ({ status: 'refused' } & Refusal);

/**
 * All the UI chunk gets from the core. The UI never touches the outbox or the network itself,
 * except to ask the collector for a follow-up question (`probe`).
 */
export interface WidgetController {
  /** The questions in the order this user sees them, `{product}` filled in. */
  questions: Question[];
  /** The widget's sentences, in its language, with the team's overrides and `{product}` filled in. */
  strings: Strings;
  /** The language of the widget's sentences, and of the questions (the team's, for its own). */
  lang: string;
  questionsLang: string;
  rtl: boolean;
  theme: ResolvedOptions['theme'];
  position: ResolvedOptions['position'];
  initialView: 'invitation' | 'questions';
  /** Show the purpose screen before the first question. */
  consent: boolean;
  /** Remove personal details from answers, showing the user what goes. */
  redact: boolean;
  /** What the user answered before leaving part-way is sent (the `sendPartial` option): then the UI asks first, Send or Discard. */
  sendPartial: boolean;
  /** Follow-up questions allowed in this submission. */
  followUps: number;
  /** What the user wrote before a reload, to carry on from. */
  draft: Draft | undefined;
  /** Keeps what was written so far (already redacted) on the device. */
  saveDraft(step: number, responses: Responses): void;
  /** A follow-up question for an answer (already redacted), or null: then the study's fixed one is asked. Never rejects, never takes long. */
  probe(question: Question, answer: string): Promise<string | null>;
  /** The user finished the questions. Resolves once the first delivery attempt has an answer. */
  submit(responses: Responses): Promise<SubmitResult>;
  withdraw(): Promise<WithdrawResult>;
  /** The user chose "Not now" or "No thanks" on the invitation (or "No thanks" on the purpose screen). */
  decline(kind: 'not-now' | 'never'): void;
  /** The widget was closed; `responses` holds what was answered if the user left part-way (none once they chose Discard). */
  closed(responses: Responses | undefined, finished: boolean): void;
  shown(view: 'invitation' | 'questions'): void;
}

export interface MountedWidget {
  /** Closes at once, asking nothing: a part-way answer is kept, as if the user had chosen Send. */
  close(): void;
  /** Brings the widget into view and focus. */
  focus(): void;
}

export type MountWidget = (controller: WidgetController) => MountedWidget;
