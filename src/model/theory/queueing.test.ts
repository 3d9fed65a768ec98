import { describe, expect, it } from 'vitest';
import {
  erlangC,
  littlesLaw,
  md1MeanMs,
  mm1k,
  mm1QuantileMs,
  mmck,
  mmcMeanMs,
  mmcSurvival,
  quantileMs,
} from './queueing';

// The oracle itself, checked against the textbook figures of each case (listed in queueing.ts).
describe('queueing formulas reproduce the textbook figures of every case', () => {
  it('M/M/1 (Q1–Q3)', () => {
    const q1 = { lambda: 80, mu: 100, c: 1 };
    expect(mmcMeanMs(q1)).toBeCloseTo(50, 9);
    expect(mm1QuantileMs(80, 100, 0.5)).toBeCloseTo(34.66, 2);
    expect(mm1QuantileMs(80, 100, 0.99)).toBeCloseTo(230.26, 2);
    expect(quantileMs((t) => mmcSurvival(q1, t), 0.99)).toBeCloseTo(230.26, 2);
    expect(mmcMeanMs({ lambda: 50, mu: 100, c: 1 })).toBeCloseTo(20, 9);
    expect(mm1QuantileMs(50, 100, 0.99)).toBeCloseTo(92.1, 1);
    expect(mmcMeanMs({ lambda: 95, mu: 100, c: 1 })).toBeCloseTo(200, 9);
  });

  it('M/D/1 (Q4)', () => {
    expect(md1MeanMs(80, 100)).toBeCloseTo(30, 9);
  });

  it('M/M/c with Erlang C (Q5–Q7)', () => {
    expect(erlangC({ lambda: 80, mu: 25, c: 4 })).toBeCloseTo(0.596, 3);
    expect(mmcMeanMs({ lambda: 80, mu: 25, c: 4 })).toBeCloseTo(69.8, 1);
    expect(erlangC({ lambda: 80, mu: 50, c: 2 })).toBeCloseTo(0.711, 3);
    expect(mmcMeanMs({ lambda: 80, mu: 50, c: 2 })).toBeCloseTo(55.6, 1);
    expect(erlangC({ lambda: 90, mu: 10, c: 10 })).toBeCloseTo(0.669, 3);
    expect(mmcMeanMs({ lambda: 90, mu: 10, c: 10 })).toBeCloseTo(166.9, 1);
  });

  it('M/M/1/K (Q8, Q9)', () => {
    const q8 = mm1k(120, 100, 10);
    expect(q8.blocking).toBeCloseTo(0.1926, 4);
    expect(q8.throughput).toBeCloseTo(96.9, 1);
    expect(mm1k(80, 100, 10).blocking).toBeCloseTo(0.0235, 4);
  });
});

describe('M/M/c/K agrees with the closed forms it generalises', () => {
  it('c = 1 is M/M/1/K (Q8, Q9)', () => {
    for (const lambda of [80, 120]) {
      const general = mmck({ lambda, mu: 100, c: 1 }, 10);
      const one = mm1k(lambda, 100, 10);
      expect(general.blocking).toBeCloseTo(one.blocking, 12);
      expect(general.inSystem).toBeCloseTo(one.inSystem, 10);
      expect(general.meanMs).toBeCloseTo(one.meanMs, 9);
    }
  });

  it('a long backlog is M/M/c with Erlang C (Q5–Q7)', () => {
    for (const q of [
      { lambda: 80, mu: 25, c: 4 },
      { lambda: 80, mu: 50, c: 2 },
      { lambda: 90, mu: 10, c: 10 },
    ]) {
      const long = mmck(q, q.c + 5_000);
      expect(long.blocking).toBeLessThan(1e-12);
      expect(long.waitProbability).toBeCloseTo(erlangC(q), 9);
      expect(long.meanMs).toBeCloseTo(mmcMeanMs(q), 6);
      expect(long.utilisation).toBeCloseTo(q.lambda / (q.c * q.mu), 9);
      expect(long.meanWaitMs).toBeCloseTo(mmcMeanMs(q) - 1000 / q.mu, 6);
    }
  });

  it('K = c is Erlang B: 2 workers, a = 2 lose 0.4 of the arrivals', () => {
    // B(2, 2) = (2²/2!) ÷ (1 + 2 + 2) = 0.4.
    const b = mmck({ lambda: 2, mu: 1, c: 2 }, 2);
    expect(b.blocking).toBeCloseTo(0.4, 12);
    expect(b.waitProbability).toBe(0);
    expect(b.meanWaitMs).toBeCloseTo(0, 9);
  });

  it('stays finite under overload with a backlog of a million', () => {
    const f = mmck({ lambda: 200, mu: 100, c: 1 }, 1_000_001);
    expect(f.blocking).toBeCloseTo(0.5, 9);
    expect(f.throughput).toBeCloseTo(100, 6);
    expect(Number.isFinite(f.inSystem)).toBe(true);
    expect(f.inSystem).toBeGreaterThan(999_000);
  });

  it('refuses a K below the workers', () => {
    expect(() => mmck({ lambda: 1, mu: 1, c: 3 }, 2)).toThrow(/K = 2/);
  });
});

describe("Little's law check", () => {
  it('compares L with λW, relative to L', () => {
    const c = littlesLaw(4, 80, 50);
    expect(c.lambdaW).toBeCloseTo(4, 12);
    expect(c.relativeDifference).toBeCloseTo(0, 12);
    expect(littlesLaw(2, 80, 50).relativeDifference).toBeCloseTo(1, 12);
    expect(littlesLaw(0, 0, 0).relativeDifference).toBe(0);
    expect(littlesLaw(0, 10, 10).relativeDifference).toBe(1);
  });
});
