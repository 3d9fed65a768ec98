/**
 * Closed-loop clients against queueing theory (docs/validation.md, C1–C2) and a rate
 * schedule's arrivals against the schedule (C3), through the command line's code path.
 */
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../model';
import { type ClosedCase, closedDocument } from './closedDocument';
import { meanValueAnalysis } from './mva';
import { relativeError } from './runCase';
import { runThroughCli } from './runThroughCli';

const run = (c: ClosedCase) => {
  const r = runThroughCli(closedDocument(c));
  expect(r.status).toBe('finished');
  const client = r.clients.client;
  expect(client.failed).toBe(0);
  return { report: r, client, loop: client.closedLoop! };
};

describe('closed-loop users', () => {
  it('MVA: a tiny network checks out by hand (1 user: R = S; many users: X → 1/S)', () => {
    expect(meanValueAnalysis(1, 100, [10]).responseMs).toBeCloseTo(10, 9);
    expect(meanValueAnalysis(2, 0, [10]).responseMs).toBeCloseTo(20, 9);
    expect(meanValueAnalysis(200, 100, [10]).throughputPerS).toBeCloseTo(100, 6);
  });

  it('C1: the response time law X = N / (R + Z) holds within 1 % over a long run', () => {
    const c = { users: 8, thinkMs: 50, serviceMs: 10, durationS: 4000, seed: 11 };
    const { client, loop } = run(c);
    expect(loop.users).toBe(8);
    expect(loop.thinkTimeMs).toBe(50);
    expect(client.ok).toBeGreaterThan(350_000);
    const law = c.users / ((client.latencyMs.mean + c.thinkMs) / 1000);
    expect(relativeError(loop.throughputPerS, law)).toBeLessThan(0.01);
  });

  it.each([1, 5, 20, 50])(
    'C2: %i users, exponential service and think time: R matches exact MVA within 3 %',
    (n) => {
      const c = { users: n, thinkMs: 100, serviceMs: 10, durationS: 3000, seed: 20 + n };
      const { client, loop } = run(c);
      const mva = meanValueAnalysis(n, c.thinkMs, [c.serviceMs]);
      expect(relativeError(client.latencyMs.mean, mva.responseMs)).toBeLessThan(0.03);
      expect(relativeError(loop.throughputPerS, mva.throughputPerS)).toBeLessThan(0.03);
    },
  );
});

/** A scheduled Poisson client → a service that keeps up, for `durationS` seconds. */
function scheduledDocument(schedule: unknown, durationS: number, arrival = 'poisson'): StoredDocument {
  return {
    version: 3,
    title: 'scheduled arrivals',
    nodes: [
      {
        id: 'client',
        kind: 'client',
        label: 'client',
        position: { x: 0, y: 0 },
        arrival,
        rateSchedule: schedule,
      },
      {
        id: 'server',
        kind: 'service',
        label: 'server',
        position: { x: 300, y: 0 },
        workers: 10_000,
        serviceTime: { distribution: 'constant', meanMs: 1 },
      },
    ],
    edges: [{ id: 'calls', kind: 'rpc', source: 'client', target: 'server', latencyMs: 0 }],
    scenario: { durationS, seed: 5 },
  } as StoredDocument;
}

describe('arrivals that follow a rate schedule', () => {
  it('C3: per-second arrival counts follow a schedule within 3 % over a long run', () => {
    // Up from 100 to 500 req/s over 600 s, flat for 600 s, a step down to 200 for 600 s.
    const schedule = {
      interpolation: 'linear',
      points: [
        { atS: 0, rate: 100 },
        { atS: 600, rate: 500 },
        { atS: 1200, rate: 500 },
        { atS: 1200.001, rate: 200 },
      ],
    };
    const r = runThroughCli(scheduledDocument(schedule, 1800));
    const rows = r.series;
    expect(rows.every((row) => (row.spanS ?? 1) === 1)).toBe(true);
    const expected = (t: number) => (t < 600 ? 100 + (400 * (t + 0.5)) / 600 : t < 1200 ? 500 : 200);
    // Windows of 60 s: each holds 6,000–30,000 arrivals (σ ≤ 1.3 %).
    for (let w = 0; w < 30; w++) {
      let sent = 0;
      let want = 0;
      for (let t = w * 60; t < (w + 1) * 60; t++) {
        sent += rows[t].clients.client.sent;
        want += expected(t);
      }
      expect(relativeError(sent, want), `window ${w * 60}–${(w + 1) * 60} s`).toBeLessThan(0.03);
    }
    const total = r.clients.client.sent;
    // The ramp's area (100 → 500 over 600 s), then 500 and 200 req/s for 600 s each.
    expect(relativeError(total, 300 * 600 + 500 * 600 + 200 * 600)).toBeLessThan(0.01);
  });

  it('constant arrivals follow the cumulative rate exactly: one arrival per unit of it', () => {
    const schedule = {
      interpolation: 'step',
      points: [
        { atS: 0, rate: 10 },
        { atS: 5, rate: 100 },
      ],
    };
    const r = runThroughCli(scheduledDocument(schedule, 10, 'constant'));
    // The first arrival is a whole gap after the start (as at a constant rate); the one due at
    // exactly 1 s falls in the second that starts then.
    expect(r.series.map((row) => row.clients.client.sent)).toEqual([
      9, 10, 10, 10, 10, 100, 100, 100, 100, 100,
    ]);
  });
});
