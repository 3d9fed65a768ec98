import type { Fault } from '../../model';
import { FAILURE_CAUSES, type SeriesRow } from '../../sim/report';

/**
 * One chart's data: x values (simulated seconds) and one line per series. A null value is
 * a second with nothing to measure (no reply to time): a gap in the line, never a zero.
 */
export interface ChartData {
  x: number[];
  lines: { label: string; colour: string; values: (number | null)[] }[];
}

/** How a chart names a node: its label as the person wrote it (ids are the fallback). */
export type NameOf = (id: string) => string;
const byId: NameOf = (id) => id;

const CAUSE_COLOURS: Record<string, string> = {
  timeout: '#b91c1c',
  refused: '#dc2626',
  rejected: '#f97316',
  queueFull: '#a16207',
  injectedError: '#db2777',
  breakerOpen: '#7c3aed',
  downstream: '#ef4444',
  partitioned: '#475569',
  limit: '#000000',
  poisonMessage: '#9d174d',
};
const PALETTE = ['#2563eb', '#16a34a', '#ea580c', '#7c3aed', '#0d9488', '#ca8a04', '#db2777', '#475569'];

/**
 * Most lines one chart draws per node (or client). A diagram may have 500 nodes: 500 lines
 * are unreadable, and drawing them several times a second would freeze the page. Beyond it
 * a chart shows the busiest ones and one line for the mean of the others.
 */
export const MAX_LINES = 8;
const OTHERS_COLOUR = '#94a3b8';

/** Seconds a row covers (rows of a long run's thinned series cover several). */
const spanOf = (r: SeriesRow) => r.spanS ?? 1;

/** The `MAX_LINES` ids with the largest totals of `value` (first ones first on ties), and the rest. */
export function busiest(
  series: SeriesRow[],
  ids: string[],
  value: (r: SeriesRow, id: string) => number,
): { shown: string[]; others: string[] } {
  if (ids.length <= MAX_LINES) return { shown: ids, others: [] };
  const totals = ids.map((id, i) => ({
    id,
    i,
    total: series.reduce((n, r) => n + value(r, id) * spanOf(r), 0),
  }));
  totals.sort((a, b) => b.total - a.total || a.i - b.i);
  const shown = new Set(totals.slice(0, MAX_LINES).map((t) => t.id));
  return { shown: ids.filter((id) => shown.has(id)), others: ids.filter((id) => !shown.has(id)) };
}

/** The mean over `ids` of `value`, per row: the "others" line. */
function meanLine(series: SeriesRow[], ids: string[], value: (r: SeriesRow, id: string) => number): number[] {
  return series.map((r) => ids.reduce((n, id) => n + value(r, id), 0) / ids.length);
}

/** Client successes per second, and failures per second by cause (causes that never occur are left out). */
export function clientOutcomes(series: SeriesRow[]): ChartData {
  const x = series.map((r) => r.t);
  const ok = series.map((r) => Object.values(r.clients).reduce((n, c) => n + c.ok, 0));
  const lines = [{ label: 'succeeded /s', colour: '#16a34a', values: ok }];
  for (const cause of FAILURE_CAUSES) {
    const values = series.map((r) =>
      Object.values(r.clients).reduce((n, c) => n + (c.failedBy[cause] ?? 0), 0),
    );
    if (values.some((v) => v > 0))
      lines.push({ label: `failed: ${cause} /s`, colour: CAUSE_COLOURS[cause], values });
  }
  return { x, lines };
}

/**
 * Reply latency p50/p99 per client, plus completion p99 for clients whose work goes through
 * a queue. A second in which no reply (or completion) came has no latency: a gap.
 */
export function clientLatency(series: SeriesRow[], nameOf: NameOf = byId): ChartData {
  const x = series.map((r) => r.t);
  const all = [...new Set(series.flatMap((r) => Object.keys(r.clients)))];
  // The clients with the most replies; the others are in the outcomes chart's totals.
  const ids = busiest(series, all, (r, id) => r.clients[id]?.ok ?? 0).shown;
  const lines: ChartData['lines'] = [];
  ids.forEach((id, i) => {
    const colour = PALETTE[i % PALETTE.length];
    const prefix = ids.length > 1 ? `${nameOf(id)} ` : '';
    const replied = (r: SeriesRow) => (r.clients[id]?.ok ?? 0) > 0;
    lines.push({
      label: `${prefix}p50 ms`,
      colour,
      values: series.map((r) => (replied(r) ? r.clients[id].p50 : null)),
    });
    lines.push({
      label: `${prefix}p99 ms`,
      colour: '#dc2626',
      values: series.map((r) => (replied(r) ? r.clients[id].p99 : null)),
    });
    const completion = series.map((r) => {
      const c = r.clients[id];
      return c && c.completed > 0 ? c.completionP99 : null;
    });
    if (completion.some((v) => v !== null && v > 0))
      lines.push({ label: `${prefix}completion p99 ms`, colour: '#7c3aed', values: completion });
  });
  return { x, lines };
}

/** Per-node throughput (ok per second), or utilisation in %, for the given nodes. */
export function nodeMetric(
  series: SeriesRow[],
  nodeIds: string[],
  metric: 'ok' | 'utilization' | 'backlog',
  nameOf: NameOf = byId,
): ChartData {
  const x = series.map((r) => r.t);
  const value = (r: SeriesRow, id: string) => {
    const n = r.nodes[id];
    if (!n) return 0;
    return metric === 'utilization' ? n.utilization * 100 : n[metric];
  };
  const unit = metric === 'utilization' ? '%' : metric === 'ok' ? '/s' : 'waiting';
  const { shown, others } = busiest(series, nodeIds, value);
  const lines: ChartData['lines'] = shown.map((id, i) => ({
    label: `${nameOf(id)} ${unit}`,
    colour: PALETTE[i % PALETTE.length],
    values: series.map((r) => value(r, id)),
  }));
  if (others.length)
    lines.push({
      label: `${others.length} other nodes, mean ${unit}`,
      colour: OTHERS_COLOUR,
      values: meanLine(series, others, value),
    });
  return { x, lines };
}

/** Queue depth per queue. */
export function queueDepth(series: SeriesRow[], queueIds: string[], nameOf: NameOf = byId): ChartData {
  const x = series.map((r) => r.t);
  const value = (r: SeriesRow, id: string) => r.queues[id]?.depth ?? 0;
  const { shown, others } = busiest(series, queueIds, value);
  const lines: ChartData['lines'] = shown.map((id, i) => ({
    label: `${nameOf(id)} depth`,
    colour: PALETTE[i % PALETTE.length],
    values: series.map((r) => value(r, id)),
  }));
  if (others.length)
    lines.push({
      label: `${others.length} other queues, mean depth`,
      colour: OTHERS_COLOUR,
      values: meanLine(series, others, value),
    });
  return { x, lines };
}

/** Fault windows in simulated seconds, to shade behind the lines. */
export function faultWindows(faults: Fault[]): [number, number][] {
  return faults.map((f) => [f.startS, f.startS + f.durationS]);
}
