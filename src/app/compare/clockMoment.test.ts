import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../sim/report';
import { momentAt } from './clockMoment';

function row(t: number, failed: number, depth: number, down: boolean): SeriesRow {
  return {
    t,
    clients: {
      c: {
        sent: 50,
        ok: 50 - failed,
        failed,
        accepted: 0,
        completed: 0,
        p50: 1,
        p99: 2,
        completionP99: 0,
        failedBy: {},
      },
    },
    nodes: {
      p: {
        received: 1,
        ok: 1,
        failed: 0,
        utilization: 0.1,
        backlog: 0,
        health: down ? 'restarting' : 'healthy',
      },
    },
    queues: { q: { depth, oldestAgeMs: 0, deadLettered: 0 } },
    edges: {},
  };
}

describe('momentAt', () => {
  const series = [row(0, 0, 0, false), row(1, 10, 5, true), row(2, 20, 7, true), row(3, 0, 0, false)];

  it('shows one second and the failures up to it', () => {
    expect(momentAt(series, 2.5)).toEqual({
      t: 2,
      sent: 50,
      failed: 20,
      failedSoFar: 30,
      queued: 7,
      down: ['p'],
    });
    expect(momentAt(series, 0)?.failedSoFar).toBe(0);
  });

  it('clamps to the run and handles an empty one', () => {
    expect(momentAt(series, 99)?.t).toBe(3);
    expect(momentAt(series, -5)?.t).toBe(0);
    expect(momentAt([], 1)).toBeNull();
  });
});
