import type { Responses } from './build-submission.js';
import type { Draft } from './draft-store.js';
import type { Strings } from './locales/locale-pack.js';
import type { Question, ResolvedOptions } from './options.js';
import type { Refusal } from './queue-caps.js';
import type { WithdrawResult } from './withdrawal.js';

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
  /** The widget was closed; `responses` holds what was answered if the user left part-way. */
  closed(responses: Responses | undefined, finished: boolean): void;
  shown(view: 'invitation' | 'questions'): void;
}

export interface MountedWidget {
  /** Closes as if the user had pressed the close button (a part-way answer is kept). */
  close(): void;
  /** Brings the widget into view and focus. */
  focus(): void;
}

export type MountWidget = (controller: WidgetController) => MountedWidget;
