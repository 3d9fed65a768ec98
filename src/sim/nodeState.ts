/**
 * Per-node run state: counters for the report and the series, the area integrals behind
 * utilisation and Little's law, fault effects, and cause/victim bookkeeping. One shape for
 * every kind of node; a kind uses the fields that concern it.
 */
import { CAUSE_COUNT } from './causes';
import { createHistogram, type Histogram } from './histogram';
import { RECENT_SLOTS, type RecentMarks } from './recentRoles';

export interface NodeState extends RecentMarks {
  // clients
  rate: number;
  surge: number;
  arrivalGen: number;
  /** Whether it still follows its rate schedule (a scenario traffic change ends that: rateSchedule.ts). */
  followSchedule: boolean;
  /** Closed loop (users.ts): users now (thinking or waiting), and how many there should be. */
  users: number;
  targetUsers: number;
  sent: number;
  accepted: number;
  completed: number;
  learned: number;
  polls: number;
  completion: Histogram;
  /** Time to failure of failed requests. */
  failure: Histogram;
  // services, databases, queues
  received: number;
  ok: number;
  failed: number;
  rejected: number;
  failedBy: Float64Array;
  /** Time to success of work whose caller still waited for it. */
  latency: Histogram;
  /** Successes nobody waited for any more (the caller timed out or failed), and their times. */
  abandoned: number;
  abandonedLatency: Histogram;
  rr: number;
  busy: number;
  workers: number;
  busyArea: number;
  inSystem: number;
  inSystemArea: number;
  areaT: number;
  backlog: number;
  maxBacklog: number;
  waited: number;
  waitSum: number;
  /** The longest a started request waited for a worker (ms). */
  longestWait: number;
  started: number;
  /** Workers held by jobs waiting on downstream calls (blocking model). */
  calling: number;
  /** A rate-limited service's token bucket (rateLimit.ts): tokens left when last looked at, and when (-1: never, full). */
  tokens: number;
  tokensAt: number;
  // fault effects, recomputed when a fault on the node starts or ends
  slow: number;
  slowFault: number;
  errorRate: number;
  errorFault: number;
  capacityLeft: number;
  capacityFault: number;
  crashFault: number;
  // queues
  published: number;
  delivered: number;
  acked: number;
  redelivered: number;
  deadLettered: number;
  expired: number;
  depth: number;
  maxDepth: number;
  maxAgeMs: number;
  // cause and victim
  rootedHere: number;
  victimOf: number;
  lastCauseNode: number;
  // this second
  secSent: number;
  secOk: number;
  secFailed: number;
  secAccepted: number;
  secCompleted: number;
  secReceived: number;
  secNodeOk: number;
  secNodeFailed: number;
  secBusyArea: number;
  secDeadLettered: number;
  secExpired: number;
  secFailedBy: Float64Array;
  secLatency: Histogram;
  secCompletion: Histogram;
  /** Sum of the times to failure of this second's failed requests. */
  secFailureSum: number;
}

/** Histograms cost ~20 kB each and are checkpointed: a node gets only those its kind records. */
export function createNodeState(rate: number, client: boolean, serves: boolean): NodeState {
  return {
    rate,
    surge: 1,
    arrivalGen: 0,
    followSchedule: false,
    users: 0,
    targetUsers: 0,
    sent: 0,
    accepted: 0,
    completed: 0,
    learned: 0,
    polls: 0,
    completion: createHistogram(client),
    failure: createHistogram(client),
    received: 0,
    ok: 0,
    failed: 0,
    rejected: 0,
    failedBy: new Float64Array(CAUSE_COUNT),
    latency: createHistogram(client || serves),
    abandoned: 0,
    // Allocated on first use (services.ts): most nodes never finish work nobody waits for.
    abandonedLatency: createHistogram(false),
    rr: 0,
    busy: 0,
    workers: 0,
    busyArea: 0,
    inSystem: 0,
    inSystemArea: 0,
    areaT: 0,
    backlog: 0,
    maxBacklog: 0,
    waited: 0,
    waitSum: 0,
    longestWait: 0,
    started: 0,
    calling: 0,
    tokens: 0,
    tokensAt: -1,
    slow: 1,
    slowFault: -1,
    errorRate: 0,
    errorFault: -1,
    capacityLeft: 1,
    capacityFault: -1,
    crashFault: -1,
    published: 0,
    delivered: 0,
    acked: 0,
    redelivered: 0,
    deadLettered: 0,
    expired: 0,
    depth: 0,
    maxDepth: 0,
    maxAgeMs: 0,
    rootedHere: 0,
    victimOf: 0,
    recentRooted: new Float64Array(RECENT_SLOTS),
    recentVictim: new Float64Array(RECENT_SLOTS),
    recentEpoch: new Float64Array(RECENT_SLOTS).fill(-1),
    lastCauseNode: -1,
    secSent: 0,
    secOk: 0,
    secFailed: 0,
    secAccepted: 0,
    secCompleted: 0,
    secReceived: 0,
    secNodeOk: 0,
    secNodeFailed: 0,
    secBusyArea: 0,
    secDeadLettered: 0,
    secExpired: 0,
    secFailedBy: new Float64Array(CAUSE_COUNT),
    secLatency: createHistogram(client),
    secCompletion: createHistogram(client),
    secFailureSum: 0,
  };
}
