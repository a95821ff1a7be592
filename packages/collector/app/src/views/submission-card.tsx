import { Fragment } from 'preact';
import type { Answer, StoredSubmission } from '../api/api-types.js';
import { describeTrigger } from '../format/describe-trigger.js';
import { countOf, formatShare } from '../format/format-number.js';
import { exactTime } from '../format/format-time.js';
import { languageName } from '../format/language-name.js';
import { TimeAgo } from '../ui/time-ago.js';

const REDACTION_NAMES: Record<string, [string, string]> = {
  email: ['email address', 'email addresses'],
  phone: ['phone number', 'phone numbers'],
  card: ['card number', 'card numbers'],
  key: ['key or password', 'keys or passwords'],
};

/** "2 email addresses and 1 phone number", or "None". */
export function describeRedactions(redactions: StoredSubmission['redactions']): string {
  const parts = Object.entries(redactions ?? {})
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([kind, n]) => {
      const [one, many] = REDACTION_NAMES[kind] ?? [kind, kind];
      return countOf(n as number, one, many);
    });
  return parts.length === 0 ? 'None' : parts.join(', ');
}

/** Whether the person allowed quoting, in words. */
export function describeConsent(consent: StoredSubmission['consent']): string {
  if (!consent) return 'Not asked';
  return consent.quotes ? 'Allowed' : 'Declined';
}

/** A respondent's pseudonym: six letters and digits from a hash of their id, the same wherever they appear, short enough to compare by eye. */
export function pseudonym(respondentId: string | undefined): string {
  if (!respondentId) return 'Not recorded';
  let hash = 0x811c9dc5;
  for (let i = 0; i < respondentId.length; i += 1) hash = Math.imul(hash ^ respondentId.charCodeAt(i), 0x01000193) >>> 0;
  return `Person ${hash.toString(36).padStart(6, '0').slice(-6).toUpperCase()}`;
}

/**
 * One submission, whole: each question exactly as it was shown with its answer, the follow-up
 * under its parent, and what came with it (consent, trigger, redactions, metadata, respondent,
 * survey version). `compact` leaves the details out.
 */
export function SubmissionCard({ submission: s, headingLevel = 2, compact = false }: { submission: StoredSubmission; headingLevel?: 2 | 3; compact?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `submission-${s.id}`;
  const answers = compact ? s.answers.filter((a) => a.text.trim() !== '').slice(0, 2) : s.answers;
  return (
    <article class="card" aria-labelledby={id}>
      <div class="submission-head">
        <Heading id={id}>
          {pseudonym(s.respondentId) === 'Not recorded' ? 'Someone' : pseudonym(s.respondentId)}, <TimeAgo iso={s.receivedAt} />
        </Heading>
        <span class="badge">{languageName(s.locale)}</span>
        {s.partial ? <span class="badge warn">Left part-way</span> : <span class="badge good">Finished</span>}
        {s.consent?.quotes ? <span class="badge">Quotes allowed</span> : null}
      </div>
      <ol class="qa">
        {answers.map((answer, index) => (
          <li key={`${answer.questionId}-${index}`}>
            <QuestionAndAnswer answer={answer} />
          </li>
        ))}
      </ol>
      {compact ? null : (
        <details>
          <summary>Details</summary>
          <dl class="facts">
            <dt>Survey</dt>
            <dd>
              {s.surveyId}, version {s.surveyVersion}
            </dd>
            <dt>Respondent</dt>
            <dd>{pseudonym(s.respondentId)}</dd>
            <dt>Quotes</dt>
            <dd>{describeConsent(s.consent)}</dd>
            <dt>How it was offered</dt>
            <dd>{describeTrigger(s.context.trigger)}</dd>
            <dt>Who was asked</dt>
            <dd>{s.sampleRate >= 1 ? 'Everyone was asked' : `${formatShare(s.sampleRate)} of visitors, chosen at random`}</dd>
            <dt>Removed on the device</dt>
            <dd>{describeRedactions(s.redactions)}</dd>
            <dt>Page</dt>
            <dd>{s.context.path}</dd>
            {s.context.product ? (
              <>
                <dt>Product</dt>
                <dd>{s.context.product}</dd>
              </>
            ) : null}
            <dt>Written</dt>
            <dd>{exactTime(s.createdAt)}</dd>
            <dt>Received</dt>
            <dd>{exactTime(s.receivedAt)}</dd>
            {Object.entries(s.context.metadata ?? {}).map(([key, value]) => (
              <Fragment key={key}>
                <dt>{key}</dt>
                <dd>{value === null ? '(empty)' : String(value)}</dd>
              </Fragment>
            ))}
          </dl>
        </details>
      )}
    </article>
  );
}

function QuestionAndAnswer({ answer }: { answer: Answer }) {
  const skipped = answer.text.trim() === '';
  return (
    <>
      <p class="prompt">{answer.prompt}</p>
      <p class={skipped ? 'answer-text skipped' : 'answer-text'}>{skipped ? 'Skipped' : answer.text}</p>
      {answer.followUp ? (
        <div class="follow-up">
          <p class="prompt">
            Follow-up{answer.followUp.source === 'model' ? ', written for this answer' : ''}: {answer.followUp.prompt}
          </p>
          <p class={answer.followUp.text.trim() === '' ? 'answer-text skipped' : 'answer-text'}>{answer.followUp.text.trim() === '' ? 'Skipped' : answer.followUp.text}</p>
        </div>
      ) : null}
    </>
  );
}
