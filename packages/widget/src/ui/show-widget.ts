import type { Responses } from '../build-submission.js';
import type { Draft, DraftStore } from '../draft-store.js';
import type { Emitter } from '../events.js';
import type { LocalePack, Strings } from '../locales/locale-pack.js';
import type { Question, ResolvedOptions } from '../options.js';
import type { SurveyChoices } from '../survey-choices.js';
import type { MountedWidget, SubmitResult } from '../ui-contract.js';
import type { WithdrawResult } from '../withdrawal.js';
import { askFollowUp } from './ask-follow-up.js';
import { fill } from './fill.js';
import { mountWidget } from './mount.js';

export interface ShowContext {
  options: ResolvedOptions;
  pack: LocalePack;
  /** The pack's language ("en", "ar"...). */
  lang: string;
  /** The language tag answers record. */
  locale: string;
  initialView: 'invitation' | 'questions';
  draft: Draft | undefined;
  /** Counterbalancing: undefined for the set order, else whether hope and fear swap places. */
  swapped: boolean | undefined;
  /** The survey (id@version) drafts belong to. */
  survey: string;
  /** What brought the questions up. */
  trigger: string;
  choices: SurveyChoices;
  drafts: DraftStore;
  emitter: Emitter;
  submit: (responses: Responses) => Promise<SubmitResult>;
  withdraw: () => Promise<WithdrawResult>;
  report: (error: unknown) => void;
  /** Told when the widget is gone from the page. */
  onClosed: () => void;
}

/** What the loader calls to show the widget: wires the UI to the invitation policy, drafts, delivery and events. */
export function showWidget(context: ShowContext): MountedWidget {
  const { options, pack, choices, drafts, emitter, submit, report } = context;
  const product = options.product ?? pack.strings.thisProduct;
  const strings = { ...pack.strings, ...options.strings } as Strings;
  for (const key in strings) strings[key as keyof Strings] = fill(strings[key as keyof Strings], { product });
  const questions: Question[] = (options.questions ?? pack.questions).map((q) => ({
    required: false,
    maxLength: 5000,
    followUp: false,
    ...q,
    prompt: fill(q.prompt, { product }),
  }));
  // Counterbalancing: hope and fear trade places for the users drawn to see them swapped.
  const hope = questions.findIndex((q) => q.id === 'hope');
  const fear = questions.findIndex((q) => q.id === 'fear');
  if (context.swapped && hope >= 0 && fear >= 0) [questions[hope], questions[fear]] = [questions[fear]!, questions[hope]!];
  const probeUrl = new URL(options.probeEndpoint ?? 'probe', new URL(options.endpoint, location.href)).href;

  return mountWidget({
    questions,
    strings,
    lang: context.lang,
    questionsLang: context.locale,
    rtl: !!pack.rtl,
    theme: options.theme,
    position: options.position,
    initialView: context.initialView,
    consent: options.consent,
    redact: options.redact,
    followUps: options.followUps,
    draft: context.draft,
    saveDraft: (step, responses) =>
      drafts.write({ at: Date.now(), survey: context.survey, step, responses, swapped: context.swapped, trigger: context.trigger }),
    probe: (question, answer) =>
      askFollowUp(probeUrl, { questionId: question.id, prompt: question.prompt, answer, locale: context.locale, surveyId: options.surveyId }),
    async submit(responses) {
      drafts.write(undefined);
      const result = await submit(responses);
      // Finished: not asked again (a refusal sends the user back to their answers instead).
      if (result.status !== 'refused') choices.finished();
      return result;
    },
    withdraw: context.withdraw,
    decline: (kind) => (kind === 'never' ? choices.never() : choices.notNow()),
    shown: (view) => emitter.emit('shown', { view }),
    closed(responses, finished) {
      context.onClosed();
      drafts.write(undefined);
      if (finished) choices.finished();
      // Leaving part-way still keeps what was answered, unless the team chose otherwise.
      else if (options.sendPartial && responses?.answers.length) submit({ ...responses, partial: true }).catch(report);
      emitter.emit('closed', { answered: responses?.answers.length ?? 0, finished });
    },
  });
}
