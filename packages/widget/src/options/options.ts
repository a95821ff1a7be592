import * as z from 'zod';
import { AnswerSchema, MetadataSchema, SubmissionSchema } from '@candor/protocol';
import type { BeforeSend, HeadersOption, Transport } from '../delivery/transport.js';

// The options schema: the source of truth for every option, its default and its public type.
// It is not shipped to browsers: `npm run options-spec -w @candor/widget` compiles it to a small
// JSON Schema (options-spec.generated.ts) that validate-options.ts checks at init, and a test
// fails when the two drift apart. Error messages are derived from the constraints; `expected`
// says it in words where they cannot be (patterns, nested values).

const fn = <T>() => z.custom<T>((value) => typeof value === 'function').meta({ kind: 'function' });
const isHeaders = (value: unknown) =>
  typeof value === 'function' ||
  (!!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'));
const whole = (min: number) => z.int().gte(min);

// What each answer carries is held to the protocol's own limits (@candor/protocol): a value past
// them would get every submission refused by the collector, so it is refused here, by name.
export const QuestionSchema = z.strictObject({
  /** Stable id, recorded with each answer (e.g. "hope"). */
  id: AnswerSchema.shape.questionId,
  /** The question exactly as shown (recorded with each answer); `{product}` is replaced by the product name. */
  prompt: AnswerSchema.shape.prompt,
  /** A required question has no Skip button: the user must answer it to go on (or close the widget). */
  required: z.boolean().default(false),
  /** Most characters an answer may have. */
  maxLength: z.int().gte(1).lte(50_000).default(5000),
  /** Greyed hint shown in the empty answer box. */
  placeholder: z.string().max(200).optional(),
  /** Whether a follow-up question may probe this answer (needs `followUps` above 0). */
  followUp: z.boolean().default(false),
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
  surveyId: SubmissionSchema.shape.surveyId.default('candor-default'),
  surveyVersion: SubmissionSchema.shape.surveyVersion.default('1'),
  /**
   * Where a survey definition is served (the collector's, or any JSON file): its questions, their
   * wording in each language, the invitation, purpose-screen and thank-you texts, and the asking
   * rules, which then win over these options. Fetched only when Candor is about to show.
   */
  surveyUrl: z
    .string()
    .regex(/^(https?:\/\/[^\s/]+|\/)/i)
    .optional()
    .meta({ expected: 'an http(s) URL or a path on this site' }),
  /** Your own question set; replaces the default one. */
  questions: z.array(QuestionSchema).min(1).max(50).optional(),
  /**
   * Share of users who are ever asked, from 0 to 1. Decided once per user, never re-rolled: from
   * `userId` when given (the same person is in or out on every device), else from a random number
   * kept on the device. Sent with each answer so analysts can weight.
   */
  sampleRate: z.number().gte(0).lte(1).default(1),
  /** Your own id for the signed-in user: stable sampling, and sent with answers (never when the browser asks for Global Privacy Control). */
  userId: z.string().min(1).max(200).optional(),
  /** "auto": Candor invites at a calm moment, by the rules below; "manual": only on `open()`. */
  trigger: z.enum(['auto', 'manual']).default('auto'),
  /** With trigger "auto": the invitation appears from this page view on (never on the first by default). */
  minPageViews: whole(1).default(3),
  /** With trigger "auto": milliseconds on the page (or, with `event`, after the event) before the invitation appears. */
  delayMs: whole(0).default(8000),
  /** With trigger "auto": only on pages whose path matches one of these patterns; `*` matches anything (e.g. "/chat/*"). */
  pages: z
    .array(z.string().regex(/^[/*]/).meta({ expected: 'a path such as "/chat/*" (starting with "/" or "*")' }))
    .min(1)
    .max(50)
    .optional()
    .meta({ expected: 'a list of paths such as ["/chat/*", "/settings"]' }),
  /** With trigger "auto": wait for your app to call `track(event)` this many times (`eventCount`, counted across visits). */
  event: z.string().min(1).max(100).optional(),
  eventCount: whole(1).default(1),
  /** At most one invitation per user in this many days. "No thanks" is for good; "Not now" waits 7 days, then longer. */
  frequencyDays: z.number().gte(0).default(90),
  /** Share of users (0 to 1) who see the "hope" and "fear" questions in random order; the order is recorded. */
  counterbalance: z.number().gte(0).lte(1).default(0),
  /** Show a purpose screen before the first question (what answers are for, quotes, keeping, withdrawal). */
  consent: z.boolean().default(false),
  /** Remove email addresses, phone numbers, card numbers and keys from answers on the device, showing the user what goes. */
  redact: z.boolean().default(true),
  /** When a user leaves part-way, send the answers given so far (marked partial). */
  sendPartial: z.boolean().default(true),
  /**
   * Count the moments of the funnel (invitation shown, opened, declined, started, finished...) for
   * response rates: daily counts without any identifier, sent to the collector's /events route
   * beside `endpoint` (only with the plain collector: no `transport`, `destination` or `headers`).
   */
  countEvents: z.boolean().default(true),
  /** Follow-up questions per submission, asked after answers to questions marked `followUp` (0: none). */
  followUps: z.int().gte(0).lte(10).default(0),
  /** Where follow-ups are asked for; by default the collector's /probe route beside `endpoint`. */
  probeEndpoint: z.string().regex(/^(https?:\/\/[^\s/]+|\/)/i).optional().meta({ expected: 'an http(s) URL or a path on this site' }),
  /** Your own wording for any of the widget's sentences, by key (see the README), in the widget's language. */
  strings: z.record(z.string(), z.string()).optional().meta({ expected: 'an object of sentences by key, e.g. { "inviteTitle": "Help us" }' }),
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
  metadata: MetadataSchema.optional().meta({
    expected: 'an object of at most 50 keys (each up to 100 characters) whose values are text (up to 1,000 characters), numbers or booleans',
    // The protocol's key count is a refinement, which JSON Schema cannot carry: said here for the options spec.
    maxProperties: 50,
  }),
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
  /** Check these options on every page view (not only when Candor has something to do), and log what Candor does to the console. */
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
