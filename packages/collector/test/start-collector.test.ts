import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector } from '../src/start-collector.js';
import { buildApp } from '../src/app.js';
import { openTestStore } from './helpers/open-test-store.js';
import { postAnswers, readAnswers } from './helpers/collector-client.js';
import { freshSubmission } from './helpers/fresh-submission.js';
import type { AnswerStore } from '../src/store/answer-store.js';

const folders: string[] = [];
let store: AnswerStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store?.close();
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

describe('startCollector', () => {
  it('keeps answers in its data folder (created if missing) across a restart', async () => {
    const root = await mkdtemp(join(tmpdir(), 'candor-collector-'));
    folders.push(root);
    const db = join(root, 'nested', 'collector');
    const submission = freshSubmission();

    const first = await startCollector({ db, adminToken: 't' });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await postAnswers(first.url, submission);
    await first.close();

    const second = await startCollector({ db, adminToken: 't' });
    try {
      const again = await postAnswers(second.url, submission);
      const read = await readAnswers(second.url, 't');
      expect(again.body).toEqual({ received: 1, stored: [], duplicates: [submission.id] });
      expect(read.body.items.map((s) => s.id)).toEqual([submission.id]);
    } finally {
      await second.close();
    }
  });

  it('stops listening when closed, leaves a store it was given open, and closing twice is harmless', async () => {
    const collector = await startCollector({ store });
    expect((await fetch(`${collector.url}/healthz`)).status).toBe(200);

    await Promise.all([collector.close(), collector.close()]);

    await expect(fetch(`${collector.url}/healthz`)).rejects.toThrow();
    expect(await store.list({ limit: 1, offset: 0 })).toMatchObject({ total: 0 });
  });

  it('refuses a malformed origin at start-up, naming it', async () => {
    expect(() => buildApp({ store, origins: ['app.example.com'] })).toThrow(/"app\.example\.com" is not an origin/);
    await expect(startCollector({ store, origins: ['https://ok.example', 'https://x.example/path'] })).rejects.toThrow(/x\.example\/path/);
  });
});
