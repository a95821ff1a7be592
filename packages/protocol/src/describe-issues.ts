import type * as z from 'zod';

/**
 * Turns zod issues into one sentence a developer can act on, naming each field by its path:
 * `answers[0].text: must be a string; id: must be a UUID`.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const parts = issues.slice(0, limit).map((issue) => `${formatPath(issue.path) || '(body)'}: ${issue.message}`);
  if (issues.length > limit) parts.push(`and ${issues.length - limit} more`);
  return parts.join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
