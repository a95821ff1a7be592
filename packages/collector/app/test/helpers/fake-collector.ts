import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FacetsReply, FunnelCounts, FunnelReply, OverviewReply, SurveyDefinition, SurveysReply } from '@candor/protocol';
import { definitionHandlers } from './fake-definitions.js';
import type { ThemeReport } from '../../../src/themes/reports/theme-report.js';
import { funnelRate } from '../../../src/store/funnel-summary.js';
import { PROMPTS, storedSubmission } from './fixtures.js';

export const BASE = 'http://localhost:3000';
export const TOKEN = 'the-admin-token';

/** Every request the app made, as "METHOD /path?query". */
export type Seen = { method: string; url: URL; body?: unknown }[];

export interface FakeCollector {
  seen: Seen;
  signedIn: boolean;
  /** Replies to override, by "METHOD /path". */
  replies: Map<string, () => Response>;
  requests(path: string): URL[];
  /** Published survey definitions by survey, oldest first (the editor's API works on them). */
  definitions: Map<string, SurveyDefinition[]>;
}

export const EMPTY_REPORT: ThemeReport = { minGroupSize: 10, questions: [], lightAndShade: { available: false, pairs: [], foldedPairs: 0 } };

export const SURVEYS: SurveysReply = {
  surveys: [
    { surveyId: 'checkout-study', sampleData: false, submissions: 42, firstReceivedAt: '2026-11-01T10:00:00Z', lastReceivedAt: '2026-12-02T10:00:00Z', versions: [{ version: '3', submissions: 42 }] },
  ],
};

export const FACETS: FacetsReply = {
  questions: [
    { questionId: 'hope', prompt: PROMPTS.hope, answered: 40 },
    { questionId: 'fear', prompt: PROMPTS.fear, answered: 30 },
  ],
  languages: [
    { language: 'en', submissions: 30 },
    { language: 'pt', submissions: 12 },
  ],
  versions: [{ surveyId: 'checkout-study', version: '3', submissions: 42 }],
  metadata: [{ key: 'plan', submissions: 42, values: [{ value: 'pro', submissions: 30 }, { value: 'free', submissions: 12 }] }],
};

export function overviewReply(): OverviewReply {
  return {
    submissions: 42,
    people: 37,
    finished: 35,
    partial: 7,
    firstReceivedAt: '2026-11-01T10:00:00Z',
    lastReceivedAt: '2026-12-02T10:00:00Z',
    languages: FACETS.languages,
    questions: FACETS.questions,
    timeline: { bucket: 'day', tz: 'UTC', points: [{ start: '2026-12-01', submissions: 30 }, { start: '2026-12-02', submissions: 12 }] },
    latest: [storedSubmission()],
  };
}

const funnelCounts = (counts: Partial<FunnelCounts>): FunnelCounts => ({
  invited: 0, opened: 0, declined: 0, postponed: 0, dismissed: 0, started: 0, finished: 0, partial: 0, withdrawn: 0, ...counts,
});

/**
 * GET /v1/funnel as the collector computes it: 240 invitations, 61 answered after one; English
 * and Portuguese invited; German only opened from the product's button (no invitation: no response rate).
 */
export function funnelReply(): FunnelReply {
  const en = funnelCounts({ invited: 160, opened: 70, declined: 40, postponed: 30, dismissed: 8, started: 60, finished: 48, partial: 7, withdrawn: 1 });
  const pt = funnelCounts({ invited: 80, opened: 22, declined: 20, postponed: 10, dismissed: 4, started: 17, finished: 13, partial: 2 });
  const de = funnelCounts({ opened: 3, started: 3, finished: 2 });
  return {
    counts: funnelCounts({ invited: 240, opened: 95, declined: 60, postponed: 40, dismissed: 12, started: 80, finished: 63, partial: 9, withdrawn: 1 }),
    responseRate: funnelRate(61, 240),
    completionRate: funnelRate(63, 80),
    languages: [
      { language: 'en', counts: en, responseRate: funnelRate(48, 160), completionRate: funnelRate(48, 60) },
      { language: 'pt', counts: pt, responseRate: funnelRate(13, 80), completionRate: funnelRate(13, 17) },
      { language: 'de', counts: de, responseRate: funnelRate(0, 0), completionRate: funnelRate(2, 3) },
    ],
  };
}

/** GET /v1/funnel before anything was counted. */
export const NOTHING_COUNTED: FunnelReply = { counts: funnelCounts({}), responseRate: funnelRate(0, 0), completionRate: funnelRate(0, 0), languages: [] };

const json = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status });
const unauthorized = () => json({ error: 'Reading answers needs the admin token; sign in again.' }, 401);

/**
 * The collector's JSON API as the app sees it, over msw: a session that starts signed out,
 * fixed replies for each read, and a log of every request (to assert what the app asked for).
 */
export function useFakeCollector(): FakeCollector {
  const fake: FakeCollector = {
    seen: [],
    signedIn: false,
    replies: new Map(),
    requests: (path) => fake.seen.filter((r) => r.url.pathname === path).map((r) => r.url),
    definitions: new Map(),
  };
  const reply = (method: string, path: string, otherwise: (request: Request) => Response | Promise<Response>, open = false) =>
    http[method.toLowerCase() as 'get' | 'post' | 'delete'](`${BASE}${path}`, async ({ request }) => {
      const url = new URL(request.url);
      const body = method === 'GET' || method === 'DELETE' ? undefined : await request.clone().json().catch(() => undefined);
      fake.seen.push({ method, url, ...(body === undefined ? {} : { body }) });
      const override = fake.replies.get(`${method} ${path}`);
      if (override) return override();
      if (!open && !fake.signedIn) return unauthorized();
      return otherwise(request);
    });
  const server = setupServer(
    reply('POST', '/v1/session', async (request) => {
      const { token } = (await request.json()) as { token: string };
      if (token !== TOKEN) return json({ error: 'The admin token is wrong.' }, 401);
      fake.signedIn = true;
      return json({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    }, true),
    reply('GET', '/v1/session', () => json({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() })),
    reply('DELETE', '/v1/session', () => {
      fake.signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }, true),
    reply('GET', '/v1/surveys', () => json(SURVEYS)),
    reply('GET', '/v1/facets', () => json(FACETS)),
    reply('GET', '/v1/overview', () => json(overviewReply())),
    reply('GET', '/v1/funnel', () => json(funnelReply())),
    reply('GET', '/v1/answers', () => json({ total: 1, limit: 20, offset: 0, items: [storedSubmission()] })),
    reply('GET', '/v1/themes', () => json(EMPTY_REPORT)),
    reply('GET', '/v1/quotes', () => json({ minGroupSize: 10, total: 0, limit: 500, offset: 0, items: [] })),
    reply('POST', '/v1/quotes/:submissionId/:questionId', async (request) => json({ ...((await request.json()) as object) })),
    reply('GET', '/v1/themes/breakdown', () => json({ questionId: 'hope', by: 'language', key: null, minGroupSize: 10, groups: [], otherGroups: null })),
    reply('GET', '/v1/themes/answers', () => json({ questionId: 'hope', theme: 'x', label: 'x', total: 0, limit: 50, offset: 0, items: [] })),
    reply('DELETE', '/v1/sample-data', () => json({ removed: 240 })),
    ...definitionHandlers(fake, reply),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    fake.seen.length = 0;
    fake.signedIn = false;
    fake.replies.clear();
    fake.definitions.clear();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return fake;
}

/** Opens the app at `path`, signed in or not. */
export async function openApp(fake: FakeCollector, path: string, options: { signedIn?: boolean } = {}) {
  fake.signedIn = options.signedIn ?? true;
  history.replaceState(null, '', path);
  const { render } = await import('@testing-library/preact');
  const { App } = await import('../../src/app.js');
  const { h } = await import('preact');
  return render(h(App, {}));
}
