import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { validDocument } from '../model/fixtures/arbitraries';
import { smallDocument } from '../testing/simArbitraries';
import { createSimulation, simulate } from './index';

const limits = { eventsPerRun: 300_000, inFlight: 20_000, pendingEvents: 200_000 };

describe('engine invariants on random documents', () => {
  it('conservation holds at every step', () => {
    fc.assert(
      fc.property(smallDocument, fc.integer({ min: 50, max: 900 }), (doc, stepMs) => {
        const sim = createSimulation(doc, { limits });
        for (let t = stepMs; ; t += stepMs) {
          const status = sim.runUntil(t);
          const c = sim.report().conservation;
          if (!c.holds) throw new Error(`conservation broken at ${sim.now()} ms: ${JSON.stringify(c)}`);
          if (status.state === 'finished' || status.state === 'stopped') break;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic: same seed, same event log; another seed, another run', () => {
    fc.assert(
      fc.property(smallDocument, (doc) => {
        const a = simulate(doc, { limits });
        const b = simulate(doc, { limits });
        expect(b.eventLogHash).toBe(a.eventLogHash);
        expect(b).toEqual(a);
        // A run with at least one Poisson arrival depends on the seed through its timing.
        const random = doc.nodes.some(
          (n) => n.kind === 'client' && n.arrival === 'poisson' && a.clients[n.id].sent > 0,
        );
        if (random) {
          const other = simulate(doc, { limits, seed: doc.scenario.seed + 1 });
          expect(other.eventLogHash).not.toBe(a.eventLogHash);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('restoring a checkpoint and running on replays the run exactly', () => {
    fc.assert(
      fc.property(smallDocument, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (doc, at) => {
        const whole = createSimulation(doc, { limits });
        whole.runToEnd();
        const split = createSimulation(doc, { limits });
        split.runUntil(split.endMs() * at);
        const checkpoint = split.checkpoint();
        split.runToEnd();
        split.restore(checkpoint);
        split.runToEnd();
        expect(split.report()).toEqual(whole.report());
      }),
      { numRuns: 25 },
    );
  });

  it('any valid document finishes or stops at a limit', () => {
    fc.assert(
      fc.property(validDocument(6), (stored) => {
        const parsed = parseDocument(stored);
        if (!parsed.ok) return;
        const sim = createSimulation(parsed.doc, {
          limits: { eventsPerRun: 50_000, inFlight: 5000, pendingEvents: 50_000 },
        });
        // In slices, as the worker runs it: a bounded number of calls must reach the end.
        let status = sim.runUntil(0);
        for (let i = 0; i < 10_000 && status.state !== 'finished' && status.state !== 'stopped'; i++)
          status = sim.runUntil(sim.now() + sim.endMs() / 100);
        expect(['finished', 'stopped']).toContain(status.state);
        const r = sim.report();
        expect(r.events).toBeLessThanOrEqual(50_000);
        expect(r.conservation.holds).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
