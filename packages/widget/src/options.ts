import * as z from 'zod';

// The options schema: the source of truth for every option, its default and its public type.
// It is not shipped to browsers: `npm run options-spec -w @candor/widget` compiles it to a small
// JSON Schema (options-spec.generated.ts) that validate-options.ts checks at init, and a test
// fails when the two drift apart. Each option's `expected` is how an error message ends.

const text = (expected: string) => z.string().min(1).meta({ expected });
const whole = (min: number, expected: string) => z.int().gte(min).meta({ expected });

export const QuestionSchema = z.strictObject({
  id: text('a non-empty question id'),
  prompt: text('the question text'),
  optional: z.boolean().default(true).meta({ expected: 'true or false' }),
});

export const OptionsSchema = z.strictObject({
  /** Where answers are posted. Required. */
  endpoint: z
    .string()
    .regex(/^(https?:\/\/[^\s/]+|\/)/i)
    .meta({ expected: 'an http(s) URL or a path on this site, e.g. "https://collect.example.com/v1/answers"' }),
  /** Your product's name, used in the first question and sent with each answer. */
  product: z.string().max(200).optional().meta({ expected: 'text of at most 200 characters' }),
  /** BCP 47 language of the questions as shown; defaults to the page's language. */
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
    .optional()
    .meta({ expected: 'a language tag such as "en" or "pt-BR"' }),
  surveyId: text('a non-empty survey id').default('candor-default'),
  surveyVersion: text('a non-empty survey version').default('1'),
  /** Your own question set; replaces the default one. */
  questions: z.array(QuestionSchema).min(1).max(50).optional().meta({ expected: 'a list of 1 to 50 questions' }),
  /** Share of users who are ever asked, from 0 to 1, decided once per device. */
  sampleRate: z.number().gte(0).lte(1).default(1).meta({ expected: 'a number from 0 to 1' }),
  /** "auto": invite politely once the user has seen `minPageViews` pages; "manual": only on `open()`. */
  trigger: z.enum(['auto', 'manual']).default('auto').meta({ expected: '"auto" or "manual"' }),
  /** With trigger "auto": the invitation appears from this page view on (never on the first by default). */
  minPageViews: whole(1, 'a whole number of at least 1').default(3),
  /** With trigger "auto": how long the user is on the page before the invitation appears. */
  delayMs: whole(0, 'a whole number of milliseconds').default(8000),
  theme: z.enum(['system', 'light', 'dark']).default('system').meta({ expected: '"system", "light" or "dark"' }),
  position: z.enum(['bottom-right', 'bottom-left']).default('bottom-right').meta({ expected: '"bottom-right" or "bottom-left"' }),
  /** Small flat facts sent with each answer, e.g. `{ plan: "pro" }`. Never put secrets or personal data here. */
  metadata: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .meta({ expected: 'an object of text, numbers or booleans' }),
  /** Milliseconds before a send is abandoned and retried later. */
  requestTimeoutMs: whole(1000, 'a whole number of milliseconds, at least 1000').default(10_000),
  /** Submissions per request; above 1 the collector must accept a JSON array (the reference collector does). */
  batchSize: z.int().gte(1).lte(100).default(1).meta({ expected: 'a whole number from 1 to 100' }),
  /** Attempts (while the browser says it is online) before a submission is given up and raises `failed`. */
  maxAttempts: whole(1, 'a whole number of at least 1').default(25),
  /** Days a submission may wait on the device before it is given up and raises `failed`. */
  maxAgeDays: z.number().gt(0).default(30).meta({ expected: 'a number of days above 0' }),
  /** Largest submission in UTF-8 bytes; a larger one is refused at submit. Keep it under 64 KB so it fits a beacon. */
  maxSubmissionBytes: z.int().gte(1000).lte(1_000_000).default(60_000).meta({ expected: 'a whole number of bytes from 1000 to 1000000' }),
  /** Most submissions waiting on one device. */
  maxQueueCount: whole(1, 'a whole number of at least 1').default(100),
  /** Most bytes waiting on one device. */
  maxQueueBytes: whole(1000, 'a whole number of bytes, at least 1000').default(2_000_000),
  /** Log what Candor does to the console. */
  debug: z.boolean().default(false).meta({ expected: 'true or false' }),
});

export type CandorOptions = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;
export type Question = z.output<typeof QuestionSchema>;
