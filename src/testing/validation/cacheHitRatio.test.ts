/**
 * Case K1–K4 (docs/validation.md, Caches): an LRU cache under independent Zipf requests
 * hits as often as Che's approximation says, within 3 %, for two sizes and two exponents,
 * through the command line. Everything answers at once (no latency anywhere), so every miss
 * is stored before the next request: exactly the independent reference model the
 * approximation assumes. The first 10 s (the cache filling) are left out.
 */
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../model';
import { zipfProbabilities } from '../../sim/zipf';
import { cheHitRatio } from './che';
import { relativeError } from './runCase';
import { runThroughCli } from './runThroughCli';

const KEYS = 10_000;
const WARM_UP_S = 10;

function cacheCase(capacity: number, s: number): StoredDocument {
  const instant = { distribution: 'constant', meanMs: 0 };
  return {
    version: 3,
    nodes: [
      { id: 'client', kind: 'client', label: 'client', position: { x: 0, y: 0 }, rate: 2000 },
      {
        id: 'cache',
        kind: 'cache',
        label: 'cache',
        position: { x: 200, y: 0 },
        keyspace: KEYS,
        popularity: s,
        capacity,
        hitLatencyMs: 0,
      },
      { id: 'db', kind: 'database', label: 'db', position: { x: 400, y: 0 }, pool: 10_000, latency: instant },
    ],
    edges: [
      {
        id: 'client-cache',
        kind: 'rpc',
        source: 'client',
        target: 'cache',
        latencyMs: 0,
        timeoutMs: 3_600_000,
      },
      { id: 'cache-db', kind: 'rpc', source: 'cache', target: 'db', latencyMs: 0, timeoutMs: 3_600_000 },
    ],
    scenario: { durationS: 110, seed: 1 },
  } as unknown as StoredDocument;
}

/** Hits ÷ lookups after the warm-up, from the per-second series. */
function steadyHitRatio(capacity: number, s: number): { ratio: number; lookups: number } {
  const report = runThroughCli(cacheCase(capacity, s));
  let hits = 0;
  let lookups = 0;
  for (const row of report.series) {
    if (row.t < WARM_UP_S) continue;
    const cell = row.nodes.cache;
    hits += (cell.hitRatio ?? 0) * cell.received;
    lookups += cell.received;
  }
  return { ratio: hits / lookups, lookups };
}

describe("LRU cache against Che's approximation", () => {
  it.each([
    ['K1', 100, 0.8],
    ['K2', 1000, 0.8],
    ['K3', 100, 1.2],
    ['K4', 1000, 1.2],
  ])('%s: %i entries of 10,000 keys, Zipf s = %f', (_case, capacity, s) => {
    const expected = cheHitRatio(zipfProbabilities(KEYS, s), capacity);
    const measured = steadyHitRatio(capacity, s);
    expect(measured.lookups).toBeGreaterThan(190_000);
    // Printed for docs/validation.md.
    console.log(`${_case}: Che ${expected.toFixed(4)}, measured ${measured.ratio.toFixed(4)}`);
    expect(relativeError(measured.ratio, expected)).toBeLessThan(0.03);
  });
});
