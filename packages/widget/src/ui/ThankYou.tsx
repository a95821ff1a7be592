import { useEffect, useRef } from 'preact/hooks';
import type { SubmitResult } from '../ui-contract.js';
import { strings } from './strings.js';

/** Tells the truth about where the answers are: sent, saved on the device, or only in memory. */
export function ThankYou({ result, onDone }: { result: SubmitResult | undefined; onDone: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (result) button.current?.focus();
  }, [result]);
  return (
    <div class="step">
      <p class="question">{strings.thanks}</p>
      <p class="body" role="status">
        {result ? strings[result] : strings.sending}
      </p>
      <div class="actions">
        <span class="spacer" />
        <button type="button" class="primary" ref={button} disabled={!result} onClick={onDone}>
          {strings.done}
        </button>
      </div>
    </div>
  );
}
