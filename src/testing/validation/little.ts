import { expect } from 'vitest';
import { littlesLaw } from '../../model/theory/queueing';
import type { NodeReport, Report } from '../../sim/report';

/** Fields the engine reports for queueing checks, beyond NodeReport's declared ones. */
export type QueueingNodeReport = NodeReport & {
  /** Time-averaged number of requests in the node (waiting or in service). */
  meanInSystem: number;
  /** Fraction of started requests that waited for a worker. */
  waitedFraction: number;
  meanWaitMs: number;
};

export function queueingNode(report: Report, id: string): QueueingNodeReport {
  const node = report.nodes[id] as QueueingNodeReport;
  if (typeof node?.meanInSystem !== 'number') throw new Error(`the report has no meanInSystem for ${id}`);
  return node;
}

/**
 * L1, Little's law on one run: the time-averaged number in the node equals its throughput
 * times its mean time in system, within 0.5 %. All three come from the same run, so this
 * checks the engine's own bookkeeping, not sampling luck.
 */
export function expectLittlesLaw(report: Report, id = 'server'): void {
  const node = queueingNode(report, id);
  const check = littlesLaw(node.meanInSystem, node.ok / report.duration, node.latencyMs.mean);
  expect(check.relativeDifference, `L = ${check.L}, λW = ${check.lambdaW}`).toBeLessThan(0.005);
}
