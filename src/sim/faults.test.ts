import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

describe('faults', () => {
  it('rolling redeploy of 3 instances: one down at a time, the load balancer routes around it', () => {
    const doc = clientService(
      { rate: 100 },
      { instances: 3, workers: 4, serviceTime: constant(10) },
      {},
      { durationS: 40, faults: [{ id: 'rd', kind: 'redeploy', target: 's', startS: 10, durationS: 5 }] },
    );
    const sim = createSimulation(doc);
    const healthAt = (tMs: number) => {
      sim.runUntil(tMs);
      return sim.frame().nodes.s.health;
    };
    expect(healthAt(9000)).toBe('healthy');
    expect(healthAt(12_000)).toBe('restarting');
    expect(healthAt(24_000)).toBe('restarting');
    expect(healthAt(26_000)).toBe('healthy');
    sim.runToEnd();
    const r = sim.report();
    expect(r.clients.c.failed).toBe(0);
    const downs = sim.log().filter((l) => l.kind === 'health' && l.text.includes('restarting'));
    expect(downs.map((l) => [l.tMs, l.text])).toEqual([
      [10_000, 's instance 1/3 restarting (redeploy)'],
      [15_000, 's instance 2/3 restarting (redeploy)'],
      [20_000, 's instance 3/3 restarting (redeploy)'],
    ]);
  });

  it('with a health-check delay, traffic still reaches a restarting instance and is refused', () => {
    const doc = clientService(
      { rate: 90, arrival: 'constant' },
      { instances: 3, workers: 4, serviceTime: constant(10) },
      {},
      {
        durationS: 40,
        faults: [{ id: 'rd', kind: 'redeploy', target: 's', startS: 10, durationS: 5, healthCheckDelayS: 1 }],
      },
    );
    const r = simulate(doc);
    // Each instance gets a third of 90/s during its 1 s of delay: ~30 refused per instance.
    expect(r.clients.c.failedBy.refused).toBeGreaterThan(80);
    expect(r.clients.c.failedBy.refused).toBeLessThan(100);
    expect(r.rootCauses[0].description).toBe('s (down: redeploy at 10.0 s)');
  });

  it('a redeploy of a single instance is an outage', () => {
    const r = simulate(
      clientService(
        { rate: 50 },
        { serviceTime: constant(5) },
        {},
        { durationS: 30, faults: [{ id: 'rd', kind: 'redeploy', target: 's', startS: 10, durationS: 5 }] },
      ),
    );
    expect(r.clients.c.failedBy.refused).toBeGreaterThan(200);
  });

  it('slow multiplies the service time', () => {
    const r = simulate(
      clientService(
        { rate: 10 },
        { workers: 50, serviceTime: constant(10) },
        {},
        {
          durationS: 20,
          faults: [{ id: 'slow', kind: 'slow', target: 's', startS: 0, durationS: 10, factor: 5 }],
        },
      ),
    );
    // Half the run at 50 ms, half at 10 ms.
    expect(r.clients.c.latencyMs.mean).toBeCloseTo(30, -0.5);
    expect(r.clients.c.latencyMs.p99).toBeCloseTo(50, 0);
  });

  it('errors fails a fraction of requests, rooted at the fault', () => {
    const r = simulate(
      clientService(
        { rate: 100 },
        { serviceTime: constant(1) },
        {},
        {
          durationS: 20,
          faults: [{ id: 'e', kind: 'errors', target: 's', startS: 5, durationS: 10, rate: 0.5 }],
        },
      ),
    );
    expect(r.clients.c.failedBy.injectedError! / 1000).toBeCloseTo(0.5, 1);
    expect(r.rootCauses[0]).toMatchObject({ node: 's', fault: 'e' });
    expect(r.rootCauses[0].description).toBe('s (errors 50 % at 5.0 s)');
  });

  it('capacity removes a fraction of the workers', () => {
    const doc = clientService(
      { rate: 100, arrival: 'constant' },
      { workers: 2, backlogLimit: 5, serviceTime: constant(15) },
      {},
      {
        durationS: 20,
        faults: [{ id: 'cap', kind: 'capacity', target: 's', startS: 5, durationS: 10, fraction: 0.5 }],
      },
    );
    const sim = createSimulation(doc);
    sim.runUntil(8000);
    expect(sim.frame().nodes.s.workers).toBe(1);
    sim.runToEnd();
    const r = sim.report();
    // One worker serves 66/s of the 100/s: about a third rejected for 10 s.
    expect(r.clients.c.failedBy.rejected).toBeGreaterThan(250);
    expect(r.clients.c.failedBy.rejected).toBeLessThan(400);
    expect(r.rootCauses[0]).toMatchObject({ node: 's', fault: 'cap' });
  });

  it('surge multiplies the client rate for its duration', () => {
    const r = simulate(
      clientService(
        { rate: 10, arrival: 'constant' },
        { workers: 100, serviceTime: constant(1) },
        {},
        {
          durationS: 20,
          faults: [{ id: 'surge', kind: 'surge', target: 'c', startS: 10, durationS: 5, factor: 4 }],
        },
      ),
    );
    expect(r.clients.c.sent).toBeGreaterThanOrEqual(348);
    expect(r.clients.c.sent).toBeLessThanOrEqual(352);
  });

  it('injectFault adds a fault at the current time, written into the timeline', () => {
    const doc = clientService({ rate: 50 }, { serviceTime: constant(2) }, {}, { durationS: 20 });
    const sim = createSimulation(doc);
    sim.runUntil(5000);
    const f = sim.injectFault({ kind: 'crash', target: 's', durationS: 2 });
    // Named by the same rule as the page's live faults (model/ids.ts), a clash taking the next.
    expect(f).toMatchObject({ kind: 'crash', startS: 5.001, id: 'live-crash-s-1' });
    expect(sim.faults()).toEqual([f]);
    const again = sim.injectFault({ kind: 'crash', target: 's', durationS: 0.001, id: 'live-crash-s-1' });
    expect(again.id).toBe('live-crash-s-2');
    expect(sim.faults()).toEqual([f, again]);
    sim.runToEnd();
    expect(sim.report().clients.c.failedBy.refused).toBeGreaterThan(60);
    // Replaying the written timeline gives the same run.
    const replay = createSimulation({ ...doc, scenario: { ...doc.scenario, faults: sim.faults() } });
    replay.runToEnd();
    expect(replay.report().eventLogHash).toBe(sim.report().eventLogHash);
  });
});
