import { describe, expect, it } from 'vitest';
import { clientService } from '../testing/testDocs';
import { createSimulation, simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

describe('closed-loop users', () => {
  it('each user sends, waits for the reply, thinks, sends again', () => {
    // 100 ms of service and 100 ms of thinking: each user sends every 200 ms, 5 a second.
    const doc = clientService(
      { loop: 'closed', users: 4, thinkTime: constant(100) },
      { workers: 10, serviceTime: constant(100) },
      {},
      { durationS: 10 },
    );
    const r = simulate(doc);
    expect(r.clients.c.sent).toBe(4 * 50);
    expect(r.clients.c.closedLoop).toMatchObject({ users: 4, thinkTimeMs: 100 });
    expect(r.clients.c.closedLoop?.throughputPerS).toBeCloseTo(20, 0);
  });

  it('a slow service slows its own users down: they never have more than N requests in flight', () => {
    const doc = clientService(
      { loop: 'closed', users: 3, thinkTime: constant(0) },
      { workers: 1, backlogLimit: 'unlimited', serviceTime: constant(100) },
      {},
      { durationS: 10 },
    );
    const r = simulate(doc);
    expect(r.nodes.s.maxBacklog).toBe(2);
    // Ten answers a second, and never more than the three users' requests unanswered.
    expect(r.clients.c.ok).toBeGreaterThanOrEqual(99);
    expect(r.clients.c.sent - r.clients.c.ok).toBeLessThanOrEqual(3);
  });

  it('a timeout is an outcome too: the user thinks and sends again', () => {
    const doc = clientService(
      { loop: 'closed', users: 1, thinkTime: constant(0) },
      { workers: 1, serviceTime: constant(1000) },
      { timeoutMs: 100 },
      { durationS: 1.05 },
    );
    const r = simulate(doc);
    expect(r.clients.c.failedBy.timeout).toBe(10);
  });

  it('users follow their schedule; a user who leaves finishes its request first', () => {
    const doc = clientService(
      {
        loop: 'closed',
        users: 2,
        thinkTime: constant(100),
        usersSchedule: [
          { atS: 2, users: 6 },
          { atS: 4.05, users: 1 },
        ],
      },
      { workers: 10, serviceTime: constant(100) },
      {},
      { durationS: 6 },
    );
    const sim = createSimulation(doc);
    sim.runUntil(3000);
    expect(sim.frame().nodes.c.users).toBe(6);
    // At 4.05 s every user has a request in flight (sent at 4.0 s): all six stay until it is answered.
    sim.runUntil(4060);
    expect(sim.frame().nodes.c.users).toBe(6);
    sim.runToEnd();
    const r = sim.report();
    expect(sim.frame().nodes.c.users).toBe(1);
    expect(r.clients.c.closedLoop?.users).toBe(1);
    const sent = r.series.map((row) => row.clients.c.sent);
    expect(sent[1]).toBe(10);
    expect(sent[3]).toBe(30);
    expect(sent[5]).toBe(5);
    expect(r.conservation.holds).toBe(true);
  });

  it('ignore rates, surges and traffic changes: only users send', () => {
    const doc = clientService(
      { loop: 'closed', users: 1, rate: 1000, thinkTime: constant(100) },
      { serviceTime: constant(100) },
      {},
      {
        durationS: 4,
        faults: [{ id: 'f', kind: 'surge', target: 'c', startS: 1, durationS: 1, factor: 10 }],
        traffic: [{ target: 'c', atS: 2, rate: 500 }],
      },
    );
    expect(simulate(doc).clients.c.sent).toBe(20);
  });

  it('replay identically from a checkpoint', () => {
    const doc = clientService(
      { loop: 'closed', users: 20, thinkTime: { distribution: 'exponential', meanMs: 50 } },
      { workers: 2, serviceTime: { distribution: 'exponential', meanMs: 10 } },
      {},
      { durationS: 20 },
    );
    const sim = createSimulation(doc);
    sim.runUntil(7000);
    const cp = sim.checkpoint();
    sim.runToEnd();
    const first = sim.report();
    sim.restore(cp);
    sim.runToEnd();
    expect(sim.report()).toEqual(first);
  });
});
