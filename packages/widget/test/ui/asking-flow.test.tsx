import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import { mountWidget } from '../../src/ui/mount.js';
import type { Question } from '../../src/options/options.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';
import { ACME_QUESTIONS, controller, HOPE } from '../helpers/widget-controller.js';

const q = (over: Partial<Question> & { id: string }): Question => ({ prompt: `${over.id}?`, required: false, maxLength: 5000, followUp: false, ...over });
const field = () => widget().getByRole('textbox') as HTMLTextAreaElement;

describe('a team’s own questions', () => {
  it('shows the placeholder, and a required question has no Skip and will not go on empty', () => {
    const { c, calls } = controller({ questions: [q({ id: 'role', prompt: 'What is your role?', required: true, placeholder: 'e.g. teacher' })] });
    mountWidget(c);
    expect(field().placeholder).toBe('e.g. teacher');
    expect(widget().queryByRole('button', { name: 'Skip' })).toBeNull();
    click('Finish');
    expect(widget().getByRole('alert').textContent).toBe('Please write an answer to go on.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(calls.submitted).toEqual([]);
    answer('Nurse');
    expect(widget().queryByRole('alert')).toBeNull();
  });

  it('limits the answer to its maximum length and counts down near it', () => {
    mountWidget(controller({ questions: [q({ id: 'short', maxLength: 250 })] }).c);
    expect(field().maxLength).toBe(250);
    expect(widget().queryByText(/characters left/)).toBeNull();
    answer('x'.repeat(60));
    expect(widget().getByText('190 characters left')).toBeTruthy();
  });
});

describe('privacy on the device', () => {
  it('says in one sentence what will be removed before sending, and sends the answer redacted with counts', async () => {
    const { c, calls } = controller({ questions: [q({ id: 'hope' })] });
    mountWidget(c);
    const notice = widget().getByRole('status');
    expect(notice.textContent).toBe('');
    answer('Write to jane.doe@example.com or j.doe@example.org');
    // The same live region, so a screen reader hears it change.
    expect(widget().getByRole('status')).toBe(notice);
    expect(notice.textContent).toBe('Before sending, we’ll remove 2\u00a0email addresses.');
    answer('Write to jane.doe@example.com or call +44 20 7946 0958');
    expect(notice.textContent).toBe('Before sending, we’ll remove 1\u00a0email address and 1\u00a0phone number.');
    click('Finish');
    await waitFor(() => expect(calls.submitted).toHaveLength(1));
    expect(calls.submitted[0]!.answers[0]!.text).toBe('Write to [email] or call [phone]');
    expect(calls.submitted[0]!.redactions).toEqual({ email: 1, phone: 1 });
  });

  it('keeps drafts redacted too: nothing personal is written to the device', () => {
    const { c, calls } = controller();
    mountWidget(c);
    answer('my card is 4111 1111 1111 1111');
    expect(calls.drafts.at(-1)![1].answers[0]!.text).toBe('my card is [card]');
  });

  it('sends answers as typed when redaction is off', async () => {
    const { c, calls } = controller({ redact: false, questions: [q({ id: 'hope' })] });
    mountWidget(c);
    answer('jane@example.com');
    expect(widget().queryByText(/Before sending/)).toBeNull();
    click('Finish');
    await waitFor(() => expect(calls.submitted[0]!.answers[0]!.text).toBe('jane@example.com'));
  });
});

describe('drafts', () => {
  it('keeps what is typed, as it is typed, with the step the user is on', () => {
    const { c, calls } = controller();
    mountWidget(c);
    answer('Planning a trip');
    click('Next');
    answer('More time');
    const [step, responses] = calls.drafts.at(-1)!;
    expect(step).toBe(1);
    expect(responses.answers.map((a) => a.text)).toEqual(['Planning a trip', 'More time']);
    expect(responses.partial).toBe(true);
  });

  it('carries on from a draft: same step, same words, and says so', () => {
    const draft = {
      at: 0,
      survey: 'candor-default@1',
      step: 1,
      responses: { answers: [{ questionId: 'context', prompt: 'p', text: 'Planning a trip' }, { questionId: 'hope', prompt: HOPE, text: 'More ti' }], questionOrder: ['context', 'hope'], partial: true },
    };
    mountWidget(controller({ draft }).c);
    expect(widget().getByText('We kept what you wrote earlier.')).toBeTruthy();
    expect(widget().getByText('Question 2 of 4')).toBeTruthy();
    expect(field().value).toBe('More ti');
    click('Back');
    expect(field().value).toBe('Planning a trip');
  });
});

describe('the purpose screen', () => {
  it('comes before the first question, and records whether quotes may be published (off unless ticked)', async () => {
    const { c, calls } = controller({ consent: true, questions: [q({ id: 'hope' })] });
    mountWidget(c);
    expect(widget().getByText('Before you start')).toBeTruthy();
    expect(widget().getByText(/help the team behind Acme decide/)).toBeTruthy();
    const quotes = widget().getByRole('checkbox', { name: /quote my answers/ }) as HTMLInputElement;
    expect(quotes.checked).toBe(false);
    quotes.click();
    click('Continue');
    answer('x');
    click('Finish');
    await waitFor(() => expect(calls.submitted).toHaveLength(1));
    expect(calls.submitted[0]!.consent).toEqual({ quotes: true });
  });

  it('"No thanks" there closes the widget for good', () => {
    const { c, calls } = controller({ consent: true });
    mountWidget(c);
    click('No thanks');
    expect(isShown()).toBe(false);
    expect(calls.declined).toEqual(['never']);
  });
});

describe('follow-up questions', () => {
  const withProbe = (probe: () => Promise<string | null>, followUps = 1) =>
    controller({ followUps, probe, questions: [q({ id: 'hope', prompt: HOPE, followUp: true }), q({ id: 'fear', followUp: true })] });

  it('asks the collector’s follow-up after an answer, as a skippable step, and records both', async () => {
    const { c, calls } = withProbe(async () => 'What would having your evenings back change for you?');
    mountWidget(c);
    answer('Give me back my evenings, email me at a@b.co');
    click('Next');
    await waitFor(() => expect(widget().getByRole('textbox', { name: 'What would having your evenings back change for you?' })).toBeTruthy());
    expect(widget().getByText('A follow-up (optional)')).toBeTruthy();
    expect(widget().getByRole('button', { name: 'Skip' })).toBeTruthy();
    answer('Dinner with my kids');
    click('Next');
    // One follow-up per submission: the fear answer gets none.
    answer('Being watched');
    click('Finish');
    await waitFor(() => expect(calls.submitted).toHaveLength(1));
    expect(calls.submitted[0]!.answers[0]).toEqual({
      questionId: 'hope',
      prompt: HOPE,
      text: 'Give me back my evenings, email me at [email]',
      followUp: { prompt: 'What would having your evenings back change for you?', text: 'Dinner with my kids', source: 'model' },
    });
    expect(calls.submitted[0]!.answers[1]!.followUp).toBeUndefined();
  });

  it('sends the probe the answer already redacted', async () => {
    const probed: string[] = [];
    const { c } = withProbe(async () => null);
    mountWidget({ ...c, probe: async (_, answer) => (probed.push(answer), null) });
    answer('call me on 415-555-0132');
    click('Next');
    await waitFor(() => expect(probed).toEqual(['call me on [phone]']));
  });

  it('falls back to the study’s fixed probe when there is no model follow-up', async () => {
    const { c, calls } = withProbe(async () => null, 2);
    mountWidget(c);
    answer('A tutor for my son');
    click('Next');
    await waitFor(() => expect(widget().getByRole('textbox', { name: 'What would realising that make possible for you?' })).toBeTruthy());
    click('Skip');
    answer('Losing my job');
    click('Finish');
    await waitFor(() => expect(widget().getByRole('textbox', { name: 'Why does that matter to you?' })).toBeTruthy());
    click('Skip');
    await waitFor(() => expect(calls.submitted).toHaveLength(1));
    expect(calls.submitted[0]!.answers.map((a) => a.followUp)).toEqual([
      { prompt: 'What would realising that make possible for you?', text: '', source: 'fixed' },
      { prompt: 'Why does that matter to you?', text: '', source: 'fixed' },
    ]);
  });

  it('asks nothing after a skipped question, or when follow-ups are off', async () => {
    const { c, calls } = controller({ followUps: 0, questions: [q({ id: 'hope', followUp: true }), q({ id: 'fear' })] });
    mountWidget(c);
    answer('x');
    click('Next');
    expect(widget().getByRole('textbox', { name: 'fear?' })).toBeTruthy();
    expect(calls.probed).toEqual([]);
  });
});

describe('withdrawal', () => {
  /** Answers the one question and finishes; resolves once "Withdraw my answers" is offered. */
  async function finished(over: Parameters<typeof controller>[0] = {}) {
    const made = controller({ questions: [ACME_QUESTIONS[1]!], ...over });
    mountWidget(made.c);
    answer('x');
    click('Finish');
    await waitFor(() => expect(widget().getByRole('button', { name: 'Withdraw my answers' })).toBeTruthy());
    return made;
  }
  const root = () => document.querySelector('candor-widget')!.shadowRoot!;

  it('asks first, with the focus on Keep; Keep (or Escape) withdraws nothing', async () => {
    const { calls } = await finished();
    click('Withdraw my answers');
    expect(widget().getByRole('alertdialog', { name: 'Withdraw your answers? This cannot be undone.' })).toBeTruthy();
    await waitFor(() => expect(root().activeElement).toBe(widget().getByRole('button', { name: 'Keep' })));
    click('Keep');
    expect(widget().getByRole('status').textContent).toMatch(/were sent/);
    click('Withdraw my answers');
    fireEvent.keyDown(widget().getByRole('button', { name: 'Keep' }), { key: 'Escape' });
    expect(widget().getByRole('status').textContent).toMatch(/were sent/);
    expect(calls.withdrawals).toBe(0);
  });

  it('once confirmed, withdraws and says so, with no "Thank you" above it', async () => {
    const { calls } = await finished();
    expect(widget().getByRole('heading', { name: 'Thank you' })).toBeTruthy();
    click('Withdraw my answers');
    click('Withdraw');
    await waitFor(() => expect(widget().getByRole('status').textContent).toBe('Your answers were withdrawn.'));
    expect(calls.withdrawals).toBe(1);
    expect(widget().queryByText('Thank you')).toBeNull();
    expect(widget().queryByRole('button', { name: 'Withdraw my answers' })).toBeNull();
    click('Done');
    expect(isShown()).toBe(false);
    expect(calls.closed).toEqual([[undefined, true]]);
  });

  it('says so when it could not reach the collector, and lets the user try again', async () => {
    await finished({ withdraw: async () => ({ withdrawn: 0, failed: 1 }) });
    click('Withdraw my answers');
    click('Withdraw');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/could not be withdrawn/));
    expect(widget().getByRole('button', { name: 'Withdraw my answers' })).toBeTruthy();
  });

  it('takes a withdrawal that fails outright (the delivery code would not load) as not withdrawn', async () => {
    await finished({ withdraw: () => Promise.reject(new Error('offline')) });
    click('Withdraw my answers');
    click('Withdraw');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/could not be withdrawn/));
  });
});

describe('right to left', () => {
  it('lays the widget out right to left, in the mirrored corner', () => {
    mountWidget(controller({ rtl: true, lang: 'ar', position: 'bottom-right' }).c);
    const host = document.querySelector('candor-widget') as HTMLElement;
    expect(host.dir).toBe('rtl');
    expect(host.lang).toBe('ar');
    expect(host.dataset.position).toBe('bottom-left');
    expect(field().getAttribute('dir')).toBe('auto');
  });
});
