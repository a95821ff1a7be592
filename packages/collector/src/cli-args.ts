import { parseArgs } from 'node:util';
import { normalizeOrigins } from './http/allowed-origins.js';
import { DEFAULT_BODY_LIMIT, DEFAULT_MAX_EVENT_LOOP_DELAY_MS } from './app.js';
import { DEFAULT_RATE_LIMIT } from './http/rate-limits.js';
import { DEFAULT_MAX_PENDING } from './http/shed-when-busy.js';
import { DEFAULT_PROBE_RATE_LIMIT, DEFAULT_PROBE_TIMEOUT_MS } from './routes/probe-post.js';
import { DEFAULT_MIN_GROUP_SIZE } from './themes/privacy-threshold.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DB = '.data/collector';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the collector runs with, after flags, environment and defaults are combined. */
export interface CliOptions {
  port: number;
  host: string;
  /** PGlite data folder (relative to the working directory), ":memory:", or a postgres:// URL. */
  db: string;
  /** Normalised origins; ["*"] allows any. */
  origins: string[];
  adminToken?: string;
  bodyLimit: number;
  /** Requests per minute per client; 0 turns rate limits off. */
  rateLimit: number;
  maxPending: number;
  maxEventLoopDelayMs: number;
  trustProxy: boolean;
  logLevel: LogLevel;
  /** The model that writes follow-ups; absent when no base URL is set. */
  llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number };
  /** Follow-ups per minute per client, when set (the app's default otherwise). */
  probeRateLimit?: number;
  /** Path of the team's codebook JSON file; absent: the study's. */
  codebook?: string;
  /** Privacy threshold k for themes and quotes, when set (the app's default, 10, otherwise). */
  minGroupSize?: number;
}

export type CliCommand =
  | { kind: 'help'; text: string }
  | { kind: 'run'; options: CliOptions }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: candor-collector [options]

Receives Candor widget submissions over HTTP and stores them in PGlite (embedded PostgreSQL,
no server needed) or, given a postgres:// URL, in PostgreSQL.

Options (each also read from the environment variable shown):
  --port <n>            port to listen on (CANDOR_PORT; default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>      interface to listen on (CANDOR_HOST; default ${DEFAULT_HOST})
  --db <dir|url>        PGlite data folder, :memory: to keep nothing, or a PostgreSQL URL
                        postgres://user:password@host:5432/database (CANDOR_DB, then DATABASE_URL;
                        default ${DEFAULT_DB})
  --origins <a,b>       browser origins allowed to post, comma-separated, e.g.
                        https://app.example.com,http://localhost:5173; * allows any (CANDOR_ORIGINS)
  --admin-token <t>     token for reading answers: GET /v1/answers with "Authorization: Bearer <t>"
                        and the results page at /?token=<t> (CANDOR_ADMIN_TOKEN; prefer the
                        variable, since flags show up in process lists). Without it reads are off.
  --body-limit <bytes>  largest request body (CANDOR_BODY_LIMIT; default ${DEFAULT_BODY_LIMIT})
  --rate-limit <n>      requests per minute one client (IP address) may make, then 429 with
                        Retry-After; 0 turns limits off (CANDOR_RATE_LIMIT; default ${DEFAULT_RATE_LIMIT})
  --max-pending <n>     requests that may wait on the database at once, then 503 with
                        Retry-After (CANDOR_MAX_PENDING; default ${DEFAULT_MAX_PENDING})
  --max-event-loop-delay <ms>
                        event-loop delay past which every request gets 503 with Retry-After;
                        0 turns it off (CANDOR_MAX_EVENT_LOOP_DELAY; default ${DEFAULT_MAX_EVENT_LOOP_DELAY_MS})
  --trust-proxy <bool>  behind a reverse proxy: take the client address from X-Forwarded-For
                        (CANDOR_TRUST_PROXY; default false)
  --log-level <level>   ${LOG_LEVELS.join(', ')}: JSON lines on stdout, one per request at
                        info (CANDOR_LOG_LEVEL; default info)
  --llm-base-url <url>  an OpenAI-compatible API root that writes follow-up questions, like
                        https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (CANDOR_LLM_BASE_URL;
                        default none: POST /v1/probe answers null and the widget asks its fixed probe)
  --llm-model <name>    the model to ask, needed with a base URL (CANDOR_LLM_MODEL)
                        Its API key is read from CANDOR_LLM_API_KEY only (never a flag: flags show
                        up in process lists); it is sent to the model's server and nowhere else.
  --llm-timeout <ms>    time a follow-up may take before the widget is told to use its fixed probe
                        (CANDOR_LLM_TIMEOUT_MS; default ${DEFAULT_PROBE_TIMEOUT_MS})
  --probe-rate-limit <n>
                        follow-ups per minute one client may ask for, then 429
                        (CANDOR_PROBE_RATE_LIMIT; default ${DEFAULT_PROBE_RATE_LIMIT})
  --codebook <file>     your own codebook (JSON) for theme analysis (CANDOR_CODEBOOK; default the
                        study's hope, experience and concern categories)
  --min-group-size <n>  privacy threshold: a theme, breakdown cell or quote is shown or exported
                        only when it holds at least n distinct people; smaller ones fold into
                        "other" (CANDOR_MIN_GROUP_SIZE; default ${DEFAULT_MIN_GROUP_SIZE})
  -h, --help            show this help

Routes: POST /v1/answers, DELETE /v1/answers/:id, GET /v1/answers, GET /v1/answers.csv,
GET /v1/answers.jsonl, GET /v1/answers/counts, POST /v1/probe, GET /v1/themes, GET /v1/themes.csv,
GET /v1/themes/answers, POST /v1/themes/reclassify, GET /v1/quotes, POST /v1/quotes/:id/:question,
GET /v1/quotes.csv, GET /v1/quotes.json, GET /healthz, GET / (results page).
`;

const FLAGS = {
  port: { type: 'string', env: ['CANDOR_PORT'] },
  host: { type: 'string', env: ['CANDOR_HOST'] },
  db: { type: 'string', env: ['CANDOR_DB', 'DATABASE_URL'] },
  origins: { type: 'string', env: ['CANDOR_ORIGINS'] },
  'admin-token': { type: 'string', env: ['CANDOR_ADMIN_TOKEN'] },
  'body-limit': { type: 'string', env: ['CANDOR_BODY_LIMIT'] },
  'rate-limit': { type: 'string', env: ['CANDOR_RATE_LIMIT'] },
  'max-pending': { type: 'string', env: ['CANDOR_MAX_PENDING'] },
  'max-event-loop-delay': { type: 'string', env: ['CANDOR_MAX_EVENT_LOOP_DELAY'] },
  'trust-proxy': { type: 'string', env: ['CANDOR_TRUST_PROXY'] },
  'log-level': { type: 'string', env: ['CANDOR_LOG_LEVEL'] },
  'llm-base-url': { type: 'string', env: ['CANDOR_LLM_BASE_URL'] },
  'llm-model': { type: 'string', env: ['CANDOR_LLM_MODEL'] },
  'llm-timeout': { type: 'string', env: ['CANDOR_LLM_TIMEOUT_MS'] },
  'probe-rate-limit': { type: 'string', env: ['CANDOR_PROBE_RATE_LIMIT'] },
  codebook: { type: 'string', env: ['CANDOR_CODEBOOK'] },
  'min-group-size': { type: 'string', env: ['CANDOR_MIN_GROUP_SIZE'] },
} as const;

type Flag = keyof typeof FLAGS;
type Env = Readonly<Record<string, string | undefined>>;

class UsageError extends Error {}

/**
 * Turns command-line arguments and environment variables into what to do. Pure: it neither
 * prints nor exits. A flag wins over its environment variable, which wins over the default.
 */
export function parseCliArgs(argv: readonly string[], env: Env = {}): CliCommand {
  let values: Partial<Record<Flag | 'help', string | boolean>>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { ...FLAGS, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: describeParseError(error) };
  }
  if (values.help) return { kind: 'help', text: USAGE };

  const setting = (flag: Flag) => {
    const fromFlag = values[flag];
    if (typeof fromFlag === 'string') return { value: fromFlag, source: `--${flag}` };
    for (const name of FLAGS[flag].env) {
      const fromEnv = env[name];
      if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, source: name };
    }
    return undefined;
  };

  try {
    const adminToken = nonEmpty(setting('admin-token'));
    const llm = llmOptions(setting('llm-base-url'), setting('llm-model'), setting('llm-timeout'), env['CANDOR_LLM_API_KEY']);
    const codebook = nonEmpty(setting('codebook'));
    const probeRate = setting('probe-rate-limit');
    const minGroupSize = setting('min-group-size');
    const options: CliOptions = {
      port: wholeNumber(setting('port'), DEFAULT_PORT, 0, 65_535),
      host: nonEmpty(setting('host')) ?? DEFAULT_HOST,
      db: nonEmpty(setting('db')) ?? DEFAULT_DB,
      origins: origins(setting('origins')),
      bodyLimit: wholeNumber(setting('body-limit'), DEFAULT_BODY_LIMIT, 1, 100 * 1024 * 1024),
      rateLimit: wholeNumber(setting('rate-limit'), DEFAULT_RATE_LIMIT, 0, 100_000_000),
      maxPending: wholeNumber(setting('max-pending'), DEFAULT_MAX_PENDING, 1, 1_000_000),
      maxEventLoopDelayMs: wholeNumber(setting('max-event-loop-delay'), DEFAULT_MAX_EVENT_LOOP_DELAY_MS, 0, 600_000),
      trustProxy: boolean(setting('trust-proxy'), false),
      logLevel: oneOf(setting('log-level'), LOG_LEVELS, 'info'),
      ...(adminToken ? { adminToken } : {}),
      ...(probeRate ? { probeRateLimit: wholeNumber(probeRate, DEFAULT_PROBE_RATE_LIMIT, 1, 1_000_000) } : {}),
      ...(llm ? { llm } : {}),
      ...(codebook ? { codebook } : {}),
      ...(minGroupSize ? { minGroupSize: wholeNumber(minGroupSize, DEFAULT_MIN_GROUP_SIZE, 1, 1_000_000) } : {}),
    };
    return { kind: 'run', options };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
}

type Setting = { value: string; source: string } | undefined;

function wholeNumber(setting: Setting, fallback: number, min: number, max: number): number {
  if (!setting) return fallback;
  const n = /^\d+$/.test(setting.value.trim()) ? Number(setting.value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${setting.source} must be a whole number from ${min} to ${max}; got "${setting.value}"`);
  }
  return n;
}

function boolean(setting: Setting, fallback: boolean): boolean {
  if (!setting) return fallback;
  const value = setting.value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new UsageError(`${setting.source} must be true or false; got "${setting.value}"`);
}

function oneOf<T extends string>(setting: Setting, allowed: readonly T[], fallback: T): T {
  if (!setting) return fallback;
  const value = setting.value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${setting.source} must be one of ${allowed.join(', ')}; got "${setting.value}"`);
}

function nonEmpty(setting: Setting): string | undefined {
  if (!setting) return undefined;
  if (setting.value.trim() === '') throw new UsageError(`${setting.source} must not be empty`);
  return setting.value;
}

function llmOptions(baseUrl: Setting, model: Setting, timeout: Setting, apiKey: string | undefined): CliOptions['llm'] {
  const url = nonEmpty(baseUrl);
  const name = nonEmpty(model);
  const timeoutMs = wholeNumber(timeout, DEFAULT_PROBE_TIMEOUT_MS, 100, 120_000);
  if (!url) {
    if (name) throw new UsageError(`${model!.source} needs a model server too: set --llm-base-url (or CANDOR_LLM_BASE_URL)`);
    return undefined;
  }
  if (!/^https?:\/\/[^\s/?#]+[^\s?#]*$/i.test(url.trim())) {
    throw new UsageError(`${baseUrl!.source} must be an http(s) URL like https://api.openai.com/v1; got "${url.slice(0, 200)}"`);
  }
  if (!name) throw new UsageError(`${baseUrl!.source} needs a model: set --llm-model (or CANDOR_LLM_MODEL), like gpt-4o-mini`);
  const key = apiKey?.trim();
  return { baseUrl: url.trim(), model: name.trim(), timeoutMs, ...(key ? { apiKey: key } : {}) };
}

function origins(setting: Setting): string[] {
  if (!setting) return [];
  try {
    const normalized = normalizeOrigins(setting.value.split(','));
    return normalized === '*' ? ['*'] : normalized;
  } catch (error) {
    throw new UsageError(`${setting.source}: ${(error as Error).message}`);
  }
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-\w)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${option ?? message}; run candor-collector --help to see the flags`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /'([^']*)'/.exec(message)?.[1];
    return `unexpected argument "${arg ?? ''}"; every option is a flag, like --port 8787 (see --help)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('does not take an argument')) {
    return `${option ?? 'a flag'} takes no value (see --help)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${option ?? 'a flag'} needs a value, like ${option ?? '--port'} <value> (see --help)`;
  }
  return message;
}
