import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../sim/report';
import { metricsCsv } from './metricsCsv';

const cell = { received: 10, ok: 10, failed: 0, utilization: 0, backlog: 0, health: 'healthy' as const };
const row = (t: number, hitRatio: number): SeriesRow => ({
  t,
  clients: {},
  nodes: { k: { ...cell, hitRatio }, s: cell },
  queues: {},
  edges: {},
});

describe('metrics CSV with a cache', () => {
  it("adds the cache's hit ratio column, and none for other nodes", () => {
    const [header, first, second] = metricsCsv([row(0, 0.25), row(1, 0.5)]).split('\r\n');
    const columns = header.split(',');
    expect(columns).toContain('k.hitRatio');
    expect(columns).not.toContain('s.hitRatio');
    const at = columns.indexOf('k.hitRatio');
    expect(first.split(',')[at]).toBe('0.25');
    expect(second.split(',')[at]).toBe('0.5');
  });
});
