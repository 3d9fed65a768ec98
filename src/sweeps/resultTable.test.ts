import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepTable, type TableAxis } from './resultTable';
import type { SweepRunResult } from './runSummary';
import { tippingPoint } from './tippingPoint';

const axis: TableAxis[] = [{ path: 'edges.e.retry.maxAttempts', label: 'e · Attempts' }];

/** A synthetic sweep: success is `f(value)` plus a little per seed. */
function synthetic(values: number[], seeds: number[], f: (v: number) => number): SweepRunResult[] {
  return values.flatMap((v, point) =>
    seeds.map((seed) => ({
      point,
      seed,
      ok: true as const,
      summary: {
        values: { 'client.c.success': f(v) + seed / 1000 },
        collapsed: f(v) < 0.5 ? ['c'] : [],
        status: 'finished',
      },
    })),
  );
}

describe('sweepTable', () => {
  it('spreads each outcome over the seeds of each point and counts collapses and failures', () => {
    const results = synthetic([1, 2], [1, 2, 3], (v) => (v === 1 ? 0.9 : 0.2));
    results[5] = { point: 1, seed: 3, ok: false, error: 'boom' };
    const t = sweepTable(axis, [[1], [2]], [1, 2, 3], results);
    expect(t.outcomeIds).toEqual(['client.c.success']);
    expect(t.clients).toEqual(['c']);
    expect(t.rows[0]).toMatchObject({ values: [1], runs: 3, failed: 0, collapses: { c: 0 } });
    expect(t.rows[0].outcomes['client.c.success']).toMatchObject({ n: 3, min: 0.901, max: 0.903 });
    expect(t.rows[1]).toMatchObject({ values: [2], runs: 2, failed: 1, collapses: { c: 2 } });
    expect(t.failures).toEqual([{ point: 1, seed: 3, error: 'boom' }]);
  });

  it('is the same table whatever order the runs come back in', () => {
    const results = synthetic([1, 2, 3, 4], [5, 6, 7], (v) => 1 / v);
    const whole = sweepTable(axis, [[1], [2], [3], [4]], [5, 6, 7], results);
    fc.assert(
      fc.property(fc.shuffledSubarray(results, { minLength: results.length }), (shuffled) => {
        expect(sweepTable(axis, [[1], [2], [3], [4]], [5, 6, 7], shuffled)).toEqual(whole);
      }),
    );
  });
});

describe('tippingPoint', () => {
  const values = [0, 1, 2, 3, 4, 5, 6, 7];
  const points = values.map((v) => [v]);

  it('finds the step of a step function', () => {
    const t = sweepTable(
      axis,
      points,
      [1, 2, 3],
      synthetic(values, [1, 2, 3], (v) => (v < 4 ? 0.95 : 0.1)),
    );
    expect(tippingPoint(t, 'client.c.success')).toEqual({
      row: 3,
      between: [3, 4],
      outcome: [expect.closeTo(0.952, 9), expect.closeTo(0.102, 9)],
      change: expect.closeTo(-0.85, 9),
    });
  });

  it('follows the steepest change of a smooth curve, and the first of equal ones', () => {
    const t = sweepTable(
      axis,
      points,
      [1],
      synthetic(values, [1], (v) => 1 / (1 + Math.exp(2 * (v - 5.5)))),
    );
    expect(tippingPoint(t, 'client.c.success')?.between).toEqual([5, 6]);
    const linear = sweepTable(
      axis,
      points,
      [0],
      synthetic(values, [0], (v) => v),
    );
    expect(tippingPoint(linear, 'client.c.success')?.row).toBe(0);
  });

  it('has none for a flat outcome, an unknown outcome or a grid', () => {
    const flat = sweepTable(
      axis,
      points,
      [1],
      synthetic(values, [1], () => 0.5),
    );
    expect(tippingPoint(flat, 'client.c.success')).toBeNull();
    expect(tippingPoint(flat, 'client.x.success')).toBeNull();
    const grid = sweepTable(
      [...axis, { path: 'nodes.a.workers', label: 'a · Workers' }],
      [
        [0, 1],
        [1, 1],
      ],
      [1],
      [],
    );
    expect(tippingPoint(grid, 'client.c.success')).toBeNull();
  });
});
