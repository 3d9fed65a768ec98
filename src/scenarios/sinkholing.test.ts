/**
 * The sinkholing lesson's claim (docs/scenarios.md), through the engine for the scenario's
 * seed and two others.
 */
import { describe, expect, it } from 'vitest';
import { failedShare, rows, runScenario } from './scenarioRuns';

const SEEDS = [undefined, 7, 42];

/** The share of the calls a pool's balancer passed on in [fromS, toS) that reached api 1. */
function api1Share(r: ReturnType<typeof runScenario>, pool: string, fromS: number, toS: number): number {
  let api1 = 0;
  let all = 0;
  for (const row of rows(r, fromS, toS)) {
    api1 += row.nodes[`${pool}-api-1`].received;
    for (const i of [1, 2, 3]) all += row.nodes[`${pool}-api-${i}`].received;
  }
  return api1 / all;
}

describe.each(SEEDS)('sinkholing (seed %s)', (seed) => {
  it('without ejection the crashed instance draws most calls; ejection ends it within seconds', () => {
    const r = runScenario('sinkholing', seed);
    // Before the crash, least outstanding spreads evenly.
    for (const pool of ['plain', 'ejecting']) {
      expect(api1Share(r, pool, 2, 10)).toBeGreaterThan(0.25);
      expect(api1Share(r, pool, 2, 10)).toBeLessThan(0.42);
    }
    // No ejection: the refusing instance gets most of the calls (measured 72–73 %, where its
    // fair share is a third), and as many requests fail.
    expect(api1Share(r, 'plain', 11, 40)).toBeGreaterThan(0.65);
    expect(failedShare(r, 'plain-client', 11, 40)).toBeGreaterThan(0.65);
    // Ejection: out after 5 failures, back for 5 more every 10 s; nearly nothing fails.
    expect(failedShare(r, 'ejecting-client', 11, 40)).toBeLessThan(0.01);
    expect(api1Share(r, 'ejecting', 11, 40)).toBeLessThan(0.01);
    const lb = r.balancers!['ejecting-lb'];
    expect(lb.backends['ejecting-api-1'].ejections).toBe(3);
    // 5 failures per ejection, and now and then one more already on its way when it came.
    expect(r.clients['ejecting-client'].failedBy.refused).toBeGreaterThanOrEqual(15);
    expect(r.clients['ejecting-client'].failedBy.refused).toBeLessThanOrEqual(20);
    expect(r.balancers!['plain-lb'].backends['plain-api-1'].ejections).toBe(0);
    // After the crash both pools serve everything again.
    expect(failedShare(r, 'plain-client', 41, 50)).toBe(0);
    expect(failedShare(r, 'ejecting-client', 41, 50)).toBe(0);
  });
});
