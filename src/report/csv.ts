import { type SoaReport, TABLE_COLUMNS } from './soa.js';

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-guarded, then quoted per RFC 4180 when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per control, CRLF line endings as RFC 4180 asks. */
export function renderSoaCsv(report: SoaReport): string {
  const lines = [TABLE_COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const r of report.rows) lines.push(TABLE_COLUMNS.map((c) => csvCell(c.cell(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
