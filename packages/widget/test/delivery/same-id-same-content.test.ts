// The collector answers 409 (or 422) when an id comes back with different content (the IETF
// Idempotency-Key draft). The widget treats that as final, and never causes it itself: an id is
// made when the answers are queued (drafts carry none, so a resumed draft gets a new one), and its
// content is fixed then, whatever is retried or rewritten by beforeSend.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import type { Submission } from '@candor/protocol';
import { startDelivery } from '../../src/delivery/start-delivery.js';
import { createEmitter, type CandorEvents } from '../../src/runtime/events.js';
import { browserPlatform } from '../../src/platform/platform.js';
import { validateOptions } from '../../src/options/validate-options.js';
import { collectorDouble, ENDPOINT } from '../helpers/collector-double.js';
import { clearOutbox, readOutbox } from '../helpers/delivery-harness.js';

const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(clearOutbox);
afterEach(collector.reset);
afterAll(() => collector.server.close());

const HOPE = { questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text: 'Time with my kids' };
const SESSION = { locale: 'en', trigger: 'open', respondentId: 'r-1' };

function start(options: Record<string, unknown> = {}) {
  const parsed = validateOptions({ endpoint: ENDPOINT, trigger: 'manual', ...options });
  if (!parsed.ok) throw new Error(parsed.error);
  const events: { name: keyof CandorEvents; payload: unknown }[] = [];
  const emitter = createEmitter((e) => {
    throw e;
  });
  for (const name of ['queued', 'delivered', 'retrying', 'failed'] as const) emitter.on(name, (payload) => events.push({ name, payload }));
  const handle = startDelivery(parsed.options, browserPlatform({ random: () => 0.5 }), emitter, () => {}, () => {}, () => import('../../src/delivery/destinations/by-name.js'));
  return { handle, named: (name: keyof CandorEvents) => events.filter((e) => e.name === name).map((e) => e.payload) };
}

/** Every body the collector received, by submission id. */
function bodiesById() {
  const byId = new Map<string, string[]>();
  for (const { submission } of collector.received) byId.set(submission.id, [...(byId.get(submission.id) ?? []), JSON.stringify(submission)]);
  return byId;
}

describe('an id reused with different content', () => {
  it.each([409, 422])('answered %i is final: the submission is given up (dead letter) with the collector’s reason, and not retried', async (status) => {
    collector.state.respond = () => HttpResponse.json({ error: 'idempotency key reused with a different payload: id 3f0b… was first stored with other content, which stays' }, { status });
    const { handle, named } = start();
    const result = await handle.submit({ answers: [HOPE], questionOrder: ['hope'], partial: false }, SESSION);
    expect(result.status).toBe('saved');
    const [failed] = named('failed') as CandorEvents['failed'][];
    expect(failed).toMatchObject({ status, reason: expect.stringContaining(`the collector answered ${status}: idempotency key reused with a different payload`) });
    expect(await handle.delivery.stats()).toMatchObject({ pending: 0, deadLetter: 1 });
    await handle.delivery.flush({ ignoreBackoff: true });
    expect(collector.received).toHaveLength(1); // never sent again
    expect(named('retrying')).toEqual([]);
  });
});

describe('the widget never sends one id with two contents', () => {
  it('retries after 503s send the very bytes first queued, and beforeSend runs once per submission', async () => {
    let calls = 0;
    let replies = 0;
    collector.state.respond = () => (++replies <= 2 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ stored: [], duplicates: [] }));
    // A beforeSend that would change the content on every call (a timestamp, a counter).
    const { handle } = start({ beforeSend: (s: Submission) => ({ ...s, context: { ...s.context, metadata: { call: ++calls } } }) });
    await handle.submit({ answers: [HOPE], questionOrder: ['hope'], partial: false }, SESSION);
    await handle.delivery.flush({ ignoreBackoff: true });
    await handle.delivery.flush({ ignoreBackoff: true });
    const bodies = [...bodiesById().values()];
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toHaveLength(3);
    expect(new Set(bodies[0])).toHaveProperty('size', 1);
    expect(calls).toBe(1);
    expect(await readOutbox()).toEqual([]);
  });

  it('a partial answer and the finished answers after it are two submissions with two ids, each sent with one content', async () => {
    const { handle } = start();
    await handle.submit({ answers: [HOPE], questionOrder: ['hope', 'fear'], partial: true }, SESSION);
    await handle.submit({ answers: [HOPE, { questionId: 'fear', prompt: 'Fear?', text: 'Being misled' }], questionOrder: ['hope', 'fear'], partial: false }, SESSION);
    const byId = bodiesById();
    expect(byId.size).toBe(2);
    for (const bodies of byId.values()) expect(new Set(bodies).size).toBe(1);
    expect([...byId.values()].map((b) => (JSON.parse(b[0]!) as Submission).partial)).toEqual([true, false]);
  });
});
