/** Kana voicing marks: NFD splits が into か + ゛, and they must survive the accent stripping. */
const KANA_MARKS = /[\u3099\u309A]/u;
const MARK = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}\u3099\u309A]+/gu;
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々';
/** Where a run of Japanese meets Latin letters or digits ("pythonのスクリプト"): a word boundary. */
const SCRIPT_CHANGE = new RegExp(`(?<=[${UNSPACED}])(?=[\\p{Script=Latin}\\p{N}])|(?<=[\\p{Script=Latin}\\p{N}])(?=[${UNSPACED}])`, 'gu');
/** Hebrew final letters, folded to their usual forms so that a stem matches inside a longer word. */
const HEBREW_FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/**
 * An answer as the keyword rules read it: its words lower-cased, separated by single spaces,
 * with one space before the first and after the last (" take over my emails "), so that a word
 * boundary is always a space. Punctuation and symbols become spaces; accents are removed
 * (é → e, ü → u, ß → ss), except the kana voicing marks Japanese needs. Arabic is lightly
 * normalised the usual way (short vowels and tatweel dropped, أ/إ/آ → ا, ى → ي, ة → ه) and Hebrew
 * loses its points and final letter forms, so a pattern written without them matches text typed
 * either way. Japanese stays unsplit, but a Latin word or number inside it ("Pythonの") is set
 * apart. Patterns go through the same function, so both sides always agree.
 */
export function normalizeAnswer(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .normalize('NFD')
    .replace(MARK, (mark) => (KANA_MARKS.test(mark) ? mark : ''))
    .normalize('NFC')
    .replace(/\u0640/gu, '')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/[ךםןףץ]/gu, (letter) => HEBREW_FINALS[letter]!)
    .replace(SCRIPT_CHANGE, ' ');
  const words = folded.split(NOT_WORD).filter((word) => word.length > 0);
  return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}
