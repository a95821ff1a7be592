/** How the report writes numbers and languages: in English, whoever downloads it. */

/** A count, like "1,234". */
export const count = (n: number): string => n.toLocaleString('en-GB');

/** A share (0..1) as a whole percentage, like "19%"; below 1% with one decimal. */
export const pct = (share: number): string => `${share > 0 && share < 0.01 ? (share * 100).toFixed(1) : Math.round(share * 100)}%`;

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language tag by its English name ("pt-BR": "Brazilian Portuguese"); an unknown tag as it is. */
export const languageName = (tag: string): string => {
  try {
    return languages.of(tag) ?? tag;
  } catch {
    return tag;
  }
};
