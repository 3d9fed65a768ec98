import { describe, expect, it } from 'vitest';
import { makeDoc } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

/**
 * Two services calling each other (an RPC cycle) under load: a rejected call's blame walk
 * follows waiting calls round the loop. Found by the determinism property (CI, 2026-11-27):
 * the walk gave up without naming a root, and the root of the run before leaked in.
 */
const cycle = makeDoc(
  [
    { id: 'a', kind: 'client', rate: 150, arrival: 'burst', burstSize: 6 },
    { id: 'b', kind: 'client', rate: 140, arrival: 'constant' },
    {
      id: 'x',
      kind: 'service',
      instances: 2,
      workers: 2,
      serviceTime: { distribution: 'constant', meanMs: 0 },
      errorRate: 0.3,
    },
    {
      id: 'y',
      kind: 'service',
      workers: 5,
      backlogLimit: 10,
      serviceTime: { distribution: 'exponential', meanMs: 0 },
    },
  ],
  [
    { id: 'b-x', kind: 'rpc', source: 'b', target: 'x' },
    { id: 'a-y', kind: 'rpc', source: 'a', target: 'y', timeoutMs: 1 },
    { id: 'y-x', kind: 'rpc', source: 'y', target: 'x', timeoutMs: 69 },
    {
      id: 'x-y',
      kind: 'rpc',
      source: 'x',
      target: 'y',
      timeoutMs: 42,
      retry: { maxAttempts: 2, backoff: 'none', jitter: 'full' },
      fallback: true,
    },
  ],
  { durationS: 1.1, seed: 534 },
);

/** A run that ends with a different root in the engine's scratch records. */
const other = makeDoc(
  [
    { id: 'c', kind: 'client', rate: 50 },
    { id: 's', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 1 }, errorRate: 1 },
  ],
  [{ id: 'c-s', kind: 'rpc', source: 'c', target: 's' }],
  { durationS: 1 },
);

describe('root causes', () => {
  it('of a failure in an RPC cycle depend only on the document and seed', () => {
    const alone = simulate(cycle);
    simulate(other);
    const afterAnother = simulate(cycle);
    expect(afterAnother).toEqual(alone);
    expect(simulate(cycle)).toEqual(alone);
  });

  it('always name a node of the diagram', () => {
    const r = simulate(cycle);
    expect(r.rootCauses.length).toBeGreaterThan(0);
    for (const root of r.rootCauses) expect(['a', 'b', 'x', 'y']).toContain(root.node);
  });
});

/**
 * Client 80 req/s → orders (4 workers, 30 ms, blocking) → payments (8 workers, 20 ms) →
 * payments-db (pool 20, 5 ms), no faults. Orders can serve about 50 req/s: it is the one
 * saturated, with a full backlog. Its workers wait on payments, which answers on time (at
 * most a few of its 8 workers busy) and calls an idle database.
 */
const ordersOverloaded = makeDoc(
  [
    { id: 'client', kind: 'client', rate: 80 },
    { id: 'orders', kind: 'service', workers: 4, serviceTime: { distribution: 'exponential', meanMs: 30 } },
    { id: 'payments', kind: 'service', workers: 8, serviceTime: { distribution: 'exponential', meanMs: 20 } },
    { id: 'payments-db', kind: 'database', pool: 20, latency: { distribution: 'exponential', meanMs: 5 } },
  ],
  [
    { id: 'client-orders', kind: 'rpc', source: 'client', target: 'orders', latencyMs: 5 },
    {
      id: 'orders-payments',
      kind: 'rpc',
      source: 'orders',
      target: 'payments',
      latencyMs: 5,
      timeoutMs: 500,
      retry: { maxAttempts: 3 },
    },
    { id: 'payments-to-db', kind: 'rpc', source: 'payments', target: 'payments-db', latencyMs: 5 },
  ],
  { durationS: 30 },
);

/**
 * Client 100 req/s → api (blocking, 8 workers, 30 ms, unlimited backlog) → dep, which hangs
 * from 5 s to 9 s. Api's backlog grows to hundreds while its workers wait on the hang; once
 * dep is back, api works through requests whose clients have already given up, for seconds.
 */
const backlogAfterHang = makeDoc(
  [
    { id: 'client', kind: 'client', rate: 100, arrival: 'constant' },
    {
      id: 'api',
      kind: 'service',
      workers: 8,
      backlogLimit: 'unlimited',
      serviceTime: { distribution: 'constant', meanMs: 30 },
    },
    { id: 'dep', kind: 'service', workers: 8, serviceTime: { distribution: 'constant', meanMs: 10 } },
  ],
  [
    { id: 'client-api', kind: 'rpc', source: 'client', target: 'api', latencyMs: 5, timeoutMs: 1000 },
    { id: 'api-dep', kind: 'rpc', source: 'api', target: 'dep', latencyMs: 5, timeoutMs: 1000 },
  ],
  {
    durationS: 20,
    faults: [{ id: 'hang', kind: 'crash', target: 'dep', startS: 5, durationS: 4, mode: 'hang' }],
  },
);

const failed = (r: ReturnType<typeof simulate>) => Object.values(r.clients).reduce((n, c) => n + c.failed, 0);

describe('blame names the real culprit', () => {
  it('a blocking service saturated by its own load is the cause, not the dependencies that answer on time', () => {
    const r = simulate(ordersOverloaded);
    expect(r.nodes.orders.maxBacklog).toBe(100);
    expect(failed(r)).toBeGreaterThan(500);
    // Every client failure is orders' own: turned away with a full backlog, or held in it too long.
    expect(r.rootCauses.map((c) => c.description)).toEqual([
      'orders (overloaded: backlog full)',
      'orders (overloaded: calls timed out)',
    ]);
    expect(r.rootCauses.reduce((n, c) => n + c.clientFailures, 0)).toBe(failed(r));
    expect(r.nodes.orders.role).toBe('cause');
    expect(r.nodes.payments.role).toBe('healthy');
    expect(r.nodes['payments-db'].role).toBe('healthy');
  });

  it('a dependency that has recovered is not blamed for the backlog its caller still works through', () => {
    const r = simulate(backlogAfterHang);
    const names = r.rootCauses.map((c) => c.description);
    // The hang's failures are the hang's; the backlog's afterwards are api's, never "dep overloaded".
    expect(names).toContain('dep (down: crash (hang) at 5.0 s)');
    expect(names).toContain('api (overloaded: calls timed out)');
    expect(r.rootCauses.filter((c) => c.node === 'dep' && c.fault === null)).toEqual([]);
    // The failures after the recovery (api's backlog drains until about 14 s) are api's.
    const late = r.series.filter((row) => row.t >= 10).reduce((n, row) => n + row.clients.client.failed, 0);
    expect(late).toBeGreaterThan(200);
    const api = r.rootCauses.find((c) => c.description === 'api (overloaded: calls timed out)');
    expect(api?.clientFailures).toBeGreaterThanOrEqual(late);
  });

  it('while a dependency hangs, the work its blocked caller turns away is rooted at the hang', () => {
    // Every product-page worker waits 2 s on the hang; the newest call is often still on the
    // wire (5 ms), heading into the hang: that is late too.
    const doc = makeDoc(
      [
        { id: 'shoppers', kind: 'client', rate: 50 },
        {
          id: 'product',
          kind: 'service',
          workers: 16,
          serviceTime: { distribution: 'exponential', meanMs: 20 },
        },
        {
          id: 'reviews',
          kind: 'service',
          workers: 8,
          serviceTime: { distribution: 'exponential', meanMs: 20 },
        },
      ],
      [
        {
          id: 'shoppers-product',
          kind: 'rpc',
          source: 'shoppers',
          target: 'product',
          latencyMs: 5,
          timeoutMs: 10_000,
        },
        {
          id: 'product-reviews',
          kind: 'rpc',
          source: 'product',
          target: 'reviews',
          latencyMs: 5,
          timeoutMs: 2000,
          fallback: true,
        },
      ],
      {
        durationS: 12,
        faults: [{ id: 'hang', kind: 'crash', target: 'reviews', startS: 2, durationS: 10, mode: 'hang' }],
      },
    );
    const r = simulate(doc);
    expect(r.clients.shoppers.failed).toBeGreaterThan(100);
    expect(r.rootCauses.map((c) => [c.description, c.clientFailures])).toEqual([
      ['reviews (down: crash (hang) at 2.0 s)', r.clients.shoppers.failed],
    ]);
    expect(r.nodes.product.role).not.toBe('cause');
  });

  it('a worker stuck on a hung dependency is not hidden by newer calls to one that answers', () => {
    // Orders calls inventory, then payments; payments hangs. The newest call from orders is
    // often to inventory, on time; most workers wait on payments all the same.
    const doc = makeDoc(
      [
        { id: 'client', kind: 'client', rate: 60 },
        {
          id: 'orders',
          kind: 'service',
          workers: 8,
          serviceTime: { distribution: 'exponential', meanMs: 10 },
        },
        {
          id: 'inventory',
          kind: 'service',
          workers: 8,
          serviceTime: { distribution: 'exponential', meanMs: 10 },
        },
        {
          id: 'payments',
          kind: 'service',
          workers: 8,
          serviceTime: { distribution: 'exponential', meanMs: 10 },
        },
      ],
      [
        {
          id: 'client-orders',
          kind: 'rpc',
          source: 'client',
          target: 'orders',
          latencyMs: 5,
          timeoutMs: 5000,
        },
        {
          id: 'orders-inventory',
          kind: 'rpc',
          source: 'orders',
          target: 'inventory',
          latencyMs: 5,
          timeoutMs: 1000,
        },
        {
          id: 'orders-payments',
          kind: 'rpc',
          source: 'orders',
          target: 'payments',
          latencyMs: 5,
          timeoutMs: 1000,
        },
      ],
      {
        durationS: 12,
        faults: [{ id: 'hang', kind: 'crash', target: 'payments', startS: 2, durationS: 10, mode: 'hang' }],
      },
    );
    const r = simulate(doc);
    expect(r.clients.client.failed).toBeGreaterThan(300);
    expect(r.rootCauses.map((c) => [c.description, c.clientFailures])).toEqual([
      ['payments (down: crash (hang) at 2.0 s)', r.clients.client.failed],
    ]);
  });

  it("work that spent most of its time in a backlog is the backlog holder's, even once it drained", () => {
    // Bursts of 9 into 2 workers, 110 ms each (10 ms of work, then a 100 ms call that is on
    // time): the 9th waits 440 ms and times out at 500 ms while its call is out, with one
    // worker idle and no backlog left.
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 4.5, arrival: 'burst', burstSize: 9 },
        { id: 's', kind: 'service', workers: 2, serviceTime: { distribution: 'constant', meanMs: 10 } },
        { id: 'dep', kind: 'service', workers: 8, serviceTime: { distribution: 'constant', meanMs: 100 } },
      ],
      [
        { id: 'c-s', kind: 'rpc', source: 'c', target: 's', timeoutMs: 500 },
        { id: 's-dep', kind: 'rpc', source: 's', target: 'dep', timeoutMs: 1000 },
      ],
      { durationS: 5 },
    );
    const r = simulate(doc);
    // One in each burst: the 9th.
    expect(r.clients.c.failed).toBeGreaterThan(0);
    expect(r.clients.c.failed * 9).toBe(r.clients.c.sent);
    expect(r.rootCauses.map((c) => [c.description, c.clientFailures])).toEqual([
      ['s (overloaded: calls timed out)', r.clients.c.failed],
    ]);
  });

  it('a timeout shorter than a healthy answer names the edge, not the idle node behind it', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 20, arrival: 'constant' },
        { id: 's', kind: 'service', workers: 8, serviceTime: { distribution: 'constant', meanMs: 50 } },
      ],
      [{ id: 'c-s', kind: 'rpc', source: 'c', target: 's', latencyMs: 1, timeoutMs: 30 }],
      { durationS: 2 },
    );
    const r = simulate(doc);
    expect(r.rootCauses).toEqual([
      {
        node: 'c-s',
        fault: null,
        description: 'c → s (timeout shorter than the answer takes)',
        clientFailures: r.clients.c.failed,
      },
    ]);
    expect(r.clients.c.failed).toBeGreaterThan(30);
    expect(r.nodes.s.role).toBe('healthy');
  });
  it('a call cycle is blamed on the edge that would go one hop too deep, not on a node', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 5 },
        { id: 'a', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 0 } },
        { id: 'b', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 0 } },
      ],
      [
        { id: 'c-a', kind: 'rpc', source: 'c', target: 'a' },
        { id: 'a-b', kind: 'rpc', source: 'a', target: 'b' },
        { id: 'b-a', kind: 'rpc', source: 'b', target: 'a' },
      ],
      { durationS: 2 },
    );
    const r = simulate(doc, { limits: { hopsPerRequest: 10 } });
    expect(r.clients.c.failed).toBeGreaterThan(0);
    expect(r.rootCauses.map((c) => [c.node, c.description, c.clientFailures])).toEqual([
      ['b-a', 'b → a (hop limit: a call cycle)', r.clients.c.failed],
    ]);
    expect([r.nodes.a.role, r.nodes.b.role]).toEqual(['healthy', 'healthy']);
  });
});

describe('live cause and victim marks', () => {
  it('describe the last second: they clear within a second of recovery', () => {
    // Payments refuses every call from 2 s to 4 s; orders fails because of it.
    const doc = makeDoc(
      [
        { id: 'client', kind: 'client', rate: 100, arrival: 'constant' },
        { id: 'orders', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 5 } },
        { id: 'payments', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 5 } },
      ],
      [
        { id: 'client-orders', kind: 'rpc', source: 'client', target: 'orders', latencyMs: 2 },
        { id: 'orders-payments', kind: 'rpc', source: 'orders', target: 'payments', latencyMs: 2 },
      ],
      { durationS: 8, faults: [{ id: 'crash', kind: 'crash', target: 'payments', startS: 2, durationS: 2 }] },
    );
    const sim = createSimulation(doc, { trackTransfers: false });
    const marks = (t: number) => {
      sim.runUntil(t);
      const nodes = sim.frame(0).nodes;
      return [nodes.payments.role, nodes.orders.role, nodes.orders.causeNode];
    };
    expect(marks(1900)).toEqual(['healthy', 'healthy', undefined]);
    expect(marks(3900)).toEqual(['cause', 'victim', 'payments']);
    // The last refusal is at 4 s, its failure back at the client a few ms later.
    expect(marks(4500)[0]).toBe('cause');
    expect(marks(5010)).toEqual(['healthy', 'healthy', undefined]);
    const r = sim.report();
    expect(r.series[4].clients.client.failed).toBeLessThan(5);
    // The report's roles are about the whole run.
    expect([r.nodes.payments.role, r.nodes.orders.role]).toEqual(['cause', 'victim']);
  });
});
