import type { DefinitionTextKey } from '@candor/protocol';
import { languageName } from '../format/language-name.js';

/** The widget's texts a definition may set, in the order people meet them: label, and one line or a block. */
export const TEXT_LABELS: [DefinitionTextKey, string, 'line' | 'block'][] = [
  ['inviteTitle', 'Invitation: title', 'line'],
  ['inviteBody', 'Invitation: text', 'block'],
  ['consentTitle', 'Purpose screen: title', 'line'],
  ['consentPurpose', 'Purpose screen: what the answers are for', 'block'],
  ['consentKeep', 'Purpose screen: how long they are kept', 'block'],
  ['consentQuotes', 'Purpose screen: the choice to be quoted', 'block'],
  ['consentWithdraw', 'Purpose screen: how to withdraw', 'block'],
  ['thanks', 'Thank-you: title', 'line'],
  ['sent', 'Thank-you: text', 'block'],
];

/** The asking rules' labels, by the path the collector names them by. */
export const RULE_LABELS: Record<string, string> = {
  'rules.sampleRate': 'People ever asked (%)',
  'rules.minPageViews': 'Invite from this page view on',
  'rules.delayMs': 'Wait on the page before inviting (seconds)',
  'rules.frequencyDays': 'At most one invitation every (days)',
  'rules.event': 'Only after this event in your product',
  'rules.eventCount': 'After the event has happened this many times',
  'rules.pages': 'Only on these pages',
  counterbalance: 'People who see “hope” and “fear” in random order (%)',
};

const QUESTION_PARTS: Record<string, string> = { id: 'id', maxLength: 'longest answer', required: 'must be answered', followUp: 'follow-up' };

/** A field the collector names by its path, as the editor labels it: "questions[0].prompt.fr" is "Question 1 in French (fr)". */
export function fieldLabel(path: string): string {
  const question = /^questions\[(\d+)\](?:\.(\w+)(?:\.(.+))?)?$/.exec(path);
  if (question) {
    const [, index, part, locale] = question;
    const name = `Question ${Number(index) + 1}`;
    if (part === 'prompt' && locale) return `${name} in ${languageName(locale)} (${locale})`;
    if (part === 'placeholder' && locale) return `${name}, hint in ${languageName(locale)} (${locale})`;
    return part ? `${name}, ${QUESTION_PARTS[part] ?? part}` : name;
  }
  const text = /^texts\.([^.]+)\.(\w+)$/.exec(path);
  if (text) {
    const label = TEXT_LABELS.find(([key]) => key === text[2])?.[1] ?? text[2];
    return `${label} (${languageName(text[1]!)})`;
  }
  if (path === 'questions') return 'Questions';
  if (path === 'defaultLocale') return 'Default language';
  return RULE_LABELS[path] ?? path;
}
