/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { h } from 'preact';
interface Props {
  /** The question, e.g. "Send what you wrote?". */
  text: string;
  /** The safe choice (keeps what the user has), focused when the question appears. */
  safe: string;
  other: string;
  onSafe: () => void;
  onOther: () => void;
}

/**
 * A question before something that cannot be taken back (leaving with answers typed, withdrawing),
 * in place of the step: an alert dialog named by its question, so a screen reader says it as focus
 * moves to the safe choice. Escape goes back to the step (the dialog handles it).
 */
export function Confirm({ text, safe, other, onSafe, onOther }: Props) {
  return (
    <div class="step" role="alertdialog" aria-labelledby="candor-ask">
      <h2 id="candor-ask" class="question">
        {text}
      </h2>
      <div class="actions">
        <button type="button" onClick={onOther}>
          {other}
        </button>
        <span class="spacer" />
        <button type="button" class="primary" onClick={onSafe}>
          {safe}
        </button>
      </div>
    </div>
  );
}
