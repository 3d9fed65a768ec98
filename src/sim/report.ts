/**
 * The run report: what `npm run simulate` prints as JSON and what the summary panel and
 * the compare view read. Field names are part of the command line's public contract
 * (docs/cli.md): add fields, never rename them.
 */
import { CAUSE_KEYS, type CauseKey } from './causes';

/** Latency summary in milliseconds. All zero when there were no samples. */
export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Why a request or call failed, in the engine's code order (the table is causes.ts). */
export const FAILURE_CAUSES: readonly FailureCause[] = CAUSE_KEYS;
/** Each cause's words and chart colour (causes.ts), for the panels that show causes. */
export { CAUSES, type CauseInfo } from './causes';
export type FailureCause = CauseKey;

export interface ClientReport {
  sent: number;
  /** Requests answered with success (for async paths: accepted). */
  ok: number;
  failed: number;
  /** Requests whose path included a publish and that were accepted. */
  accepted: number;
  /** Accepted requests whose every message (transitively) was processed. */
  completed: number;
  failedBy: Partial<Record<FailureCause, number>>;
  latencyMs: LatencySummary;
  /** Time from sending to learning of the failure, over failed requests. */
  failureMs?: LatencySummary;
  completionMs: LatencySummary;
  /** Polls sent to learn of completion (poll mode only). */
  polls: number;
  /** Closed-loop clients only (absent for open-loop ones). */
  closedLoop?: ClosedLoopReport;
}

/** What a closed-loop client's users did. */
export interface ClosedLoopReport {
  /** Users at the end of the run. */
  users: number;
  /** Mean think time of the distribution, ms. */
  thinkTimeMs: number;
  /** Requests answered (success or failure) per second of the run: X of the response time law. */
  throughputPerS: number;
}

export interface NodeReport {
  received: number;
  ok: number;
  failed: number;
  rejected: number;
  /** Mean fraction of workers busy over the run, 0–1. */
  utilization: number;
  /** Time from arrival to success, for work whose caller was still waiting for it. */
  latencyMs: LatencySummary;
  /**
   * Work finished for nobody: successes whose caller had already given up (timed out or
   * failed otherwise) while the node still worked on them. Counted apart from `latencyMs`.
   */
  abandoned?: number;
  abandonedLatencyMs?: LatencySummary;
  maxBacklog: number;
  failedBy: Partial<Record<FailureCause, number>>;
  /** "cause" when this node's own fault or bug started failures, "victim" when it only failed because of others. */
  role: NodeRole;
  /** Time-average number of requests at the node (waiting or in service): L of Little's law. */
  meanInSystem?: number;
  /** Fraction of started requests that had to wait for a worker: P(wait). */
  waitedFraction?: number;
  /** Mean wait for a worker in ms, over started requests: Wq. */
  meanWaitMs?: number;
  /** The longest wait for a worker of a started request, ms (only at a node with a LIFO backlog or a maximum wait). */
  longestWaitMs?: number;
  /**
   * Services, only when some service of the document autoscales: instances × seconds they
   * ran (booting and draining ones included: they cost as much), the figure to compare a
   * fixed fleet with an autoscaled one by.
   */
  instanceSeconds?: number;
  /** Autoscaled services only. */
  autoscale?: AutoscaleReport;
}

export interface QueueReport {
  published: number;
  /** Publishes refused (broker down or queue full). */
  rejected: number;
  delivered: number;
  acked: number;
  redelivered: number;
  deadLettered: number;
  expired: number;
  maxDepth: number;
  finalDepth: number;
  maxAgeMs: number;
}

/** A cache node's lookups over the run (present only for caches). */
export interface CacheReport {
  hits: number;
  misses: number;
  /** hits ÷ (hits + misses), 0 when nothing was looked up. */
  hitRatio: number;
  /** Misses that shared another miss's backend call (single flight). */
  coalesced: number;
  /** Entries held at the end. */
  entries: number;
  /** Flush faults that emptied it. */
  flushes: number;
}

export interface EdgeReport {
  calls: number;
  ok: number;
  failed: number;
  retries: number;
  failedBy: Partial<Record<FailureCause, number>>;
  /** Breaker state at the end of the run, for rpc edges with a breaker. */
  breaker?: 'closed' | 'open' | 'halfOpen';
  breakerOpened: number;
  /** Failed calls turned into degraded successes by the edge's fallback. */
  fallbacks?: number;
  /** Retries not sent because the edge's retry budget was spent (edges with a budget only). */
  retryBudgetRefused?: number;
}

/**
 * One bucket of simulated time, for charts and CSV export: one second, or `spanS` seconds
 * once a long run's series has been thinned to stay within its size budget (series.ts).
 * Counts are always per second (a thinned bucket holds the mean over its seconds), so a
 * chart reads every row the same way.
 */
export interface SeriesRow {
  /** Start of the bucket, in simulated seconds. */
  t: number;
  /** Seconds the bucket covers, when more than one. */
  spanS?: number;
  /** Per client id. */
  clients: Record<
    string,
    {
      sent: number;
      ok: number;
      failed: number;
      accepted: number;
      completed: number;
      p50: number;
      p99: number;
      /** Mean reply latency in ms (0 when nothing was answered). */
      mean?: number;
      /** Mean time to failure in ms, over the requests that failed (0 when none did). */
      failureMean?: number;
      completionP99: number;
      failedBy: Partial<Record<FailureCause, number>>;
    }
  >;
  /** Per node id. */
  nodes: Record<
    string,
    {
      received: number;
      ok: number;
      failed: number;
      utilization: number;
      backlog: number;
      health: NodeHealth;
      /** Autoscaled services only: mean instances over the bucket in each phase. */
      instances?: InstanceCounts;
      /** Caches only: hits ÷ lookups over the bucket (0 when nothing was looked up). */
      hitRatio?: number;
    }
  >;
  /** Per queue id. */
  queues: Record<string, { depth: number; oldestAgeMs: number; deadLettered: number }>;
  /** Per rpc edge id. */
  edges: Record<string, { calls: number; failed: number; breaker: 'closed' | 'open' | 'halfOpen' }>;
}

export type NodeHealth = 'healthy' | 'degraded' | 'down' | 'restarting';

/** An autoscaled service's instances: serving, in their cold start, and draining. */
export interface InstanceCounts {
  live: number;
  booting: number;
  draining: number;
}

/** What an autoscaled service's autoscaler did over the run. */
export interface AutoscaleReport {
  /** Most instances live and booting at once. */
  peakInstances: number;
  /** Instances live and booting at the end. */
  finalInstances: number;
  /** Decisions that added instances, and decisions that took some away. */
  scaleOuts: number;
  scaleIns: number;
}

/** A node's part in failures: "cause" when its own fault or bug started them, "victim" when it only failed because of others. */
export type NodeRole = 'healthy' | 'cause' | 'victim';

/** A root cause: the node (and fault, when there was one) at the bottom of failure chains. */
export interface RootCause {
  node: string;
  /** The fault id, or null for a node's own error rate, capacity or a limit. */
  fault: string | null;
  /** "payments (down: redeploy at 20.0 s)" */
  description: string;
  /** Client requests that failed because of it. */
  clientFailures: number;
}

export interface ConservationReport {
  requests: {
    created: number;
    completed: number;
    failed: number;
    deadLettered: number;
    inFlight: number;
    waiting: number;
  };
  messages: {
    created: number;
    completed: number;
    failed: number;
    deadLettered: number;
    inFlight: number;
    waiting: number;
  };
  holds: boolean;
}

/** One backend of a load balancer: the node its edge leads to. */
export interface BackendReport {
  /** The balancer's edge to it. */
  edge: string;
  /** Calls the balancer sent it. */
  requests: number;
  /** Times outlier ejection took it out. */
  ejections: number;
  /** Health probes it failed. */
  healthCheckFailures: number;
}

/** A load balancer: how it spread its calls, and what it took out (balancer.ts). */
export interface BalancerReport {
  /** Per backend node id. */
  backends: Record<string, BackendReport>;
  /** Calls it failed at once because no backend was available. */
  noBackend: number;
}

export interface Report {
  seed: number;
  /** Simulated seconds actually run. */
  duration: number;
  events: number;
  /** Hex hash of the event log: equal for equal runs, bit for bit. */
  eventLogHash: string;
  /** Why the run ended: "finished", or "stopped: <which limit>". */
  status: string;
  clients: Record<string, ClientReport>;
  nodes: Record<string, NodeReport>;
  queues: Record<string, QueueReport>;
  edges: Record<string, EdgeReport>;
  /** Per cache node id; present only when the diagram has a cache. */
  caches?: Record<string, CacheReport>;
  /** Per load balancer id; only in a run whose diagram has one. */
  balancers?: Record<string, BalancerReport>;
  rootCauses: RootCause[];
  series: SeriesRow[];
  conservation: ConservationReport;
  /** Only when some service autoscales: the instance-seconds of every service, summed. */
  instanceSeconds?: number;
}
