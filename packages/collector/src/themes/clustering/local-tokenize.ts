import { LOCAL_STOP_WORDS } from './local-stop-words.js';

/** A run of letters (any script, accents kept as combining marks or precomposed) and apostrophes inside words. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Scripts written without spaces between words: Han, Hiragana, Katakana and Hangul syllables. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々]/u;
/** Hiragana: in Japanese mostly particles and endings, so it separates the content runs (kanji, katakana). */
const HIRAGANA = /^\p{Script=Hiragana}+$/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’]+$/u;
/** Latin words are cut to this many letters (accents removed): "financial", "finanzas" and "Finanzen" meet. */
const STEM_LENGTH = 5;

/** One term of a text: what TF-IDF counts (`stem`) and the word it came from (to name clusters). */
export interface Token {
  stem: string;
  word: string;
}

/**
 * The terms of a text, Unicode-aware and language-agnostic. Text is normalised (NFKC) and
 * lower-cased; words are runs of letters of any script. Stop words (en, es, fr, de, pt), one-
 * letter words, possessive "'s" and elisions (l', d', qu'...) are dropped. A Latin word is
 * stemmed by truncation: plural "s" folded, accents removed, cut to five letters, which works
 * about as well as a real stemmer across European languages and lets cognates meet. Runs of
 * CJK characters become overlapping character bigrams (a lone character stays a unigram), as
 * search engines index text without spaces, with hiragana (Japanese particles and endings) left out.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    for (const piece of splitCjk(word)) {
      if (HIRAGANA.test(piece)) continue;
      if (CJK.test(piece)) tokens.push(...bigrams(piece).map((bigram) => ({ stem: bigram, word: bigram })));
      else addWord(tokens, piece);
    }
  }
  return tokens;
}

/** Splits a word into runs of one kind: hiragana, other CJK, or anything else. */
function splitCjk(word: string): string[] {
  const kind = (char: string) => (HIRAGANA.test(char) ? 2 : CJK.test(char) ? 1 : 0);
  const runs: string[] = [];
  let run = '';
  let runKind = 0;
  for (const char of word) {
    const k = kind(char);
    if (run && k !== runKind) {
      runs.push(run);
      run = '';
    }
    run += char;
    runKind = k;
  }
  if (run) runs.push(run);
  return runs;
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

function addWord(tokens: Token[], raw: string): void {
  const word = raw.replace(/['’]s$/u, '').replace(/^(?:l|d|j|qu|n|s|c|m|t)['’]/u, '');
  if ([...word].length < 2 || LOCAL_STOP_WORDS.has(word)) return;
  if (!LATIN.test(word)) {
    tokens.push({ stem: word, word });
    return;
  }
  const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (LOCAL_STOP_WORDS.has(singular)) return;
  const stem = [...singular.normalize('NFD').replace(/\p{M}/gu, '')].slice(0, STEM_LENGTH).join('');
  tokens.push({ stem, word });
}
