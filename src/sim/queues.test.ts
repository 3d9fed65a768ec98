import { describe, expect, it } from 'vitest';
import { makeDoc } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

/** client → producer → queue → consumer(s). */
function queueDoc(opts: {
  queue?: Record<string, unknown>;
  consumer?: Record<string, unknown>;
  consumers?: number;
  client?: Record<string, unknown>;
  scenario?: Record<string, unknown>;
}) {
  const consumers = opts.consumers ?? 1;
  const nodes: Record<string, unknown>[] = [
    { id: 'c', kind: 'client', rate: 50, ...opts.client },
    { id: 'p', kind: 'service', serviceTime: constant(1) },
    { id: 'q', kind: 'queue', ...opts.queue },
  ];
  const edges: Record<string, unknown>[] = [
    { id: 'c-p', kind: 'rpc', source: 'c', target: 'p' },
    { id: 'p-q', kind: 'async', source: 'p', target: 'q' },
  ];
  for (let i = 1; i <= consumers; i++) {
    nodes.push({ id: `w${i}`, kind: 'service', serviceTime: constant(10), ...opts.consumer });
    edges.push({ id: `q-w${i}`, kind: 'async', source: 'q', target: `w${i}` });
  }
  return makeDoc(nodes, edges, { durationS: 20, ...opts.scenario });
}

describe('queues', () => {
  it('accept at publish and complete when the message is processed (push)', () => {
    const r = simulate(queueDoc({}));
    const c = r.clients.c;
    expect(c.failed).toBe(0);
    expect(c.accepted).toBe(c.ok);
    expect(c.completed).toBeGreaterThan(c.accepted - 5);
    expect(c.completionMs.p50).toBeCloseTo(11, 0);
    expect(r.queues.q.acked).toBe(r.queues.q.published - r.queues.q.finalDepth);
    expect(r.conservation.holds).toBe(true);
  });

  it('count deliveries as calls of the consume edge: acked ones succeed, the rest fail by cause', () => {
    const r = simulate(
      queueDoc({
        consumer: { errorRate: 0.3 },
        queue: { maxAttempts: 3 },
        scenario: { seed: 7 },
      }),
    );
    const q = r.queues.q;
    const e = r.edges['q-w1'];
    expect(e.calls).toBe(q.delivered);
    expect(e.ok).toBe(q.acked);
    expect(e.failed).toBe(q.redelivered + q.deadLettered);
    expect(e.failed).toBeGreaterThan(0);
    expect(e.failedBy.injectedError).toBe(e.failed);
    expect(e.calls - e.ok - e.failed).toBeLessThanOrEqual(1); // at most the one delivery in flight
  });

  it('count an ack timeout as a failed delivery by timeout', () => {
    const r = simulate(
      queueDoc({ consumer: { serviceTime: constant(300) }, queue: { ackTimeoutMs: 100, maxAttempts: 2 } }),
    );
    const e = r.edges['q-w1'];
    expect(e.failed).toBeGreaterThan(0);
    expect(e.failedBy.timeout).toBe(e.failed);
  });

  it('poison messages fail every delivery, at every subscriber, and are dead-lettered', () => {
    const r = simulate(
      queueDoc({ consumers: 2, queue: { poisonRate: 0.1, maxAttempts: 2 }, scenario: { seed: 3 } }),
    );
    const q = r.queues.q;
    const poison = q.deadLettered / 2; // one copy per subscriber
    expect(Number.isInteger(poison)).toBe(true);
    expect(poison).toBeGreaterThan(0.05 * q.published);
    expect(poison).toBeLessThan(0.15 * q.published);
    for (const e of ['q-w1', 'q-w2']) expect(r.edges[e].failedBy.poisonMessage).toBe(r.edges[e].failed);
    expect(r.nodes.w1.failedBy.poisonMessage).toBeGreaterThanOrEqual(2 * (q.deadLettered / 2) - 2);
    expect(r.conservation.holds).toBe(true);
  });

  it('fan-out puts a copy on every subscription; completion waits for all copies', () => {
    const r = simulate(queueDoc({ consumers: 2, consumer: { serviceTime: constant(10) } }));
    expect(r.nodes.w1.received).toBe(r.queues.q.published);
    expect(r.nodes.w2.received).toBe(r.queues.q.published);
    expect(r.conservation.messages.created).toBe(2 * r.queues.q.published);
  });

  it('competing consumers share one subscription across instances and workers', () => {
    const r = simulate(
      queueDoc({
        client: { rate: 200, arrival: 'constant' },
        consumer: { instances: 2, workers: 1, serviceTime: constant(8) },
      }),
    );
    // One worker would manage 125/s; two instances together keep up with 200/s.
    expect(r.queues.q.maxDepth).toBeLessThan(5);
    expect(r.nodes.w1.utilization).toBeCloseTo(0.8, 1);
  });

  it('redeliver failed messages and dead-letter them after maxAttempts', () => {
    const r = simulate(
      queueDoc({ queue: { maxAttempts: 3 }, consumer: { errorRate: 1 }, scenario: { durationS: 5 } }),
    );
    const q = r.queues.q;
    expect(q.deadLettered).toBeGreaterThan(200);
    const live = r.conservation.messages.inFlight + r.conservation.messages.waiting;
    // Every dead letter was delivered exactly three times; live messages at most three times.
    expect(q.delivered).toBeGreaterThanOrEqual(3 * q.deadLettered);
    expect(q.delivered).toBeLessThanOrEqual(3 * (q.deadLettered + live));
    expect(q.redelivered).toBeGreaterThanOrEqual(2 * q.deadLettered);
    expect(q.acked).toBe(0);
    expect(r.clients.c.completed).toBe(0);
    // The requests whose message was dead-lettered never complete.
    expect(r.conservation.requests.deadLettered).toBe(q.deadLettered);
    expect(r.conservation.holds).toBe(true);
  });

  it('redeliver a message whose ack does not come within the ack timeout', () => {
    const r = simulate(
      queueDoc({
        queue: { ackTimeoutMs: 50, maxAttempts: 2 },
        consumer: { workers: 50, serviceTime: constant(80) },
        scenario: { durationS: 5 },
      }),
    );
    expect(r.queues.q.redelivered).toBeGreaterThan(200);
    expect(r.queues.q.deadLettered).toBeGreaterThan(200);
    expect(r.queues.q.acked).toBe(0);
  });

  it('expire messages past their time-to-live while the consumer is down', () => {
    const r = simulate(
      queueDoc({
        queue: { ttlS: 2 },
        scenario: {
          durationS: 20,
          faults: [{ id: 'down', kind: 'crash', target: 'w1', startS: 5, durationS: 5 }],
        },
      }),
    );
    // Messages published in [5, 8) s expire; the last 2 s of the outage are delivered on return.
    expect(r.queues.q.expired).toBeGreaterThan(120);
    expect(r.queues.q.expired).toBeLessThan(180);
    expect(r.queues.q.deadLettered).toBe(r.queues.q.expired);
  });

  it('a consumer that is down does not pull: messages wait, no attempts burned', () => {
    const r = simulate(
      queueDoc({
        queue: { maxAttempts: 1 },
        scenario: {
          durationS: 30,
          faults: [{ id: 'down', kind: 'redeploy', target: 'w1', startS: 5, durationS: 10 }],
        },
      }),
    );
    expect(r.queues.q.deadLettered).toBe(0);
    expect(r.queues.q.maxDepth).toBeGreaterThan(400);
    expect(r.queues.q.maxAgeMs).toBeGreaterThan(9000);
    expect(r.clients.c.failed).toBe(0);
  });

  it('refuse publishes when the queue is full or down, failing the publisher', () => {
    const full = simulate(
      queueDoc({
        queue: { capacity: 100 },
        scenario: { faults: [{ id: 'down', kind: 'crash', target: 'w1', startS: 5, durationS: 10 }] },
      }),
    );
    expect(full.queues.q.rejected).toBeGreaterThan(300);
    expect(full.clients.c.failedBy.queueFull).toBe(full.queues.q.rejected);
    expect(full.queues.q.maxDepth).toBe(100);
    const down = simulate(
      queueDoc({
        scenario: { faults: [{ id: 'qdown', kind: 'crash', target: 'q', startS: 5, durationS: 5 }] },
      }),
    );
    expect(down.clients.c.failedBy.refused).toBeGreaterThan(200);
    expect(down.rootCauses[0]).toMatchObject({ node: 'q', fault: 'qdown' });
  });

  it('poll: each poll costs the polled service; completion is learned by the first poll after it', () => {
    const push = simulate(queueDoc({ client: { completion: 'push' } }));
    const poll = simulate(queueDoc({ client: { completion: 'poll', pollIntervalS: 1 } }));
    expect(push.clients.c.polls).toBe(0);
    expect(poll.clients.c.polls).toBeGreaterThan(0.9 * poll.clients.c.accepted);
    // Polls are real requests to the producer.
    expect(poll.nodes.p.received).toBe(poll.clients.c.sent + poll.clients.c.polls);
    expect(poll.clients.c.completionMs.mean).toBeGreaterThan(900);
    expect(push.clients.c.completionMs.mean).toBeLessThan(50);
  });
});

describe('queue log', () => {
  it('groups dead letters per second in the log', () => {
    const doc = queueDoc({
      queue: { maxAttempts: 2 },
      consumer: { errorRate: 1 },
      scenario: { durationS: 3 },
    });
    const sim = createSimulation(doc);
    sim.runToEnd();
    const lines = sim.log().filter((l) => l.kind === 'deadLetter');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0].text).toMatch(/^q: \d+ messages dead-lettered$/);
  });
});
