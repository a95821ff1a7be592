import type { Strings } from '../locales/locale-pack.js';
import type { Question } from '../options/options.js';
import type { Redaction } from './redact.js';
import { fill } from './fill.js';

interface Props {
  s: Strings;
  question: Question;
  index: number;
  total: number;
  value: string;
  /** The questions' language where it differs from the widget's. */
  lang: string | undefined;
  /** Above the question: "A follow-up (optional)", or that an earlier draft was restored. */
  note: string | undefined;
  /** What redaction will remove from this answer, shown before anything is sent. */
  removed: Redaction[];
  /** The user tried to go on without answering a required question. */
  missing: boolean;
  /** Waiting (briefly) for a follow-up question. */
  busy: boolean;
  onInput: (text: string) => void;
  onBack: (() => void) | undefined;
  /** Undefined for a required question: it has no Skip. */
  onSkip: (() => void) | undefined;
  onNext: () => void;
}

/**
 * One open question: a textarea labelled by the question itself, then Back, Skip and Next. No
 * <form>: a sandboxed iframe without `allow-forms` blocks form submission before any submit
 * event, which left Next dead there. Ctrl/Cmd+Enter goes on, as Next does.
 */
export function QuestionStep({ s, question, index, total, value, lang, note, removed, missing, busy, onInput, onBack, onSkip, onNext }: Props) {
  const id = `candor-q-${index}`;
  const left = question.maxLength - value.length;
  return (
    <div class="step" aria-busy={busy}>
      <p class="progress">{fill(s.progress, { n: index + 1, total })}</p>
      {note && <p class="note">{note}</p>}
      <label for={id} class="question" lang={lang} dir="auto">
        {question.prompt}
      </label>
      <textarea
        id={id}
        rows={4}
        lang={lang}
        dir="auto"
        value={value}
        maxLength={question.maxLength}
        placeholder={question.placeholder}
        aria-required={question.required}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            onNext();
          }
        }}
      />
      {left < 200 && <p class="hint">{fill(s.charsLeft, { n: left })}</p>}
      {missing && (
        <p class="hint error" id={`${id}-missing`} role="alert">
          {s.required}
        </p>
      )}
      {removed.length > 0 && (
        <div class="hint" role="status">
          {s.willRemove}
          <ul>
            {removed.slice(0, 5).map((r) => (
              <li>
                {/* Left to right in every language, so the arrow points from what goes to what replaces it. */}
                <bdi dir="ltr">
                  {r.value} → [{r.kind}]
                </bdi>{' '}
                ({s[r.kind]})
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        {onBack && (
          <button type="button" class="quiet" onClick={onBack}>
            {s.back}
          </button>
        )}
        <span class="spacer" />
        {onSkip && (
          <button type="button" class="quiet" onClick={onSkip}>
            {s.skip}
          </button>
        )}
        <button type="button" class="primary" disabled={busy} onClick={onNext}>
          {index === total - 1 ? s.finish : s.next}
        </button>
      </div>
    </div>
  );
}
