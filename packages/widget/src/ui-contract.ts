import type { Responses } from './build-submission.js';
import type { Question, ResolvedOptions } from './options.js';

import type { Refusal } from './queue-caps.js';

/**
 * How a finished survey ended up: delivered, kept in IndexedDB for later, only in memory, dropped
 * by the team's `beforeSend`, held on the device because `beforeSend` threw, or refused before it
 * was queued (too large, or too much already waiting on this device).
 */
export type SubmitResult = { status: 'sent' | 'saved' | 'memory' | 'dropped' | 'held' } | ({ status: 'refused' } & Refusal);

/**
 * All the UI chunk gets from the core. The UI never touches the outbox or the network itself.
 */
export interface WidgetController {
  /** The team's questions, or undefined for the default ones; `{product}` is not yet replaced. */
  questions: Question[] | undefined;
  /** The language of the team's questions (the widget's own sentences are English). */
  locale: string;
  product: string | undefined;
  theme: ResolvedOptions['theme'];
  position: ResolvedOptions['position'];
  initialView: 'invitation' | 'questions';
  /** The user finished the questions. Resolves once the first delivery attempt has an answer. */
  submit(responses: Responses): Promise<SubmitResult>;
  /** The user chose "Not now" or "No thanks" on the invitation. */
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
