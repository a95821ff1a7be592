import type { Strings } from '../locales/locale-pack.js';
import { fill } from './fill.js';
import { plural } from './plural.js';
import type { Redaction, RedactionKind } from './redact.js';

/**
 * What redaction will remove, as one calm sentence in the widget's language, kinds in the order
 * they first appear: "Before sending, we’ll remove 2 email addresses and 1 phone number." Empty
 * when nothing is found.
 */
export function removalSentence(s: Strings, lang: string, found: Redaction[]): string {
  const counts = new Map<RedactionKind, number>();
  for (const { kind } of found) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const phrases = [...counts].map(([kind, n]) => plural(s[kind], n, lang));
  return phrases.length ? fill(s.removing, { list: new Intl.ListFormat(lang).format(phrases) }) : '';
}
