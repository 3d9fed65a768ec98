/**
 * The death-spiral lesson's claims (docs/scenarios.md), for the scenario's own seed and two
 * others, through the engine: latency that grows with load plus retries turns a 3 s surge
 * into a collapse that outlives it; a short LIFO backlog with a maximum wait recovers.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type StoredDocument } from '../model';
import { simulate } from '../sim';
import { deathSpiral } from './deathSpiral';
import { clientSum, failedShare, mean, nodeSeries, rows, runScenario } from './scenarioRuns';

const SEEDS = [undefined, 7, 42];
/** The surge is [10 s, 13 s). */
const SURGE_END_S = 13;

/** Failed client requests per second over [fromS, toS). */
const failuresPerS = (r: ReturnType<typeof runScenario>, fromS: number, toS: number) =>
  clientSum(r, 'clients', 'failed', fromS, toS) / (toS - fromS);

/** The first second from which no client request fails to the end of the run. */
function recoveredAtS(r: ReturnType<typeof runScenario>): number {
  const series = rows(r, 0, r.duration);
  let at = series.length;
  while (at > 0 && series[at - 1].clients.clients.failed === 0) at--;
  return series[at]?.t ?? r.duration;
}

describe.each(SEEDS)('the death spiral (seed %s)', (seed) => {
  it('death-spiral: a 3 s surge tips the api into a collapse that lasts the rest of the run', () => {
    const r = runScenario('death-spiral', seed);
    expect(failedShare(r, 'clients', 0, 10)).toBeLessThan(0.01);
    // Long after the surge: about every request fails, ~60 a second, almost none succeed…
    expect(failuresPerS(r, 20, 60)).toBeGreaterThan(40);
    expect(clientSum(r, 'clients', 'ok', 20, 60) / clientSum(r, 'clients', 'sent', 20, 60)).toBeLessThan(
      0.05,
    );
    // …while the api works flat out, on requests whose callers gave up.
    expect(mean(nodeSeries(r, 'api', 'utilization', 20, 60))).toBeGreaterThan(0.95);
    expect(recoveredAtS(r)).toBe(r.duration);
  });

  it('death-spiral: without the slowdown under load the same surge is absorbed', () => {
    const api = { ...deathSpiral.nodes[1], loadFactor: { curve: 'off' } } as StoredDocument['nodes'][number];
    const parsed = parseDocument({ ...deathSpiral, nodes: [deathSpiral.nodes[0], api] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const r = simulate(parsed.doc, { seed, trackTransfers: false });
    expect(failedShare(r, 'clients', 16, 60)).toBeLessThan(0.01);
  });

  it('death-spiral-fixed: LIFO and a maximum wait shed the old requests and the api recovers within seconds', () => {
    const r = runScenario('death-spiral-fixed', seed);
    expect(r.nodes.api.failedBy.shed).toBeGreaterThan(100);
    expect(r.clients.clients.failedBy.shed).toBeGreaterThan(0);
    expect(r.nodes.api.longestWaitMs).toBeLessThanOrEqual(250);
    expect(recoveredAtS(r)).toBeLessThanOrEqual(SURGE_END_S + 3);
    expect(failuresPerS(r, 20, 60)).toBe(0);
    expect(clientSum(r, 'clients', 'ok', 20, 60) / clientSum(r, 'clients', 'sent', 20, 60)).toBeGreaterThan(
      0.99,
    );
  });
});
