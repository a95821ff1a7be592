import type { DefinitionTextKey } from '@candor/protocol';
import { languageName } from '../format/language-name.js';
import { FieldError, fieldProps, type FieldErrors } from './field-errors.js';
import { TEXT_LABELS } from './field-labels.js';

/** The invitation, purpose-screen and thank-you texts in one language; empty ones keep the widget's own wording. */
export function TextsFields({
  locale,
  texts,
  errors,
  onChange,
}: {
  locale: string;
  texts: Partial<Record<DefinitionTextKey, string>>;
  errors: FieldErrors;
  onChange: (key: DefinitionTextKey, value: string) => void;
}) {
  const hidden = [...errors.keys()].some((path) => path.startsWith(`texts.${locale}.`));
  return (
    <details class="card editor-section texts" open={hidden || undefined}>
      <summary>
        <h3>Widget texts in {languageName(locale)} ({locale})</h3>
      </summary>
      <p class="hint">Leave a text empty to keep the widget’s own wording in that language. “{'{product}'}” becomes your product’s name.</p>
      {TEXT_LABELS.map(([key, label, kind]) => {
        const path = `texts.${locale}.${key}`;
        // Written in that language: its own spelling checks, and right to left where it is (Arabic, Hebrew).
        const props = { ...fieldProps(errors, path), lang: locale, dir: 'auto' as const };
        const value = texts[key] ?? '';
        const input = (e: Event) => onChange(key, (e.currentTarget as HTMLInputElement).value);
        return (
          <div class="field" key={key}>
            <label for={props.id}>{label}</label>
            {kind === 'line' ? <input {...props} value={value} onInput={input} /> : <textarea rows={2} {...props} value={value} onInput={input} />}
            <FieldError errors={errors} path={path} />
          </div>
        );
      })}
    </details>
  );
}
