// `npm start`: the collector on its embedded store, and the demo product page with Candor on it.
import { startCollector } from '@candor/collector';
import { startDemoServer } from './demo-server.mjs';

const host = '127.0.0.1';
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const collectorPort = Number(process.env.CANDOR_PORT ?? 8787);
const adminToken = process.env.CANDOR_ADMIN_TOKEN ?? 'demo';
const demoOrigin = `http://${host}:${demoPort}`;

const collector = await startCollector({
  port: collectorPort,
  host,
  db: process.env.CANDOR_DB ?? '.data/collector',
  origins: [demoOrigin, `http://localhost:${demoPort}`],
  adminToken,
});
const demo = await startDemoServer({
  port: demoPort,
  host,
  endpoint: `${collector.url}/v1/answers`,
  results: `${collector.url}/?token=${encodeURIComponent(adminToken)}`,
});

console.log(`
  Demo product page:   ${demo.url}          (click "Share your thoughts")
  The same, as a study: ${demo.url}/study    (a purpose screen, then a follow-up question)
  Collector:           ${collector.url}/v1/answers
  Answers received:    ${collector.url}/?token=${adminToken}
                       curl -H 'Authorization: Bearer ${adminToken}' ${collector.url}/v1/answers

  Press Ctrl+C to stop.
`);

const stop = async () => {
  await Promise.all([demo.close(), collector.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
