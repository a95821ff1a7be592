import type { Question } from '../options.js';
import { strings } from './strings.js';

interface Props {
  question: Question;
  index: number;
  total: number;
  value: string;
  /** The team's language for its own questions; undefined for the default (English) ones. */
  lang: string | undefined;
  onInput: (text: string) => void;
  onBack: () => void;
  onSkip: () => void;
  onNext: () => void;
}

/** One open question: a textarea labelled by the question itself, then Back, Skip and Next. */
export function QuestionStep({ question, index, total, value, lang, onInput, onBack, onSkip, onNext }: Props) {
  const id = `candor-q-${index}`;
  const last = index === total - 1;
  return (
    <form
      class="step"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <p class="progress">{strings.progress(index + 1, total)}</p>
      <label for={id} class="question">
        <span lang={lang} dir="auto">
          {question.prompt}
        </span>
        {question.optional && <span class="hint"> ({strings.optional})</span>}
      </label>
      <textarea
        id={id}
        rows={4}
        lang={lang}
        dir="auto"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            onNext();
          }
        }}
      />
      <div class="actions">
        {index > 0 && (
          <button type="button" class="quiet" onClick={onBack}>
            {strings.back}
          </button>
        )}
        <span class="spacer" />
        <button type="button" class="quiet" onClick={onSkip}>
          {strings.skip}
        </button>
        <button type="submit" class="primary">
          {last ? strings.finish : strings.next}
        </button>
      </div>
    </form>
  );
}
