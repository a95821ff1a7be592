import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { openTestBackend, TEST_BACKEND, type TestBackend } from '../helpers/open-test-store.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { funnelEvent } from '../helpers/funnel-client.js';

let backend: TestBackend;
let store: AnswerStore;

beforeAll(async () => {
  backend = await openTestBackend();
  store = backend.store;
});
afterAll(async () => {
  await store?.close();
});

const rowsOf = (surveyId: string) =>
  backend.sql<Record<string, unknown>>(
    `select to_char(day, 'YYYY-MM-DD') as day, survey_version, locale, trigger, sample_rate, event, count::int as count
     from funnel_counts where survey_id = $1 order by event, locale`,
    [surveyId],
  );

describe(`the funnel's counts (${TEST_BACKEND})`, () => {
  it('keeps one row per day, survey, version, locale, trigger kind, sample rate and event, holding how many times it happened', async () => {
    const surveyId = uniqueSurveyId();
    const invited = funnelEvent({ surveyId, sampleRate: 0.5 });

    expect(await store.funnel.add([invited, invited, funnelEvent({ surveyId, event: 'opened', locale: 'es' }), invited])).toBe(4);
    await store.funnel.add([invited]);

    expect(await rowsOf(surveyId)).toEqual([
      { day: '2026-11-27', survey_version: '1', locale: 'en', trigger: 'delay', sample_rate: 0.5, event: 'invited', count: 4 },
      { day: '2026-11-27', survey_version: '1', locale: 'es', trigger: 'delay', sample_rate: 1, event: 'opened', count: 1 },
    ]);
  });

  it('keeps no column that could tell one person from another', async () => {
    const columns = await backend.sql<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'funnel_counts' and table_schema = current_schema() order by ordinal_position`,
    );

    expect(columns.map((c) => c.column_name)).toEqual(['survey_id', 'day', 'survey_version', 'locale', 'trigger', 'sample_rate', 'event', 'count']);
  });

  it('adds up batches written at the same moment, whatever their order: no count is lost', async () => {
    const surveyId = uniqueSurveyId();
    const events = ['invited', 'opened', 'started', 'finished'].map((event) => funnelEvent({ surveyId, event: event as never }));
    // Each batch holds the same rows in another order, so careless locking would deadlock or lose counts.
    const batches = Array.from({ length: 30 }, (_, i) => [...events.slice(i % 4), ...events.slice(0, i % 4)]);

    await Promise.all(batches.map((batch) => store.funnel.add(batch)));

    const counts = await store.funnel.counts({ surveyId });
    expect(counts.map((c) => [c.event, c.count]).sort()).toEqual([
      ['finished', 30],
      ['invited', 30],
      ['opened', 30],
      ['started', 30],
    ]);
  });

  it('reads the counts by language (primary subtag, lower case), trigger kind and event, narrowed by the filter', async () => {
    const surveyId = uniqueSurveyId();
    await store.funnel.add([
      funnelEvent({ surveyId, locale: 'pt-BR' }),
      funnelEvent({ surveyId, locale: 'PT' }),
      funnelEvent({ surveyId, locale: 'pt', trigger: 'open', event: 'opened' }),
      funnelEvent({ surveyId, locale: 'pt', surveyVersion: '2', date: '2026-12-01' }),
    ]);

    const counts = await store.funnel.counts({ surveyId, locale: 'pt', surveyVersion: '1', to: '2026-11-30' });

    expect(counts.sort((a, b) => a.event.localeCompare(b.event))).toEqual([
      { language: 'pt', trigger: 'delay', event: 'invited', count: 2 },
      { language: 'pt', trigger: 'open', event: 'opened', count: 1 },
    ]);
  });
});
