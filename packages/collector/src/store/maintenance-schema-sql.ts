/**
 * Version 8: withdrawn submissions are found by a small partial index instead of by reading
 * every row (the theme job looks for labels left on them at each run).
 */
export const SCHEMA_V8_SQL = `
create index if not exists submissions_withdrawn on submissions (id) where withdrawn_at is not null;
`;
