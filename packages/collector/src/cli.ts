#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseCliArgs } from './cli-args.js';
import { startCollector } from './start-collector.js';

const command = parseCliArgs(process.argv.slice(2), process.env);

if (command.kind === 'help') {
  process.stdout.write(command.text);
} else if (command.kind === 'error') {
  process.stderr.write(`candor-collector: ${command.message}\n`);
  process.exitCode = 2;
} else {
  const { options } = command;
  try {
    const collector = await startCollector({ ...options, logger: { level: 'warn' } });
    const origins = options.origins.includes('*') ? 'any origin (*)' : options.origins.join(', ') || 'none (pass --origins to let a web page post)';
    process.stdout.write(
      `Candor collector listening on ${collector.url}\n` +
        `  POST ${collector.url}/v1/answers   browser origins: ${origins}\n` +
        `  data: ${options.db === ':memory:' ? 'in memory (lost on exit)' : resolve(options.db)}\n` +
        `  reads: ${options.adminToken ? `GET /v1/answers with the admin token; results page ${collector.url}/?token=…` : 'off (no --admin-token)'}\n`,
    );
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
  } catch (error) {
    process.stderr.write(`candor-collector: ${describeStartError(error, options.host, options.port)}\n`);
    process.exitCode = 1;
  }
}

function describeStartError(error: unknown, host: string, port: number): string {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; pass another with --port (or CANDOR_PORT)`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `cannot listen on host "${host}"; pass an address of this machine with --host`;
  if (code === 'EACCES') return `not allowed to listen on port ${port}; pick a port above 1023 with --port`;
  return error instanceof Error ? error.message : String(error);
}
