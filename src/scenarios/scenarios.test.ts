/**
 * Each built-in scenario's claim (docs/scenarios.md), checked through the engine for the
 * scenario's own seed and two others: a lesson must hold for any seed, not a lucky one.
 * The two lessons are checked in full, over several seeds, in src/testing/validation/lessons.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { clientSum, failedShare, mean, nodeSeries, rows, runScenario } from './scenarioRuns';

const SEEDS = [undefined, 7, 42];

describe.each(SEEDS)('built-in scenario claims (seed %s)', (seed) => {
  it('rpc-chain-redeploy: requests fail while payments restarts, and only then', () => {
    const r = runScenario('rpc-chain-redeploy', seed);
    expect(failedShare(r, 'client', 20, 30)).toBeGreaterThanOrEqual(0.95);
    expect(failedShare(r, 'client', 31, 60)).toBeLessThan(0.01);
  });

  it('queue-redeploy: no request fails, the queue absorbs the outage and drains', () => {
    const r = runScenario('queue-redeploy', seed);
    expect(r.clients.client.failed).toBe(0);
    expect(r.queues['payments-queue'].maxDepth).toBeGreaterThan(400);
    expect(r.queues['payments-queue'].deadLettered).toBe(0);
  });

  it('hang-vs-refuse: refusal fails fast, a hang exhausts the caller, a short timeout saves it', () => {
    const r = runScenario('hang-vs-refuse', seed);
    // Refuse: orders hears "no" at once and stays mostly idle.
    expect(failedShare(r, 'refuse-client', 20, 30)).toBeGreaterThanOrEqual(0.95);
    expect(Math.max(...nodeSeries(r, 'refuse-orders', 'utilization', 20, 30))).toBeLessThan(0.4);
    // Hang with a 3 s timeout: every orders worker waits, and requests are turned away.
    for (const u of nodeSeries(r, 'hang-orders', 'utilization', 21, 30))
      expect(u).toBeGreaterThanOrEqual(0.99);
    expect(r.clients['hang-client'].failedBy.rejected).toBeGreaterThan(100);
    expect(r.clients['hang-client'].latencyMs.p99).toBeGreaterThan(3000);
    // Hang with a 200 ms timeout: never all workers stuck, nothing rejected.
    expect(Math.max(...nodeSeries(r, 'short-orders', 'utilization', 20, 30))).toBeLessThan(0.99);
    expect(r.clients['short-client'].failedBy.rejected ?? 0).toBe(0);
    expect(r.clients['short-client'].latencyMs.p99).toBeLessThan(500);
    // However busy or stuck, orders is a victim in all three: payments is the cause.
    for (const chain of ['refuse', 'hang', 'short']) {
      expect(r.nodes[`${chain}-orders`].role).toBe('victim');
      expect(r.nodes[`${chain}-payments`].role).toBe('cause');
    }
  });

  it('retry-storm: goodput stays under 5 % after the slowdown ends (metastable)', () => {
    const r = runScenario('retry-storm', seed);
    expect(clientSum(r, 'clients', 'ok', 20, 60) / clientSum(r, 'clients', 'sent', 20, 60)).toBeLessThan(
      0.05,
    );
    // Not for lack of work: the api is busy all along, on requests nobody waits for any more.
    expect(mean(nodeSeries(r, 'api', 'utilization', 20, 60))).toBeGreaterThan(0.95);
  });

  it('retry-storm-fixed: the circuit breaker ends the storm and goodput recovers', () => {
    const r = runScenario('retry-storm-fixed', seed);
    expect(r.edges['clients-api'].breakerOpened).toBeGreaterThanOrEqual(1);
    expect(r.edges['clients-api'].breaker).toBe('closed');
    expect(clientSum(r, 'clients', 'ok', 30, 60) / clientSum(r, 'clients', 'sent', 30, 60)).toBeGreaterThan(
      0.95,
    );
  });

  it('backoff-jitter: retries at once multiply the load and fail; backoff spreads them and fails fewer', () => {
    const r = runScenario('backoff-jitter', seed);
    const eagerSent = clientSum(r, 'eager-client', 'sent', 20, 25);
    const eagerAttempts = nodeSeries(r, 'eager-service', 'received', 20, 25).reduce((a, b) => a + b, 0);
    expect(eagerAttempts).toBeGreaterThan(4.5 * eagerSent);
    expect(failedShare(r, 'eager-client', 20, 25)).toBeGreaterThan(0.95);
    // The spaced client's load ramps up instead of jumping…
    const [eagerFirst] = nodeSeries(r, 'eager-service', 'received', 20, 21);
    const [patientFirst] = nodeSeries(r, 'patient-service', 'received', 20, 21);
    expect(patientFirst).toBeLessThan(0.6 * eagerFirst);
    // …and far fewer of its requests fail in the end.
    expect(r.clients['patient-client'].failed).toBeLessThan(0.5 * r.clients['eager-client'].failed);
  });

  it('circuit-breaker: the open breaker keeps the caller free and its pages served', () => {
    const r = runScenario('circuit-breaker', seed);
    for (const u of nodeSeries(r, 'plain-product', 'utilization', 22, 35))
      expect(u).toBeGreaterThanOrEqual(0.99);
    expect(mean(nodeSeries(r, 'guarded-product', 'utilization', 24, 35))).toBeLessThan(0.35);
    expect(failedShare(r, 'plain-client', 22, 36)).toBeGreaterThan(0.3);
    expect(failedShare(r, 'guarded-client', 20, 36)).toBeLessThan(0.03);
    expect(r.edges['guarded-product-reviews'].breakerOpened).toBeGreaterThanOrEqual(1);
    expect(r.edges['guarded-product-reviews'].breaker).toBe('closed');
  });

  it('bulkhead: a shared pool fails pages while recommendations is slow; the bulkhead keeps them', () => {
    const r = runScenario('bulkhead', seed);
    expect(failedShare(r, 'shared-client', 22, 35)).toBeGreaterThan(0.5);
    expect(failedShare(r, 'walled-client', 20, 40)).toBeLessThan(0.02);
    expect(Math.max(...nodeSeries(r, 'walled-frontend', 'utilization', 20, 35))).toBeLessThan(0.9);
    expect(r.nodes['walled-bulkhead'].rejected).toBeGreaterThan(500);
  });

  it('load-shedding: the bounded queue refuses the excess and stays fast; the unbounded one grows and is late', () => {
    const r = runScenario('load-shedding', seed);
    const bounded = r.queues['bounded-queue'];
    const unbounded = r.queues['unbounded-queue'];
    expect(bounded.maxDepth).toBeLessThanOrEqual(100);
    expect(bounded.rejected).toBeGreaterThan(300);
    expect(r.clients['bounded-client'].failedBy).toEqual({ queueFull: r.clients['bounded-client'].failed });
    expect(r.clients['bounded-client'].completionMs.p99).toBeLessThan(2500);
    expect(r.clients['unbounded-client'].failed).toBe(0);
    expect(unbounded.maxDepth).toBeGreaterThan(400);
    expect(unbounded.maxAgeMs).toBeGreaterThan(5000);
    expect(r.clients['unbounded-client'].completionMs.p99).toBeGreaterThan(5000);
  });

  it('poison-messages: about 2 % of messages are dead-lettered after 3 failed deliveries each, all through the run; nothing else fails', () => {
    const r = runScenario('poison-messages', seed);
    const q = r.queues['payments-queue'];
    expect(q.deadLettered).toBeGreaterThan(0.01 * q.published);
    expect(q.deadLettered).toBeLessThan(0.035 * q.published);
    // Three deliveries each: two redeliveries per dead letter (and a few for poison still on its way).
    expect(q.redelivered - 2 * q.deadLettered).toBeGreaterThanOrEqual(0);
    expect(q.redelivered - 2 * q.deadLettered).toBeLessThanOrEqual(4);
    const deadIn = (from: number, to: number) =>
      rows(r, from, to).reduce((n, row) => n + row.queues['payments-queue'].deadLettered, 0);
    expect(deadIn(0, 22)).toBeGreaterThan(0);
    expect(deadIn(23, 45)).toBeGreaterThan(0);
    const consume = r.edges['payments-consume'];
    expect(consume.failedBy.poisonMessage).toBe(consume.failed);
    expect(r.nodes.payments.failedBy.poisonMessage).toBe(consume.failed);
    expect(q.maxDepth).toBeLessThan(50);
    expect(r.clients.client.failed).toBe(0);
  });

  it('fan-out: two subscribers keep their pace while the third is down; it catches up; every order completes', () => {
    const r = runScenario('fan-out', seed);
    const sent = clientSum(r, 'client', 'sent', 20, 30);
    for (const node of ['email', 'inventory']) {
      const received = nodeSeries(r, node, 'received', 20, 30).reduce((a, b) => a + b, 0);
      expect(received / sent).toBeGreaterThan(0.9);
    }
    expect(Math.max(...nodeSeries(r, 'analytics', 'received', 21, 30))).toBe(0);
    // By the end each subscriber has handled every event but the last few still on their way.
    const published = r.queues['order-events'].published;
    for (const node of ['email', 'inventory', 'analytics'])
      expect(published - r.nodes[node].ok).toBeLessThan(10);
    expect(r.clients.client.failed).toBe(0);
    expect(r.clients.client.completionMs.p99).toBeGreaterThan(5000);
    expect(r.queues['order-events'].maxDepth).toBeGreaterThan(400);
  });

  it('poll-vs-push: polling multiplies the requests the api serves and learns of completion later', () => {
    const r = runScenario('poll-vs-push', seed);
    const poll = r.clients['poll-client'];
    const push = r.clients['push-client'];
    expect(poll.polls).toBeGreaterThanOrEqual(poll.completed);
    expect(r.nodes['poll-api'].received).toBeGreaterThan(2 * r.nodes['push-api'].received);
    expect(push.polls).toBe(0);
    expect(r.nodes['push-api'].received).toBe(push.sent);
    expect(poll.completionMs.mean).toBeGreaterThan(push.completionMs.mean + 200);
  });

  it('rolling-redeploy: one instance is an outage; three lose only the health-check seconds', () => {
    const r = runScenario('rolling-redeploy', seed);
    expect(failedShare(r, 'single-client', 20, 30)).toBeGreaterThanOrEqual(0.95);
    const tripleFailed = clientSum(r, 'triple-client', 'failed', 20, 51);
    expect(tripleFailed).toBeGreaterThan(0);
    expect(tripleFailed / clientSum(r, 'triple-client', 'sent', 20, 50)).toBeLessThan(0.05);
    // Failures only in the first second of each instance's restart (20 s, 30 s, 40 s), give or take a reply's trip.
    for (const row of rows(r, 0, 60)) {
      if (row.clients['triple-client'].failed > 0) expect([20, 21, 30, 31, 40, 41]).toContain(row.t);
    }
  });
});
