import type { LocalePack, Strings } from '../locales/locale-pack.js';
import type { Question, ResolvedOptions } from '../options/options.js';
import type { Platform } from '../platform/platform.js';
import type { Emitter } from '../runtime/events.js';
import type { Session } from '../runtime/session.js';
import type { Draft } from '../scheduling/draft-store.js';
import type { SurveyChoices } from '../scheduling/survey-choices.js';
import type { MountedWidget } from '../types.js';
import type { WithdrawResult } from '../delivery/withdrawal.js';
import { askFollowUp } from './ask-follow-up.js';
import { fill } from './fill.js';
import { mountWidget } from './mount.js';

export interface ShowContext {
  options: ResolvedOptions;
  platform: Platform;
  pack: LocalePack;
  /** The pack's language ("en", "ar"...). */
  lang: string;
  initialView: 'invitation' | 'questions';
  draft: Draft | undefined;
  /** This asking: its facts, its draft, its submission and the rule for leaving part-way. */
  session: Session;
  choices: SurveyChoices;
  emitter: Emitter;
  withdraw: () => Promise<WithdrawResult>;
  /** Told when the widget is gone from the page. */
  onClosed: () => void;
}

/** What the runtime calls to show the widget: wires the UI to the session, the user's choices and events. */
export function showWidget(context: ShowContext): MountedWidget {
  const { options, pack, session, choices, emitter } = context;
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
  if (session.swapped && hope >= 0 && fear >= 0) [questions[hope], questions[fear]] = [questions[fear]!, questions[hope]!];
  const probeUrl = new URL(options.probeEndpoint ?? 'probe', new URL(options.endpoint, location.href)).href;

  return mountWidget({
    questions,
    strings,
    lang: context.lang,
    questionsLang: session.locale,
    rtl: !!pack.rtl,
    theme: options.theme,
    position: options.position,
    initialView: context.initialView,
    consent: options.consent,
    redact: options.redact,
    sendPartial: options.sendPartial,
    followUps: options.followUps,
    draft: context.draft,
    saveDraft: session.save,
    probe: (question, answer) =>
      askFollowUp(context.platform, probeUrl, options.headers, {
        questionId: question.id,
        prompt: question.prompt,
        answer,
        locale: session.locale,
        surveyId: options.surveyId,
      }),
    submit: session.submit,
    withdraw: () => context.withdraw().then((result) => (result.withdrawn && session.count('withdrawn'), result)),
    decline: (kind) => (session.count(kind === 'never' ? 'declined' : 'postponed'), kind === 'never' ? choices.never() : choices.notNow()),
    shown: (view) => (session.count(view === 'invitation' ? 'invited' : 'opened'), emitter.emit('shown', { view })),
    closed(responses, finished) {
      context.onClosed();
      session.leave(responses, finished);
      emitter.emit('closed', { answered: responses?.answers.length ?? 0, finished });
    },
  });
}
