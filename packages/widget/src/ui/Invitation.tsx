import type { Strings } from '../locales/locale-pack.js';

interface Props {
  s: Strings;
  onStart: () => void;
  onNotNow: () => void;
  onNever: () => void;
}

/** A small, non-modal card: it appears without taking focus from what the user is doing. */
export function Invitation({ s, onStart, onNotNow, onNever }: Props) {
  return (
    <section class="card invite" role="region" aria-labelledby="candor-invite-title">
      <h2 id="candor-invite-title" class="title">
        {s.inviteTitle}
      </h2>
      <p class="body">{s.inviteBody}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onStart}>
          {s.start}
        </button>
        <button type="button" class="quiet" onClick={onNotNow}>
          {s.notNow}
        </button>
        <button type="button" class="quiet" onClick={onNever}>
          {s.noThanks}
        </button>
      </div>
    </section>
  );
}
