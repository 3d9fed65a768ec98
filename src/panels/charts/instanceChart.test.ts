import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../sim/report';
import { nodeInstances } from './instanceChart';

const row = (t: number, instances?: { live: number; booting: number; draining: number }): SeriesRow => ({
  t,
  clients: {},
  nodes: { api: { received: 0, ok: 0, failed: 0, utilization: 0, backlog: 0, health: 'healthy', instances } },
  queues: {},
  edges: {},
});

describe('the instances chart', () => {
  it('draws live instances, and booting and draining ones only when there were some', () => {
    const data = nodeInstances(
      [row(0, { live: 2, booting: 0, draining: 0 }), row(1, { live: 2, booting: 1.5, draining: 0 })],
      'api',
    );
    expect(data.x).toEqual([0, 1]);
    expect(data.lines.map((l) => [l.label, l.values])).toEqual([
      ['live', [2, 2]],
      ['booting', [0, 1.5]],
    ]);
  });
});
