import { useRef, useState } from 'preact/hooks';
import { request } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import type { SessionReply } from '../api/api-types.js';
import { SchemeToggle } from '../ui/scheme-toggle.js';

/** Why signing in failed, in words for the person at the form (no flags or routes). */
function signInError(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.status === 401) return 'That token is not the right one. Check it and try again.';
  if (error.status === 403) return 'This collector has no admin token set, so nobody can read its results yet. Ask whoever runs it to set one.';
  return error.plain;
}

/** The admin token, typed once; the collector answers with a session cookie and the token is forgotten. */
export function SignInView({ onSignedIn }: { onSignedIn: () => void }) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const input = useRef<HTMLInputElement>(null);
  const expired = new URLSearchParams(window.location.search).has('next');

  const submit = async (event: Event) => {
    event.preventDefault();
    const token = input.current?.value ?? '';
    if (token.trim() === '') {
      setState({ busy: false, error: 'Enter the admin token to sign in.' });
      input.current?.focus();
      return;
    }
    setState({ busy: true });
    try {
      await request<SessionReply>('POST', '/v1/session', { body: { token }, quiet401: true });
      if (input.current) input.current.value = '';
      onSignedIn();
    } catch (error) {
      setState({ busy: false, error: signInError(error) });
      input.current?.focus();
    }
  };

  return (
    <main id="main" class="sign-in">
      <form class="card" onSubmit={submit} noValidate>
        <div class="card-head">
          <div class="brand">
            <span class="brand-mark" aria-hidden="true">
              ◆
            </span>
            Candor <span class="brand-sub">results</span>
          </div>
          <SchemeToggle />
        </div>
        <h1>Sign in to see your results</h1>
        {expired ? <p class="hint">Sign in to go on where you were.</p> : null}
        <div class="field">
          <label for="token">Admin token</label>
          <input
            ref={input}
            id="token"
            name="token"
            type="password"
            autoComplete="current-password"
            spellcheck={false}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? 'sign-in-error token-hint' : 'token-hint'}
          />
          <p id="token-hint" class="hint">
            The token your team chose when it set up the collector. It is sent once; your browser keeps only a session that ends when you sign out.
          </p>
        </div>
        {state.error ? (
          <p id="sign-in-error" class="notice error" role="alert">
            {state.error}
          </p>
        ) : null}
        <button type="submit" class="button primary" disabled={state.busy}>
          {state.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
