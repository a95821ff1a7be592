import * as z from 'zod';

/**
 * One query parameter: absent when missing or empty, a 400 saying so when it is repeated
 * (`?survey=a&survey=b`), else checked by `schema`. Messages are completed by the route's
 * error formatter into `The "<name>" query parameter <message>.`
 */
export function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, context) => {
    if (Array.isArray(value)) {
      context.addIssue({ code: 'custom', message: 'was given more than once; give it once', input: value });
      return z.NEVER;
    }
    return value === '' ? undefined : value;
  }, schema.optional());
}

/** PostgreSQL text cannot hold U+0000: a NUL in a parameter would fail in the database, so it is refused first. */
export const NO_NUL = 'must not contain a NUL character (%00)';
export const hasNoNul = (text: string) => !text.includes('\u0000');

/** Text of at most `max` characters, without NUL. */
export const queryText = (max: number) =>
  z
    .string('must be text')
    .max(max, { error: (issue) => `must be at most ${max} characters; it has ${String(issue.input).length}` })
    .refine(hasNoNul, NO_NUL);

/** A whole number from `min` to `max` written in digits; `fallback` when absent. */
export function wholeNumberParam(min: number, max: number, fallback: number) {
  const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
  const digits = z.string().transform((raw, context) => {
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
    context.addIssue({ code: 'custom', message: `must be a whole number ${range}; got ${JSON.stringify(raw)}`, input: raw });
    return z.NEVER;
  });
  return param(digits).transform((value) => value ?? fallback);
}

/** A parameter that must be there: `is required: <what>` when missing or empty. */
export function requiredParam(max: number, what: string) {
  return param(queryText(max)).superRefine((value, context) => {
    if (value === undefined) context.addIssue({ code: 'custom', message: `is required: ${what}`, input: value });
  }).transform((value) => value as string);
}
