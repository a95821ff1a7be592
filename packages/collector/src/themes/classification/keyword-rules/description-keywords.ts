import { normalizeAnswer } from './normalize-answer.js';

/** Function words a description is made of; what is left names the category. */
const STOP_WORDS = new Set(
  'a about after all also an and any are as at be because been being but by can could did do does doing for from get gets give gives has have how if in into is it its just like make makes may more most much no not of on or other our out over own same so some such than that the their them themselves they this those through to too up very was way what when where which while who why will with without would you your ai help helps'.split(' '),
);
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Weight of a word from the label, and from the description: a description word counts as much as a label word. */
const LABEL_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 1;

/**
 * Keyword rules made from a category's own words, for a category the method has no lexicon
 * for: each content word of the label and of the description (weight 1 each) becomes a
 * stem (words of 6+ letters lose their last two: "productive" → `produc…` also finds
 * "productivity"); Japanese and Chinese runs become two-character pieces. Only the language the
 * codebook is written in is covered, and only those words, so recall is much lower than with
 * a lexicon: give `keywords` for better labels.
 */
export function descriptionKeywords(category: { label: string; description: string }): string[] {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of normalizeAnswer(text).trim().split(' ')) {
      for (const rule of rulesFor(word)) weights.set(rule, Math.max(weights.get(rule) ?? 0, weight));
    }
  };
  add(category.description, DESCRIPTION_WEIGHT);
  add(category.label, LABEL_WEIGHT);
  return [...weights].map(([rule, weight]) => `${rule}:${weight}`);
}

function rulesFor(word: string): string[] {
  if (word.length === 0 || STOP_WORDS.has(word) || /^\d+$/u.test(word)) return [];
  const chars = [...word];
  if (UNSPACED.test(word)) {
    if (chars.length <= 2) return [word];
    return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
  }
  if (chars.length < 3) return [];
  return [chars.length >= 6 ? `${chars.slice(0, -2).join('')}*` : `${word}*`];
}
