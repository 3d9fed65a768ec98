/**
 * Cases B1–B4: a load balancer spreading Poisson arrivals (λ = 320/s) over k = 4 identical
 * one-worker backends with exponential service of 10 ms (ρ = 0.8), through the command
 * line's code path, each over ≥ 10⁶ requests (balancingFormulas.ts has the formulas).
 *
 * - B1 random: each backend is an M/M/1 at λ/k, W = 50 ms, within ±3 % (the standard error
 *   of the mean over 10⁶ requests at ρ = 0.8 is about 0.9 %, as for Q1).
 * - B2 round robin: each backend is an E₄/M/1, W = 32.67 ms, within ±3 %; below random.
 * - B3 least outstanding: no closed form. It can never beat one shared line (the M/M/4 value,
 *   W = 17.46 ms, a lower bound for any dispatcher that sends each request to a backend when
 *   it arrives) and is known to stay close to it; measured 19.6 ms (1.12 × M/M/4). The test
 *   asks for 1.00–1.25 × M/M/4: the lower bound is theory, the upper one leaves over 10σ of
 *   sampling noise on the measured ratio while failing a strategy that drifts a third of the
 *   way to round robin's 32.7 ms.
 * - B4 power of two choices: between least outstanding and round robin (measured 23.2 ms).
 *
 * Measured (seeds 11–14, ≈ 1.02 × 10⁶ requests each): random 49.1 ms (−1.7 %), round robin
 * 32.9 ms (+0.6 %), least outstanding 19.6 ms, power of two 23.2 ms.
 */
import { describe, expect, it } from 'vitest';
import { mmcMeanMs } from '../../model/theory/queueing';
import { type BalancerCase, balancerDocument } from './balancerDocument';
import { randomMeanMs, roundRobinMeanMs } from './balancingFormulas';
import { expectLittlesLaw } from './little';
import { relativeError } from './runCase';
import { runThroughCli } from './runThroughCli';

const lambda = 320;
const mu = 100;
const k = 4;

/** The mean time in system (ms) of a case's run, and its report. */
function run(strategy: BalancerCase['strategy'], seed: number) {
  const report = runThroughCli(
    balancerDocument({ lambda, backends: k, strategy, meanServiceMs: 10, durationS: 3200 }),
    ['--seed', String(seed)],
  );
  expect(report.status).toBe('finished');
  expect(report.clients.client.ok).toBeGreaterThanOrEqual(1_000_000);
  for (let i = 1; i <= k; i++) expectLittlesLaw(report, `b${i}`);
  return { meanMs: report.clients.client.latencyMs.mean, report };
}

describe('a load balancer over k identical M/M/1 backends (ρ = 0.8)', () => {
  const results: Partial<Record<BalancerCase['strategy'], number>> = {};

  it('B1: random gives each backend an M/M/1 at λ/k: W = 50 ms', () => {
    expect(randomMeanMs(lambda, mu, k)).toBeCloseTo(50, 9);
    const { meanMs, report } = run('random', 11);
    results.random = meanMs;
    expect(relativeError(meanMs, 50)).toBeLessThan(0.03);
    // Each backend got about a quarter of the calls.
    for (const b of Object.values(report.balancers!.lb.backends))
      expect(relativeError(b.requests, report.clients.client.sent / k)).toBeLessThan(0.01);
  });

  it('B2: round robin gives each backend an E4/M/1: W = 32.67 ms, less than random', () => {
    expect(roundRobinMeanMs(lambda, mu, k)).toBeCloseTo(32.674, 3);
    const { meanMs } = run('roundRobin', 12);
    results.roundRobin = meanMs;
    expect(relativeError(meanMs, roundRobinMeanMs(lambda, mu, k))).toBeLessThan(0.03);
    expect(meanMs).toBeLessThan(randomMeanMs(lambda, mu, k));
  });

  it('B3: least outstanding lies close above the M/M/4 value (17.46 ms): 1.00–1.25 × it', () => {
    const mmk = mmcMeanMs({ lambda, mu, c: k });
    expect(mmk).toBeCloseTo(17.455, 3);
    const { meanMs } = run('leastOutstanding', 13);
    results.leastOutstanding = meanMs;
    expect(meanMs).toBeGreaterThanOrEqual(mmk);
    expect(meanMs).toBeLessThanOrEqual(1.25 * mmk);
    expect(meanMs).toBeLessThan(roundRobinMeanMs(lambda, mu, k));
  });

  it('B4: power of two choices lies between least outstanding and round robin', () => {
    const { meanMs } = run('powerOfTwo', 14);
    expect(meanMs).toBeGreaterThan(mmcMeanMs({ lambda, mu, c: k }));
    expect(meanMs).toBeLessThan(roundRobinMeanMs(lambda, mu, k));
    // Measured 23.2 ms against least outstanding's 19.6 ms.
    expect(meanMs).toBeGreaterThan(results.leastOutstanding ?? 0);
  });
});
