import { dominantScript } from './dominant-script.js';

/** Longest follow-up shown, in characters. */
export const MAX_FOLLOW_UP_LENGTH = 200;

/** A usable follow-up, or why the model's text was not one. */
export type CleanedFollowUp = { ok: true; text: string } | { ok: false; reason: string };

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’'], ['„', '“'], ['„', '”'], ['«', '»'], ['»', '«'], ['‹', '›'], ['「', '」'], ['『', '』'], ['`', '`'],
];
/** Question marks: Latin, full-width (Chinese, Japanese), Arabic/Persian/Urdu, Greek, Armenian, Ethiopic. */
const QUESTION_MARKS = /[?？؟;\u037e՞፧]/gu;
const LABEL = /^(?:follow[- ]?up(?: question)?|question|q)\s*[:：]\s*/i;
const LINK = /\b(?:https?:\/\/|www\.)|\b[\w-]+\.(?:com|org|net|io|ai|dev|app)\b/i;
const MARKUP = /[*_`#|<>[\]{}@\\]|^(?:[-+>]|\d+[.)])\s/;
/** A sentence that ends before the last one starts: "Thanks. What...?" or 。/！ in CJK text. */
const SENTENCE_BREAK = /[.!…](?:\s+)(?=\S)|[。！]./u;

/**
 * Turns a model's reply into the follow-up to show, or rejects it: trims whitespace, wrapping
 * quotes, a "Question:" label and a reasoning model's <think> block; then accepts only one
 * sentence of at most {@link MAX_FOLLOW_UP_LENGTH} characters ending in its only question mark,
 * with no links, markup or e-mail addresses, written in the answer's script when the answer is
 * given. (Greek's question mark is ";", so ";" counts as one only when the locale or the answer is Greek.)
 */
export function cleanFollowUp(raw: string, context: { answer?: string; locale?: string } = {}): CleanedFollowUp {
  let text = raw.replace(/<think>[\s\S]*?<\/think>/gi, '');
  text = text.replace(/\s+/g, (run) => (/^[\u00a0\u202f]+$/.test(run) ? run[0]! : ' ')).trim();
  text = text.replace(LABEL, '');
  text = unquote(text);

  if (text === '') return { ok: false, reason: 'empty' };
  if ([...text].length > MAX_FOLLOW_UP_LENGTH) return { ok: false, reason: `longer than ${MAX_FOLLOW_UP_LENGTH} characters` };
  if (LINK.test(text)) return { ok: false, reason: 'holds a link' };
  if (MARKUP.test(text)) return { ok: false, reason: 'holds markup or an address' };

  const greek = /^el\b/i.test(context.locale ?? '') || (context.answer !== undefined && dominantScript(context.answer) === 'greek');
  const marks = [...text.matchAll(QUESTION_MARKS)].filter(([mark]) => mark !== ';' || greek);
  const last = text.at(-1) ?? '';
  const endsAsQuestion = marks.length > 0 && marks.at(-1)!.index === text.length - last.length;
  if (!endsAsQuestion) return { ok: false, reason: 'not a question' };
  if (marks.length > 1) return { ok: false, reason: 'more than one question' };
  if (SENTENCE_BREAK.test(text.slice(0, -1))) return { ok: false, reason: 'more than one sentence' };

  const answerScript = context.answer === undefined ? undefined : dominantScript(context.answer);
  const ownScript = dominantScript(text);
  if (answerScript && ownScript && answerScript !== ownScript) {
    return { ok: false, reason: `written in ${ownScript} script, the answer in ${answerScript}` };
  }
  return { ok: true, text };
}

function unquote(text: string): string {
  for (;;) {
    const pair = QUOTE_PAIRS.find(([open, close]) => text.length >= 2 && text.startsWith(open) && text.endsWith(close));
    if (!pair) return text;
    text = text.slice(pair[0].length, text.length - pair[1].length).trim();
  }
}
