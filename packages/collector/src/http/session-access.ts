import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Session, SessionStore } from './session-store.js';
import { sessionIdFrom } from './session-cookie.js';

const signedIn = new WeakMap<FastifyRequest, Session>();

/** The results app's session this request carries, when it is valid (see installSessionAccess). */
export const requestSession = (request: FastifyRequest): Session | undefined => signedIn.get(request);

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the request comes from a page of the collector itself (what a change made with the cookie must). */
function fromOwnPage(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Reads the session cookie of every request: a valid session lets the request through the
 * admin-token check (adminOnly) as the token would. A change (POST, DELETE) made with the cookie
 * must also come from the collector's own page, so another site cannot make a signed-in browser
 * act (SameSite=Strict already keeps the cookie off its requests; this is the second lock).
 */
export function installSessionAccess(app: FastifyInstance, sessions: SessionStore): void {
  app.addHook('onRequest', async (request) => {
    const id = sessionIdFrom(request.headers.cookie);
    if (id === undefined) return;
    if (!SAFE.has(request.method) && !fromOwnPage(request)) return;
    const session = sessions.use(id);
    if (session) signedIn.set(request, session);
  });
}
