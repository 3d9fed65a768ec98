import { describe, expect, it } from 'vitest';
import {
  clearHistogram,
  countInBucket,
  createHistogram,
  HISTOGRAM_BUCKETS,
  histogramBucket,
  quantile,
  recordValue,
  summarize,
} from './histogram';
import { nextUnit, seedStream } from './random';

describe('histogram', () => {
  it('gives quantiles within 1 % of the exact ones', () => {
    const h = createHistogram();
    const rng = new Uint32Array(4);
    seedStream(rng, 0, 1, 0, 1);
    const values: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const v = -20 * Math.log(nextUnit(rng, 0)) + 0.01;
      values.push(v);
      recordValue(h, v);
    }
    values.sort((a, b) => a - b);
    for (const q of [0.1, 0.5, 0.9, 0.95, 0.99, 0.999]) {
      const exact = values[Math.ceil(q * values.length) - 1];
      expect(Math.abs(quantile(h, q) - exact) / exact).toBeLessThan(0.01);
    }
    expect(summarize(h).mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
  });
  it('has a fixed size and handles zero and huge values', () => {
    const h = createHistogram();
    recordValue(h, 0);
    recordValue(h, 1e12);
    expect(h.counts.length).toBe(HISTOGRAM_BUCKETS);
    expect(quantile(h, 0.5)).toBe(0);
    expect(quantile(h, 1)).toBe(1e12);
    clearHistogram(h);
    expect(summarize(h)).toEqual({ mean: 0, p50: 0, p95: 0, p99: 0 });
  });
  it('counts each value in the bucket of its exponent and top six mantissa bits', () => {
    // The rule spelled out: exponents below -10 in bucket 0, above 27 in the last bucket.
    const view = new DataView(new ArrayBuffer(8));
    const expected = (v: number) => {
      view.setFloat64(0, v);
      const hi = view.getUint32(0);
      const e = ((hi >>> 20) & 0x7ff) - 1023;
      if (e < -10) return 0;
      if (e > 27) return HISTOGRAM_BUCKETS - 1;
      return 1 + (e + 10) * 64 + ((hi >>> 14) & 63);
    };
    const edges = [0, -0, 5e-324, 2 ** -11, 2 ** -10, 2 ** -10 * 1.999, 1, 1.015625, 1.5, 10, 999.9];
    const more = [2 ** 27, 2 ** 28 - 1, 2 ** 28, 1e300, Number.POSITIVE_INFINITY, Number.NaN, -3.5, -1e9];
    const rng = new Uint32Array(4);
    seedStream(rng, 0, 7, 0, 1);
    const drawn = Array.from({ length: 2000 }, (_, i) => nextUnit(rng, 0) * 2 ** ((i % 48) - 14));
    for (const v of [...edges, ...more, ...drawn]) {
      const h = createHistogram();
      recordValue(h, v);
      expect(h.counts.indexOf(1), `value ${v}`).toBe(expected(v));
    }
    // histogramBucket writes these out as literals.
    expect(HISTOGRAM_BUCKETS).toBe(2433);
  });
  it('counts a value in its bucket as recording it does', () => {
    const each = createHistogram();
    const run = createHistogram();
    const second = createHistogram();
    for (const v of [12.5, 0, 3e-4, 7, 1e12, 7]) {
      recordValue(each, v);
      const b = histogramBucket(v);
      countInBucket(run, b, v);
      countInBucket(second, b, v);
    }
    expect(run).toEqual(each);
    expect(second).toEqual(each);
  });
});
