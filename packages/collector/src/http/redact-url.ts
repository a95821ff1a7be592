/** What stands in for a secret in a logged URL. */
export const REDACTED = '[redacted]';

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/** A query parameter that carries the admin token, however it is spelt: token, %74oken, TOKEN, token[], token[0]... */
const isTokenName = (rawName: string) => /^token(\[[^\]]*\])*$/i.test(safeDecode(rawName).trim());

/**
 * A URL as it may be logged: the value of any query parameter named like `token` (decoded, any
 * letter case, with or without brackets) is `[redacted]`, and so is any parameter or path that
 * holds one of `secrets` (the admin token) in any encoding; the id of `DELETE /v1/answers/<id>`
 * (the device's key to withdraw its answers) is `[id]`.
 */
export function redactUrl(url: string, secrets: readonly string[] = []): string {
  const known = secrets.filter((secret) => secret.length > 0);
  const holdsSecret = (text: string) => known.some((secret) => text.includes(secret) || safeDecode(text).includes(secret));
  const at = url.indexOf('?');
  let path = at === -1 ? url : url.slice(0, at);
  path = path.replace(/^(\/v1\/answers\/)(?!counts$)[^/]+/, '$1[id]');
  if (holdsSecret(path)) path = REDACTED;
  if (at === -1) return path;
  const query = url
    .slice(at + 1)
    .split(/([&;])/)
    .map((part) => {
      if (part === '&' || part === ';' || part === '') return part;
      const equals = part.indexOf('=');
      const name = equals === -1 ? part : part.slice(0, equals);
      if (isTokenName(name) || holdsSecret(part)) return `${holdsSecret(name) ? REDACTED : name}=${REDACTED}`;
      return part;
    })
    .join('');
  return `${path}?${query}`;
}
