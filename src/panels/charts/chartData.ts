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
  const ids = [...new Set(series.flatMap((r) => Object.keys(r.clients)))];
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

/**
 * Lines at most in a per-node chart. A chart of hundreds of lines says nothing a person can
 * read, and uPlot redraws every line in full on each update: the first ones are drawn, the
 * title says so (firstOf), and any other node's charts show when it is selected.
 */
export const MAX_CHART_LINES = 8;

/** The title's note when a per-node chart shows only the first MAX_CHART_LINES of `count` nodes. */
export function firstOf(count: number): string {
  return count > MAX_CHART_LINES ? ` (first ${MAX_CHART_LINES} of ${count}; select a node for its own)` : '';
}

/** Per-node throughput (ok per second), or utilisation in %, for the given nodes. */
export function nodeMetric(
  series: SeriesRow[],
  nodeIds: string[],
  metric: 'ok' | 'utilization' | 'backlog',
  nameOf: NameOf = byId,
): ChartData {
  const x = series.map((r) => r.t);
  const lines = nodeIds.map((id, i) => ({
    label:
      metric === 'utilization'
        ? `${nameOf(id)} %`
        : metric === 'ok'
          ? `${nameOf(id)} /s`
          : `${nameOf(id)} waiting`,
    colour: PALETTE[i % PALETTE.length],
    values: series.map((r) => {
      const n = r.nodes[id];
      if (!n) return 0;
      return metric === 'utilization' ? n.utilization * 100 : n[metric];
    }),
  }));
  return { x, lines };
}

/** Queue depth per queue. */
export function queueDepth(series: SeriesRow[], queueIds: string[], nameOf: NameOf = byId): ChartData {
  const x = series.map((r) => r.t);
  const lines = queueIds.map((id, i) => ({
    label: `${nameOf(id)} depth`,
    colour: PALETTE[i % PALETTE.length],
    values: series.map((r) => r.queues[id]?.depth ?? 0),
  }));
  return { x, lines };
}

/** Fault windows in simulated seconds, to shade behind the lines. */
export function faultWindows(faults: Fault[]): [number, number][] {
  return faults.map((f) => [f.startS, f.startS + f.durationS]);
}
