// What `npm start` and `npm run example:*` share: each command's own ports and data folder (so
// they run side by side), and the one-line reports when a port or data folder is taken anyway.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

/** Each command's defaults; the variables override them. Nothing here is shared between two commands. */
export const STACK_DEFAULTS = {
  demo: { pageVariable: 'DEMO_PORT', pagePort: 5173, collectorPort: 8787, db: '.data/demo' },
  react: { pageVariable: 'EXAMPLE_PORT', pagePort: 5174, collectorPort: 8788, db: '.data/example-react' },
  vue: { pageVariable: 'EXAMPLE_PORT', pagePort: 5175, collectorPort: 8789, db: '.data/example-vue' },
};

/** A start that cannot go on, with the one line to print (no stack trace). */
export class StackError extends Error {
  name = 'StackError';
}

/** The ports, data folder and admin token of `command` (demo, react, vue), from `env` or the defaults. */
export function stackSettings(command, env = process.env) {
  const defaults = STACK_DEFAULTS[command];
  if (!defaults) throw new StackError(`unknown command "${command}"; use one of ${Object.keys(STACK_DEFAULTS).join(', ')}`);
  return {
    host: '127.0.0.1',
    pageVariable: defaults.pageVariable,
    pagePort: port(env, defaults.pageVariable, defaults.pagePort),
    collectorPort: port(env, 'CANDOR_PORT', defaults.collectorPort),
    db: env.CANDOR_DB || defaults.db,
    adminToken: env.CANDOR_ADMIN_TOKEN || 'demo',
  };
}

function port(env, variable, fallback) {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new StackError(`${variable}=${text} is not a port; set it to a number from 0 to 65535`);
  return value;
}

/** Rejects with one line naming `variable` when `port` on `host` is taken; 0 (any free port) always passes. */
export async function ensurePortFree(port, host, variable) {
  if (port === 0) return;
  const server = createServer();
  await new Promise((done, fail) => {
    server.once('error', (error) => fail(portError(error, port, host, variable)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => done()));
  });
}

/** The one line for a listen error (EADDRINUSE from Node, or Vite's "Port N is already in use"), else the error as it is. */
export function portError(error, port, host, variable) {
  const code = error?.code;
  if (code === 'EADDRINUSE' || /is already in use/.test(error?.message ?? '')) {
    return new StackError(`port ${port} on ${host} is in use (another Candor command or another program); set ${variable} to another port`);
  }
  if (code === 'EACCES') return new StackError(`not allowed to listen on port ${port}; set ${variable} to a port above 1023`);
  return error;
}

/**
 * Takes `db` (an embedded store's folder) for this process, so two commands never open one store
 * at once: a `<db>.lock` file holds the owner's process id, and a lock whose process has gone is
 * taken over. Returns the release function. A PostgreSQL URL or ":memory:" needs no lock.
 */
export function claimDataFolder(db, pid = process.pid) {
  if (db === ':memory:' || /^postgres(ql)?:\/\//i.test(db)) return () => {};
  const lock = `${resolve(db)}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST' || attempt > 0) throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (isRunning(owner)) {
        throw new StackError(`the data folder ${db} is in use by another Candor command (process ${owner}); set CANDOR_DB to another folder`);
      }
      unlinkSync(lock); // left by a process that has gone
    }
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      if (Number(readFileSync(lock, 'utf8')) === pid) unlinkSync(lock);
    } catch {
      // already gone
    }
  };
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** What a failed start prints: the one line of a StackError, or the error's own message. */
export function describeStartFailure(error) {
  return error instanceof StackError ? error.message : error instanceof Error ? error.message : String(error);
}
