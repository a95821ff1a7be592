// `npm start`: the collector on its embedded store, and the demo product page with Candor on it.
// Its ports and data folder are its own (scripts/local-stack.mjs), so the examples run beside it.
import { startCollector } from '@candor/collector';
import { pathToFileURL } from 'node:url';
import { startDemoServer } from './demo-server.mjs';
import { loadSampleData, SAMPLE_RESPONDENTS, SAMPLE_SURVEY_ID } from './demo-sample-data.mjs';
import { claimDataFolder, describeStartFailure, ensurePortFree, portError, stackSettings } from './local-stack.mjs';

/** Starts the demo's collector and page server with the settings `env` gives (DEMO_PORT, CANDOR_PORT, CANDOR_DB, CANDOR_ADMIN_TOKEN). */
export async function startDemo(env = process.env) {
  const { host, pageVariable, pagePort, collectorPort, db, adminToken } = stackSettings('demo', env);
  // Checked before the store is opened, so a clash is reported without touching any data.
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
    const demo = await startDemoServer({
      port: pagePort,
      host,
      endpoint: `${collector.url}/v1/answers`,
      results: `${collector.url}/`,
    }).catch((error) => Promise.reject(portError(error, pagePort, host, pageVariable)));
    const running = collector;
    // The sample survey, so the results show themes, quotes and a report from the first minute.
    const sampleStored = env.CANDOR_SAMPLE_DATA === '0' ? 0 : await loadSampleData(collector.url, adminToken);
    return {
      sampleStored,
      demoUrl: demo.url,
      collectorUrl: collector.url,
      adminToken,
      db,
      close: async () => {
        await Promise.all([demo.close(), running.close()]);
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
  let demo;
  try {
    demo = await startDemo();
  } catch (error) {
    console.error(`The demo cannot start: ${describeStartFailure(error)}`);
    process.exit(1);
  }
  const { demoUrl, collectorUrl, adminToken, db, sampleStored } = demo;
  console.log(`
  Demo product page:   ${demoUrl}          (click "Share your thoughts")
  The same, as a study: ${demoUrl}/study    (a purpose screen, then a follow-up question)
  Collector:           ${collectorUrl}/v1/answers     (answers kept in ${db})
  Results:             ${collectorUrl}/     (sign in with the admin token: ${adminToken})
                       curl -H 'Authorization: Bearer ${adminToken}' ${collectorUrl}/v1/answers
  Sample data:         ${sampleStored > 0 ? `${sampleStored} made-up respondents` : 'already there (or removed)'} in the survey "${SAMPLE_SURVEY_ID}" (${SAMPLE_RESPONDENTS} people, six languages);
                       remove it with the results app's "Remove sample data" button. CANDOR_SAMPLE_DATA=0 skips it.

  Press Ctrl+C to stop.
`);
  const stop = async () => {
    await demo.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
