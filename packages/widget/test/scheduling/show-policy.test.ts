import { describe, expect, it } from 'vitest';
import { OptionsSchema, type CandorOptions } from '../../src/options/options.js';
import { browserPlatform } from '../../src/platform/platform.js';
import { createShowPolicy } from '../../src/scheduling/show-policy.js';
import { surveyChoices } from '../../src/scheduling/survey-choices.js';

const DAY = 86_400_000;

/**
 * One device: its own localStorage, clock and random numbers. Its tabs' lock is granted once
 * `heldByAnotherTab` settles (at once without it).
 */
function device(options: Partial<CandorOptions> = {}, seed = 1, heldByAnotherTab = Promise.resolve()) {
  const store = new Map<string, string>();
  const prefs = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as Storage;
  let x = seed;
  const clock = { now: 1_700_000_000_000 };
  const exclusive = <T>(fn: () => T) => heldByAnotherTab.then(fn);
  const platform = browserPlatform({ prefs: () => prefs, now: () => clock.now, random: () => ((x = (x * 16807) % 2147483647) / 2147483647), exclusive });
  // The loader's policy with the runtime's choices on it, as one record of one device.
  const policy = (more: Partial<CandorOptions> = {}) => {
    const resolved = OptionsSchema.parse({ endpoint: '/a', minPageViews: 1, ...options, ...more });
    const shown = createShowPolicy(resolved, platform);
    return { ...shown, ...surveyChoices(shown, resolved, platform) };
  };
  return { policy, clock, store };
}

describe('sampling', () => {
  it('includes roughly the configured share of 10,000 users, by device and by user id', () => {
    for (const sampleRate of [0.05, 0.3]) {
      let byDevice = 0;
      let byUserId = 0;
      for (let i = 0; i < 10_000; i++) {
        if (device({ sampleRate }, i + 1).policy().countPageViewAndDecide()) byDevice++;
        if (device({ sampleRate, userId: `user-${i}` }).policy().countPageViewAndDecide()) byUserId++;
      }
      for (const included of [byDevice, byUserId]) {
        // Binomial: 4 standard deviations either side.
        const sd = Math.sqrt(10_000 * sampleRate * (1 - sampleRate));
        expect(Math.abs(included - 10_000 * sampleRate)).toBeLessThan(4 * sd);
      }
    }
  });

  it('decides once per user: the same answer on every visit, and on every device for a user id', () => {
    const a = device({ sampleRate: 0.5, frequencyDays: 0 }, 7);
    const first = a.policy().countPageViewAndDecide();
    for (let visit = 0; visit < 20; visit++) expect(a.policy().countPageViewAndDecide()).toBe(first);
    const decisions = new Set<boolean>();
    for (let seed = 1; seed < 30; seed++) decisions.add(device({ sampleRate: 0.5, userId: 'u-42' }, seed).policy().countPageViewAndDecide());
    expect(decisions.size).toBe(1);
  });

  it('draws for the survey it is set to when a survey definition changes it on this page view, as later page views do', () => {
    const later = (id: string) => createShowPolicy(OptionsSchema.parse({ endpoint: '/a', surveyId: 'remote', surveyVersion: '2', userId: id }), browserPlatform({}));
    let differ = 0;
    for (let i = 0; i < 50; i++) {
      const id = `user-${i}`;
      const page = createShowPolicy(OptionsSchema.parse({ endpoint: '/a', surveyId: 'from-the-tag', userId: id }), browserPlatform({}));
      differ += Number(page.draw('sample') !== later(id).draw('sample'));
      page.survey = 'remote@2'; // what applying the fetched definition does
      expect(page.draw('sample')).toBe(later(id).draw('sample'));
      expect(page.draw('order')).toBe(later(id).draw('order'));
    }
    expect(differ).toBeGreaterThan(40); // the survey is part of the draw: before it is set, they differ
  });

  it('keeps one random respondent id per device', () => {
    const a = device();
    const id = a.policy().respondentId();
    expect(id).toMatch(/^[0-9a-z]{6,}$/);
    expect(a.policy().respondentId()).toBe(id);
    expect(device({}, 99).policy().respondentId()).not.toBe(id);
  });

  it('counterbalances the configured share of users, half of them each way, stably', () => {
    let drawn = 0;
    let swapped = 0;
    for (let i = 0; i < 4000; i++) {
      const s = device({ counterbalance: 0.5, userId: `u${i}` }).policy().swapped();
      if (s !== undefined) drawn++;
      if (s) swapped++;
    }
    expect(drawn / 4000).toBeCloseTo(0.5, 1);
    expect(swapped / drawn).toBeCloseTo(0.5, 1);
    expect(device({ counterbalance: 0 }).policy().swapped()).toBeUndefined();
    const one = device({ counterbalance: 1, userId: 'same' });
    expect(one.policy().swapped()).toBe(one.policy().swapped());
  });
});

describe('how often', () => {
  it('waits for the page views, then invites at most once per period', () => {
    const a = device({ minPageViews: 3, frequencyDays: 90 });
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    expect(a.policy().countPageViewAndDecide()).toBe(true);
    expect(a.policy().claim('tab-1')).toBe(true);
    a.clock.now += 89 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    expect(a.policy().claim('tab-1')).toBe(false);
    a.clock.now += 1 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(true);
  });

  it('"No thanks" is for good, even after the period and a new survey version', () => {
    const a = device({ frequencyDays: 90 });
    a.policy().never();
    a.clock.now += 1000 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    expect(a.policy({ surveyVersion: '2' }).countPageViewAndDecide()).toBe(false);
  });

  it('"No thanks", "Not now" and a finished survey hold when another tab, counting a page view at that moment, writes back the record it read before', async () => {
    for (const choice of ['never', 'notNow', 'finished'] as const) {
      let release!: () => void;
      const a = device({ frequencyDays: 0 }, 1, new Promise<void>((r) => (release = r)));
      a.policy()[choice]();
      // The other tab read the record before the choice; holding the lock, it writes its count back, then lets go.
      a.store.set('candor:v1', JSON.stringify({ pageViews: 7 }));
      release();
      await new Promise((r) => setTimeout(r, 0));
      expect(a.policy().countPageViewAndDecide()).toBe(false);
      expect(JSON.parse(a.store.get('candor:v1')!).pageViews).toBe(8);
    }
  });

  it('"Not now" backs off 7 days, then 14, and a third "Not now" counts as "No thanks"', () => {
    const a = device({ frequencyDays: 0 });
    a.policy().notNow();
    a.clock.now += 6 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    a.clock.now += 1 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(true);
    a.policy().notNow();
    a.clock.now += 13 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    a.clock.now += 1 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(true);
    a.policy().notNow();
    a.clock.now += 10_000 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(false);
  });

  it('a finished survey is not asked again; a new survey version is, after the period', () => {
    const a = device({ frequencyDays: 30 });
    a.policy().claim('t');
    a.policy().finished();
    a.clock.now += 31 * DAY;
    expect(a.policy().countPageViewAndDecide()).toBe(false);
    expect(a.policy({ surveyVersion: '2' }).countPageViewAndDecide()).toBe(true);
  });
});

describe('one tab at a time', () => {
  it('two tabs claiming together: the last claim wins, the other stands down', () => {
    const a = device({ frequencyDays: 90 });
    const tab1 = a.policy();
    const tab2 = a.policy();
    expect(tab1.claim('one')).toBe(true);
    // The second tab read before the first wrote, so it claims too; the later write wins.
    a.store.set('candor:v1', JSON.stringify({ ...JSON.parse(a.store.get('candor:v1')!), shown: 0 }));
    expect(tab2.claim('two')).toBe(true);
    expect(tab1.ours('one')).toBe(false);
    expect(tab2.ours('two')).toBe(true);
    // Any later tab sees the invitation was shown and does not claim.
    expect(a.policy().claim('three')).toBe(false);
  });
});

describe('an app event as the trigger', () => {
  it('is ready on the configured count, counted across visits, and starts over after an invitation', () => {
    const a = device({ event: 'task_completed', eventCount: 3, minPageViews: 5, frequencyDays: 1 });
    expect(a.policy().countPageViewAndDecide()).toBe(true); // the event count replaces the page views
    expect(a.policy().countEvent()).toBe(false);
    expect(a.policy().countEvent()).toBe(false); // a new visit: still counting
    expect(a.policy().countEvent()).toBe(true);
    a.policy().claim('t');
    a.clock.now += 2 * DAY;
    expect(a.policy().countEvent()).toBe(false);
  });
});
