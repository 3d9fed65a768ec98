/**
 * The run state of one cache node: its LRU table (lru.ts), whether a flush bypasses it, its
 * counters, and the misses in flight per key when it coalesces them. Plain data only, so it
 * is checkpointed with the rest of the run (state.ts).
 */
import type { CacheSpec } from './cacheSpec';
import { createLru, type Lru } from './lru';
import type { CacheReport } from './report';

export interface CacheState {
  lru: Lru;
  /** Flush faults active on it: while any is, every lookup misses and nothing is stored. */
  flushing: number;
  hits: number;
  misses: number;
  /** Misses that joined another miss for the same key instead of asking the backend (single flight). */
  coalesced: number;
  flushes: number;
  secHits: number;
  secMisses: number;
  /** Hits and misses of the last whole second, for the canvas (frame.ts). */
  lastHits: number;
  lastMisses: number;
  /**
   * Single flight: per key with a miss in flight, the job asking the backend and its
   * generation, then each job waiting for the same answer and its generation.
   */
  flights: Record<number, number[]>;
}

export function createCacheState(spec: CacheSpec): CacheState {
  return {
    lru: createLru(spec.keyspace, spec.capacity, Number.isFinite(spec.ttlMs)),
    flushing: 0,
    hits: 0,
    misses: 0,
    coalesced: 0,
    flushes: 0,
    secHits: 0,
    secMisses: 0,
    lastHits: 0,
    lastMisses: 0,
    flights: {},
  };
}

/** Hits ÷ lookups, 0 before the first lookup. */
export function hitRatio(hits: number, misses: number): number {
  return hits + misses > 0 ? hits / (hits + misses) : 0;
}

/** The report's figures for one cache (report.ts CacheReport). */
export function cacheReport(cs: CacheState): CacheReport {
  return {
    hits: cs.hits,
    misses: cs.misses,
    hitRatio: hitRatio(cs.hits, cs.misses),
    coalesced: cs.coalesced,
    entries: cs.lru.size,
    flushes: cs.flushes,
  };
}
