import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

describe('rpc calls', () => {
  it('time out when the callee is slower than the timeout', () => {
    const r = simulate(
      clientService(
        { rate: 10 },
        { workers: 100, serviceTime: constant(300) },
        { timeoutMs: 200 },
        { durationS: 10 },
      ),
    );
    expect(r.clients.c.failed).toBe(r.clients.c.sent - r.conservation.requests.inFlight);
    expect(r.clients.c.failedBy.timeout).toBe(r.clients.c.failed);
    // The callee still did the work the caller gave up on.
    expect(r.nodes.s.ok).toBeGreaterThan(0);
  });

  it('retry a failed call up to maxAttempts and count the retries', () => {
    const doc = clientService(
      { rate: 100 },
      { serviceTime: constant(1), errorRate: 0.5 },
      { retry: { maxAttempts: 3, backoff: 'constant', baseMs: 10 } },
      { durationS: 20 },
    );
    const r = simulate(doc);
    // Fails only if all three attempts fail: 0.5³.
    expect(r.clients.c.failed / r.clients.c.sent).toBeCloseTo(0.125, 1);
    expect(r.edges['c-s'].retries).toBeGreaterThan(0.7 * r.clients.c.sent);
    expect(r.edges['c-s'].retries).toBeLessThan(0.8 * r.clients.c.sent);
  });

  it('a fallback turns a failed call into a degraded success', () => {
    const doc = clientService(
      { rate: 50 },
      { serviceTime: constant(1), errorRate: 1 },
      { fallback: true },
      { durationS: 5 },
    );
    const r = simulate(doc);
    expect(r.clients.c.failed).toBe(0);
    expect(r.clients.c.ok).toBeGreaterThan(200);
    expect(r.edges['c-s'].failed).toBe(r.clients.c.ok);
  });

  it('a circuit breaker opens on failures, refuses while open, probes half-open and closes', () => {
    const doc = clientService(
      { rate: 100, arrival: 'constant' },
      { serviceTime: constant(1) },
      {
        breaker: {
          enabled: true,
          failureThreshold: 0.5,
          windowS: 1,
          minimumCalls: 10,
          openS: 2,
          halfOpenProbes: 3,
        },
      },
      {
        durationS: 20,
        faults: [{ id: 'err', kind: 'errors', target: 's', startS: 5, durationS: 5, rate: 1 }],
      },
    );
    const sim = createSimulation(doc);
    sim.runUntil(5800); // Half the calls in the 1 s window have failed by ~5.5 s.
    expect(sim.frame().edges['c-s'].breaker).toBe('open');
    sim.runToEnd();
    const r = sim.report();
    expect(r.edges['c-s'].breakerOpened).toBeGreaterThanOrEqual(2);
    expect(r.edges['c-s'].breaker).toBe('closed');
    expect(r.clients.c.failedBy.breakerOpen).toBeGreaterThan(300);
    // While open, the service is spared the calls.
    expect(r.nodes.s.received).toBeLessThan(r.clients.c.sent - 300);
    const kinds = sim
      .log()
      .filter((l) => l.kind === 'breaker')
      .map((l) => l.text);
    expect(kinds[0]).toContain('opened');
    expect(kinds.some((t) => t.includes('half-open'))).toBe(true);
    expect(kinds[kinds.length - 1]).toContain('closed');
    // Breaker refusals keep the root cause of the failures that opened it.
    expect(r.rootCauses[0]).toMatchObject({ node: 's', fault: 'err' });
  });

  it('ends RPC cycles at the hop limit with cause "limit"', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 5 },
        { id: 'a', kind: 'service', serviceTime: constant(0) },
        { id: 'b', kind: 'service', serviceTime: constant(0) },
      ],
      [
        { id: 'c-a', kind: 'rpc', source: 'c', target: 'a' },
        { id: 'a-b', kind: 'rpc', source: 'a', target: 'b' },
        { id: 'b-a', kind: 'rpc', source: 'b', target: 'a' },
      ],
      { durationS: 5 },
    );
    const r = simulate(doc, { limits: { hopsPerRequest: 10 } });
    expect(r.status).toBe('finished');
    expect(r.clients.c.sent).toBeGreaterThan(10);
    expect(r.clients.c.failed).toBe(r.clients.c.sent);
    expect((r.edges['a-b'].failedBy.limit ?? 0) + (r.edges['b-a'].failedBy.limit ?? 0)).toBe(
      r.clients.c.sent,
    );
    expect(r.conservation.holds).toBe(true);
  });

  it('a partition drops calls: callers time out with cause "partitioned"', () => {
    const doc = clientService(
      { rate: 20 },
      { serviceTime: constant(1) },
      { timeoutMs: 500 },
      { durationS: 20, faults: [{ id: 'p', kind: 'partition', target: 'c-s', startS: 5, durationS: 5 }] },
    );
    const r = simulate(doc);
    expect(r.clients.c.failedBy.partitioned).toBeGreaterThan(80);
    expect(r.clients.c.failedBy.partitioned).toBeLessThan(120);
    expect(r.clients.c.failed).toBe(r.clients.c.failedBy.partitioned);
    expect(r.rootCauses[0]).toMatchObject({ node: 'c-s', fault: 'p' });
  });
});

describe('hang vs refuse', () => {
  const run = (mode: string) =>
    simulate(
      clientService(
        { rate: 20 },
        { serviceTime: constant(1) },
        { timeoutMs: 1000 },
        {
          durationS: 20,
          faults: [{ id: 'crash', kind: 'crash', target: 's', startS: 5, durationS: 5, mode }],
        },
      ),
    );
  it('refuse fails calls at once; hang makes them wait for the timeout', () => {
    const refuse = run('refuse');
    const hang = run('hang');
    expect(refuse.clients.c.failedBy.refused).toBeGreaterThan(80);
    expect(refuse.clients.c.failedBy.timeout ?? 0).toBe(0);
    expect(hang.clients.c.failedBy.timeout).toBeGreaterThan(80);
    expect(hang.clients.c.failedBy.refused ?? 0).toBe(0);
    expect(hang.rootCauses[0]).toMatchObject({ node: 's', fault: 'crash' });
    expect(refuse.rootCauses[0]).toMatchObject({ node: 's', fault: 'crash' });
  });
});

describe('cause and victim through blocked workers', () => {
  it('a hung callee holds the caller’s workers: the caller’s rejections are rooted at the callee', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 100 },
        { id: 'front', kind: 'service', workers: 4, backlogLimit: 10, serviceTime: constant(2) },
        { id: 'back', kind: 'service', workers: 20, serviceTime: constant(5) },
      ],
      [
        { id: 'c-front', kind: 'rpc', source: 'c', target: 'front', timeoutMs: 5000 },
        { id: 'front-back', kind: 'rpc', source: 'front', target: 'back', timeoutMs: 3000 },
      ],
      {
        durationS: 30,
        faults: [{ id: 'hang', kind: 'crash', target: 'back', startS: 10, durationS: 10, mode: 'hang' }],
      },
    );
    const sim = createSimulation(doc);
    sim.runToEnd();
    const r = sim.report();
    expect(r.clients.c.failedBy.rejected).toBeGreaterThan(500);
    expect(r.nodes.front.role).toBe('victim');
    expect(r.nodes.back.role).toBe('cause');
    const hang = r.rootCauses.find((x) => x.fault === 'hang');
    expect(hang?.clientFailures).toBeGreaterThan(0.9 * r.clients.c.failed);
    expect(sim.log().some((l) => l.text.startsWith('front → back: timed out — '))).toBe(true);
  });
});
