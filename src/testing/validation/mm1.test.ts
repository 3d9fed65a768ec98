/**
 * Cases Q1, Q2 and Q4 (one worker; model/theory/queueing.ts lists the cases) and L1 (Q3 is in
 * nearSaturation.test.ts), through the command line's code path.
 * Tolerance ±3 % on ≥ 10⁶ requests for means and medians: at ρ = 0.8 the standard error of
 * the mean time in system over 10⁶ requests is about 0.9 % (Daley's variance for M/M/1), so
 * 3 % is > 3σ. The 99th percentile converges more slowly — tail events cluster in long busy
 * periods: over 10⁶ requests at ρ = 0.8 its σ between seeds measured 1.7 % (seeds 200–207:
 * 227–239 ms against 230.3 ms). Q1's p99 is therefore checked over 3 × 10⁶ requests within
 * ±6 % (over 4σ, bucket width included). At ρ = 0.5 (Q2) it is tight enough for ±3 %.
 */
import { describe, expect, it } from 'vitest';
import { md1MeanMs, mm1QuantileMs, mmcMeanMs } from '../../model/theory/queueing';
import { expectLittlesLaw, queueingNode } from './little';
import { relativeError, runCase } from './runCase';

const mu = 100; // exponential service, mean 10 ms

describe('one worker, Poisson arrivals (M/M/1, M/D/1)', () => {
  it('Q1: λ = 80/s gives W = 50 ms, L = 4, p50 = 34.7 ms, p99 = 230 ms; L1 holds', () => {
    const q = {
      lambda: 80,
      workers: 1,
      distribution: 'exponential',
      meanServiceMs: 10,
      durationS: 12_500,
    } as const;
    const run = runCase(q, [1, 2]);
    expect(run.ok).toBeGreaterThanOrEqual(1_990_000);
    expect(relativeError(run.meanMs, mmcMeanMs({ lambda: 80, mu, c: 1 }))).toBeLessThan(0.03);
    expect(relativeError(run.p50, mm1QuantileMs(80, mu, 0.5))).toBeLessThan(0.03);
    expect(relativeError(run.p99, mm1QuantileMs(80, mu, 0.99))).toBeLessThan(0.06);
    const expectedL = 80 * (mmcMeanMs({ lambda: 80, mu, c: 1 }) / 1000);
    expect(expectedL).toBeCloseTo(4, 9);
    for (const r of run.reports) {
      expect(relativeError(queueingNode(r, 'server').meanInSystem, expectedL)).toBeLessThan(0.03);
      expectLittlesLaw(r);
    }
  });

  it('Q2: λ = 50/s gives W = 20 ms, p99 = 92.1 ms; L1 holds', () => {
    const q = {
      lambda: 50,
      workers: 1,
      distribution: 'exponential',
      meanServiceMs: 10,
      durationS: 20_000,
    } as const;
    const run = runCase(q, [3]);
    expect(run.ok).toBeGreaterThanOrEqual(990_000);
    expect(relativeError(run.meanMs, mmcMeanMs({ lambda: 50, mu, c: 1 }))).toBeLessThan(0.03);
    expect(relativeError(run.p99, mm1QuantileMs(50, mu, 0.99))).toBeLessThan(0.03);
    expectLittlesLaw(run.reports[0]);
  });

  it('Q4: constant service, λ = 80/s gives W = 30 ms (half the M/M/1 wait, plus service); L1 holds', () => {
    const q = {
      lambda: 80,
      workers: 1,
      distribution: 'constant',
      meanServiceMs: 10,
      durationS: 12_500,
    } as const;
    const run = runCase(q, [5]);
    expect(run.ok).toBeGreaterThanOrEqual(990_000);
    const expected = md1MeanMs(80, mu);
    expect(expected).toBeCloseTo(30, 9);
    expect(relativeError(run.meanMs, expected)).toBeLessThan(0.03);
    expectLittlesLaw(run.reports[0]);
  });
});
