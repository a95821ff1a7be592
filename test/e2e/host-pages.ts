// A tiny product site for the accessibility and host-safety specs: it serves candor.js and its
// chunks beside pages each test writes (any HTML, any response headers, such as a strict
// Content-Security-Policy), and a collector that accepts answers from that site.
import { test as base, expect, type Page } from '@playwright/test';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startCollector } from '@candor/collector';

const dist = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));

export interface SitePage {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface Site {
  origin: string;
  endpoint: string;
  collectorOrigin: string;
  /** Serves `page` at `path` from now on (for this worker). */
  serve(path: string, page: SitePage): string;
}

/**
 * A local web server for product pages: `serve` puts a page at a path; candor.js and its chunks
 * come from the widget's dist folder (never cached, so each test gets the built files).
 */
export async function startPageServer() {
  const pages = new Map<string, SitePage>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'Content-Type': page.type ?? 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
      return void res.end(page.body);
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (!/^\/candor[\w-]*\.js$/.test(path)) return void res.writeHead(404).end();
    readFile(dist + path.slice(1)).then(
      (body) => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    serve(path: string, page: SitePage) {
      pages.set(path, page);
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export const test = base.extend<{}, { site: Site }>({
  site: [
    async ({}, use) => {
      const pages = await startPageServer();
      const collector = await startCollector({ origins: [pages.origin], adminToken: 'host-pages' });
      await use({ origin: pages.origin, endpoint: `${collector.url}/v1/answers`, collectorOrigin: collector.url, serve: pages.serve });
      await collector.close();
      await pages.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** The product's own script: a "Share your thoughts" button that opens Candor (no inline script, for CSP pages). */
export const APP_JS = `document.getElementById('share').addEventListener('click', () => Candor.open());`;

/** A small product page; `head` goes in <head>, `attributes` on the Candor script tag. */
export function productPage({ head = '', attributes = '', html = 'lang="en"', body = '' }: { head?: string; attributes?: string; html?: string; body?: string }) {
  return `<!doctype html>
<html ${html}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Assistant</title>
    ${head}
    <script src="/candor.js" ${attributes} defer></script>
    <script src="/app.js" defer></script>
  </head>
  <body>
    <header><h1>Acme Assistant</h1><button type="button" id="share">Share your thoughts</button></header>
    <main>
      <p id="intro">Ask me anything about your week's dinners.</p>
      <label for="prompt">Message</label>
      <textarea id="prompt"></textarea>
      ${body}
    </main>
  </body>
</html>`;
}

/** The widget's host element; Playwright's locators pierce its open shadow root. */
export const widget = (page: Page) => page.locator('candor-widget');

/** What has focus, read through the widget's shadow root: "textarea: <its label>" or "button: <its name>". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return 'nothing';
    const name = el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : (el.getAttribute('aria-label') ?? el.textContent);
    const inWidget = el.getRootNode() !== document ? 'widget ' : 'page ';
    return `${inWidget}${el.tagName.toLowerCase()}: ${(name ?? '').trim()}`;
  });
}

/** Records CSP violations and console errors from the start of every page load. */
export async function watchForTrouble(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('__reportViolation', (text: string) => errors.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return errors;
}
