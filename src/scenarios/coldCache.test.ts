/**
 * The cold cache's claims (docs/scenarios.md), for the scenario's own seed and two others:
 * a flush sends the full load to a database sized for the misses, it overloads and the
 * clients fail; with single flight the same flush costs nothing.
 */
import { describe, expect, it } from 'vitest';
import { clientSum, failedShare, nodeSeries, rows, runScenario } from './scenarioRuns';

const SEEDS = [undefined, 7, 42];

describe.each(SEEDS)('the cold cache (seed %s)', (seed) => {
  it('cold-cache: warm, the database sees only misses; the flush overloads it and clients fail', () => {
    const r = runScenario('cold-cache', seed);
    // Warm: nothing fails, the cache answers most lookups, the database is far from full.
    expect(clientSum(r, 'clients', 'failed', 0, 20)).toBe(0);
    for (const row of rows(r, 12, 20)) expect(row.nodes.cache.hitRatio).toBeGreaterThan(0.9);
    for (const u of nodeSeries(r, 'db', 'utilization', 12, 20)) expect(u).toBeLessThan(0.6);
    // The flush: every lookup misses, the full load reaches the database, which saturates and rejects.
    for (const row of rows(r, 20, 25)) expect(row.nodes.cache.hitRatio).toBe(0);
    expect(Math.min(...nodeSeries(r, 'db', 'received', 21, 25))).toBeGreaterThan(800);
    expect(Math.min(...nodeSeries(r, 'db', 'utilization', 21, 25))).toBeGreaterThan(0.99);
    expect(r.nodes.db.rejected).toBeGreaterThan(1000);
    expect(r.nodes.db.maxBacklog).toBe(100);
    // The failures cascade to the clients, and the database is named as their root.
    expect(failedShare(r, 'clients', 21, 25)).toBeGreaterThan(0.7);
    expect(r.nodes.db.role).toBe('cause');
    expect(r.rootCauses[0].node).toBe('db');
    // Warm again later: the clients are served.
    expect(failedShare(r, 'clients', 35, 45)).toBe(0);
  });

  it('cold-cache-fixed: single flight keeps the database within its backlog; no client fails', () => {
    const r = runScenario('cold-cache-fixed', seed);
    const broken = runScenario('cold-cache', seed);
    for (const row of rows(r, 20, 25)) expect(row.nodes.cache.hitRatio).toBe(0);
    expect(r.caches!.cache.coalesced).toBeGreaterThan(2000);
    // The flush costs the database a fraction of the queries it costs without single flight…
    const queries = total(nodeSeries(r, 'db', 'received', 20, 25));
    const without = total(nodeSeries(broken, 'db', 'received', 20, 25));
    expect(queries).toBeLessThan(0.35 * without);
    // …it never turns one away, and (almost) nothing fails.
    expect(r.nodes.db.rejected).toBe(0);
    expect(r.nodes.db.maxBacklog).toBeLessThan(100);
    expect(r.clients.clients.failed).toBeLessThan(0.001 * r.clients.clients.sent);
    expect(r.clients.clients.failed).toBeLessThan(0.02 * broken.clients.clients.failed);
  });
});

const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
