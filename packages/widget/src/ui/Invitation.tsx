import { strings } from './strings.js';

interface Props {
  product: string | undefined;
  onStart: () => void;
  onNotNow: () => void;
  onNever: () => void;
}

/** A small, non-modal card: it appears without taking focus from what the user is doing. */
export function Invitation({ product, onStart, onNotNow, onNever }: Props) {
  return (
    <section class="card invite" role="region" aria-labelledby="candor-invite-title">
      <h2 id="candor-invite-title" class="title">
        {strings.inviteTitle(product)}
      </h2>
      <p class="body">{strings.inviteBody}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onStart}>
          {strings.start}
        </button>
        <button type="button" class="quiet" onClick={onNotNow}>
          {strings.notNow}
        </button>
        <button type="button" class="quiet" onClick={onNever}>
          {strings.noThanks}
        </button>
      </div>
    </section>
  );
}
