import { useEffect, useRef, useState } from 'preact/hooks';
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

export function Widget({ controller, closeRef, onUnmount }: Props) {
  const questions = (controller.questions ?? DEFAULT_QUESTIONS).map((q) => ({
    ...q,
    prompt: q.prompt.replaceAll('{product}', controller.product ?? 'this product'),
  }));
  const [view, setView] = useState<View>(
    controller.initialView === 'invitation' ? { name: 'invitation' } : { name: 'question', index: 0 },
  );
  const [texts, setTexts] = useState<Record<string, string>>({});
  const shownOrder = useRef<string[]>([]);
  const dialog = useRef<HTMLDivElement>(null);

  const isQuestions = view.name !== 'invitation';
  useEffect(() => controller.shown(isQuestions ? 'questions' : 'invitation'), [isQuestions]);

  if (view.name === 'question') {
    const id = questions[view.index]!.id;
    if (!shownOrder.current.includes(id)) shownOrder.current.push(id);
  }

  const responses = (partial: boolean, current = texts): Responses => ({
    answers: shownOrder.current.flatMap((id) => {
      const question = questions.find((q) => q.id === id)!;
      const text = current[id] ?? '';
      return text.trim() ? [{ questionId: id, prompt: question.prompt, text }] : [];
    }),
    questionOrder: [...shownOrder.current],
    partial,
  });

  const close = () => {
    const finished = view.name === 'done' && view.result?.status !== 'refused';
    controller.closed(finished ? undefined : responses(true), finished);
    onUnmount();
  };
  closeRef.current = close;

  const finish = async (current: Record<string, string>) => {
    setView({ name: 'done' });
    const result = await controller.submit(responses(false, current));
    setView({ name: 'done', result });
  };

  const go = (index: number, current = texts) => {
    if (index >= questions.length) void finish(current);
    else setView({ name: 'question', index: Math.max(0, index) });
  };

  if (view.name === 'invitation') {
    return (
      <Invitation
        product={controller.product}
        onStart={() => go(0)}
        onNotNow={() => (controller.decline('not-now'), close())}
        onNever={() => (controller.decline('never'), close())}
      />
    );
  }

  return (
    <div
      class="card dialog"
      role="dialog"
      aria-labelledby="candor-dialog-title"
      ref={dialog}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <header class="head">
        <h2 id="candor-dialog-title" class="title">
          {strings.dialogTitle}
        </h2>
        <button type="button" class="icon" aria-label={strings.close} onClick={close}>
          ×
        </button>
      </header>
      {view.name === 'question' ? (
        <QuestionStep
          question={questions[view.index]!}
          index={view.index}
          total={questions.length}
          value={texts[questions[view.index]!.id] ?? ''}
          lang={controller.questions && controller.locale}
          onInput={(text) => setTexts({ ...texts, [questions[view.index]!.id]: text })}
          onBack={() => go(view.index - 1)}
          onSkip={() => {
            const next = { ...texts, [questions[view.index]!.id]: '' };
            setTexts(next);
            go(view.index + 1, next);
          }}
          onNext={() => go(view.index + 1)}
        />
      ) : (
        <ThankYou result={view.result} onDone={close} onBack={() => go(questions.length - 1)} />
      )}
    </div>
  );
}
