import * as z from 'zod';
import type { FastifyServerOptions } from 'fastify';
import type { AnswerStore } from '../store/answer-store.js';
import type { Codebook } from '../themes/codebook/codebook.js';
import { normalizeOrigins } from '../http/allowed-origins.js';

/** Largest request body accepted by default: 256 KiB. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;
/** Largest request body that may be configured: 100 MiB. */
export const MAX_BODY_LIMIT = 100 * 1024 * 1024;
/** Mean event-loop delay (ms) past which the collector sheds load, by default. */
export const DEFAULT_MAX_EVENT_LOOP_DELAY_MS = 1000;
/** Requests a client (one IP address; an IPv6 /64) may make a minute, by default. */
export const DEFAULT_RATE_LIMIT = 600;
/** Withdrawals a client may ask for a minute, by default: few, so ids cannot be tried in bulk. */
export const DEFAULT_WITHDRAW_RATE_LIMIT = 30;
/** Requests that may wait on the database at once, by default. */
export const DEFAULT_MAX_PENDING = 512;
/** Time the model has to write a follow-up, by default, before the widget is told to use its fixed probe. */
export const DEFAULT_PROBE_TIMEOUT_MS = 2500;
/**
 * Longest follow-up timeout that may be set: the widget waits up to 10,000 ms for POST /v1/probe,
 * so the collector must answer (with `followUp: null` when the model is late) before that,
 * leaving a second for the network.
 */
export const MAX_PROBE_TIMEOUT_MS = 9000;
/** Follow-ups one client may ask for a minute, by default. */
export const DEFAULT_PROBE_RATE_LIMIT = 60;
/** k, the privacy threshold, unless configured. */
export const DEFAULT_MIN_GROUP_SIZE = 10;
/** Time between background classification runs, at least, by default. */
export const DEFAULT_CLASSIFY_INTERVAL_MS = 30_000;
/** Seconds browsers and caches may keep a published survey definition (GET /v1/surveys/:surveyId) before asking again, by default. */
export const DEFAULT_DEFINITION_MAX_AGE = 300;
/** Longest that may be set: one day. */
export const MAX_DEFINITION_MAX_AGE = 86_400;
/** The `db` value that keeps the database in memory. */
export const IN_MEMORY_DB = ':memory:';

type LoggerObject = NonNullable<Exclude<FastifyServerOptions['logger'], boolean>>;

/** A whole number in a range; every failure says the same sentence, so the CLI and the library read alike. */
function whole(min: number, max = Number.MAX_SAFE_INTEGER) {
  const message = max === Number.MAX_SAFE_INTEGER ? `must be a whole number, ${min} or more` : `must be a whole number from ${min} to ${max}`;
  return z.int(message).min(min, message).max(max, message);
}
const nonEmpty = (what = 'must not be empty') => z.string(what).refine((value) => value.trim() !== '', what);

/** The model that writes follow-ups (POST /v1/probe) and, with a codebook scheme, labels themes. */
export const LlmOptionsSchema = z.strictObject({
  /** An OpenAI-compatible API root, like https://api.openai.com/v1 or http://127.0.0.1:11434/v1. */
  baseUrl: z
    .string('must be an http(s) URL like https://api.openai.com/v1')
    .trim()
    .regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/i, 'must be an http(s) URL like https://api.openai.com/v1'),
  /** The model to ask, like gpt-4o-mini. */
  model: nonEmpty('must name the model, like gpt-4o-mini').transform((name) => name.trim()),
  /** Sent as a Bearer token to the model's server and nowhere else. */
  apiKey: z.string('must be text').trim().optional().transform((key) => key || undefined),
  /** Time one follow-up may take (ms); the route answers `{ followUp: null }` when the model is later. At most 9,000: the widget waits 10,000. */
  timeoutMs: whole(100, MAX_PROBE_TIMEOUT_MS).default(DEFAULT_PROBE_TIMEOUT_MS),
});

/** Theme analysis settings. */
export const ThemeOptionsSchema = z.strictObject({
  /** The categories a model labels answers with. Default the study's (DEFAULT_CODEBOOK). */
  codebook: z.custom<Codebook>((value) => typeof value === 'object' && value !== null && Array.isArray((value as Codebook).schemes), 'must be a codebook (see loadCodebook)').optional(),
  /** Least time between background classification runs after ingest (ms). */
  classifyIntervalMs: whole(0).default(DEFAULT_CLASSIFY_INTERVAL_MS),
  /** Clusters per question when clustering without a model. Default round(sqrt(n / 2)), 2 to 12. */
  clusters: whole(1, 50).optional(),
  /** Seed of the local clustering: the same seed gives the same clusters. */
  seed: z.int('must be a whole number').optional(),
});

/** When the process counts as overloaded (503 for every request). */
export const LoadSheddingSchema = z.strictObject({
  /** Mean event-loop delay (ms) past which requests get 503. 0 turns the check off. */
  maxEventLoopDelayMs: whole(0, 600_000).default(DEFAULT_MAX_EVENT_LOOP_DELAY_MS),
  /** Heap in use (bytes) past which requests get 503. 0 turns the check off. */
  maxHeapUsedBytes: whole(0).default(0),
  /** How often the process is measured (ms). */
  sampleIntervalMs: whole(1, 60_000).default(1000),
});

/**
 * Every setting of the collector, with its default: what `startCollector` and `buildApp` take,
 * and what the command line (cli-args.ts) fills from flags and environment variables. Unknown
 * keys are refused, so a misspelt option fails at start-up instead of being ignored.
 */
export const CollectorOptionsSchema = z.strictObject({
  /** Port to listen on; 0 picks a free one. */
  port: whole(0, 65_535).default(0),
  /** Interface to listen on. */
  host: nonEmpty().default('127.0.0.1'),
  /** A PGlite data folder, ":memory:", or a PostgreSQL URL (postgres://user:password@host:5432/database). Ignored when `store` is given. */
  db: nonEmpty().default(IN_MEMORY_DB),
  /** Use this store instead of opening one; the caller then closes it. */
  store: z
    .custom<AnswerStore>((value) => typeof value === 'object' && value !== null && typeof (value as AnswerStore).insert === 'function', 'must be an answer store (see openPgliteStore)')
    .optional(),
  /**
   * Browser origins allowed to post, like "https://app.example.com": they get CORS headers, and
   * pages from any other origin get a 403. `*` allows every origin and must be given explicitly.
   * Normalised; ["*"] when any origin is allowed.
   */
  origins: z
    .array(z.string('must be text'), 'must be a list of origins')
    .default([])
    .transform((values, context) => {
      try {
        const normalized = normalizeOrigins(values);
        return normalized === '*' ? ['*'] : normalized;
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message, input: values });
        return z.NEVER;
      }
    }),
  /** Largest request body in bytes. */
  bodyLimit: whole(1, MAX_BODY_LIMIT).default(DEFAULT_BODY_LIMIT),
  /** Token for reading answers (GET /v1/answers, exports, counts, themes, the results page). Without one, reads answer 403. */
  adminToken: nonEmpty().optional(),
  /** Fastify/pino logger: false, true, or pino options. Admin tokens and withdrawal ids in URLs are redacted. */
  logger: z.union([z.boolean(), z.custom<LoggerObject>((value) => typeof value === 'object' && value !== null)], 'must be true, false or pino options').default(false),
  /** Requests per minute one client (IP address) may make; 429 past it. 0 turns limits off. */
  rateLimit: whole(0, 100_000_000).default(DEFAULT_RATE_LIMIT),
  /** Withdrawals per minute one client may ask for. */
  withdrawRateLimit: whole(1, 1_000_000).default(DEFAULT_WITHDRAW_RATE_LIMIT),
  /** Requests that may wait on the database at once; more get 503. */
  maxPending: whole(1, 1_000_000).default(DEFAULT_MAX_PENDING),
  /** When the process counts as overloaded (503 for every request). */
  loadShedding: LoadSheddingSchema.prefault({}),
  /** Trust X-Forwarded-For (behind a reverse proxy), so rate limits apply per real client. */
  trustProxy: z.boolean('must be true or false').default(false),
  /** The model that writes follow-ups; without it POST /v1/probe answers `{ followUp: null }`. */
  llm: LlmOptionsSchema.optional(),
  /** Follow-ups per minute one client may ask for (POST /v1/probe). */
  probeRateLimit: whole(1, 1_000_000).default(DEFAULT_PROBE_RATE_LIMIT),
  /**
   * Privacy threshold k: a theme, a breakdown cell or a quote is shown or exported only when it
   * holds at least this many distinct respondents; smaller groups fold into "other".
   */
  minGroupSize: whole(1, 1_000_000).default(DEFAULT_MIN_GROUP_SIZE),
  /** Theme analysis: the codebook, how often it runs, local clustering settings. */
  themes: ThemeOptionsSchema.prefault({}),
  /**
   * Seconds a published survey definition may be kept by browsers and caches (the `max-age` of
   * GET /v1/surveys/:surveyId): how long a publish or rollback may take to reach every widget.
   * 0: they ask every time (a 304 when nothing changed).
   */
  definitionMaxAge: whole(0, MAX_DEFINITION_MAX_AGE).default(DEFAULT_DEFINITION_MAX_AGE),
  /** The built results app (a folder with index.html and assets/). Default the package's own (dist/app). */
  appDir: nonEmpty('must be a folder path').optional(),
});

/** What a caller may pass (every key optional except where a default cannot be had). */
export type CollectorOptions = z.input<typeof CollectorOptionsSchema>;
/** The options after defaults and normalisation. */
export type CollectorConfig = z.output<typeof CollectorOptionsSchema>;
export type LlmOptions = z.input<typeof LlmOptionsSchema>;
export type ThemeOptions = z.input<typeof ThemeOptionsSchema>;
export type LoadSheddingOptions = z.input<typeof LoadSheddingSchema>;

/** One issue of a bad option: where (like "llm.timeoutMs"), what it must be, and the value given. */
export interface OptionIssue {
  path: string;
  message: string;
  input: unknown;
}

/** The options' issues, each naming the option by its path; empty when they are valid. */
export function optionIssues(error: z.ZodError): OptionIssue[] {
  const name = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(options)';
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: name([...issue.path, key]), message: 'is not an option', input: undefined }))
      : [{ path: name(issue.path), message: issue.message, input: issue.input }],
  );
}

/** "bodyLimit must be a whole number from 1 to 104857600; got 0": one issue as a sentence. */
export function describeOptionIssue({ path, message, input }: OptionIssue, name = path): string {
  if (!message.startsWith('must') && !message.startsWith('is not')) return `${name}: ${message}`;
  const got = input === undefined ? '' : `; got ${typeof input === 'string' ? `"${input.slice(0, 200)}"` : (JSON.stringify(input)?.slice(0, 200) ?? String(input))}`;
  return `${name} ${message}${got}`;
}

/** Validates options and fills in defaults. Throws an Error naming each bad option and what it must be. */
export function parseCollectorOptions(options: unknown): CollectorConfig {
  const parsed = CollectorOptionsSchema.safeParse(options ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new Error(`Invalid collector options: ${optionIssues(parsed.error).map((issue) => describeOptionIssue(issue)).join('; ')}`);
}
