import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { HttpResponse } from 'msw';
import { startedWidget } from '../helpers/started-widget.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';

const { collector, start, candor } = startedWidget({ trigger: 'manual' });

async function answerAll(hope: string) {
  await waitFor(() => widget().getByRole('dialog'));
  click('Skip');
  answer(hope);
  click('Next');
  click('Skip');
  click('Skip');
}

describe('init', () => {
  it('with a bad option logs one error naming it, and shows and sends nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ sampleRate: 'half' }).open();
    await waitFor(() => expect(error).toHaveBeenCalled(), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(error.mock.calls).toEqual([['[candor] option "sampleRate" must be a number from 0 to 1 (got "half"). Candor will not show or send anything.']]);
    expect(isShown()).toBe(false);
    expect(collector.received).toEqual([]);
  });

  it('opens on demand, and a finished survey reaches the collector exactly once', async () => {
    const events: string[] = [];
    start();
    candor().on('delivered', ({ id }) => events.push(`delivered ${id}`));
    candor().open();
    await answerAll('Cure my mother’s illness');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/were sent/));
    expect(collector.received).toHaveLength(1);
    const { submission, idempotencyKey } = collector.received[0]!;
    expect(submission).toMatchObject({
      surveyId: 'candor-default',
      partial: false,
      questionOrder: ['context', 'hope', 'experience', 'fear'],
      answers: [{ questionId: 'hope', text: 'Cure my mother’s illness' }],
      context: { path: '/', product: 'Acme' },
    });
    expect(idempotencyKey).toBe(submission.id);
    expect(events).toEqual([`delivered ${submission.id}`]);
  });

  it('when offline, says the answers are saved on the device, and sends them when the browser comes back online', async () => {
    collector.state.offline = true;
    start().open();
    await answerAll('A tutor for my son');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/saved on this device/));
    expect(collector.received).toEqual([]);

    collector.state.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission.answers[0]!.text).toBe('A tutor for my son');
  });

  it('coming back to the tab sends only what is due: a backoff is not cut short by tab switches', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99); // the first retry waits 1.98 s
    collector.state.offline = true;
    start().open();
    await answerAll('Waiting out a backoff');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/saved on this device/));

    collector.state.offline = false;
    document.dispatchEvent(new Event('visibilitychange')); // the user comes back to the tab
    await new Promise((r) => setTimeout(r, 200));
    expect(collector.received).toEqual([]);

    window.dispatchEvent(new Event('online')); // the browser says it is back online: everything goes now
    await waitFor(() => expect(collector.received).toHaveLength(1));
  });

  it('sends what an earlier page left in the outbox when it starts', async () => {
    collector.state.offline = true;
    start().open();
    await answerAll('Left behind');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/saved/));
    candor().destroy(); // the page goes away

    collector.state.offline = false;
    start(); // the next page load
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission.answers[0]!.text).toBe('Left behind');
  });

  it('sends a partial submission when the user leaves after answering something, and chooses Send', async () => {
    start().open();
    await waitFor(() => widget().getByRole('dialog'));
    answer('Coding help');
    click('Next');
    click('Close');
    click('Send');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission).toMatchObject({ partial: true, answers: [{ questionId: 'context', text: 'Coding help' }] });
  });

  it('sends nothing when the user closes without answering', async () => {
    start().open();
    await waitFor(() => widget().getByRole('dialog'));
    click('Close');
    await new Promise((r) => setTimeout(r, 50));
    expect(collector.received).toEqual([]);
  });
});

describe('answers over the size cap (14)', () => {
  it('are refused at submit with a plain message, kept in the form, and can be shortened and sent', async () => {
    start({ maxSubmissionBytes: 2000 }).open();
    await waitFor(() => widget().getByRole('dialog'));
    click('Skip');
    answer('x'.repeat(4000));
    click('Next');
    click('Skip');
    click('Skip');
    await waitFor(() =>
      expect(widget().getByRole('status').textContent).toBe(
        'Your answers are too long to send (5 KB; the limit is 2 KB). Nothing was sent: go back and shorten them.',
      ),
    );
    click('Back to your answers');
    click('Back');
    click('Back');
    expect((widget().getByRole('textbox') as HTMLTextAreaElement).value).toHaveLength(4000);
    answer('Shorter, and still mine');
    click('Next');
    click('Skip');
    click('Finish');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/were sent/));
    expect(collector.received.map((r) => r.submission.answers[0]!.text)).toEqual(['Shorter, and still mine']);
  });
});

describe('stats', () => {
  it('report what waits on the device', async () => {
    collector.state.offline = true;
    start().open();
    await answerAll('pending one');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/saved/));
    expect(await candor().stats()).toEqual({ pending: 1, deadLetter: 0, inFlight: 0, dropped: 0 });
  });
});

describe('the automatic invitation', () => {
  it('is polite: not on the first page views, then after the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (let view = 1; view <= 2; view++) {
      start({ trigger: 'auto', minPageViews: 3, delayMs: 5000 });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(isShown()).toBe(false);
      candor().destroy();
    }
    start({ trigger: 'auto', minPageViews: 3, delayMs: 5000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(isShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(1300); // the decision waits for an idle moment, the one-tab check 150 ms more
    vi.useRealTimers();
    await waitFor(() => expect(widget().getByRole('region', { name: 'Help shape Acme' })).toBeTruthy());
  });

  it('never comes back after "No thanks"', async () => {
    start({ trigger: 'auto', minPageViews: 1, delayMs: 0 });
    await waitFor(() => click('No thanks'));
    candor().destroy();
    start({ trigger: 'auto', minPageViews: 1, delayMs: 0 });
    await new Promise((r) => setTimeout(r, 50));
    expect(isShown()).toBe(false);
  });

  it('counts the page view and claims the invitation only while holding the lock shared by the tabs', async () => {
    let release!: () => void;
    const otherTab = new Promise<void>((resolve) => (release = resolve));
    // Another tab holds the lock until release().
    const exclusive = vi.fn((fn: () => unknown) => otherTab.then(fn));
    start({ trigger: 'auto', minPageViews: 1, delayMs: 0 }, { platform: { exclusive: exclusive as <T>(fn: () => T) => Promise<T> } });
    await new Promise((r) => setTimeout(r, 300));
    expect(localStorage.getItem('candor:v1')).toBeNull();
    expect(isShown()).toBe(false);

    release();
    await waitFor(() => expect(widget().getByRole('region', { name: 'Help shape Acme' })).toBeTruthy());
    expect(JSON.parse(localStorage.getItem('candor:v1')!)).toMatchObject({ pageViews: 1, shown: expect.any(Number) });
    expect(exclusive).toHaveBeenCalledTimes(2); // the page view, then the claim
  });

  it('is not shown to users outside the sample', async () => {
    start({ trigger: 'auto', minPageViews: 1, delayMs: 0, sampleRate: 0 });
    await new Promise((r) => setTimeout(r, 50));
    expect(isShown()).toBe(false);
  });
});
