/** The session cookie's name. */
export const SESSION_COOKIE = 'candor_session';

/** The session id a `Cookie` header carries, if any. */
export function sessionIdFrom(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at === -1) continue;
    if (part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    // Ids are base64url: anything else is not one of ours.
    return /^[A-Za-z0-9_-]{16,100}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/**
 * The `Set-Cookie` value for a session: readable by no script (HttpOnly), sent by the browser
 * only on requests from the collector's own pages (SameSite=Strict), over HTTPS only when the
 * collector is reached over HTTPS (Secure), and dropped when the session would end anyway.
 */
export function sessionCookie(id: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return `${SESSION_COOKIE}=${id}; Path=/; Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;
}

/** The `Set-Cookie` value that removes the session cookie. */
export const clearedSessionCookie = (secure: boolean): string => sessionCookie('', { maxAgeSeconds: 0, secure });
