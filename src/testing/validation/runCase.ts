import type { Report } from '../../sim/report';
import { type QueueCase, queueDocument } from './queueDocument';
import { runThroughCli } from './runThroughCli';

/** What the validation reads from one or more seeded runs of a queueing case, pooled. */
export interface CaseResult {
  reports: Report[];
  /** Client requests sent, answered and rejected over all runs. */
  sent: number;
  ok: number;
  rejected: number;
  /** Mean time in system (ms) over every answered request of every run. */
  meanMs: number;
  /** Quantiles (ms) averaged over the runs (each from the engine's histogram). */
  p50: number;
  p95: number;
  p99: number;
  /** Answered requests per simulated second. */
  throughput: number;
  simulatedS: number;
}

/**
 * Runs a queueing case once per seed through the command line (`--seed`), from the same
 * document, and pools the results; the case's own seed is ignored.
 */
export function runCase(q: Omit<QueueCase, 'seed'>, seeds: number[], extraArgs: string[] = []): CaseResult {
  const doc = queueDocument({ ...q, seed: seeds[0] });
  const reports = seeds.map((seed) => runThroughCli(doc, ['--seed', String(seed), ...extraArgs]));
  let sent = 0;
  let ok = 0;
  let rejected = 0;
  let latencySum = 0;
  let simulatedS = 0;
  for (const r of reports) {
    if (r.status !== 'finished') throw new Error(`run ${r.seed} ${r.status}`);
    const client = r.clients.client;
    sent += client.sent;
    ok += client.ok;
    rejected += client.failedBy.rejected ?? 0;
    latencySum += client.latencyMs.mean * client.ok;
    simulatedS += r.duration;
  }
  const avg = (pick: (r: Report) => number) => reports.reduce((s, r) => s + pick(r), 0) / reports.length;
  return {
    reports,
    sent,
    ok,
    rejected,
    meanMs: latencySum / ok,
    p50: avg((r) => r.clients.client.latencyMs.p50),
    p95: avg((r) => r.clients.client.latencyMs.p95),
    p99: avg((r) => r.clients.client.latencyMs.p99),
    throughput: ok / simulatedS,
    simulatedS,
  };
}

/** |actual − expected| / expected, for messages and bands. */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / expected;
}
