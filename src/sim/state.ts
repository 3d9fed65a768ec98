/**
 * The run state: plain data only (objects, arrays, typed arrays; no closures, no class
 * instances), so `structuredClone` checkpoints it and a restored run replays identically.
 * Entities (requests, calls, jobs, messages) live in pools and are reused: the hot path
 * allocates nothing once the pools are warm. Every entity has a generation number that
 * changes whenever it is reused or re-armed, so a stale event (a timeout for an attempt
 * that already ended) is recognised and ignored.
 */
import type { CauseCode } from './causes';
import type { Fifo } from './fifo';

export * from './fifo';

declare const kind: unique symbol;
/**
 * A small integer code that only codes of the same kind may be assigned to: a message state
 * stored in a job is a compile error, not a silent mix-up.
 */
type Code<K extends string> = number & { readonly [kind]: K };

/** Where a failure started: the root of its cause chain. `node` ≥ node count means an edge (partition). */
export interface Failure {
  /** causes.ts code, or -1 for none yet. */
  cause: CauseCode | -1;
  rootNode: number;
  rootFault: number;
  /** The edge on which the root failure was seen, and its cause there. */
  rootEdge: number;
  rootCause: CauseCode | -1;
}

/** Where a client request is: free in the pool, waiting for its reply, or waiting to learn its async work is done. */
export type ReqState = Code<'request state'>;
export const REQ_FREE = 0 as ReqState;
export const REQ_IN_FLIGHT = 1 as ReqState;
export const REQ_WAITING = 2 as ReqState;

export interface Req {
  gen: number;
  state: ReqState;
  client: number;
  edge: number;
  sentAt: number;
  pendingMsgs: number;
  published: boolean;
  deadLettered: boolean;
  /** When its last message was processed (async paths), or -1. */
  doneAt: number;
}

/** Who made a call: a job at a service, or a client request. */
export type CallParent = Code<'call parent'>;
export const PARENT_JOB = 0 as CallParent;
export const PARENT_REQUEST = 1 as CallParent;

export interface Call {
  gen: number;
  live: boolean;
  edge: number;
  parentKind: CallParent;
  parent: number;
  parentGen: number;
  req: number;
  reqGen: number;
  depth: number;
  attempt: number;
  prevDelay: number;
  attemptStart: number;
  /** When the caller stops waiting for the current attempt (+∞ without a timeout): deadlines.ts. */
  deadline: number;
  /** The current attempt was never sent: no time remained of its caller's deadline. */
  unsent: boolean;
  /** The job serving the current attempt at the target (for blame), or -1. */
  job: number;
  jobGen: number;
  /** The current attempt was dropped by a partition. */
  dropped: boolean;
  /** The fault that swallowed the current attempt (a hanging instance), or -1. */
  hangFault: number;
  probe: boolean;
  /** Outcome of the current attempt, filled when its reply is sent. */
  ok: boolean;
  fail: Failure;
}

/** Where a job is: free in the pool, waiting for a worker (or for its message to arrive), computing, or calling downstream. */
export type JobState = Code<'job state'>;
export const JOB_FREE = 0 as JobState;
export const JOB_QUEUED = 1 as JobState;
export const JOB_COMPUTING = 2 as JobState;
export const JOB_CALLING = 3 as JobState;

/** What a job answers: a call's attempt, a message's delivery, or a client's poll. */
export type JobParent = Code<'job parent'>;
export const JOB_FOR_CALL = 0 as JobParent;
export const JOB_FOR_MESSAGE = 1 as JobParent;
export const JOB_FOR_POLL = 2 as JobParent;

export interface Job {
  gen: number;
  state: JobState;
  node: number;
  instance: number;
  parentKind: JobParent;
  parent: number;
  parentGen: number;
  req: number;
  reqGen: number;
  depth: number;
  arrivedAt: number;
  startedAt: number;
  holdsWorker: boolean;
  /** Sequence: index of the next outgoing edge to call; parallel: calls still pending. */
  nextCall: number;
  pending: number;
  /** The call it is waiting on (for blame). */
  call: number;
  callGen: number;
  failed: boolean;
  fail: Failure;
  /** At a cache: the key it looked up, while its miss waits for the backend (cache.ts); else −1. */
  cacheKey: number;
}

/** Where a message is: free in the pool, waiting on its subscription, delivered (awaiting its ack), or dead. */
export type MsgState = Code<'message state'>;
export const MSG_FREE = 0 as MsgState;
export const MSG_WAITING = 1 as MsgState;
export const MSG_DELIVERED = 2 as MsgState;
/** Expired or otherwise dead but still referenced from its subscription's list. */
export const MSG_DEAD = 3 as MsgState;

export interface Msg {
  gen: number;
  /** Changes with every delivery: an ack or ack timeout of an older delivery is ignored. */
  dgen: number;
  state: MsgState;
  sub: number;
  req: number;
  reqGen: number;
  depth: number;
  publishedAt: number;
  attempts: number;
  /** No consumer can process it: every delivery fails. */
  poison: boolean;
}

export interface InstanceState {
  busy: number;
  workers: number;
  backlog: Fifo;
  /** Number of reasons it is down (crash, redeploy); up when 0. */
  down: number;
  downFault: number;
  downByRedeploy: boolean;
  hang: boolean;
  /** Whether the load balancer believes it is up (lags behind during a health-check delay). */
  lbUp: boolean;
  /**
   * Live, booting, draining or off (autoscale.ts INSTANCE_*): only autoscaling moves an
   * instance out of live, so a service without it keeps every instance live.
   */
  phase: number;
  /** Changes when a boot is cancelled: its boot-done event is then stale. */
  bootGen: number;
}

/** Buckets of a breaker's sliding window (breaker.ts): each covers a tenth of the window. */
export const BREAKER_BUCKETS = 10;

export interface BreakerState {
  /** The xstate snapshot's state value, kept as plain data. */
  value: 'closed' | 'open' | 'halfOpen';
  gen: number;
  bucketCalls: Float64Array;
  bucketFailures: Float64Array;
  bucketEpoch: Float64Array;
  probesStarted: number;
  probesPassed: number;
  opened: number;
  /** The last failure seen: the root of the calls refused while open. */
  root: Failure;
}

export function newFailure(): Failure {
  return { cause: -1, rootNode: -1, rootFault: -1, rootEdge: -1, rootCause: -1 };
}

/** Forgets a failure, so a reused record carries nothing from its last use. */
export function clearFailure(f: Failure): void {
  f.cause = -1;
  f.rootNode = -1;
  f.rootFault = -1;
  f.rootEdge = -1;
  f.rootCause = -1;
}

/** Fills `f` with a failure that starts where it is seen: its cause is also its root's cause. */
export function fillFailure(
  f: Failure,
  cause: CauseCode,
  rootNode: number,
  rootFault: number,
  rootEdge: number,
): void {
  f.cause = cause;
  f.rootNode = rootNode;
  f.rootFault = rootFault;
  f.rootEdge = rootEdge;
  f.rootCause = cause;
}

export function copyFailure(to: Failure, from: Failure): void {
  to.cause = from.cause;
  to.rootNode = from.rootNode;
  to.rootFault = from.rootFault;
  to.rootEdge = from.rootEdge;
  to.rootCause = from.rootCause;
}

export function createPools() {
  return {
    reqs: [] as Req[],
    reqFree: [] as number[],
    calls: [] as Call[],
    callFree: [] as number[],
    jobs: [] as Job[],
    jobFree: [] as number[],
    msgs: [] as Msg[],
    msgFree: [] as number[],
  };
}
export type Pools = ReturnType<typeof createPools>;

export function allocReq(p: Pools): number {
  if (p.reqFree.length > 0) return p.reqFree.pop()!;
  p.reqs.push({
    gen: 0,
    state: REQ_FREE,
    client: 0,
    edge: 0,
    sentAt: 0,
    pendingMsgs: 0,
    published: false,
    deadLettered: false,
    doneAt: -1,
  });
  return p.reqs.length - 1;
}

export function allocCall(p: Pools): number {
  if (p.callFree.length > 0) return p.callFree.pop()!;
  p.calls.push({
    gen: 0,
    live: false,
    edge: 0,
    parentKind: PARENT_JOB,
    parent: 0,
    parentGen: 0,
    req: 0,
    reqGen: 0,
    depth: 0,
    attempt: 0,
    prevDelay: 0,
    attemptStart: 0,
    deadline: Number.POSITIVE_INFINITY,
    unsent: false,
    job: -1,
    jobGen: 0,
    dropped: false,
    hangFault: -1,
    probe: false,
    ok: false,
    fail: newFailure(),
  });
  return p.calls.length - 1;
}

export function allocJob(p: Pools): number {
  if (p.jobFree.length > 0) return p.jobFree.pop()!;
  return addJob(p);
}

/**
 * A job record for a pool with none free. Apart from allocJob, so the common case (reuse) is
 * small enough for V8 to inline where work is admitted: an inlined function's whole body,
 * this literal included, counts against the caller's inlining budget.
 */
function addJob(p: Pools): number {
  p.jobs.push({
    gen: 0,
    state: JOB_FREE,
    node: 0,
    instance: 0,
    parentKind: JOB_FOR_CALL,
    parent: 0,
    parentGen: 0,
    req: 0,
    reqGen: 0,
    depth: 0,
    arrivedAt: 0,
    startedAt: 0,
    holdsWorker: false,
    nextCall: 0,
    pending: 0,
    call: -1,
    callGen: 0,
    failed: false,
    fail: newFailure(),
    cacheKey: -1,
  });
  return p.jobs.length - 1;
}

export function allocMsg(p: Pools): number {
  if (p.msgFree.length > 0) return p.msgFree.pop()!;
  p.msgs.push({
    gen: 0,
    dgen: 0,
    state: MSG_FREE,
    sub: 0,
    req: 0,
    reqGen: 0,
    depth: 0,
    publishedAt: 0,
    attempts: 0,
    poison: false,
  });
  return p.msgs.length - 1;
}
