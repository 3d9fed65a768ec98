/**
 * The claims of the lessons on retry budgets and deadlines (docs/scenarios.md), checked
 * through the engine for the scenario's own seed and two others, as scenarios.test.ts does.
 */
import { describe, expect, it } from 'vitest';
import { clientSum, mean, nodeSeries, runScenario } from './scenarioRuns';

const SEEDS = [undefined, 7, 42];

const goodput = (r: ReturnType<typeof runScenario>, client: string, from: number, to: number) =>
  clientSum(r, client, 'ok', from, to) / clientSum(r, client, 'sent', from, to);

describe.each(SEEDS)('retry budget and deadline lessons (seed %s)', (seed) => {
  it('retry-budget: a 10 % budget, with no breaker, ends the storm; goodput recovers', () => {
    const r = runScenario('retry-budget', seed);
    const edge = r.edges['clients-api'];
    expect(edge.breaker).toBeUndefined();
    expect(edge.retryBudgetRefused).toBeGreaterThan(1000);
    // Retries stay a small share of the calls, where the storm's were about two per call.
    expect(edge.retries).toBeLessThan(0.15 * edge.calls);
    // The refused failures stand as what they were: timeouts.
    expect(r.clients.clients.failedBy).toEqual({ timeout: r.clients.clients.failed });
    expect(goodput(r, 'clients', 60, 90)).toBeGreaterThan(0.95);
    // Serving the real load only: the api is no longer flat out.
    expect(mean(nodeSeries(r, 'api', 'utilization', 60, 90))).toBeLessThan(0.9);
  });

  it('the storm without the budget is still going at the same time', () => {
    const storm = runScenario('retry-storm', seed);
    expect(goodput(storm, 'clients', 40, 60)).toBeLessThan(0.05);
  });

  it('deadlines: without propagation the ledger works for clients who left; with it, less work and a faster recovery', () => {
    const r = runScenario('deadlines', seed);
    // During the stall (15–30 s) the plain ledger still serves calls for clients who gave up.
    const stallPlain = mean(nodeSeries(r, 'plain-ledger', 'utilization', 16, 30));
    const stallDeadline = mean(nodeSeries(r, 'deadline-ledger', 'utilization', 16, 30));
    expect(stallDeadline).toBeLessThan(0.7 * stallPlain);
    // After it, the plain api works off its stale backlog: the ledger is flat out for nobody…
    expect(mean(nodeSeries(r, 'plain-ledger', 'utilization', 31, 36))).toBeGreaterThan(0.95);
    expect(mean(nodeSeries(r, 'deadline-ledger', 'utilization', 31, 36))).toBeLessThan(0.85);
    // …and its clients keep failing, while the other chain serves its clients at once.
    expect(goodput(r, 'plain-client', 31, 36)).toBeLessThan(0.1);
    expect(goodput(r, 'deadline-client', 31, 36)).toBeGreaterThan(0.9);
    // The work done for nobody is in the report: the plain api finished over a thousand
    // requests whose clients had left; the deadline-aware one none.
    expect(r.nodes['plain-api'].abandoned).toBeGreaterThan(1000);
    expect(r.nodes['deadline-api'].abandoned ?? 0).toBe(0);
    // Both recover in the end.
    expect(goodput(r, 'plain-client', 50, 60)).toBeGreaterThan(0.95);
    expect(goodput(r, 'deadline-client', 50, 60)).toBeGreaterThan(0.95);
  });
});
