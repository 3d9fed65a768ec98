/**
 * The claim of "Why your load test lied" (docs/scenarios.md), for the scenario's seed and
 * two others: a closed-loop load test reports a healthy API that fails real (open-loop)
 * users at the same rate.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from './scenarioRuns';

describe.each([undefined, 7, 42])('load-test-lied (seed %s)', (seed) => {
  it('the closed loop sees low latency and almost no failures; the open loop times out at every stall', () => {
    const r = runScenario('load-test-lied', seed);
    const tester = r.clients['load-tester'];
    const users = r.clients['real-users'];
    expect(tester.closedLoop?.users).toBe(5);
    // Healthy by the load test: p99 under half a second, under 0.5 % failed.
    expect(tester.latencyMs.p99).toBeLessThan(500);
    expect(tester.failed / tester.sent).toBeLessThan(0.005);
    // The same API, the same stalls, users arriving at about the rate the load test sent (50/s nominal).
    expect(tester.closedLoop?.throughputPerS).toBeGreaterThan(40);
    expect(users.sent / r.duration).toBeGreaterThan(45);
    expect(users.failedBy.timeout ?? 0).toBeGreaterThan(0.04 * users.sent);
    expect(users.latencyMs.p99).toBeGreaterThan(1000);
  });
});
