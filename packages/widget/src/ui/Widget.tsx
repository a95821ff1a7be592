/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { Component, h } from 'preact';
import type { Answer, RedactionCounts } from '@candor/protocol';
import type { Responses } from '../delivery/build-submission.js';
import { redact } from './redact.js';
import type { SubmitResult, WidgetController } from '../types.js';
import { Confirm } from './Confirm.js';
import { ConsentStep } from './ConsentStep.js';
import { fill } from './fill.js';
import { Invitation } from './Invitation.js';
import { QuestionStep } from './QuestionStep.js';
import { removalSentence } from './removal-sentence.js';
import { ThankYou } from './ThankYou.js';

type View =
  | { name: 'invitation' }
  | { name: 'consent' }
  | { name: 'question' | 'followUp'; index: number }
  | { name: 'done'; result?: SubmitResult; withdrawn?: boolean; empty?: boolean }
  /** A question before leaving with answers typed, or before withdrawing; `back` is the step it came from. */
  | { name: 'leave' | 'withdraw'; back: View };

type Done = Extract<View, { name: 'done' }>;
type FollowUp = NonNullable<Answer['followUp']>;

interface Props {
  controller: WidgetController;
  /** Filled in by the widget: lets the host close it at once, asking nothing (answers kept). */
  closeRef: { current: () => void };
  onUnmount: () => void;
}

interface State {
  view: View;
  /** What the user typed, by question id (redaction happens when it is kept or sent). */
  texts: Record<string, string>;
  followUps: Record<string, FollowUp>;
  quotes: boolean;
  /** The user tried to go on without answering a required question. */
  missing?: boolean;
  busy?: boolean;
  /** Answers came back from a draft: say so on the first step shown. */
  restored?: boolean;
}

/**
 * The whole flow: invitation, purpose screen, one question per step (each answer may get one
 * follow-up), thank-you. Everything typed is kept as a draft as the user types. A class
 * component, so the UI chunk needs no hooks (about 0.9 KB less for every page that shows it).
 */
export class Widget extends Component<Props, State> {
  // Declared, and set in the constructor: class fields would cost the UI chunk a helper to define
  // them (the build targets ES2020, before class fields).
  private declare c: WidgetController;
  /** Question ids in the order they were shown. */
  private declare shownOrder: string[];
  /** The dialog element, once rendered. */
  private declare dialog: HTMLElement | null;

  constructor(props: Props) {
    super(props);
    const c = (this.c = props.controller);
    const { draft, initialView, consent } = c;
    this.shownOrder = draft?.responses.questionOrder ?? [];
    const texts: Record<string, string> = {};
    const followUps: Record<string, FollowUp> = {};
    for (const a of draft?.responses.answers ?? []) {
      texts[a.questionId] = a.text;
      if (a.followUp) followUps[a.questionId] = a.followUp;
    }
    const first: View = consent ? { name: 'consent' } : { name: 'question', index: 0 };
    this.state = {
      view: draft ? { name: 'question', index: Math.min(draft.step, c.questions.length - 1) } : initialView === 'invitation' ? { name: 'invitation' } : first,
      texts,
      followUps,
      quotes: draft?.responses.consent?.quotes ?? false,
      restored: !!draft,
    };
  }

  override componentDidMount() {
    this.settle(undefined);
  }

  override componentDidUpdate(_: Props, before: State) {
    this.settle(before.view);
  }

  /** After a step changes: tell the core what is shown, and put focus where the user needs it. */
  private settle(before: View | undefined) {
    const { view } = this.state;
    const asks = (v: View | undefined) => v && v.name !== 'invitation';
    if (!before || asks(before) !== asks(view)) this.c.shown(asks(view) ? 'questions' : 'invitation');
    const root = this.dialog;
    if (view.name === 'invitation' || !root || before === view) return;
    const focus = (selector: string) => requestAnimationFrame(() => (root.querySelector(selector) as HTMLElement | null)?.focus()); // once painted
    // The purpose screen, and a question before leaving or withdrawing: the main (or safe) choice.
    if (view.name === 'consent' || view.name === 'leave' || view.name === 'withdraw') focus('.primary');
    // While sending, focus stays in the dialog (the button that had it is gone), then goes to the button.
    else if (view.name === 'done') focus(view.result || view.empty ? '.primary' : '.step');
    else if (before?.name !== view.name || (before as { index?: number }).index !== (view as { index?: number }).index) focus('textarea');
  }

  /** What was answered, redacted (when on) and counted by kind of detail removed. */
  private responses(partial: boolean, { texts, followUps, quotes } = this.state): Responses {
    const redactions: RedactionCounts = {};
    const clean = (text: string) => {
      if (!this.c.redact) return text;
      const result = redact(text);
      for (const { kind } of result.found) redactions[kind as keyof RedactionCounts] = (redactions[kind as keyof RedactionCounts] ?? 0) + 1;
      return result.text;
    };
    return {
      answers: this.shownOrder.flatMap((id) => {
        const text = texts[id] ?? '';
        const f = followUps[id];
        const prompt = this.c.questions.find((q) => q.id === id)!.prompt;
        return text.trim() ? [{ questionId: id, prompt, text: clean(text), ...(f ? { followUp: { ...f, text: clean(f.text) } } : {}) }] : [];
      }),
      questionOrder: [...this.shownOrder],
      partial,
      ...(this.c.consent ? { consent: { quotes } } : {}),
      ...(Object.keys(redactions).length ? { redactions } : {}),
    };
  }

  /** Closes now. What was answered part-way goes to the core (sent as partial if the team allows), unless the user chose Discard. */
  private shut(keep: boolean) {
    let { view } = this.state;
    if ('back' in view) view = view.back;
    const finished = view.name === 'done' && view.result?.status !== 'refused';
    this.c.closed(finished || !keep ? undefined : this.responses(true), finished);
    this.props.onUnmount();
  }

  /** × or Escape: with answers typed that would be sent, asks first (Send or Discard); else closes. */
  private leave() {
    const { view } = this.state;
    if (this.c.sendPartial && (view.name === 'question' || view.name === 'followUp') && this.responses(true).answers.length) this.setState({ view: { name: 'leave', back: view } });
    else this.shut(true);
  }

  /** Withdraw, once confirmed: the thank-you stays up (its status says what happened), without the button while it runs. */
  private async withdraw(back: Done) {
    this.setState({ view: back, busy: true });
    const withdrawn = await this.c.withdraw().then((r) => !r.failed, () => false);
    this.setState({ view: { ...back, withdrawn }, busy: false });
  }

  private async finish(state: State) {
    const responses = this.responses(false, state);
    // Every question skipped: there is nothing to send, and the thank-you says so.
    if (!responses.answers.length) return this.setState({ view: { name: 'done', empty: true } });
    this.setState({ view: { name: 'done' } });
    const result = await this.c.submit(responses);
    this.setState({ view: { name: 'done', result } });
  }

  private go(index: number, patch: Partial<State> = {}) {
    const state = { ...this.state, ...patch, missing: false };
    if (index >= this.c.questions.length) return void this.finish(state);
    this.setState({ ...patch, missing: false, view: { name: 'question', index: Math.max(0, index) } });
    this.c.saveDraft(Math.max(0, index), this.responses(true, state));
  }

  /** Next on a question: a required one must be answered; an answer may get one follow-up. */
  private async next(index: number) {
    const question = this.c.questions[index]!;
    const { texts, followUps } = this.state;
    const text = texts[question.id]?.trim();
    if (!text && question.required) return this.setState({ missing: true });
    const asked = Object.keys(followUps).length;
    if (!text || !question.followUp || asked >= this.c.followUps || followUps[question.id]) return this.go(index + 1);
    this.setState({ busy: true });
    const answer = this.c.redact ? redact(text).text : text;
    const prompt = await this.c.probe(question, answer);
    const { strings } = this.c;
    const followUp: FollowUp = prompt ? { prompt, text: '', source: 'model' } : { prompt: question.id === 'hope' ? strings.probeHope : strings.probeOther, text: '', source: 'fixed' };
    const next: View = { name: 'followUp', index };
    const { view } = this.state;
    // Asked "Send what you wrote?" while waiting: the question stays up, and leads back to the follow-up.
    this.setState({ busy: false, followUps: { ...this.state.followUps, [question.id]: followUp }, view: view.name === 'leave' ? { ...view, back: next } : next });
  }

  override render({ closeRef }: Props, { view, texts, followUps, quotes, missing, busy, restored }: State) {
    const { c } = this;
    const close = () => this.shut(true);
    const leave = () => this.leave();
    const { questions, strings: s } = c;
    closeRef.current = close;

    if (view.name === 'invitation') {
      return (
        <Invitation
          s={s}
          onStart={() => this.setState({ view: c.consent ? { name: 'consent' } : { name: 'question', index: 0 } })}
          onNotNow={() => (c.decline('not-now'), close())}
          onNever={() => (c.decline('never'), close())}
        />
      );
    }

    let step;
    if ('back' in view) {
      const { back } = view;
      step =
        view.name === 'leave' ? (
          <Confirm text={s.leaveAsk} safe={s.send} other={s.discard} onSafe={close} onOther={() => this.shut(false)} />
        ) : (
          <Confirm text={s.withdrawAsk} safe={s.keep} other={s.confirmWithdraw} onSafe={() => this.setState({ view: back })} onOther={() => void this.withdraw(back as Done)} />
        );
    } else if (view.name === 'consent') {
      step = (
        <ConsentStep
          s={s}
          quotes={quotes}
          onQuotes={(value) => this.setState({ quotes: value })}
          onContinue={() => this.go(0)}
          onDecline={() => (c.decline('never'), close())}
        />
      );
    } else if (view.name === 'done') {
      step = (
        <ThankYou
          s={s}
          result={view.result}
          withdrawn={view.withdrawn}
          empty={view.empty}
          busy={!!busy}
          onDone={close}
          onBack={() => this.go(questions.length - 1)}
          onWithdraw={() => this.setState({ view: { name: 'withdraw', back: view } })}
        />
      );
    } else {
      const { index } = view;
      const question = questions[index]!;
      const id = question.id;
      if (!this.shownOrder.includes(id)) this.shownOrder.push(id);
      const followUp = view.name === 'followUp' ? followUps[id]! : undefined;
      const value = followUp ? followUp.text : (texts[id] ?? '');
      const withText = (text: string): Partial<State> =>
        followUp ? { followUps: { ...this.state.followUps, [id]: { ...followUp, text } } } : { texts: { ...this.state.texts, [id]: text } };
      step = (
        <QuestionStep
          s={s}
          question={followUp ? { ...question, prompt: followUp.prompt, required: false } : question}
          index={index}
          last={index === questions.length - 1}
          value={value}
          // The team's questions (and a model's follow-up) may be in another language than the widget's.
          lang={followUp?.source === 'fixed' || c.questionsLang.split('-')[0] === c.lang ? undefined : c.questionsLang}
          note={followUp ? s.followUp : restored ? s.restored : undefined}
          removed={c.redact ? removalSentence(s, c.lang, redact(value).found) : ''}
          missing={!!missing}
          busy={!!busy}
          onInput={(text) => {
            const patch = withText(text);
            this.setState({ ...patch, missing: false, restored: false });
            c.saveDraft(index, this.responses(true, { ...this.state, ...patch }));
          }}
          onBack={followUp ? () => this.go(index) : index > 0 ? () => this.go(index - 1) : undefined}
          onSkip={followUp || !question.required ? () => this.go(index + 1, withText('')) : undefined}
          onNext={() => (followUp ? this.go(index + 1) : void this.next(index))}
        />
      );
    }

    // The dialog's title is its accessible name only: on screen the question is the heading, and
    // the head holds where the user is ("Question 2 of 4") and ×.
    return (
      <div
        class="card dialog"
        ref={(element) => void (this.dialog = element)}
        role="dialog"
        aria-label={s.dialogTitle}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            // Escape on a question goes back to where the user was.
            if ('back' in view) this.setState({ view: view.back });
            else leave();
          }
        }}
      >
        <div class="head">
          {'index' in view && <p class="progress">{fill(s.progress, { n: view.index + 1, total: questions.length })}</p>}
          {!('back' in view) && (
            <button type="button" class="icon" aria-label={s.close} onClick={leave}>
              ×
            </button>
          )}
        </div>
        {step}
      </div>
    );
  }
}
