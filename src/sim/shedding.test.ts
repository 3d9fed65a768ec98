import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { simulate } from './index';

const constant = { distribution: 'constant', meanMs: 10 };

/** 150 req/s against one worker serving 100/s: a backlog that only grows. */
const overloaded = (service: Record<string, unknown>, edge: Record<string, unknown> = {}) =>
  simulate(
    clientService(
      { rate: 150, arrival: 'constant' },
      { workers: 1, backlogLimit: 'unlimited', serviceTime: constant, ...service },
      { timeoutMs: 3_600_000, ...edge },
      { durationS: 20 },
    ),
  );

describe('backlog order and maximum wait', () => {
  it('sheds work that waited longer than the maximum, before any work is spent on it', () => {
    const r = overloaded({ maxWaitMs: 50 });
    const s = r.nodes.s;
    expect(s.failedBy.shed).toBeGreaterThan(900);
    // Every served request started within the maximum wait…
    expect(s.longestWaitMs).toBeLessThanOrEqual(50);
    expect(s.longestWaitMs).toBeGreaterThan(40);
    // …and the worker's time went to served requests only: ~100 served per second.
    expect(s.ok).toBeGreaterThan(1950);
    expect(s.ok + s.failed).toBeLessThanOrEqual(s.received);
    expect(r.clients.c.failedBy.shed).toBe(s.failedBy.shed);
    expect(r.rootCauses[0]).toMatchObject({ node: 's', fault: null });
  });

  it('LIFO without a maximum wait starves the oldest: served ones wait little, the rest are still waiting at the end', () => {
    const r = overloaded({ backlogOrder: 'lifo' });
    const s = r.nodes.s;
    expect(s.failedBy.shed).toBeUndefined();
    expect(s.longestWaitMs).toBeLessThan(20);
    expect(s.received - s.ok - s.failed).toBeGreaterThan(900);
  });

  it('LIFO serves the newest request first, so the fresh ones are quick while old ones wait', () => {
    const fifo = overloaded({});
    const lifo = overloaded({ backlogOrder: 'lifo' });
    expect(fifo.nodes.s.ok).toBe(lifo.nodes.s.ok);
    // FIFO: every answer waits behind the whole backlog; LIFO: most answers wait one service time.
    expect(fifo.nodes.s.latencyMs.p50).toBeGreaterThan(3000);
    expect(lifo.nodes.s.latencyMs.p50).toBeLessThan(30);
  });

  it('LIFO with a maximum wait: old requests are shed, fresh ones served, no answer later than the maximum', () => {
    const r = overloaded({ backlogOrder: 'lifo', maxWaitMs: 200 });
    expect(r.nodes.s.failedBy.shed).toBeGreaterThan(900);
    expect(r.nodes.s.longestWaitMs).toBeLessThanOrEqual(200);
    expect(r.nodes.s.latencyMs.p99).toBeLessThan(230);
  });

  it('a shed request is retried like any failure', () => {
    const r = overloaded({ maxWaitMs: 50 }, { retry: { maxAttempts: 2, backoff: 'none' } });
    expect(r.edges['c-s'].retries).toBeGreaterThan(0);
    expect(r.edges['c-s'].failedBy.shed).toBeGreaterThan(0);
  });

  it('leaves the report of a node without a backlog rule as it was', () => {
    const r = overloaded({});
    expect(r.nodes.s).not.toHaveProperty('longestWaitMs');
  });
});

describe('the root of a shed request', () => {
  it('is the overloaded node itself, described as shedding', () => {
    const r = overloaded({ maxWaitMs: 50 });
    expect(r.rootCauses.map((c) => c.description)).toEqual([
      's (overloaded: shedding requests that waited too long)',
    ]);
    expect(r.nodes.s.role).toBe('cause');
  });

  it("is the hung dependency that holds the node's workers, as for a rejection", () => {
    const r = simulate(
      makeDoc(
        [
          { id: 'c', kind: 'client', rate: 100, arrival: 'constant' },
          {
            id: 'api',
            kind: 'service',
            workers: 4,
            backlogLimit: 'unlimited',
            maxWaitMs: 100,
            serviceTime: constant,
          },
          { id: 'dep', kind: 'service', workers: 8, serviceTime: constant },
        ],
        [
          { id: 'c-api', kind: 'rpc', source: 'c', target: 'api', timeoutMs: 5000 },
          { id: 'api-dep', kind: 'rpc', source: 'api', target: 'dep', timeoutMs: 2000 },
        ],
        {
          durationS: 10,
          faults: [{ id: 'hang', kind: 'crash', target: 'dep', startS: 2, durationS: 4, mode: 'hang' }],
        },
      ),
    );
    expect(r.nodes.api.failedBy.shed).toBeGreaterThan(100);
    // The shed requests are the hang's failures: api is its victim, not a cause of its own.
    expect(r.rootCauses.map((c) => c.description)).not.toContain(
      'api (overloaded: shedding requests that waited too long)',
    );
    expect(r.rootCauses[0].description).toBe('dep (down: crash (hang) at 2.0 s)');
    expect(r.nodes.api.role).toBe('victim');
  });
});
