// Times delivering 1,000 submissions that wait in the outbox to the local collector, one per
// request and batched, and counts requests and IndexedDB operations per submission.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const COUNT_IDB = `window.__idbOps = 0;
for (const [proto, names] of [[IDBObjectStore.prototype, ['put', 'get', 'getAll', 'delete', 'count', 'openCursor', 'add', 'clear']], [IDBDatabase.prototype, ['transaction']]]) {
  for (const name of names) { const original = proto[name]; proto[name] = function (...args) { if (name !== 'transaction') window.__idbOps++; return original.apply(this, args); }; }
}`;

function submission(i) {
  return {
    id: crypto.randomUUID(), protocolVersion: 1, surveyId: 'bench', surveyVersion: '1',
    answers: [{ questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text: `answer ${i}: more time for the people I love` }],
    questionOrder: ['hope'], locale: 'en', createdAt: new Date().toISOString(), partial: false, sampleRate: 1, context: { path: '/' },
  };
}

export async function flushBench(server, count, batch) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server}/blank.html`); // same origin, no Candor yet: seed the outbox
    await page.evaluate(async (list) => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('candor');
        open.onupgradeneeded = () => open.result.createObjectStore('outbox');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('outbox', 'readwrite');
      list.forEach((s, i) => tx.objectStore('outbox').put({ id: s.id, submission: s, bytes: JSON.stringify(s).length, createdAt: Date.now() - 100000 + i, attempts: 0, nextAttemptAt: 0, state: 'pending' }, s.id));
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
      localStorage.setItem('candor:pending', String(list.length));
    }, Array.from({ length: count }, (_, i) => submission(i)));

    let requests = 0;
    page.on('request', (r) => r.method() === 'POST' && requests++);
    await page.addInitScript(COUNT_IDB);
    const started = Date.now();
    await page.goto(`${server}/candor-script.html?batch=${batch}`);
    for (;;) {
      const left = await page.evaluate(() => Number(localStorage.getItem('candor:pending')));
      if (left === 0) break;
      if (Date.now() - started > 180_000) throw new Error(`flush of ${count} did not finish in 180 s (${left} left)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const ms = Date.now() - started;
    const idbOps = await page.evaluate(() => window.__idbOps);
    return { batch, ms, requests, idbOpsPerSubmission: idbOps / count };
  } finally {
    await browser.close();
  }
}
