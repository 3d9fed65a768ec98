/**
 * A result table as CSV (RFC 4180: comma-separated, CRLF line ends, fields holding a comma,
 * quote or line break quoted with quotes doubled). Text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
 * as the OWASP advice on CSV injection says; numbers are written as numbers.
 */
import type { SweepTable } from './resultTable';
import type { Spread } from './spread';

const SPREAD_COLUMNS = [
  'mean',
  'min',
  'p10',
  'median',
  'p90',
  'max',
] as const satisfies readonly (keyof Spread)[];

/** One text cell, made safe for spreadsheets and quoted when it must be. */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One number cell (empty for a missing value). */
function csvNumber(v: number | undefined): string {
  return v === undefined || !Number.isFinite(v) ? '' : String(v);
}

/**
 * The table as CSV: a header, then one row per point: the axes' values, the runs, failed
 * and stopped runs, each outcome's spread (mean, min, p10, median, p90, max) and each
 * client's collapse count. Success is a ratio from 0 to 1; latencies are in ms.
 */
export function tableCsv(table: SweepTable): string {
  const header = [
    ...table.axes.map((a) => a.path),
    'runs',
    'failed',
    'stopped',
    ...table.outcomeIds.flatMap((id) => SPREAD_COLUMNS.map((c) => `${id}.${c}`)),
    ...table.clients.map((c) => `client.${c}.collapsed`),
  ];
  const lines = [header.map(csvText).join(',')];
  for (const row of table.rows) {
    const cells = [
      ...row.values.map((v) => csvNumber(v)),
      String(row.runs),
      String(row.failed),
      String(row.stopped),
      ...table.outcomeIds.flatMap((id) => SPREAD_COLUMNS.map((c) => csvNumber(row.outcomes[id]?.[c]))),
      ...table.clients.map((c) => String(row.collapses[c] ?? 0)),
    ];
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
