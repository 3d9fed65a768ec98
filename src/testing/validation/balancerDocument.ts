import type { StoredDocument } from '../../model';

/** A load balancer case: Poisson arrivals spread over identical one-worker backends. */
export interface BalancerCase {
  /** Poisson arrivals per second, in total. */
  lambda: number;
  backends: number;
  strategy: 'roundRobin' | 'random' | 'leastOutstanding' | 'powerOfTwo';
  /** Exponential service, mean in ms, one worker per backend. */
  meanServiceMs: number;
  durationS: number;
}

/**
 * The document for a load balancer case: a Poisson client → a balancer → `backends`
 * services of one worker each, every edge without latency, retries or a timeout that could
 * fire — the setup the formulas (balancingFormulas.ts) assume.
 */
export function balancerDocument(q: BalancerCase): StoredDocument {
  const ids = Array.from({ length: q.backends }, (_, i) => `b${i + 1}`);
  const noTimeout = { latencyMs: 0, timeoutMs: 3_600_000, retry: { maxAttempts: 1 } };
  return {
    version: 3,
    title: `${q.strategy} over ${q.backends} × M/M/1 at ${q.lambda}/s`,
    nodes: [
      {
        id: 'client',
        kind: 'client',
        label: 'client',
        position: { x: 0, y: 0 },
        rate: q.lambda,
        arrival: 'poisson',
      },
      { id: 'lb', kind: 'balancer', label: 'lb', position: { x: 250, y: 0 }, strategy: q.strategy },
      ...ids.map((id, i) => ({
        id,
        kind: 'service' as const,
        label: id,
        position: { x: 500, y: i * 100 },
        instances: 1,
        workers: 1,
        backlogLimit: 'unlimited' as const,
        serviceTime: { distribution: 'exponential' as const, meanMs: q.meanServiceMs },
      })),
    ],
    edges: [
      { id: 'calls', kind: 'rpc', source: 'client', target: 'lb', ...noTimeout },
      ...ids.map((id) => ({ id: `lb-${id}`, kind: 'rpc' as const, source: 'lb', target: id, ...noTimeout })),
    ],
    scenario: { durationS: q.durationS, seed: 1 },
  };
}
