import { describe, expect, it, vi } from 'vitest';
import { EventBatchSchema, type EventBatch } from '@candor/protocol';
import { OptionsSchema } from '../../src/options/options.js';
import { browserPlatform } from '../../src/platform/platform.js';
import { createFunnel, FEW_EVENTS, MAX_EVENT_TRIES, MAX_QUEUED_EVENTS } from '../../src/funnel/create-funnel.js';
import type { Draft } from '../../src/scheduling/draft-store.js';

const options = OptionsSchema.parse({ endpoint: 'https://collect.test/v1/answers' });
const asked = { locale: 'en', trigger: 'delay' };

/** A funnel whose beacons are recorded (and accepted unless told otherwise). */
function funnelWithBeacon(accept = () => true) {
  const beacons: { url: string; data: unknown; batch: EventBatch }[] = [];
  const sendBeacon = vi.fn((url: string, data: unknown) => {
    beacons.push({ url, data, batch: JSON.parse(String(data)) as EventBatch });
    return accept();
  });
  const funnel = createFunnel(options, browserPlatform({ sendBeacon: () => sendBeacon as unknown as (url: string, data: Blob) => boolean }))!;
  return { funnel, beacons, sendBeacon };
}

const waiting = () => (JSON.parse(localStorage.getItem('candor:events') ?? '{"e":[]}') as { e: { event: string }[]; t?: number });
const names = (beacon: { batch: EventBatch }) => beacon.batch.events.map((e) => e.event);

describe('counting one asking', () => {
  it('counts each moment once, however often the UI reports it', () => {
    const { funnel } = funnelWithBeacon();
    const count = funnel.asking(asked);
    count('invited');
    count('opened');
    count('opened');
    count('started');
    count('started');

    expect(waiting().e.map((e) => e.event)).toEqual(['invited', 'opened', 'started']);
  });

  it('counts closing as "dismissed" only when the asking did not end otherwise (declined, postponed, finished, partial)', () => {
    const { funnel } = funnelWithBeacon();
    for (const end of ['declined', 'postponed', 'finished', 'partial'] as const) {
      const count = funnel.asking(asked);
      count(end);
      count('dismissed');
    }
    funnel.asking(asked)('dismissed');

    expect(waiting().e.map((e) => e.event)).toEqual(['declined', 'postponed', 'finished', 'partial', 'dismissed']);
  });

  it('does not count again what a resumed draft counted on an earlier page: invited, opened, and started once it holds an answer', () => {
    const { funnel } = funnelWithBeacon();
    const draft = (answers: number) => ({ responses: { answers: Array.from({ length: answers }, () => ({ questionId: 'hope', prompt: 'p', text: 't' })) } }) as Draft;
    for (const count of [funnel.asking(asked, draft(1)), funnel.asking(asked, draft(0))]) {
      count('opened');
      count('started');
      count('finished');
    }

    expect(waiting().e.map((e) => e.event)).toEqual(['finished', 'started', 'finished']);
  });
});

describe('sending the counts', () => {
  it('sends nothing from a page view that showed nothing, even at exit: the counts wait on the device', () => {
    const { funnel, sendBeacon } = funnelWithBeacon();
    funnel.asking(asked)('partial'); // an old draft, sent as partial on a page that shows nothing
    funnel.send();

    expect(sendBeacon).not.toHaveBeenCalled();
    expect(waiting().e).toHaveLength(1);
  });

  it('sends what waits at page exit in one text/plain beacon to /v1/events, as a batch the collector takes, and forgets it', async () => {
    const { funnel, beacons } = funnelWithBeacon();
    funnel.asking(asked)('partial'); // left from an earlier page
    funnel.shown();
    const count = funnel.asking({ locale: 'es', trigger: 'open' });
    count('opened');
    count('started');
    funnel.send();
    funnel.send(); // a second exit (pagehide after visibilitychange): nothing more to send

    expect(beacons).toHaveLength(1);
    expect(beacons[0]!.url).toBe('https://collect.test/v1/events');
    // A string: the browser sends it as text/plain;charset=UTF-8, a request that needs no preflight.
    expect(typeof beacons[0]!.data).toBe('string');
    const batch = beacons[0]!.batch;
    expect(EventBatchSchema.parse(batch)).toEqual(batch);
    expect(batch.events.map((e) => [e.event, e.locale, e.trigger])).toEqual([
      ['partial', 'en', 'delay'],
      ['opened', 'es', 'open'],
      ['started', 'es', 'open'],
    ]);
    expect(localStorage.getItem('candor:events')).toBeNull();
  });

  it(`sends at once when ${FEW_EVENTS} events wait, without waiting for the exit`, async () => {
    const { funnel, beacons } = funnelWithBeacon();
    funnel.shown();
    for (let i = 0; i < FEW_EVENTS - 1; i += 1) funnel.asking(asked)('invited');
    expect(beacons).toHaveLength(0);

    funnel.asking(asked)('invited');

    expect(beacons).toHaveLength(1);
    expect(names(beacons[0]!)).toHaveLength(FEW_EVENTS);
  });

  it(`keeps what the browser refuses to send for the next exits, then drops it after ${MAX_EVENT_TRIES} tries`, async () => {
    const { funnel, beacons } = funnelWithBeacon(() => false);
    funnel.shown();
    funnel.asking(asked)('invited');
    for (let exit = 1; exit < MAX_EVENT_TRIES; exit += 1) {
      funnel.send();
      expect(waiting()).toEqual({ e: [expect.objectContaining({ event: 'invited' })], t: exit });
    }

    funnel.send();

    expect(beacons).toHaveLength(MAX_EVENT_TRIES);
    expect(localStorage.getItem('candor:events')).toBeNull();
  });

  it(`keeps at most ${MAX_QUEUED_EVENTS} events on the device, the newest`, () => {
    const { funnel } = funnelWithBeacon();
    for (let i = 0; i < MAX_QUEUED_EVENTS + 5; i += 1) funnel.asking({ locale: `l${i}`, trigger: 'delay' })('invited');

    expect(waiting().e).toHaveLength(MAX_QUEUED_EVENTS);
    expect(waiting().e[0]).toMatchObject({ locale: 'l5' });
  });

  it('counts nothing with countEvents false', () => {
    expect(createFunnel(OptionsSchema.parse({ endpoint: 'https://collect.test/v1/answers', countEvents: false }), browserPlatform())).toBeUndefined();
  });
});
