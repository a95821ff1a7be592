import { describe, expect, it } from 'vitest';
import { funnelRate, funnelReply } from '../../src/store/funnel-summary.js';
import { wilsonInterval } from '../../src/themes/reports/wilson-interval.js';

describe('the funnel summary', () => {
  it('gives a rate with its Wilson interval, and nulls without a denominator', () => {
    expect(funnelRate(1, 4)).toEqual({ count: 1, of: 4, value: 0.25, ...wilsonInterval(1, 4) });
    expect(funnelRate(0, 0)).toEqual({ count: 0, of: 0, value: null, low: null, high: null });
  });

  it('holds a numerator to its denominator (a lost "started" must not make a completion rate above 1)', () => {
    expect(funnelRate(3, 2)).toEqual({ count: 2, of: 2, value: 1, low: wilsonInterval(2, 2).low, high: 1 });
  });

  it('counts towards the response rate only what finished after an invitation (delay or event), towards completion everything finished', () => {
    const reply = funnelReply([
      { language: 'en', trigger: 'delay', event: 'invited', count: 8 },
      { language: 'en', trigger: 'event', event: 'invited', count: 2 },
      { language: 'en', trigger: 'delay', event: 'finished', count: 3 },
      { language: 'en', trigger: 'event', event: 'finished', count: 1 },
      { language: 'en', trigger: 'open', event: 'finished', count: 2 },
      { language: 'en', trigger: 'draft', event: 'finished', count: 1 },
      { language: 'en', trigger: 'delay', event: 'started', count: 9 },
    ]);

    expect(reply.counts.finished).toBe(7);
    expect(reply.responseRate).toMatchObject({ count: 4, of: 10, value: 0.4 });
    expect(reply.completionRate).toMatchObject({ count: 7, of: 9 });
  });

  it('lists languages most invited first, then most opened, then by name', () => {
    const reply = funnelReply([
      { language: 'fr', trigger: 'open', event: 'opened', count: 5 },
      { language: 'de', trigger: 'delay', event: 'invited', count: 1 },
      { language: 'ar', trigger: 'open', event: 'opened', count: 5 },
      { language: 'ja', trigger: 'delay', event: 'invited', count: 3 },
    ]);

    expect(reply.languages.map((l) => l.language)).toEqual(['ja', 'de', 'ar', 'fr']);
  });
});
