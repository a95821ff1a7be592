import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { IN_MEMORY_DB, parseCollectorOptions, type CollectorOptions } from './options/collector-options.js';
import type { AnswerStore } from './store/answer-store.js';
import { openPgliteStore } from './store/pglite-store.js';
import { openPostgresStore } from './store/postgres-store.js';

export { IN_MEMORY_DB };

/**
 * startCollector's options: every collector option (see CollectorOptionsSchema), with `port`
 * (default 0: a free one), `host` (127.0.0.1), and `db` (":memory:", a PGlite data folder, or a
 * postgres:// URL) or a `store` of the caller's.
 */
export type StartCollectorOptions = CollectorOptions;

export interface RunningCollector {
  /** Base URL, like http://127.0.0.1:8787 (no trailing slash); post to `${url}/v1/answers`. */
  url: string;
  port: number;
  /** Stops accepting requests, finishes those in flight, then closes the store it opened. */
  close(): Promise<void>;
}

/** Opens the store, builds the app and listens: the collector, ready for the demo and for tests. */
export async function startCollector(options: StartCollectorOptions = {}): Promise<RunningCollector> {
  const { port, host, db, store: given } = parseCollectorOptions(options);
  const store = given ?? (await openStore(db));
  const closeStore = () => (given ? Promise.resolve() : store.close());
  let app;
  try {
    app = buildApp({ ...options, store });
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
