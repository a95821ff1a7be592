import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import { mountWidget } from '../../src/ui/mount.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';
import { controller, HOPE } from '../helpers/widget-controller.js';

const root = () => document.querySelector('candor-widget')!.shadowRoot!;
const field = () => widget().getByRole('textbox') as HTMLTextAreaElement;
/** Escape, where the focus is (or on the dialog, before focus has moved in). */
const escape = () => fireEvent.keyDown(root().activeElement ?? widget().getByRole('dialog'), { key: 'Escape' });

/** Types an answer to the first question and goes on to the second. */
function partWay(over: Parameters<typeof controller>[0] = {}) {
  const made = controller(over);
  const mounted = mountWidget(made.c);
  answer('Planning a trip');
  click('Next');
  return { ...made, mounted };
}

const planningATrip = (c: ReturnType<typeof controller>['c']) => ({
  answers: [{ questionId: 'context', prompt: c.questions[0]!.prompt, text: 'Planning a trip' }],
  questionOrder: ['context', 'hope'],
  partial: true,
});

describe('leaving part-way', () => {
  it('asks "Send what you wrote?" on ×, as an alert dialog with the focus on Send, and sends nothing yet', async () => {
    const { calls } = partWay();
    click('Close');
    const ask = widget().getByRole('alertdialog', { name: 'Send what you wrote?' });
    expect(ask).toBeTruthy();
    await waitFor(() => expect(root().activeElement).toBe(widget().getByRole('button', { name: 'Send' })));
    expect(widget().getByRole('button', { name: 'Discard' })).toBeTruthy();
    expect(widget().queryByRole('button', { name: 'Close' })).toBeNull();
    expect(calls.closed).toEqual([]);
    expect(isShown()).toBe(true);
  });

  it('Send hands over what was answered, as partial', () => {
    const { c, calls } = partWay();
    click('Close');
    click('Send');
    expect(isShown()).toBe(false);
    expect(calls.closed).toEqual([[planningATrip(c), false]]);
  });

  it('Discard hands over nothing (the core sends nothing and forgets the draft)', () => {
    const { calls } = partWay();
    escape();
    click('Discard');
    expect(isShown()).toBe(false);
    expect(calls.closed).toEqual([[undefined, false]]);
  });

  it('Escape asks too, and Escape again goes back to the question with what was typed', async () => {
    const { calls } = partWay();
    answer('More time');
    escape();
    expect(widget().getByRole('alertdialog')).toBeTruthy();
    escape();
    expect(widget().queryByRole('alertdialog')).toBeNull();
    expect(widget().getByRole('textbox', { name: HOPE })).toBeTruthy();
    expect(field().value).toBe('More time');
    await waitFor(() => expect(root().activeElement).toBe(field()));
    expect(calls.closed).toEqual([]);
  });

  it('closes at once when nothing is typed (or all of it was deleted)', () => {
    const first = controller();
    mountWidget(first.c);
    click('Close');
    expect(isShown()).toBe(false);

    const second = controller();
    mountWidget(second.c);
    answer('oops');
    answer('   ');
    click('Close');
    expect(isShown()).toBe(false);
    for (const { calls } of [first, second]) expect(calls.closed.map(([responses]) => responses?.answers)).toEqual([[]]);
  });

  it('asks nothing when the team turned sendPartial off: nothing would be sent', () => {
    const { calls } = partWay({ sendPartial: false });
    click('Close');
    expect(isShown()).toBe(false);
    expect(calls.closed).toHaveLength(1);
  });

  it('a follow-up that arrives while the question is up does not push it away; Escape then leads to the follow-up', async () => {
    let arrive: (prompt: string) => void = () => {};
    const { c, calls } = controller({ followUps: 1, questions: [{ id: 'hope', prompt: HOPE, required: false, maxLength: 5000, followUp: true }], probe: () => new Promise((resolve) => (arrive = resolve)) });
    mountWidget(c);
    answer('My evenings back');
    click('Finish');
    click('Close');
    arrive('What would you do with them?');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(widget().getByRole('alertdialog', { name: 'Send what you wrote?' })).toBeTruthy();
    escape();
    expect(widget().getByRole('textbox', { name: 'What would you do with them?' })).toBeTruthy();
    expect(calls.closed).toEqual([]);
  });

  it('the host page’s close() closes at once and keeps the answers, even while the question is up', () => {
    const first = partWay();
    first.mounted.close();
    expect(isShown()).toBe(false);
    expect(first.calls.closed).toEqual([[planningATrip(first.c), false]]);

    const second = partWay();
    click('Close');
    second.mounted.close();
    expect(isShown()).toBe(false);
    expect(second.calls.closed).toEqual([[planningATrip(second.c), false]]);
  });
});
