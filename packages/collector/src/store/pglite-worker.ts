import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { carryError } from './carried-error.js';
import { pgliteConnection } from './pglite-connection.js';
import type { SqlTransactionHandle } from './sql-connection.js';
import type { PgliteWorkerData, PgliteWorkerReply, PgliteWorkerRequest, PgliteWorkerStarted } from './pglite-worker-messages.js';

// The embedded database's own thread (see pglite-thread.ts): PGlite runs here, so the thread
// that answers HTTP requests never waits on a query. Requests arrive one at a time, each
// answered by id; transactions are opened and ended by the other side.

const port = parentPort!;
const { dataDir, snapshot } = workerData as PgliteWorkerData;

const start = async () => {
  const extensions = { pg_trgm };
  if (snapshot) return PGlite.create({ loadDataDir: new Blob([snapshot]), extensions });
  return dataDir ? PGlite.create({ dataDir, extensions }) : PGlite.create({ extensions });
};

try {
  const connection = pgliteConnection(await start());
  let transaction: SqlTransactionHandle | undefined;
  let queue: Promise<void> = Promise.resolve();

  const serve = async (request: PgliteWorkerRequest): Promise<PgliteWorkerReply> => {
    try {
      switch (request.op) {
        case 'begin':
          transaction = await connection.begin();
          return { id: request.id, ok: true, rows: [] };
        case 'commit':
        case 'rollback': {
          const ending = transaction;
          transaction = undefined;
          await (request.op === 'commit' ? ending?.commit() : ending?.rollback());
          return { id: request.id, ok: true, rows: [] };
        }
        case 'close':
          await connection.close();
          return { id: request.id, ok: true, rows: [] };
        default:
          return { id: request.id, ok: true, rows: await (transaction ?? connection).run(request) };
      }
    } catch (error) {
      return { id: request.id, ok: false, error: carryError(error) };
    }
  };

  port.on('message', (request: PgliteWorkerRequest) => {
    queue = queue.then(async () => {
      const reply = await serve(request);
      port.postMessage(reply);
      if (request.op === 'close') port.close();
    });
  });
  port.postMessage({ started: true } satisfies PgliteWorkerStarted);
} catch (error) {
  port.postMessage({ started: false, error: carryError(error) } satisfies PgliteWorkerStarted);
}
