/**
 * Cases Q8–Q9 (model/theory/queueing.ts): one worker with a backlog limit of 9 (K = 10 places in the system),
 * rejected fraction and throughput against the M/M/1/K formulas, and L1.
 */
import { describe, expect, it } from 'vitest';
import { mm1k } from '../../model/theory/queueing';
import { expectLittlesLaw } from './little';
import { relativeError, runCase } from './runCase';

const base = { workers: 1, distribution: 'exponential', meanServiceMs: 10, backlogLimit: 9 } as const;

describe('one worker, bounded backlog (M/M/1/K)', () => {
  it('Q8: λ = 120/s gives a rejected fraction of 0.1926 and a throughput of 96.9/s; L1 holds', () => {
    const expected = mm1k(120, 100, 10);
    expect(expected.blocking).toBeCloseTo(0.1926, 4);
    expect(expected.throughput).toBeCloseTo(96.9, 1);
    const run = runCase({ ...base, lambda: 120, durationS: 8_400 }, [9]);
    expect(run.sent).toBeGreaterThanOrEqual(1_000_000);
    expect(relativeError(run.rejected / run.sent, expected.blocking)).toBeLessThan(0.03);
    expect(relativeError(run.throughput, expected.throughput)).toBeLessThan(0.03);
    expect(relativeError(run.reports[0].nodes.server.rejected / run.sent, expected.blocking)).toBeLessThan(
      0.03,
    );
    expectLittlesLaw(run.reports[0]);
  });

  it('Q9: λ = 80/s gives a rejected fraction of 0.0235; L1 holds', () => {
    const expected = mm1k(80, 100, 10);
    expect(expected.blocking).toBeCloseTo(0.0235, 4);
    const run = runCase({ ...base, lambda: 80, durationS: 12_500 }, [10, 11]);
    expect(run.sent).toBeGreaterThanOrEqual(1_990_000);
    expect(relativeError(run.rejected / run.sent, expected.blocking)).toBeLessThan(0.03);
    for (const r of run.reports) expectLittlesLaw(r);
  });
});
