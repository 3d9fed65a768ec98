import { describe, expect, it } from 'vitest';
import { balancedDoc } from '../testing/balancerDocs';
import { clientService, makeDoc } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });
const crashS1 = (startS: number, durationS: number) => ({
  id: 'down',
  kind: 'crash',
  target: 's1',
  startS,
  durationS,
  mode: 'refuse',
});
const requests = (r: ReturnType<typeof simulate>, backend: string) =>
  r.balancers!.lb.backends[backend].requests;

describe('load balancer', () => {
  it('round robin gives each backend its turn', () => {
    const r = simulate(
      balancedDoc({
        client: { rate: 90 },
        count: 3,
        backends: { serviceTime: constant(5) },
        scenario: { durationS: 10 },
      }),
    );
    const counts = ['s1', 's2', 's3'].map((b) => requests(r, b));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(r.clients.c.sent);
    expect(r.clients.c.failed).toBe(0);
    expect(r.nodes.lb.received).toBe(r.clients.c.sent);
    expect(r.balancers!.lb.backends.s2.edge).toBe('lb-s2');
  });

  it('random spreads calls by chance, the same way for the same seed', () => {
    const doc = balancedDoc({
      client: { rate: 200 },
      balancer: { strategy: 'random' },
      backends: { serviceTime: constant(1) },
      scenario: { durationS: 20 },
    });
    const r = simulate(doc);
    const share = requests(r, 's1') / r.clients.c.sent;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
    // Not strict alternation.
    expect(Math.abs(requests(r, 's1') - requests(r, 's2'))).toBeGreaterThan(1);
    expect(simulate(doc)).toEqual(r);
  });

  it('power of two choices sends fewer calls to a slow backend', () => {
    const r = simulate(
      balancedDoc({
        client: { rate: 100 },
        balancer: { strategy: 'powerOfTwo' },
        backends: [
          { serviceTime: constant(200), workers: 100 },
          { serviceTime: constant(5), workers: 100 },
          { serviceTime: constant(5), workers: 100 },
        ],
        scenario: { durationS: 20 },
      }),
    );
    expect(requests(r, 's1')).toBeLessThan(0.2 * r.clients.c.sent);
    expect(requests(r, 's1')).toBeGreaterThan(0);
  });

  it('least outstanding without health checks sends most calls to a backend that refuses (sinkholing)', () => {
    const scenario = { durationS: 20, faults: [crashS1(0, 100)] };
    const backends = { serviceTime: constant(50), workers: 50 };
    const lor = simulate(
      balancedDoc({ client: { rate: 100 }, balancer: { strategy: 'leastOutstanding' }, backends, scenario }),
    );
    const rr = simulate(balancedDoc({ client: { rate: 100 }, backends, scenario }));
    const refusedShare = (r: typeof lor) => (r.clients.c.failedBy.refused ?? 0) / r.clients.c.sent;
    // Round robin keeps the crashed backend's share: half the calls.
    expect(refusedShare(rr)).toBeGreaterThan(0.49);
    expect(refusedShare(rr)).toBeLessThan(0.51);
    // Least outstanding: it answers at once, so it nearly always has the fewest calls in
    // progress; the healthy one gets a call only when it has none in progress either.
    expect(refusedShare(lor)).toBeGreaterThan(0.75);
  });

  it('outlier ejection takes a refusing backend out after failures in a row, and brings it back after the ejection time', () => {
    const doc = balancedDoc({
      client: { rate: 100, arrival: 'constant' },
      balancer: {
        strategy: 'leastOutstanding',
        outlierEjection: { enabled: true, consecutiveFailures: 5, ejectionS: 2 },
      },
      backends: { serviceTime: constant(50), workers: 50 },
      scenario: { durationS: 20, faults: [crashS1(5, 100)] },
    });
    const sim = createSimulation(doc);
    sim.runUntil(5100);
    expect(sim.frame().edges['lb-s1'].backendOut).toBe('ejected');
    expect(sim.frame().nodes.lb.health).toBe('degraded');
    sim.runToEnd();
    const r = sim.report();
    // Ejected for 2 s at a time, then 5 more failures: 5 refusals per ejection, about 8 ejections.
    expect(r.balancers!.lb.backends.s1.ejections).toBeGreaterThanOrEqual(6);
    expect(r.clients.c.failedBy.refused).toBe(5 * r.balancers!.lb.backends.s1.ejections);
    expect(r.clients.c.failed / r.clients.c.sent).toBeLessThan(0.05);
    const lines = sim.log().filter((l) => l.kind === 'health' && l.subject === 's1');
    expect(lines[0].text).toBe('lb → s1: ejected for 2 s (5 failures in a row)');
    expect(lines[1].text).toBe('lb → s1: back from ejection');
  });

  it('ejects no more backends at once than the maximum share allows', () => {
    const r = simulate(
      balancedDoc({
        client: { rate: 100, arrival: 'constant' },
        balancer: {
          outlierEjection: { enabled: true, consecutiveFailures: 3, ejectionS: 100, maxEjectionPercent: 50 },
        },
        backends: { errorRate: 1, serviceTime: constant(1) },
        scenario: { durationS: 10 },
      }),
    );
    const b = r.balancers!.lb;
    // 50 % of two: one at a time; the other keeps failing and taking every call.
    expect(b.backends.s1.ejections + b.backends.s2.ejections).toBe(1);
    expect(b.noBackend).toBe(0);
  });

  it('fails calls with noBackend when every backend is out', () => {
    const r = simulate(
      balancedDoc({
        client: { rate: 100, arrival: 'constant' },
        balancer: {
          outlierEjection: { enabled: true, consecutiveFailures: 3, ejectionS: 100, maxEjectionPercent: 100 },
        },
        backends: { errorRate: 1, serviceTime: constant(1) },
        scenario: { durationS: 10 },
      }),
    );
    const b = r.balancers!.lb;
    expect(b.backends.s1.ejections + b.backends.s2.ejections).toBe(2);
    expect(b.noBackend).toBeGreaterThan(900);
    expect(r.clients.c.failedBy.noBackend).toBe(b.noBackend);
    expect(r.nodes.lb.failedBy.noBackend).toBe(b.noBackend);
    expect(r.rootCauses[0]).toMatchObject({ node: 'lb', description: 'lb (no backend available)' });
    expect(r.conservation.holds).toBe(true);
  });

  it('a balancer with no backend fails every call with noBackend', () => {
    const r = simulate(balancedDoc({ count: 0, client: { rate: 10 }, scenario: { durationS: 5 } }));
    expect(r.clients.c.failedBy.noBackend).toBe(r.clients.c.sent);
    expect(r.clients.c.sent).toBeGreaterThan(0);
  });

  it('health checks mark a crashed backend unhealthy and healthy again, without loading the backends', () => {
    const doc = balancedDoc({
      client: { rate: 100, arrival: 'constant' },
      balancer: {
        healthCheck: {
          enabled: true,
          intervalS: 1,
          timeoutMs: 200,
          unhealthyThreshold: 3,
          healthyThreshold: 2,
        },
      },
      backends: { serviceTime: constant(10) },
      backendEdge: { latencyMs: 5 },
      scenario: { durationS: 30, faults: [crashS1(5.5, 10)] },
    });
    const sim = createSimulation(doc);
    sim.runUntil(7900);
    expect(sim.frame().edges['lb-s1'].backendOut).toBeUndefined();
    sim.runUntil(8100);
    // Probes at 6, 7 and 8 s failed (answers 10 ms later): out from 8.01 s.
    expect(sim.frame().edges['lb-s1'].backendOut).toBe('unhealthy');
    sim.runToEnd();
    const r = sim.report();
    const s1 = r.balancers!.lb.backends.s1;
    // Down from 5.5 s to 15.5 s: the probes at 6 … 15 s fail.
    expect(s1.healthCheckFailures).toBe(10);
    expect(r.balancers!.lb.backends.s2.healthCheckFailures).toBe(0);
    const lines = sim.log().filter((l) => l.kind === 'health' && l.subject === 's1');
    expect(lines.map((l) => [l.tMs, l.text])).toEqual([
      [8010, 'lb → s1: unhealthy (3 health checks failed in a row): no calls'],
      [17_010, 'lb → s1: healthy again (2 health checks passed)'],
    ]);
    // Probes use no worker: every job the backends did was a call.
    const received = r.nodes.s1.received + r.nodes.s2.received;
    expect(received).toBeLessThanOrEqual(r.clients.c.sent);
    expect(received).toBeGreaterThanOrEqual(r.clients.c.sent - r.conservation.requests.inFlight);
    // Half of 100 calls/s refused from the crash at 5.5 s until it is marked unhealthy at 8.01 s; none after.
    expect(r.clients.c.failedBy.refused).toBeGreaterThanOrEqual(124);
    expect(r.clients.c.failedBy.refused).toBeLessThanOrEqual(127);
  });

  it('health checks fail by timeout on a hanging backend or a partitioned edge', () => {
    const r = simulate(
      balancedDoc({
        client: { rate: 10 },
        balancer: { healthCheck: { enabled: true, intervalS: 1, timeoutMs: 100, unhealthyThreshold: 2 } },
        scenario: {
          durationS: 10,
          faults: [
            { id: 'hang', kind: 'crash', target: 's1', startS: 2.5, durationS: 100, mode: 'hang' },
            { id: 'cut', kind: 'partition', target: 'lb-s2', startS: 4.5, durationS: 100 },
          ],
        },
      }),
    );
    expect(r.balancers!.lb.backends.s1.healthCheckFailures).toBe(7);
    expect(r.balancers!.lb.backends.s2.healthCheckFailures).toBe(5);
    // From 6.1 s neither is available.
    expect(r.balancers!.lb.noBackend).toBeGreaterThan(20);
  });

  it('a retry through the balancer is balanced anew and reaches the other backend', () => {
    const backends = [{ errorRate: 1, serviceTime: constant(1) }, { serviceTime: constant(1) }];
    const retry = { retry: { maxAttempts: 2, backoff: 'none' } };
    const through = simulate(
      balancedDoc({
        client: { rate: 50, arrival: 'constant' },
        backends,
        edge: retry,
        scenario: { durationS: 10 },
      }),
    );
    // Every first attempt that met the failing backend was retried on the healthy one.
    expect(through.clients.c.failed).toBe(0);
    expect(through.edges['c-lb'].retries).toBeGreaterThan(200);
    expect(through.nodes.s1.failed).toBe(through.edges['c-lb'].retries);
    // Whereas the retries of one edge stay on it: the client's own split keeps failing.
    const direct = simulate(
      clientService({ rate: 50, arrival: 'constant' }, { errorRate: 1 }, retry, { durationS: 10 }),
    );
    expect(direct.clients.c.failed).toBe(direct.clients.c.sent - direct.conservation.requests.inFlight);
    expect(direct.clients.c.failed).toBeGreaterThan(400);
  });

  it("serves a client's polls through the balancer at one of its backends", () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 20, completion: 'poll', pollIntervalS: 0.2 },
        { id: 'lb', kind: 'balancer' },
        { id: 's1', kind: 'service', serviceTime: constant(1) },
        { id: 's2', kind: 'service', serviceTime: constant(1) },
        { id: 'q', kind: 'queue' },
        { id: 'w', kind: 'service', serviceTime: constant(50) },
      ],
      [
        { id: 'c-lb', kind: 'rpc', source: 'c', target: 'lb' },
        { id: 'lb-s1', kind: 'rpc', source: 'lb', target: 's1' },
        { id: 'lb-s2', kind: 'rpc', source: 'lb', target: 's2' },
        { id: 's1-q', kind: 'async', source: 's1', target: 'q' },
        { id: 's2-q', kind: 'async', source: 's2', target: 'q' },
        { id: 'q-w', kind: 'async', source: 'q', target: 'w' },
      ],
      { durationS: 10 },
    );
    const r = simulate(doc);
    expect(r.clients.c.polls).toBeGreaterThan(100);
    expect(r.clients.c.completed).toBeGreaterThan(150);
    // Polls are served by the backends, not refused by the balancer, and are not calls it sent.
    expect(r.nodes.lb.failed).toBe(0);
    expect(r.nodes.s1.received + r.nodes.s2.received).toBeGreaterThan(r.clients.c.sent + 100);
    expect(requests(r, 's1') + requests(r, 's2')).toBe(r.nodes.lb.received);
  });

  it('a crashed balancer refuses new calls, or swallows them when it hangs', () => {
    const crash = (mode: string) =>
      simulate(
        balancedDoc({
          client: { rate: 100, arrival: 'constant' },
          edge: { timeoutMs: 300 },
          scenario: {
            durationS: 10,
            faults: [{ id: 'lb-down', kind: 'crash', target: 'lb', startS: 2, durationS: 3, mode }],
          },
        }),
      );
    const refused = crash('refuse');
    expect(refused.clients.c.failedBy.refused).toBe(300);
    expect(refused.rootCauses[0]).toMatchObject({ node: 'lb', fault: 'lb-down' });
    expect(refused.nodes.s1.received + refused.nodes.s2.received).toBe(refused.clients.c.sent - 300);
    const hung = crash('hang');
    expect(hung.clients.c.failedBy.timeout).toBe(300);
    expect(hung.rootCauses[0]).toMatchObject({ node: 'lb', fault: 'lb-down' });
  });

  it('leaves the report of a diagram without a balancer as it was', () => {
    expect(simulate(clientService({ rate: 10 }, {}, {}, { durationS: 2 }))).not.toHaveProperty('balancers');
  });
});
