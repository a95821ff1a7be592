import { normalizeAnswer } from './normalize-answer.js';

/**
 * Whole answers that say nothing about the question, in the widget's languages: "I don't know",
 * "no comment", "pass"... Some start like a real answer ("no…", "nothing…") and would otherwise
 * be labelled; an answer that is only one of these is "not classified".
 */
const PHRASES = [
  // en
  "i don't know", 'i dont know', "don't know", 'dont know', 'idk', 'dunno', 'no idea', 'not sure', "i'm not sure", 'no comment', 'no comments', 'n/a', 'na', 'pass', 'skip', 'test', 'testing', 'nothing to say', 'no answer', 'maybe', 'ok', 'okay', 'yes', 'lol',
  // es
  'no sé', 'no lo sé', 'ni idea', 'no tengo idea', 'sin comentarios', 'paso', 'prueba', 'nada que decir', 'no estoy seguro', 'no estoy segura', 'quizás', 'tal vez', 'sí',
  // fr
  'je ne sais pas', 'je sais pas', 'sais pas', 'aucune idée', 'pas de commentaire', 'sans commentaire', 'je passe', 'rien à dire', 'peut-être', 'oui',
  // de
  'weiß nicht', 'ich weiß nicht', 'keine ahnung', 'kein kommentar', 'keine angabe', 'nichts zu sagen', 'vielleicht', 'ja',
  // pt
  'não sei', 'sei lá', 'nem ideia', 'sem comentários', 'sem comentario', 'passo', 'nada a dizer', 'talvez', 'sim',
  // ja
  'わからない', '分からない', 'わかりません', '分かりません', '知らない', 'ノーコメント', '特になし', 'なし', 'パス', 'たぶん', '多分', 'はい',
  // ar
  'لا أعرف', 'لا اعرف', 'ما أعرف', 'مش عارف', 'لا أدري', 'بدون تعليق', 'لا تعليق', 'ربما', 'نعم',
  // he
  'לא יודע', 'לא יודעת', 'אין לי מושג', 'אין תגובה', 'ללא תגובה', 'אולי', 'כן',
];

const NON_ANSWERS = new Set(PHRASES.map(normalizeAnswer));

/** Whether a normalised answer (see normalizeAnswer) is only a non-answer. */
export function isNonAnswer(normalized: string): boolean {
  return NON_ANSWERS.has(normalized);
}
