import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FaultlineDocument } from '../model';
import { smallDocument } from '../testing/simArbitraries';
import { createSimulation, simulate } from './index';

const limits = { eventsPerRun: 300_000, inFlight: 20_000, pendingEvents: 200_000 };

/** Random small documents that hold a load balancer calling at least one backend. */
const withBalancer = smallDocument.filter((doc: FaultlineDocument) =>
  doc.nodes.some((n) => n.kind === 'balancer' && doc.edges.some((e) => e.source === n.id)),
);

describe('load balancers on random documents', () => {
  it('a run restored from a checkpoint replays exactly the run it was taken from', () => {
    fc.assert(
      fc.property(withBalancer, fc.double({ min: 0, max: 1, noNaN: true }), (doc, at) => {
        const straight = simulate(doc, { limits });
        const sim = createSimulation(doc, { limits });
        sim.runUntil(at * sim.endMs());
        const checkpoint = sim.checkpoint();
        sim.runToEnd();
        sim.restore(checkpoint);
        sim.runToEnd();
        expect(sim.report()).toEqual(straight);
      }),
      { numRuns: 30 },
    );
  });

  it('sends each call a balancer receives to one backend, or fails it for want of one', () => {
    fc.assert(
      fc.property(withBalancer, (doc) => {
        const r = simulate(doc, { limits });
        for (const [id, b] of Object.entries(r.balancers ?? {})) {
          const sent = Object.values(b.backends).reduce((n, x) => n + x.requests, 0);
          // Every call that arrived was passed on or refused at once for want of a backend
          // (hop-limit cycles aside) — unless the balancer itself was crashed, which refuses
          // or hangs what arrives without passing it on.
          const crashed = doc.scenario.faults.some((f) => f.target === id && f.kind === 'crash');
          if (crashed) expect(sent + b.noBackend).toBeLessThanOrEqual(r.nodes[id].received);
          else expect(sent + b.noBackend).toBe(r.nodes[id].received);
          // Its own, plus those a balancer behind it passed back through it.
          expect(r.nodes[id].failedBy.noBackend ?? 0).toBeGreaterThanOrEqual(b.noBackend);
        }
        expect(r.conservation.holds).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
