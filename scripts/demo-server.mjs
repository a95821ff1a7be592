// Serves the script-tag example as a product team would: static files, with candor.js beside them.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = join(root, 'examples/script-tag');
const widgetDist = join(root, 'packages/widget/dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

/** What `/study` adds to the script tag: a purpose screen with the quotes choice, and one follow-up question (the study's fixed probe, as the demo collector has no model). */
export const STUDY_ATTRIBUTES = 'data-consent data-follow-ups="1"';

/** Starts the demo page server; `endpoint` and `results` are written into the page. */
export function startDemoServer({ port = 0, host = '127.0.0.1', endpoint, results }) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const page = path === '/' || path === '/study';
    const file = page ? join(example, 'index.html') : /^\/candor[\w.-]*\.js(\.map)?$/.test(path) ? join(widgetDist, path) : join(example, path);
    try {
      let body = await readFile(file);
      if (file.endsWith('.html')) body = body.toString('utf8').replaceAll('__CANDOR_ENDPOINT__', endpoint).replaceAll('__CANDOR_RESULTS__', results);
      // `/study`: the same page set up the way a research study would be.
      if (path === '/study') body = body.replace('data-product="Acme Assistant"', `data-product="Acme Assistant" ${STUDY_ATTRIBUTES}`);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
