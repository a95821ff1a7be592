/** Scripts told apart, with Chinese characters and Japanese kana counted as one. */
const SCRIPTS: readonly [name: string, pattern: RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['thai', /\p{Script=Thai}/u],
];

/** Letters needed before a text's script counts as known. */
const MIN_LETTERS = 3;

/**
 * The writing system most of a text's letters are in ("latin", "han", "cyrillic"...), or
 * undefined when it has too few letters to tell or they are in a script not listed. A cheap
 * check that a follow-up is in the answer's language family, with no language model.
 */
export function dominantScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < MIN_LETTERS) return undefined;
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[0] !== 'other' ? best[0] : undefined;
}
