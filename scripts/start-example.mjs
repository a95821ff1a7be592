// `npm run example:react` / `npm run example:vue`: the collector on its embedded store, and the
// example app on Vite's dev server, wired to it.
import { startCollector } from '@candor/collector';
import { startExampleServer } from './example-server.mjs';

const PORTS = { react: 5174, vue: 5175 };
const example = process.argv[2];
if (!(example in PORTS)) {
  console.error('usage: node scripts/start-example.mjs react|vue');
  process.exit(2);
}
const host = '127.0.0.1';
const port = Number(process.env.EXAMPLE_PORT ?? PORTS[example]);
const adminToken = process.env.CANDOR_ADMIN_TOKEN ?? 'demo';

const collector = await startCollector({
  port: Number(process.env.CANDOR_PORT ?? 8787),
  host,
  db: process.env.CANDOR_DB ?? '.data/collector',
  origins: [`http://${host}:${port}`, `http://localhost:${port}`],
  adminToken,
});
const results = `${collector.url}/?token=${encodeURIComponent(adminToken)}`;
const app = await startExampleServer({ example, port, host, endpoint: `${collector.url}/v1/answers`, results });

console.log(`
  ${example === 'react' ? 'React' : 'Vue'} example app:   ${app.url}          (click "Share your thoughts")
  Collector:           ${collector.url}/v1/answers
  Answers received:    ${results}

  Press Ctrl+C to stop.
`);

const stop = async () => {
  await Promise.all([app.close(), collector.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
