/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { h } from 'preact';
import type { Strings } from '../locales/locale-pack.js';
import type { SubmitResult } from '../types.js';
import { fill } from './fill.js';

const kb = (bytes: number) => Math.ceil(bytes / 1000);

interface Props {
  s: Strings;
  result: SubmitResult | undefined;
  /** After "Withdraw my answers": whether it worked. */
  withdrawn: boolean | undefined;
  /** Every question was skipped: nothing was sent. */
  empty: boolean | undefined;
  /** Withdrawing now: no second "Withdraw my answers" meanwhile. */
  busy: boolean;
  onDone: () => void;
  onBack: () => void;
  onWithdraw: () => void;
}

function message(s: Strings, result: SubmitResult | undefined, withdrawn: boolean | undefined, empty: boolean | undefined): string {
  if (withdrawn !== undefined) return withdrawn ? s.withdrawn : s.withdrawFailed;
  if (!result) return empty ? s.nothingSent : s.sending;
  if (result.status !== 'refused') return s[result.status];
  return result.reason === 'too_large' ? fill(s.tooLarge, { kb: kb(result.bytes), limit: kb(result.limit) }) : s.queueFull;
}

/**
 * Tells the truth about where the answers are: sent, saved on the device, only in memory, or
 * refused (and then nothing is lost: the user goes back to what they typed); or that nothing was
 * sent, because every question was skipped. Kept answers can be withdrawn from here (once confirmed).
 */
export function ThankYou({ s, result, withdrawn, empty, busy, onDone, onBack, onWithdraw }: Props) {
  const refused = result?.status === 'refused';
  const kept = result && !refused && result.status !== 'dropped' && !withdrawn && !busy;
  // After a withdrawal, what happened is the headline: no "Thank you" above it. (The status line
  // stays the same element, so a screen reader hears its new words.)
  const after = withdrawn !== undefined;
  return (
    <div class="step" tabIndex={-1}>
      {!after && <h2 class="question">{refused ? s.notSent : s.thanks}</h2>}
      <p class={after ? 'question' : 'body'} role="status">
        {message(s, result, withdrawn, empty)}
      </p>
      <div class="actions">
        {kept && (
          <button type="button" class="quiet" onClick={onWithdraw}>
            {s.withdraw}
          </button>
        )}
        <span class="spacer" />
        {refused ? (
          <button type="button" class="primary" onClick={onBack}>
            {s.backToAnswers}
          </button>
        ) : (
          <button type="button" class="primary" disabled={!result && !empty} onClick={onDone}>
            {s.done}
          </button>
        )}
      </div>
    </div>
  );
}
