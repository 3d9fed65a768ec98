import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import { queueRedeploy } from '../scenarios/queueRedeploy';
import { rpcChainRedeploy } from '../scenarios/rpcChainRedeploy';
import { createSimulation, simulate } from './index';
import { clientService, makeDoc } from './testDocs';

function lesson(stored: unknown) {
  const parsed = parseDocument(stored);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.doc;
}

describe('the lesson scenarios (one seed)', () => {
  it('RPC chain under redeploy: failures during the outage, rooted at payments; orders a victim', () => {
    const sim = createSimulation(lesson(rpcChainRedeploy));
    sim.runToEnd();
    const r = sim.report();
    const during = r.series.filter((row) => row.t >= 20.5 && row.t < 29.5);
    const failedDuring = during.reduce((n, row) => n + row.clients.client.failed, 0);
    const sentDuring = during.reduce((n, row) => n + row.clients.client.sent, 0);
    expect(failedDuring / sentDuring).toBeGreaterThan(0.95);
    const outside = r.series.filter((row) => row.t < 19 || row.t >= 31);
    const failedOutside = outside.reduce((n, row) => n + row.clients.client.failed, 0);
    expect(failedOutside).toBe(0);
    expect(r.nodes.orders.role).toBe('victim');
    expect(r.nodes.payments.role).toBe('cause');
    expect(r.rootCauses).toHaveLength(1);
    expect(r.rootCauses[0]).toMatchObject({ node: 'payments', fault: 'redeploy-payments' });
    expect(r.rootCauses[0].description).toBe('payments (down: redeploy at 20.0 s)');
    const texts = sim.log().map((l) => l.text);
    expect(texts).toContain('payments restarting (redeploy)');
    expect(
      texts.some((t) => /^orders → payments: connection refused — \d+ client requests failed$/.test(t)),
    ).toBe(true);
    expect(r.conservation.holds).toBe(true);
  });

  it('the same with a queue: nothing fails, the queue fills to ~500 and drains, everything completes', () => {
    const r = simulate(lesson(queueRedeploy));
    const c = r.clients.client;
    expect(c.failed).toBe(0);
    expect(c.accepted).toBe(c.ok);
    const q = r.queues['payments-queue'];
    expect(q.maxDepth).toBeGreaterThan(400);
    expect(q.maxDepth).toBeLessThan(600);
    const peak = r.series.reduce((best, row) =>
      row.queues['payments-queue'].depth > best.queues['payments-queue'].depth ? row : best,
    );
    expect(peak.t).toBeGreaterThanOrEqual(28);
    expect(peak.t).toBeLessThanOrEqual(31);
    const drained = r.series.find((row) => row.t >= 30 && row.queues['payments-queue'].depth < 10);
    expect(drained!.t).toBeLessThanOrEqual(35);
    expect(q.deadLettered).toBe(0);
    // Everything sent more than a second before the end has completed.
    const late = r.series.filter((row) => row.t >= 59).reduce((n, row) => n + row.clients.client.sent, 0);
    expect(c.completed).toBeGreaterThanOrEqual(c.accepted - late);
    expect(c.completionMs.p99).toBeGreaterThan(8000);
    expect(c.completionMs.p99).toBeLessThan(11_000);
    expect(r.conservation.holds).toBe(true);
  });
});

describe('determinism', () => {
  it('the same document and seed give the same event log hash; another seed does not', () => {
    const doc = lesson(rpcChainRedeploy);
    const a = simulate(doc);
    const b = simulate(doc);
    const c = simulate(doc, { seed: 2 });
    expect(a.eventLogHash).toBe(b.eventLogHash);
    expect(a).toEqual(b);
    expect(c.eventLogHash).not.toBe(a.eventLogHash);
  });

  it('adding an unrelated node does not change the draws of the others', () => {
    const base = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 50 },
        { id: 's', kind: 'service' },
      ],
      [{ id: 'c-s', kind: 'rpc', source: 'c', target: 's' }],
      { durationS: 20 },
    );
    const more = makeDoc(
      [
        { id: 'c2', kind: 'client', rate: 70 },
        { id: 'c', kind: 'client', rate: 50 },
        { id: 'x', kind: 'service' },
        { id: 's', kind: 'service' },
      ],
      [
        { id: 'c2-x', kind: 'rpc', source: 'c2', target: 'x' },
        { id: 'c-s', kind: 'rpc', source: 'c', target: 's' },
      ],
      { durationS: 20 },
    );
    expect(simulate(more).clients.c).toEqual(simulate(base).clients.c);
    expect(simulate(more).nodes.s).toEqual(simulate(base).nodes.s);
  });
});

describe('checkpoint and restore', () => {
  it('restoring a checkpoint and running forward reproduces the straight run exactly', () => {
    const doc = lesson(queueRedeploy);
    const straight = createSimulation(doc);
    straight.runUntil(27_345);
    const frameStraight = straight.frame(500);
    straight.runToEnd();
    const sim = createSimulation(doc);
    sim.runUntil(15_000);
    const cp = sim.checkpoint();
    const copy = structuredClone(cp);
    sim.runUntil(40_000); // Move on, then go back.
    sim.restore(copy);
    expect(sim.now()).toBe(15_000);
    sim.runUntil(27_345);
    expect(sim.frame(500)).toEqual(frameStraight);
    sim.runToEnd();
    expect(sim.report()).toEqual(straight.report());
    expect(sim.log()).toEqual(straight.log());
  });
});

describe('frame and log', () => {
  it('frame shows transfers in flight, sampled to the budget, with live node state', () => {
    const doc = clientService(
      { rate: 500 },
      { workers: 200, serviceTime: { distribution: 'constant', meanMs: 50 } },
      { latencyMs: 40 },
      { durationS: 5 },
    );
    const sim = createSimulation(doc);
    sim.runUntil(2000);
    const all = sim.frame(100_000);
    expect(all.perDot).toBe(1);
    // ~500/s × 40 ms each way: about 20 requests and 20 replies on the wire.
    expect(all.transfers.length).toBeGreaterThan(20);
    expect(all.transfers.length).toBeLessThan(70);
    for (const t of all.transfers) {
      expect(t.startMs).toBeLessThanOrEqual(2000);
      expect(t.endMs).toBeGreaterThan(2000);
      expect(t.kind === 'request' ? [t.from, t.to] : [t.to, t.from]).toEqual(['c', 's']);
    }
    const few = sim.frame(10);
    expect(few.transfers.length).toBeLessThanOrEqual(10);
    expect(few.perDot).toBeCloseTo(all.transfers.length / 10, 5);
    expect(all.nodes.s.busy).toBeGreaterThan(10);
    expect(all.nodes.s.workers).toBe(200);
    expect(all.edges['c-s'].callsPerS).toBeGreaterThan(400);
  });

  it('flashes failures of the last 500 ms and marks cause and victim', () => {
    const sim = createSimulation(lesson(rpcChainRedeploy));
    sim.runUntil(22_000);
    const f = sim.frame();
    expect(f.flashes.length).toBeGreaterThan(0);
    expect(f.flashes.every((x) => x.atMs > 21_500)).toBe(true);
    expect(f.nodes.payments.role).toBe('cause');
    expect(f.nodes.orders.role).toBe('victim');
    expect(f.nodes.orders.causeNode).toBe('payments');
    expect(f.nodes.payments.health).toBe('restarting');
    sim.runUntil(40_000);
    expect(sim.frame().nodes.orders.role).toBe('healthy');
  });

  it('log(from) returns the entries from an index on, ending with "finished"', () => {
    const sim = createSimulation(lesson(rpcChainRedeploy));
    sim.runToEnd();
    const all = sim.log();
    expect(sim.log(2)).toEqual(all.slice(2));
    expect(all[all.length - 1].kind).toBe('finished');
    expect(all.length).toBeLessThan(100);
  });
});

describe('guard rails', () => {
  it('a huge rate stops at the events-per-run limit with partial metrics', () => {
    const doc = clientService(
      { rate: 1_000_000 },
      { workers: 10_000, serviceTime: { distribution: 'constant', meanMs: 0 } },
      {},
      { durationS: 60 },
    );
    const sim = createSimulation(doc, { limits: { eventsPerRun: 200_000 } });
    const status = sim.runToEnd();
    expect(status).toEqual({ state: 'stopped', reason: 'stopped: events per run limit (200000)' });
    const r = sim.report();
    expect(r.status).toBe('stopped: events per run limit (200000)');
    expect(r.clients.c.sent).toBeGreaterThan(10_000);
    expect(r.conservation.holds).toBe(true);
    expect(sim.log().some((l) => l.kind === 'limit')).toBe(true);
  });

  it('too many events at one instant stop the run with that limit', () => {
    const doc = clientService(
      { rate: 5000, arrival: 'burst', burstSize: 5000 },
      { workers: 10_000, serviceTime: { distribution: 'constant', meanMs: 0 } },
      {},
      { durationS: 10 },
    );
    const r = simulate(doc, { limits: { eventsPerInstant: 1000 } });
    expect(r.status).toMatch(/^stopped: events at one instant limit \(1000 at \d+\.\d{3} s\)$/);
    expect(r.conservation.holds).toBe(true);
  });

  it('requests piling up stop at the in-flight limit', () => {
    const doc = clientService(
      { rate: 10_000 },
      { workers: 1, backlogLimit: 'unlimited', serviceTime: { distribution: 'constant', meanMs: 100 } },
      { timeoutMs: 0 },
      { durationS: 60 },
    );
    const r = simulate(doc, { limits: { inFlight: 5000 } });
    expect(r.status).toBe('stopped: requests in flight limit (5000)');
  });

  it('zero service times and zero latencies in a cycle cannot stall the clock', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 1000 },
        { id: 'a', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 0 } },
        { id: 'b', kind: 'service', serviceTime: { distribution: 'constant', meanMs: 0 } },
      ],
      [
        { id: 'c-a', kind: 'rpc', source: 'c', target: 'a', retry: { maxAttempts: 100, backoff: 'none' } },
        { id: 'a-b', kind: 'rpc', source: 'a', target: 'b', retry: { maxAttempts: 100, backoff: 'none' } },
        { id: 'b-a', kind: 'rpc', source: 'b', target: 'a', retry: { maxAttempts: 100, backoff: 'none' } },
      ],
      { durationS: 10 },
    );
    const r = simulate(doc, { limits: { eventsPerRun: 500_000 } });
    expect(r.status.startsWith('stopped') || r.status === 'finished').toBe(true);
    expect(r.conservation.holds).toBe(true);
  });
});
