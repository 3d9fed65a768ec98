import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SeriesRow } from './report';
import { appendSecond, currentSeries, mergeRows, type SeriesState } from './seriesBudget';

/** One second's row of a diagram with a client, a service, a queue and an rpc edge. */
function second(
  t: number,
  n: { sent: number; ok: number; failed: number; backlog: number; p99: number },
): SeriesRow {
  return {
    t,
    clients: {
      c: {
        sent: n.sent,
        ok: n.ok,
        failed: n.failed,
        accepted: 0,
        completed: 0,
        p50: n.p99 / 2,
        p99: n.p99,
        mean: n.p99 / 3,
        failureMean: n.failed > 0 ? 100 : 0,
        completionP99: 0,
        failedBy: n.failed > 0 ? { timeout: n.failed } : {},
      },
    },
    nodes: {
      s: {
        received: n.sent,
        ok: n.ok,
        failed: n.failed,
        utilization: 0.5,
        backlog: n.backlog,
        health: 'healthy',
      },
    },
    queues: { q: { depth: n.backlog, oldestAgeMs: n.backlog * 10, deadLettered: 0 } },
    edges: { e: { calls: n.sent, failed: n.failed, breaker: n.failed > 5 ? 'open' : 'closed' } },
  };
}

const counts = fc.record({
  sent: fc.nat(1000),
  ok: fc.nat(1000),
  failed: fc.nat(20),
  backlog: fc.nat(500),
  p99: fc.nat(5000),
});

function fresh(): SeriesState {
  return { series: [], seriesOpen: null, seriesSpan: 1, seriesRevision: 0 };
}

const spanOf = (r: SeriesRow) => r.spanS ?? 1;

describe('the series budget', () => {
  it('keeps one row per second while within the budget', () => {
    const st = fresh();
    for (let t = 0; t < 10; t++)
      appendSecond(st, second(t, { sent: t, ok: t, failed: 0, backlog: 0, p99: 1 }), 10);
    expect(st.series.map((r) => r.t)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(st.series.every((r) => r.spanS === undefined)).toBe(true);
    expect(st.seriesRevision).toBe(0);
  });

  it('thins into buckets twice as wide when over it: per-second means, peaks, worst states', () => {
    const st = fresh();
    const rows = [
      second(0, { sent: 10, ok: 10, failed: 0, backlog: 3, p99: 20 }),
      second(1, { sent: 30, ok: 20, failed: 10, backlog: 1, p99: 90 }),
      second(2, { sent: 0, ok: 0, failed: 0, backlog: 0, p99: 0 }),
    ];
    for (const r of rows) appendSecond(st, r, 2);
    expect(st.seriesRevision).toBe(1);
    expect(st.seriesSpan).toBe(2);
    expect(st.series).toHaveLength(1);
    const [b] = st.series;
    expect(b.t).toBe(0);
    expect(b.spanS).toBe(2);
    expect(b.clients.c).toMatchObject({ sent: 20, ok: 15, failed: 5, p99: 90, failedBy: { timeout: 5 } });
    // p50 and the mean are weighted by replies: 10 at 10 ms, 20 at 45 ms.
    expect(b.clients.c.p50).toBeCloseTo((10 * 10 + 20 * 45) / 30);
    expect(b.clients.c.failureMean).toBe(100);
    expect(b.nodes.s).toMatchObject({ received: 20, backlog: 3, utilization: 0.5 });
    expect(b.queues.q).toMatchObject({ depth: 3, oldestAgeMs: 30 });
    expect(b.edges.e).toMatchObject({ calls: 20, failed: 5, breaker: 'open' });
    // The odd third second starts the next bucket; the series as it stands shows it.
    expect(currentSeries(st).map((r) => [r.t, spanOf(r)])).toEqual([
      [0, 2],
      [2, 1],
    ]);
    // The rows handed in were not changed.
    expect(rows[0].clients.c.sent).toBe(10);
    expect(rows[1].spanS).toBeUndefined();
  });

  it('merging leaves both rows as they were', () => {
    const a = second(0, { sent: 1, ok: 1, failed: 0, backlog: 0, p99: 1 });
    const b = second(1, { sent: 3, ok: 3, failed: 2, backlog: 0, p99: 1 });
    const before = structuredClone([a, b]);
    const m = mergeRows(a, b);
    expect([a, b]).toEqual(before);
    expect(m.clients.c.failedBy).toEqual({ timeout: 1 });
  });

  it('holds for any run: rows within the limit, equal buckets back to back, totals kept', () => {
    fc.assert(
      fc.property(
        fc.array(counts, { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 4, max: 40 }),
        (secs, limit) => {
          const st = fresh();
          secs.forEach((n, t) => {
            appendSecond(st, second(t, n), limit);
          });
          const rows = currentSeries(st);
          expect(st.series.length).toBeLessThanOrEqual(limit);
          // Contiguous, every closed bucket as wide as the current span, the open one narrower.
          let t = 0;
          for (const r of rows) {
            expect(r.t).toBe(t);
            t += spanOf(r);
          }
          expect(t).toBe(secs.length);
          for (const r of st.series) expect(spanOf(r)).toBe(st.seriesSpan);
          if (st.seriesOpen) expect(spanOf(st.seriesOpen)).toBeLessThan(st.seriesSpan);
          // Counts per second × seconds add up to the run's totals; peaks are kept.
          const total = (f: (r: SeriesRow) => number) => rows.reduce((sum, r) => sum + f(r) * spanOf(r), 0);
          const sent = secs.reduce((n, s) => n + s.sent, 0);
          const failed = secs.reduce((n, s) => n + s.failed, 0);
          expect(total((r) => r.clients.c.sent)).toBeCloseTo(sent, 6);
          expect(total((r) => r.clients.c.failedBy.timeout ?? 0)).toBeCloseTo(failed, 6);
          expect(total((r) => r.edges.e.failed)).toBeCloseTo(failed, 6);
          expect(Math.max(...rows.map((r) => r.nodes.s.backlog))).toBe(
            Math.max(...secs.map((s) => s.backlog)),
          );
          expect(Math.max(...rows.map((r) => r.clients.c.p99))).toBe(Math.max(...secs.map((s) => s.p99)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
