import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../sim/report';
import { metricsCsv } from './metricsCsv';

const row = (t: number, instances?: { live: number; booting: number; draining: number }): SeriesRow => ({
  t,
  clients: {},
  nodes: {
    api: { received: 1, ok: 1, failed: 0, utilization: 0.5, backlog: 0, health: 'healthy', instances },
    db: { received: 1, ok: 1, failed: 0, utilization: 0.1, backlog: 0, health: 'healthy' },
  },
  queues: {},
  edges: {},
});

describe('the metrics CSV of an autoscaled service', () => {
  it("has columns for its instances live, booting and draining; other nodes' columns are as before", () => {
    const csv = metricsCsv([
      row(0, { live: 2, booting: 1, draining: 0 }),
      row(1, { live: 3, booting: 0, draining: 0.5 }),
    ]);
    const [header, first, second] = csv.trim().split('\r\n');
    expect(header).toBe(
      't,spanS,api.received,api.ok,api.failed,api.utilization,api.backlog,api.health,api.instances.live,api.instances.booting,api.instances.draining,db.received,db.ok,db.failed,db.utilization,db.backlog,db.health',
    );
    expect(first).toBe('0,1,1,1,0,0.5,0,healthy,2,1,0,1,1,0,0.1,0,healthy');
    expect(second).toBe('1,1,1,1,0,0.5,0,healthy,3,0,0.5,1,1,0,0.1,0,healthy');
  });

  it('has no instance columns without autoscaling', () => {
    expect(metricsCsv([row(0)]).split('\r\n')[0]).not.toContain('instances');
  });
});
