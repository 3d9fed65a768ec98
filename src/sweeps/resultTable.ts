/**
 * The result of a seed run or a sweep: one row per point (value, or pair of values for a
 * grid) with the spread of every outcome over the seeds. Built from runs in any order: rows
 * follow the points, spreads the seeds, so the table is the same however the runs were
 * spread over workers or machines.
 */
import type { SweepRunResult } from './runSummary';
import { type Spread, spreadOf } from './spread';
import type { ResolvedAxis } from './sweepDefinition';

/** An axis as the table names it. */
export type TableAxis = Pick<ResolvedAxis, 'path' | 'label' | 'unit'>;

/** One point of the sweep over its seeds. */
export interface SweepTableRow {
  /** The axes' values (empty for a plain seed run). */
  values: number[];
  /** Runs that gave a report (finished or stopped at a limit). */
  runs: number;
  /** Runs that stopped at a guard-rail limit (they still count). */
  stopped: number;
  /** Runs that failed (the engine threw). */
  failed: number;
  /** Outcome id → spread over the runs (null when no run measured it). */
  outcomes: Record<string, Spread | null>;
  /** Client id → runs in which it collapsed. */
  collapses: Record<string, number>;
}

/** A failed run, named. */
export interface RunFailure {
  point: number;
  seed: number;
  error: string;
}

/** The whole result. */
export interface SweepTable {
  axes: TableAxis[];
  seeds: number[];
  /** Every outcome id measured, in the order first met (runs sorted by point, then seed). */
  outcomeIds: string[];
  /** Every client id seen in a collapse count, in the same order. */
  clients: string[];
  rows: SweepTableRow[];
  failures: RunFailure[];
}

/**
 * The table of `results` for the sweep's `points` (sweepPoints) and `seeds`. A result's
 * `point` is its index in `points`.
 */
export function sweepTable(
  axes: readonly TableAxis[],
  points: readonly (readonly number[])[],
  seeds: readonly number[],
  results: readonly SweepRunResult[],
): SweepTable {
  const seedOrder = new Map(seeds.map((s, i) => [s, i]));
  const sorted = [...results].sort(
    (a, b) => a.point - b.point || (seedOrder.get(a.seed) ?? 0) - (seedOrder.get(b.seed) ?? 0),
  );
  const outcomeIds: string[] = [];
  const seenIds = new Set<string>();
  const clients: string[] = [];
  const seenClients = new Set<string>();
  for (const r of sorted) {
    if (!r.ok) continue;
    for (const id of Object.keys(r.summary.values))
      if (!seenIds.has(id)) {
        seenIds.add(id);
        outcomeIds.push(id);
        const m = /^client\.(.+)\.success$/.exec(id);
        if (m && !seenClients.has(m[1])) {
          seenClients.add(m[1]);
          clients.push(m[1]);
        }
      }
  }
  const byPoint = points.map(() => [] as SweepRunResult[]);
  for (const r of sorted) byPoint[r.point]?.push(r);
  const failures: RunFailure[] = [];
  const rows = points.map((values, p) => {
    const runs = byPoint[p];
    const ok = runs.filter((r) => r.ok);
    for (const r of runs) if (!r.ok) failures.push({ point: r.point, seed: r.seed, error: r.error });
    const outcomes: Record<string, Spread | null> = {};
    for (const id of outcomeIds) {
      const vs: number[] = [];
      for (const r of ok) {
        const v = r.summary.values[id];
        if (v !== undefined) vs.push(v);
      }
      outcomes[id] = spreadOf(vs);
    }
    const collapses: Record<string, number> = {};
    for (const c of clients) collapses[c] = ok.filter((r) => r.summary.collapsed.includes(c)).length;
    return {
      values: [...values],
      runs: ok.length,
      stopped: ok.filter((r) => r.summary.status !== 'finished').length,
      failed: runs.length - ok.length,
      outcomes,
      collapses,
    };
  });
  return {
    axes: axes.map((a) => ({ path: a.path, label: a.label, ...(a.unit ? { unit: a.unit } : {}) })),
    seeds: [...seeds],
    outcomeIds,
    clients,
    rows,
    failures,
  };
}
