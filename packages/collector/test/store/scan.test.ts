import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerStore, StoredSubmission } from '../../src/store/answer-store.js';
import { openTestStore, TEST_BACKEND } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let store: AnswerStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store?.close();
});

async function slicesOf(scan: AsyncIterable<StoredSubmission[]>): Promise<StoredSubmission[][]> {
  const slices: StoredSubmission[][] = [];
  for await (const slice of scan) slices.push(slice);
  return slices;
}

describe(`scanning the store in slices (${TEST_BACKEND})`, () => {
  it('reads every match once, newest first, in slices of at most the batch size, a slice boundary inside one stored batch included', async () => {
    const surveyId = uniqueSurveyId();
    await store.insert(Array.from({ length: 7 }, () => freshSubmission({ surveyId }))); // one statement: one arrival time for all seven
    const newestFirst = (await store.list({ surveyId, limit: 10, offset: 0 })).items.map((s) => s.id);

    const slices = await slicesOf(store.scan({ surveyId }, 3));

    expect(slices.map((slice) => slice.length)).toEqual([3, 3, 1]);
    expect(slices.flat().map((s) => s.id)).toEqual(newestFirst);
    expect(slices.flat().every((s) => typeof s.receivedAt === 'string')).toBe(true);
  });

  it('finds rare matches among many submissions, leaving out empty slices', async () => {
    const surveyId = uniqueSurveyId();
    const rare = freshSubmission({ surveyId, locale: 'fr' });
    await store.insert([rare]);
    await store.insert(Array.from({ length: 40 }, () => freshSubmission({ surveyId, locale: 'en' })));

    const slices = await slicesOf(store.scan({ surveyId, locale: 'fr' }, 5));

    expect(slices.map((slice) => slice.map((s) => s.id))).toEqual([[rare.id]]);
  });

  it('stores a post sent while a scan is paused between slices, and the scan then reads on', async () => {
    const surveyId = uniqueSurveyId();
    await store.insert(Array.from({ length: 6 }, () => freshSubmission({ surveyId })));
    const scan = store.scan({ surveyId }, 2)[Symbol.asyncIterator]();
    expect((await scan.next()).value).toHaveLength(2);

    const other = uniqueSurveyId();
    await store.insert([freshSubmission({ surveyId: other })]); // would wait forever behind a scan that held the database
    expect((await store.list({ surveyId: other, limit: 1, offset: 0 })).total).toBe(1);

    const rest: StoredSubmission[] = [];
    for (let next = await scan.next(); !next.done; next = await scan.next()) rest.push(...next.value);
    expect(rest).toHaveLength(4);
  });

  // The embedded database has one connection: its queue lets a write go before reads queued ahead
  // of it. On PostgreSQL the post runs on a connection of its own, so the order is not the store's
  // to keep (the test above covers it there).
  if (TEST_BACKEND === 'embedded') {
    it('stores a post sent while a scan of rare matches is still reading, before that scan ends', async () => {
      const surveyId = uniqueSurveyId();
      await store.insert([freshSubmission({ surveyId, locale: 'fr' })]);
      for (let i = 0; i < 4; i++) await store.insert(Array.from({ length: 100 }, () => freshSubmission({ surveyId, locale: 'en' })));
      const finished: string[] = [];

      const scanning = slicesOf(store.scan({ surveyId, locale: 'fr' }, 50)).then(() => finished.push('scan'));
      await new Promise((resolve) => setImmediate(resolve)); // the scan's first slice is on its way
      const posting = store.insert([freshSubmission({ surveyId: uniqueSurveyId() })]).then(() => finished.push('post'));
      await Promise.all([scanning, posting]);

      expect(finished).toEqual(['post', 'scan']);
    });
  }

  it('stops reading when the reader stops', async () => {
    const surveyId = uniqueSurveyId();
    await store.insert(Array.from({ length: 5 }, () => freshSubmission({ surveyId })));
    for await (const slice of store.scan({ surveyId }, 2)) {
      expect(slice).toHaveLength(2);
      break;
    }
    expect((await store.list({ surveyId, limit: 1, offset: 0 })).total).toBe(5);
  });

  it.each([0, -1, 1.5, 5_001, Number.NaN])('refuses a batch size of %s, naming batchSize', async (batchSize) => {
    await expect(slicesOf(store.scan({}, batchSize))).rejects.toThrow(/batchSize must be a whole number from 1 to 5000/);
  });
});
