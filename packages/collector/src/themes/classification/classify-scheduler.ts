import type { QuestionRun } from './classify-job.js';

export interface ClassifyScheduler {
  /** Asks for a run within `intervalMs` (several asks in that time make one run). Never blocks, never throws. */
  schedule(): void;
  /** Runs now, after any run in progress, and resolves with what it did. */
  runNow(questionIds?: readonly string[]): Promise<QuestionRun[]>;
  /** Cancels a scheduled run, stops one in progress (aborting a model call) and waits for it. */
  close(): Promise<void>;
}

/**
 * Runs `run` in the background, one run at a time, at most once per `intervalMs` when asked
 * through `schedule()` (after each ingest), and at once through `runNow()` (the admin route).
 * A run that throws is reported to `onError`; the next one tries again. Closing aborts the
 * signal runs get, so a slow model call does not hold up a shutdown.
 */
export function classifyScheduler(
  run: (questionIds: readonly string[] | undefined, signal: AbortSignal) => Promise<QuestionRun[]>,
  options: { intervalMs: number; onError: (error: unknown) => void },
): ClassifyScheduler {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const stop = new AbortController();
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    schedule() {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void enqueue(() => run(undefined, stop.signal)).catch(options.onError);
      }, options.intervalMs);
      timer.unref();
    },
    runNow: (questionIds) => enqueue(() => run(questionIds, stop.signal)),
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      stop.abort();
      await queue;
    },
  };
}
