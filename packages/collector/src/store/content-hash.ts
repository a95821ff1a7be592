import { createHash } from 'node:crypto';
import { SubmissionSchema, type Submission } from '@candor/protocol';

/** JSON with every object's keys in sorted order: the same content gives the same text, whatever order it came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What decides whether two copies of a submission id are the same submission: the SHA-256 (hex)
 * of the submission as stored (only the fields the protocol defines) in canonical JSON. A retry
 * of the same answers, even with its keys in another order or fields the protocol does not
 * define, has the same hash (the id is compared without letter case); changed text, answers or
 * context do not.
 */
export function contentHash(submission: Submission): string {
  // The id is a UUID: compared without letter case, as PostgreSQL does.
  return createHash('sha256').update(canonicalJson({ ...submission, id: submission.id.toLowerCase() }), 'utf8').digest('hex');
}

/**
 * The content hash of a row stored before hashes were kept (its exact JSON text, which may still
 * hold fields the protocol does not define): computed the same way, once, when a copy of it comes.
 * Undefined when the text is no longer a valid submission.
 */
export function storedContentHash(bodyText: string): string | undefined {
  const parsed = SubmissionSchema.safeParse(JSON.parse(bodyText));
  return parsed.success ? contentHash(parsed.data) : undefined;
}
