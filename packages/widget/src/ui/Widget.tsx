import { Component } from 'preact';
import type { Responses } from '../build-submission.js';
import type { SubmitResult, WidgetController } from '../ui-contract.js';
import { DEFAULT_QUESTIONS } from '../default-questions.js';
import { Invitation } from './Invitation.js';
import { QuestionStep } from './QuestionStep.js';
import { strings } from './strings.js';
import { ThankYou } from './ThankYou.js';

type View = { name: 'invitation' } | { name: 'question'; index: number } | { name: 'done'; result?: SubmitResult };

interface Props {
  controller: WidgetController;
  /** Filled in by the widget: lets the host close it as if the user had. */
  closeRef: { current: () => void };
  onUnmount: () => void;
}

interface State {
  view: View;
  texts: Record<string, string>;
}

/**
 * The whole flow: invitation, one question per step, thank-you. A class component, so the UI
 * chunk needs no hooks (about 0.9 KB less for every page that shows it).
 */
export class Widget extends Component<Props, State> {
  override state: State = {
    view: this.props.controller.initialView === 'invitation' ? { name: 'invitation' } : { name: 'question', index: 0 },
    texts: {},
  };
  /** Question ids in the order they were shown. */
  private shownOrder: string[] = [];
  /** The dialog element, once rendered. */
  private dialog: HTMLElement | null = null;

  private questions = (this.props.controller.questions ?? DEFAULT_QUESTIONS).map((q) => ({
    ...q,
    prompt: q.prompt.replaceAll('{product}', this.props.controller.product ?? 'this product'),
  }));

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
    if (!before || asks(before) !== asks(view)) this.props.controller.shown(asks(view) ? 'questions' : 'invitation');
    const root = this.dialog;
    if (view.name === 'invitation' || !root) return;
    const focus = (selector: string) => requestAnimationFrame(() => (root.querySelector(selector) as HTMLElement | null)?.focus()); // once painted
    if (view.name === 'question' && (before?.name !== 'question' || before.index !== view.index)) focus('textarea');
    // While sending, focus stays in the dialog (the button that had it is gone), then goes to the button.
    if (view.name === 'done' && (before?.name !== 'done' || before.result !== view.result)) focus(view.result ? '.primary' : '.step');
  }

  private responses(partial: boolean, texts = this.state.texts): Responses {
    return {
      answers: this.shownOrder.flatMap((id) => {
        const question = this.questions.find((q) => q.id === id)!;
        const text = texts[id] ?? '';
        return text.trim() ? [{ questionId: id, prompt: question.prompt, text }] : [];
      }),
      questionOrder: [...this.shownOrder],
      partial,
    };
  }

  private close = () => {
    const { view } = this.state;
    const finished = view.name === 'done' && view.result?.status !== 'refused';
    this.props.controller.closed(finished ? undefined : this.responses(true), finished);
    this.props.onUnmount();
  };

  private async finish(texts: Record<string, string>) {
    this.setState({ view: { name: 'done' } });
    const result = await this.props.controller.submit(this.responses(false, texts));
    this.setState({ view: { name: 'done', result } });
  }

  private go(index: number, texts = this.state.texts) {
    if (index >= this.questions.length) void this.finish(texts);
    else this.setState({ view: { name: 'question', index: Math.max(0, index) } });
  }

  override render({ controller, closeRef }: Props, { view, texts }: State) {
    const { questions, close } = this;
    closeRef.current = close;
    if (view.name === 'question') {
      const id = questions[view.index]!.id;
      if (!this.shownOrder.includes(id)) this.shownOrder.push(id);
    }

    if (view.name === 'invitation') {
      return (
        <Invitation
          product={controller.product}
          onStart={() => this.go(0)}
          onNotNow={() => (controller.decline('not-now'), close())}
          onNever={() => (controller.decline('never'), close())}
        />
      );
    }

    const question = view.name === 'question' ? questions[view.index]! : undefined;
    return (
      <div
        class="card dialog"
        ref={(element) => void (this.dialog = element)}
        role="dialog"
        aria-labelledby="candor-dialog-title"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      >
        <div class="head">
          <h2 id="candor-dialog-title" class="title">
            {strings.dialogTitle}
          </h2>
          <button type="button" class="icon" aria-label={strings.close} onClick={close}>
            ×
          </button>
        </div>
        {view.name === 'question' && question ? (
          <QuestionStep
            question={question}
            index={view.index}
            total={questions.length}
            value={texts[question.id] ?? ''}
            lang={controller.questions && controller.locale}
            onInput={(text) => this.setState({ texts: { ...this.state.texts, [question.id]: text } })}
            onBack={() => this.go(view.index - 1)}
            onSkip={() => {
              const next = { ...this.state.texts, [question.id]: '' };
              this.setState({ texts: next });
              this.go(view.index + 1, next);
            }}
            onNext={() => this.go(view.index + 1)}
          />
        ) : (
          <ThankYou result={view.name === 'done' ? view.result : undefined} onDone={close} onBack={() => this.go(questions.length - 1)} />
        )}
      </div>
    );
  }
}
