/**
 * Whether a request may post, judged by its Origin header: no Origin (a non-browser client), an
 * allowed origin, `*`, or the collector's own host (same-origin pages) may; other pages may not.
 * CORS alone would not stop them: a text/plain beacon is sent without a preflight.
 */
export function isOriginAllowed(origin: string | undefined, allowed: readonly string[] | '*', host: string | undefined): boolean {
  if (origin === undefined || allowed === '*') return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file:) and other non-URLs
  }
}
