/**
 * Which queue a statement waits in on the embedded database: `write` (it changes data: an
 * answer being stored, a withdrawal) goes before any waiting `read`, so a post never waits
 * behind a queue of reads, only behind the statement already running; `background` (work
 * nobody waits for: theme labels saved by the background job, statistics refreshed) goes after
 * both, so neither a post nor a results view waits behind a queue of it. Only a transaction
 * asks for `background` (SqlClient.transaction's option); statements are told apart by their text.
 */
export type StatementPriority = 'write' | 'read' | 'background';

const LEADING_NOISE = /^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/|\()*/;
const CHANGES_DATA = /\b(?:insert|update|delete|merge|truncate|create|alter|drop)\b/i;

/**
 * A statement that starts with SELECT, SHOW, EXPLAIN or VALUES is a read, and so is a WITH
 * query that changes nothing; everything else (INSERT, UPDATE, DDL, a WITH that deletes...)
 * is a write.
 */
export function statementPriority(sql: string): Exclude<StatementPriority, 'background'> {
  const start = sql.replace(LEADING_NOISE, '');
  const keyword = /^[a-z]+/i.exec(start)?.[0].toLowerCase();
  if (keyword === 'select' || keyword === 'show' || keyword === 'explain' || keyword === 'values') return 'read';
  if (keyword === 'with') return CHANGES_DATA.test(start) ? 'write' : 'read';
  return 'write';
}
