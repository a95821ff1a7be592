// Serves the bench pages on 127.0.0.1: a blank page, one page per contender, and Candor's
// script-tag files as built. Nothing on these pages reaches beyond this machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const widgetDist = fileURLToPath(new URL('../packages/widget/dist/', import.meta.url));

const page = (head) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>${head}</head><body><p>A blank page.</p></body></html>`;

const FLOOR = `{const t=document.currentScript,d={...t.dataset};t.src;t.nonce;t.getAttribute('crossorigin');document.baseURI;
addEventListener('online',()=>{});document.addEventListener('visibilitychange',()=>{});document.addEventListener('keydown',()=>{},true);
requestIdleCallback(()=>{localStorage.getItem('a');localStorage.getItem('b');navigator.locks.request('c',()=>{localStorage.getItem('c');localStorage.setItem('c','{}')})},{timeout:5000})}`;

export function startBenchServer({ endpoint }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (type, body) => res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    if (url.pathname === '/blank.html') return send('text/html', page(''));
    if (url.pathname === '/candor-script.html') {
      const batch = url.searchParams.get('batch') ?? '1';
      return send('text/html', page(`<script src="/widget/candor.js" data-endpoint="${endpoint}" data-trigger="manual" data-batch-size="${batch}" data-max-queue-count="5000" data-max-queue-bytes="50000000"></script>`));
    }
    // The default trigger: the page view is counted (under a Web Lock), first page view, no invitation.
    if (url.pathname === '/candor-script-auto.html') return send('text/html', page(`<script src="/widget/candor.js" data-endpoint="${endpoint}"></script>`));
    // No Candor: an inline script that makes the same first use of browser APIs as candor.js does on
    // a page view with the default trigger, and nothing else. What a blank page charges the first script.
    if (url.pathname === '/browser-floor.html') return send('text/html', page(`<script>${FLOOR}</script>`));
    const contender = url.pathname.match(/^\/c\/([\w-]+)\.html$/);
    if (contender) return send('text/html', page(`<script type="module" src="/out/${contender[1]}/entry.js"></script>`));
    const file = url.pathname.startsWith('/widget/') ? join(widgetDist, normalize(url.pathname.slice(8))) : url.pathname.startsWith('/out/') ? join(here, '.out', normalize(url.pathname.slice(5))) : null;
    if (!file) return res.writeHead(404).end();
    try {
      send('text/javascript', await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })),
  );
}
