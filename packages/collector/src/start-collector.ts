import type { AddressInfo } from 'node:net';
import { buildApp, type BuildAppOptions } from './app.js';
import type { AnswerStore } from './store/answer-store.js';
import { openPgliteStore } from './store/pglite-store.js';
import { openPostgresStore } from './store/postgres-store.js';

/** The `db` value that keeps the database in memory. */
export const IN_MEMORY_DB = ':memory:';

export interface StartCollectorOptions extends Omit<BuildAppOptions, 'store'> {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /**
   * Where to store: a PGlite data folder, ":memory:" (the default), or a PostgreSQL URL
   * (postgres://user:password@host:5432/database). Ignored when `store` is given.
   */
  db?: string;
  /** Use this store instead of opening one; the caller then closes it. */
  store?: AnswerStore;
}

export interface RunningCollector {
  /** Base URL, like http://127.0.0.1:8787 (no trailing slash); post to `${url}/v1/answers`. */
  url: string;
  port: number;
  /** Stops accepting requests, finishes those in flight, then closes the store it opened. */
  close(): Promise<void>;
}

/** Opens the store, builds the app and listens: the collector, ready for the demo and for tests. */
export async function startCollector(options: StartCollectorOptions = {}): Promise<RunningCollector> {
  const { port = 0, host = '127.0.0.1', db = IN_MEMORY_DB, store: given, ...appOptions } = options;
  const store = given ?? (await openStore(db));
  const closeStore = () => (given ? Promise.resolve() : store.close());
  let app;
  try {
    app = buildApp({ ...appOptions, store });
    await app.listen({ port, host });
  } catch (error) {
    await app?.close();
    await closeStore();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const running = app;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(address)}:${address.port}`,
    port: address.port,
    close: () => (closing ??= running.close().then(closeStore)),
  };
}

/** Whether `db` names a PostgreSQL server rather than a PGlite data folder. */
export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//i.test(db);

function openStore(db: string): Promise<AnswerStore> {
  if (isPostgresUrl(db)) return openPostgresStore({ connectionString: db });
  return openPgliteStore(db === IN_MEMORY_DB ? {} : { dataDir: db });
}

function urlHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1';
  if (address.address === '::') return '[::1]';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
