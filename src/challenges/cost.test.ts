import { describe, expect, it } from 'vitest';
import { type FaultlineDocument, parseDocument, type StoredDocument } from '../model';
import { costOf, formatCost, HOURS_PER_MONTH, PRICES } from './cost';

function doc(nodes: StoredDocument['nodes']): FaultlineDocument {
  const parsed = parseDocument({ version: 3, nodes, edges: [], scenario: {} });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.doc;
}
const at = { x: 0, y: 0 };

describe('costOf', () => {
  it('prices each node kind by the documented list, clients free', () => {
    const cost = costOf(
      doc([
        { id: 'c', kind: 'client', label: 'c', position: at },
        { id: 's', kind: 'service', label: 's', position: at, instances: 2, workers: 4 },
        { id: 'd', kind: 'database', label: 'd', position: at, pool: 10 },
        { id: 'q', kind: 'queue', label: 'q', position: at },
        { id: 'k', kind: 'cache', label: 'k', position: at },
        { id: 'b', kind: 'balancer', label: 'b', position: at },
      ]),
    );
    // Rounded to the cent, as the bill is.
    const cents = (x: number) => Math.round(x * 100) / 100;
    const service = cents(2 * (PRICES.instancePerHour + 4 * PRICES.workerPerHour) * HOURS_PER_MONTH);
    const database = cents((PRICES.databasePerHour + 10 * PRICES.poolSlotPerHour) * HOURS_PER_MONTH);
    expect(cost.lines.map((l) => [l.node, l.perMonth])).toEqual([
      ['s', service],
      ['d', database],
      ['q', PRICES.queuePerMonth],
      ['k', PRICES.cachePerMonth],
      ['b', PRICES.balancerPerMonth],
    ]);
    expect([service, database]).toEqual([131.4, 219]);
    expect(cost.total).toBeCloseTo(service + database + 20 + 30 + 18, 6);
    expect(cost.lines[0].what).toBe('2 instances × 4 workers');
  });

  it('prices an autoscaled service at its maximum instances', () => {
    const cost = costOf(
      doc([
        {
          id: 's',
          kind: 'service',
          label: 's',
          position: at,
          workers: 1,
          autoscale: { enabled: true, minInstances: 1, maxInstances: 5 },
        },
      ]),
    );
    expect(cost.total).toBeCloseTo(5 * 0.06 * HOURS_PER_MONTH, 6);
    expect(cost.lines[0].what).toMatch(/priced at its maximum/);
  });

  it('says a month in whole dollars', () => {
    expect(formatCost(412.4)).toBe('$412 per month');
    expect(formatCost(1234.5)).toBe('$1,235 per month');
  });
});
