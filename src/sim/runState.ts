/**
 * The whole mutable state of a run, built from the topology, plus the engine context that
 * the handlers share. Everything under `SimState` is plain data (see state.ts).
 */

import type { Fault, TrafficChange } from '../model';
import type { RunLogEntry, RunState, SimLimits } from './api';
import { createScalers, type ScalerState } from './autoscaleState';
import { type BalancerState, createBalancerStates } from './balancerState';
import { type CacheState, createCacheState } from './cacheState';
import { CAUSE_COUNT, type CauseCode } from './causes';
import { createLine, type DelayLine, type LineEntry } from './delayLines';
import { createEventQueue, type EventQueueData } from './eventQueue';
import { createNodeState, type NodeState } from './nodeState';
import { hashString, PURPOSE, seedStream } from './random';
import { createRetryBudget, type RetryBudgetState } from './retryBudgetState';
import type { SeriesState } from './seriesBudget';
import {
  BREAKER_BUCKETS,
  type BreakerState,
  type CallParent,
  createPools,
  type Failure,
  type Fifo,
  type InstanceState,
  newFailure,
  type Pools,
} from './state';
import { KIND_CLIENT, type Topology } from './topology';

export type { NodeState };

export interface EdgeState {
  calls: number;
  ok: number;
  failed: number;
  retries: number;
  fallbacks: number;
  failedBy: Float64Array;
  partitionFault: number;
  breaker: BreakerState | null;
  /** The edge's retry budget, when it has one (retryBudget.ts). */
  budget: RetryBudgetState | null;
  secCalls: number;
  secFailed: number;
  /** The latest call over this edge that holds a worker of its (blocking) source, for blame. */
  blockedCall: number;
  blockedCallGen: number;
}

export interface SubState {
  fifo: Fifo;
  waiting: number;
  unacked: number;
}

/** Transfers in flight for frame(): parallel arrays, compacted as they end. */
export interface TransferLog {
  n: number;
  edge: Int32Array;
  kind: Int8Array;
  reverse: Uint8Array;
  start: Float64Array;
  end: Float64Array;
}

export interface SimState extends SeriesState {
  now: number;
  endMs: number;
  seed: number;
  events: number;
  instantTime: number;
  instantEvents: number;
  hash: number;
  state: RunState;
  /**
   * Whether a guard rail stopped the run (stop.ts): `state === 'stopped'` as a boolean, which
   * the event loop tests after every event in one compare, where the string needs a type
   * check as well.
   */
  stopped: boolean;
  reason: string;
  queue: EventQueueData;
  /** Constant-delay event lines (delayLines.ts): 3 per edge, then 2 per node. */
  lines: DelayLine[];
  rng: Uint32Array;
  pools: Pools;
  nodes: NodeState[];
  /** Per node: its cache state (cacheState.ts) for a cache, null otherwise. */
  caches: (CacheState | null)[];
  instances: InstanceState[];
  /** One per autoscaled service, in node order (autoscaleState.ts); empty without autoscaling. */
  scalers: ScalerState[];
  edges: EdgeState[];
  subs: SubState[];
  /** Load balancers' state by node index, null for other nodes (balancerState.ts). */
  balancers: (BalancerState | null)[];
  faults: Fault[];
  traffic: TrafficChange[];
  activeFaults: number[];
  req: { created: number; completed: number; failed: number; deadLettered: number; live: number };
  /** Messages never fail: a delivery that fails is redelivered or dead-lettered. */
  msg: { created: number; completed: number; deadLettered: number; live: number };
  liveJobs: number;
  /** Calls and failures per edge in the last whole second, whatever the series' bucket width (for frame()). */
  lastEdgeCalls: Float64Array;
  lastEdgeFailed: Float64Array;
  log: RunLogEntry[];
  logDropped: number;
  /** Client request failures this second, grouped by "edge|cause" for the log. */
  failureGroups: Record<string, number>;
  /** Client failures by root: "node|fault" → count. */
  rootCounts: Record<string, number>;
  transfers: TransferLog;
  /** Last failure time per node and per edge, for frame() flashes. */
  flashNodeAt: Float64Array;
  flashEdgeAt: Float64Array;
}

/** Random streams per node (arrival, route, service time, error) and per edge (jitter). */
export const STREAMS_PER_NODE = 4;
export function nodeStream(node: number, purpose: number): number {
  return node * STREAMS_PER_NODE + (purpose - 1);
}
export function edgeStream(topo: Topology, edge: number): number {
  return topo.nodes.length * STREAMS_PER_NODE + edge;
}

/** Delay lines of an edge: hops along it, hops back, and its timeouts. */
export const lineForward = (edge: number) => edge * 3;
export const lineBack = (edge: number) => edge * 3 + 1;
export const lineTimeout = (edge: number) => edge * 3 + 2;
/** Delay lines of a queue: ack timeouts and time-to-live expiries. */
export const lineAck = (topo: Topology, node: number) => topo.edges.length * 3 + node * 2;
export const lineTtl = (topo: Topology, node: number) => topo.edges.length * 3 + node * 2 + 1;

/**
 * Records the engine reuses within one event instead of allocating: they belong to one run
 * (never to the module), so two runs stepped in turn cannot see each other, and they are
 * not part of the run state (a checkpoint does not copy them; nothing in them outlives the
 * event that wrote it).
 */
export interface EngineScratch {
  /** The delay-line entry a line's heap event stands for. */
  lineEntry: LineEntry;
  /** Why work offered to a node or a queue was refused, while the handler decides what follows. */
  refusal: Failure;
  /** Why a call failed, handed to its parent (which copies it before starting anything); not filled on success. */
  ended: Failure;
  /** The root one blame walk finds (blame.ts). */
  walk: Failure;
}

export function createScratch(): EngineScratch {
  return {
    lineEntry: { type: 0, a: 0, b: 0 },
    refusal: newFailure(),
    ended: newFailure(),
    walk: newFailure(),
  };
}

/**
 * How calls, clients, services and queues reach one another: the dispatcher (engine.ts) fills
 * this table, so none of the four imports another (each reads on its own, and src/sim has no
 * import cycle). Work goes down through it (start a call, publish, pull, settle a delivery)
 * and outcomes come back up (a call or a message ended, told to whoever waits for it).
 */
export interface EngineHandlers {
  /** Starts a call over `edge` for a job or a client request (calls.ts). */
  startCall(
    ctx: EngineContext,
    edge: number,
    parentKind: CallParent,
    parent: number,
    parentGen: number,
    req: number,
    reqGen: number,
    depth: number,
  ): void;
  /** Puts a copy of a message on every subscription of queue `q`; false (with `fail`) when refused (queues.ts). */
  publishToQueue(
    ctx: EngineContext,
    q: number,
    req: number,
    reqGen: number,
    depth: number,
    fail: Failure,
  ): boolean;
  /** A consumer instance of `node` freed a worker: it pulls waiting messages (queues.ts). */
  pullMessages(ctx: EngineContext, node: number): void;
  /** The consumer finished delivery `dgen` of message `m`: ack, or redeliver for `cause` (queues.ts). */
  settleDelivery(ctx: EngineContext, m: number, dgen: number, ok: boolean, cause: CauseCode | -1): void;
  /** A job's downstream call ended, after its retries (services.ts). */
  jobCallDone(
    ctx: EngineContext,
    j: number,
    gen: number,
    ok: boolean,
    rpc: boolean,
    fallback: boolean,
    fail: Failure,
  ): void;
  /** A client request's call ended: the reply or failure reached the client (clients.ts). */
  requestReply(ctx: EngineContext, r: number, gen: number, ok: boolean, fail: Failure): void;
  /** A message caused by request `r` was acked or dead-lettered (clients.ts). */
  messageSettled(ctx: EngineContext, r: number, gen: number, deadLettered: boolean): void;
  /** Stops computing job `j`, whose caller gave up (services.ts, deadlines.ts). */
  stopAbandoned(ctx: EngineContext, j: number): void;
}

export interface EngineContext {
  topo: Topology;
  s: SimState;
  limits: SimLimits;
  trackTransfers: boolean;
  /** Rows the series may hold (seriesBudget.ts), from the limits and the row width. */
  seriesRows: number;
  scratch: EngineScratch;
  handlers: EngineHandlers;
}

export function createSimState(
  topo: Topology,
  seed: number,
  endMs: number,
  faults: Fault[],
  traffic: TrafficChange[],
): SimState {
  const streams = topo.nodes.length * STREAMS_PER_NODE + topo.edges.length;
  const rng = new Uint32Array(Math.max(1, streams) * 4);
  topo.nodes.forEach((n, i) => {
    const h = hashString(n.id);
    for (const p of [PURPOSE.arrival, PURPOSE.route, PURPOSE.serviceTime, PURPOSE.error])
      seedStream(rng, nodeStream(i, p), seed, h, p);
  });
  topo.edges.forEach((e, i) => {
    seedStream(rng, edgeStream(topo, i), seed, hashString(e.id), PURPOSE.jitter);
  });
  const nodes = topo.nodes.map((n) => {
    const ns = createNodeState(n.kind === KIND_CLIENT ? n.rate : 0, n.kind === KIND_CLIENT, n.instances > 0);
    ns.workers = n.instances * n.workers;
    return ns;
  });
  const instances: InstanceState[] = [];
  for (let i = 0; i < topo.instanceCount; i++) {
    const spec = topo.nodes[topo.instanceNode[i]];
    instances.push({
      busy: 0,
      workers: spec.workers,
      backlog: { items: [], head: 0 },
      down: 0,
      downFault: -1,
      downByRedeploy: false,
      hang: false,
      lbUp: true,
      phase: 0,
      bootGen: 0,
    });
  }
  const scalers = createScalers(topo, nodes, instances);
  const edges: EdgeState[] = topo.edges.map((e) => ({
    calls: 0,
    ok: 0,
    failed: 0,
    retries: 0,
    fallbacks: 0,
    failedBy: new Float64Array(CAUSE_COUNT),
    partitionFault: -1,
    breaker: e.breaker
      ? {
          value: 'closed',
          gen: 0,
          bucketCalls: new Float64Array(BREAKER_BUCKETS),
          bucketFailures: new Float64Array(BREAKER_BUCKETS),
          bucketEpoch: new Float64Array(BREAKER_BUCKETS).fill(-1),
          probesStarted: 0,
          probesPassed: 0,
          opened: 0,
          root: newFailure(),
        }
      : null,
    budget: e.budget ? createRetryBudget() : null,
    secCalls: 0,
    secFailed: 0,
    blockedCall: -1,
    blockedCallGen: 0,
  }));
  const subs: SubState[] = topo.subs.map(() => ({ fifo: { items: [], head: 0 }, waiting: 0, unacked: 0 }));
  const cap = 256;
  return {
    now: 0,
    endMs,
    seed,
    events: 0,
    instantTime: -1,
    instantEvents: 0,
    hash: 0x811c9dc5,
    state: 'ready',
    stopped: false,
    reason: '',
    queue: createEventQueue(),
    lines: Array.from({ length: topo.edges.length * 3 + topo.nodes.length * 2 }, createLine),
    rng,
    pools: createPools(),
    nodes,
    caches: topo.nodes.map((n) => (n.cache ? createCacheState(n.cache) : null)),
    instances,
    scalers,
    edges,
    subs,
    balancers: createBalancerStates(topo),
    faults,
    traffic,
    activeFaults: [],
    req: { created: 0, completed: 0, failed: 0, deadLettered: 0, live: 0 },
    msg: { created: 0, completed: 0, deadLettered: 0, live: 0 },
    liveJobs: 0,
    series: [],
    seriesOpen: null,
    seriesSpan: 1,
    seriesRevision: 0,
    lastEdgeCalls: new Float64Array(topo.edges.length),
    lastEdgeFailed: new Float64Array(topo.edges.length),
    log: [],
    logDropped: 0,
    failureGroups: {},
    rootCounts: {},
    transfers: {
      n: 0,
      edge: new Int32Array(cap),
      kind: new Int8Array(cap),
      reverse: new Uint8Array(cap),
      start: new Float64Array(cap),
      end: new Float64Array(cap),
    },
    flashNodeAt: new Float64Array(topo.nodes.length).fill(Number.NEGATIVE_INFINITY),
    flashEdgeAt: new Float64Array(topo.edges.length).fill(Number.NEGATIVE_INFINITY),
  };
}
