import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model';
import { getScenario } from '../../scenarios';
import {
  clientOutcomeId,
  outcomeInfo,
  parseSweepAxis,
  planSweep,
  type SweepPlan,
  summarizeRun,
  sweepTable,
  tippingPoint,
} from '../../sweeps';
import { runOutcomes } from '../../sweeps/runTask';
import type { PoolResult } from '../../worker/runPool';
import { answerRun } from '../../worker/runPoolProtocol';
import {
  plottableOutcomes,
  pointWords,
  sweepColumns,
  sweepJobs,
  sweepResults,
  tippingText,
} from './sweepRun';

function planOf(id: string, axes: string[], seeds: number[]): SweepPlan {
  const parsed = parseDocument(getScenario(id)?.document);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const planned = planSweep(parsed.doc, {
    seeds,
    axes: axes.map((a) => {
      const axis = parseSweepAxis(a);
      if (!axis.ok) throw new Error(axis.error);
      return axis.value;
    }),
  });
  if (!planned.ok) throw new Error(planned.error);
  return planned.plan;
}

/** The pool's results as the real engine gives them, run here in order. */
const runAll = (jobs: ReturnType<typeof sweepJobs>): PoolResult[] =>
  jobs.jobs.map((job, i) => {
    const answer = answerRun({ type: 'run', job: i, doc: job.doc, seed: job.seed, keepSeries: false });
    if (answer.type !== 'done') throw new Error(answer.message);
    return { job: i, seed: job.seed, ok: true, summary: answer.summary };
  });

describe('a sweep of retries on the retry storm', () => {
  const plan = planOf('retry-storm', ['edges.clients-api.retry.maxAttempts=1..6:6'], [1, 2]);
  const jobs = sweepJobs(plan);
  const table = sweepTable(plan.axes, plan.points, plan.seeds, sweepResults(jobs, runAll(jobs)));
  const success = outcomeInfo(clientOutcomeId('clients', 'success'))!;

  it('runs every point over every seed, each with its own variant', () => {
    expect(jobs.tasks).toHaveLength(12);
    expect(jobs.refused).toEqual([]);
    expect(jobs.jobs.map((j) => j.doc.edges[0].kind === 'rpc' && j.doc.edges[0].retry.maxAttempts)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
    ]);
    expect(table.rows.map((r) => r.runs)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('plots success in % against the attempts, and finds where the storm starts', () => {
    expect(plottableOutcomes(table)).toContain(success.id);
    const columns = sweepColumns(table, success);
    expect(columns.x).toEqual([1, 2, 3, 4, 5, 6]);
    // Without retries the api recovers after the slowdown; with one retry or more it never does.
    expect(columns.median[0]!).toBeGreaterThan(70);
    for (const m of columns.median.slice(1)) expect(m!).toBeLessThan(30);
    const tip = tippingPoint(table, success.id);
    expect(tip?.between).toEqual([1, 2]);
    expect(tippingText(table, tip!, success)).toMatch(
      /^Tipping point: between .*Attempts \d and \d, the median clients success goes from \d+\.\d % to \d+\.\d %\.$/,
    );
    expect(pointWords(table, [3])).toMatch(/Attempts = 3$/);
  });

  it('is the same table whatever order the runs come back in', () => {
    const reversed = runAll(jobs).reverse();
    const shuffled: (PoolResult | undefined)[] = [];
    for (const r of reversed) shuffled[r.job] = r;
    expect(sweepTable(plan.axes, plan.points, plan.seeds, sweepResults(jobs, shuffled).reverse())).toEqual(
      table,
    );
  });
});

describe('a sweep run the pool could not finish', () => {
  it('counts a failed run as failed at its point', () => {
    const plan = planOf('rpc-chain-redeploy', ['scenario.durationS=5..6:2'], [1]);
    const jobs = sweepJobs(plan);
    const results: PoolResult[] = [
      { job: 0, seed: 1, ok: false, message: 'The run crashed (out of memory).' },
      { job: 1, seed: 1, ok: true, summary: summarizeRun(runOutcomes(jobs.jobs[1].doc, 1)) },
    ];
    const table = sweepTable(plan.axes, plan.points, plan.seeds, sweepResults(jobs, results));
    expect(table.rows.map((r) => [r.runs, r.failed])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(table.failures[0].error).toMatch(/out of memory/);
  });
});

describe('a sweep of capacity', () => {
  it('plots cost per month, which grows with the workers and does not depend on the seed', () => {
    const plan = planOf('rpc-chain-redeploy', ['nodes.payments.workers=2..6:3'], [1, 2]);
    const jobs = sweepJobs(plan);
    const table = sweepTable(plan.axes, plan.points, plan.seeds, sweepResults(jobs, runAll(jobs)));
    expect(plottableOutcomes(table)).toContain('cost');
    const info = outcomeInfo('cost')!;
    expect(info.unit).toBe('$/month');
    const columns = sweepColumns(table, info);
    expect(columns.x).toEqual([2, 4, 6]);
    const medians = columns.median.map((m) => m!);
    expect(medians[1]).toBeGreaterThan(medians[0]);
    expect(medians[2]).toBeGreaterThan(medians[1]);
    expect(columns.min).toEqual(columns.max);
  });
});

describe('a grid sweep', () => {
  it('plots the first parameter where the second has the chosen value', () => {
    const plan = planOf(
      'rpc-chain-redeploy',
      ['scenario.durationS=4..6:3', 'nodes.payments.workers=2..4:2'],
      [1],
    );
    const jobs = sweepJobs(plan);
    expect(jobs.jobs).toHaveLength(6);
    const table = sweepTable(plan.axes, plan.points, plan.seeds, sweepResults(jobs, runAll(jobs)));
    const id = plottableOutcomes(table).find((o) => o.endsWith('.p99'))!;
    const info = outcomeInfo(id)!;
    const at4 = sweepColumns(table, info, 4);
    expect(at4.x).toEqual([4, 5, 6]);
    const rows4 = table.rows.filter((r) => r.values[1] === 4).map((r) => r.outcomes[id]?.median ?? null);
    expect(at4.median).toEqual(rows4);
    // Without a choice, the second parameter's first value.
    expect(sweepColumns(table, info).median).toEqual(
      table.rows.filter((r) => r.values[1] === 2).map((r) => r.outcomes[id]?.median ?? null),
    );
    // No tipping point on a grid: it is defined along one parameter.
    expect(tippingPoint(table, id)).toBeNull();
  });
});
