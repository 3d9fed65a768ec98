/**
 * One run of a seed run or a sweep, reduced to what the result table needs: its outcome
 * values and the clients that collapsed. Small, so a worker (or a shard's file) holds only
 * this; the series stay with whoever draws bands.
 */
import { collapsed } from './collapse';
import type { RunOutcomes } from './outcomes';

/** What one finished (or stopped) run contributes to the table. */
export interface RunSummary {
  values: Record<string, number>;
  /** Clients that collapsed in this run (collapse.ts), in client order. */
  collapsed: string[];
  /** "finished", or "stopped: …" when a guard-rail limit ended it early. */
  status: string;
}

/** One run of a sweep: which point and seed, and what came of it (or why it failed). */
export type SweepRunResult =
  | { point: number; seed: number; ok: true; summary: RunSummary }
  | { point: number; seed: number; ok: false; error: string };

/** The summary of a run's outcomes. */
export function summarizeRun(outcomes: RunOutcomes): RunSummary {
  const clients = new Set<string>();
  for (const row of outcomes.series) for (const id of Object.keys(row.clients)) clients.add(id);
  return {
    values: outcomes.values,
    collapsed: [...clients].filter((c) => collapsed(outcomes, c)),
    status: outcomes.status,
  };
}
