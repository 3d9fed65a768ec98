/**
 * The size budget of a run's series. A row holds one cell per client, node, queue and RPC
 * edge, and an idle diagram makes one row per simulated second at almost no cost in events,
 * so without a bound a day-long run of a large diagram would hold tens of millions of cells
 * (gigabytes) that no guard rail on events would ever count.
 *
 * Over budget, the series is thinned instead of the run stopped: neighbouring rows are
 * merged pairwise into buckets twice as wide, and from then on new seconds are gathered into
 * buckets of that width. Every row then covers the same span, so charts stay meaningful over
 * the whole run, and the budget holds at any length (halving each time it is reached).
 * Counts in a merged row are means per second; levels (backlog, depth, age of the oldest
 * message) are the bucket's peak; health and breaker states the worst seen; p99 the highest
 * of its seconds and p50 the mean of its seconds weighted by replies.
 */
import type { FailureCause, NodeHealth, SeriesRow } from './report';
import type { Topology } from './topology';
import { KIND_QUEUE } from './topology';

/** Cells in one row of `topo`'s series: one per client, node, queue (again) and RPC edge. */
export function cellsPerRow(topo: Topology): number {
  let cells = 0;
  for (const n of topo.nodes) cells += n.kind === KIND_QUEUE ? 2 : 1;
  for (const e of topo.edges) if (e.rpc) cells++;
  return Math.max(1, cells);
}

/** Rows the series may hold for a budget of `cells` cells (never fewer than 4). */
export function maxRows(budgetCells: number, perRow: number): number {
  return Math.max(4, Math.floor(budgetCells / perRow));
}

/** The part of the run state that holds the series. */
export interface SeriesState {
  /** Closed buckets, oldest first; never changed once written, only replaced when thinned. */
  series: SeriesRow[];
  /** The bucket being filled while buckets are wider than a second, or null. */
  seriesOpen: SeriesRow | null;
  /** Seconds per bucket: 1, doubling each time the series is thinned. */
  seriesSpan: number;
  /** Counts the thinnings: rows already handed out are stale when it changes. */
  seriesRevision: number;
}

const span = (row: SeriesRow) => row.spanS ?? 1;

/** Weighted mean of two per-second rates. */
function rate(a: number, sa: number, b: number, sb: number): number {
  return (a * sa + b * sb) / (sa + sb);
}

/** Mean of two values weighted by how many samples each stands for (0 when neither has any). */
function weighted(a: number, wa: number, b: number, wb: number): number {
  const w = wa + wb;
  return w > 0 ? (a * wa + b * wb) / w : 0;
}

const HEALTH_RANK: Readonly<Record<NodeHealth, number>> = Object.freeze({
  healthy: 0,
  degraded: 1,
  restarting: 2,
  down: 3,
});
const BREAKER_RANK = { closed: 0, halfOpen: 1, open: 2 } as const;

/** One row for the time `a` then `b` cover (b right after a). A new object: `a` and `b` stay as they are. */
export function mergeRows(a: SeriesRow, b: SeriesRow): SeriesRow {
  const out = copyRow(a);
  mergeInto(out, b);
  return out;
}

/** A deep copy of a row: what is handed out or kept must not change when a bucket fills. */
export function copyRow(row: SeriesRow): SeriesRow {
  const out: SeriesRow = { t: row.t, spanS: span(row), clients: {}, nodes: {}, queues: {}, edges: {} };
  for (const id in row.clients) {
    const c = row.clients[id];
    out.clients[id] = { ...c, failedBy: { ...c.failedBy } };
  }
  for (const id in row.nodes) out.nodes[id] = { ...row.nodes[id] };
  for (const id in row.queues) out.queues[id] = { ...row.queues[id] };
  for (const id in row.edges) out.edges[id] = { ...row.edges[id] };
  return out;
}

type ClientCell = SeriesRow['clients'][string];
type NodeCell = SeriesRow['nodes'][string];
type QueueCell = SeriesRow['queues'][string];
type EdgeCell = SeriesRow['edges'][string];

/** Adds `y` (covering `sb` seconds) to `x` (covering `sa` seconds just before), in place. */
export function mergeClient(x: ClientCell, sa: number, y: ClientCell, sb: number): void {
  // The weights use the counts before they are averaged.
  x.p50 = weighted(x.p50, x.ok * sa, y.p50, y.ok * sb);
  x.mean = weighted(x.mean ?? 0, x.ok * sa, y.mean ?? 0, y.ok * sb);
  x.failureMean = weighted(x.failureMean ?? 0, x.failed * sa, y.failureMean ?? 0, y.failed * sb);
  x.p99 = Math.max(x.p99, y.p99);
  x.completionP99 = Math.max(x.completionP99, y.completionP99);
  x.sent = rate(x.sent, sa, y.sent, sb);
  x.ok = rate(x.ok, sa, y.ok, sb);
  x.failed = rate(x.failed, sa, y.failed, sb);
  x.accepted = rate(x.accepted, sa, y.accepted, sb);
  x.completed = rate(x.completed, sa, y.completed, sb);
  const fa = x.failedBy;
  const fb = y.failedBy;
  for (const k in fa)
    fa[k as FailureCause] = rate(fa[k as FailureCause] ?? 0, sa, fb[k as FailureCause] ?? 0, sb);
  for (const k in fb) if (!(k in fa)) fa[k as FailureCause] = rate(0, sa, fb[k as FailureCause] ?? 0, sb);
}

/** Adds `y` to `x` in place (see mergeClient). */
export function mergeNode(x: NodeCell, sa: number, y: NodeCell, sb: number): void {
  // Caches: what a cache receives are lookups, so they weigh its hit ratios (before the counts are averaged).
  if (x.hitRatio !== undefined && y.hitRatio !== undefined)
    x.hitRatio = weighted(x.hitRatio, x.received * sa, y.hitRatio, y.received * sb);
  x.received = rate(x.received, sa, y.received, sb);
  x.ok = rate(x.ok, sa, y.ok, sb);
  x.failed = rate(x.failed, sa, y.failed, sb);
  x.utilization = rate(x.utilization, sa, y.utilization, sb);
  x.backlog = Math.max(x.backlog, y.backlog);
  if (HEALTH_RANK[y.health] > HEALTH_RANK[x.health]) x.health = y.health;
  if (x.instances && y.instances) {
    x.instances.live = rate(x.instances.live, sa, y.instances.live, sb);
    x.instances.booting = rate(x.instances.booting, sa, y.instances.booting, sb);
    x.instances.draining = rate(x.instances.draining, sa, y.instances.draining, sb);
  }
}

/** Adds `y` to `x` in place (see mergeClient). */
export function mergeQueue(x: QueueCell, sa: number, y: QueueCell, sb: number): void {
  x.depth = Math.max(x.depth, y.depth);
  x.oldestAgeMs = Math.max(x.oldestAgeMs, y.oldestAgeMs);
  x.deadLettered = rate(x.deadLettered, sa, y.deadLettered, sb);
}

/** Adds `y` to `x` in place (see mergeClient). */
export function mergeEdge(x: EdgeCell, sa: number, y: EdgeCell, sb: number): void {
  x.calls = rate(x.calls, sa, y.calls, sb);
  x.failed = rate(x.failed, sa, y.failed, sb);
  if (BREAKER_RANK[y.breaker] > BREAKER_RANK[x.breaker]) x.breaker = y.breaker;
}

/** Adds the seconds of `b` (right after `acc`) to the bucket `acc`, in place. */
function mergeInto(acc: SeriesRow, b: SeriesRow): void {
  const sa = span(acc);
  const sb = span(b);
  acc.spanS = sa + sb;
  for (const id in b.clients) if (acc.clients[id]) mergeClient(acc.clients[id], sa, b.clients[id], sb);
  for (const id in b.nodes) if (acc.nodes[id]) mergeNode(acc.nodes[id], sa, b.nodes[id], sb);
  for (const id in b.queues) if (acc.queues[id]) mergeQueue(acc.queues[id], sa, b.queues[id], sb);
  for (const id in b.edges) if (acc.edges[id]) mergeEdge(acc.edges[id], sa, b.edges[id], sb);
}

/**
 * Adds a new row of one second to the series, within `rowLimit` rows. While buckets are
 * wider than a second it opens a bucket (the caller then adds the next seconds into
 * `seriesOpen` in place, and calls closeIfFull); the whole series is thinned when it
 * outgrows the limit. The row must be the caller's own: it may be changed later.
 */
export function appendSecond(st: SeriesState, row: SeriesRow, rowLimit: number): void {
  if (st.seriesOpen) {
    mergeInto(st.seriesOpen, row);
  } else if (st.seriesSpan > 1) {
    st.seriesOpen = row;
  } else {
    st.series.push(row);
    if (st.series.length > rowLimit) thin(st);
    return;
  }
  closeIfFull(st, rowLimit);
}

/** Closes the open bucket once it covers a whole span, thinning the series when it outgrows `rowLimit`. */
export function closeIfFull(st: SeriesState, rowLimit: number): void {
  const bucket = st.seriesOpen;
  if (!bucket || span(bucket) < st.seriesSpan) return;
  st.seriesOpen = null;
  st.series.push(bucket);
  if (st.series.length > rowLimit) thin(st);
}

/** Rows merged pairwise into buckets twice as wide (an odd last row is left out). */
export function mergePairs(rows: SeriesRow[]): SeriesRow[] {
  const merged: SeriesRow[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) merged.push(mergeRows(rows[i], rows[i + 1]));
  return merged;
}

/** Merges the rows pairwise into buckets twice as wide; an odd last row becomes the open bucket. */
function thin(st: SeriesState): void {
  const rows = st.series;
  const merged = mergePairs(rows);
  // The open bucket fills in place, so it is a copy: the row may be shared with checkpoints.
  st.seriesOpen = rows.length % 2 === 1 ? copyRow(rows[rows.length - 1]) : null;
  st.series = merged;
  st.seriesSpan *= 2;
  st.seriesRevision++;
}

/** The series as it stands: the closed buckets, then the open one (covering fewer seconds). */
export function currentSeries(st: SeriesState, from = 0): SeriesRow[] {
  const rows = st.series.slice(from);
  if (st.seriesOpen && from <= st.series.length) rows.push(copyRow(st.seriesOpen));
  return rows;
}
