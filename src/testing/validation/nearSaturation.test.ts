/**
 * Case Q3 (model/theory/queueing.ts): one worker at ρ = 0.95, where the mean converges slowly. Its own file so
 * the long run goes to its own test worker, beside the others.
 */
import { describe, expect, it } from 'vitest';
import { mmcMeanMs } from '../../model/theory/queueing';
import { expectLittlesLaw } from './little';
import { relativeError, runCase } from './runCase';

const mu = 100; // exponential service, mean 10 ms

describe('one worker near saturation (M/M/1, ρ = 0.95)', () => {
  it('Q3: λ = 95/s (ρ = 0.95) gives W = 200 ms, within a wider band; L1 holds', () => {
    // Near saturation the mean converges slowly: Daley's asymptotic variance of the mean
    // wait gives a standard error of ~1.9 % over 4.1 × 10⁶ requests (12 h simulated),
    // so ±10 % is over 5σ: wide, honest, never flaky.
    const q = {
      lambda: 95,
      workers: 1,
      distribution: 'exponential',
      meanServiceMs: 10,
      durationS: 43_200,
    } as const;
    // ~20 million events: past the engine's default limit per run, hence --max-events.
    const run = runCase(q, [4], ['--max-events', '40000000']);
    expect(run.ok).toBeGreaterThanOrEqual(4_000_000);
    expect(relativeError(run.meanMs, mmcMeanMs({ lambda: 95, mu, c: 1 }))).toBeLessThan(0.1);
    expectLittlesLaw(run.reports[0]);
  });
});
