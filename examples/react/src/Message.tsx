/** @jsxImportSource react */

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
  /** Offer the user a way to tell the team what they hope for, after this reply. */
  askForFeedback?: boolean;
}

/** One turn of the conversation. */
export function Message({ turn, onAskForFeedback }: { turn: Turn; onAskForFeedback: () => void }) {
  return (
    <li className={`msg ${turn.role}`}>
      {turn.text}
      {turn.askForFeedback && (
        <button type="button" className="inline-ask" onClick={onAskForFeedback}>
          Tell the Acme team what you hope for →
        </button>
      )}
    </li>
  );
}
