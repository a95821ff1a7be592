/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { h } from 'preact';
import type { Strings } from '../locales/locale-pack.js';
import type { Question } from '../options/options.js';
import { fill } from './fill.js';

interface Props {
  s: Strings;
  question: Question;
  index: number;
  /** The last question: its button says Finish. */
  last: boolean;
  value: string;
  /** The questions' language where it differs from the widget's. */
  lang: string | undefined;
  /** Above the question: "A follow-up (optional)", or that an earlier draft was restored. */
  note: string | undefined;
  /** What redaction will remove from this answer, as a sentence, shown before anything is sent (empty: nothing). */
  removed: string;
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
 * One open question: the question as the step's heading, labelling its textarea, then Back, Skip
 * and Next (where the user is, "Question 2 of 4", sits in the dialog's head). No
 * <form>: a sandboxed iframe without `allow-forms` blocks form submission before any submit
 * event, which left Next dead there. Ctrl/Cmd+Enter goes on, as Next does.
 */
export function QuestionStep({ s, question, index, last, value, lang, note, removed, missing, busy, onInput, onBack, onSkip, onNext }: Props) {
  const id = `candor-q-${index}`;
  const left = question.maxLength - value.length;
  return (
    <div class="step" aria-busy={busy}>
      {note && <p class="note">{note}</p>}
      <h2 class="question">
        <label for={id} lang={lang} dir="auto">
          {question.prompt}
        </label>
      </h2>
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
      {/* Always there, so a screen reader hears it change as details are typed or removed. */}
      <p class="hint" role="status">
        {removed}
      </p>
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
          {last ? s.finish : s.next}
        </button>
      </div>
    </div>
  );
}
