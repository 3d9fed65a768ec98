/**
 * One reference solution per built-in challenge, as a learner would build it from the start:
 * campaign.test.ts proves each passes its challenge for the challenge's seeds and two more.
 * Only tests, the command line's examples and docs read it.
 */
import type { StoredDocument } from '../../model';
import { breaker } from './breaker';
import { async, type Edge, type Node, queue, rpc, service, withEdge, withNode } from './build';
import { bulkhead } from './bulkhead';
import { deadlines } from './deadlines';
import { deathSpiral } from './deathSpiral';
import { failFast } from './failFast';
import { fanOutSlow } from './fanOutSlow';
import { poison } from './poison';
import { rateLimit } from './rateLimit';
import { retriesMultiply } from './retriesMultiply';
import { rollingInstances } from './rollingInstances';
import { shedSurge } from './shedSurge';
import { stormOnABudget } from './stormOnABudget';
import { surviveRedeploy } from './surviveRedeploy';

/** A change to one node or edge: these values over its own. */
const set =
  (changes: Record<string, unknown>) =>
  <T extends Node | Edge>(item: T): T =>
    ({ ...item, ...changes }) as T;

/** Survive a redeploy: orders → queue → payments, the client told by push. */
const surviveRedeploySolution: StoredDocument = (() => {
  const start = surviveRedeploy.start;
  return {
    ...start,
    nodes: [
      { ...start.nodes[0], completion: 'push' } as Node,
      start.nodes[1],
      queue('payments-queue', 'payments queue', 1.5, {}, 1),
      start.nodes[2],
    ],
    edges: [
      start.edges[0],
      { id: 'orders-queue', kind: 'async', source: 'orders', target: 'payments-queue', latencyMs: 25 },
      async('queue-payments', 'payments-queue', 'payments'),
    ],
  };
})();

/** Fail fast: a 200 ms timeout on the call to payments. */
const failFastSolution = withEdge(failFast.start, 'orders-payments', set({ timeoutMs: 200 }));

/** A redeploy nobody notices: three instances of four workers. */
const rollingInstancesSolution = withNode(
  rollingInstances.start,
  'payments',
  set({ instances: 3, workers: 4 }),
);

/** Retries that do not multiply: no retry at once, and a timeout longer than the recovery's waits. */
const retriesMultiplySolution = withEdge(
  retriesMultiply.start,
  'clients-api',
  set({ timeoutMs: 3000, retry: { maxAttempts: 1 } }),
);

/** Break the circuit: a breaker on the call to reviews. */
const breakerSolution = withEdge(
  breaker.start,
  'product-reviews',
  set({
    breaker: {
      enabled: true,
      failureThreshold: 0.5,
      windowS: 2,
      minimumCalls: 10,
      openS: 3,
      halfOpenProbes: 3,
    },
  }),
);

/** Build a bulkhead: an 8-slot service that refuses when full, between frontend and recommendations. */
const bulkheadSolution: StoredDocument = {
  ...bulkhead.start,
  nodes: [
    ...bulkhead.start.nodes,
    service('bulkhead', 'bulkhead: 8 slots', 2, 8, 0.1, {
      backlogLimit: 0,
      serviceTime: { distribution: 'constant', meanMs: 0.1 },
    }),
  ],
  edges: [
    bulkhead.start.edges[0],
    rpc('frontend-bulkhead', 'frontend', 'bulkhead', { latencyMs: 0, timeoutMs: 2000, fallback: true }),
    rpc('bulkhead-recs', 'bulkhead', 'recs', { timeoutMs: 1990 }),
  ],
};

/** Poison in the queue: three deliveries, then the dead-letter queue. */
const poisonSolution = withNode(poison.start, 'payments-queue', set({ maxAttempts: 3 }));

/** Keep the batch job in its lane: a rate limit on the reports service. */
const rateLimitSolution = withNode(
  rateLimit.start,
  'reports',
  set({ rateLimit: { enabled: true, ratePerS: 50, burst: 20 } }),
);

/** Fan-out with a slow subscriber: one event queue, three subscriptions. */
const fanOutSolution: StoredDocument = {
  ...fanOutSlow.start,
  nodes: [...fanOutSlow.start.nodes, queue('order-events', 'order placed', 2)],
  edges: [
    fanOutSlow.start.edges[0],
    async('orders-publish', 'orders', 'order-events'),
    async('events-email', 'order-events', 'email'),
    async('events-inventory', 'order-events', 'inventory'),
    async('events-analytics', 'order-events', 'analytics'),
  ],
};

/** Shed a surge: a queue of at most 200 jobs (2.5 s of the worker's work). */
const shedSurgeSolution = withNode(shedSurge.start, 'jobs', set({ capacity: 200 }));

/** Stop the death spiral: LIFO, a short backlog and a maximum wait. */
const deathSpiralSolution = withNode(
  deathSpiral.start,
  'api',
  set({ backlogLimit: 50, backlogOrder: 'lifo', maxWaitMs: 250 }),
);

/** Work nobody waits for: deadlines carried down the chain. */
const deadlinesSolution = withNode(
  withNode(deadlines.start, 'api', set({ propagateDeadline: true })),
  'ledger',
  set({ propagateDeadline: true }),
);

/** A retry storm on a budget: a retry budget, and a short LIFO backlog with a maximum wait. */
const stormSolution = withNode(
  withEdge(
    stormOnABudget.start,
    'checkout-api',
    set({ retry: { maxAttempts: 4, backoff: 'none', budget: true } }),
  ),
  'api',
  set({ backlogLimit: 50, backlogOrder: 'lifo', maxWaitMs: 300 }),
);

/** Reference solutions by challenge id. */
export const REFERENCE_SOLUTIONS: Readonly<Record<string, StoredDocument>> = {
  'survive-redeploy': surviveRedeploySolution,
  'fail-fast': failFastSolution,
  'rolling-instances': rollingInstancesSolution,
  'retries-multiply': retriesMultiplySolution,
  breaker: breakerSolution,
  bulkhead: bulkheadSolution,
  poison: poisonSolution,
  'rate-limit': rateLimitSolution,
  'fan-out-slow': fanOutSolution,
  'shed-surge': shedSurgeSolution,
  'death-spiral': deathSpiralSolution,
  deadlines: deadlinesSolution,
  'storm-on-a-budget': stormSolution,
};
