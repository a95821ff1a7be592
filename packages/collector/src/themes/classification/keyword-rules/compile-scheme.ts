import { descriptionKeywords } from './description-keywords.js';
import type { KeywordRulesScheme } from './keyword-codebook.js';
import { parseKeywordPattern, type KeywordPattern } from './keyword-pattern.js';
import { SEED_LEXICON } from './seed-lexicon.js';
import { buildStringMatcher, type StringMatcher } from './string-matcher.js';

/** Where a category's rules come from: the shipped lexicon, the codebook's `keywords`, both, or only its label and description. */
export type KeywordSource = 'lexicon' | 'keywords' | 'lexicon and keywords' | 'label and description';

/** A scheme's rules, ready to scan answers with. */
export interface CompiledScheme {
  multiLabel: boolean;
  categoryIds: readonly string[];
  sources: readonly KeywordSource[];
  patterns: readonly KeywordPattern[];
  /** The category (index into categoryIds) of each pattern. */
  categoryOf: Int32Array;
  matcher: StringMatcher;
}

const compiled = new WeakMap<KeywordRulesScheme, CompiledScheme>();

/**
 * The rules of every category of a scheme, compiled into one matcher (cached per scheme object).
 * A category of the study's codebook (by id) gets the shipped lexicon, plus any `keywords` the
 * codebook gives; another category gets its `keywords`, or else rules made from its label and
 * description. Throws an Error naming the category and the rule when a keyword is malformed.
 */
export function compileScheme(scheme: KeywordRulesScheme): CompiledScheme {
  const cached = compiled.get(scheme);
  if (cached) return cached;
  const patterns: KeywordPattern[] = [];
  const categories: number[] = [];
  /** The same rule from two languages (or a lexicon and the codebook) counts once, at its highest weight. */
  const byKey = new Map<string, number>();
  const sources: KeywordSource[] = [];
  scheme.categories.forEach((category, index) => {
    const seeded = SEED_LEXICON[category.id] ?? [];
    const own = category.keywords ?? [];
    const rules = seeded.length + own.length > 0 ? [...seeded, ...own] : descriptionKeywords(category);
    sources.push(seeded.length > 0 ? (own.length > 0 ? 'lexicon and keywords' : 'lexicon') : own.length > 0 ? 'keywords' : 'label and description');
    for (const rule of rules) {
      let pattern: KeywordPattern;
      try {
        pattern = parseKeywordPattern(rule);
      } catch (error) {
        throw new Error(`Codebook question "${scheme.questionId}", category "${category.id}": ${(error as Error).message}`);
      }
      const key = `${index} ${+pattern.wordStart}${+pattern.wordEnd}${+pattern.answerStart}${+pattern.answerEnd} ${pattern.literal}`;
      const known = byKey.get(key);
      if (known !== undefined) {
        if (pattern.weight > patterns[known]!.weight) patterns[known] = pattern;
        continue;
      }
      byKey.set(key, patterns.length);
      patterns.push(pattern);
      categories.push(index);
    }
  });
  const result: CompiledScheme = {
    multiLabel: scheme.multiLabel,
    categoryIds: scheme.categories.map((c) => c.id),
    sources,
    patterns,
    categoryOf: Int32Array.from(categories),
    matcher: buildStringMatcher(patterns.map((p) => p.literal)),
  };
  compiled.set(scheme, result);
  return result;
}
