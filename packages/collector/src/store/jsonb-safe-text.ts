const UNSAFE = '\\u0000|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const HAS_UNSAFE = new RegExp(UNSAFE);
const ALL_UNSAFE = new RegExp(UNSAFE, 'g');

const clean = (s: string) => (HAS_UNSAFE.test(s) ? s.replace(ALL_UNSAFE, '\uFFFD') : s);

/**
 * JSON text that PostgreSQL's jsonb accepts: NUL characters and lone surrogates, in keys and
 * values, become U+FFFD. Lossy by design; only for the queryable copy of a submission.
 */
export function jsonbSafeText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string') return clean(v);
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).some((k) => HAS_UNSAFE.test(k))) {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [clean(k), inner]));
    }
    return v;
  });
}
