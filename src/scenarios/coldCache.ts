import type { StoredDocument } from '../model';

/**
 * Lesson: the cold cache. A cache answers almost every read, and the database behind it is
 * sized for the misses alone. A flush (the cache restarts empty, bypassed for 5 s) sends the
 * full load to the database: its backlog fills, queries are turned away, and the failures
 * reach the clients. The second document coalesces concurrent misses (single flight): the
 * hot keys cost one query each however many ask, and the database keeps up.
 */
export const coldCache: StoredDocument = {
  version: 3,
  title: 'The cold cache',
  description:
    'The clients send 1,000 reads a second to the api, which asks a cache first. A few keys are asked for far more than the others (Zipf popularity s = 1.5), so the cache, holding 1,000 of the 10,000 keys, answers about 97 % of lookups, and the database behind it gets only the misses: about 30 a second. It is sized for them: 8 connections, 40 ms a query, at most 200 a second. At 20 s the cache is flushed: it restarts empty and is bypassed for 5 s. Watch the database: the full 1,000 reads a second fall on it, its backlog fills, queries are turned away, and the failures cascade through the cache and the api to the clients. After the flush the cache fills again, but only with answers that come back in time.',
  nodes: [
    { id: 'clients', kind: 'client', label: 'clients', position: { x: 0, y: 120 }, rate: 1000 },
    {
      id: 'api',
      kind: 'service',
      label: 'api',
      position: { x: 300, y: 120 },
      workers: 200,
      backlogLimit: 200,
      serviceTime: { distribution: 'exponential', meanMs: 2 },
    },
    {
      id: 'cache',
      kind: 'cache',
      label: 'cache',
      position: { x: 600, y: 120 },
      keyspace: 10_000,
      popularity: 1.5,
      capacity: 1000,
      hitLatencyMs: 1,
    },
    {
      id: 'db',
      kind: 'database',
      label: 'db',
      position: { x: 900, y: 120 },
      pool: 8,
      backlogLimit: 100,
      latency: { distribution: 'exponential', meanMs: 40 },
    },
  ],
  edges: [
    { id: 'clients-api', kind: 'rpc', source: 'clients', target: 'api', latencyMs: 1, timeoutMs: 1000 },
    { id: 'api-cache', kind: 'rpc', source: 'api', target: 'cache', latencyMs: 1, timeoutMs: 800 },
    { id: 'cache-db', kind: 'rpc', source: 'cache', target: 'db', latencyMs: 1, timeoutMs: 500 },
  ],
  scenario: {
    durationS: 45,
    seed: 1,
    // The clients arrive over the first 9 s, so the cache warms before the full load.
    traffic: [
      { target: 'clients', atS: 0, rate: 100 },
      { target: 'clients', atS: 3, rate: 300 },
      { target: 'clients', atS: 6, rate: 600 },
      { target: 'clients', atS: 9, rate: 1000 },
    ],
    faults: [{ id: 'flush', kind: 'flush', target: 'cache', startS: 20, durationS: 5 }],
  },
  lesson: [
    {
      caption:
        'The cache answers about 97 % of lookups; the database sees only the misses, about 30 a second, well within its 8 connections.',
      atS: 15,
      focus: 'cache',
    },
    {
      caption:
        'The cache is flushed and bypassed: every lookup misses and all 1,000 reads a second go to the database. Its backlog fills, queries are turned away, and the clients fail.',
      atS: 22,
      focus: 'db',
    },
    {
      caption:
        'The flush is over but the cache is cold: it fills only with answers that come back before their 500 ms timeout, while the database still works through its backlog.',
      atS: 26,
      focus: 'cache',
    },
    {
      caption:
        'Warm again, and the database idles. Thousands of requests failed because it was sized for the hit ratio, not the load. The next scenario adds single flight.',
      atS: 35,
    },
  ],
};

/** The same flush with single flight: concurrent misses for one key share one query, and the database keeps up. */
export const coldCacheFixed: StoredDocument = {
  ...coldCache,
  title: 'The cold cache, with single flight',
  description:
    "The same clients, api, database and flush, with one change: the cache coalesces misses (single flight). While a query for a key is on its way, every other lookup of that key waits for its answer instead of asking the database again. The hot keys, which carry most of the load, then cost one query each per round trip however many ask for them. During the flush about 200 queries a second reach the database instead of 1,000: it is busy, but it keeps up, and no client fails. Compare the database's backlog and the clients' failures with the cold cache.",
  nodes: coldCache.nodes.map((n) => (n.kind === 'cache' ? { ...n, singleFlight: true } : n)),
  lesson: [
    {
      caption: 'The same diagram; the cache now coalesces concurrent misses for one key (single flight).',
      atS: 15,
      focus: 'cache',
    },
    {
      caption:
        'The flush: every lookup misses, but lookups of a key already being fetched wait for that query. The database gets about 200 queries a second, not 1,000, and keeps up.',
      atS: 22,
      focus: 'db',
    },
    {
      caption: 'The cache warms again within a second of the flush ending, and no client request failed.',
      atS: 27,
      focus: 'cache',
    },
  ],
};
