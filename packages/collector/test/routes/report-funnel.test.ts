import { describe, expect, it } from 'vitest';
import type { FunnelEvent } from '@candor/protocol';
import type { RunningCollector } from '../../src/start-collector.js';
import { reportFunnelFilter } from '../../src/export/report-funnel.js';
import { get } from '../helpers/collector-client.js';
import { batchOf, funnelEvent, postEvents } from '../helpers/funnel-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { useTestCollector } from '../helpers/use-test-collector.js';

const TOKEN = 'report-funnel-token';
let collector: RunningCollector;
useTestCollector({ adminToken: TOKEN }, (_store, c) => (collector = c));

/** Posts `n` copies of each event given. */
async function count(...groups: [number, Partial<FunnelEvent>][]) {
  const events = groups.flatMap(([n, over]) => Array.from({ length: n }, () => funnelEvent(over)));
  for (let i = 0; i < events.length; i += 100) expect((await postEvents(collector.url, batchOf(...events.slice(i, i + 100)))).status).toBe(200);
}

async function report(query: string): Promise<string> {
  const reply = await get<string>(collector.url, `/v1/report.html?${query}`, { authorization: `Bearer ${TOKEN}` });
  expect(reply.status).toBe(200);
  return reply.body;
}

/** The report's text without its tags, spaces folded. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the report says who was asked and who answered', () => {
  it('states both rates in sentences with their 95% ranges, every moment by language, and the method', async () => {
    const surveyId = uniqueSurveyId();
    await count(
      [160, { surveyId, event: 'invited', locale: 'en-GB' }],
      [80, { surveyId, event: 'invited', locale: 'pt-BR' }],
      [40, { surveyId, event: 'declined', locale: 'en-GB' }],
      [80, { surveyId, event: 'started', locale: 'en-GB' }],
      [48, { surveyId, event: 'finished', locale: 'en-GB' }],
      [13, { surveyId, event: 'finished', locale: 'pt-BR' }],
      // Opened from the product's own button: not an invitation, so not in the response rate.
      [3, { surveyId, event: 'opened', locale: 'en-GB', trigger: 'open' }],
    );

    const page = text(await report(`survey=${surveyId}`));

    expect(page).toContain('Who was asked and who answered');
    expect(page).toContain('Response rate. Of 240 invitations, 61 were answered: 25% (20% to 31%).');
    expect(page).toContain('Completion rate. Once someone had typed a first answer (80 times), they finished 61 times: 76% (66% to 84%).');
    expect(page).toContain('Invited the invitation appeared 240 160 80');
    expect(page).toContain('Declined “No thanks” 40 40 0');
    expect(page).toContain('English 160 30% (23% to 38%)');
    expect(page).toContain('They are moments, not people');
    expect(page).toContain('A few may be lost');
    expect(page).toContain('none is counted twice');
    expect(page).toContain('Opened can exceed invited');
  });

  it('covers the survey and the UTC days of the report’s range only', async () => {
    const surveyId = uniqueSurveyId();
    await count(
      [5, { surveyId, event: 'invited', date: '2026-11-30' }],
      [7, { surveyId, event: 'invited', date: '2026-12-01' }],
      [11, { surveyId, event: 'invited', date: '2026-12-02' }],
      [100, { surveyId: uniqueSurveyId(), event: 'invited', date: '2026-12-01' }],
    );

    const page = text(await report(`survey=${surveyId}&from=2026-12-01&to=2026-12-01`));

    expect(page).toContain('How many times each moment happened from 2026-12-01 to 2026-12-01 (UTC days)');
    expect(page).toContain('Invited the invitation appeared 7');
    expect(page).toContain('Of 7 invitations, 0 were answered: 0% (0% to 35%).');
  });

  it('says how counting starts when nothing was counted for the survey', async () => {
    const page = text(await report(`survey=${uniqueSurveyId()}`));

    expect(page).toContain('The widget counted no invitation, opening or answer for this survey.');
    expect(page).toContain('countEvents option is on by default');
  });

  it('turns the range the app sends (local midnights) into the UTC days it touches', () => {
    expect(reportFunnelFilter({ surveyId: 's', from: '2026-11-30T23:00:00.000Z', to: '2026-12-02T23:00:00.000Z' })).toEqual({ surveyId: 's', from: '2026-11-30', to: '2026-12-02' });
    expect(reportFunnelFilter({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z' })).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(reportFunnelFilter({})).toEqual({});
  });
});
