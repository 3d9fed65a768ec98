import { describe, expect, it } from 'vitest';
import { type ClientNode, parseDocument } from '../../model';
import { nodeSummary } from './nodeSummary';

const client = (fields: Record<string, unknown>): ClientNode => {
  const r = parseDocument({
    version: 3,
    nodes: [{ id: 'c', kind: 'client', label: 'c', position: { x: 0, y: 0 }, ...fields }],
    edges: [],
    scenario: {},
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc.nodes[0] as ClientNode;
};

describe('a client on the canvas', () => {
  it('shows its rate, as before', () => {
    expect(nodeSummary(client({ rate: 20 }))).toBe('20 req/s · poisson');
  });

  it('a closed loop shows its users instead of a rate', () => {
    expect(nodeSummary(client({ loop: 'closed', users: 20 }))).toBe('20 users · think 1,000 ms');
    expect(nodeSummary(client({ loop: 'closed', users: 1, usersSchedule: [{ atS: 5, users: 3 }] }))).toBe(
      '1 user at first · think 1,000 ms',
    );
  });

  it('a schedule shows its range; a trace says so', () => {
    const rateSchedule = {
      points: [
        { atS: 0, rate: 10 },
        { atS: 5, rate: 90 },
      ],
    };
    expect(nodeSummary(client({ rateSchedule }))).toBe('10–90 req/s over time · poisson');
    expect(nodeSummary(client({ rateTrace: '1 2 3', arrival: 'constant' }))).toBe('rate trace · constant');
  });
});
