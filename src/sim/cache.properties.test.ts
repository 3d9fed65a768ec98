import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDocument } from '../testing/simArbitraries';
import { simulate } from './index';

const limits = { eventsPerRun: 300_000, inFlight: 20_000, pendingEvents: 200_000 };
const withCache = smallDocument.filter((doc) => doc.nodes.some((n) => n.kind === 'cache'));

describe('caches on random documents', () => {
  it('count every finished lookup once, as a hit or a miss, and never hold more than their capacity', () => {
    fc.assert(
      fc.property(withCache, (doc) => {
        const r = simulate(doc, { limits });
        for (const n of doc.nodes) {
          if (n.kind !== 'cache') continue;
          const c = r.caches![n.id];
          const node = r.nodes[n.id];
          // Lookups still waiting for their backend are counted as misses but not yet finished.
          expect(c.hits + c.misses).toBeGreaterThanOrEqual(node.ok + node.failed - node.rejected);
          expect(c.hits + c.misses).toBeLessThanOrEqual(node.received);
          expect(c.coalesced).toBeLessThanOrEqual(c.misses);
          if (!n.singleFlight) expect(c.coalesced).toBe(0);
          expect(c.entries).toBeLessThanOrEqual(Math.min(n.capacity, n.keyspace));
          expect(c.hitRatio).toBeGreaterThanOrEqual(0);
          expect(c.hitRatio).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });
});
