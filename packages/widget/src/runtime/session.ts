import type { Responses, Session as Facts } from '../delivery/build-submission.js';
import type { Count } from '../funnel/create-funnel.js';
import type { Platform } from '../platform/platform.js';
import type { DraftStore } from '../scheduling/draft-store.js';
import type { SurveyChoices } from '../scheduling/survey-choices.js';
import type { SubmitResult } from '../types.js';

/**
 * One asking: from the moment the widget is brought up (or a draft is found) to the moment it is
 * sent or left. It carries each fact of that asking once (the survey, what brought it up, the
 * language, the question order), for the draft, the UI and the submission alike, and holds the
 * one rule for an answer left part-way.
 */
export interface Session extends Facts {
  /** The survey (id@version) the draft belongs to. */
  survey: string;
  /** Keeps what was written so far (already redacted) on the device, for a reload or a crash. */
  save(step: number, responses: Responses): void;
  /** The user finished: the draft goes, the answers are queued and tried at once, and the survey counts as done (unless refused). */
  submit(responses: Responses): Promise<SubmitResult>;
  /** The questions went away; what was answered part-way is sent as partial, unless the team chose otherwise (or the user chose Discard: no responses). */
  leave(responses: Responses | undefined, finished: boolean): void;
  /** Counts a moment of this asking for the funnel (each at most once; nothing identifying). */
  count: Count;
}

/**
 * A session with these facts. The rest is the runtime's, the same for every session: `deliver`
 * hands answers to delivery with the session's facts (positional, to keep the runtime chunk small).
 */
export function createSession(
  facts: Omit<Session, 'save' | 'submit' | 'leave' | 'count'>,
  platform: Platform,
  drafts: DraftStore,
  choices: SurveyChoices,
  sendPartial: boolean,
  deliver: (responses: Responses, session: Session) => Promise<SubmitResult>,
  report: (error: unknown) => void,
  count: Count,
): Session {
  const session: Session = {
    ...facts,
    count,
    // The draft carries the session's facts, so a resumed or late submission records them as they were.
    save(step, responses) {
      // The first answer typed: the asking has started.
      if (responses.answers.length) count('started');
      drafts.write({ ...facts, at: platform.now(), step, responses });
    },
    async submit(responses) {
      drafts.write(undefined);
      // Counted as the user finishes, not once delivery answers: the page may go first.
      count('finished');
      const result = await deliver(responses, session);
      // Finished: not asked again (a refusal sends the user back to their answers instead).
      if (result.status !== 'refused') choices.finished();
      return result;
    },
    leave(responses, finished) {
      drafts.write(undefined);
      if (finished) choices.finished();
      else if (sendPartial && responses?.answers.length) return void (count('partial'), deliver({ ...responses, partial: true }, session).catch(report));
      // Closed without an answer going out (unless it ended otherwise: declined, finished...).
      count('dismissed');
    },
  };
  return session;
}
