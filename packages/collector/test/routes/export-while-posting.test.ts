import { describe, expect, it } from 'vitest';
import type { AnswerStore } from '../../src/store/answer-store.js';
import type { RunningCollector } from '../../src/start-collector.js';
import { TEST_BACKEND } from '../helpers/open-test-store.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { postAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'export-while-posting';
const FILES = ['answers.jsonl', 'answers.csv'];
let store: AnswerStore;
let collector: RunningCollector;

useTestCollector({ adminToken: TOKEN }, (s, c) => ((store = s), (collector = c)));

const exportOf = (file: string, query: string) =>
  fetch(`${collector.url}/v1/${file}?${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });

async function manySubmissions(surveyId: string) {
  await store.insert([freshSubmission({ surveyId, locale: 'fr' })]);
  for (let i = 0; i < 30; i++) await store.insert(Array.from({ length: 100 }, () => freshSubmission({ surveyId, locale: 'en' })));
}

describe(`an export while answers are posted (${TEST_BACKEND})`, () => {
  // Holds the download open part-way (the client reads nothing more), so the export is certainly
  // not over when the post goes out: a store or route that kept a lock or the only connection for
  // the whole export would never answer it (the test would time out).
  it.each(FILES)('answers a post sent while a GET /v1/%s download is held open part-way, and the export is whole', async (file) => {
    const surveyId = uniqueSurveyId();
    await manySubmissions(surveyId);

    const response = await exportOf(file, `survey=${surveyId}`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);

    const reply = await postAnswers(collector.url, freshSubmission({ surveyId: uniqueSurveyId() }));
    expect(reply.status).toBe(200);

    let text = new TextDecoder().decode(first.value, { stream: true });
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    const rows = text.split('\n').filter((line) => line.includes(surveyId));
    expect(rows).toHaveLength(3001);
  });

  // The embedded database has one connection; its queue lets a write go before the reads queued
  // ahead of it, so a post overtakes a long export of rare matches. (On PostgreSQL the post has a
  // connection of its own and which one ends first is the machine's business: the test above
  // covers it there.)
  if (TEST_BACKEND === 'embedded') {
    it.each(FILES)('answers a post sent while GET /v1/%s is still reading rare matches, before the export ends', async (file) => {
      const surveyId = uniqueSurveyId();
      await manySubmissions(surveyId);
      const finished: string[] = [];

      const exporting = exportOf(file, `survey=${surveyId}&locale=fr`)
        .then(async (response) => {
          expect(response.status).toBe(200);
          return response.text();
        })
        .then((body) => {
          finished.push('export');
          return body;
        });
      await new Promise((resolve) => setTimeout(resolve, 5)); // the export's request is in
      const posting = postAnswers(collector.url, freshSubmission({ surveyId: uniqueSurveyId() })).then((reply) => {
        expect(reply.status).toBe(200);
        finished.push('post');
      });
      const [body] = await Promise.all([exporting, posting]);

      expect(finished).toEqual(['post', 'export']);
      expect(body.split('\n').filter((line) => line.includes('"fr"') || line.includes(',fr,'))).toHaveLength(1);
    });
  }
});
