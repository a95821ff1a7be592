import { describe, expect, it } from 'vitest';
import { parseCliArgs, DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT } from '../src/cli-args.js';
import { DEFAULT_BODY_LIMIT } from '../src/app.js';

const LIMITS = { rateLimit: 600, maxPending: 512, loadShedding: { maxEventLoopDelayMs: 1000 }, trustProxy: false, logLevel: 'info' };

const run = (argv: string[], env: Record<string, string> = {}) => {
  const command = parseCliArgs(argv, env);
  if (command.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(command)}`);
  return command.options;
};
const errorOf = (argv: string[], env: Record<string, string> = {}) => {
  const command = parseCliArgs(argv, env);
  if (command.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(command)}`);
  return command.message;
};

describe('the candor-collector command line', () => {
  it('starts on 127.0.0.1:8787 with a .data/collector database, no origins and reads off by default', () => {
    expect(run([])).toMatchObject({ port: DEFAULT_PORT, host: DEFAULT_HOST, db: DEFAULT_DB, origins: [], bodyLimit: DEFAULT_BODY_LIMIT, ...LIMITS });
    expect(run([])).not.toHaveProperty('adminToken');
    expect([DEFAULT_PORT, DEFAULT_HOST, DEFAULT_DB]).toEqual([8787, '127.0.0.1', '.data/collector']);
  });

  it('reads every flag', () => {
    expect(
      run([
        ...['--port', '9000', '--host', '0.0.0.0', '--db', ':memory:', '--origins', 'https://a.example, http://localhost:5173/', '--admin-token', 's3cret'],
        ...['--body-limit=1024', '--rate-limit', '0', '--max-pending', '64', '--max-event-loop-delay', '250', '--trust-proxy', 'true', '--log-level', 'warn'],
      ]),
    ).toMatchObject({
      ...{ port: 9000, host: '0.0.0.0', db: ':memory:', origins: ['https://a.example', 'http://localhost:5173'], adminToken: 's3cret', bodyLimit: 1024 },
      ...{ rateLimit: 0, maxPending: 64, loadShedding: { maxEventLoopDelayMs: 250 }, trustProxy: true, logLevel: 'warn' },
    });
  });

  it('reads every setting from its environment variable, and a flag wins over it', () => {
    const env = {
      ...{ CANDOR_PORT: '9001', CANDOR_HOST: '::1', CANDOR_DB: '/var/lib/candor', CANDOR_ORIGINS: '*', CANDOR_ADMIN_TOKEN: 'from-env', CANDOR_BODY_LIMIT: '2048' },
      ...{ CANDOR_RATE_LIMIT: '60', CANDOR_MAX_PENDING: '8', CANDOR_MAX_EVENT_LOOP_DELAY: '0', CANDOR_TRUST_PROXY: 'yes', CANDOR_LOG_LEVEL: 'Debug' },
    };

    expect(run([], env)).toMatchObject({
      ...{ port: 9001, host: '::1', db: '/var/lib/candor', origins: ['*'], adminToken: 'from-env', bodyLimit: 2048 },
      ...{ rateLimit: 60, maxPending: 8, loadShedding: { maxEventLoopDelayMs: 0 }, trustProxy: true, logLevel: 'debug' },
    });
    expect(run(['--port', '9002', '--admin-token', 'from-flag'], env)).toMatchObject({ port: 9002, adminToken: 'from-flag' });
  });

  it('stores in PostgreSQL given a URL with --db, CANDOR_DB or DATABASE_URL, in that order', () => {
    const url = 'postgres://candor:pw@db.internal:5432/candor';

    expect(run([], { DATABASE_URL: url }).db).toBe(url);
    expect(run([], { DATABASE_URL: url, CANDOR_DB: '/data' }).db).toBe('/data');
    expect(run(['--db', ':memory:'], { DATABASE_URL: url }).db).toBe(':memory:');
  });

  it('prints usage for --help and -h', () => {
    for (const flag of ['--help', '-h']) {
      const command = parseCliArgs([flag]);
      expect(command.kind).toBe('help');
      if (command.kind === 'help') {
        expect(command.text).toMatch(/^Usage: candor-collector/);
        for (const name of ['--port', '--host', '--db', 'DATABASE_URL', '--origins', '--admin-token', 'CANDOR_ADMIN_TOKEN', '--rate-limit', '--log-level']) {
          expect(command.text).toContain(name);
        }
      }
    }
  });

  it.each([
    [['--prot', '80'], /unknown flag --prot/],
    [['-x'], /unknown flag -x/],
    [['serve'], /unexpected argument "serve"/],
    [['--port'], /--port needs a value/],
    [['--port', 'http'], /--port must be a whole number from 0 to 65535; got "http"/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--origins', 'example.com'], /--origins: "example.com" is not an origin/],
    [['--origins', 'https://a.example/app'], /--origins: "https:\/\/a.example\/app" is not an origin/],
    [['--admin-token', ''], /--admin-token must not be empty/],
    [['--help=yes'], /--help takes no value/],
    [['--trust-proxy', 'maybe'], /--trust-proxy must be true or false; got "maybe"/],
    [['--log-level', 'loud'], /--log-level must be one of fatal, error, warn, info, debug, trace, silent; got "loud"/],
    [['--max-pending', '0'], /--max-pending must be a whole number from 1/],
  ])('refuses %j with one line naming the flag', (argv, message) => {
    const text = errorOf(argv);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('reads how long a published survey definition may be kept from --definition-max-age or CANDOR_DEFINITION_MAX_AGE (default 300 s)', () => {
    expect(run([]).definitionMaxAge).toBe(300);
    expect(run(['--definition-max-age', '60']).definitionMaxAge).toBe(60);
    expect(run([], { CANDOR_DEFINITION_MAX_AGE: '0' }).definitionMaxAge).toBe(0);
    expect(errorOf(['--definition-max-age', '90000'])).toBe('--definition-max-age must be a whole number from 0 to 86400; got "90000"');
  });

  it('names the environment variable when its value is bad', () => {
    expect(errorOf([], { CANDOR_PORT: 'eighty' })).toMatch(/^CANDOR_PORT must be a whole number/);
  });
});
