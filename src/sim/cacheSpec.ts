/**
 * A cache node compiled for the engine (topology.ts): its sizes, timings and the cumulative
 * Zipf weights of its keys, computed once per compile (zipf.ts). Immutable during a run.
 */
import type { CacheNode } from '../model';
import { zipfCdf } from './zipf';

export interface CacheSpec {
  keyspace: number;
  /** Entries it can hold: never more than there are keys. */
  capacity: number;
  /** How long an entry lives, in ms (Infinity: forever). */
  ttlMs: number;
  hitLatencyMs: number;
  singleFlight: boolean;
  /** Cumulative popularity weights of keys 0 … keyspace−1. */
  cdf: Float64Array;
}

export function compileCache(n: CacheNode): CacheSpec {
  return {
    keyspace: n.keyspace,
    capacity: Math.min(n.capacity, n.keyspace),
    ttlMs: n.ttlS === 'none' ? Number.POSITIVE_INFINITY : n.ttlS * 1000,
    hitLatencyMs: n.hitLatencyMs,
    singleFlight: n.singleFlight,
    cdf: zipfCdf(n.keyspace, n.popularity),
  };
}
