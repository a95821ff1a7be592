/**
 * Why a chat completion gave nothing usable:
 * - `timeout`: no whole reply within the time allowed;
 * - `aborted`: the caller's signal aborted it;
 * - `network`: the model's server could not be reached (refused, reset, DNS);
 * - `http`: the server answered with a non-2xx status (see `status`);
 * - `malformed`: a 2xx whose body is not a chat completion with text in it.
 */
export type ChatErrorKind = 'timeout' | 'aborted' | 'network' | 'http' | 'malformed';

/**
 * A chat completion that failed, typed so callers can fall back (the probe route answers
 * `{ followUp: null }`, the classifier leaves answers for the next run). Its message never
 * holds the API key.
 */
export class ChatError extends Error {
  constructor(
    readonly kind: ChatErrorKind,
    message: string,
    /** The HTTP status, for `http`. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChatError';
  }
}
