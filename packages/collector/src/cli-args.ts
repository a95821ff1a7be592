import { parseArgs } from 'node:util';
import * as z from 'zod';
import {
  CollectorOptionsSchema,
  DEFAULT_BODY_LIMIT,
  DEFAULT_DEFINITION_MAX_AGE,
  DEFAULT_MAX_EVENT_LOOP_DELAY_MS,
  DEFAULT_MAX_PENDING,
  DEFAULT_MIN_GROUP_SIZE,
  DEFAULT_PROBE_RATE_LIMIT,
  DEFAULT_PROBE_TIMEOUT_MS,
  DEFAULT_RATE_LIMIT,
  describeOptionIssue,
  MAX_PROBE_TIMEOUT_MS,
  LlmOptionsSchema,
  optionIssues,
  type CollectorConfig,
} from './options/collector-options.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DB = '.data/collector';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * What the command line reads: the collector's options (the one schema startCollector reads too)
 * and two of its own, the log level and the codebook file.
 */
const CliSchema = CollectorOptionsSchema.extend({
  logLevel: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
  /** Path of the team's codebook JSON file; absent: the study's. */
  codebook: z.string().refine((path) => path.trim() !== '', 'must not be empty').optional(),
});

/** What the collector runs with, after flags, environment and defaults are combined and checked. */
export type CliOptions = Omit<CollectorConfig, 'store' | 'logger'> & Pick<z.output<typeof CliSchema>, 'logLevel' | 'codebook'>;

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
  --admin-token <t>     token for reading answers: sign in to the results app at / with it, or
                        send "Authorization: Bearer <t>" from scripts (CANDOR_ADMIN_TOKEN; prefer
                        the variable, since flags show up in process lists). Without it reads are off.
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
  --llm-timeout <ms>    time a follow-up may take before the widget is told to use its fixed probe,
                        100 to ${MAX_PROBE_TIMEOUT_MS} (the widget waits 10,000 ms for the reply)
                        (CANDOR_LLM_TIMEOUT_MS; default ${DEFAULT_PROBE_TIMEOUT_MS})
  --probe-rate-limit <n>
                        follow-ups per minute one client may ask for, then 429
                        (CANDOR_PROBE_RATE_LIMIT; default ${DEFAULT_PROBE_RATE_LIMIT})
  --codebook <file>     your own codebook (JSON) for theme analysis (CANDOR_CODEBOOK; default the
                        study's hope, experience and concern categories)
  --min-group-size <n>  privacy threshold: a theme, breakdown cell or quote is shown or exported
                        only when it holds at least n distinct people; smaller ones fold into
                        "other" (CANDOR_MIN_GROUP_SIZE; default ${DEFAULT_MIN_GROUP_SIZE})
  --definition-max-age <s>
                        seconds browsers and caches may keep a published survey definition
                        (GET /v1/surveys/:id) before asking again: how long a publish takes to
                        reach every widget; 0 to 86400 (CANDOR_DEFINITION_MAX_AGE; default ${DEFAULT_DEFINITION_MAX_AGE})
  -h, --help            show this help

Routes: POST /v1/answers, DELETE /v1/answers/:id, GET /v1/answers, GET /v1/answers.csv,
GET /v1/answers.jsonl, GET /v1/answers/counts, POST /v1/probe, GET /v1/themes, GET /v1/themes.csv,
GET /v1/themes/answers, POST /v1/themes/reclassify, GET /v1/quotes, POST /v1/quotes/:id/:question,
GET /v1/quotes.csv, GET /v1/quotes.json, GET /v1/surveys/:id (a published survey definition, public),
GET /v1/surveys/:id/definitions, POST /v1/surveys/:id/definitions, POST /v1/surveys/:id/rollback,
GET /healthz, GET / (results page).
`;

/** Each flag: the environment variables it is also read from, where it goes in the options, and how its text is read. */
const FLAGS = {
  port: { type: 'string', env: ['CANDOR_PORT'], path: 'port', read: 'number' },
  host: { type: 'string', env: ['CANDOR_HOST'], path: 'host', read: 'text' },
  db: { type: 'string', env: ['CANDOR_DB', 'DATABASE_URL'], path: 'db', read: 'text' },
  origins: { type: 'string', env: ['CANDOR_ORIGINS'], path: 'origins', read: 'list' },
  'admin-token': { type: 'string', env: ['CANDOR_ADMIN_TOKEN'], path: 'adminToken', read: 'text' },
  'body-limit': { type: 'string', env: ['CANDOR_BODY_LIMIT'], path: 'bodyLimit', read: 'number' },
  'rate-limit': { type: 'string', env: ['CANDOR_RATE_LIMIT'], path: 'rateLimit', read: 'number' },
  'max-pending': { type: 'string', env: ['CANDOR_MAX_PENDING'], path: 'maxPending', read: 'number' },
  'max-event-loop-delay': { type: 'string', env: ['CANDOR_MAX_EVENT_LOOP_DELAY'], path: 'loadShedding.maxEventLoopDelayMs', read: 'number' },
  'trust-proxy': { type: 'string', env: ['CANDOR_TRUST_PROXY'], path: 'trustProxy', read: 'boolean' },
  'log-level': { type: 'string', env: ['CANDOR_LOG_LEVEL'], path: 'logLevel', read: 'word' },
  'llm-base-url': { type: 'string', env: ['CANDOR_LLM_BASE_URL'], path: 'llm.baseUrl', read: 'text' },
  'llm-model': { type: 'string', env: ['CANDOR_LLM_MODEL'], path: 'llm.model', read: 'text' },
  'llm-timeout': { type: 'string', env: ['CANDOR_LLM_TIMEOUT_MS'], path: 'llm.timeoutMs', read: 'number' },
  'probe-rate-limit': { type: 'string', env: ['CANDOR_PROBE_RATE_LIMIT'], path: 'probeRateLimit', read: 'number' },
  codebook: { type: 'string', env: ['CANDOR_CODEBOOK'], path: 'codebook', read: 'text' },
  'min-group-size': { type: 'string', env: ['CANDOR_MIN_GROUP_SIZE'], path: 'minGroupSize', read: 'number' },
  'definition-max-age': { type: 'string', env: ['CANDOR_DEFINITION_MAX_AGE'], path: 'definitionMaxAge', read: 'number' },
} as const;

type Flag = keyof typeof FLAGS;
type Env = Readonly<Record<string, string | undefined>>;
/** A value as given, and where: the flag (--port) or the environment variable (CANDOR_PORT). */
type Setting = { value: string; source: string };

/**
 * Turns command-line arguments and environment variables into what to do. Pure: it neither
 * prints nor exits. A flag wins over its environment variable, which wins over the default.
 * The values are checked by the collector's options schema; a bad one is named by its flag or
 * variable.
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

  const settings = new Map<string, Setting>();
  for (const flag of Object.keys(FLAGS) as Flag[]) {
    const fromFlag = values[flag];
    const fromEnv = FLAGS[flag].env.map((name) => ({ value: env[name], source: name })).find((s) => s.value !== undefined && s.value !== '');
    const setting = typeof fromFlag === 'string' ? { value: fromFlag, source: `--${flag}` } : fromEnv && { value: fromEnv.value!, source: fromEnv.source };
    if (setting) settings.set(FLAGS[flag].path, setting);
  }

  const model = settings.get('llm.model');
  const baseUrl = settings.get('llm.baseUrl');
  if (model && !baseUrl) return usageError(`${model.source} needs a model server too: set --llm-base-url (or CANDOR_LLM_BASE_URL)`);
  if (baseUrl && baseUrl.value.trim() !== '' && !model) return usageError(`${baseUrl.source} needs a model: set --llm-model (or CANDOR_LLM_MODEL), like gpt-4o-mini`);
  const timeout = settings.get('llm.timeoutMs');
  if (timeout && !baseUrl) {
    // Checked even without a model, so a bad value is caught before one is configured.
    const checked = LlmOptionsSchema.shape.timeoutMs.safeParse(readValue(timeout.value, 'number'), { reportInput: true });
    if (!checked.success) return usageError(describeOptionIssue({ ...optionIssues(checked.error)[0]!, input: timeout.value }, timeout.source));
    settings.delete('llm.timeoutMs');
  }

  const input: Record<string, unknown> = { port: DEFAULT_PORT, db: DEFAULT_DB };
  for (const { path, read } of Object.values(FLAGS)) {
    const setting = settings.get(path);
    if (setting) setPath(input, path, readValue(setting.value, read));
  }
  const apiKey = env['CANDOR_LLM_API_KEY']?.trim();
  if (apiKey && input['llm']) (input['llm'] as Record<string, unknown>)['apiKey'] = apiKey;

  const parsed = CliSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const issue = optionIssues(parsed.error)[0]!;
    const setting = settings.get(issue.path);
    return usageError(setting ? describeOptionIssue({ ...issue, input: setting.value }, setting.source) : describeOptionIssue(issue));
  }
  const { store: _store, logger: _logger, ...options } = parsed.data;
  return { kind: 'run', options };
}

const usageError = (message: string): CliCommand => ({ kind: 'error', message });

/** A flag's text as the options schema takes it; text that does not read as one is passed on as it is, for the schema to name. */
function readValue(text: string, read: (typeof FLAGS)[Flag]['read']): unknown {
  const trimmed = text.trim();
  switch (read) {
    case 'number':
      return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
    case 'boolean': {
      const word = trimmed.toLowerCase();
      if (['true', '1', 'yes'].includes(word)) return true;
      if (['false', '0', 'no'].includes(word)) return false;
      return text;
    }
    case 'word':
      return trimmed.toLowerCase();
    case 'list':
      return text.split(',');
    default:
      return text;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
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
