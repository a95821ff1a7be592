/**
 * Whether an `If-None-Match` header names this entity tag (RFC 9110 section 13.1.2: a list of tags
 * compared weakly, or `*`), so the reply can be a 304 without a body.
 */
export function entityTagMatches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return [ifNoneMatch]
    .flat()
    .flatMap((header) => header.split(','))
    .some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
