import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument } from '../model';
import { getScenario } from '../scenarios';
import { simulate } from '../sim';
import { outcomeInfo, outcomesOf } from './outcomes';
import { sweepTable } from './resultTable';
import { summarizeRun } from './runSummary';
import { runTask } from './runTask';
import { describePoint, planSweep, shardTasks, sweepTasks } from './sweepPlan';

function scenarioDoc(id: string): FaultlineDocument {
  const parsed = parseDocument(getScenario(id)?.document);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.doc;
}
const storm = scenarioDoc('retry-storm');
const attempts = {
  path: 'edges.clients-api.retry.maxAttempts',
  from: 1,
  to: 3,
  count: 3,
  scale: 'linear' as const,
};

describe('outcomesOf', () => {
  it('reads the outcomes a sweep plots from a report', () => {
    const report = simulate(scenarioDoc('queue-redeploy'), { durationS: 30, trackTransfers: false });
    const o = outcomesOf(report);
    const c = report.clients.client;
    expect(o.values['client.client.success']).toBe(c.ok / c.sent);
    expect(o.values['client.client.p99']).toBe(c.latencyMs.p99);
    expect(o.values['client.client.completionP99']).toBe(c.completionMs.p99);
    expect(o.values.maxQueueDepth).toBe(report.queues['payments-queue'].maxDepth);
    expect(o.values.lostMessages).toBe(0);
    expect(o.series).toHaveLength(report.series.length);
    expect(o.series[5].clients.client.ok).toBe(report.series[5].clients.client.ok);
    expect(outcomeInfo('client.client.completionP99', () => 'shop')).toEqual({
      id: 'client.client.completionP99',
      kind: 'completionP99',
      client: 'client',
      label: 'shop completion p99',
      unit: 'ms',
    });
    expect(outcomeInfo('client.client.colour')).toBeNull();
    expect(outcomeInfo('maxQueueDepth')?.label).toBe('max queue depth');
  });

  it('leaves out what a diagram does not have: no queue, no async work', () => {
    const o = outcomesOf(simulate(storm, { durationS: 5, trackTransfers: false }));
    expect(Object.keys(o.values)).toEqual([
      'client.clients.success',
      'client.clients.p50',
      'client.clients.p99',
    ]);
  });
});

describe('outcomesOf without anything to measure', () => {
  it('leaves out latencies when nothing succeeded, rather than counting them as 0 ms', () => {
    const down = structuredClone(storm);
    down.scenario.faults = [
      { id: 'down', kind: 'crash', target: 'api', startS: 0, durationS: 10, mode: 'refuse' },
    ] as never;
    const parsed = parseDocument(down);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const o = outcomesOf(simulate(parsed.doc, { durationS: 5, trackTransfers: false }));
    expect(o.values).toEqual({ 'client.clients.success': 0 });
  });
});

describe('planSweep', () => {
  it('checks the definition before any run', () => {
    const error = (axes: (typeof attempts)[], seeds = [1]) => {
      const r = planSweep(storm, { axes, seeds });
      return r.ok ? '(accepted)' : r.error;
    };
    expect(error([attempts], [])).toBe('a sweep needs at least one seed');
    expect(error([attempts, attempts])).toBe('--sweep edges.clients-api.retry.maxAttempts is given twice');
    expect(error([attempts, attempts, attempts])).toBe('a sweep varies at most 2 parameters, got 3');
    expect(error([{ ...attempts, to: 1e6 }])).toMatch(/must stay from 1 to \d+, got 1..1000000$/);
    const big = { path: 'nodes.api.workers', from: 1, to: 1000, count: 1000, scale: 'linear' as const };
    expect(error([big, { ...big, path: 'nodes.clients.rate' }])).toBe(
      'the sweep has 1000000 points; at most 100000 are allowed',
    );
  });

  it('gives every (point, seed) run once, and shards split them without overlap', () => {
    const r = planSweep(storm, { axes: [attempts], seeds: [4, 2, 9] });
    if (!r.ok) throw new Error(r.error);
    const tasks = sweepTasks(r.plan);
    expect(tasks.slice(0, 4)).toEqual([
      { point: 0, seed: 4 },
      { point: 0, seed: 2 },
      { point: 0, seed: 9 },
      { point: 1, seed: 4 },
    ]);
    expect(tasks).toHaveLength(9);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (n) => {
        const shards = Array.from({ length: n }, (_, i) => shardTasks(tasks, i + 1, n));
        expect(shards.flat().sort((a, b) => a.point - b.point || a.seed - b.seed)).toEqual(
          [...tasks].sort((a, b) => a.point - b.point || a.seed - b.seed),
        );
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
    expect(describePoint(r.plan.axes, r.plan.points[2])).toBe('edges.clients-api.retry.maxAttempts = 3');
    expect(describePoint([], [])).toBe('the diagram as it is');
  });
});

describe('running a sweep', { timeout: 120_000 }, () => {
  it('gives the same table for the same inputs, and each value really runs its variant', () => {
    const r = planSweep(storm, { axes: [attempts], seeds: [1, 2] });
    if (!r.ok) throw new Error(r.error);
    const options = {};
    const table = () =>
      sweepTable(
        r.plan.axes,
        r.plan.points,
        r.plan.seeds,
        sweepTasks(r.plan).map((t) => runTask(r.plan, t, options)),
      );
    const first = table();
    expect(table()).toEqual(first);
    // One attempt (no retry) keeps the storm away; three make it.
    const success = first.rows.map((row) => row.outcomes['client.clients.success']?.median ?? Number.NaN);
    expect(success[0]).toBeGreaterThan(0.7);
    expect(success[2]).toBeLessThan(0.25);
    expect(first.rows.map((row) => row.collapses.clients)).toEqual([0, 2, 2]);
  });

  it('reports a run that throws as failed, with its message, and runs the others', () => {
    const r = planSweep(storm, { axes: [attempts], seeds: [1, 2] });
    if (!r.ok) throw new Error(r.error);
    const results = sweepTasks(r.plan).map((t) =>
      runTask(r.plan, t, { durationS: 2 }, (doc, seed, options) => {
        if (seed === 2 && doc.edges[0].kind === 'rpc' && doc.edges[0].retry.maxAttempts === 2)
          throw new Error('engine bug');
        return summarizeRun(
          outcomesOf(simulate(doc, { seed, durationS: options.durationS, trackTransfers: false })),
        );
      }),
    );
    expect(results.filter((x) => !x.ok)).toEqual([{ point: 1, seed: 2, ok: false, error: 'engine bug' }]);
    const table = sweepTable(r.plan.axes, r.plan.points, r.plan.seeds, results);
    expect(table.rows.map((row) => [row.runs, row.failed])).toEqual([
      [2, 0],
      [1, 1],
      [2, 0],
    ]);
  });
});
