/**
 * The engine's public contract. The CLI, the Web Worker, the live view and the tests use
 * only what is declared here (and report.ts); everything else in sim/ is internal.
 */
import type { Fault, FaultlineDocument } from '../model';
import type { InstanceCounts, NodeHealth, NodeRole, Report, SeriesRow } from './report';
import type { PackedTransfers } from './transferPacking';

/** Guard rails against runaway runs (they keep a bad document from freezing the page). A run that hits one stops with its name. */
export interface SimLimits {
  /** Events processed in one run. */
  eventsPerRun: number;
  /** Events processed at one simulated instant (zero service times in a cycle would never advance the clock). */
  eventsPerInstant: number;
  /** Requests and messages alive at once. */
  inFlight: number;
  /** Calls one request may make down a chain (RPC cycles end here). */
  hopsPerRequest: number;
  /** Events waiting in the future event list (stale timeouts of huge rates would otherwise pile up). */
  pendingEvents: number;
  /**
   * Cells (one per client, node, queue and RPC edge in a row) the per-second series may hold.
   * Not a stop: past it the series is thinned into wider buckets (seriesBudget.ts).
   */
  seriesCells: number;
}

export interface SimOptions {
  /** Overrides the document's seed. */
  seed?: number;
  /** Overrides the document's duration, in seconds. */
  durationS?: number;
  limits?: Partial<SimLimits>;
  /** Keep the transfers in flight for frame() (default true); the CLI and benchmarks turn it off. */
  trackTransfers?: boolean;
}

export type { Transfer, TransferKind } from './transferPacking';

/** Live state of one node for the canvas. */
export interface NodeLive {
  health: NodeHealth;
  /** Workers busy / total (database: connections). */
  busy: number;
  workers: number;
  /** Requests waiting for a worker. */
  backlog: number;
  /** Queues: messages held, and age of the oldest one in ms. */
  depth: number;
  oldestAgeMs: number;
  /** "cause" or "victim" over the failures of the last second, with the cause's node id for victims. */
  role: NodeRole;
  causeNode?: string;
  /** Services and databases with slowdown under load: the factor work starting now gets, when over 1 (slowdownLive.ts). */
  slowdown?: number;
  /** A rate-limited service whose token bucket is empty: calls arriving now fail as rate limited. */
  limiting?: boolean;
  /** Autoscaled services only: instances live, booting and draining now. */
  instances?: InstanceCounts;
  /** Clients following a rate schedule or trace: the rate they send at now (req/s). */
  ratePerS?: number;
  /** Closed-loop clients: their users now. */
  users?: number;
  /** Caches only: hits ÷ lookups over the last whole second (0 with none), and entries held. */
  cache?: { hitRatio: number; entries: number; capacity: number };
}

export interface EdgeLive {
  breaker: 'closed' | 'open' | 'halfOpen' | null;
  /** Calls and failures per second over the last simulated second. */
  callsPerS: number;
  failuresPerS: number;
  /** An edge from a load balancer whose backend it takes out now (balancerHealth.ts); absent otherwise. */
  backendOut?: 'ejected' | 'unhealthy';
}

/** A point where something failed, to flash on the canvas. */
export interface FailureFlash {
  node: string;
  edge?: string;
  atMs: number;
}

/** Everything the canvas draws at one simulated instant. */
export interface Frame {
  tMs: number;
  /**
   * Transfers in flight at tMs, at most the requested number, evenly sampled, packed
   * (transferPacking.ts): the form they keep all the way to the overlay.
   */
  transfers: PackedTransfers;
  /** How many real transfers one drawn dot stands for (1 when nothing was sampled away). */
  perDot: number;
  nodes: Record<string, NodeLive>;
  edges: Record<string, EdgeLive>;
  /** Failures in the last FLASH_MS (flashes.ts) of simulated time. */
  flashes: FailureFlash[];
}

/** A line of the run's story for the event log: grouped, never one per request. */
export interface RunLogEntry {
  tMs: number;
  kind: 'fault' | 'recovery' | 'health' | 'breaker' | 'failures' | 'deadLetter' | 'limit' | 'finished';
  /** The node or edge it is about. */
  subject: string;
  /** "payments restarting (redeploy)", "orders → payments: connection refused — 37 client requests failed" */
  text: string;
}

export type RunState = 'ready' | 'running' | 'finished' | 'stopped';

export interface RunStatus {
  state: RunState;
  /** For "stopped": which limit, in words. */
  reason?: string;
}

/** Plain data (structuredClone-able): restoring it and running forward replays identically. */
export type SimCheckpoint = { readonly __checkpoint: true } & Record<string, unknown>;

export interface Simulation {
  readonly doc: FaultlineDocument;
  /** Simulated time in ms. */
  now(): number;
  /** End of the run in ms. */
  endMs(): number;
  /** Processes every event up to and including tMs (capped at the end of the run). */
  runUntil(tMs: number): RunStatus;
  runToEnd(): RunStatus;
  status(): RunStatus;
  checkpoint(): SimCheckpoint;
  restore(checkpoint: SimCheckpoint): void;
  /** Adds a fault starting now (live injection); returns it as written into the timeline. */
  injectFault(fault: Omit<Fault, 'startS' | 'id'> & { id?: string }): Fault;
  /** The faults of the run, including injected ones: the timeline that reproduces it. */
  faults(): Fault[];
  /**
   * What to draw now. With `sinceMs`, transfers are those in flight at any time from
   * `sinceMs` to now (the live view animates the interval between two frames).
   */
  frame(maxTransfers?: number, sinceMs?: number): Frame;
  /** Log entries from index `from` on. */
  log(from?: number): RunLogEntry[];
  /**
   * Rows of the series from index `from` on, as report().series has them (the last row may
   * be a bucket still filling), without building the rest of the report.
   */
  series(from?: number): SeriesRow[];
  /** Changes whenever rows already written were replaced (the series was thinned). */
  seriesRevision(): number;
  report(): Report;
}
