/**
 * The parameters of a cache node, declared once (see types.ts). A cache sits on an RPC path
 * in front of a service or database: each request asks for one key drawn from a Zipf law
 * over the keyspace; a hit answers after the hit latency, a miss asks the backend over the
 * cache's outgoing RPC edge and stores the answer (least recently used entries make room).
 * The engine side is src/sim/cache.ts; docs/engine.md, "Caches", has the details.
 */
import type { ParamList } from './types';

/** The largest keyspace and capacity: the engine keeps one 4-byte slot per key (4 MB at most). */
export const CACHE_MAX_KEYS = 1_000_000;

export const CACHE_PARAMS = {
  keyspace: {
    type: 'number',
    label: 'Distinct keys',
    group: 'Traffic',
    min: 1,
    max: CACHE_MAX_KEYS,
    whole: true,
    default: 10_000,
    help: 'How many different keys requests ask for.',
  },
  /** The Zipf exponent s: key k (1 = most popular) is asked for in proportion to 1 / k^s. */
  popularity: {
    type: 'number',
    label: 'Popularity skew (Zipf s)',
    group: 'Traffic',
    min: 0,
    max: 3,
    step: 0.05,
    default: 1,
    help: '0 = every key equally likely; higher = a few hot keys get most requests.',
  },
  capacity: {
    type: 'number',
    label: 'Cache capacity',
    group: 'Capacity',
    unit: 'entries',
    min: 1,
    max: CACHE_MAX_KEYS,
    whole: true,
    default: 1000,
    help: 'Entries it holds; when full, the least recently used one makes room.',
  },
  ttlS: {
    type: 'limit',
    label: 'Entry time-to-live',
    group: 'Timing',
    unit: 's',
    min: 0.001,
    max: 86_400,
    word: 'none',
    wordLabel: 'Entries never expire',
    restore: 60,
    default: 'none',
  },
  hitLatencyMs: {
    type: 'number',
    label: 'Lookup latency',
    group: 'Timing',
    unit: 'ms',
    min: 0,
    max: 60_000,
    default: 1,
    help: 'Time to look a key up: a hit answers after it, a miss then asks the backend.',
  },
  singleFlight: {
    type: 'toggle',
    label: 'Coalesce misses (single flight)',
    group: 'Resilience',
    default: false,
    help: 'Concurrent misses for one key share one backend call and all get its answer.',
  },
} as const satisfies ParamList;
