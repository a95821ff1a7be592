#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseCliArgs } from './cli-args.js';
import { isPostgresUrl, startCollector } from './start-collector.js';
import { describeTarget } from './store/postgres-store.js';
import { loadCodebook } from './themes/codebook/load-codebook.js';

const command = parseCliArgs(process.argv.slice(2), process.env);

if (command.kind === 'help') {
  process.stdout.write(command.text);
} else if (command.kind === 'error') {
  process.stderr.write(`candor-collector: ${command.message}\n`);
  process.exitCode = 2;
} else {
  const { options } = command;
  try {
    const { logLevel, codebook: codebookPath, ...rest } = options;
    // Read now, so a bad codebook file stops the start with a message naming the field.
    const codebook = loadCodebook(codebookPath);
    const collector = await startCollector({
      ...rest,
      logger: logLevel === 'silent' ? false : { level: logLevel },
      themes: { ...rest.themes, codebook },
    });
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`candor-collector: ${signal} again, exiting without waiting\n`);
        process.exit(1);
      }
      stopping = true;
      process.stdout.write(`candor-collector: ${signal}, finishing requests and closing the database\n`);
      collector.close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`candor-collector: error while closing: ${String(error)}\n`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Printed once the signal handlers are in place: whoever waits for this line may stop us at once.
    const origins = options.origins.includes('*') ? 'any origin (*)' : options.origins.join(', ') || 'none (pass --origins to let a web page post)';
    process.stdout.write(
      `Candor collector listening on ${collector.url}\n` +
        `  POST ${collector.url}/v1/answers   browser origins: ${origins}\n` +
        `  data: ${describeDb(options.db)}\n` +
        `  rate limits: ${options.rateLimit > 0 ? `${options.rateLimit} requests a minute per client${options.trustProxy ? ' (address from X-Forwarded-For)' : ''}, counted in this process; behind several processes limit at the proxy (see the README)` : 'off (--rate-limit 0)'}\n` +
        `  reads: ${options.adminToken ? `results app at ${collector.url}/ (sign in with the admin token); scripts send it as Authorization: Bearer` : 'off (no --admin-token)'}\n` +
        `  follow-ups: ${options.llm ? `POST /v1/probe asks ${options.llm.model} at ${new URL(options.llm.baseUrl).host} (timeout ${options.llm.timeoutMs} ms)` : 'no model (--llm-base-url); POST /v1/probe answers null and the widget asks its fixed probe'}\n` +
        `  codebook: ${codebookPath ? `${resolve(codebookPath)} (version ${codebook.version})` : `the study's (version ${codebook.version})`}\n` +
        `  themes: ${options.llm ? `labelled by ${options.llm.model} with the codebook` : 'labelled by keyword rules with the codebook (no model)'}; groups under ${options.minGroupSize} people are not shown\n`,
    );
  } catch (error) {
    process.stderr.write(`candor-collector: ${describeStartError(error, options.host, options.port)}\n`);
    process.exitCode = 1;
  }
}

function describeDb(db: string): string {
  if (isPostgresUrl(db)) return `PostgreSQL at ${describeTarget(db)}`;
  return db === ':memory:' ? 'in memory (lost on exit)' : `PGlite in ${resolve(db)}`;
}

function describeStartError(error: unknown, host: string, port: number): string {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; pass another with --port (or CANDOR_PORT)`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `cannot listen on host "${host}"; pass an address of this machine with --host`;
  if (code === 'EACCES') return `not allowed to listen on port ${port}; pick a port above 1023 with --port`;
  return error instanceof Error ? error.message : String(error);
}
