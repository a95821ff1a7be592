// `npm run example:react` / `npm run example:vue`: the collector on its embedded store, and the
// example app on Vite's dev server, wired to it. Each example's ports and data folder are its own
// (scripts/local-stack.mjs), so it runs beside the demo and the other example.
import { startCollector } from '@candor/collector';
import { pathToFileURL } from 'node:url';
import { startExampleServer } from './example-server.mjs';
import { claimDataFolder, describeStartFailure, ensurePortFree, portError, stackSettings } from './local-stack.mjs';

/** Starts `example` (react, vue) and its collector with the settings `env` gives (EXAMPLE_PORT, CANDOR_PORT, CANDOR_DB, CANDOR_ADMIN_TOKEN). */
export async function startExample(example, env = process.env) {
  const { host, pageVariable, pagePort, collectorPort, db, adminToken } = stackSettings(example, env);
  await ensurePortFree(pagePort, host, pageVariable);
  await ensurePortFree(collectorPort, host, 'CANDOR_PORT');
  const release = claimDataFolder(db);
  let collector;
  try {
    collector = await startCollector({
      port: collectorPort,
      host,
      db,
      origins: [`http://${host}:${pagePort}`, `http://localhost:${pagePort}`],
      adminToken,
    }).catch((error) => Promise.reject(portError(error, collectorPort, host, 'CANDOR_PORT')));
    const results = `${collector.url}/`;
    const app = await startExampleServer({ example, port: pagePort, host, endpoint: `${collector.url}/v1/answers`, results }).catch((error) =>
      Promise.reject(portError(error, pagePort, host, pageVariable)),
    );
    const running = collector;
    return {
      appUrl: app.url,
      collectorUrl: collector.url,
      results,
      db,
      close: async () => {
        await Promise.all([app.close(), running.close()]);
        release();
      },
    };
  } catch (error) {
    await collector?.close();
    release();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const example = process.argv[2];
  if (example !== 'react' && example !== 'vue') {
    console.error('usage: node scripts/start-example.mjs react|vue');
    process.exit(2);
  }
  let running;
  try {
    running = await startExample(example);
  } catch (error) {
    console.error(`The ${example} example cannot start: ${describeStartFailure(error)}`);
    process.exit(1);
  }
  console.log(`
  ${example === 'react' ? 'React' : 'Vue'} example app:   ${running.appUrl}          (click "Share your thoughts")
  Collector:           ${running.collectorUrl}/v1/answers     (answers kept in ${running.db})
  Answers received:    ${running.results}

  Press Ctrl+C to stop.
`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
