import type { Distribution, StoredDocument } from '../../model';

/** One queueing case (listed in model/theory/queueing.ts) as parameters. */
export interface QueueCase {
  /** Poisson arrivals per second. */
  lambda: number;
  workers: number;
  distribution: Distribution;
  meanServiceMs: number;
  /** Waiting places; "unlimited" unless the case says otherwise. */
  backlogLimit?: number | 'unlimited';
  /** The order the backlog is served in; FIFO unless the case says otherwise. */
  backlogOrder?: 'fifo' | 'lifo';
  durationS: number;
  seed: number;
}

/**
 * The document for a queueing case: a Poisson client → one service with one instance,
 * over an RPC edge with no network latency, no retries and a timeout (one hour) that never
 * fires — exactly the setup the formulas assume.
 */
export function queueDocument(q: QueueCase): StoredDocument {
  return {
    version: 3,
    title: `M/${q.distribution === 'constant' ? 'D' : 'M'}/${q.workers} at ${q.lambda}/s`,
    nodes: [
      {
        id: 'client',
        kind: 'client',
        label: 'client',
        position: { x: 0, y: 0 },
        rate: q.lambda,
        arrival: 'poisson',
      },
      {
        id: 'server',
        kind: 'service',
        label: 'server',
        position: { x: 300, y: 0 },
        instances: 1,
        workers: q.workers,
        backlogLimit: q.backlogLimit ?? 'unlimited',
        serviceTime: { distribution: q.distribution, meanMs: q.meanServiceMs },
        ...(q.backlogOrder ? { backlogOrder: q.backlogOrder } : {}),
      },
    ],
    edges: [
      {
        id: 'calls',
        kind: 'rpc',
        source: 'client',
        target: 'server',
        latencyMs: 0,
        timeoutMs: 3_600_000,
        retry: { maxAttempts: 1 },
      },
    ],
    scenario: { durationS: q.durationS, seed: q.seed },
  };
}
