/** An error as it crosses from the database's thread: its message and PostgreSQL's fields (code, detail...). */
export interface CarriedError {
  message: string;
  fields: Record<string, string | number>;
}

/** The fields of a PostgreSQL error worth keeping (as `pg` and PGlite name them); the statement's parameters are not. */
const FIELDS = ['name', 'code', 'severity', 'detail', 'hint', 'position', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;

/** What of `error` can be posted to another thread. */
export function carryError(error: unknown): CarriedError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: CarriedError['fields'] = {};
  for (const field of FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') fields[field] = value;
  }
  return { message: error.message, fields };
}

/** The error again, on this side: an Error with the same message, code, detail and the rest. */
export function reviveError(carried: CarriedError): Error {
  return Object.assign(new Error(carried.message), carried.fields);
}
