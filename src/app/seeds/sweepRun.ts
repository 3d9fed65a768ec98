/**
 * A sweep in the browser, between the pure plan (src/sweeps, docs/sweeps.md) and the run
 * pool: the pool's jobs (one per point and seed, each with its variant document), the
 * results back as the table's run results, and the table as what the chart draws — one
 * outcome's spread against the swept value, with the tipping point in words.
 */
import type { FaultlineDocument } from '../../model';
import {
  describePoint,
  formatOutcomeValue,
  type OutcomeInfo,
  type SweepPlan,
  type SweepRunResult,
  type SweepTable,
  type SweepTask,
  sweepTasks,
  type TippingPoint,
  variantAt,
} from '../../sweeps';
import type { PoolJob, PoolResult } from '../../worker/runPool';
import type { BandColumns } from './seedSpread';

/** The pool's jobs for a plan, the task each stands for, and the runs refused before running. */
export interface SweepJobs {
  jobs: PoolJob[];
  tasks: SweepTask[];
  /** Runs of points whose variant the schema refused: failed without running. */
  refused: SweepRunResult[];
}

/** Every run of the plan, points in order, each over the seeds (a variant is built once per point). */
export function sweepJobs(plan: SweepPlan): SweepJobs {
  const out: SweepJobs = { jobs: [], tasks: [], refused: [] };
  const variants = new Map<number, FaultlineDocument | string>();
  for (const task of sweepTasks(plan)) {
    let variant = variants.get(task.point);
    if (variant === undefined) {
      try {
        variant = variantAt(plan, task.point);
      } catch (error) {
        variant = error instanceof Error ? error.message : String(error);
      }
      variants.set(task.point, variant);
    }
    if (typeof variant === 'string') out.refused.push({ ...task, ok: false, error: variant });
    else {
      out.jobs.push({ doc: variant, seed: task.seed });
      out.tasks.push(task);
    }
  }
  return out;
}

/** The pool's results (indexed like the jobs) as the table's run results; runs never ended are left out. */
export function sweepResults(
  jobs: SweepJobs,
  results: readonly (PoolResult | undefined)[],
): SweepRunResult[] {
  const out: SweepRunResult[] = [...jobs.refused];
  results.forEach((r, i) => {
    if (!r) return;
    const task = jobs.tasks[i];
    out.push(r.ok ? { ...task, ok: true, summary: r.summary } : { ...task, ok: false, error: r.message });
  });
  return out;
}

/**
 * The outcomes a sweep can plot, from what its runs measured: success, p99 and completion p99
 * per client, max queue depth, and cost (what a sweep of workers or instances trades for them).
 */
export function plottableOutcomes(table: SweepTable): string[] {
  return table.outcomeIds.filter(
    (id) => /\.(success|p99|completionP99)$/.test(id) || id === 'maxQueueDepth' || id === 'cost',
  );
}

/** How a value of `unit` is drawn: ratios in %, the rest as they are. */
const scaleOf = (unit: OutcomeInfo['unit']) => (unit === '%' ? 100 : 1);

/**
 * One outcome's spread against the first axis's values, for the band chart. On a grid, the
 * rows where the second axis has `second` (its first value when not given).
 */
export function sweepColumns(table: SweepTable, info: OutcomeInfo, second?: number): BandColumns {
  const scale = scaleOf(info.unit);
  const wanted = table.axes.length > 1 ? (second ?? table.rows[0]?.values[1]) : undefined;
  const rows = table.rows.filter((r) => wanted === undefined || r.values[1] === wanted);
  const pick = (key: 'min' | 'p10' | 'median' | 'p90' | 'max') =>
    rows.map((r) => {
      const s = r.outcomes[info.id];
      return s ? s[key] * scale : null;
    });
  return {
    x: rows.map((r) => r.values[0]),
    min: pick('min'),
    p10: pick('p10'),
    median: pick('median'),
    p90: pick('p90'),
    max: pick('max'),
  };
}

/** "Tipping point: between Attempts 2 and 3, the median of clients success goes from 97.5 % to 12.0 %." */
export function tippingText(table: SweepTable, tip: TippingPoint, info: OutcomeInfo): string {
  const axis = table.axes[0];
  const unit = info.unit === 'messages' ? ' messages' : ` ${info.unit}`;
  const f = (v: number) => `${formatOutcomeValue(v, info.unit)}${unit}`;
  return `Tipping point: between ${axis.label} ${tip.between[0]} and ${tip.between[1]}, the median ${info.label} goes from ${f(tip.outcome[0])} to ${f(tip.outcome[1])}.`;
}

/** Words for one point of the sweep, with the axes' labels: "clients → api · Attempts = 3". */
export function pointWords(table: SweepTable, values: readonly number[]): string {
  return describePoint(
    table.axes.map((a) => ({ path: a.label })),
    values,
  );
}
