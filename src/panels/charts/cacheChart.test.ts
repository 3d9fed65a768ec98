import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../sim/report';
import { cacheHitRatio } from './cacheChart';

const row = (t: number, received: number, hitRatio: number): SeriesRow => ({
  t,
  clients: {},
  nodes: {
    k: { received, ok: received, failed: 0, utilization: 0, backlog: 0, health: 'healthy', hitRatio },
  },
  queues: {},
  edges: {},
});

describe('cache hit ratio chart', () => {
  it('draws each cache in %, with a gap for a second without lookups', () => {
    const data = cacheHitRatio([row(0, 10, 0.5), row(1, 0, 0), row(2, 20, 0)], ['k'], (id) => `cache ${id}`);
    expect(data.x).toEqual([0, 1, 2]);
    expect(data.lines).toEqual([{ label: 'cache k hit ratio %', colour: '#be185d', values: [50, null, 0] }]);
  });
});
