/**
 * Running one run of a sweep, the same way in the Node pool, the browser's pool and the
 * tests. Apart from sweepPlan.ts because it needs the engine: code that only plans a sweep
 * or reads its link stays small. Not re-exported by index.ts for the same reason.
 */
import { costOf } from '../challenges/cost';
import type { FaultlineDocument } from '../model';
import { simulate } from '../sim';
import { outcomesOf, type RunOutcomes } from './outcomes';
import { type RunSummary, type SweepRunResult, summarizeRun } from './runSummary';
import { type SweepPlan, type SweepTask, variantAt } from './sweepPlan';

/** Options of every run of a sweep. */
export interface SweepRunOptions {
  durationS?: number;
  maxEvents?: number;
}

/** Runs one variant with one seed and returns its outcomes, its cost included (throws what the engine throws). */
export function runOutcomes(
  doc: FaultlineDocument,
  seed: number,
  options: SweepRunOptions = {},
): RunOutcomes {
  const report = simulate(doc, {
    seed,
    trackTransfers: false,
    ...(options.durationS === undefined ? {} : { durationS: options.durationS }),
    ...(options.maxEvents === undefined ? {} : { limits: { eventsPerRun: options.maxEvents } }),
  });
  const outcomes = outcomesOf(report);
  outcomes.values.cost = costOf(doc).total;
  return outcomes;
}

/** One task as a result: its summary, or the failure's message when the run (or the variant) threw. */
export function runTask(
  plan: Pick<SweepPlan, 'doc' | 'axes' | 'points'>,
  task: SweepTask,
  options: SweepRunOptions = {},
  run: (doc: FaultlineDocument, seed: number, options: SweepRunOptions) => RunSummary = (d, s, o) =>
    summarizeRun(runOutcomes(d, s, o)),
): SweepRunResult {
  try {
    return { ...task, ok: true, summary: run(variantAt(plan, task.point), task.seed, options) };
  } catch (e) {
    return { ...task, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
