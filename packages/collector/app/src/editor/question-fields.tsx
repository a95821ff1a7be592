import { languageName } from '../format/language-name.js';
import type { DraftQuestion } from './draft.js';
import { FieldError, fieldProps, type FieldErrors } from './field-errors.js';

interface QuestionFieldsProps {
  question: DraftQuestion;
  index: number;
  count: number;
  locales: readonly string[];
  errors: FieldErrors;
  onChange: (question: DraftQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One question: its wording and hint in each language, whether it must be answered, its length, its follow-up; moved or removed by buttons. */
export function QuestionFields({ question, index, count, locales, errors, onChange, onMove, onRemove }: QuestionFieldsProps) {
  const at = `questions[${index}]`;
  const title = `Question ${index + 1}`;
  const set = (change: Partial<DraftQuestion>) => onChange({ ...question, ...change });
  // An error about a field inside "More" opens it, so the sentence is seen.
  const hidden = [...errors.keys()].some((path) => path.startsWith(`${at}.`) && !path.startsWith(`${at}.prompt`));
  const setText = (field: 'prompt' | 'placeholder', locale: string, value: string) => set({ [field]: { ...question[field], [locale]: value } });
  return (
    <li class="card question-card" aria-labelledby={`q-${question.key}-title`}>
      <div class="question-head">
        <h3 id={`q-${question.key}-title`}>{title}</h3>
        <div class="question-actions">
          <button type="button" class="button small" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${title.toLowerCase()} up`}>
            ↑ Up
          </button>
          <button type="button" class="button small" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${title.toLowerCase()} down`}>
            ↓ Down
          </button>
          <button type="button" class="button small danger" disabled={count === 1} onClick={onRemove} aria-label={`Remove ${title.toLowerCase()}`}>
            Remove
          </button>
        </div>
      </div>
      {locales.map((locale) => (
        <div class="field" key={`prompt-${locale}`}>
          <label for={fieldProps(errors, `${at}.prompt.${locale}`).id}>
            Question in {languageName(locale)} ({locale})
          </label>
          <textarea
            rows={2}
            lang={locale}
            dir="auto"
            {...fieldProps(errors, `${at}.prompt.${locale}`)}
            value={question.prompt[locale] ?? ''}
            onInput={(e) => setText('prompt', locale, (e.currentTarget as HTMLTextAreaElement).value)}
          />
          <FieldError errors={errors} path={`${at}.prompt.${locale}`} />
        </div>
      ))}
      <details class="question-more" open={hidden || undefined}>
        <summary>More about {title.toLowerCase()}: id, hint, length, follow-up</summary>
        <div class="editor-grid">
          <div class="field">
            <label for={fieldProps(errors, `${at}.id`).id}>Question id</label>
            <input spellcheck={false} {...fieldProps(errors, `${at}.id`, `q-${question.key}-id-hint`)} value={question.id} onInput={(e) => set({ id: (e.currentTarget as HTMLInputElement).value })} />
            <p class="hint" id={`q-${question.key}-id-hint`}>
              Kept with every answer. Keep it when you only change the wording.
            </p>
            <FieldError errors={errors} path={`${at}.id`} />
          </div>
          <div class="field">
            <label for={fieldProps(errors, `${at}.maxLength`).id}>Longest answer (characters)</label>
            <input inputMode="numeric" {...fieldProps(errors, `${at}.maxLength`)} value={question.maxLength} onInput={(e) => set({ maxLength: (e.currentTarget as HTMLInputElement).value })} />
            <FieldError errors={errors} path={`${at}.maxLength`} />
          </div>
        </div>
        {locales.map((locale) => (
          <div class="field" key={`placeholder-${locale}`}>
            <label for={fieldProps(errors, `${at}.placeholder.${locale}`).id}>
              Hint in the empty answer box, {languageName(locale)} ({locale})
            </label>
            <input lang={locale} dir="auto" {...fieldProps(errors, `${at}.placeholder.${locale}`)} value={question.placeholder[locale] ?? ''} onInput={(e) => setText('placeholder', locale, (e.currentTarget as HTMLInputElement).value)} />
            <FieldError errors={errors} path={`${at}.placeholder.${locale}`} />
          </div>
        ))}
        <label class="check">
          <input type="checkbox" checked={question.required} onChange={(e) => set({ required: (e.currentTarget as HTMLInputElement).checked })} />
          People must answer it to go on (no Skip button)
        </label>
        <label class="check">
          <input type="checkbox" checked={question.followUp} onChange={(e) => set({ followUp: (e.currentTarget as HTMLInputElement).checked })} />
          A follow-up question may ask more about the answer
        </label>
      </details>
    </li>
  );
}
