/** The collector's complaints about a draft, by field path ("questions[0].prompt.en"). */
export type FieldErrors = ReadonlyMap<string, string>;

/** The id of the input for a field path: "questions[0].prompt.en" is "field-questions-0-prompt-en". */
export const fieldId = (path: string) => `field-${path.replace(/\[(\d+)\]/g, '.$1').replace(/[^\w-]+/g, '-')}`;

/** What each field shown in other units says when the collector refuses it. */
const IN_EDITOR_UNITS: Record<string, string> = {
  'rules.sampleRate': 'must be a percentage from 0 to 100',
  counterbalance: 'must be a percentage from 0 to 100',
  'rules.delayMs': 'must be a number of seconds, 0 or more (whole thousandths at most)',
};

/** The sentence shown for a field: the collector's, in the editor's units, starting with a capital. */
export function errorSentence(path: string, message: string): string {
  const said = IN_EDITOR_UNITS[path] ?? message;
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
}

/** The attributes tying an input to its field path and its error (when it has one), and to a hint. */
export function fieldProps(errors: FieldErrors, path: string, hintId?: string) {
  const id = fieldId(path);
  const invalid = errors.has(path);
  const described = [invalid ? `${id}-error` : undefined, hintId].filter(Boolean).join(' ');
  return { id, 'aria-invalid': invalid ? true : undefined, 'aria-describedby': described || undefined };
}

/** The collector's sentence for a field, next to it. */
export function FieldError({ errors, path }: { errors: FieldErrors; path: string }) {
  const message = errors.get(path);
  return message ? (
    <p class="field-error" id={`${fieldId(path)}-error`}>
      {errorSentence(path, message)}
    </p>
  ) : null;
}
