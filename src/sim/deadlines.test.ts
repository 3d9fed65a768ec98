import { describe, expect, it } from 'vitest';
import { makeDoc } from '../testing/testDocs';
import { simulate } from './index';

const constant = (meanMs: number) => ({ distribution: 'constant', meanMs });

/** client → front → back; the client gives up after 500 ms. */
function chain(
  front: Record<string, unknown>,
  back: Record<string, unknown>,
  downstream: Record<string, unknown> = {},
  client: Record<string, unknown> = {},
) {
  return makeDoc(
    [
      { id: 'c', kind: 'client', rate: 20, arrival: 'constant', ...client },
      { id: 'front', kind: 'service', workers: 100, serviceTime: constant(10), ...front },
      { id: 'back', kind: 'service', workers: 100, serviceTime: constant(10), ...back },
    ],
    [
      { id: 'c-front', kind: 'rpc', source: 'c', target: 'front', timeoutMs: 500 },
      { id: 'front-back', kind: 'rpc', source: 'front', target: 'back', timeoutMs: 2000, ...downstream },
    ],
    { durationS: 20 },
  );
}

describe('deadline propagation', () => {
  it('makes no downstream call once the caller has given up', () => {
    // front computes 600 ms: its client stopped waiting at 500 ms.
    const without = simulate(chain({ serviceTime: constant(600) }, {}));
    const withIt = simulate(chain({ serviceTime: constant(600), propagateDeadline: true }, {}));
    expect(without.nodes.back.received).toBeGreaterThan(300);
    expect(withIt.nodes.back.received).toBe(0);
    expect(withIt.clients.c.failedBy).toEqual({ timeout: withIt.clients.c.failed });
  });

  it("cuts a downstream call's timeout to what remains of the caller's", () => {
    // back takes 5 s and front's call has no timeout of its own: without propagation front's
    // workers wait the full 5 s; with it, front gives up when its client does.
    const slowBack = { serviceTime: constant(5000) };
    const without = simulate(chain({}, slowBack, { timeoutMs: 0 }));
    const withIt = simulate(chain({ propagateDeadline: true }, slowBack, { timeoutMs: 0 }));
    expect(without.edges['front-back'].failed).toBe(0);
    expect(without.nodes.front.abandoned).toBeGreaterThan(200);
    expect(withIt.edges['front-back'].failedBy.timeout).toBeGreaterThan(300);
    expect(withIt.nodes.front.abandoned).toBe(0);
    // front's workers are held about 490 ms per request instead of 5 s.
    expect(withIt.nodes.front.utilization).toBeLessThan(without.nodes.front.utilization / 5);
  });

  it('stops work for a caller that gave up, and drops it from the backlog', () => {
    // back serves 10 a second and gets 20: its backlog grows and waits pass every deadline.
    const overloaded = { workers: 1, serviceTime: constant(100), backlogLimit: 'unlimited' };
    const without = simulate(chain({}, overloaded, { timeoutMs: 400 }));
    const withIt = simulate(chain({}, { ...overloaded, propagateDeadline: true }, { timeoutMs: 400 }));
    // Without: it finishes work for nobody, long after the caller left.
    expect(without.nodes.back.abandoned).toBeGreaterThan(150);
    expect(without.nodes.back.abandonedLatencyMs?.p50).toBeGreaterThan(4000);
    expect(without.nodes.back.maxBacklog).toBeGreaterThan(150);
    // With: what it could not finish in time is stopped at the caller's deadline, and the
    // backlog holds only work whose caller still waits.
    expect(withIt.nodes.back.abandoned).toBe(0);
    expect(withIt.nodes.back.failedBy.timeout).toBeGreaterThan(150);
    expect(withIt.nodes.back.maxBacklog).toBeLessThan(10);
  });

  it('is off by default', () => {
    const r = simulate(chain({ serviceTime: constant(600) }, {}));
    expect(r.nodes.back.received).toBeGreaterThan(0);
  });
});
