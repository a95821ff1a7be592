/** The languages the widget speaks (one chunk each: src/locales). */
export const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'ar', 'he'] as const;
export type LocaleName = (typeof LOCALES)[number];

/**
 * The widget's language: the first candidate (the `locale` option, the page's `lang`, the
 * browser's languages) whose language the widget speaks; "pt-BR" speaks "pt", old "iw" is Hebrew.
 * English when none matches. Also gives the tag that matched ("pt-BR"), which answers record.
 */
export function resolveLocale(candidates: readonly (string | undefined)[]): [name: LocaleName, tag: string] {
  for (const tag of candidates) {
    const lang = tag?.toLowerCase().split(/[-_]/)[0];
    const name = (lang === 'iw' ? 'he' : lang) as LocaleName;
    if (LOCALES.includes(name)) return [name, tag!];
  }
  return ['en', 'en'];
}
