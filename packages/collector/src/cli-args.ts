import { parseArgs } from 'node:util';
import { normalizeOrigins } from './http/allowed-origins.js';
import { DEFAULT_BODY_LIMIT } from './app.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DB = '.data/collector';

/** What the collector runs with, after flags, environment and defaults are combined. */
export interface CliOptions {
  port: number;
  host: string;
  /** PGlite data folder (relative to the working directory) or ":memory:". */
  db: string;
  /** Normalised origins; ["*"] allows any. */
  origins: string[];
  adminToken?: string;
  bodyLimit: number;
}

export type CliCommand =
  | { kind: 'help'; text: string }
  | { kind: 'run'; options: CliOptions }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: candor-collector [options]

Receives Candor widget submissions over HTTP and stores them in PGlite (embedded PostgreSQL).

Options (each also read from the environment variable shown):
  --port <n>            port to listen on (CANDOR_PORT; default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>      interface to listen on (CANDOR_HOST; default ${DEFAULT_HOST})
  --db <dir>            PGlite data folder, or :memory: to keep nothing (CANDOR_DB; default ${DEFAULT_DB})
  --origins <a,b>       browser origins allowed to post, comma-separated, e.g.
                        https://app.example.com,http://localhost:5173; * allows any (CANDOR_ORIGINS)
  --admin-token <t>     token for reading answers: GET /v1/answers with "Authorization: Bearer <t>"
                        and the results page at /?token=<t> (CANDOR_ADMIN_TOKEN; prefer the
                        variable, since flags show up in process lists). Without it reads are off.
  --body-limit <bytes>  largest request body (CANDOR_BODY_LIMIT; default ${DEFAULT_BODY_LIMIT})
  -h, --help            show this help

Routes: POST /v1/answers, GET /v1/answers, GET /healthz, GET / (results page).
`;

const FLAGS = {
  port: { type: 'string', env: 'CANDOR_PORT' },
  host: { type: 'string', env: 'CANDOR_HOST' },
  db: { type: 'string', env: 'CANDOR_DB' },
  origins: { type: 'string', env: 'CANDOR_ORIGINS' },
  'admin-token': { type: 'string', env: 'CANDOR_ADMIN_TOKEN' },
  'body-limit': { type: 'string', env: 'CANDOR_BODY_LIMIT' },
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
    const fromEnv = env[FLAGS[flag].env];
    return fromEnv === undefined || fromEnv === '' ? undefined : { value: fromEnv, source: FLAGS[flag].env };
  };

  try {
    const adminToken = nonEmpty(setting('admin-token'));
    const options: CliOptions = {
      port: wholeNumber(setting('port'), DEFAULT_PORT, 0, 65_535),
      host: nonEmpty(setting('host')) ?? DEFAULT_HOST,
      db: nonEmpty(setting('db')) ?? DEFAULT_DB,
      origins: origins(setting('origins')),
      bodyLimit: wholeNumber(setting('body-limit'), DEFAULT_BODY_LIMIT, 1, 100 * 1024 * 1024),
      ...(adminToken ? { adminToken } : {}),
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

function nonEmpty(setting: Setting): string | undefined {
  if (!setting) return undefined;
  if (setting.value.trim() === '') throw new UsageError(`${setting.source} must not be empty`);
  return setting.value;
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
