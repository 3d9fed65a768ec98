/**
 * Every parameter of each edge kind, declared once (see types.ts). When retry and breaker
 * parameters matter follows the engine's rules (src/sim/retry.ts).
 */
import { LIMITS } from '../limits';
import type { ParamList, ParamOwner } from './types';

export const BACKOFFS = ['none', 'constant', 'exponential'] as const;
export const JITTERS = ['none', 'full', 'equal', 'decorrelated'] as const;
export type Backoff = (typeof BACKOFFS)[number];
export type Jitter = (typeof JITTERS)[number];

const retries = (retry: ParamOwner) => Number(retry.maxAttempts) > 1;
const backsOff = (retry: ParamOwner) => retries(retry) && retry.backoff !== 'none';
const capped = (retry: ParamOwner) =>
  backsOff(retry) && (retry.backoff === 'exponential' || retry.jitter === 'decorrelated');
const budgeted = (retry: ParamOwner) => retries(retry) && retry.budget === true;
const breakerOn = (breaker: ParamOwner) => breaker.enabled === true;

const ms = (label: string, group: 'Timing' | 'Resilience', defaultMs: number) =>
  ({ type: 'number', label, group, unit: 'ms', min: 0, max: LIMITS.durationMs, default: defaultMs }) as const;

/** Parameters every edge has. */
export const EDGE_COMMON_PARAMS = {
  /** Share of a client's traffic sent over this edge, relative to its other edges. */
  weight: {
    type: 'number',
    label: 'Traffic weight',
    group: 'Traffic',
    min: 0,
    max: 1000,
    step: 0.1,
    default: 1,
    help: "Share of a client's requests sent this way, relative to its other edges.",
  },
  latencyMs: { ...ms('Network latency', 'Timing', 5), help: 'One way.' },
} as const satisfies ParamList;

/** Retries of one call. `maxAttempts` counts the first try: 1 means no retry. */
export const RETRY_PARAMS = {
  maxAttempts: {
    type: 'number',
    label: 'Attempts',
    group: 'Resilience',
    min: 1,
    max: LIMITS.retryAttempts,
    whole: true,
    default: 1,
    help: 'Counts the first try: 1 means no retry.',
  },
  backoff: {
    type: 'choice',
    label: 'Backoff',
    group: 'Resilience',
    options: BACKOFFS,
    default: 'exponential',
    appliesTo: retries,
  },
  /** First delay (constant backoff: every delay). */
  baseMs: { ...ms('Backoff base delay', 'Resilience', 100), appliesTo: backsOff },
  capMs: {
    ...ms('Backoff cap', 'Resilience', 5000),
    help: 'Largest delay exponential backoff grows to.',
    appliesTo: capped,
  },
  jitter: {
    type: 'choice',
    label: 'Jitter',
    group: 'Resilience',
    options: JITTERS,
    default: 'none',
    appliesTo: backsOff,
  },
  /**
   * A retry budget (src/sim/retryBudget.ts): over the last 10 s, retries may number at most
   * `budgetRatio` × the calls started plus `budgetMinPerS` × 10.
   */
  budget: {
    type: 'toggle',
    label: 'Retry budget',
    group: 'Resilience',
    default: false,
    since: 3,
    help: 'Retries stay under a share of the recent calls over this edge; a retry over budget is not sent.',
    appliesTo: retries,
  },
  budgetRatio: {
    type: 'number',
    label: 'Retry budget ratio',
    group: 'Resilience',
    min: 0,
    max: 10,
    step: 0.01,
    default: 0.1,
    since: 3,
    help: 'Retries allowed per call started in the last 10 s (0.1 = one retry for ten calls).',
    appliesTo: budgeted,
  },
  budgetMinPerS: {
    type: 'number',
    label: 'Retry budget floor',
    group: 'Resilience',
    unit: 'retries/s',
    min: 0,
    max: LIMITS.rate,
    default: 10,
    since: 3,
    help: 'Retries allowed per second whatever the traffic, so a quiet edge can still retry.',
    appliesTo: budgeted,
  },
} as const satisfies ParamList;

/** A circuit breaker on the caller's side of an RPC edge. */
export const BREAKER_PARAMS = {
  enabled: { type: 'toggle', label: 'Circuit breaker', group: 'Resilience', default: false },
  failureThreshold: {
    type: 'number',
    label: 'Breaker failure threshold',
    group: 'Resilience',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.5,
    help: 'Fraction of failed calls in the window that opens the breaker.',
    appliesTo: breakerOn,
  },
  /** The sliding window the failure rate is measured over. */
  windowS: {
    type: 'number',
    label: 'Breaker window',
    group: 'Resilience',
    unit: 's',
    min: 0.1,
    max: 600,
    step: 0.1,
    default: 10,
    appliesTo: breakerOn,
  },
  /** Calls in the window before the rate is trusted. */
  minimumCalls: {
    type: 'number',
    label: 'Breaker minimum calls',
    group: 'Resilience',
    min: 1,
    max: 10_000,
    whole: true,
    default: 10,
    appliesTo: breakerOn,
  },
  /** How long the breaker stays open before letting probes through. */
  openS: {
    type: 'number',
    label: 'Breaker open for',
    group: 'Resilience',
    unit: 's',
    min: 0,
    max: LIMITS.runSeconds,
    default: 5,
    appliesTo: breakerOn,
  },
  /** Probe calls allowed (and needed to succeed) in the half-open state. */
  halfOpenProbes: {
    type: 'number',
    label: 'Half-open probes',
    group: 'Resilience',
    min: 1,
    max: 1000,
    whole: true,
    default: 3,
    appliesTo: breakerOn,
  },
} as const satisfies ParamList;

export const RPC_PARAMS = {
  timeoutMs: {
    ...ms('Timeout', 'Timing', 2000),
    help: 'The caller gives up on one attempt after this long. 0 = no timeout: it waits as long as it takes.',
  },
  retry: { type: 'set', params: RETRY_PARAMS },
  breaker: { type: 'set', params: BREAKER_PARAMS },
  fallback: {
    type: 'toggle',
    label: 'Fallback on failure',
    group: 'Resilience',
    default: false,
    help: 'Treat a failed call as a degraded success (a cached or default answer).',
  },
} as const satisfies ParamList;

/** The parameters of each edge kind, besides EDGE_COMMON_PARAMS. */
export const EDGE_PARAMS = { rpc: RPC_PARAMS, async: {} } as const;
