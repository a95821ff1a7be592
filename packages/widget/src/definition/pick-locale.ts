const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The first of the reader's languages (the `locale` option, the page's `lang`, the browser's)
 * that a definition has a text in: exactly ("pt-BR"), else by language ("pt-BR" reads "pt", "pt"
 * reads "pt-BR"). Undefined when it has none of them.
 */
export function matchLocale(have: readonly string[], wanted: readonly (string | undefined)[]): string | undefined {
  for (const tag of wanted) {
    if (!tag) continue;
    const found = have.find((own) => own.toLowerCase() === tag.toLowerCase().replace('_', '-')) ?? have.find((own) => language(own) === language(tag));
    if (found) return found;
  }
  return undefined;
}

/** The language a text is shown in: the reader's (matchLocale), else the definition's `defaultLocale` if the text has it, else its first. */
export const pickLocale = (have: readonly string[], wanted: readonly (string | undefined)[], fallback: string): string =>
  matchLocale(have, wanted) ?? (have.includes(fallback) ? fallback : have[0]!);
