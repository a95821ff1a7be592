import { AR } from './lexicons/ar.js';
import { DE } from './lexicons/de.js';
import { EN } from './lexicons/en.js';
import { ES } from './lexicons/es.js';
import { FR } from './lexicons/fr.js';
import { HE } from './lexicons/he.js';
import { JA } from './lexicons/ja.js';
import { PT } from './lexicons/pt.js';
import type { Lexicon } from './lexicons/lexicon.js';

/** The shipped lexicons, one a language: en, es, fr, de, pt, ja, ar, he (the widget's languages). */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en: EN, es: ES, fr: FR, de: DE, pt: PT, ja: JA, ar: AR, he: HE };

/**
 * Every language's rules for each category id of the study's codebook, together: an answer is
 * matched against all of them, so it needs no language tag, and an answer mixing languages works.
 */
export const SEED_LEXICON: Readonly<Record<string, readonly string[]>> = mergeLexicons(Object.values(LEXICONS));

function mergeLexicons(lexicons: readonly Lexicon[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const lexicon of lexicons) {
    for (const [category, rules] of Object.entries(lexicon)) (merged[category] ??= []).push(...rules);
  }
  return merged;
}
