/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { h } from 'preact';
import type { Strings } from '../locales/locale-pack.js';

interface Props {
  s: Strings;
  onStart: () => void;
  onNotNow: () => void;
  onNever: () => void;
}

/**
 * A small, non-modal card: it appears without taking focus from what the user is doing. "Not now"
 * is a plain button, "No thanks" a quieter one; × counts as "Not now".
 */
export function Invitation({ s, onStart, onNotNow, onNever }: Props) {
  return (
    <section class="card invite" role="region" aria-labelledby="candor-invite-title">
      <div class="head">
        <h2 id="candor-invite-title" class="title">
          {s.inviteTitle}
        </h2>
        <button type="button" class="icon" aria-label={s.close} onClick={onNotNow}>
          ×
        </button>
      </div>
      <p class="body">{s.inviteBody}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onStart}>
          {s.start}
        </button>
        <button type="button" onClick={onNotNow}>
          {s.notNow}
        </button>
        <button type="button" class="quiet" onClick={onNever}>
          {s.noThanks}
        </button>
      </div>
    </section>
  );
}
