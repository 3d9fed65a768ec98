import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { createSimulation, simulate } from './index';
import { type CompiledSchedule, scheduledRate, timeForMass } from './rateSchedule';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });
const sched = (t: number[], r: number[], linear: boolean): CompiledSchedule => ({
  t: Float64Array.from(t),
  r: Float64Array.from(r),
  linear,
});

describe('the cumulative rate of a schedule', () => {
  it('steps: the mass of one arrival takes 1000 / rate ms, across a step', () => {
    const s = sched([0, 1000], [10, 100], false);
    expect(timeForMass(s, 0, 1, 1, 1e9)).toBeCloseTo(100, 9);
    // 0.5 arrivals before the step at 1000 ms (from 950), the other 0.5 at 100 req/s: 5 ms.
    expect(timeForMass(s, 950, 1, 1, 1e9)).toBeCloseTo(1005, 9);
    // A surge ×2 halves every gap.
    expect(timeForMass(s, 2000, 1, 2, 1e9)).toBeCloseTo(2005, 9);
  });

  it('straight lines: the area under a ramp from 0 to 100 req/s over 1 s is 50 arrivals', () => {
    const s = sched([0, 1000], [0, 100], true);
    expect(timeForMass(s, 0, 50, 1, 1e9)).toBeCloseTo(1000, 6);
    // Area to t: 0.05 t² / 1000 → 12.5 arrivals at 500 ms.
    expect(timeForMass(s, 0, 12.5, 1, 1e9)).toBeCloseTo(500, 6);
    expect(scheduledRate(s, 250)).toBeCloseTo(25, 9);
    // A falling line too: 100 → 0 over 1 s; 37.5 arrivals by 500 ms.
    const down = sched([0, 1000], [100, 0], true);
    expect(timeForMass(down, 0, 37.5, 1, 1e9)).toBeCloseTo(500, 6);
  });

  it('never arrives once the schedule ends at zero, nor past the end of the run', () => {
    const s = sched([0, 1000], [10, 0], false);
    expect(timeForMass(s, 0, 20, 1, 1e9)).toBe(Number.POSITIVE_INFINITY);
    expect(timeForMass(sched([0], [1], false), 0, 10, 1, 5000)).toBe(10_000);
    expect(timeForMass(sched([0, 10_000], [0, 1], false), 0, 1, 1, 5000)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('clients that follow a rate schedule', () => {
  const service = { workers: 1000, serviceTime: constant(1) };

  it('send what the schedule says, second by second (constant arrivals)', () => {
    const doc = clientService(
      {
        arrival: 'constant',
        rateSchedule: {
          interpolation: 'step',
          points: [
            { atS: 0, rate: 10 },
            { atS: 3, rate: 50 },
          ],
        },
      },
      service,
      {},
      { durationS: 6 },
    );
    expect(simulate(doc).series.map((row) => row.clients.c.sent)).toEqual([9, 10, 10, 50, 50, 50]);
  });

  it('follow a per-second trace, and bursts come as whole bursts of the traced rate', () => {
    const doc = clientService(
      { arrival: 'burst', burstSize: 10, rateTrace: '20\n40, 0\n100' },
      service,
      {},
      { durationS: 4 },
    );
    // The burst due at 2 s opens the third second; the silent second carries no mass, so the
    // next burst is a tenth of a second into the fourth (at 100 req/s), and nine follow.
    expect(simulate(doc).series.map((row) => row.clients.c.sent)).toEqual([10, 40, 10, 90]);
  });

  it('a surge multiplies the scheduled rate; a scenario traffic change replaces the schedule', () => {
    const schedule = {
      interpolation: 'step',
      points: [
        { atS: 0, rate: 10 },
        { atS: 4, rate: 20 },
      ],
    };
    const doc = clientService(
      { arrival: 'constant', rateSchedule: schedule },
      service,
      {},
      {
        durationS: 8,
        faults: [{ id: 'f', kind: 'surge', target: 'c', startS: 2, durationS: 4, factor: 3 }],
        traffic: [{ target: 'c', atS: 7, rate: 5 }],
      },
    );
    const sent = simulate(doc).series.map((row) => row.clients.c.sent);
    // Rounding may move the arrival due exactly on a second's boundary into the next one.
    const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1);
    near(sent[2] + sent[3], 60);
    near(sent[4] + sent[5], 120);
    near(sent[6], 20);
    expect(sent[7]).toBeLessThanOrEqual(5);
  });

  it('the live frame shows the rate the client sends at now', () => {
    const schedule = {
      interpolation: 'linear',
      points: [
        { atS: 0, rate: 0 },
        { atS: 10, rate: 100 },
      ],
    };
    const sim = createSimulation(clientService({ rateSchedule: schedule }, service, {}, { durationS: 10 }));
    sim.runUntil(2500);
    expect(sim.frame().nodes.c.ratePerS).toBeCloseTo(25, 9);
    expect(sim.frame().nodes.s.ratePerS).toBeUndefined();
  });

  it('a client without a schedule reports and frames exactly as before', () => {
    const sim = createSimulation(clientService({ rate: 10 }, service, {}, { durationS: 2 }));
    sim.runToEnd();
    expect(sim.frame().nodes.c).not.toHaveProperty('ratePerS');
    expect(sim.report().clients.c).not.toHaveProperty('closedLoop');
  });
});
