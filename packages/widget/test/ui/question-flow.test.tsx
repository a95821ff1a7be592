import { describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import { mountWidget } from '../../src/ui/mount.js';
import type { SubmitResult } from '../../src/types.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';
import { controller, HOPE } from '../helpers/widget-controller.js';

describe('the question flow', () => {
  it('asks one question at a time, each textarea labelled by its question', () => {
    mountWidget(controller().c);
    expect(widget().getByRole('dialog', { name: 'Share your thoughts' })).toBeTruthy();
    expect(widget().getByRole('textbox', { name: "What's the last thing you used Acme for?" })).toBeTruthy();
    expect(widget().getByText('Question 1 of 4')).toBeTruthy();
    expect(widget().queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('makes the question the heading, and keeps "Share your thoughts" as the dialog’s name only', () => {
    mountWidget(controller().c);
    expect(widget().getAllByRole('heading').map((h) => h.textContent)).toEqual(["What's the last thing you used Acme for?"]);
    expect(widget().queryByText('Share your thoughts')).toBeNull();
  });

  it('goes next, back (keeping what was typed), skips, and finishes with the answers in order', async () => {
    const { c, calls } = controller();
    mountWidget(c);
    answer('Drafting a grant proposal');
    click('Next');
    expect(widget().getByRole('textbox', { name: HOPE })).toBeTruthy();
    answer('Give me back my evenings');
    click('Back');
    expect((widget().getByRole('textbox') as HTMLTextAreaElement).value).toBe('Drafting a grant proposal');
    click('Next');
    expect((widget().getByRole('textbox') as HTMLTextAreaElement).value).toBe('Give me back my evenings');
    click('Next');
    answer('this will be skipped');
    click('Skip');
    answer('Decisions made about me without me');
    click('Finish');
    await waitFor(() => expect(widget().getByRole('status').textContent).toMatch(/were sent/));
    expect(calls.submitted).toEqual([
      {
        answers: [
          { questionId: 'context', prompt: "What's the last thing you used Acme for?", text: 'Drafting a grant proposal' },
          { questionId: 'hope', prompt: HOPE, text: 'Give me back my evenings' },
          { questionId: 'fear', prompt: c.questions![3]!.prompt, text: 'Decisions made about me without me' },
        ],
        questionOrder: ['context', 'hope', 'experience', 'fear'],
        partial: false,
      },
    ]);
  });

  it('skipping every question sends nothing, says so, and counts as finished when closed', async () => {
    const { c, calls } = controller();
    mountWidget(c);
    for (let i = 0; i < 3; i++) click('Skip');
    answer('   '); // blank is no answer
    click('Finish');
    expect(widget().getByRole('status').textContent).toBe('You skipped every question, so nothing was sent.');
    expect(widget().queryByRole('button', { name: 'Withdraw my answers' })).toBeNull();
    click('Done');
    expect(calls.submitted).toEqual([]);
    expect(calls.closed).toEqual([[undefined, true]]);
  });

  it('keeps the text exactly as typed, markup and all, and shows it as text', () => {
    const { c, calls } = controller();
    mountWidget(c);
    const hostile = '<img src=x onerror="window.__pwned=1"> </textarea><script>1</script> \u202eRTL 😀';
    answer(hostile);
    click('Next');
    click('Back');
    expect((widget().getByRole('textbox') as HTMLTextAreaElement).value).toBe(hostile);
    expect(document.querySelector('candor-widget')!.shadowRoot!.querySelector('img, script')).toBeNull();
    click('Close');
    click('Send');
    expect(calls.closed[0]![0]!.answers[0]!.text).toBe(hostile);
  });

  it('says "saved on this device" when the answers could not be sent yet', async () => {
    mountWidget(controller({ submit: async (): Promise<SubmitResult> => ({ status: 'saved' }), questions: [{ id: 'hope', prompt: HOPE, required: false, maxLength: 5000, followUp: false }] }).c);
    answer('x');
    click('Finish');
    expect(widget().getByRole('status').textContent).toBe('Sending your answers…');
    await waitFor(() =>
      expect(widget().getByRole('status').textContent).toBe('Your answers are saved on this device and will be sent when you are back online.'),
    );
    click('Done');
    expect(isShown()).toBe(false);
  });

  it('moves focus into the question, closes on Escape and gives focus back to where it was', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    mountWidget(controller().c);
    const root = document.querySelector('candor-widget')!.shadowRoot!;
    await waitFor(() => expect(root.activeElement).toBe(widget().getByRole('textbox')));
    fireEvent.keyDown(widget().getByRole('textbox'), { key: 'Escape' });
    expect(isShown()).toBe(false);
    expect(document.activeElement).toBe(button);
  });
});

describe('the invitation', () => {
  it('has a labelled ×, and "Not now" looks different from the quieter "No thanks"', () => {
    mountWidget(controller({ initialView: 'invitation' }).c);
    const invitation = widget().getByRole('region', { name: 'Help shape Acme' });
    expect(invitation.querySelector('button[aria-label="Close"]')!.textContent).toBe('×');
    const look = (name: string) => widget().getByRole('button', { name }).className;
    expect(look('Not now')).not.toBe(look('No thanks'));
    expect(look('No thanks')).toBe('quiet');
  });

  it('appears without taking focus, and Start opens the questions', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const shown = vi.fn();
    mountWidget(controller({ initialView: 'invitation', shown }).c);
    expect(widget().getByRole('region', { name: 'Help shape Acme' })).toBeTruthy();
    expect(document.activeElement).toBe(input);
    click('Start');
    expect(widget().getByRole('dialog')).toBeTruthy();
    expect(shown.mock.calls).toEqual([['invitation'], ['questions']]);
  });

  it.each([
    ['Not now', 'not-now'],
    ['No thanks', 'never'],
    ['Close', 'not-now'],
  ])('"%s" closes it and is remembered as %s', (label, kind) => {
    const { c, calls } = controller({ initialView: 'invitation' });
    mountWidget(c);
    click(label);
    expect(isShown()).toBe(false);
    expect(calls.declined).toEqual([kind]);
  });
});
