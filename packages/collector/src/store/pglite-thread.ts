import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { reviveError } from './carried-error.js';
import type { SqlConnection, SqlRequest, SqlRows } from './sql-connection.js';
import type { PgliteWorkerData, PgliteWorkerReply, PgliteWorkerRequest, PgliteWorkerStarted } from './pglite-worker-messages.js';

/** The compiled worker, beside this module in the built collector (absent when run from the TypeScript sources). */
export const PGLITE_WORKER_FILE = new URL('./pglite-worker.js', import.meta.url);

/** Whether the embedded database can run in a thread of its own here (the built collector can). */
export const pgliteWorkerAvailable = () => existsSync(fileURLToPath(PGLITE_WORKER_FILE));

export interface PgliteThreadOptions extends PgliteWorkerData {
  /** The worker script; default {@link PGLITE_WORKER_FILE}. */
  workerFile?: string | URL;
}

/**
 * Opens PGlite in a worker thread and returns the connection to it: every query runs there, so
 * this thread (the HTTP server's) keeps answering while one runs. Errors come back with their
 * PostgreSQL fields (code, detail...). The thread keeps the process alive only while a request
 * is in flight, as a database in this thread would. Rejects when the database cannot open.
 */
export async function openPgliteThread(options: PgliteThreadOptions = {}): Promise<SqlConnection> {
  const { workerFile = PGLITE_WORKER_FILE, ...data } = options;
  const worker = new Worker(workerFile, { workerData: data satisfies PgliteWorkerData });
  const pending = new Map<number, { resolve: (rows: SqlRows) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | undefined;

  const stop = (error: Error) => {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
  };

  await new Promise<void>((resolve, reject) => {
    const onMessage = (message: PgliteWorkerStarted) => {
      settle();
      if (message.started) resolve();
      else reject(reviveError(message.error));
    };
    const onError = (error: Error) => (settle(), reject(error));
    const onExit = (code: number) => (settle(), reject(new Error(`The embedded database's thread stopped (exit code ${code}) before it opened the database`)));
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.unref();

  worker.on('message', (reply: PgliteWorkerReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) waiting.resolve(reply.rows);
    else waiting.reject(reviveError(reply.error));
  });
  worker.on('error', (error) => stop(new Error(`The embedded database's thread failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => stop(new Error(`The embedded database's thread stopped (exit code ${code})`)));

  const send = (request: SqlRequest | { op: 'begin' | 'commit' | 'rollback' | 'close' }) =>
    new Promise<SqlRows>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request } as PgliteWorkerRequest);
    });

  let closed: Promise<void> | undefined;
  return {
    run: (request) => send(request),
    async begin() {
      await send({ op: 'begin' });
      return {
        run: (request) => send(request),
        commit: async () => void (await send({ op: 'commit' })),
        rollback: async () => void (await send({ op: 'rollback' })),
      };
    },
    close: () =>
      (closed ??= (async () => {
        if (stopped) return;
        await send({ op: 'close' }); // the database is closed and its files written
        stop(new Error('The embedded database is closed'));
        // Ended from here rather than waited for: nothing else holds this process while the thread
        // winds down (it is unreferenced), so waiting for it to exit left close() unsettled and a
        // plain script that awaited it quit with exit code 13.
        await worker.terminate();
      })()),
  };
}
