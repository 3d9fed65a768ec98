import type { NameOf } from '../../model/names';
import type { SeriesRow } from '../../sim/report';

/** One CSV cell: quoted when it holds a comma, quote or line break; a leading formula sign is defused. */
export function csvCell(value: string | number): string {
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // Spreadsheets run cells starting with = + - @ as formulas (CSV injection); numbers are safe.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

type Group = 'clients' | 'nodes' | 'queues' | 'edges';

/** The measures exported per subject, in column order. */
const MEASURES: Record<Group, readonly string[]> = {
  clients: [
    'sent',
    'ok',
    'failed',
    'accepted',
    'completed',
    'p50',
    'p99',
    'mean',
    'failureMean',
    'completionP99',
  ],
  nodes: ['received', 'ok', 'failed', 'utilization', 'backlog', 'health'],
  queues: ['depth', 'oldestAgeMs', 'deadLettered'],
  edges: ['calls', 'failed', 'breaker'],
};
const GROUPS: readonly Group[] = ['clients', 'nodes', 'queues', 'edges'];
const INSTANCE_PHASES = ['live', 'booting', 'draining'] as const;

/** A subject as a column heading: its name as a person reads it, with its id when that differs. */
function subjectHeading(id: string, nameOf: NameOf): string {
  const name = nameOf(id);
  return name === id ? id : `${name} [${id}]`;
}

/**
 * The run's per-second metrics as CSV: one row per simulated second, a column per subject
 * and measure ("Checkout [service-1].failed", "orders.failed" when the name is the id).
 * A long run's thinned rows cover `spanS` seconds each (counts are then means per second):
 * the `spanS` column says how many, 1 for an ordinary row.
 * Subjects are the union over all rows in first-seen order; a second where a subject has no
 * entry leaves its cells empty.
 */
export function metricsCsv(series: readonly SeriesRow[], nameOf: NameOf = (id) => id): string {
  const columns: { group: Group; id: string; measure: string }[] = [];
  for (const group of GROUPS) {
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const row of series) {
      for (const id of Object.keys(row[group])) {
        if (!seen.has(id)) {
          seen.add(id);
          ids.push(id);
        }
      }
    }
    for (const id of ids) {
      // A cache's node cells also hold its hit ratio: one more column, for caches only.
      const cache = group === 'nodes' && series.some((r) => r.nodes[id]?.hitRatio !== undefined);
      const measures = cache ? [...MEASURES.nodes, 'hitRatio'] : MEASURES[group];
      for (const measure of measures) columns.push({ group, id, measure });
      // An autoscaled service's instances (only such a service has them).
      if (group === 'nodes' && series.some((row) => row.nodes[id]?.instances))
        for (const phase of INSTANCE_PHASES) columns.push({ group, id, measure: `instances.${phase}` });
    }
  }
  const header = ['t', 'spanS', ...columns.map((c) => `${subjectHeading(c.id, nameOf)}.${c.measure}`)]
    .map(csvCell)
    .join(',');
  const lines = series.map((row) => {
    const cells = columns.map(({ group, id, measure }) => {
      const cell = (row[group] as Record<string, Record<string, unknown>>)[id];
      // "instances.live" reads inside the cell's `instances`.
      const [outer, inner] = measure.split('.');
      const subject = inner && cell ? (cell[outer] as Record<string, unknown> | undefined) : cell;
      const key = inner ?? measure;
      if (!subject || !Object.hasOwn(subject, key)) return '';
      const v = subject[key];
      return typeof v === 'number' || typeof v === 'string' ? csvCell(v) : '';
    });
    return [csvCell(row.t), csvCell(row.spanS ?? 1), ...cells].join(',');
  });
  return [header, ...lines].join('\r\n') + '\r\n';
}
