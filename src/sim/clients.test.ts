import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

describe('clients', () => {
  it('constant arrivals send exactly rate × duration', () => {
    const r = simulate(
      clientService({ rate: 25, arrival: 'constant' }, { serviceTime: constant(1) }, {}, { durationS: 10 }),
    );
    expect(r.clients.c.sent).toBe(250);
  });

  it('poisson arrivals average the rate', () => {
    const r = simulate(clientService({ rate: 100 }, { serviceTime: constant(1) }, {}, { durationS: 100 }));
    expect(r.clients.c.sent / 10_000).toBeCloseTo(1, 1);
  });

  it('bursts send burstSize requests at once, rate / burstSize times a second', () => {
    const doc = clientService(
      { rate: 100, arrival: 'burst', burstSize: 20 },
      { workers: 1, backlogLimit: 'unlimited', serviceTime: constant(1) },
      {},
      { durationS: 10 },
    );
    const r = simulate(doc);
    expect(r.clients.c.sent).toBe(1000);
    expect(r.nodes.s.maxBacklog).toBe(19);
  });

  it('split traffic over their edges by weight', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 200 },
        { id: 'a', kind: 'service', serviceTime: constant(1) },
        { id: 'b', kind: 'service', serviceTime: constant(1) },
      ],
      [
        { id: 'c-a', kind: 'rpc', source: 'c', target: 'a', weight: 3 },
        { id: 'c-b', kind: 'rpc', source: 'c', target: 'b', weight: 1 },
      ],
      { durationS: 50 },
    );
    const r = simulate(doc);
    expect(r.nodes.a.received / r.clients.c.sent).toBeCloseTo(0.75, 1);
    expect(r.nodes.a.received + r.nodes.b.received).toBe(r.clients.c.sent);
  });

  it('change rate at scenario traffic changes', () => {
    const doc = clientService(
      { rate: 10, arrival: 'constant' },
      { serviceTime: constant(1) },
      {},
      { durationS: 20, traffic: [{ target: 'c', atS: 10, rate: 30 }] },
    );
    const r = simulate(doc);
    expect(r.clients.c.sent).toBeGreaterThanOrEqual(398);
    expect(r.clients.c.sent).toBeLessThanOrEqual(401);
    expect(r.series[5].clients.c.sent).toBe(10);
    expect(r.series[15].clients.c.sent).toBe(30);
  });
});
