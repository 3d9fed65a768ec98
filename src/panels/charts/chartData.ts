import type { Fault } from '../../model';
import { CAUSES, FAILURE_CAUSES, type SeriesRow } from '../../sim/report';

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

/** Each failure cause's line colour, from the engine's cause table. */
const CAUSE_COLOURS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(CAUSES.map((c) => [c.key, c.chartColour])),
);
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

/**
 * One column of values per id over the rows of `series`, read from `cellsOf(row)` (a row's
 * nodes or queues, keyed by id). A large diagram has hundreds of cells per row and charts
 * are rebuilt several times a second, so cells are read in their stored order (every row
 * holds the same ids in the same order) instead of looked up by id, which is far slower on
 * objects with hundreds of keys; a row with other keys falls back to lookups.
 */
function columns<C>(
  series: SeriesRow[],
  ids: string[],
  cellsOf: (r: SeriesRow) => Record<string, C>,
  value: (cell: C | undefined) => number,
): Float64Array[] {
  const cols = ids.map(() => new Float64Array(series.length));
  if (series.length === 0) return cols;
  const keys = Object.keys(cellsOf(series[0]));
  const at = new Map(keys.map((k, i) => [k, i]));
  const pos = ids.map((id) => at.get(id) ?? -1);
  for (let t = 0; t < series.length; t++) {
    const cells = cellsOf(series[t]);
    const values = Object.values(cells);
    const aligned = values.length === keys.length;
    for (let k = 0; k < ids.length; k++) {
      cols[k][t] = value(aligned && pos[k] >= 0 ? values[pos[k]] : cells[ids[k]]);
    }
  }
  return cols;
}

/**
 * The `MAX_LINES` columns with the largest totals (first ones first on ties), in their
 * order, and the mean of the others per row (null when all are shown).
 */
function busiest(
  series: SeriesRow[],
  cols: Float64Array[],
): { shown: number[]; othersMean: number[] | null } {
  const all = cols.map((_, k) => k);
  if (cols.length <= MAX_LINES) return { shown: all, othersMean: null };
  const spans = series.map(spanOf);
  const totals = cols.map((col) => {
    let n = 0;
    for (let t = 0; t < col.length; t++) n += col[t] * spans[t];
    return n;
  });
  const top = new Set([...all].sort((a, b) => totals[b] - totals[a] || a - b).slice(0, MAX_LINES));
  const others = all.filter((k) => !top.has(k));
  const sums = new Float64Array(series.length);
  for (const k of others) {
    const col = cols[k];
    for (let t = 0; t < col.length; t++) sums[t] += col[t];
  }
  const othersMean = Array.from(sums, (v) => v / others.length);
  return { shown: all.filter((k) => top.has(k)), othersMean };
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
  const replies = columns(
    series,
    all,
    (r) => r.clients,
    (c) => c?.ok ?? 0,
  );
  const ids = busiest(series, replies).shown.map((k) => all[k]);
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
  const cols = columns(
    series,
    nodeIds,
    (r) => r.nodes,
    (n) => (n ? (metric === 'utilization' ? n.utilization * 100 : n[metric]) : 0),
  );
  const unit = metric === 'utilization' ? '%' : metric === 'ok' ? '/s' : 'waiting';
  const { shown, othersMean } = busiest(series, cols);
  const lines: ChartData['lines'] = shown.map((k, i) => ({
    label: `${nameOf(nodeIds[k])} ${unit}`,
    colour: PALETTE[i % PALETTE.length],
    values: Array.from(cols[k]),
  }));
  if (othersMean)
    lines.push({
      label: `${nodeIds.length - shown.length} other nodes, mean ${unit}`,
      colour: OTHERS_COLOUR,
      values: othersMean,
    });
  return { x, lines };
}

/** Queue depth per queue. */
export function queueDepth(series: SeriesRow[], queueIds: string[], nameOf: NameOf = byId): ChartData {
  const x = series.map((r) => r.t);
  const cols = columns(
    series,
    queueIds,
    (r) => r.queues,
    (q) => q?.depth ?? 0,
  );
  const { shown, othersMean } = busiest(series, cols);
  const lines: ChartData['lines'] = shown.map((k, i) => ({
    label: `${nameOf(queueIds[k])} depth`,
    colour: PALETTE[i % PALETTE.length],
    values: Array.from(cols[k]),
  }));
  if (othersMean)
    lines.push({
      label: `${queueIds.length - shown.length} other queues, mean depth`,
      colour: OTHERS_COLOUR,
      values: othersMean,
    });
  return { x, lines };
}

/** Fault windows in simulated seconds, to shade behind the lines. */
export function faultWindows(faults: Fault[]): [number, number][] {
  return faults.map((f) => [f.startS, f.startS + f.durationS]);
}
