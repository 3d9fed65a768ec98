/**
 * The claim of "Autoscaling is too slow for a surge" (docs/scenarios.md), checked through the
 * engine for the scenario's own seed and two others.
 */
import { describe, expect, it } from 'vitest';
import { clientSum, failedShare, rows, runScenario } from './scenarioRuns';

describe.each([undefined, 7, 42])('autoscale-surge (seed %s)', (seed) => {
  const r = runScenario('autoscale-surge', seed);

  it('over RPC, requests fail while the new instances boot, and hardly at all once they are up', () => {
    expect(failedShare(r, 'rpc-clients', 11, 34)).toBeGreaterThan(0.2);
    expect(failedShare(r, 'rpc-clients', 45, 90)).toBeLessThan(0.01);
    // Failing while it scales: instances are booting then (none is ready before 30 s), and
    // the api has only its first two live.
    for (const row of rows(r, 16, 30)) {
      expect(row.nodes.api.instances?.booting).toBeGreaterThanOrEqual(1);
      expect(row.nodes.api.instances?.live).toBe(2);
    }
    expect(r.nodes.api.autoscale?.scaleOuts).toBeGreaterThanOrEqual(1);
  });

  it('through a queue scaled on its depth, no request fails: the surge waits and completes later', () => {
    expect(r.clients['queue-clients'].failed).toBe(0);
    expect(r.queues.jobs.deadLettered).toBe(0);
    expect(r.queues.jobs.maxDepth).toBeGreaterThan(1000);
    // Everything accepted is done by the end (but for the last moment's messages)…
    const accepted = r.clients['queue-clients'].accepted;
    expect(r.clients['queue-clients'].completed).toBeGreaterThan(accepted - 20);
    // …but the surge's work finished seconds late.
    expect(r.clients['queue-clients'].completionMs.p99).toBeGreaterThan(5000);
    expect(clientSum(r, 'queue-clients', 'completed', 10, 35)).toBeLessThan(
      clientSum(r, 'queue-clients', 'accepted', 10, 35),
    );
    expect(r.nodes.worker.autoscale?.scaleOuts).toBeGreaterThanOrEqual(1);
  });

  it('reports the instance-seconds both paid', () => {
    const api = r.nodes.api.instanceSeconds ?? 0;
    const worker = r.nodes.worker.instanceSeconds ?? 0;
    // More than the two instances each started with, less than ten the whole run.
    expect(api).toBeGreaterThan(2 * 90);
    expect(worker).toBeGreaterThan(2 * 90);
    expect(worker).toBeLessThan(10 * 90);
    expect(r.instanceSeconds).toBeCloseTo(api + worker, 6);
  });
});
