import { describe, expect, it } from 'vitest';
import { drawZipf, zipfCdf, zipfProbabilities } from './zipf';

describe('Zipf key draws', () => {
  it('is uniform for s = 0', () => {
    const p = zipfProbabilities(4, 0);
    expect([...p]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('weighs key k as 1 / (k+1)^s', () => {
    const p = zipfProbabilities(3, 2);
    // 1, 1/4, 1/9 over 49/36
    expect(p[0]).toBeCloseTo(36 / 49, 12);
    expect(p[1]).toBeCloseTo(9 / 49, 12);
    expect(p[2]).toBeCloseTo(4 / 49, 12);
  });

  it('maps a uniform draw to the key whose cumulative weight reaches it', () => {
    const cdf = zipfCdf(3, 1); // 1, 1.5, 1.8333
    const total = cdf[2];
    expect(drawZipf(cdf, 0.5 / total)).toBe(0);
    expect(drawZipf(cdf, 1 / total)).toBe(0);
    expect(drawZipf(cdf, 1.2 / total)).toBe(1);
    expect(drawZipf(cdf, 0.9999999)).toBe(2);
  });

  it('draws with the intended frequencies', () => {
    const n = 50;
    const cdf = zipfCdf(n, 0.8);
    const p = zipfProbabilities(n, 0.8);
    const counts = new Float64Array(n);
    const draws = 200_000;
    for (let i = 0; i < draws; i++) counts[drawZipf(cdf, (i + 0.5) / draws)]++;
    for (const k of [0, 1, 10, 49]) expect(counts[k] / draws).toBeCloseTo(p[k], 3);
  });
});
