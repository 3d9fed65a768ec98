import { describe, expect, it } from 'vitest';
import {
  clearHistogram,
  createHistogram,
  HISTOGRAM_BUCKETS,
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
});
