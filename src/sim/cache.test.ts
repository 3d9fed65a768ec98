import { describe, expect, it } from 'vitest';
import { makeDoc } from '../testing/testDocs';
import { createSimulation, simulate } from './index';
import { createLru } from './lru';

type Loose = Record<string, unknown>;
const instant = { latency: { distribution: 'constant', meanMs: 0 } };

/** client → cache → database, over RPC. */
function cacheDoc(cache: Loose, db: Loose = {}, scenario: Loose = {}, edge: Loose = {}) {
  return makeDoc(
    [
      { id: 'c', kind: 'client', rate: 200 },
      { id: 'k', kind: 'cache', ...cache },
      { id: 'db', kind: 'database', latency: { distribution: 'constant', meanMs: 5 }, ...db },
    ],
    [
      { id: 'c-k', kind: 'rpc', source: 'c', target: 'k' },
      { id: 'k-db', kind: 'rpc', source: 'k', target: 'db', ...edge },
    ],
    { durationS: 20, ...scenario },
  );
}

describe('cache', () => {
  it('answers hits itself and sends only misses to the backend', () => {
    // An instant backend: no two misses of one key can overlap.
    const r = simulate(cacheDoc({ keyspace: 100, capacity: 100 }, instant));
    const cache = r.caches!.k;
    expect(cache.hits + cache.misses).toBe(r.nodes.k.ok);
    // Every key is missed once at most (the cache holds them all, nothing expires).
    expect(cache.misses).toBeLessThanOrEqual(100);
    expect(r.nodes.db.received).toBe(cache.misses);
    expect(cache.entries).toBe(cache.misses);
    expect(cache.hitRatio).toBeGreaterThan(0.95);
    expect(r.clients.c.failed).toBe(0);
  });

  it('leaves the report without caches when the diagram has none', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client' },
        { id: 's', kind: 'service' },
      ],
      [{ id: 'c-s', kind: 'rpc', source: 'c', target: 's' }],
      { durationS: 2 },
    );
    expect('caches' in simulate(doc)).toBe(false);
    expect('hitRatio' in simulate(doc).series[0].nodes.s).toBe(false);
  });

  it('takes the lookup latency on a hit', () => {
    const r = simulate(cacheDoc({ keyspace: 1, capacity: 1, hitLatencyMs: 3 }));
    expect(r.clients.c.latencyMs.p50).toBeCloseTo(3, 0);
  });

  it('stores nothing when the backend fails, and fails the caller as downstream', () => {
    const r = simulate(cacheDoc({ keyspace: 10, capacity: 10 }, { errorRate: 1 }));
    expect(r.caches!.k.hits).toBe(0);
    expect(r.caches!.k.entries).toBe(0);
    expect(r.clients.c.ok).toBe(0);
    expect(r.nodes.k.failedBy.downstream).toBe(r.nodes.k.failed);
    expect(r.rootCauses[0]).toMatchObject({ node: 'db' });
  });

  it('expires entries after their time-to-live', () => {
    const forever = simulate(cacheDoc({ keyspace: 50, capacity: 50 }));
    const short = simulate(cacheDoc({ keyspace: 50, capacity: 50, ttlS: 0.1 }));
    expect(short.caches!.k.misses).toBeGreaterThan(5 * forever.caches!.k.misses);
  });

  it('empties at a flush and misses everything while the flush lasts', () => {
    const doc = cacheDoc(
      { keyspace: 20, capacity: 20 },
      {},
      { faults: [{ id: 'f', kind: 'flush', target: 'k', startS: 10, durationS: 2 }] },
    );
    const r = simulate(doc);
    const rows = r.series;
    expect(rows[9].nodes.k.hitRatio).toBeGreaterThan(0.9);
    expect(rows[10].nodes.k.hitRatio).toBe(0);
    expect(rows[11].nodes.k.hitRatio).toBe(0);
    expect(rows[13].nodes.k.hitRatio).toBeGreaterThan(0.9);
    expect(r.caches!.k.flushes).toBe(1);
    // Misses in the flush reach the database: about 400 of them over the two seconds.
    expect(r.nodes.db.received).toBeGreaterThan(350);
  });

  it('an instant flush empties it: the keys are missed again', () => {
    const base = simulate(cacheDoc({ keyspace: 20, capacity: 20 }, instant));
    const flushed = simulate(
      cacheDoc({ keyspace: 20, capacity: 20 }, instant, {
        faults: [{ id: 'f', kind: 'flush', target: 'k', startS: 10, durationS: 0.001 }],
      }),
    );
    expect(base.caches!.k.misses).toBe(20);
    expect(flushed.caches!.k.misses).toBe(40);
  });

  it('coalesces concurrent misses for one key into one backend call (single flight)', () => {
    // One key, a slow database: every lookup during the first fetch is a miss.
    const slow = { latency: { distribution: 'constant', meanMs: 500 } };
    const plain = simulate(cacheDoc({ keyspace: 1, capacity: 1 }, slow, { durationS: 2 }));
    const single = simulate(
      cacheDoc({ keyspace: 1, capacity: 1, singleFlight: true }, slow, { durationS: 2 }),
    );
    expect(plain.caches!.k.misses).toBeGreaterThan(50);
    expect(plain.nodes.db.received).toBe(plain.caches!.k.misses);
    expect(single.caches!.k.misses).toBe(plain.caches!.k.misses);
    expect(single.nodes.db.received).toBe(1);
    expect(single.caches!.k.coalesced).toBe(single.caches!.k.misses - 1);
    expect(single.clients.c.failed).toBe(0);
    expect(single.nodes.k.ok).toBeGreaterThan(single.clients.c.sent - 5);
  });

  it('gives every coalesced miss the failure of the shared call', () => {
    const r = simulate(
      cacheDoc(
        { keyspace: 1, capacity: 1, singleFlight: true },
        { errorRate: 1, latency: { distribution: 'constant', meanMs: 100 } },
        { durationS: 2 },
      ),
    );
    expect(r.caches!.k.coalesced).toBeGreaterThan(0);
    expect(r.nodes.db.received).toBeLessThan(r.caches!.k.misses);
    expect(r.clients.c.ok).toBe(0);
    expect(r.clients.c.failed).toBeGreaterThan(300);
    expect(r.conservation.holds).toBe(true);
  });

  it('shows the hit ratio and the entries on the live frame', () => {
    const sim = createSimulation(cacheDoc({ keyspace: 10, capacity: 5 }));
    sim.runUntil(3000);
    const live = sim.frame().nodes.k.cache!;
    expect(live.entries).toBe(5);
    expect(live.capacity).toBe(5);
    expect(live.hitRatio).toBeGreaterThan(0.2);
    expect(sim.frame().nodes.db.cache).toBeUndefined();
  });

  it('replays identically from a checkpoint', () => {
    const doc = cacheDoc(
      { keyspace: 500, capacity: 50, singleFlight: true, ttlS: 1 },
      { latency: { distribution: 'exponential', meanMs: 20 } },
      { faults: [{ id: 'f', kind: 'flush', target: 'k', startS: 4, durationS: 1 }] },
    );
    const whole = createSimulation(doc);
    whole.runToEnd();
    const split = createSimulation(doc);
    split.runUntil(3500);
    const cp = split.checkpoint();
    split.runToEnd();
    split.restore(cp);
    split.runToEnd();
    expect(split.report()).toEqual(whole.report());
  });

  it('runs the largest keyspace, with a table of 4 bytes per key and 12 per entry', () => {
    const r = simulate(
      cacheDoc({ keyspace: 1_000_000, capacity: 1_000_000, popularity: 0.9 }, {}, { durationS: 1 }),
    );
    expect(r.caches!.k.hits + r.caches!.k.misses).toBeGreaterThan(150);
    const t = createLru(1_000_000, 1_000_000, false);
    const bytes = t.slotOf.byteLength + t.keyOf.byteLength + t.prev.byteLength + t.next.byteLength;
    expect(bytes).toBe(16_000_000);
    // A small cache over a large keyspace pays for the keys, not for entries it cannot hold.
    const small = createLru(1_000_000, 100, true);
    expect(small.keyOf.length + small.prev.length + small.next.length + small.expires.length).toBe(400);
  });

  it("answers a polling client's polls itself, without a lookup, as a service does", () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 20, completion: 'poll', pollIntervalS: 0.5 },
        { id: 'k', kind: 'cache', keyspace: 100_000, capacity: 1, popularity: 0 },
        { id: 's', kind: 'service' },
        { id: 'q', kind: 'queue' },
        { id: 'w', kind: 'service', workers: 50, serviceTime: { distribution: 'constant', meanMs: 800 } },
      ],
      [
        { id: 'c-k', kind: 'rpc', source: 'c', target: 'k' },
        { id: 'k-s', kind: 'rpc', source: 'k', target: 's' },
        { id: 's-q', kind: 'async', source: 's', target: 'q' },
        { id: 'q-w', kind: 'async', source: 'q', target: 'w' },
      ],
      { durationS: 10 },
    );
    const r = simulate(doc);
    expect(r.clients.c.polls).toBeGreaterThan(100);
    expect(r.clients.c.completed).toBeGreaterThan(150);
    // Lookups are the requests only: the polls reached the cache but drew no key.
    expect(r.caches!.k.hits + r.caches!.k.misses).toBeLessThanOrEqual(r.clients.c.sent);
    expect(r.nodes.k.received).toBeGreaterThan(r.clients.c.sent + 100);
    expect(r.conservation.holds).toBe(true);
  });
});
