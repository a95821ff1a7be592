import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import { startedWidget } from '../helpers/started-widget.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';

const { collector, start, candor } = startedWidget();
afterEach(() => {
  document.documentElement.lang = '';
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  history.replaceState(null, '', '/');
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const invitation = () => widget().getByRole('region', { name: 'Help shape Acme' });

describe('triggers', () => {
  it('an app event brings up the invitation on its configured count, counted across visits', async () => {
    start({ event: 'task_completed', eventCount: 2, delayMs: 0 });
    candor().track('other_event');
    candor().track('task_completed');
    await sleep(300);
    expect(isShown()).toBe(false);
    candor().destroy();
    start({ event: 'task_completed', eventCount: 2, delayMs: 0 }); // a later visit
    candor().track('task_completed');
    await waitFor(() => expect(invitation()).toBeTruthy());
  });

  it('only on pages matching the patterns, and as soon as the app moves to one', async () => {
    history.replaceState(null, '', '/settings');
    start({ minPageViews: 1, delayMs: 0, pages: ['/chat/*'] });
    await sleep(300);
    expect(isShown()).toBe(false);
    history.replaceState(null, '', '/chat/42');
    await waitFor(() => expect(invitation()).toBeTruthy(), { timeout: 3000 });
  });

  it('never while the user is typing in the host page', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    start({ minPageViews: 1, delayMs: 0 });
    fireEvent.keyDown(input, { key: 'a' });
    const typing = setInterval(() => fireEvent.keyDown(input, { key: 'a' }), 200);
    await sleep(1500);
    expect(isShown()).toBe(false);
    clearInterval(typing);
    await waitFor(() => expect(invitation()).toBeTruthy(), { timeout: 6000 });
  }, 10_000);

  it('with trigger "manual", only open() shows it', async () => {
    start({ trigger: 'manual', minPageViews: 1, delayMs: 0, event: 'x' });
    candor().track('x');
    await sleep(300);
    expect(isShown()).toBe(false);
  });
});

describe('what a submission records about the asking', () => {
  it('how it was asked, who answered (pseudonymously), the user id and the language', async () => {
    document.documentElement.lang = 'pt-BR';
    start({ trigger: 'manual', userId: 'acct-981', questions: [{ id: 'hope', prompt: 'Esperança?' }], strings: { finish: 'Finish' } }).open();
    await waitFor(() => answer('Mais tempo'));
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    const { submission } = collector.received[0]!;
    expect(submission).toMatchObject({ locale: 'pt-BR', sampleRate: 1, context: { trigger: 'open', userId: 'acct-981' } });
    expect(submission.respondentId).toMatch(/^[0-9a-z]{6,}$/);
  });

  it('attaches no user id when the browser sends Global Privacy Control', async () => {
    (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl = true;
    start({ trigger: 'manual', userId: 'acct-981', questions: [{ id: 'hope', prompt: 'Hope?' }] }).open();
    await waitFor(() => answer('x'));
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission.context.userId).toBeUndefined();
    expect(collector.received[0]!.submission.respondentId).toBeDefined();
  });

  it('records a counterbalanced order', async () => {
    // With counterbalance 1 every user is drawn; this user id lands on the swapped order.
    start({ trigger: 'manual', counterbalance: 1, userId: 'u-1', questions: [{ id: 'hope', prompt: 'Hope?' }, { id: 'fear', prompt: 'Fear?' }] }).open();
    await waitFor(() => answer('first shown'));
    const first = widget().getByText(/^(Hope|Fear)\?$/).textContent;
    click('Next');
    click('Skip');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    const { submission } = collector.received[0]!;
    expect(submission.counterbalanced).toBe(true);
    expect(submission.questionOrder).toEqual(first === 'Hope?' ? ['hope', 'fear'] : ['fear', 'hope']);
    expect(submission.answers[0]!.questionId).toBe(submission.questionOrder[0]);
  });
});

describe('drafts across page loads', () => {
  it('a recent draft (a reload, a crash) reopens the questions where the user was', async () => {
    localStorage.setItem(
      'candor:draft',
      JSON.stringify({
        at: Date.now() - 60_000,
        survey: 'candor-default@1',
        step: 1,
        responses: { answers: [{ questionId: 'context', prompt: 'p', text: 'Planning a trip' }, { questionId: 'hope', prompt: 'p', text: 'More ti' }], questionOrder: ['context', 'hope'], partial: true },
      }),
    );
    start({ trigger: 'manual' });
    await waitFor(() => expect(widget().getByText('We kept what you wrote earlier.')).toBeTruthy());
    expect((widget().getByRole('textbox') as HTMLTextAreaElement).value).toBe('More ti');
    expect(collector.received).toEqual([]);
    // Closing now still keeps what was answered.
    candor().close();
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission.answers.map((a) => a.text)).toEqual(['Planning a trip', 'More ti']);
  });

  it('an old draft is sent as a partial submission on the next visit', async () => {
    localStorage.setItem(
      'candor:draft',
      JSON.stringify({
        at: Date.now() - 2 * 60 * 60_000,
        survey: 'candor-default@1',
        step: 1,
        responses: { answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'More time' }], questionOrder: ['context', 'hope'], partial: true },
      }),
    );
    start({ trigger: 'manual' });
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission).toMatchObject({ partial: true, answers: [{ questionId: 'hope', text: 'More time' }], context: { trigger: 'draft' } });
    expect(localStorage.getItem('candor:draft')).toBeNull();
    expect(isShown()).toBe(false);
  });

  it('a late partial keeps what brought the questions up, and so its weight', async () => {
    localStorage.setItem(
      'candor:draft',
      JSON.stringify({
        at: 0,
        survey: 'candor-default@1',
        step: 0,
        trigger: 'open',
        responses: { answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'x' }], questionOrder: ['hope'], partial: true },
      }),
    );
    start({ trigger: 'manual', sampleRate: 0.25 });
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission).toMatchObject({ sampleRate: 1, context: { trigger: 'open' } });
  });

  it('with sendPartial off, an abandoned draft is dropped, not sent', async () => {
    localStorage.setItem(
      'candor:draft',
      JSON.stringify({ at: 0, survey: 'candor-default@1', step: 0, responses: { answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'x' }], questionOrder: ['hope'], partial: true } }),
    );
    start({ trigger: 'manual', sendPartial: false });
    await sleep(300);
    expect(collector.received).toEqual([]);
    expect(localStorage.getItem('candor:draft')).toBeNull();
  });
});

describe('a finished survey', () => {
  it('is not offered again once sent, even if the user never pressed Done', async () => {
    start({ minPageViews: 1, delayMs: 0, frequencyDays: 0, questions: [{ id: 'hope', prompt: 'Hope?' }] });
    await waitFor(() => click('Start'));
    answer('x');
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    // Still on the thank-you screen: what another tab (or a crash now) would find on the device.
    expect(JSON.parse(localStorage.getItem('candor:v1')!).done).toBe('candor-default@1');
    candor().destroy();
    start({ minPageViews: 1, delayMs: 0, frequencyDays: 0, questions: [{ id: 'hope', prompt: 'Hope?' }] });
    await sleep(400);
    expect(isShown()).toBe(false);
  });
});

describe('withdrawal', () => {
  it('withdraws every answer given on this device at the collector, and forgets them', async () => {
    const withdrawn: string[][] = [];
    start({ trigger: 'manual', questions: [{ id: 'hope', prompt: 'Hope?' }] }).open();
    candor().on('withdrawn', ({ ids }) => withdrawn.push(ids));
    await waitFor(() => answer('x'));
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    const id = collector.received[0]!.submission.id;
    expect(await candor().withdraw()).toEqual({ withdrawn: 1, failed: 0 });
    expect(collector.withdrawn).toEqual([id]);
    expect(withdrawn).toEqual([[id]]);
    expect(await candor().withdraw()).toEqual({ withdrawn: 0, failed: 0 });
  });

  it('deletes answers still waiting on the device, and keeps asking the collector until it answers', async () => {
    collector.state.offline = true;
    start({ trigger: 'manual', questions: [{ id: 'hope', prompt: 'Hope?' }] }).open();
    await waitFor(() => answer('x'));
    click('Finish');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/saved on this device/));
    expect(await candor().withdraw()).toEqual({ withdrawn: 0, failed: 1 });
    expect((await candor().stats()).pending).toBe(0);
    collector.state.offline = false;
    expect(await candor().withdraw()).toEqual({ withdrawn: 1, failed: 0 });
    await candor().flush();
    expect(collector.received).toEqual([]);
  });
});

describe('languages', () => {
  it('speaks the page’s language: the widget’s sentences and the study’s questions', async () => {
    document.documentElement.lang = 'es-MX';
    start({ trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('Pregunta 1 de 4')).toBeTruthy());
    expect(widget().getByRole('textbox', { name: /varita mágica|Acme/ })).toBeTruthy();
    expect((document.querySelector('candor-widget') as HTMLElement).lang).toBe('es');
  });

  it('falls back to English for a language it does not speak, and takes the team’s own wording', async () => {
    document.documentElement.lang = 'it';
    start({ trigger: 'manual', strings: { dialogTitle: 'Tell us' } }).open();
    await waitFor(() => expect(widget().getByRole('dialog', { name: 'Tell us' })).toBeTruthy());
    expect(widget().getByText('Question 1 of 4')).toBeTruthy();
  });
});
