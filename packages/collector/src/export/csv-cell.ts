/** Characters that make a spreadsheet read a cell as a formula (or a DDE command) when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, safe to open in a spreadsheet: a value starting like a formula gets a leading
 * apostrophe (OWASP's advice; spreadsheets show it as text), and every field is quoted, with
 * quotes doubled, so commas and line breaks inside answers stay inside their cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One CSV record, ended with CRLF as RFC 4180 has it. */
export const csvLine = (cells: readonly (string | number | boolean | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`;
