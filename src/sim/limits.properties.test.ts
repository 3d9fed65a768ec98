/**
 * Rate limits, retry budgets and deadline propagation on random documents: the random
 * documents (simArbitraries.ts) draw all three, so the engine's invariants
 * (properties.test.ts: conservation, determinism) hold with them; here, that a checkpoint
 * replays exactly, and that the sample really makes the three act.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDocument } from '../testing/simArbitraries';
import { C_TIMEOUT } from './causes';
import { createSimulation, simulate } from './index';
import { FAILURE_CAUSES } from './report';

const limits = { eventsPerRun: 300_000, inFlight: 20_000, pendingEvents: 200_000 };

describe('rate limits, retry budgets and deadlines on random documents', () => {
  it('replay exactly from a checkpoint', () => {
    fc.assert(
      fc.property(smallDocument, fc.integer({ min: 100, max: 7000 }), (doc, atMs) => {
        const straight = simulate(doc, { limits });
        const sim = createSimulation(doc, { limits, trackTransfers: false });
        sim.runUntil(atMs);
        const checkpoint = sim.checkpoint();
        sim.runToEnd();
        const first = sim.report();
        sim.restore(checkpoint);
        sim.runToEnd();
        expect(sim.report()).toEqual(first);
        expect(first).toEqual(straight);
      }),
      { numRuns: 30 },
    );
  });

  it('act in the sampled documents: calls are limited, retries refused, work for gone callers stopped', () => {
    let limited = 0;
    let refused = 0;
    let stopped = 0;
    for (const doc of fc.sample(smallDocument, { numRuns: 60, seed: 20261206 })) {
      const r = simulate(doc, { limits });
      for (const n of doc.nodes) {
        if (n.kind !== 'service') continue;
        limited += r.nodes[n.id].failedBy.rateLimited ?? 0;
        if (n.propagateDeadline) stopped += r.nodes[n.id].failedBy[FAILURE_CAUSES[C_TIMEOUT]] ?? 0;
      }
      for (const e of Object.values(r.edges)) refused += e.retryBudgetRefused ?? 0;
    }
    expect(limited).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(stopped).toBeGreaterThan(0);
  });
});
