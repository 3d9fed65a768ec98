import { z } from 'zod';
import { fraction, identifier, milliseconds, numberIn, oneOf, seconds, text, wholeNumber } from './fields';
import { EDGE_KINDS } from './kinds';
import { LIMITS } from './limits';

// The kinds live in kinds.ts (no zod there: the first render needs them).
export { EDGE_KINDS, type EdgeKind } from './kinds';

export const BACKOFFS = ['none', 'constant', 'exponential'] as const;
export const JITTERS = ['none', 'full', 'equal', 'decorrelated'] as const;
export type Backoff = (typeof BACKOFFS)[number];
export type Jitter = (typeof JITTERS)[number];

/** Retries of one call. `maxAttempts` counts the first try: 1 means no retry. */
export const retrySchema = z
  .strictObject({
    maxAttempts: wholeNumber(1, LIMITS.retryAttempts).default(1),
    backoff: oneOf(BACKOFFS).default('exponential'),
    /** First delay (constant backoff: every delay). */
    baseMs: milliseconds().default(100),
    /** Largest delay exponential backoff grows to. */
    capMs: milliseconds().default(5000),
    jitter: oneOf(JITTERS).default('none'),
  })
  .prefault({});

/** A circuit breaker on the caller's side of an RPC edge. */
export const breakerSchema = z
  .strictObject({
    enabled: z.boolean({ error: 'must be true or false' }).default(false),
    /** Fraction of failed calls in the window that opens the breaker. */
    failureThreshold: fraction().default(0.5),
    /** The sliding window the failure rate is measured over. */
    windowS: numberIn(0.1, 600, 's').default(10),
    /** Calls in the window before the rate is trusted. */
    minimumCalls: wholeNumber(1, 10_000).default(10),
    /** How long the breaker stays open before letting probes through. */
    openS: seconds().default(5),
    /** Probe calls allowed (and needed to succeed) in the half-open state. */
    halfOpenProbes: wholeNumber(1, 1000).default(3),
  })
  .prefault({});

const base = {
  id: identifier(),
  source: identifier(),
  target: identifier(),
  label: text(LIMITS.labelLength).default(''),
  /** Share of a client's traffic sent over this edge, relative to its other edges. */
  weight: numberIn(0, 1000).default(1),
  /** One-way network latency. */
  latencyMs: milliseconds().default(5),
};
export const EDGE_BASE_KEYS = ['id', 'kind', 'source', 'target'] as const;

export const rpcEdgeSchema = z.strictObject({
  ...base,
  kind: z.literal('rpc'),
  /** The caller gives up on one attempt after this long; 0 means no timeout (it waits as long as it takes). */
  timeoutMs: milliseconds().default(2000),
  retry: retrySchema,
  breaker: breakerSchema,
  /** Treat a failed call as a degraded success (a cached or default answer). */
  fallback: z.boolean({ error: 'must be true or false' }).default(false),
});

export const asyncEdgeSchema = z.strictObject({
  ...base,
  kind: z.literal('async'),
});

export const edgeSchema = z.discriminatedUnion('kind', [rpcEdgeSchema, asyncEdgeSchema], {
  error: `kind must be one of ${EDGE_KINDS.join(', ')}`,
});

export type RpcEdge = z.output<typeof rpcEdgeSchema>;
export type AsyncEdge = z.output<typeof asyncEdgeSchema>;
export type RetryPolicy = z.output<typeof retrySchema>;
export type BreakerPolicy = z.output<typeof breakerSchema>;
/** An edge with every parameter filled in. */
export type DiagramEdge = z.output<typeof edgeSchema>;
export type StoredEdge = z.input<typeof edgeSchema>;
