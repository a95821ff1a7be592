import * as z from 'zod/mini';

const nonEmpty = (what: string) => z.string(`must be ${what}`).check(z.minLength(1, `must be ${what}`));

const endpoint = z.string('must be the URL of your collector, e.g. "https://collect.example.com/v1/answers"').check(
  z.refine(
    (value) => /^https?:\/\/[^\s/]+/i.test(value) || value.startsWith('/'),
    'must be an http(s) URL or a path on this site, e.g. "https://collect.example.com/v1/answers"',
  ),
);

export const QuestionSchema = z.strictObject({
  id: nonEmpty('a non-empty question id'),
  prompt: nonEmpty('the question text'),
  optional: z._default(z.boolean('must be true or false'), true),
});

/** Every option Candor takes, with its default. Public types are inferred from this. */
export const OptionsSchema = z.strictObject({
  /** Where answers are posted. Required. */
  endpoint,
  /** Your product's name, used in the first question and sent with each answer. */
  product: z.optional(z.string('must be text').check(z.maxLength(200, 'must be at most 200 characters'))),
  /** BCP 47 language of the questions as shown; defaults to the page's language. */
  locale: z.optional(
    z.string('must be a language tag such as "en" or "pt-BR"').check(
      z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"'),
    ),
  ),
  surveyId: z._default(nonEmpty('a non-empty survey id'), 'candor-default'),
  surveyVersion: z._default(nonEmpty('a non-empty survey version'), '1'),
  /** Your own question set; replaces the default one. */
  questions: z.optional(
    z.array(QuestionSchema, 'must be a list of questions').check(
      z.minLength(1, 'must hold at least one question'),
      z.maxLength(50, 'must hold at most 50 questions'),
    ),
  ),
  /** Share of users who are ever asked, from 0 to 1, decided once per device. */
  sampleRate: z._default(
    z.number('must be a number from 0 to 1').check(z.gte(0, 'must be a number from 0 to 1'), z.lte(1, 'must be a number from 0 to 1')),
    1,
  ),
  /** "auto": invite politely once the user has seen `minPageViews` pages; "manual": only on `open()`. */
  trigger: z._default(z.enum(['auto', 'manual'], 'must be "auto" or "manual"'), 'auto'),
  /** With trigger "auto": the invitation appears from this page view on (never on the first by default). */
  minPageViews: z._default(z.int('must be a whole number of at least 1').check(z.gte(1, 'must be a whole number of at least 1')), 3),
  /** With trigger "auto": how long the user is on the page before the invitation appears. */
  delayMs: z._default(z.int('must be a whole number of milliseconds').check(z.gte(0, 'must not be negative')), 8000),
  theme: z._default(z.enum(['system', 'light', 'dark'], 'must be "system", "light" or "dark"'), 'system'),
  position: z._default(z.enum(['bottom-right', 'bottom-left'], 'must be "bottom-right" or "bottom-left"'), 'bottom-right'),
  /** Small flat facts sent with each answer, e.g. `{ plan: "pro" }`. Never put secrets or personal data here. */
  metadata: z.optional(
    z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]), 'must be an object of text, numbers or booleans'),
  ),
  /** Milliseconds before a send is abandoned and retried later. */
  requestTimeoutMs: z._default(z.int('must be a whole number of milliseconds').check(z.gte(1000, 'must be at least 1000')), 10_000),
  /** Submissions per request; above 1 the collector must accept a JSON array (the reference collector does). */
  batchSize: z._default(z.int('must be a whole number from 1 to 100').check(z.gte(1, 'must be a whole number from 1 to 100'), z.lte(100, 'must be a whole number from 1 to 100')), 1),
  /** Attempts (while the browser says it is online) before a submission is given up and raises `failed`. */
  maxAttempts: z._default(z.int('must be a whole number of at least 1').check(z.gte(1, 'must be a whole number of at least 1')), 25),
  /** Days a submission may wait on the device before it is given up and raises `failed`. */
  maxAgeDays: z._default(z.number('must be a number of days').check(z.gt(0, 'must be more than 0')), 30),
  /** Largest submission in UTF-8 bytes; a larger one is refused at submit and the user is told. Keep it under 64 KB so it fits a beacon. */
  maxSubmissionBytes: z._default(z.int('must be a whole number of bytes').check(z.gte(1000, 'must be at least 1000'), z.lte(1_000_000, 'must be at most 1000000')), 60_000),
  /** Most submissions waiting on one device. */
  maxQueueCount: z._default(z.int('must be a whole number of at least 1').check(z.gte(1, 'must be a whole number of at least 1')), 100),
  /** Most bytes waiting on one device. */
  maxQueueBytes: z._default(z.int('must be a whole number of bytes').check(z.gte(1000, 'must be at least 1000')), 2_000_000),
  /** Log what Candor does to the console. */
  debug: z._default(z.boolean('must be true or false'), false),
});

export type CandorOptions = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;
export type Question = z.output<typeof QuestionSchema>;

export type OptionsResult = { ok: true; options: ResolvedOptions } | { ok: false; error: string };

/**
 * Validates options and names the first wrong one the way the user wrote it: `sampleRate` for
 * `init()`, `data-sample-rate` for the script tag (pass `nameOf`).
 */
export function parseOptions(input: unknown, nameOf: (path: string) => string = (path) => path): OptionsResult {
  const result = z.safeParse(OptionsSchema, input);
  if (result.success) return { ok: true, options: result.data };
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    return { ok: false, error: `unknown option ${issue.keys.map((k) => `"${nameOf(k)}"`).join(', ')}` };
  }
  const path = issue.path.map(String).join('.');
  if (!path) return { ok: false, error: 'options must be an object such as { endpoint: "https://…" }' };
  const got = valueAt(input, issue.path);
  const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 80);
  return { ok: false, error: `option "${nameOf(path)}" ${issue.message} (got ${shown})` };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}
