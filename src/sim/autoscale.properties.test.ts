import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FaultlineDocument } from '../model';
import { smallDocument } from '../testing/simArbitraries';
import { createSimulation, simulate } from './index';

const limits = { eventsPerRun: 300_000, inFlight: 20_000, pendingEvents: 200_000 };

/** The document with autoscaling on for every service (the arbitrary turns it on for about half). */
const everyServiceScales = smallDocument.map(
  (doc): FaultlineDocument => ({
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'service' ? { ...n, autoscale: { ...n.autoscale, enabled: true } } : n,
    ),
  }),
);

describe('autoscaling on random documents', () => {
  it('conservation holds at every step, and instances stay within [min, max]', () => {
    fc.assert(
      fc.property(everyServiceScales, fc.integer({ min: 50, max: 900 }), (doc, stepMs) => {
        const sim = createSimulation(doc, { limits });
        for (let t = stepMs; ; t += stepMs) {
          const status = sim.runUntil(t);
          const c = sim.report().conservation;
          if (!c.holds) throw new Error(`conservation broken at ${sim.now()} ms: ${JSON.stringify(c)}`);
          const frame = sim.frame();
          for (const n of doc.nodes) {
            if (n.kind !== 'service') continue;
            const i = frame.nodes[n.id].instances!;
            const max = Math.max(n.autoscale.minInstances, n.autoscale.maxInstances);
            expect(i.live + i.booting).toBeGreaterThanOrEqual(n.autoscale.minInstances);
            expect(i.live + i.booting + i.draining).toBeLessThanOrEqual(max);
          }
          if (status.state === 'finished' || status.state === 'stopped') break;
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic, and a checkpoint taken between scale events replays the same run', () => {
    fc.assert(
      fc.property(everyServiceScales, fc.integer({ min: 1, max: 7999 }), (doc, atMs) => {
        const straight = simulate(doc, { limits });
        expect(simulate(doc, { limits })).toEqual(straight);
        // The series' instances add up to the instance-seconds the report gives (for a run
        // that finished: one stopped by a guard rail mid-second has no row for that second).
        for (const n of doc.nodes) {
          if (n.kind !== 'service' || straight.status !== 'finished') continue;
          const sum = straight.series.reduce((acc, row) => {
            const i = row.nodes[n.id].instances!;
            return (
              acc +
              (i.live + i.booting + i.draining) * (row.spanS ?? 1) * Math.min(1, straight.duration - row.t)
            );
          }, 0);
          expect(sum).toBeCloseTo(straight.nodes[n.id].instanceSeconds ?? -1, 6);
        }
        const sim = createSimulation(doc, { limits });
        sim.runUntil(atMs);
        const checkpoint = sim.checkpoint();
        sim.runToEnd();
        expect(sim.report()).toEqual(straight);
        sim.restore(checkpoint);
        sim.runToEnd();
        expect(sim.report()).toEqual(straight);
      }),
      { numRuns: 30 },
    );
  });
});
