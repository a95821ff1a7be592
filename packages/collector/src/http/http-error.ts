/**
 * An error whose message is the sentence the client gets back, as `{ error: message }`, with any
 * `details` beside it (like the ids an idempotency conflict names).
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
