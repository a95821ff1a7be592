import * as z from 'zod';
import type { BeforeSend, HeadersOption, Transport } from './transport.js';

// The options schema: the source of truth for every option, its default and its public type.
// It is not shipped to browsers: `npm run options-spec -w @candor/widget` compiles it to a small
// JSON Schema (options-spec.generated.ts) that validate-options.ts checks at init, and a test
// fails when the two drift apart. Error messages are derived from the constraints; `expected`
// says it in words where they cannot be (patterns, nested values).

const text = () => z.string().min(1);
const fn = <T>() => z.custom<T>((value) => typeof value === 'function').meta({ kind: 'function' });
const isHeaders = (value: unknown) =>
  typeof value === 'function' ||
  (!!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'));
const whole = (min: number) => z.int().gte(min);

export const QuestionSchema = z.strictObject({
  id: text(),
  prompt: text(),
  optional: z.boolean().default(true),
});

export const OptionsSchema = z.strictObject({
  /** Where answers are posted. Required. */
  endpoint: z
    .string()
    .regex(/^(https?:\/\/[^\s/]+|\/)/i)
    .meta({ expected: 'an http(s) URL or a path on this site, e.g. "https://collect.example.com/v1/answers"' }),
  /** Your product's name, used in the first question and sent with each answer. */
  product: z.string().max(200).optional(),
  /** BCP 47 language of the questions as shown; defaults to the page's language. */
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
    .optional()
    .meta({ expected: 'a language tag such as "en" or "pt-BR"' }),
  surveyId: text().default('candor-default'),
  surveyVersion: text().default('1'),
  /** Your own question set; replaces the default one. */
  questions: z.array(QuestionSchema).min(1).max(50).optional(),
  /** Share of users who are ever asked, from 0 to 1, decided once per device. */
  sampleRate: z.number().gte(0).lte(1).default(1),
  /** "auto": invite politely once the user has seen `minPageViews` pages; "manual": only on `open()`. */
  trigger: z.enum(['auto', 'manual']).default('auto'),
  /** With trigger "auto": the invitation appears from this page view on (never on the first by default). */
  minPageViews: whole(1).default(3),
  /** With trigger "auto": how long the user is on the page before the invitation appears. */
  delayMs: whole(0).default(8000),
  /**
   * "system" follows the device's light or dark setting, live; "light" or "dark" fixes it. Or an
   * object of `--candor-*` CSS custom properties laid over the palette (colours, radius, font,
   * spacing, `--candor-offset`, `--candor-z-index`), with `scheme` for the light/dark choice
   * ("system" when left out).
   */
  theme: z
    .union([
      z.enum(['system', 'light', 'dark']),
      z.object({ scheme: z.enum(['system', 'light', 'dark']).optional() }).catchall(z.string()),
    ])
    .default('system'),
  /** The corner the widget sits in, kept clear of the device's safe area. */
  position: z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left']).default('bottom-right'),
  /** Small flat facts sent with each answer, e.g. `{ plan: "pro" }`. Never put secrets or personal data here. */
  metadata: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .meta({ expected: 'an object of text, numbers or booleans' }),
  /** Milliseconds before a send is abandoned and retried later. */
  requestTimeoutMs: whole(1000).default(10_000),
  /** Submissions per request; above 1 the collector must accept a JSON array (the reference collector does). */
  batchSize: z.int().gte(1).lte(100).default(1),
  /** Attempts (while the browser says it is online) before a submission is given up and raises `failed`. */
  maxAttempts: whole(1).default(25),
  /** Days a submission may wait on the device before it is given up and raises `failed`. */
  maxAgeDays: z.number().gt(0).default(30),
  /** Largest submission in UTF-8 bytes; a larger one is refused at submit. Keep it under 64 KB so it fits a beacon. */
  maxSubmissionBytes: z.int().gte(1000).lte(1_000_000).default(60_000),
  /** Most submissions waiting on one device. */
  maxQueueCount: whole(1).default(100),
  /** Most bytes waiting on one device. */
  maxQueueBytes: whole(1000).default(2_000_000),
  /** Log what Candor does to the console. */
  debug: z.boolean().default(false),
  /**
   * Extra request headers (e.g. a tenant id), or a function returning them per request (e.g. a
   * short-lived token). Anything shipped to a browser is public: never put a secret here.
   */
  headers: z.custom<HeadersOption>(isHeaders).optional().meta({ kind: 'headers' }),
  /** Whether the built-in sender sends cookies: "omit" (default), "same-origin" or "include". */
  credentials: z.enum(['omit', 'same-origin', 'include']).default('omit'),
  /** Sees each submission before it is stored and sent; may change it, or return null to drop it (counted in stats). */
  beforeSend: fn<BeforeSend>().optional(),
  /** Send through your own code instead of the built-in POST (see `@candor/widget/destinations`). */
  transport: fn<Transport>().optional(),
  /** For the script tag: send to a destination by name instead of posting to `endpoint`'s collector. */
  destination: z.enum(['collector', 'webhook', 'posthog', 'segment']).default('collector'),
  /** For `destination`: the tool's public key (PostHog project key, Segment write key). */
  destinationKey: z.string().min(1).optional(),
});

export type CandorOptions = z.input<typeof OptionsSchema>;
export type ResolvedOptions = z.output<typeof OptionsSchema>;
export type Question = z.output<typeof QuestionSchema>;
