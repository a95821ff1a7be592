import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import type { Submission } from '@candor/protocol';
import { startDelivery } from '../../src/delivery/start-delivery.js';
import { createEmitter, type CandorEvents } from '../../src/runtime/events.js';
import { browserPlatform } from '../../src/platform/platform.js';
import type { Transport, TransportResult } from '../../src/delivery/transport.js';
import { validateOptions } from '../../src/options/validate-options.js';
import { collectorDouble, ENDPOINT } from '../helpers/collector-double.js';
import { clearOutbox, manualClock, readOutbox } from '../helpers/delivery-harness.js';

const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(clearOutbox);
afterEach(collector.reset);
afterAll(() => collector.server.close());

const HOPE = { questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text: 'Time with my kids' };
const answers = { answers: [HOPE], questionOrder: ['hope'], partial: false };
const SESSION = { locale: 'en', trigger: 'open', respondentId: 'r-1' };

/** The delivery chunk as a page would start it, with these options; records every event. */
function start(options: Record<string, unknown>, platform = {}) {
  const parsed = validateOptions({ endpoint: ENDPOINT, trigger: 'manual', ...options });
  if (!parsed.ok) throw new Error(parsed.error);
  const events: { name: keyof CandorEvents; payload: unknown }[] = [];
  const emitter = createEmitter((e) => {
    throw e;
  });
  for (const name of ['queued', 'delivered', 'retrying', 'failed', 'dropped'] as const) emitter.on(name, (payload) => events.push({ name, payload }));
  const handle = startDelivery(parsed.options, browserPlatform({ random: () => 0.5, ...platform }), emitter, () => {}, () => {}, () => import('../../src/delivery/destinations/by-name.js'));
  return { handle, events, named: (name: keyof CandorEvents) => events.filter((e) => e.name === name).map((e) => e.payload) };
}

describe('headers and credentials', () => {
  it('sends static headers with every request, beside Candor’s own', async () => {
    let seen: Headers | undefined;
    collector.server.use(http.post(ENDPOINT, ({ request }) => ((seen = request.headers), HttpResponse.json({}))));
    const { handle } = start({ headers: { 'X-Tenant': 'acme' } });
    expect(await handle.submit(answers, SESSION)).toEqual({ status: 'sent' });
    expect(seen?.get('X-Tenant')).toBe('acme');
    expect(seen?.get('Content-Type')).toBe('application/json');
    expect(seen?.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks a headers function afresh for each request (a short-lived token)', async () => {
    const tokens: string[] = [];
    let calls = 0;
    collector.server.use(
      http.post(ENDPOINT, ({ request }) => {
        tokens.push(request.headers.get('Authorization') ?? '');
        return tokens.length === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({});
      }),
    );
    const { handle } = start({ headers: async () => ({ Authorization: `Bearer token-${++calls}` }) });
    await handle.submit(answers, SESSION);
    await handle.delivery.flush({ ignoreBackoff: true });
    expect(tokens).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('a headers function that throws is retried later, and nothing is lost', async () => {
    const { handle, named } = start({ headers: () => { throw new Error('token service down'); } });
    expect(await handle.submit(answers, SESSION)).toEqual({ status: 'saved' });
    expect(named('retrying')).toEqual([expect.objectContaining({ reason: 'the headers function threw: token service down' })]);
    expect(await readOutbox()).toHaveLength(1);
    handle.delivery.stop();
  });

  it('sends credentials only when asked', async () => {
    const modes: string[] = [];
    const fetch: typeof globalThis.fetch = async (_url, init) => (modes.push(String(init?.credentials)), new Response('{}'));
    await start({}, { fetch }).handle.submit(answers, SESSION);
    await start({ credentials: 'include' }, { fetch }).handle.submit(answers, SESSION);
    expect(modes).toEqual(['omit', 'include']);
  });
});

describe('beforeSend', () => {
  it('may change a submission, but never its id', async () => {
    const { handle } = start({
      beforeSend: (s: Submission) => ({ ...s, id: 'not-allowed', context: { ...s.context, metadata: { cohort: 'b' } } }),
    });
    await handle.submit(answers, SESSION);
    const sent = collector.received[0]!.submission;
    expect(sent.context.metadata).toEqual({ cohort: 'b' });
    expect(sent.id).toMatch(/^[0-9a-f]{8}-/);
    expect(collector.received[0]!.idempotencyKey).toBe(sent.id);
  });

  it('may drop a submission: nothing is sent, and the drop is counted and announced', async () => {
    const { handle, named } = start({ beforeSend: () => null });
    expect(await handle.submit(answers, SESSION)).toEqual({ status: 'dropped' });
    expect(collector.received).toEqual([]);
    expect(named('dropped')).toHaveLength(1);
    expect(await handle.delivery.stats()).toMatchObject({ dropped: 1, pending: 0 });
  });

  it('that throws loses nothing: the submission is kept among the dead letters and failed is raised with the reason', async () => {
    const { handle, named } = start({ beforeSend: () => { throw new Error('redactor crashed'); } });
    expect(await handle.submit(answers, SESSION)).toEqual({ status: 'held' });
    expect(collector.received).toEqual([]);
    expect(named('failed')).toEqual([expect.objectContaining({ reason: 'beforeSend threw: redactor crashed', submission: expect.objectContaining({ answers: [HOPE] }) })]);
    expect(await handle.delivery.stats()).toMatchObject({ deadLetter: 1 });
  });
});

describe('a custom transport', () => {
  it('keeps the outbox, the retries and the dedupe id: fails twice, then succeeds, delivering once', async () => {
    const clock = manualClock();
    const seen: string[][] = [];
    const transport: Transport = async (batch) => {
      seen.push(batch.map((s) => s.id));
      return batch.map(({ id }): TransportResult => (seen.length <= 2 ? { id, status: 'retry', reason: 'gateway busy' } : { id, status: 'accepted' }));
    };
    const { handle, named } = start({ transport }, { now: () => clock.now });
    expect(await handle.submit(answers, SESSION)).toEqual({ status: 'saved' });
    clock.advance(60_000);
    await handle.delivery.flush();
    clock.advance(60_000);
    expect(await handle.delivery.flush()).toMatchObject({ pending: 0 });
    expect(seen).toHaveLength(3);
    expect(new Set(seen.flat()).size).toBe(1); // the same id every time
    expect(named('retrying').map((r) => (r as { reason: string }).reason)).toEqual(['gateway busy', 'gateway busy']);
    expect(named('delivered')).toEqual([{ id: seen[0]![0] }]);
    expect(collector.received).toEqual([]); // the built-in sender was not used
  });

  it('honours retry-after and permanent failure per submission', async () => {
    const clock = manualClock();
    const transport: Transport = async (batch) => [
      { id: batch[0]!.id, status: 'retry', retryAfterMs: 30_000 },
      { id: batch[1]!.id, status: 'failed', reason: 'rejected by the gateway' },
    ];
    const { handle, named } = start({ transport, batchSize: 10 }, { now: () => clock.now });
    collector.state.offline = true;
    await handle.delivery.enqueue({ ...(await sample('one')) });
    await handle.delivery.enqueue({ ...(await sample('two')) });
    await handle.delivery.flush();
    expect(named('retrying')).toEqual([expect.objectContaining({ retryInMs: 30_000 })]);
    expect(named('failed')).toEqual([expect.objectContaining({ reason: 'rejected by the gateway' })]);
    handle.delivery.stop();
  });

  it('that throws loses nothing: the batch is kept among the dead letters and failed is raised with the reason', async () => {
    const { handle, named } = start({ transport: async () => { throw new Error('client exploded'); } });
    await handle.submit(answers, SESSION);
    expect(named('failed')).toEqual([expect.objectContaining({ reason: 'the transport threw: client exploded', submission: expect.objectContaining({ answers: [HOPE] }) })]);
    expect(await handle.delivery.stats()).toMatchObject({ deadLetter: 1, pending: 0 });
  });
});

async function sample(text: string): Promise<Submission> {
  const { validSubmission } = await import('../../../../test/fixtures/submission.js');
  return validSubmission({ id: crypto.randomUUID(), answers: [{ ...HOPE, text }] });
}
