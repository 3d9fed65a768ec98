import { describe, expect, it } from 'vitest';
import {
  erlangC,
  md1MeanMs,
  mm1k,
  mm1QuantileMs,
  mmcMeanMs,
  mmcSurvival,
  quantileMs,
} from './queueingFormulas';

// The oracle itself, checked against the textbook figures of each case (listed in queueingFormulas.ts).
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
