import type { Responses } from '../../src/delivery/build-submission.js';
import en from '../../src/locales/en.js';
import type { Question } from '../../src/options/options.js';
import type { WidgetController } from '../../src/types.js';
import { fill } from '../../src/ui/fill.js';

/** The study's questions in English, for a product called Acme, as the core hands them to the UI. */
export const ACME_QUESTIONS: Question[] = en.questions.map((q) => ({ required: false, maxLength: 5000, followUp: false, ...q, prompt: fill(q.prompt, { product: 'Acme' }) }));

export const HOPE = 'If you could wave a magic wand, what would AI do for you?';

/** A controller like the one the core builds, recording what the UI tells it. */
export function controller(over: Partial<WidgetController> = {}) {
  const calls = {
    submitted: [] as Responses[],
    closed: [] as [Responses | undefined, boolean][],
    declined: [] as string[],
    drafts: [] as [number, Responses][],
    probed: [] as [string, string][],
    withdrawals: 0,
  };
  const strings = { ...en.strings };
  for (const key in strings) strings[key as keyof typeof strings] = fill(strings[key as keyof typeof strings], { product: 'Acme' });
  const c: WidgetController = {
    questions: ACME_QUESTIONS,
    strings,
    lang: 'en',
    questionsLang: 'en',
    rtl: false,
    theme: 'light',
    position: 'bottom-right',
    initialView: 'questions',
    consent: false,
    redact: true,
    sendPartial: true,
    followUps: 0,
    draft: undefined,
    saveDraft: (step, responses) => calls.drafts.push([step, responses]),
    probe: async (question, answer) => (calls.probed.push([question.id, answer]), null),
    submit: async (r) => (calls.submitted.push(r), { status: 'sent' }),
    withdraw: async () => (calls.withdrawals++, { withdrawn: 1, failed: 0 }),
    decline: (kind) => calls.declined.push(kind),
    closed: (r, finished) => calls.closed.push([r, finished]),
    shown: () => {},
    ...over,
  };
  return { c, calls };
}
