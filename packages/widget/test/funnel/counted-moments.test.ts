import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import type { EventBatch } from '@candor/protocol';
import { startedWidget } from '../helpers/started-widget.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';

const { collector, start, candor } = startedWidget();
const EVENTS_URL = 'https://collect.test/v1/events';

/** Starts the widget with beacons recorded; `exit()` is the page going away, and resolves to what was beaconed to /v1/events. */
function startCounting(options: Record<string, unknown>, attributes?: Record<string, string>) {
  const beacons: { url: string; data: Blob | string }[] = [];
  const sendBeacon = vi.fn((url: string, data: Blob | string) => (beacons.push({ url, data }), true));
  const instance = start(options, { platform: { sendBeacon: () => sendBeacon }, ...(attributes ? { attributes } : {}) });
  return {
    instance,
    async exit(): Promise<[string, string, number][]> {
      window.dispatchEvent(new Event('pagehide'));
      const batches = await Promise.all(beacons.filter((b) => b.url === EVENTS_URL).map((b) => JSON.parse(String(b.data)) as EventBatch));
      return batches.flatMap((batch) => batch.events.map((e) => [e.event, e.trigger, e.sampleRate] as [string, string, number]));
    },
    beaconed: () => beacons.map((b) => b.url),
  };
}

// This user id is drawn into a 0.5 sample (the draw is fixed per user and survey).
const INVITE = { minPageViews: 1, delayMs: 0, sampleRate: 0.5, userId: 'u-2', questions: [{ id: 'hope', prompt: 'Hope?' }] };
const invitation = () => widget().getByRole('region', { name: 'Help shape Acme' });

describe('the moments counted as a person meets the widget', () => {
  it('an invitation shown, then "No thanks": invited and declined, nothing else', async () => {
    const page = startCounting(INVITE);
    await waitFor(() => expect(invitation()).toBeTruthy());
    click('No thanks');

    expect(await page.exit()).toEqual([
      ['invited', 'delay', 0.5],
      ['declined', 'delay', 0.5],
    ]);
  });

  it('an invitation shown, then "Not now": postponed', async () => {
    const page = startCounting(INVITE);
    await waitFor(() => expect(invitation()).toBeTruthy());
    click('Not now');

    expect((await page.exit()).map(([event]) => event)).toEqual(['invited', 'postponed']);
  });

  it('an invitation closed with ×: postponed, as "Not now"', async () => {
    const page = startCounting(INVITE);
    await waitFor(() => expect(invitation()).toBeTruthy());
    click('Close');

    expect((await page.exit()).map(([event]) => event)).toEqual(['invited', 'postponed']);
  });

  it('an answer typed, then × and Discard: started and dismissed, nothing sent', async () => {
    const page = startCounting({ trigger: 'manual' });
    page.instance.open();
    await waitFor(() => answer('Planning dinners'));
    click('Close');
    click('Discard');

    expect((await page.exit()).map(([event]) => event)).toEqual(['opened', 'started', 'dismissed']);
    expect(collector.received).toEqual([]);
  });

  it('an invitation accepted and answered: invited, opened, started, finished', async () => {
    const page = startCounting(INVITE);
    await waitFor(() => expect(invitation()).toBeTruthy());
    click('Start');
    answer('More time with my kids');
    answer('More time with my kids, really');
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));

    expect(await page.exit()).toEqual([
      ['invited', 'delay', 0.5],
      ['opened', 'delay', 0.5],
      ['started', 'delay', 0.5],
      ['finished', 'delay', 0.5],
    ]);
  });

  it('opened by open(), closed without typing: opened and dismissed, at sample rate 1', async () => {
    const page = startCounting({ trigger: 'manual', sampleRate: 0.5 });
    page.instance.open();
    await waitFor(() => expect(widget().getByRole('textbox')).toBeTruthy());
    candor().close();

    expect(await page.exit()).toEqual([
      ['opened', 'open', 1],
      ['dismissed', 'open', 1],
    ]);
  });

  it('left part-way with an answer typed: started and partial, the partial answer sent', async () => {
    const page = startCounting({ trigger: 'manual' });
    page.instance.open();
    await waitFor(() => answer('Planning dinners'));
    candor().close();
    await waitFor(() => expect(collector.received).toHaveLength(1));

    expect((await page.exit()).map(([event]) => event)).toEqual(['opened', 'started', 'partial']);
  });

  it('withdrawn after finishing: withdrawn', async () => {
    const page = startCounting({ trigger: 'manual', questions: [{ id: 'hope', prompt: 'Hope?' }] });
    page.instance.open();
    await waitFor(() => answer('More time'));
    click('Finish');
    await waitFor(() => expect(widget().getByRole('button', { name: 'Withdraw my answers' })).toBeTruthy());
    click('Withdraw my answers');
    // The confirmation, where the widget asks first (the safe choice keeps them).
    const confirm = widget().queryByRole('button', { name: /withdraw/i });
    if (confirm && confirm.textContent !== 'Withdraw my answers') click(confirm.textContent!);
    await waitFor(() => expect(collector.withdrawn).toHaveLength(1));

    expect((await page.exit()).map(([event]) => event)).toEqual(['opened', 'started', 'finished', 'withdrawn']);
  });
});

describe('when nothing is counted or sent', () => {
  it.each([
    ['countEvents: false', { countEvents: false }, undefined],
    ['data-count-events="false" on the script tag', {}, { countEvents: 'false' }],
  ])('with %s, no beacon goes to /v1/events and nothing waits on the device', async (_, options, attributes) => {
    const page = startCounting({ ...INVITE, ...options }, attributes);
    await waitFor(() => expect(invitation()).toBeTruthy());
    click('No thanks');

    expect(await page.exit()).toEqual([]);
    expect(localStorage.getItem('candor:events')).toBeNull();
  });

  it('with a transport of the team\'s own, nothing is counted', async () => {
    const page = startCounting({ ...INVITE, transport: async () => ({ ok: true }) });
    await waitFor(() => expect(invitation()).toBeTruthy());
    click('No thanks');

    expect(await page.exit()).toEqual([]);
    expect(localStorage.getItem('candor:events')).toBeNull();
  });

  it('a page view that shows nothing sends no count, even with counts left from an earlier page', async () => {
    const left = { e: [{ event: 'invited', surveyId: 'candor-default', surveyVersion: '1', locale: 'en', trigger: 'delay', date: '2026-11-27', sampleRate: 1 }] };
    localStorage.setItem('candor:events', JSON.stringify(left));
    const page = startCounting({ trigger: 'manual', debug: true }); // debug: the runtime starts, and shows nothing
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isShown()).toBe(false);

    expect(await page.exit()).toEqual([]);
    expect(page.beaconed()).not.toContain(EVENTS_URL);
    expect(JSON.parse(localStorage.getItem('candor:events')!)).toEqual(left);
  });
});
