
/**
 * Every sentence the widget shows, as a template: `{product}`, `{n}`, `{total}`, `{kb}`, `{limit}`
 * and `{list}` are filled in where they appear. Teams can override any of them (`strings` option).
 *
 * A counted phrase (`email`, `phone`, `card`, `key`) lists its forms split by `|`, each but the
 * last tagged with its plural category as the language names them (`zero:`, `one:`, `two:`,
 * `few:`, `many:`); the last form is `other`, and stands in for any category without its own:
 * `one:{n} email address|{n} email addresses` (ui/plural.ts).
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
  /** The redaction preview: "Before sending, we'll remove {list}.", the list made of the counted phrases below. */
  removing: string;
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
  /** Asked when the user closes with something typed (and `sendPartial` on), with Send and Discard. */
  leaveAsk: string;
  send: string;
  discard: string;
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
  /** Asked before withdrawing, with Keep (the safe choice, focused) and the confirming button. */
  withdrawAsk: string;
  keep: string;
  confirmWithdraw: string;
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
