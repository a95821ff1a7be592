import { fill } from './fill.js';

/**
 * The form of a counted phrase for `n` in the language `lang`, with `{n}` filled in. The phrase
 * lists its forms split by `|`, each but the last tagged with the plural category it is for
 * (`one:`, `two:`, `few:`...; Intl.PluralRules names them); the last is `other`, and stands in for
 * any category without a form of its own: "one:{n} email address|{n} email addresses".
 */
export function plural(phrase: string, n: number, lang: string): string {
  const forms = phrase.split('|');
  const tag = new Intl.PluralRules(lang).select(n) + ':';
  const form = forms.find((f) => f.startsWith(tag));
  return fill(form ? form.slice(tag.length) : forms[forms.length - 1]!, { n });
}
