import type { StoredDocument } from '../../model';

/** One closed-loop case: users who think, one single-worker service with exponential service. */
export interface ClosedCase {
  users: number;
  thinkMs: number;
  serviceMs: number;
  durationS: number;
  seed: number;
}

/**
 * A closed-loop client of `users` users (exponential think time) → one service with one
 * worker and exponential service, over an RPC edge without latency, retries or a timeout
 * that fires: the network MVA (mva.ts) describes.
 */
export function closedDocument(c: ClosedCase): StoredDocument {
  return {
    version: 3,
    title: `${c.users} users, think ${c.thinkMs} ms, service ${c.serviceMs} ms`,
    nodes: [
      {
        id: 'client',
        kind: 'client',
        label: 'users',
        position: { x: 0, y: 0 },
        loop: 'closed',
        users: c.users,
        thinkTime: { distribution: 'exponential', meanMs: c.thinkMs },
      },
      {
        id: 'server',
        kind: 'service',
        label: 'server',
        position: { x: 300, y: 0 },
        instances: 1,
        workers: 1,
        backlogLimit: 'unlimited',
        serviceTime: { distribution: 'exponential', meanMs: c.serviceMs },
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
    scenario: { durationS: c.durationS, seed: c.seed },
  };
}
