import type { SubmitResult } from '../ui-contract.js';
import { strings } from './strings.js';

const kb = (bytes: number) => Math.ceil(bytes / 1000);

function message(result: SubmitResult | undefined): string {
  if (!result) return strings.sending;
  if (result.status !== 'refused') return strings[result.status];
  return result.reason === 'too_large' ? strings.tooLarge(kb(result.bytes), kb(result.limit)) : strings.queueFull;
}

/**
 * Tells the truth about where the answers are: sent, saved on the device, only in memory, or
 * refused (and then nothing is lost: the user goes back to what they typed).
 */
export function ThankYou({ result, onDone, onBack }: { result: SubmitResult | undefined; onDone: () => void; onBack: () => void }) {
  const refused = result?.status === 'refused';
  return (
    <div class="step" tabIndex={-1}>
      <p class="question">{refused ? strings.notSent : strings.thanks}</p>
      <p class="body" role="status">
        {message(result)}
      </p>
      <div class="actions">
        <span class="spacer" />
        {refused ? (
          <button type="button" class="primary" onClick={onBack}>
            {strings.backToAnswers}
          </button>
        ) : (
          <button type="button" class="primary" disabled={!result} onClick={onDone}>
            {strings.done}
          </button>
        )}
      </div>
    </div>
  );
}
