import { holdsAt, parseKeywordPattern, type KeywordPattern } from './keyword-pattern.js';
import { buildStringMatcher, type StringMatcher } from './string-matcher.js';

/**
 * Words that introduce what the person is after: "handle my emails so I can see my kids", "si
 * el papeleo se hiciera solo, podría dormir", "書類が片付けば、子どもに会える". Evidence after the
 * first of them weighs {@link FOCUS_WEIGHT} times as much in a single-label scheme, so the end
 * wins over the means. (Japanese puts the consequence after a conditional: たら, れば, けば.)
 */
const MARKERS = [
  // en
  'so i can', 'so i could', 'so that', 'so we can', 'i could', 'in order to', 'then i',
  // es
  'para poder', 'para que', 'podria', 'asi podre',
  // fr
  'pour pouvoir', 'pour que', 'pourrais', 'afin de',
  // de
  'damit', 'sodass', 'so dass', 'konnte ich', 'um mehr',
  // pt
  'pra poder', 'pra eu', 'pra que', 'poderia', 'eu poderia',
  // ja
  'たら', 'れば', 'けば',
  // ar
  'حتي', 'عشان', 'لكي',
  // he
  'כדי', 'הייתי',
];

/** How much more evidence after a focus marker counts. */
export const FOCUS_WEIGHT = 1.5;

let compiled: { patterns: KeywordPattern[]; matcher: StringMatcher } | undefined;

/** Where the first focus marker of a normalised answer ends, or -1. */
export function focusStart(normalized: string): number {
  compiled ??= (() => {
    const patterns = MARKERS.map((marker) => parseKeywordPattern(marker));
    return { patterns, matcher: buildStringMatcher(patterns.map((p) => p.literal)) };
  })();
  let first = -1;
  const { patterns, matcher } = compiled;
  matcher.scan(normalized, (index, end) => {
    if (first < 0 && holdsAt(patterns[index]!, normalized, end)) first = end;
  });
  return first;
}
