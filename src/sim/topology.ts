/**
 * The document compiled into flat, index-based tables the engine reads on its hot path.
 * Immutable for a run: everything that changes lives in the run state (state.ts).
 */
import type {
  ClientNode,
  DatabaseNode,
  DiagramEdge,
  DiagramNode,
  FaultlineDocument,
  ServiceNode,
  TimeDistribution,
} from '../model';
import { type AutoscaleSpec, compileAutoscale } from './autoscaleSpec';
import { type BalancerSpec, compileBalancer } from './balancerSpec';
import { type CacheSpec, compileCache } from './cacheSpec';
import { detLog } from './detMath';
import { compileLoadCurve, type LoadCurveSpec } from './loadFactor';
import { type CompiledSchedule, compileSchedule } from './rateSchedule';

export const KIND_CLIENT = 0;
export const KIND_SERVICE = 1;
export const KIND_QUEUE = 2;
export const KIND_DATABASE = 3;
export const KIND_CACHE = 4;
export const KIND_BALANCER = 5;

export const DIST_CONSTANT = 0;
export const DIST_EXPONENTIAL = 1;
export const DIST_LOGNORMAL = 2;
export const DIST_UNIFORM = 3;

export const ARRIVAL_POISSON = 0;
export const ARRIVAL_CONSTANT = 1;
export const ARRIVAL_BURST = 2;

/** A time distribution with its derived parameters. */
export interface DistSpec {
  kind: number;
  mean: number;
  spread: number;
  /** Log-normal: parameters of the underlying normal. */
  mu: number;
  sigma: number;
}

export interface NodeSpec {
  id: string;
  label: string;
  kind: number;
  // client
  rate: number;
  arrival: number;
  burstSize: number;
  poll: boolean;
  pollIntervalMs: number;
  /** The rate over time it follows (open loop), or null for its constant rate. */
  schedule: CompiledSchedule | null;
  /** Closed loop (users.ts): users who wait for each answer and think before sending again. */
  closed: boolean;
  users: number;
  think: DistSpec;
  /** Users over time (ms, count), steps; empty when the number of users is fixed. */
  usersAt: Float64Array;
  usersCount: Int32Array;
  // service / database
  instances: number;
  workers: number;
  backlogLimit: number;
  dist: DistSpec;
  errorRate: number;
  blocking: boolean;
  parallel: boolean;
  /** Load-dependent service time (loadFactor.ts); null when off. */
  load: LoadCurveSpec | null;
  /** The backlog serves newest first (shedding.ts). */
  lifo: boolean;
  /** Waiting work older than this is shed; infinite when there is no maximum. */
  maxWaitMs: number;
  // queue
  capacity: number;
  maxAttempts: number;
  ackTimeoutMs: number;
  ttlMs: number;
  /** Share of published messages that fail every delivery. */
  poisonRate: number;
  /** Services: a token bucket over all instances (rateLimit.ts). */
  rateLimited: boolean;
  /** Tokens added per millisecond. */
  tokensPerMs: number;
  burst: number;
  /** Services: deadline propagation (deadlines.ts). */
  propagateDeadline: boolean;
  /** Caches: keys, entries and timings (cacheSpec.ts); null for every other kind. */
  cache: CacheSpec | null;
  /** Outgoing edges in document order (a service calls all of them; a client splits over them). */
  out: number[];
  /** Clients: cumulative weights over `out`, normalised to end at 1. */
  cumWeights: number[];
  /** Services: the subscriptions this node consumes from. */
  consumes: number[];
  /** Queues: its subscriptions (one per outgoing edge). */
  subs: number[];
  /** Index of this node's first instance in the instance table. */
  firstInstance: number;
  /**
   * Services with autoscaling on (autoscaleSpec.ts), else null. `instances` is then the
   * maximum: every instance the service may ever run has its slot in the instance table.
   */
  autoscale: AutoscaleSpec | null;
  /** Load balancers: how they spread calls over `out` (balancerSpec.ts); null for other kinds. */
  balancer: BalancerSpec | null;
}

export interface EdgeSpec {
  id: string;
  source: number;
  target: number;
  rpc: boolean;
  /** Share of a client's traffic (relative). */
  weight: number;
  latencyMs: number;
  timeoutMs: number;
  maxAttempts: number;
  backoff: number;
  baseMs: number;
  capMs: number;
  jitter: number;
  /** A retry budget (retryBudget.ts): retries per recent call, and per second whatever the traffic. */
  budget: boolean;
  budgetRatio: number;
  budgetMinPerS: number;
  breaker: boolean;
  failureThreshold: number;
  windowMs: number;
  minimumCalls: number;
  openMs: number;
  halfOpenProbes: number;
  fallback: boolean;
  /**
   * An RPC edge without a breaker whose caller does not propagate deadlines: an attempt's
   * only guard is its timeout, so calls.ts sends it without asking the breaker or deadlines.
   */
  plainRpc: boolean;
}

export interface SubSpec {
  queue: number;
  edge: number;
  consumer: number;
}

export interface Topology {
  nodes: NodeSpec[];
  edges: EdgeSpec[];
  subs: SubSpec[];
  instanceCount: number;
  /** Node index of each instance. */
  instanceNode: Int32Array;
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
}

const BACKOFF_CODES: Readonly<Record<string, number>> = Object.freeze({
  none: 0,
  constant: 1,
  exponential: 2,
});
const JITTER_CODES: Readonly<Record<string, number>> = Object.freeze({
  none: 0,
  full: 1,
  equal: 2,
  decorrelated: 3,
});
const DIST_CODES: Readonly<Record<string, number>> = Object.freeze({
  constant: 0,
  exponential: 1,
  lognormal: 2,
  uniform: 3,
});

function compileDist(d: TimeDistribution): DistSpec {
  const kind = DIST_CODES[d.distribution];
  let mu = 0;
  let sigma = 0;
  if (kind === DIST_LOGNORMAL && d.meanMs > 0) {
    // Mean m and coefficient of variation s: sigma² = ln(1 + s²), mu = ln m − sigma²/2.
    const s2 = detLog(1 + d.spread * d.spread);
    sigma = Math.sqrt(s2);
    mu = detLog(d.meanMs) - s2 / 2;
  }
  return { kind, mean: d.meanMs, spread: d.spread, mu, sigma };
}

/** Slowdown under load, backlog order and maximum wait: the same parameters at services and databases. */
function compileBacklogRules(spec: NodeSpec, n: ServiceNode | DatabaseNode): void {
  spec.load = compileLoadCurve(n.loadFactor);
  spec.lifo = n.backlogOrder === 'lifo';
  spec.maxWaitMs = n.maxWaitMs === 'none' ? Number.POSITIVE_INFINITY : n.maxWaitMs;
}

/** A client's traffic over time: its rate schedule (open loop) or its users (closed loop). */
function compileClientTraffic(spec: NodeSpec, n: ClientNode): void {
  spec.closed = n.loop === 'closed';
  if (!spec.closed) {
    spec.schedule = compileSchedule(n);
    return;
  }
  spec.users = n.users;
  spec.think = compileDist(n.thinkTime);
  const points = n.usersSchedule ?? [];
  spec.usersAt = Float64Array.from(points, (p) => p.atS * 1000);
  spec.usersCount = Int32Array.from(points, (p) => p.users);
}

function compileNode(n: DiagramNode): NodeSpec {
  const spec: NodeSpec = {
    id: n.id,
    label: n.label || n.id,
    kind: KIND_CLIENT,
    rate: 0,
    arrival: ARRIVAL_POISSON,
    burstSize: 1,
    poll: false,
    pollIntervalMs: 1000,
    schedule: null,
    closed: false,
    users: 0,
    think: { kind: DIST_CONSTANT, mean: 0, spread: 0, mu: 0, sigma: 0 },
    usersAt: new Float64Array(0),
    usersCount: new Int32Array(0),
    instances: 1,
    workers: 1,
    backlogLimit: Number.POSITIVE_INFINITY,
    dist: { kind: DIST_CONSTANT, mean: 0, spread: 0, mu: 0, sigma: 0 },
    errorRate: 0,
    blocking: true,
    parallel: false,
    load: null,
    lifo: false,
    maxWaitMs: Number.POSITIVE_INFINITY,
    capacity: Number.POSITIVE_INFINITY,
    maxAttempts: 1,
    ackTimeoutMs: 0,
    ttlMs: Number.POSITIVE_INFINITY,
    poisonRate: 0,
    rateLimited: false,
    tokensPerMs: 0,
    burst: 0,
    propagateDeadline: false,
    cache: null,
    out: [],
    cumWeights: [],
    consumes: [],
    subs: [],
    firstInstance: 0,
    autoscale: null,
    balancer: null,
  };
  if (n.kind === 'client') {
    spec.rate = n.rate;
    spec.arrival =
      n.arrival === 'poisson' ? ARRIVAL_POISSON : n.arrival === 'constant' ? ARRIVAL_CONSTANT : ARRIVAL_BURST;
    spec.burstSize = n.burstSize;
    spec.poll = n.completion === 'poll';
    spec.pollIntervalMs = n.pollIntervalS * 1000;
    compileClientTraffic(spec, n);
  } else if (n.kind === 'service') {
    spec.kind = KIND_SERVICE;
    spec.instances = n.instances;
    spec.workers = n.workers;
    spec.backlogLimit = n.backlogLimit === 'unlimited' ? Number.POSITIVE_INFINITY : n.backlogLimit;
    spec.dist = compileDist(n.serviceTime);
    spec.errorRate = n.errorRate;
    spec.blocking = n.workerModel === 'blocking';
    spec.parallel = n.callOrder === 'parallel';
    compileBacklogRules(spec, n);
    if (n.rateLimit.enabled) {
      spec.rateLimited = true;
      spec.tokensPerMs = n.rateLimit.ratePerS / 1000;
      spec.burst = n.rateLimit.burst;
    }
    spec.propagateDeadline = n.propagateDeadline;
    spec.autoscale = compileAutoscale(n);
    if (spec.autoscale) spec.instances = spec.autoscale.max;
  } else if (n.kind === 'database') {
    spec.kind = KIND_DATABASE;
    spec.workers = n.pool;
    spec.backlogLimit = n.backlogLimit === 'unlimited' ? Number.POSITIVE_INFINITY : n.backlogLimit;
    spec.dist = compileDist(n.latency);
    spec.errorRate = n.errorRate;
    compileBacklogRules(spec, n);
  } else if (n.kind === 'cache') {
    // One instance with a worker per lookup: a cache never queues, it answers or asks its backend.
    spec.kind = KIND_CACHE;
    spec.workers = Number.POSITIVE_INFINITY;
    spec.dist = { kind: DIST_CONSTANT, mean: n.hitLatencyMs, spread: 0, mu: 0, sigma: 0 };
    spec.cache = compileCache(n);
  } else if (n.kind === 'balancer') {
    // No instances and no workers: it only passes calls on (balancer.ts).
    spec.kind = KIND_BALANCER;
    spec.instances = 0;
    spec.blocking = false;
    spec.balancer = compileBalancer(n);
  } else {
    spec.kind = KIND_QUEUE;
    spec.instances = 0;
    spec.capacity = n.capacity === 'unlimited' ? Number.POSITIVE_INFINITY : n.capacity;
    spec.maxAttempts = n.maxAttempts;
    spec.ackTimeoutMs = n.ackTimeoutMs;
    spec.ttlMs = n.ttlS === 'none' ? Number.POSITIVE_INFINITY : n.ttlS * 1000;
    spec.poisonRate = n.poisonRate;
  }
  if (spec.kind === KIND_CLIENT) spec.instances = 0;
  return spec;
}

function compileEdge(e: DiagramEdge, nodeIndex: Map<string, number>): EdgeSpec {
  const spec: EdgeSpec = {
    id: e.id,
    source: nodeIndex.get(e.source) ?? -1,
    target: nodeIndex.get(e.target) ?? -1,
    rpc: e.kind === 'rpc',
    weight: e.weight,
    latencyMs: e.latencyMs,
    timeoutMs: 0,
    maxAttempts: 1,
    backoff: 0,
    baseMs: 0,
    capMs: 0,
    jitter: 0,
    budget: false,
    budgetRatio: 0,
    budgetMinPerS: 0,
    breaker: false,
    failureThreshold: 1,
    windowMs: 1000,
    minimumCalls: 1,
    openMs: 0,
    halfOpenProbes: 1,
    fallback: false,
    plainRpc: false,
  };
  if (e.kind === 'rpc') {
    spec.timeoutMs = e.timeoutMs;
    spec.maxAttempts = e.retry.maxAttempts;
    spec.backoff = BACKOFF_CODES[e.retry.backoff];
    spec.baseMs = e.retry.baseMs;
    spec.capMs = e.retry.capMs;
    spec.jitter = JITTER_CODES[e.retry.jitter];
    if (e.retry.budget && e.retry.maxAttempts > 1) {
      spec.budget = true;
      spec.budgetRatio = e.retry.budgetRatio;
      spec.budgetMinPerS = e.retry.budgetMinPerS;
    }
    spec.breaker = e.breaker.enabled;
    spec.failureThreshold = e.breaker.failureThreshold;
    spec.windowMs = e.breaker.windowS * 1000;
    spec.minimumCalls = e.breaker.minimumCalls;
    spec.openMs = e.breaker.openS * 1000;
    spec.halfOpenProbes = e.breaker.halfOpenProbes;
    spec.fallback = e.fallback;
  }
  return spec;
}

/** Compiles a validated document. Edges pointing at missing nodes are ignored (the parser refuses them). */
export function compileTopology(doc: FaultlineDocument): Topology {
  const nodeIndex = new Map<string, number>();
  doc.nodes.forEach((n, i) => {
    nodeIndex.set(n.id, i);
  });
  const nodes = doc.nodes.map(compileNode);
  const edges: EdgeSpec[] = [];
  const edgeIndex = new Map<string, number>();
  const subs: SubSpec[] = [];
  for (const e of doc.edges) {
    const spec = compileEdge(e, nodeIndex);
    if (spec.source < 0 || spec.target < 0) continue;
    const i = edges.length;
    edges.push(spec);
    edgeIndex.set(e.id, i);
    const src = nodes[spec.source];
    src.out.push(i);
    spec.plainRpc = spec.rpc && !spec.breaker && !src.propagateDeadline;
    if (src.kind === KIND_QUEUE) {
      const s = subs.length;
      subs.push({ queue: spec.source, edge: i, consumer: spec.target });
      src.subs.push(s);
      nodes[spec.target].consumes.push(s);
    }
  }
  nodes.forEach((n, i) => {
    // A queue nobody consumes still holds what is published to it.
    if (n.kind === KIND_QUEUE && n.subs.length === 0) {
      n.subs.push(subs.length);
      subs.push({ queue: i, edge: -1, consumer: -1 });
    }
  });
  let instanceCount = 0;
  let scalers = 0;
  for (const n of nodes) {
    if (n.autoscale) n.autoscale.index = scalers++;
    n.firstInstance = instanceCount;
    instanceCount += n.instances;
    if (n.kind === KIND_CLIENT && n.out.length > 0) {
      let total = 0;
      for (const e of n.out) total += edges[e].weight;
      let acc = 0;
      for (const e of n.out) {
        // All weights zero: split equally.
        acc += total > 0 ? edges[e].weight / total : 1 / n.out.length;
        n.cumWeights.push(acc);
      }
      n.cumWeights[n.cumWeights.length - 1] = 1;
    }
  }
  const instanceNode = new Int32Array(instanceCount);
  nodes.forEach((n, i) => {
    for (let k = 0; k < n.instances; k++) instanceNode[n.firstInstance + k] = i;
  });
  return { nodes, edges, subs, instanceCount, instanceNode, nodeIndex, edgeIndex };
}
