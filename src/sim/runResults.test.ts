import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { createSimulation, simulate } from './index';
import type { SeriesRow } from './report';
import { DEFAULT_LIMITS } from './simulation';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });
const spanOf = (r: SeriesRow) => r.spanS ?? 1;
const cells = (r: SeriesRow) =>
  Object.keys(r.clients).length +
  Object.keys(r.nodes).length +
  Object.keys(r.queues).length +
  Object.keys(r.edges).length;

/** One idle client and `n - 1` services, no edges: one event a second, and one cell per node in every row. */
function manyIdleNodes(n: number, durationS: number) {
  const nodes = [{ id: 'c', kind: 'client', rate: 0 }];
  for (let i = 1; i < n; i++) nodes.push({ id: `s${i}`, kind: 'service' } as never);
  return makeDoc(nodes, [], { durationS });
}

describe('the size of a run’s results', () => {
  it('stays within the series budget: a long run is thinned into wide buckets, not stopped', () => {
    const doc = clientService({ rate: 20 }, { serviceTime: constant(5) }, {}, { durationS: 1000 });
    const limits = { seriesCells: 300 };
    const r = simulate(doc, { limits });
    expect(r.status).toBe('finished');
    // client + service + edge = 3 cells a row: at most 100 rows.
    expect(r.series.length).toBeLessThanOrEqual(101);
    expect(r.series.length).toBeGreaterThan(25);
    expect(r.series.reduce((n, row) => n + cells(row), 0)).toBeLessThanOrEqual(303);
    // The buckets cover the whole run, and their per-second counts add up to the totals.
    expect(r.series.reduce((t, row) => t + spanOf(row), 0)).toBe(1000);
    const ok = r.series.reduce((n, row) => n + row.clients.c.ok * spanOf(row), 0);
    expect(ok).toBeCloseTo(r.clients.c.ok, 6);
    // Unthinned, the same run has one row per second and the same totals and event hash.
    const full = simulate(doc);
    expect(full.series).toHaveLength(1000);
    expect(full.eventLogHash).toBe(r.eventLogHash);
    expect(full.clients).toEqual(r.clients);
  });

  it('a thinned run replays the same from a checkpoint', () => {
    const doc = clientService({ rate: 20 }, { serviceTime: constant(5) }, {}, { durationS: 300 });
    const options = { limits: { seriesCells: 60 } };
    const straight = createSimulation(doc, options);
    straight.runToEnd();
    const sim = createSimulation(doc, options);
    sim.runUntil(150_500);
    const checkpoint = sim.checkpoint();
    expect(sim.seriesRevision()).toBeGreaterThan(0);
    sim.runToEnd();
    sim.restore(checkpoint);
    sim.runToEnd();
    expect(sim.report()).toEqual(straight.report());
    expect(sim.series(3)).toEqual(straight.report().series.slice(3));
  });

  it('the worst allowed size: 500 nodes for two hours give a report that serialises, within the budget', () => {
    const r = simulate(manyIdleNodes(500, 7200));
    expect(r.status).toBe('finished');
    expect(r.series.reduce((n, row) => n + cells(row), 0)).toBeLessThanOrEqual(
      DEFAULT_LIMITS.seriesCells + 500,
    );
    expect(r.series.reduce((t, row) => t + spanOf(row), 0)).toBe(7200);
    // What the command line prints: tens of megabytes at most, not gigabytes.
    expect(JSON.stringify(r).length).toBeLessThan(40_000_000);
  });
});

/** Every call takes 300 ms and times out at 200: each request fails, and its work goes on. */
const callsOutlivingTheirTimeout = () =>
  clientService(
    { rate: 10 },
    { workers: 100, serviceTime: constant(300) },
    { timeoutMs: 200 },
    { durationS: 10 },
  );

describe('what the report says about failures and abandoned work', () => {
  it('reports the time to failure per client and per second', () => {
    const r = simulate(callsOutlivingTheirTimeout());
    expect(r.clients.c.failed).toBeGreaterThan(80);
    expect(r.clients.c.failureMs?.mean).toBeCloseTo(200, 0);
    expect(r.clients.c.failureMs?.p99).toBeCloseTo(200, -1);
    const failing = r.series.filter((row) => row.clients.c.failed > 0);
    expect(failing.length).toBeGreaterThan(5);
    for (const row of failing) expect(row.clients.c.failureMean).toBeCloseTo(200, 0);
  });

  it('separates a node’s work for callers still waiting from work nobody waits for any more', () => {
    const r = simulate(callsOutlivingTheirTimeout());
    const s = r.nodes.s;
    expect(s.ok).toBeGreaterThan(80);
    // Every success came after its caller timed out at 200 ms.
    expect(s.abandoned).toBe(s.ok);
    expect(s.abandonedLatencyMs?.mean).toBeCloseTo(300, 0);
    expect(s.latencyMs.mean).toBe(0);

    const fast = simulate(
      clientService({ rate: 10 }, { serviceTime: constant(50) }, { timeoutMs: 200 }, { durationS: 10 }),
    );
    expect(fast.nodes.s.abandoned).toBe(0);
    expect(fast.nodes.s.latencyMs.mean).toBeCloseTo(50, 0);
  });

  it('gives the mean reply latency of every second', () => {
    const r = simulate(clientService({ rate: 20 }, { serviceTime: constant(40) }, {}, { durationS: 5 }));
    const answered = r.series.filter((row) => row.clients.c.ok > 0);
    expect(answered.length).toBeGreaterThanOrEqual(4);
    for (const row of answered) expect(row.clients.c.mean).toBeCloseTo(40, 0);
  });
});
