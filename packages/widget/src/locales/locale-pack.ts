
/**
 * Every sentence the widget shows, as a template: `{product}`, `{n}`, `{total}`, `{kb}`, `{limit}`
 * and `{value}` are filled in where they appear. Teams can override any of them (`strings` option).
 */
export interface Strings {
  thisProduct: string;
  inviteTitle: string;
  inviteBody: string;
  start: string;
  notNow: string;
  noThanks: string;
  consentTitle: string;
  consentPurpose: string;
  consentKeep: string;
  consentQuotes: string;
  consentWithdraw: string;
  continue: string;
  dialogTitle: string;
  progress: string;
  required: string;
  charsLeft: string;
  restored: string;
  willRemove: string;
  email: string;
  phone: string;
  card: string;
  key: string;
  followUp: string;
  probeHope: string;
  probeOther: string;
  back: string;
  skip: string;
  next: string;
  finish: string;
  close: string;
  sending: string;
  thanks: string;
  sent: string;
  saved: string;
  memory: string;
  dropped: string;
  held: string;
  done: string;
  notSent: string;
  tooLarge: string;
  queueFull: string;
  backToAnswers: string;
  withdraw: string;
  withdrawn: string;
  withdrawFailed: string;
  /** The thank-you when every question was skipped: nothing is sent. */
  nothingSent: string;
}

export type StringKey = keyof Strings;

/** One language: the widget's sentences and the study's four questions, in that language. */
export interface LocalePack {
  /** Right to left (Arabic, Hebrew). */
  rtl?: boolean;
  strings: Strings;
  /** The study's questions: ids context, hope, experience, fear; `followUp` marks the ones a follow-up may probe. */
  questions: { id: string; prompt: string; followUp?: boolean }[];
}
