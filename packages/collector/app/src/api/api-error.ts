import { FILTER_LABELS } from '../routing/filters.js';

/** One field of a refused body: its path ("questions[0].prompt.en") and what it must be (the collector's own type). */
export type { DefinitionIssue as FieldIssue } from '../../../src/routes/definition-replies.js';
import type { DefinitionIssue as FieldIssue } from '../../../src/routes/definition-replies.js';

/** A reply the collector refused, with its sentence and, for a bad query parameter, which one. */
export class ApiError extends Error {
  /** The query parameter the collector named, like "from". */
  readonly parameter: string | undefined;
  constructor(
    readonly status: number,
    message: string,
    /** Each field a refused body named (a survey definition's), for an editor to show beside it. */
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.parameter = /^The "([^"]+)" query parameter/.exec(message)?.[1];
  }

  /**
   * The sentence for the screen: a bad filter is named by its label, not by its parameter; a
   * busy or failing collector in plain words (its own sentences name headers and routes).
   */
  get plain(): string {
    if (this.status >= 500) return 'The collector is busy or could not answer just now. Wait a moment, then try again.';
    if (this.status === 429 && !this.message.startsWith('Too many wrong admin tokens')) return 'Too many requests from this browser in a short time. Wait a minute, then try again.';
    if (this.parameter === undefined) return this.message;
    const label = FILTER_LABELS[this.parameter as keyof typeof FILTER_LABELS];
    const rest = this.message.replace(/^The "[^"]+" query parameter /, '').replace(/\.$/, '');
    return label ? `The “${label}” filter cannot be applied: it ${rest}.` : this.message;
  }
}

/** When the server cannot be reached at all. */
export const OFFLINE_MESSAGE = 'The collector cannot be reached. Check that it is running, then try again.';
