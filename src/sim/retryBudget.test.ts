import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

/** Every call fails; three attempts each, no backoff: without a budget, two retries per call. */
const failing = (retry: Record<string, unknown>, rate = 100) =>
  clientService(
    { rate, arrival: 'constant' },
    { workers: 100, serviceTime: constant(1), errorRate: 1 },
    { retry: { maxAttempts: 3, backoff: 'none', ...retry } },
    { durationS: 30 },
  );

describe('a retry budget on an rpc edge', () => {
  it('keeps retries to the ratio of recent calls plus the floor, and counts the refusals', () => {
    const r = simulate(failing({ budget: true, budgetRatio: 0.1, budgetMinPerS: 1 }));
    const e = r.edges['c-s'];
    // Any 10 s window: at most 0.1 × 1,000 calls + 1 × 10 retries; the run holds three windows.
    expect(e.retries).toBeLessThanOrEqual(3 * 110);
    expect(e.retries).toBeGreaterThanOrEqual(3 * 100);
    // Each ended call was refused a retry once, unless both its retries were allowed.
    expect(e.retryBudgetRefused).toBeGreaterThanOrEqual(e.failed - e.retries / 2);
    expect(e.retryBudgetRefused).toBeLessThanOrEqual(e.calls);
    // A refused retry is not sent: the service sees only first attempts and allowed retries.
    expect(r.nodes.s.received).toBe(e.calls + e.retries);
  });

  it('lets the failure stand with its own cause when it refuses the retry', () => {
    const r = simulate(failing({ budget: true, budgetRatio: 0, budgetMinPerS: 0 }));
    expect(r.edges['c-s'].retries).toBe(0);
    expect(r.clients.c.failedBy).toEqual({ injectedError: r.clients.c.failed });
  });

  it('lets a quiet edge retry freely thanks to the floor', () => {
    const r = simulate(failing({ budget: true, budgetRatio: 0.1, budgetMinPerS: 10 }, 1));
    // Every call that ended was retried twice (the last ones may still be retrying).
    expect(r.edges['c-s'].retries).toBeGreaterThanOrEqual(2 * r.edges['c-s'].failed);
    expect(r.edges['c-s'].retryBudgetRefused).toBe(0);
  });

  it('is off by default, and the report says nothing of it then', () => {
    const r = simulate(failing({}));
    expect(r.edges['c-s'].retries).toBeGreaterThanOrEqual(2 * r.edges['c-s'].failed);
    expect('retryBudgetRefused' in r.edges['c-s']).toBe(false);
  });

  it('is replenished as the window slides past a spell of failures', () => {
    const doc = clientService(
      { rate: 100, arrival: 'constant' },
      { workers: 100, serviceTime: constant(1) },
      { retry: { maxAttempts: 2, backoff: 'none', budget: true, budgetRatio: 0.1, budgetMinPerS: 0 } },
      {
        durationS: 60,
        faults: [
          { id: 'a', kind: 'errors', target: 's', startS: 5, durationS: 5, rate: 1 },
          { id: 'b', kind: 'errors', target: 's', startS: 40, durationS: 5, rate: 1 },
        ],
      },
    );
    const rows = simulate(doc).series;
    const retriesIn = (from: number, to: number) =>
      rows
        .filter((row) => row.t >= from && row.t < to)
        .reduce((n, row) => n + row.nodes.s.received - row.edges['c-s'].calls, 0);
    // Each spell gets about a tenth of the last 10 s of calls: the first spell spent nothing of the second's.
    expect(retriesIn(5, 11)).toBeGreaterThan(80);
    expect(retriesIn(40, 46)).toBeGreaterThan(80);
    expect(retriesIn(40, 46)).toBeLessThanOrEqual(110);
  });
});
