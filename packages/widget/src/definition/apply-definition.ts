// The definition chunk (candor-definition.js; import() for npm users): loaded only when the
// `surveyUrl` option is set and Candor is about to show (an invitation is due, a draft resumes,
// or open()). It fetches the definition (or takes the kept one), checks it and lays it over the
// options; a page view that shows nothing never loads it.
import type { SurveyDefinition } from '@candor/protocol';
import { keptSurveys } from '../options/kept-survey.js';
import type { Question, ResolvedOptions } from '../options/options.js';
import { draftStore, RESUME_MS } from '../scheduling/draft-store.js';
import { DAY, type ShowPolicy } from '../scheduling/show-policy.js';
import { fetchDefinition, type DefinitionPlatform } from './fetch-definition.js';
import { matchLocale, pickLocale } from './pick-locale.js';

/**
 * Fetches the survey definition at `options.surveyUrl` and lays it over `options` (in place, so
 * every part of the runtime sees it): for the fields it sets, the definition wins over the page's
 * options. Its questions replace `questions`, each prompt in the reader's language (`wanted`), else
 * its `defaultLocale`, else its first, and answers record that language; its texts in that
 * language lay over `strings`; its survey id, version, counterbalancing and asking rules replace
 * the options of those names. Its id, version and rules are kept for the loader's later page views.
 *
 * A draft being resumed keeps the kept definition, whatever its age: its answers belong to that wording.
 *
 * When it cannot be had (unreachable, slower than 3 s, refused, invalid): one console error, then
 * the last good definition, else the page's own options. Never rejects for that. An invitation
 * the loader decided on then comes up only if the definition's rules allow it too.
 */
export async function applyDefinition(
  options: ResolvedOptions,
  platform: DefinitionPlatform,
  policy: ShowPolicy,
  wanted: readonly (string | undefined)[],
): Promise<void> {
  const url = new URL(options.surveyUrl!, location.href).href;
  // A draft being resumed (a reload, a crash) goes on in the wording it was begun in: the kept one.
  const draft = draftStore(platform).read();
  const resuming = draft?.survey === policy.survey && platform.now() - draft.at < RESUME_MS;
  const { definition, error } = await fetchDefinition(url, platform, resuming);
  if (error) console.error(`[candor] The survey definition at ${url} ${error}. Candor goes on with ${definition ? `the last good one (version ${definition.version})` : 'the options on the page'}.`);
  if (!definition) return;
  Object.assign(options, definitionOptions(definition, options, wanted));
  policy.survey = `${options.surveyId}@${options.surveyVersion}`;
  keptSurveys(platform).write({ [options.surveyUrl!]: { surveyId: options.surveyId, surveyVersion: options.surveyVersion, ...definition.rules } });
  // Whether an invitation may come up (claimed by a tab): as the loader decided, under the definition's rules.
  policy.allowed = (state) =>
    state.done !== policy.survey &&
    (state.quietUntil ?? 0) <= platform.now() &&
    (state.shown ?? 0) + options.frequencyDays * DAY <= platform.now() &&
    policy.draw('sample') < options.sampleRate &&
    (options.event ? (state.events ?? 0) >= options.eventCount : (state.pageViews ?? 0) >= options.minPageViews);
}

/** The options a definition sets, for a reader whose languages are `wanted`. */
export function definitionOptions(definition: SurveyDefinition, options: Pick<ResolvedOptions, 'strings'>, wanted: readonly (string | undefined)[]): Partial<ResolvedOptions> {
  const { defaultLocale, texts } = definition;
  const locale = pickLocale(Object.keys(definition.questions[0]!.prompt), wanted, defaultLocale);
  const inLocale = (text: Record<string, string>) => text[pickLocale(Object.keys(text), [locale, ...wanted], defaultLocale)]!;
  const questions: Question[] = definition.questions.map(({ prompt, placeholder, ...question }) => ({
    ...question,
    prompt: inLocale(prompt),
    ...(placeholder ? { placeholder: inLocale(placeholder) } : {}),
  }));
  const own = texts && matchLocale(Object.keys(texts), [locale]);
  return {
    surveyId: definition.surveyId,
    surveyVersion: definition.version,
    questions,
    // The language the questions are shown in: answers record it.
    locale,
    ...(definition.counterbalance !== undefined ? { counterbalance: definition.counterbalance } : {}),
    ...(own ? { strings: { ...options.strings, ...texts[own] } } : {}),
    ...definition.rules,
  };
}
