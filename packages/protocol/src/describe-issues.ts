import type * as z from 'zod';

/**
 * Turns zod issues into one sentence a developer can act on, naming each field by its path:
 * `answers[0].text: must be a string; id: must be a UUID`. Where a union (one submission or a
 * batch) matched no option, the issues are those of the option the value was meant for: the
 * one that did not refuse its type outright.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const flat = explainUnions(issues);
  const parts = flat.slice(0, limit).map((issue) => `${formatPath(issue.path) || '(body)'}: ${issue.message}`);
  if (flat.length > limit) parts.push(`and ${flat.length - limit} more`);
  return parts.join('; ');
}

function explainUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const meant = issue.errors.filter((branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0));
    const branch = (meant.length === 1 ? meant[0] : undefined) ?? (meant.length === 0 ? issue.errors[0]! : undefined);
    if (!branch) return [issue];
    return explainUnions(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue));
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
