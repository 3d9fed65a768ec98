/**
 * Test helpers for the scenario claims: run a built-in scenario through the engine and read
 * its per-second series. Test-only; kept beside the tests that use it.
 */
import { parseDocument } from '../model';
import { type Report, type SeriesRow, simulate } from '../sim';
import { getScenario } from '.';

/** Runs built-in scenario `id` to its end (no frames kept: nothing draws it). */
export function runScenario(id: string, seed?: number): Report {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const parsed = parseDocument(scenario.document);
  if (!parsed.ok) throw new Error(`${id} is invalid`);
  const report = simulate(parsed.doc, { seed, trackTransfers: false });
  if (report.status !== 'finished') throw new Error(`${id} ${report.status}`);
  if (!report.conservation.holds) throw new Error(`${id}: conservation does not hold`);
  return report;
}

/** Rows whose second t is in [fromS, toS). Row t covers [t, t + 1) and samples states at t + 1. */
export function rows(report: Report, fromS: number, toS: number): SeriesRow[] {
  return report.series.filter((row) => row.t >= fromS && row.t < toS);
}

type ClientCounts = 'sent' | 'ok' | 'failed' | 'accepted' | 'completed';

/** A client's count summed over [fromS, toS). */
export function clientSum(
  report: Report,
  client: string,
  field: ClientCounts,
  fromS: number,
  toS: number,
): number {
  return rows(report, fromS, toS).reduce((sum, row) => sum + row.clients[client][field], 0);
}

/** The failed share of the outcomes a client learned in [fromS, toS). */
export function failedShare(report: Report, client: string, fromS: number, toS: number): number {
  const failed = clientSum(report, client, 'failed', fromS, toS);
  return failed / (failed + clientSum(report, client, 'ok', fromS, toS));
}

/** A node's per-second values over [fromS, toS). */
export function nodeSeries(
  report: Report,
  node: string,
  field: 'received' | 'ok' | 'failed' | 'utilization' | 'backlog',
  fromS: number,
  toS: number,
): number[] {
  return rows(report, fromS, toS).map((row) => row.nodes[node][field]);
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
