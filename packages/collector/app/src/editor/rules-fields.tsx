import type { DraftRules } from './draft.js';
import { FieldError, fieldProps, type FieldErrors } from './field-errors.js';
import { RULE_LABELS } from './field-labels.js';

/** Each rule: its field, the path the collector names it by (and its label by), its hint. */
const RULES: [keyof DraftRules, string, string][] = [
  ['samplePercent', 'rules.sampleRate', 'Decided once per person; 10 asks one person in ten.'],
  ['minPageViews', 'rules.minPageViews', 'The widget waits until someone has seen this many pages.'],
  ['delaySeconds', 'rules.delayMs', 'Or, with an event below, after the event.'],
  ['frequencyDays', 'rules.frequencyDays', ''],
  ['event', 'rules.event', 'The name your app passes to track(), e.g. “chat-finished”.'],
  ['eventCount', 'rules.eventCount', ''],
];

/** When people are asked; each rule left empty keeps what the script tag says. */
export function RulesFields({
  rules,
  counterbalancePercent,
  errors,
  onChange,
  onCounterbalance,
}: {
  rules: DraftRules;
  counterbalancePercent: string;
  errors: FieldErrors;
  onChange: (rules: DraftRules) => void;
  onCounterbalance: (value: string) => void;
}) {
  const pages = fieldProps(errors, 'rules.pages', 'pages-hint');
  const counterbalance = fieldProps(errors, 'counterbalance', 'counterbalance-hint');
  return (
    <section class="card editor-section" aria-labelledby="rules-title">
      <h2 id="rules-title">When people are asked</h2>
      <p class="hint">Leave a rule empty to keep what your script tag or code says. These apply when the widget invites people on its own.</p>
      <div class="editor-grid">
        {RULES.map(([key, path, hint]) => {
          const hintId = hint ? `${key}-hint` : undefined;
          const props = fieldProps(errors, path, hintId);
          return (
            <div class="field" key={key}>
              <label for={props.id}>{RULE_LABELS[path]}</label>
              <input {...props} inputMode={key === 'event' ? undefined : 'decimal'} value={rules[key]} onInput={(e) => onChange({ ...rules, [key]: (e.currentTarget as HTMLInputElement).value })} />
              {hint ? (
                <p class="hint" id={hintId}>
                  {hint}
                </p>
              ) : null}
              <FieldError errors={errors} path={path} />
            </div>
          );
        })}
        <div class="field">
          <label for={counterbalance.id}>{RULE_LABELS['counterbalance']}</label>
          <input {...counterbalance} inputMode="decimal" value={counterbalancePercent} onInput={(e) => onCounterbalance((e.currentTarget as HTMLInputElement).value)} />
          <p class="hint" id="counterbalance-hint">
            The order each person saw is kept with their answers.
          </p>
          <FieldError errors={errors} path="counterbalance" />
        </div>
      </div>
      <div class="field">
        <label for={pages.id}>{RULE_LABELS['rules.pages']}</label>
        <textarea rows={2} spellcheck={false} {...pages} value={rules.pages} onInput={(e) => onChange({ ...rules, pages: (e.currentTarget as HTMLTextAreaElement).value })} />
        <p class="hint" id="pages-hint">
          One path a line, such as /chat/*; * matches anything. Empty: every page.
        </p>
        <FieldError errors={errors} path="rules.pages" />
      </div>
    </section>
  );
}
