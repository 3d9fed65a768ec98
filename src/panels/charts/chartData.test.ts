import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../sim/report';
import { clientLatency, clientOutcomes, faultWindows, MAX_LINES, nodeMetric, queueDepth } from './chartData';

function row(t: number, ok: number, refused: number): SeriesRow {
  return {
    t,
    clients: {
      client: {
        sent: ok + refused,
        ok,
        failed: refused,
        accepted: 0,
        completed: 0,
        p50: 40,
        p99: 90,
        completionP99: 0,
        failedBy: refused ? { refused } : {},
      },
    },
    nodes: { orders: { received: ok, ok, failed: 0, utilization: 0.25, backlog: 2, health: 'healthy' } },
    queues: { q: { depth: t * 10, oldestAgeMs: 0, deadLettered: 0 } },
    edges: {},
  };
}

describe('chart data', () => {
  const series = [row(0, 50, 0), row(1, 10, 40), row(2, 50, 0)];

  it('shows successes and only the failure causes that occurred', () => {
    const d = clientOutcomes(series);
    expect(d.x).toEqual([0, 1, 2]);
    expect(d.lines.map((l) => l.label)).toEqual(['succeeded /s', 'failed: refused /s']);
    expect(d.lines[1].values).toEqual([0, 40, 0]);
  });

  it('draws p50 and p99, and completion only when there is some', () => {
    expect(clientLatency(series).lines.map((l) => l.label)).toEqual(['p50 ms', 'p99 ms']);
  });

  it('leaves a gap, not a zero, in a second without a reply to time', () => {
    const outage = [row(0, 50, 0), row(1, 0, 50), row(2, 50, 0)];
    const [p50, p99] = clientLatency(outage).lines;
    expect(p50.values).toEqual([40, null, 40]);
    expect(p99.values).toEqual([90, null, 90]);
  });

  it('names nodes by their labels', () => {
    const nameOf = (id: string) => (id === 'orders' ? 'Orders API' : id);
    expect(nodeMetric(series, ['orders'], 'ok', nameOf).lines[0].label).toBe('Orders API /s');
    expect(queueDepth(series, ['q'], () => 'Order events').lines[0].label).toBe('Order events depth');
  });

  it('gives utilisation in percent and queue depth per queue', () => {
    expect(nodeMetric(series, ['orders'], 'utilization').lines[0].values).toEqual([25, 25, 25]);
    expect(queueDepth(series, ['q']).lines[0].values).toEqual([0, 10, 20]);
  });

  it('turns faults into shaded windows', () => {
    expect(
      faultWindows([
        {
          id: 'r',
          kind: 'redeploy',
          target: 'p',
          startS: 20,
          durationS: 10,
          mode: 'refuse',
          healthCheckDelayS: 0,
        },
      ]),
    ).toEqual([[20, 30]]);
  });
});

describe('chart data for a large diagram', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
  /** Node n<i> serves i requests a second, so the busiest are the last ones. */
  const rows: SeriesRow[] = [0, 1, 2].map((t) => ({
    t,
    clients: {},
    nodes: Object.fromEntries(
      ids.map((id, i) => [
        id,
        { received: i, ok: i, failed: 0, utilization: i / 100, backlog: 0, health: 'healthy' },
      ]),
    ),
    queues: {},
    edges: {},
  }));

  it('draws the busiest nodes and one line for the mean of the others, not a line per node', () => {
    const d = nodeMetric(rows, ids, 'ok');
    expect(d.lines).toHaveLength(MAX_LINES + 1);
    expect(d.lines.slice(0, MAX_LINES).map((l) => l.label)).toEqual(
      ids.slice(40 - MAX_LINES).map((id) => `${id} /s`),
    );
    const others = d.lines[MAX_LINES];
    expect(others.label).toBe(`${40 - MAX_LINES} other nodes, mean /s`);
    // The mean of 0 … 31.
    expect(others.values).toEqual([15.5, 15.5, 15.5]);
  });

  it('keeps every node of a small diagram, in its own order', () => {
    expect(nodeMetric(rows, ['n3', 'n1'], 'ok').lines.map((l) => l.label)).toEqual(['n3 /s', 'n1 /s']);
  });
});
