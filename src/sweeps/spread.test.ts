import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsOf, spreadLine, spreadOf } from './spread';

describe('spreadOf', () => {
  it('gives min, p10, median, p90, max and mean, interpolating between sorted values', () => {
    expect(spreadOf([5, 1, 3, 2, 4])).toEqual({
      n: 5,
      min: 1,
      p10: 1.4,
      median: 3,
      p90: 4.6,
      max: 5,
      mean: 3,
    });
    expect(spreadOf([7])).toEqual({ n: 1, min: 7, p10: 7, median: 7, p90: 7, max: 7, mean: 7 });
    expect(spreadOf([])).toBeNull();
    expect(spreadOf([Number.NaN, 2])?.n).toBe(1);
  });

  it('keeps min ≤ p10 ≤ median ≤ p90 ≤ max, with the mean inside', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const s = spreadOf(values);
          expect(s).not.toBeNull();
          if (!s) return;
          expect(s.n).toBe(values.length);
          expect(s.min).toBeLessThanOrEqual(s.p10);
          expect(s.p10).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.p90);
          expect(s.p90).toBeLessThanOrEqual(s.max);
          expect(s.mean).toBeGreaterThanOrEqual(s.min);
          expect(s.mean).toBeLessThanOrEqual(s.max);
          expect(s.min).toBe(Math.min(...values));
          expect(s.max).toBe(Math.max(...values));
        },
      ),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }),
        (values) => {
          expect(spreadOf([...values].reverse())).toEqual(spreadOf(values));
        },
      ),
    );
  });
});

describe('spreadLine', () => {
  it('says the mean and the range across the seeds', () => {
    const spread = { n: 20, min: 0.801, p10: 0.81, median: 0.83, p90: 0.845, max: 0.852, mean: 0.828 };
    expect(spreadLine({ label: 'client success', unit: '%' }, spread)).toBe(
      'client success 82.8 % (80.1–85.2 across 20 seeds)',
    );
    expect(spreadLine({ label: 'client success', unit: '%' }, spread, 'p10p90')).toBe(
      'client success 82.8 % (p10–p90 81.0–84.5 across 20 seeds)',
    );
    expect(
      spreadLine(
        { label: 'api reply p99', unit: 'ms' },
        { ...spread, n: 1, min: 412.4, max: 412.4, mean: 412.4 },
      ),
    ).toBe('api reply p99 412 ms (412–412 across 1 seed)');
    expect(
      spreadLine({ label: 'lost messages', unit: 'messages' }, { ...spread, min: 0, max: 12, mean: 3.5 }),
    ).toBe('lost messages 3.5 (0–12 across 20 seeds)');
  });
});

describe('bandsOf', () => {
  it('spreads each second over the runs that measured it, leaving out seconds with no reply', () => {
    const row = (t: number, success: number | null) => ({
      t,
      clients: { c: { success, p99: success === null ? null : 10 * t, sent: 1, ok: 1, failed: 0 } },
    });
    const bands = bandsOf(
      [[row(0, 1), row(1, 0.5)], [row(0, 0.5), row(1, null)], [row(0, 0)]],
      'c',
      'success',
    );
    expect(bands.map((b) => [b.t, b.spread?.n, b.spread?.min, b.spread?.max])).toEqual([
      [0, 3, 0, 1],
      [1, 1, 0.5, 0.5],
    ]);
    expect(bandsOf([[row(2, 1)]], 'other', 'p99')).toEqual([{ t: 2, spread: null }]);
  });
});
