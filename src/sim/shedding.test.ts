import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
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
