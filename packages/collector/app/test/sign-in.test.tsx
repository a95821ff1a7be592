import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openApp, TOKEN, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

async function signIn(token: string) {
  const field = await screen.findByLabelText('Admin token');
  fireEvent.input(field, { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('asks for the admin token first, then opens the view that was asked for, filters and all', async () => {
    await openApp(fake, '/answers?locale=pt&q=dinner', { signedIn: false });

    await screen.findByRole('heading', { name: 'Sign in to see your results' });
    expect(window.location.pathname).toBe('/sign-in');

    await signIn(TOKEN);

    await screen.findByRole('heading', { name: 'Answers' });
    expect(`${window.location.pathname}${window.location.search}`).toBe('/answers?locale=pt&q=dinner');
    await waitFor(() => expect(fake.requests('/v1/answers')).toHaveLength(1));
    const [read] = fake.requests('/v1/answers');
    expect(read?.searchParams.get('locale')).toBe('pt');
    expect(read?.searchParams.get('q')).toBe('dinner');
  });

  it('sends the token once, in the body of the sign-in request, and never puts it in a URL', async () => {
    await openApp(fake, '/', { signedIn: false });
    await signIn(TOKEN);
    await screen.findByRole('heading', { name: 'Overview' });

    const posts = fake.seen.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/session');
    expect(posts.map((p) => p.body)).toEqual([{ token: TOKEN }]);
    expect(fake.seen.every((r) => !r.url.href.includes(TOKEN))).toBe(true);
    expect(window.location.href).not.toContain(TOKEN);
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });

  it('says plainly when the token is wrong, and stays on the form', async () => {
    await openApp(fake, '/', { signedIn: false });
    await signIn('not-it');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'That token is not the right one. Check it and try again.');
    expect(screen.getByLabelText('Admin token').getAttribute('aria-invalid')).toBe('true');
  });

  it('passes on the collector’s sentence when this client is slowed down after wrong tokens', async () => {
    fake.replies.set('POST /v1/session', () =>
      Response.json({ error: 'Too many wrong admin tokens from this address. Wait 30 seconds before trying again.' }, { status: 429, headers: { 'retry-after': '30' } }),
    );
    await openApp(fake, '/', { signedIn: false });
    await signIn('guess');

    expect((await screen.findByRole('alert')).textContent).toBe('Too many wrong admin tokens from this address. Wait 30 seconds before trying again.');
  });

  it('says in plain words when the collector has no admin token at all', async () => {
    fake.replies.set('POST /v1/session', () => Response.json({ error: 'Signing in is turned off because this collector has no admin token; start it with --admin-token <token>.' }, { status: 403 }));
    await openApp(fake, '/', { signedIn: false });
    await signIn(TOKEN);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This collector has no admin token set, so nobody can read its results yet. Ask whoever runs it to set one.');
    expect(alert.textContent).not.toContain('--');
  });
});

describe('a session that ends', () => {
  it('returns to sign-in when a read is refused, keeping the view’s URL to come back to', async () => {
    await openApp(fake, '/answers?partial=true');
    await screen.findByRole('heading', { name: 'Answers' });

    fake.signedIn = false; // the session expired on the server
    fireEvent.click(screen.getByRole('link', { name: 'Themes' }));

    await screen.findByRole('heading', { name: 'Sign in to see your results' });
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/themes?partial=true');
    await signIn(TOKEN);
    await screen.findByRole('heading', { name: 'Themes' });
    expect(`${window.location.pathname}${window.location.search}`).toBe('/themes?partial=true');
  });

  it('signs out on the server and goes back to the sign-in form', async () => {
    await openApp(fake, '/');
    await screen.findByRole('heading', { name: 'Overview' });

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { name: 'Sign in to see your results' });
    await waitFor(() => expect(fake.seen.some((r) => r.method === 'DELETE' && r.url.pathname === '/v1/session')).toBe(true));
  });

  it('never sends the browser back anywhere but a view of the app', async () => {
    await openApp(fake, '/sign-in?next=//evil.example/steal', { signedIn: false });
    await signIn(TOKEN);
    await screen.findByRole('heading', { name: 'Overview' });
    expect(window.location.pathname).toBe('/');
  });
});
