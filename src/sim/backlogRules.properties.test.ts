/**
 * Properties of the backlog rules on random documents (simArbitraries.ts draws slowdown under
 * load, backlog order and maximum wait from their declarations with everything else): a run
 * restored from a mid-run checkpoint replays exactly, and no served request ever waited
 * longer than its node's maximum wait.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDocument } from '../testing/simArbitraries';
import { createSimulation } from './index';

const limits = { eventsPerRun: 300_000, inFlight: 20_000, pendingEvents: 200_000 };

describe('backlog rules on random documents', () => {
  it('a run restored from a checkpoint replays to the same report', () => {
    fc.assert(
      fc.property(smallDocument, fc.double({ min: 0.1, max: 0.9, noNaN: true }), (doc, at) => {
        const straight = createSimulation(doc, { limits });
        straight.runToEnd();
        const sim = createSimulation(doc, { limits });
        sim.runUntil(Math.floor(sim.endMs() * at));
        const checkpoint = sim.checkpoint();
        sim.runToEnd();
        sim.restore(checkpoint);
        sim.runToEnd();
        expect(sim.report()).toEqual(straight.report());
      }),
      { numRuns: 30 },
    );
  });

  it('no served request waited longer than its node’s maximum wait', () => {
    fc.assert(
      fc.property(smallDocument, (doc) => {
        const sim = createSimulation(doc, { limits });
        sim.runToEnd();
        const r = sim.report();
        for (const n of doc.nodes) {
          if (n.kind !== 'service' && n.kind !== 'database') continue;
          const longest = r.nodes[n.id].longestWaitMs;
          if (n.maxWaitMs !== 'none') expect(longest).toBeLessThanOrEqual(n.maxWaitMs);
          // Reported exactly where a backlog rule is set.
          expect(longest !== undefined).toBe(n.maxWaitMs !== 'none' || n.backlogOrder === 'lifo');
        }
      }),
      { numRuns: 40 },
    );
  });
});
