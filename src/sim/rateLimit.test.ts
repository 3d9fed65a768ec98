import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

describe('a rate limit on a service', () => {
  const limited = (instances: number) =>
    clientService(
      { rate: 200, arrival: 'constant' },
      {
        instances,
        workers: 100,
        serviceTime: constant(1),
        rateLimit: { enabled: true, ratePerS: 50, burst: 10 },
      },
      {},
      { durationS: 10 },
    );

  it('accepts the rate plus one burst and fails the rest at once as rate limited', () => {
    const r = simulate(limited(1));
    const c = r.clients.c;
    // 50 a second for 10 s, plus the bucket's 10 at the start.
    expect(c.ok).toBeGreaterThanOrEqual(505);
    expect(c.ok).toBeLessThanOrEqual(511);
    expect(c.failedBy).toEqual({ rateLimited: c.failed });
    expect(r.nodes.s.failedBy).toEqual({ rateLimited: c.failed });
    // "At once": no waiting for a worker or a timeout — the failure comes back over the edge.
    expect(c.failureMs?.p99).toBe(0);
    expect(r.nodes.s.received).toBe(c.sent - r.conservation.requests.inFlight);
    expect(r.rootCauses[0].description).toBe('s (rate limiting calls)');
  });

  it('limits the service as a whole, not each instance', () => {
    expect(simulate(limited(4)).clients.c.ok).toBe(simulate(limited(1)).clients.c.ok);
  });

  it('is off by default: no call is limited however many arrive', () => {
    const r = simulate(
      clientService(
        { rate: 200, arrival: 'constant' },
        { workers: 100, serviceTime: constant(1) },
        {},
        { durationS: 5 },
      ),
    );
    expect(r.clients.c.failed).toBe(0);
  });

  it('refills by elapsed time: after a quiet spell a burst of the bucket size passes', () => {
    const r = simulate(
      clientService(
        { rate: 40, arrival: 'burst', burstSize: 20 },
        { workers: 100, serviceTime: constant(1), rateLimit: { enabled: true, ratePerS: 5, burst: 12 } },
        {},
        { durationS: 10 },
      ),
    );
    // Bursts of 20 every 0.5 s; 2.5 tokens come back between bursts: 12 pass, then 2 each.
    expect(r.clients.c.ok).toBeGreaterThanOrEqual(12 + 2 * 19);
    expect(r.clients.c.ok).toBeLessThanOrEqual(12 + 3 * 19);
  });

  it('tells the live view when the bucket is empty, and only then', () => {
    const sim = createSimulation(limited(1));
    sim.runUntil(50);
    // 10 calls at 5 ms spacing plus 0.25 tokens each: the full bucket is not spent yet.
    expect(sim.frame(0).nodes.s.limiting).toBeUndefined();
    sim.runUntil(3000);
    expect(sim.frame(0).nodes.s.limiting).toBe(true);
    const unlimited = createSimulation(
      clientService(
        { rate: 200, arrival: 'constant' },
        { workers: 100, serviceTime: constant(1) },
        {},
        { durationS: 5 },
      ),
    );
    unlimited.runUntil(3000);
    expect(unlimited.frame(0).nodes.s.limiting).toBeUndefined();
  });
});
