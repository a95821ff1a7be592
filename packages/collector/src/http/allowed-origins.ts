/**
 * Normalises a configured CORS origin ("https://app.example.com", no path) or `*`. Throws an
 * Error naming the value when it is not an origin, so a typo fails at start-up instead of
 * silently blocking every browser.
 */
export function normalizeOrigin(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '*') return '*';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`"${value}" is not an origin; write it like https://app.example.com or http://localhost:5173`);
  }
  const hasExtra = (url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '';
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || hasExtra) {
    throw new Error(`"${value}" is not an origin; write only scheme, host and port, like https://app.example.com`);
  }
  return url.origin;
}

/** Normalises a list of origins; `*` anywhere in it allows every origin. */
export function normalizeOrigins(values: readonly string[]): string[] | '*' {
  const origins = values.filter((v) => v.trim() !== '').map(normalizeOrigin);
  return origins.includes('*') ? '*' : [...new Set(origins)];
}
