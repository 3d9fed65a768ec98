import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

describe('services', () => {
  it('rejects requests beyond the backlog limit', () => {
    const doc = clientService(
      { rate: 200, arrival: 'constant' },
      { workers: 1, backlogLimit: 2, serviceTime: constant(10) },
      {},
      { durationS: 10 },
    );
    const r = simulate(doc);
    // Capacity 100/s against 200/s offered: about half are rejected.
    expect(r.nodes.s.rejected / r.nodes.s.received).toBeGreaterThan(0.45);
    expect(r.nodes.s.rejected / r.nodes.s.received).toBeLessThan(0.55);
    expect(r.clients.c.failedBy.rejected).toBe(r.nodes.s.rejected);
    expect(r.nodes.s.maxBacklog).toBe(2);
    expect(r.nodes.s.role).toBe('cause');
  });

  it('accepts an unlimited backlog and never rejects', () => {
    const doc = clientService(
      { rate: 150 },
      { workers: 1, backlogLimit: 'unlimited', serviceTime: constant(10) },
      {},
      { durationS: 5 },
    );
    const r = simulate(doc);
    expect(r.nodes.s.rejected).toBe(0);
    expect(r.nodes.s.maxBacklog).toBeGreaterThan(100);
  });

  it('fails a fraction of requests by error rate, as injected errors rooted at the node', () => {
    const doc = clientService(
      { rate: 200 },
      { errorRate: 0.25, serviceTime: constant(1) },
      {},
      { durationS: 20 },
    );
    const r = simulate(doc);
    const fraction = r.clients.c.failed / r.clients.c.sent;
    expect(fraction).toBeGreaterThan(0.22);
    expect(fraction).toBeLessThan(0.28);
    expect(r.clients.c.failedBy.injectedError).toBe(r.clients.c.failed);
    expect(r.rootCauses[0]).toMatchObject({ node: 's', fault: null });
  });

  it('blocking workers are held during downstream calls; non-blocking ones are not', () => {
    const run = (workerModel: string) =>
      simulate(
        makeDoc(
          [
            { id: 'c', kind: 'client', rate: 50, arrival: 'constant' },
            { id: 'a', kind: 'service', workers: 1, backlogLimit: 5, workerModel, serviceTime: constant(5) },
            { id: 'b', kind: 'service', workers: 100, serviceTime: constant(100) },
          ],
          [
            { id: 'c-a', kind: 'rpc', source: 'c', target: 'a' },
            { id: 'a-b', kind: 'rpc', source: 'a', target: 'b' },
          ],
          { durationS: 10 },
        ),
      );
    const blocking = run('blocking');
    const nonblocking = run('nonblocking');
    // Blocking: one worker serves ~1/105 ms ≈ 9.5/s of the 50/s offered.
    expect(blocking.nodes.a.rejected).toBeGreaterThan(300);
    expect(nonblocking.nodes.a.rejected).toBe(0);
    expect(nonblocking.clients.c.latencyMs.mean).toBeCloseTo(105, 0);
    expect(blocking.nodes.a.utilization).toBeGreaterThan(0.95);
    expect(nonblocking.nodes.a.utilization).toBeCloseTo(0.25, 1);
  });

  it('calls in sequence add latencies; in parallel they overlap', () => {
    const run = (callOrder: string) =>
      simulate(
        makeDoc(
          [
            { id: 'c', kind: 'client', rate: 20 },
            { id: 'a', kind: 'service', callOrder, serviceTime: constant(10) },
            { id: 'b', kind: 'service', serviceTime: constant(50) },
            { id: 'd', kind: 'database', latency: constant(30) },
          ],
          [
            { id: 'c-a', kind: 'rpc', source: 'c', target: 'a' },
            { id: 'a-b', kind: 'rpc', source: 'a', target: 'b' },
            { id: 'a-d', kind: 'rpc', source: 'a', target: 'd' },
          ],
          { durationS: 10 },
        ),
      );
    expect(run('sequence').clients.c.latencyMs.p50).toBeCloseTo(90, 0);
    expect(run('parallel').clients.c.latencyMs.p50).toBeCloseTo(60, 0);
  });

  it('samples each service-time distribution with the right mean', () => {
    for (const distribution of ['constant', 'exponential', 'lognormal', 'uniform']) {
      const doc = clientService(
        { rate: 100 },
        { workers: 1000, serviceTime: { distribution, meanMs: 40, spread: 0.5 } },
        {},
        { durationS: 200 },
      );
      const r = simulate(doc);
      expect(Math.abs(r.nodes.s.latencyMs.mean - 40) / 40, distribution).toBeLessThan(0.03);
    }
  });

  it('load-balances round-robin over instances', () => {
    const doc = clientService(
      { rate: 100, arrival: 'constant' },
      { instances: 4, workers: 1, serviceTime: constant(30) },
      {},
      { durationS: 10 },
    );
    const r = simulate(doc);
    // 100/s over 4 instances of 1 worker each (33/s each): no waiting with strict rotation.
    expect(r.nodes.s.maxBacklog).toBe(0);
    expect(r.nodes.s.utilization).toBeCloseTo(0.75, 1);
  });
});
