import { normalizeAnswer } from './normalize-answer.js';

/** One keyword rule, parsed: see {@link parseKeywordPattern} for the syntax. */
export interface KeywordPattern {
  /** As written, for error messages and explanations. */
  source: string;
  /** The normalised words to find (see normalizeAnswer), single-spaced, no padding. */
  literal: string;
  /** Must begin a word (else it may begin inside one). */
  wordStart: boolean;
  /** Must end a word (else the word may go on: a stem). */
  wordEnd: boolean;
  /** Must be the first word of the answer. */
  answerStart: boolean;
  /** Must be the last word of the answer. */
  answerEnd: boolean;
  weight: number;
  /** Arabic and Hebrew write short words (and, the, to, in...) joined to the next word: a word may begin after them. */
  clitics: 'arabic' | 'hebrew' | undefined;
}

const WEIGHT = /:(-?\d+(?:\.\d+)?)$/u;
/** Scripts written without spaces between words: their patterns match anywhere in the text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC = /^\p{Script=Arabic}/u;
const HEBREW = /^\p{Script=Hebrew}/u;

/**
 * Parses one keyword rule. The words are matched after both sides go through normalizeAnswer
 * (case, accents, punctuation and spacing do not matter), whole words by default:
 *
 * - `time` the word "time"; `free time` the two words in a row;
 * - `learn*` a word starting with "learn" (learn, learning, learned); `*arbeitslos*` a word
 *   containing it; `*daten` a word ending with it (German compounds);
 * - `^no` only as the answer's first word; `nothing$` only as its last;
 * - `cure*:2` counts twice (any weight from 0.1 to 10; default 1); `no comment:-3` counts against;
 * - Japanese (kana, kanji) is matched anywhere, as it has no spaces: `自由な時間`;
 * - Arabic and Hebrew words may also begin after attached short words (و، ال، ب، ل... / ו, ה, ב,
 *   ל, מ, ש, כ): `وظائف` finds "والوظائف", `עבוד*` finds "והעבודה".
 *
 * Throws an Error naming the rule when it is malformed.
 */
export function parseKeywordPattern(source: string): KeywordPattern {
  let rest = source.trim();
  let weight = 1;
  const weighted = WEIGHT.exec(rest);
  if (weighted) {
    weight = Number(weighted[1]);
    if (!(Math.abs(weight) >= 0.1 && Math.abs(weight) <= 10)) throw new Error(`keyword "${source}": the weight after ":" must be from 0.1 to 10, or from -10 to -0.1 to count against`);
    rest = rest.slice(0, weighted.index);
  }
  const answerStart = rest.startsWith('^');
  if (answerStart) rest = rest.slice(1);
  const answerEnd = rest.endsWith('$');
  if (answerEnd) rest = rest.slice(0, -1);
  const openStart = rest.startsWith('*');
  if (openStart) rest = rest.slice(1);
  const openEnd = rest.endsWith('*');
  if (openEnd) rest = rest.slice(0, -1);
  if (/[*^$]/u.test(rest)) throw new Error(`keyword "${source}": "*" may only open or close it, "^" only start it and "$" only end it`);
  const literal = normalizeAnswer(rest).trim();
  if (literal.length === 0) throw new Error(`keyword "${source}": has no letters or digits to match`);
  const unspaced = UNSPACED.test(literal);
  return {
    source,
    literal,
    wordStart: answerStart || (!openStart && !unspaced),
    wordEnd: answerEnd || (!openEnd && !unspaced),
    answerStart,
    answerEnd,
    weight,
    clitics: ARABIC.test(literal) ? 'arabic' : HEBREW.test(literal) ? 'hebrew' : undefined,
  };
}

const ARABIC_CLITICS = /^(?:[وف]?[بكلس]?(?:ال)?|[وف]?لل)$/u;
const HEBREW_CLITICS = /^[ושהבלמכ]{1,3}$/u;
const SPACE = 32;

/** Whether an occurrence of the pattern's literal ending at `end` of a normalised text obeys its boundaries. */
export function holdsAt(pattern: KeywordPattern, text: string, end: number): boolean {
  if (pattern.wordEnd && text.charCodeAt(end) !== SPACE) return false;
  if (pattern.answerEnd && end !== text.length - 1) return false;
  if (!pattern.wordStart) return true;
  const start = end - pattern.literal.length;
  let wordBegins = start;
  if (text.charCodeAt(start - 1) !== SPACE) {
    if (!pattern.clitics) return false;
    wordBegins = text.lastIndexOf(' ', start - 1) + 1;
    const attached = text.slice(wordBegins, start);
    if (!(pattern.clitics === 'arabic' ? ARABIC_CLITICS : HEBREW_CLITICS).test(attached)) return false;
  }
  return !pattern.answerStart || wordBegins === 1;
}
