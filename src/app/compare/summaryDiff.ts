import type { Report } from '../../sim/report';

/** The few numbers a comparison is about, summed over the clients of a run. */
export interface RunSummary {
  sent: number;
  /** Client requests that failed. */
  clientFailures: number;
  /** Requests answered with success (async paths: accepted). */
  succeeded: number;
  /** Requests whose work was all done: answered RPC requests plus accepted ones whose messages were all processed. */
  completed: number;
  /** Messages lost for good: dead-lettered or expired in a queue (as the run summary counts them). */
  lost: number;
  /** Worst client p99 latency, ms. */
  p99Ms: number;
  /** Worst client p99 time to completion of asynchronous work, ms; null when nothing was asynchronous. */
  completionP99Ms: number | null;
  status: string;
}

/** Reads a run summary from a report. */
export function summarize(report: Report): RunSummary {
  const clients = Object.values(report.clients);
  const sum = (pick: (c: (typeof clients)[number]) => number) => clients.reduce((n, c) => n + pick(c), 0);
  const max = (pick: (c: (typeof clients)[number]) => number) =>
    clients.reduce((n, c) => Math.max(n, pick(c)), 0);
  return {
    sent: sum((c) => c.sent),
    clientFailures: sum((c) => c.failed),
    succeeded: sum((c) => c.ok),
    completed: sum((c) => c.ok - c.accepted + c.completed),
    lost: Object.values(report.queues).reduce((n, q) => n + q.deadLettered + q.expired, 0),
    p99Ms: max((c) => c.latencyMs.p99),
    completionP99Ms: sum((c) => c.accepted) > 0 ? max((c) => c.completionMs.p99) : null,
    status: report.status,
  };
}

/** One line of the comparison: "client failures: 498 vs 0". */
export interface DiffRow {
  key: keyof RunSummary;
  label: string;
  left: string;
  right: string;
  /** The side that did better, or null when equal or when better has no meaning. */
  better: 'left' | 'right' | null;
}

type Direction = 'lower' | 'higher' | 'none';
const ROWS: { key: keyof RunSummary; label: string; better: Direction; unit?: string }[] = [
  { key: 'clientFailures', label: 'client failures', better: 'lower' },
  { key: 'succeeded', label: 'succeeded', better: 'higher' },
  { key: 'completed', label: 'completed', better: 'higher' },
  { key: 'lost', label: 'lost', better: 'lower' },
  { key: 'p99Ms', label: 'p99 latency', better: 'lower', unit: 'ms' },
  { key: 'completionP99Ms', label: 'p99 to completion', better: 'lower', unit: 'ms' },
  { key: 'sent', label: 'requests sent', better: 'none' },
  { key: 'status', label: 'run', better: 'none' },
];

function show(value: number | string | null, unit?: string): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  const n = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return unit ? `${n} ${unit}` : n;
}

/** The comparison, line by line, with the better side marked where there is one. */
export function diffSummaries(left: RunSummary, right: RunSummary): DiffRow[] {
  return ROWS.map(({ key, label, better, unit }) => {
    const a = left[key];
    const b = right[key];
    let side: DiffRow['better'] = null;
    if (typeof a === 'number' && typeof b === 'number' && a !== b && better !== 'none') {
      side = (better === 'lower') === a < b ? 'left' : 'right';
    }
    return { key, label, left: show(a, unit), right: show(b, unit), better: side };
  });
}

/** A row as one sentence: "client failures: 498 vs 0". */
export function diffLine(row: DiffRow): string {
  return `${row.label}: ${row.left} vs ${row.right}`;
}
