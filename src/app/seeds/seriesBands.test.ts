import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim';
import type { Report, SeriesRow } from '../../sim/report';
import { exampleDocument } from '../../store/documentStore';
import { quantileOf, seriesBands } from './seriesBands';

const row = (t: number, ok: number, failed: number, p99: number): SeriesRow => ({
  t,
  clients: {
    c: {
      sent: ok + failed,
      ok,
      failed,
      accepted: 0,
      completed: 0,
      p50: 0,
      p99,
      completionP99: 0,
      failedBy: {},
    },
  },
  nodes: {},
  queues: {},
  edges: {},
});
const report = (series: SeriesRow[]) => ({ series }) as Report;

describe('quantileOf', () => {
  it('interpolates between neighbours', () => {
    expect(quantileOf([0, 10], 0.5)).toBe(5);
    expect(quantileOf([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4);
    expect(quantileOf([7], 0.9)).toBe(7);
    expect(quantileOf([], 0.5)).toBeNaN();
  });
});

describe('seriesBands', () => {
  it('gives the spread of success and p99 across runs, second by second', () => {
    const runs = [0, 1, 2, 3, 4].map((i) => report([row(0, 10 - i, i, 100 + i * 10), row(1, 0, 0, 0)]));
    const bands = seriesBands(runs);
    expect(bands.x).toEqual([0, 1]);
    expect(bands.success.min[0]).toBe(60);
    expect(bands.success.max[0]).toBe(100);
    expect(bands.success.median[0]).toBe(80);
    expect(bands.success.p10[0]).toBeCloseTo(64);
    expect(bands.success.p90[0]).toBeCloseTo(96);
    expect(bands.latencyP99.median[0]).toBe(120);
    // Nothing answered in second 1: a gap, never a zero.
    expect(bands.success.median[1]).toBeNull();
    expect(bands.latencyP99.max[1]).toBeNull();
  });

  it('keeps every band between its neighbours on real runs', () => {
    const doc = { ...exampleDocument(), durationS: 5 };
    const bands = seriesBands([1, 2, 3, 4].map((seed) => simulate(doc, { seed })));
    expect(bands.x.length).toBeGreaterThan(0);
    for (const b of [bands.success, bands.latencyP99])
      b.median.forEach((m, i) => {
        if (m === null) return;
        expect(b.min[i]!).toBeLessThanOrEqual(b.p10[i]!);
        expect(b.p10[i]!).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(b.p90[i]!);
        expect(b.p90[i]!).toBeLessThanOrEqual(b.max[i]!);
      });
  });
});
