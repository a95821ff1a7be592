/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { h } from 'preact';
import type { Strings } from '../locales/locale-pack.js';

interface Props {
  s: Strings;
  quotes: boolean;
  onQuotes: (quotes: boolean) => void;
  onContinue: () => void;
  onDecline: () => void;
}

/** The purpose screen: what the answers are for, how they are kept, quotes (the user's choice, off by default), withdrawal. */
export function ConsentStep({ s, quotes, onQuotes, onContinue, onDecline }: Props) {
  return (
    <div class="step">
      <h2 class="question">{s.consentTitle}</h2>
      <p class="body">{s.consentPurpose}</p>
      <p class="body">{s.consentKeep}</p>
      <p class="body">{s.consentWithdraw}</p>
      <label class="check">
        <input type="checkbox" checked={quotes} onChange={(event) => onQuotes(event.currentTarget.checked)} />
        <span>{s.consentQuotes}</span>
      </label>
      <div class="actions">
        <button type="button" class="quiet" onClick={onDecline}>
          {s.noThanks}
        </button>
        <span class="spacer" />
        <button type="button" class="primary" onClick={onContinue}>
          {s.continue}
        </button>
      </div>
    </div>
  );
}
