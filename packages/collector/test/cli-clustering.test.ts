// The built collector clusters answers in a worker thread: while a large question is being
// clustered, the server still answers at once. (Only questions without a codebook scheme are
// clustered: here "context"; the codebook's are labelled by keyword rules, also in a worker.)
// (On the main thread, clustering these 6,000 took
// about 1.5 s here, and every request in that time waited for it.)
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validSubmission } from '../../../test/fixtures/submission.js';
import { runCli } from './helpers/run-cli.js';

const TOKEN = 'clustering-test-token';
const ANSWERS = 6000;
const fixture = readFileSync(new URL('./fixtures/synthetic-answers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { questionId: string; text: string })
  .filter((row) => row.questionId === 'hope')
  .map((row) => row.text);

describe('the built collector, clustering a large question', () => {
  it(`keeps answering requests (each within 1 s, most at once) while it clusters ${ANSWERS} answers`, { timeout: 120_000 }, async () => {
    const cli = await runCli(['--port', '0', '--db', ':memory:', '--admin-token', TOKEN, '--rate-limit', '0']);
    try {
      const post = (body: unknown) => fetch(`${cli.url}/v1/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      for (let start = 0; start < ANSWERS; start += 100) {
        const batch = Array.from({ length: 100 }, (_, i) => {
          const n = start + i;
          const text = `${fixture[n % fixture.length]} ${['Honestly.', 'Every day.', 'At work too.', 'Mostly at home.'][n % 4]}`;
          return validSubmission({ id: randomUUID(), answers: [{ questionId: 'context', prompt: 'What did you last use it for?', text }] });
        });
        expect((await post(batch)).status).toBe(200);
      }

      const clustering = fetch(`${cli.url}/v1/themes/reclassify`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{"questionId":"context"}' }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as { runs: { labelled: number; error?: string }[] } }),
      );
      let done = false;
      void clustering.finally(() => (done = true));
      // While it runs: a health check and a new submission, again and again, each timed.
      const waits: number[] = [];
      while (!done) {
        const started = performance.now();
        const [health, stored] = await Promise.all([fetch(`${cli.url}/healthz`), post(validSubmission({ id: randomUUID() }))]);
        waits.push(performance.now() - started);
        expect([health.status, stored.status]).toEqual([200, 200]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }

      const { status, body } = await clustering;
      expect(status).toBe(200);
      expect(body.runs).toHaveLength(1);
      expect(body.runs[0]).toMatchObject({ questionId: 'context', classifier: 'local' });
      expect(body.runs[0]!.labelled).toBeGreaterThanOrEqual(ANSWERS);
      expect(body.runs[0]!.error).toBeUndefined();
      expect(waits.length, 'the clustering took long enough to overlap requests').toBeGreaterThan(3);
      // Reading the answers and saving the labels (the database, on this thread) take some 100 ms at
      // either end; the clustering between them takes none of this thread's time.
      expect(waits.filter((ms) => ms < 100).length, `request times while clustering: ${waits.map(Math.round).join(', ')} ms`).toBeGreaterThan(waits.length / 2);
      expect(Math.max(...waits), `request times while clustering: ${waits.map(Math.round).join(', ')} ms`).toBeLessThan(1000);
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });
});
