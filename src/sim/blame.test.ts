import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { makeDoc } from './testDocs';

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
