import { describe, expect, it } from 'vitest';
import type { FunnelEvent } from '@candor/protocol';
import type { RunningCollector } from '../../src/start-collector.js';
import { wilsonInterval } from '../../src/themes/reports/wilson-interval.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { batchOf, funnelEvent, postEvents, readFunnel } from '../helpers/funnel-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'test-admin-token';
let collector: RunningCollector;
let tokenless: RunningCollector;

// Load shedding off: a test machine busy with other work must not turn these requests into 503s.
const CALM = { loadShedding: { maxEventLoopDelayMs: 0 } };
useTestCollectors([{ adminToken: TOKEN, ...CALM }, CALM], (_, [c, t]) => ((collector = c!), (tokenless = t!)));

/** Posts `n` copies of each event given. */
async function count(...groups: [number, Partial<FunnelEvent>][]) {
  const events = groups.flatMap(([n, over]) => Array.from({ length: n }, () => funnelEvent(over)));
  for (let i = 0; i < events.length; i += 100) expect((await postEvents(collector.url, batchOf(...events.slice(i, i + 100)))).status).toBe(200);
}

describe('GET /v1/funnel', () => {
  it('reports each moment, the response rate (finished after an invitation, per invitation) and the completion rate (finished per started), with 95 % intervals', async () => {
    const surveyId = uniqueSurveyId();
    await count(
      [10, { surveyId, event: 'invited' }],
      [7, { surveyId, event: 'opened' }],
      [2, { surveyId, event: 'declined' }],
      [1, { surveyId, event: 'postponed' }],
      [1, { surveyId, event: 'dismissed' }],
      [6, { surveyId, event: 'started' }],
      [3, { surveyId, event: 'finished', trigger: 'delay' }],
      [1, { surveyId, event: 'finished', trigger: 'event' }],
      // Opened by the person from the product's button: finished, but not after an invitation.
      [1, { surveyId, event: 'opened', trigger: 'open' }],
      [1, { surveyId, event: 'started', trigger: 'open' }],
      [1, { surveyId, event: 'finished', trigger: 'open' }],
      [1, { surveyId, event: 'partial' }],
      [1, { surveyId, event: 'withdrawn', trigger: 'open' }],
    );

    const reply = await readFunnel(collector.url, TOKEN, { survey: surveyId });

    expect(reply.status).toBe(200);
    expect(reply.body.counts).toEqual({ invited: 10, opened: 8, declined: 2, postponed: 1, dismissed: 1, started: 7, finished: 5, partial: 1, withdrawn: 1 });
    expect(reply.body.responseRate).toEqual({ count: 4, of: 10, value: 0.4, ...wilsonInterval(4, 10) });
    expect(reply.body.completionRate).toEqual({ count: 5, of: 7, value: 5 / 7, ...wilsonInterval(5, 7) });
    expect(reply.body.responseRate.low).toBeCloseTo(0.168, 3);
    expect(reply.body.responseRate.high).toBeCloseTo(0.687, 3);
  });

  it('gives rates without a denominator as null, and zero counts for a survey nobody was asked', async () => {
    const reply = await readFunnel(collector.url, TOKEN, { survey: uniqueSurveyId() });

    expect(reply.body.counts).toEqual({ invited: 0, opened: 0, declined: 0, postponed: 0, dismissed: 0, started: 0, finished: 0, partial: 0, withdrawn: 0 });
    expect(reply.body.responseRate).toEqual({ count: 0, of: 0, value: null, low: null, high: null });
    expect(reply.body.languages).toEqual([]);
  });

  it('breaks the funnel down by language, most invited first ("pt-BR" counts as "pt")', async () => {
    const surveyId = uniqueSurveyId();
    await count(
      [4, { surveyId, locale: 'es' }],
      [1, { surveyId, locale: 'es', event: 'declined' }],
      [5, { surveyId, locale: 'pt-BR' }],
      [1, { surveyId, locale: 'pt' }],
      [3, { surveyId, locale: 'pt-BR', event: 'finished' }],
    );

    const { languages } = (await readFunnel(collector.url, TOKEN, { survey: surveyId })).body;

    expect(languages.map((l) => [l.language, l.counts.invited, l.counts.declined, l.counts.finished])).toEqual([
      ['pt', 6, 0, 3],
      ['es', 4, 1, 0],
    ]);
    expect(languages[0]!.responseRate).toMatchObject({ count: 3, of: 6, value: 0.5 });
  });

  it('narrows to a version, a language and days, "to" included', async () => {
    const surveyId = uniqueSurveyId();
    await count(
      [1, { surveyId, date: '2026-11-26' }],
      [2, { surveyId, date: '2026-11-27' }],
      [4, { surveyId, date: '2026-11-28' }],
      [8, { surveyId, date: '2026-11-27', surveyVersion: '2' }],
      [16, { surveyId, date: '2026-11-27', locale: 'fr-CA' }],
    );
    const invited = async (query: Record<string, string>) => (await readFunnel(collector.url, TOKEN, { survey: surveyId, ...query })).body.counts.invited;

    expect(await invited({})).toBe(31);
    expect(await invited({ version: '2' })).toBe(8);
    expect(await invited({ locale: 'FR' })).toBe(16);
    expect(await invited({ locale: 'en', version: '1' })).toBe(7);
    expect(await invited({ from: '2026-11-27', to: '2026-11-27' })).toBe(26);
    expect(await invited({ from: '2026-11-27' })).toBe(30);
    expect(await invited({ to: '2026-11-26' })).toBe(1);
  });

  it.each([
    [{ from: '2026-11-27T00:00:00Z' }, 'The "from" query parameter must be a day like 2026-11-27 (counts are kept per UTC day); got "2026-11-27T00:00:00Z".'],
    [{ to: '2026-02-30' }, 'The "to" query parameter must be a day like 2026-11-27 (counts are kept per UTC day); got "2026-02-30".'],
    [{ from: '2026-11-28', to: '2026-11-27' }, 'The "from" query parameter (2026-11-28) must not be after "to" (2026-11-27).'],
    [{ locale: 'x'.repeat(36) }, 'The "locale" query parameter must be at most 35 characters; it has 36.'],
    [{ version: 'a\u0000' }, 'The "version" query parameter must not contain a NUL character (%00).'],
  ])('answers %j with 400 naming the parameter', async (query, error) => {
    const reply = await readFunnel(collector.url, TOKEN, query);

    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ error });
  });

  it('answers a repeated parameter with 400 naming it', async () => {
    const reply = await fetch(`${collector.url}/v1/funnel?survey=a&survey=b`, { headers: { authorization: `Bearer ${TOKEN}` } });

    expect(reply.status).toBe(400);
    expect((await reply.json()).error).toBe('The "survey" query parameter was given more than once; give it once.');
  });

  it('is for the admin only: 401 without the token or with a wrong one, 403 when the collector has none', async () => {
    expect((await readFunnel(collector.url, undefined)).status).toBe(401);
    expect((await readFunnel(collector.url, 'wrong')).status).toBe(401);
    expect((await readFunnel(tokenless.url, TOKEN)).status).toBe(403);
  });
});
