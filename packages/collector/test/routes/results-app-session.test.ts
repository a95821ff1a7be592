import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';

const TOKEN = 'app-session-token';

// A stand-in for the built app: the page and one hashed file.
const appDir = mkdtempSync(join(tmpdir(), 'candor-app-'));
mkdirSync(join(appDir, 'assets'));
writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Results</title><script type="module" src="/assets/index-abc123.js"></script>');
writeFileSync(join(appDir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);

let collector: RunningCollector;
let proxied: RunningCollector;
let logged: string[];
const logs: string[] = [];
const logger = { level: 'info', stream: { write: (line: string) => void logs.push(line) } };
useTestCollectors(
  [
    { adminToken: TOKEN, appDir, logger, loadShedding: { maxEventLoopDelayMs: 0 } },
    // Behind a proxy, clients are told apart by X-Forwarded-For.
    { adminToken: TOKEN, appDir, trustProxy: true, loadShedding: { maxEventLoopDelayMs: 0 } },
  ],
  (_store, [c, p]) => {
    collector = c!;
    proxied = p!;
    logged = logs;
  },
);

const signIn = (token: string, headers: Record<string, string> = {}, base = collector) =>
  fetch(`${base.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ token }) });
const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]!;

describe('the results app, served at /', () => {
  it.each(['/', '/funnel', '/answers', '/themes', '/quotes', '/downloads', '/questions', '/sign-in'])('serves the app’s page at %s, with a strict Content-Security-Policy and no referrer', async (path) => {
    const response = await fetch(`${collector.url}${path}?survey=anything`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Results</title>');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves its hashed files to be cached for a year, compressed for browsers that take brotli', async () => {
    const response = await fetch(`${collector.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toContain('console.log');
    const again = await fetch(`${collector.url}/assets/index-abc123.js`, { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${collector.url}/assets/nothing.js`)).status).toBe(404);
  });

  it('no longer serves the old page’s /themes/answers', async () => {
    expect((await fetch(`${collector.url}/themes/answers?token=${TOKEN}&question=hope&theme=x`)).status).toBe(404);
  });
});

describe('signing in to the results app', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie for the right token, which then reads like the token', async () => {
    const response = await signIn(TOKEN);
    expect(response.status).toBe(200);
    expect(Date.parse(((await response.json()) as { expiresAt: string }).expiresAt)).toBeGreaterThan(Date.now());
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^candor_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);

    const cookie = cookieOf(response);
    expect((await fetch(`${collector.url}/v1/session`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${collector.url}/v1/answers`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${collector.url}/v1/answers`)).status).toBe(401);
  });

  it('marks the cookie Secure when the collector is reached over HTTPS (here, behind a proxy that says so)', async () => {
    const response = await signIn(TOKEN, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.44' }, proxied);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
  });

  it('refuses a wrong token with 401, and a browser without a session is told so', async () => {
    const response = await signIn('wrong');
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await fetch(`${collector.url}/v1/session`)).status).toBe(401);
    expect((await fetch(`${collector.url}/v1/session`, { headers: { cookie: `candor_session=${'A'.repeat(43)}` } })).status).toBe(401);
  });

  it('ends the session on sign-out: the cookie no longer reads anything', async () => {
    const cookie = cookieOf(await signIn(TOKEN));
    const out = await fetch(`${collector.url}/v1/session`, { method: 'DELETE', headers: { cookie, origin: collector.url } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await fetch(`${collector.url}/v1/answers`, { headers: { cookie } })).status).toBe(401);
  });

  it('lets a change made with the cookie through only from the collector’s own page', async () => {
    const cookie = cookieOf(await signIn(TOKEN));
    const remove = (headers: Record<string, string>) => fetch(`${collector.url}/v1/sample-data`, { method: 'DELETE', headers: { cookie, ...headers } });
    expect((await remove({ origin: 'https://evil.example' })).status).toBe(401);
    expect((await remove({ 'sec-fetch-site': 'cross-site' })).status).toBe(401);
    expect((await remove({})).status).toBe(401);
    expect((await remove({ origin: collector.url })).status).toBe(200);
  });

  it('keeps the token out of every log line', async () => {
    await signIn(TOKEN);
    await signIn(`${TOKEN}-wrong`);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('slows down a client that keeps sending wrong tokens, saying how long to wait, and nobody else', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.9' };
    const replies: number[] = [];
    for (let i = 0; i < 5; i += 1) replies.push((await signIn(`guess-${i}`, attacker, proxied)).status);
    // Three free tries, a fourth wrong one starts a wait, and the fifth comes too soon.
    expect(replies).toEqual([401, 401, 401, 401, 429]);
    const refused = await signIn(TOKEN, attacker, proxied);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many wrong admin tokens from this address\. Wait \d+ seconds? before trying again\.$/);
    // A colleague elsewhere signs in at once.
    expect((await signIn(TOKEN, { 'x-forwarded-for': '198.51.100.7' }, proxied)).status).toBe(200);
  });
});
