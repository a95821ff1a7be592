import type { CandorOptions } from '@candor/widget';

// Every option, once: the type check fails here when the widget gains or loses one.
const names = {
  endpoint: 1, product: 1, locale: 1, surveyId: 1, surveyVersion: 1, questions: 1, sampleRate: 1, trigger: 1,
  minPageViews: 1, delayMs: 1, theme: 1, position: 1, metadata: 1, requestTimeoutMs: 1, batchSize: 1,
  maxAttempts: 1, maxAgeDays: 1, maxSubmissionBytes: 1, maxQueueCount: 1, maxQueueBytes: 1, debug: 1,
} satisfies Record<keyof CandorOptions, 1>;

/** The names of Candor's options, as `<Candor>`'s props. */
export const optionNames = Object.keys(names) as (keyof CandorOptions)[];
