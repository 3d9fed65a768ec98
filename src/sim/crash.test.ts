import { describe, expect, it } from 'vitest';
import { clientService, makeDoc } from '../testing/testDocs';
import { simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });
const crash = (mode: 'refuse' | 'hang') => ({
  id: 'boom',
  kind: 'crash',
  target: 's',
  startS: 1,
  durationS: 1,
  mode,
});

/** 10 requests a second, each computing for 500 ms: five are in progress at any instant. */
function slowService(mode: 'refuse' | 'hang', extraFaults: Record<string, unknown>[] = []) {
  return clientService(
    { rate: 10, arrival: 'constant' },
    { workers: 100, serviceTime: constant(500) },
    { timeoutMs: 3000 },
    { durationS: 6, faults: [crash(mode), ...extraFaults] },
  );
}

describe('a crash', () => {
  it('refusing: the requests in progress fail at once, with those arriving while it is down', () => {
    const r = simulate(slowService('refuse'));
    const c = r.clients.c;
    // Five in progress at 1.0 s, ten arriving during the second it is down.
    expect(c.failedBy.refused).toBe(15);
    expect(c.failed).toBe(15);
    expect(r.nodes.s.failedBy.refused).toBe(15);
    expect(r.rootCauses[0].description).toMatch(/^s \(down: crash/);
    // Every failure happened in the second of the crash, none after it.
    expect(r.series[1].clients.c.failed).toBe(15);
    expect(r.series[2].clients.c.failed).toBe(0);
  });

  it('hanging: the requests in progress get no answer and end at their timeout', () => {
    const r = simulate(slowService('hang'));
    const c = r.clients.c;
    expect(c.failedBy.timeout).toBe(15);
    expect(c.failed).toBe(15);
    // The five in progress time out 3 s after they were sent (0.5–1.0 s → 3.5–4.0 s).
    expect(r.series[3].clients.c.failed).toBeGreaterThanOrEqual(5);
    expect(r.rootCauses[0].description).toMatch(/^s \(down: crash/);
  });

  it('does not touch a redeploy: a graceful restart lets held work finish', () => {
    const r = simulate(
      clientService(
        { rate: 10, arrival: 'constant' },
        { workers: 100, serviceTime: constant(500) },
        { timeoutMs: 3000 },
        { durationS: 6, faults: [{ id: 'rd', kind: 'redeploy', target: 's', startS: 1, durationS: 1 }] },
      ),
    );
    expect(r.clients.c.failedBy.refused).toBe(10);
  });

  it('of a consumer hands the messages it held back to the queue, which redelivers them', () => {
    const doc = makeDoc(
      [
        { id: 'c', kind: 'client', rate: 10, arrival: 'constant' },
        { id: 'q', kind: 'queue', maxAttempts: 5 },
        { id: 's', kind: 'service', workers: 100, serviceTime: constant(500) },
      ],
      [
        { id: 'c-q', kind: 'async', source: 'c', target: 'q' },
        { id: 'q-s', kind: 'async', source: 'q', target: 's' },
      ],
      { durationS: 8, faults: [crash('refuse')] },
    );
    const r = simulate(doc);
    expect(r.queues.q.redelivered).toBe(5);
    expect(r.queues.q.deadLettered).toBe(0);
    expect(r.clients.c.failed).toBe(0);
    // All but the last half second of work is done (the five still computing at the end).
    expect(r.clients.c.completed).toBe(r.clients.c.accepted - 5);
    expect(r.conservation.holds).toBe(true);
  });
});
