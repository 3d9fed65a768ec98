import { describe, expect, it } from 'vitest';
import { namesOf } from '../../model/names';
import type { SeriesRow } from '../../sim/report';
import { csvCell, metricsCsv } from './metricsCsv';

function row(t: number, withQueue: boolean): SeriesRow {
  return {
    t,
    clients: {
      client: {
        sent: 50,
        ok: 49,
        failed: 1,
        accepted: 0,
        completed: 0,
        p50: 42.5,
        p99: 90,
        completionP99: 0,
        failedBy: { refused: 1 },
      },
    },
    nodes: { orders: { received: 50, ok: 49, failed: 1, utilization: 0.25, backlog: 0, health: 'healthy' } },
    queues: withQueue ? { jobs: { depth: 3, oldestAgeMs: 120, deadLettered: 0 } } : {},
    edges: { 'client-orders': { calls: 50, failed: 1, breaker: 'closed' } },
  };
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks; defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('metricsCsv', () => {
  it('writes one header and one line per second, columns per subject and measure', () => {
    const csv = metricsCsv([row(0, false), row(1, true)]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0].split(',');
    expect(header[0]).toBe('t');
    expect(header).toContain('client.p99');
    expect(header).toContain('orders.health');
    expect(header).toContain('jobs.depth');
    expect(header).toContain('client-orders.breaker');
    const at = (line: string, col: string) => line.split(',')[header.indexOf(col)];
    expect(at(lines[1], 'client.p50')).toBe('42.5');
    expect(at(lines[1], 'jobs.depth')).toBe(''); // no queue entry in that second
    expect(at(lines[2], 'jobs.depth')).toBe('3');
    expect(at(lines[2], 'orders.health')).toBe('healthy');
    for (const l of lines) expect(l.split(',')).toHaveLength(header.length);
  });

  it('says how many seconds a thinned row covers, and carries the mean latency and time to failure', () => {
    const thinned: SeriesRow = { ...row(4, false), spanS: 4 };
    thinned.clients.client = { ...thinned.clients.client, mean: 51.5, failureMean: 2000 };
    const lines = metricsCsv([row(0, false), thinned])
      .trimEnd()
      .split('\r\n');
    const header = lines[0].split(',');
    const at = (line: string, col: string) => line.split(',')[header.indexOf(col)];
    expect(at(lines[1], 'spanS')).toBe('1');
    expect(at(lines[2], 'spanS')).toBe('4');
    expect(at(lines[2], 'client.mean')).toBe('51.5');
    expect(at(lines[2], 'client.failureMean')).toBe('2000');
  });

  it('gives just the header for an empty run', () => {
    expect(metricsCsv([])).toBe('t,spanS\r\n');
  });

  it('heads each column with the name a person reads, keeping the id beside it', () => {
    const nameOf = namesOf({
      nodes: [
        { id: 'client', label: 'Web client' },
        { id: 'orders', label: 'Orders, main' },
        { id: 'jobs', label: 'jobs' },
      ],
      edges: [{ id: 'client-orders', source: 'client', target: 'orders' }],
    } as unknown as Parameters<typeof namesOf>[0]);
    const header = metricsCsv([row(0, true)], nameOf).split('\r\n')[0];
    expect(header).toContain('Web client [client].p99');
    expect(header).toContain('"Orders, main [orders].health"');
    expect(header).toContain('jobs.depth');
    expect(header).toContain('"Web client → Orders, main [client-orders].breaker"');
    expect(header).not.toMatch(/(^|,)client\./);
  });
});
