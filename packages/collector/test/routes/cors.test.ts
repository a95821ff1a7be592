import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const ALLOWED = 'https://app.example.com';
const OTHER = 'https://evil.example.net';
const TOKEN = 'cors-token';
let collector: RunningCollector;
let open: RunningCollector;

useTestCollectors([{ adminToken: TOKEN, origins: [ALLOWED, 'http://localhost:5173/'] }, { origins: ['*'] }], (_, [main, other]) => ((collector = main!), (open = other!)));

const preflight = (url: string, origin: string) =>
  fetch(`${url}/v1/answers`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
  });

describe('CORS', () => {
  it('answers a preflight from an allowed origin with the allow headers, without credentials', async () => {
    const response = await preflight(collector.url, ALLOWED);

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS, DELETE');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key, If-None-Match');
    expect(response.headers.get('access-control-max-age')).toBe('7200');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives a post from an allowed origin the allow header and exposes Retry-After', async () => {
    const reply = await postAnswers(collector.url, freshSubmission(), { headers: { origin: ALLOWED } });

    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(reply.headers.get('access-control-expose-headers')).toBe('Retry-After, ETag');
  });

  it('matches an origin configured with a trailing slash', async () => {
    const response = await preflight(collector.url, 'http://localhost:5173');

    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives error replies to an allowed origin the allow header too, so the widget can read them', async () => {
    const reply = await postAnswers(collector.url, '{"nope":', { headers: { origin: ALLOWED } });

    expect(reply.status).toBe(400);
    expect(reply.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives no allow header to a preflight from another origin', async () => {
    const response = await preflight(collector.url, OTHER);

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a post from another origin with 403 and no allow header, and stores nothing', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const reply = await postAnswers(collector.url, submission, { contentType: 'text/plain', headers: { origin: OTHER } });

    expect(reply.status).toBe(403);
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    expect(reply.body.error).toContain(OTHER);
    expect(reply.body.error).toContain('--origins');
    expect((await readAnswers(collector.url, TOKEN, { survey: submission.surveyId })).body.total).toBe(0);
    expect((await postAnswers(collector.url, freshSubmission(), { headers: { origin: ALLOWED } })).status).toBe(200);
  });

  it('accepts a post from a page on the collector\'s own origin', async () => {
    const reply = await postAnswers(collector.url, freshSubmission(), { headers: { origin: collector.url } });

    expect(reply.status).toBe(200);
  });

  it('accepts a post without an Origin header (a server or curl)', async () => {
    expect((await postAnswers(collector.url, freshSubmission())).status).toBe(200);
  });

  it('allows every origin, with "*", only when "*" is configured', async () => {
    const response = await preflight(open.url, OTHER);
    const reply = await postAnswers(open.url, freshSubmission(), { headers: { origin: OTHER } });

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
  });
});
