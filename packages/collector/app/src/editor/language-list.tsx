import { useState } from 'preact/hooks';
import { languageName } from '../format/language-name.js';
import { FieldError, fieldProps, type FieldErrors } from './field-errors.js';

const TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** The draft's languages: which one is the default, adding one, removing one. */
export function LanguageList({
  locales,
  defaultLocale,
  errors,
  onAdd,
  onRemove,
  onDefault,
}: {
  locales: readonly string[];
  defaultLocale: string;
  errors: FieldErrors;
  onAdd: (locale: string) => void;
  onRemove: (locale: string) => void;
  onDefault: (locale: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = (event: Event) => {
    event.preventDefault();
    const tag = typed.trim();
    if (!TAG.test(tag)) return setProblem('Write a language tag such as “fr” or “pt-BR”.');
    if (locales.some((l) => l.toLowerCase() === tag.toLowerCase())) return setProblem(`${languageName(tag)} is in the list already.`);
    setProblem(undefined);
    setTyped('');
    onAdd(tag);
  };
  return (
    <section class="card editor-section" aria-labelledby="languages-title">
      <h2 id="languages-title">Languages</h2>
      <p class="hint">Each question and text can be written in every language here. People whose language is missing see the default language.</p>
      <ul class="language-list">
        {locales.map((locale) => (
          <li key={locale}>
            <span>
              {languageName(locale)} <span class="muted">({locale})</span>
              {locale === defaultLocale ? <span class="badge">default</span> : null}
            </span>
            {locale === defaultLocale ? null : (
              <button type="button" class="button small" onClick={() => onRemove(locale)}>
                Remove {languageName(locale)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="editor-row">
        <div class="field">
          <label for={fieldProps(errors, 'defaultLocale').id}>Default language</label>
          <select class="select" {...fieldProps(errors, 'defaultLocale')} value={defaultLocale} onChange={(e) => onDefault((e.currentTarget as HTMLSelectElement).value)}>
            {locales.map((locale) => (
              <option key={locale} value={locale}>
                {languageName(locale)} ({locale})
              </option>
            ))}
          </select>
          <FieldError errors={errors} path="defaultLocale" />
        </div>
        <div class="field">
          <label for="new-language">Add a language (tag)</label>
          <div class="inline-input">
            <input
              id="new-language"
              value={typed}
              placeholder="fr, pt-BR…"
              spellcheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'new-language-error' : undefined}
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => e.key === 'Enter' && add(e)}
            />
            <button type="button" class="button" onClick={add}>
              Add language
            </button>
          </div>
          {problem ? (
            <p class="field-error" id="new-language-error">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
