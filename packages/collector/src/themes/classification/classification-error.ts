import type { ModelLabel } from './model-label.js';

/**
 * Classification stopped at a batch the model gave no usable labels for: `malformed` when its
 * reply was not the JSON asked for (twice), `model` when the call failed (timeout, HTTP error,
 * unreachable; see `cause`, a ChatError). `partial` holds the labels of the batches done before;
 * the answers in `unclassified` are left for the next run.
 */
export class ClassificationError extends Error {
  constructor(
    readonly reason: 'malformed' | 'model',
    message: string,
    readonly partial: ModelLabel[],
    readonly unclassified: string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ClassificationError';
  }
}
