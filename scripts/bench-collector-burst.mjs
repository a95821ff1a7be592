// The burst half of `npm run bench:collector`: `total` submissions, one a request, sent by many
// concurrent senders as fast as they can; a 429 or 503 is retried after its Retry-After (as the
// widget does), a network error after a short pause. Then the collector must hold exactly
// `total` of them and still answer /healthz.
import { randomUUID } from 'node:crypto';

const CONCURRENCY = 256;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds of a Retry-After header, as the widget reads it (seconds or an HTTP date). */
function retryAfterMs(value) {
  if (value && /^\d+$/.test(value)) return Number(value) * 1000;
  const date = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now());
}

/**
 * Sends the burst and checks the result. Returns one line describing it; throws when the store
 * does not hold exactly `total`, the collector is not healthy, or the deadline passes.
 */
export async function burst({ url, token, total, makeSubmission, deadlineMs }) {
  const surveyId = `burst-${randomUUID()}`;
  const deadline = Date.now() + deadlineMs;
  const seen = { 429: 0, 503: 0, networkErrors: 0, stored: 0, duplicates: 0 };
  let next = 0;
  const started = performance.now();

  async function sendOne(body) {
    for (;;) {
      if (Date.now() > deadline) throw new Error(`the burst did not finish within ${deadlineMs / 1000} s`);
      let response;
      try {
        response = await fetch(`${url}/v1/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      } catch {
        seen.networkErrors += 1;
        await sleep(100 + Math.random() * 400);
        continue;
      }
      if (response.status === 200) {
        const reply = await response.json();
        seen.stored += reply.stored.length;
        seen.duplicates += reply.duplicates.length;
        return;
      }
      await response.arrayBuffer();
      if (response.status === 429 || response.status === 503) {
        seen[response.status] += 1;
        // Jitter within Retry-After's first half second, so shed senders do not return in lockstep.
        await sleep(retryAfterMs(response.headers.get('retry-after')) + Math.random() * 500);
        continue;
      }
      throw new Error(`unexpected ${response.status} from the collector`);
    }
  }

  async function sender() {
    while (next < total) {
      next += 1;
      await sendOne(makeSubmission(surveyId));
    }
  }

  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, sender));
  const seconds = (performance.now() - started) / 1000;

  const counts = await fetch(`${url}/v1/answers/counts?survey=${encodeURIComponent(surveyId)}`, { headers: { authorization: `Bearer ${token}` } });
  const { total: held } = await counts.json();
  const health = await fetch(`${url}/healthz`);
  const healthy = health.status === 200 && (await health.json()).ok === true;
  const summary =
    `${total} submissions in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s, ${CONCURRENCY} senders); ` +
    `retried ${seen[503]}×503 ${seen[429]}×429 ${seen.networkErrors}×network; store holds ${held}; healthz ${healthy ? 'ok' : 'NOT OK'}`;
  if (held !== total || !healthy) throw new Error(`burst check failed: ${summary}`);
  return summary;
}
