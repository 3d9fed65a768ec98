import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { desiredInstances, scaleDelta } from './autoscale';
import { type AutoscaleSpec, METRIC_BACKLOG, METRIC_QUEUE_DEPTH, METRIC_UTILISATION } from './autoscaleSpec';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

function rule(over: Partial<AutoscaleSpec> = {}): AutoscaleSpec {
  return {
    index: 0,
    min: 1,
    max: 10,
    initial: 1,
    metric: METRIC_UTILISATION,
    target: 0.5,
    intervalMs: 1000,
    step: 10,
    scaleOutCooldownMs: 0,
    scaleInCooldownMs: 0,
    coldStartMs: 0,
    ...over,
  };
}

describe('the decision rule', () => {
  it('utilisation: ceil(live × busy fraction ÷ target)', () => {
    expect(desiredInstances(rule(), { live: 2, busy: 16, workers: 16, waiting: 0 })).toBe(4);
    expect(desiredInstances(rule(), { live: 4, busy: 4, workers: 32, waiting: 0 })).toBe(1);
    // Exactly on target stays put (no float hair above it).
    expect(desiredInstances(rule({ target: 0.7 }), { live: 2, busy: 7, workers: 10, waiting: 0 })).toBe(2);
  });

  it('backlog and queue depth: ceil(waiting ÷ target per instance)', () => {
    const backlog = rule({ metric: METRIC_BACKLOG, target: 10 });
    expect(desiredInstances(backlog, { live: 2, busy: 0, workers: 8, waiting: 35 })).toBe(4);
    const depth = rule({ metric: METRIC_QUEUE_DEPTH, target: 100 });
    expect(desiredInstances(depth, { live: 1, busy: 0, workers: 8, waiting: 450 })).toBe(5);
  });

  it('stays within [min, max]', () => {
    expect(desiredInstances(rule({ min: 3 }), { live: 3, busy: 0, workers: 24, waiting: 0 })).toBe(3);
    expect(desiredInstances(rule({ max: 5 }), { live: 4, busy: 32, workers: 32, waiting: 0 })).toBe(5);
  });

  it('holds when there is nothing to measure, except queue depth', () => {
    expect(desiredInstances(rule(), { live: 0, busy: 0, workers: 0, waiting: 0 })).toBeNull();
    // A crash: workers were there for part of the interval, but none is up now.
    expect(desiredInstances(rule(), { live: 0, busy: 10, workers: 40, waiting: 0 })).toBeNull();
    expect(
      desiredInstances(rule({ metric: METRIC_BACKLOG }), { live: 0, busy: 0, workers: 0, waiting: 9 }),
    ).toBeNull();
    const depth = rule({ metric: METRIC_QUEUE_DEPTH, target: 10 });
    expect(desiredInstances(depth, { live: 0, busy: 0, workers: 0, waiting: 30 })).toBe(3);
  });

  it('moves by at most a step', () => {
    expect(scaleDelta(rule({ step: 2 }), 1, 6, 10_000, -1, -1)).toBe(2);
    expect(scaleDelta(rule({ step: 2 }), 6, 1, 10_000, -1, -1)).toBe(-2);
    expect(scaleDelta(rule({ step: 2 }), 3, 4, 10_000, -1, -1)).toBe(1);
    expect(scaleDelta(rule(), 3, 3, 10_000, -1, -1)).toBe(0);
  });

  it('scale-out waits its cooldown after a scale-out; scale-in waits its own after any scaling', () => {
    const a = rule({ scaleOutCooldownMs: 5000, scaleInCooldownMs: 30_000 });
    expect(scaleDelta(a, 2, 4, 14_999, 10_000, 10_000)).toBe(0);
    expect(scaleDelta(a, 2, 4, 15_000, 10_000, 10_000)).toBe(2);
    // A scale-in does not delay the next scale-out.
    expect(scaleDelta(a, 2, 4, 12_000, 1000, 11_000)).toBe(2);
    expect(scaleDelta(a, 4, 2, 39_999, 10_000, 10_000)).toBe(0);
    expect(scaleDelta(a, 4, 2, 40_000, 10_000, 10_000)).toBe(-2);
    // Never scaled: no cooldown at all.
    expect(scaleDelta(a, 4, 2, 1000, -1, -1)).toBe(-2);
  });
});

/** One client at `rate` in front of an autoscaled service of 4 workers × 10 ms (400/s per instance). */
function scaled(rate: number, autoscale: Record<string, unknown>, scenario: Record<string, unknown> = {}) {
  return clientService(
    { rate, arrival: 'constant' },
    {
      instances: 1,
      workers: 4,
      serviceTime: constant(10),
      backlogLimit: 'unlimited',
      autoscale: { enabled: true, targetUtilisation: 0.5, intervalS: 1, scaleInCooldownS: 0, ...autoscale },
    },
    { timeoutMs: 60_000 },
    { durationS: 20, ...scenario },
  );
}

describe('autoscaling in the engine', () => {
  it('a new instance serves only after its cold start', () => {
    const sim = createSimulation(scaled(300, { coldStartS: 5, maxInstances: 2 }));
    sim.runUntil(1000);
    // 300/s on 400/s is 75 % busy: over the 50 % target, one more instance boots.
    expect(sim.frame().nodes.s.instances).toEqual({ live: 1, booting: 1, draining: 0 });
    expect(sim.frame().nodes.s.workers).toBe(4);
    sim.runUntil(5999);
    expect(sim.frame().nodes.s.instances).toEqual({ live: 1, booting: 1, draining: 0 });
    sim.runUntil(6000);
    expect(sim.frame().nodes.s.instances).toEqual({ live: 2, booting: 0, draining: 0 });
    expect(sim.frame().nodes.s.workers).toBe(8);
    const lines = sim.log().filter((l) => l.text.includes('scaling'));
    expect(lines[0]).toMatchObject({ tMs: 1000, text: 's scaling out to 2 instances, 1 booting (5.0 s)' });
  });

  it('starts at its instances clamped into [min, max] and stays within the maximum', () => {
    const r = simulate(scaled(1000, { coldStartS: 0, minInstances: 2, maxInstances: 3 }));
    expect(r.nodes.s.autoscale).toEqual({ peakInstances: 3, finalInstances: 3, scaleOuts: 1, scaleIns: 0 });
    const first = r.series[0].nodes.s.instances;
    expect(first).toEqual({ live: 2, booting: 0, draining: 0 });
  });

  it('scale-in drains: the instance takes no new work and finishes what it holds', () => {
    // Three 3-second requests, one per instance; at 1 s nothing waits, so two instances go.
    const doc = clientService(
      { rate: 10, arrival: 'constant' },
      {
        instances: 3,
        workers: 1,
        serviceTime: constant(3000),
        backlogLimit: 'unlimited',
        autoscale: {
          enabled: true,
          metric: 'backlog',
          intervalS: 1,
          scaleInCooldownS: 0,
          step: 5,
          maxInstances: 3,
        },
      },
      { timeoutMs: 60_000 },
      { durationS: 20, traffic: [{ target: 'c', atS: 0.35, rate: 0 }] },
    );
    const sim = createSimulation(doc);
    sim.runUntil(2000);
    const at2 = sim.frame().nodes.s.instances!;
    expect(at2.live).toBe(1);
    expect(at2.draining).toBeGreaterThan(0);
    expect(sim.frame().nodes.s.busy).toBe(3);
    sim.runToEnd();
    const r = sim.report();
    // Nothing was dropped: every request sent was answered.
    expect(r.clients.c.failed).toBe(0);
    expect(r.clients.c.ok).toBe(r.clients.c.sent);
    expect(r.clients.c.sent).toBeGreaterThanOrEqual(3);
    expect(sim.frame().nodes.s.instances).toEqual({ live: 1, booting: 0, draining: 0 });
    expect(r.nodes.s.autoscale).toMatchObject({ scaleIns: 1, finalInstances: 1 });
  });

  it('a scale-in before a boot ends cancels the boot: that instance never serves', () => {
    // A one-second burst at 800/s wants 2 more instances; they boot 10 s; by 3 s the burst is over.
    const doc = scaled(
      800,
      { coldStartS: 10, maxInstances: 5, step: 5 },
      { traffic: [{ target: 'c', atS: 1.5, rate: 0 }] },
    );
    const r = simulate(doc);
    expect(r.nodes.s.autoscale?.scaleOuts).toBeGreaterThan(0);
    expect(r.nodes.s.autoscale?.finalInstances).toBe(1);
    expect(r.series.every((row) => (row.nodes.s.instances?.live ?? 0) <= 1.0001)).toBe(true);
  });

  it('reports instance-seconds, only when some service autoscales', () => {
    const fixed = simulate(clientService({ rate: 10 }, { instances: 2 }, {}, { durationS: 10 }));
    expect(fixed.instanceSeconds).toBeUndefined();
    expect(fixed.nodes.s.instanceSeconds).toBeUndefined();
    expect(fixed.series[0].nodes.s.instances).toBeUndefined();
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 10 },
        { id: 'a', kind: 'service', instances: 3 },
        { id: 'b', kind: 'service', instances: 2, autoscale: { enabled: true, minInstances: 2 } },
      ],
      [
        { id: 'c-a', kind: 'rpc', source: 'c', target: 'a' },
        { id: 'a-b', kind: 'rpc', source: 'a', target: 'b' },
      ],
      { durationS: 10 },
    );
    const r = simulate(doc);
    expect(r.nodes.a.instanceSeconds).toBe(30);
    expect(r.nodes.b.instanceSeconds).toBeCloseTo(20, 9);
    expect(r.instanceSeconds).toBeCloseTo(50, 9);
  });

  it('instance-seconds count booting instances, and the series sums to them', () => {
    const r = simulate(scaled(300, { coldStartS: 5, maxInstances: 2 }));
    // One instance from 0 s, a second booting from 1 s: 20 + 19 instance-seconds.
    expect(r.nodes.s.instanceSeconds).toBeCloseTo(39, 6);
    const sum = r.series.reduce((acc, row) => {
      const i = row.nodes.s.instances!;
      return acc + i.live + i.booting + i.draining;
    }, 0);
    expect(sum).toBeCloseTo(39, 6);
  });

  it('a crash takes down booting instances too; they serve once it ends', () => {
    const doc = scaled(
      300,
      { coldStartS: 2, maxInstances: 2 },
      { faults: [{ id: 'x', kind: 'crash', target: 's', startS: 1.5, durationS: 3 }] },
    );
    const sim = createSimulation(doc);
    sim.runUntil(3500);
    // Booted at 3 s, but the crash covers it.
    expect(sim.frame().nodes.s.instances).toEqual({ live: 2, booting: 0, draining: 0 });
    expect(sim.frame().nodes.s.health).toBe('down');
    sim.runUntil(5000);
    expect(sim.frame().nodes.s.health).toBe('healthy');
    sim.runToEnd();
    expect(sim.report().conservation.holds).toBe(true);
  });

  it('a rolling redeploy restarts the instances running when it starts', () => {
    const doc = scaled(
      100,
      { coldStartS: 0, minInstances: 2, maxInstances: 6 },
      { faults: [{ id: 'rd', kind: 'redeploy', target: 's', startS: 5, durationS: 2 }] },
    );
    const sim = createSimulation(doc);
    sim.runToEnd();
    const lines = sim.log().filter((l) => l.text.includes('restarting'));
    expect(lines.map((l) => [l.tMs, l.text])).toEqual([
      [5000, 's instance 1 restarting (redeploy)'],
      [7000, 's instance 2 restarting (redeploy)'],
    ]);
    expect(sim.report().clients.c.failed).toBe(0);
  });

  it('a checkpoint taken while instances boot and drain replays the same run', () => {
    const doc = scaled(
      600,
      { coldStartS: 3, maxInstances: 4, scaleInCooldownS: 2 },
      { traffic: [{ target: 'c', atS: 8, rate: 50 }] },
    );
    const straight = createSimulation(doc);
    straight.runToEnd();
    const sim = createSimulation(doc);
    sim.runUntil(2500);
    expect(sim.frame().nodes.s.instances?.booting).toBeGreaterThan(0);
    const booting = sim.checkpoint();
    sim.runToEnd();
    sim.restore(booting);
    sim.runToEnd();
    expect(sim.report()).toEqual(straight.report());
    expect(straight.report().nodes.s.autoscale?.scaleIns).toBeGreaterThan(0);
  });

  it('scaling on queue depth goes on during a crash of the consumer; the new instances serve when it ends', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 100, arrival: 'constant' },
        { id: 'q', kind: 'queue', capacity: 'unlimited', ackTimeoutMs: 0 },
        {
          id: 'w',
          kind: 'service',
          workers: 2,
          serviceTime: constant(10),
          autoscale: {
            enabled: true,
            metric: 'queueDepth',
            targetPerInstance: 100,
            intervalS: 1,
            coldStartS: 1,
            maxInstances: 5,
            step: 5,
            scaleOutCooldownS: 0,
          },
        },
      ],
      [
        { id: 'c-q', kind: 'async', source: 'c', target: 'q' },
        { id: 'q-w', kind: 'async', source: 'q', target: 'w' },
      ],
      { durationS: 20, faults: [{ id: 'x', kind: 'crash', target: 'w', startS: 2, durationS: 5 }] },
    );
    const sim = createSimulation(doc);
    sim.runUntil(6500);
    // About 450 messages wait: it has scaled out each second as the depth grew, and the
    // instances that finished booting are live, yet down with the crash like the first.
    const during = sim.frame().nodes.w;
    expect(during.instances!.live).toBeGreaterThanOrEqual(3);
    expect(during.health).toBe('down');
    expect(during.busy).toBe(0);
    sim.runToEnd();
    const r = sim.report();
    expect(r.clients.c.failed).toBe(0);
    expect(r.queues.q.finalDepth).toBeLessThan(5);
    expect(r.nodes.w.autoscale?.peakInstances).toBe(5);
  });
});
