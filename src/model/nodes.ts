import { z } from 'zod';
import {
  fraction,
  identifier,
  limitOrUnlimited,
  milliseconds,
  numberIn,
  oneOf,
  text,
  wholeNumber,
} from './fields';
import { NODE_KINDS } from './kinds';
import { LIMITS } from './limits';

// The kinds live in kinds.ts (no zod there: the first render needs them).
export { NODE_KINDS, type NodeKind } from './kinds';

export const DISTRIBUTIONS = ['constant', 'exponential', 'lognormal', 'uniform'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/**
 * A time distribution. `spread` shapes the non-exponential ones: for log-normal it is the
 * coefficient of variation (standard deviation / mean); for uniform the half-width as a
 * fraction of the mean (0.5 → mean ± 50 %). Constant and exponential ignore it.
 */
export const timeDistributionSchema = (meanMs: number) =>
  z
    .strictObject({
      distribution: oneOf(DISTRIBUTIONS).default('exponential'),
      meanMs: milliseconds().default(meanMs),
      spread: numberIn(0, 10).default(0.5),
    })
    .prefault({});
export type TimeDistribution = z.output<ReturnType<typeof timeDistributionSchema>>;

const position = z.strictObject({
  x: numberIn(-LIMITS.coordinate, LIMITS.coordinate),
  y: numberIn(-LIMITS.coordinate, LIMITS.coordinate),
});

/** Fields every node has; they are never stripped as defaults. */
const base = {
  id: identifier(),
  label: text(LIMITS.labelLength),
  position,
};
export const NODE_BASE_KEYS = ['id', 'kind', 'label', 'position'] as const;

export const ARRIVALS = ['poisson', 'constant', 'burst'] as const;
export const COMPLETION_MODES = ['push', 'poll'] as const;

export const clientNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('client'),
  /** Requests per second. */
  rate: numberIn(0, LIMITS.rate, 'req/s').default(50),
  arrival: oneOf(ARRIVALS).default('poisson'),
  /** Requests per burst when `arrival` is "burst" (bursts come at rate / burstSize per second). */
  burstSize: wholeNumber(1, 10_000).default(10),
  /** How the client learns that asynchronous work finished. */
  completion: oneOf(COMPLETION_MODES).default('push'),
  /** Seconds between polls when `completion` is "poll". */
  pollIntervalS: numberIn(0.05, 600, 's').default(1),
});

export const WORKER_MODELS = ['blocking', 'nonblocking'] as const;
export const CALL_ORDERS = ['sequence', 'parallel'] as const;

export const serviceNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('service'),
  instances: wholeNumber(1, LIMITS.instances).default(1),
  /** Workers per instance. */
  workers: wholeNumber(1, LIMITS.workers).default(8),
  /** Requests waiting per instance beyond which new ones are rejected. */
  backlogLimit: limitOrUnlimited(0, LIMITS.backlog).default(100),
  serviceTime: timeDistributionSchema(20),
  /** Fraction of requests that fail by themselves (an injected bug). */
  errorRate: fraction().default(0),
  /** Blocking: a worker stays busy while it waits on downstream calls (thread per request). */
  workerModel: oneOf(WORKER_MODELS).default('blocking'),
  /** Whether downstream calls are made one after another or all at once. */
  callOrder: oneOf(CALL_ORDERS).default('sequence'),
});

export const queueNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('queue'),
  /** Messages the queue holds; a publish beyond it is rejected. */
  capacity: limitOrUnlimited(1, LIMITS.queueCapacity).default(10_000),
  /** Deliveries of one message before it is dead-lettered. */
  maxAttempts: wholeNumber(1, LIMITS.deliveryAttempts).default(5),
  /** A delivered message not acked within this time is redelivered; 0 means no timeout (never redelivered for taking long). */
  ackTimeoutMs: milliseconds().default(30_000),
  /**
   * Share of published messages that no consumer can process (a malformed payload, say):
   * each fails every delivery until it is dead-lettered. 0 means none.
   */
  poisonRate: fraction().default(0),
  /** Messages older than this are dropped to the dead-letter queue; "none" keeps them. */
  ttlS: z
    .union([z.literal('none'), numberIn(0.001, 86_400, 's')], {
      error: 'must be "none" or a number of seconds from 0.001 to 86400',
    })
    .default('none'),
});

export const databaseNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('database'),
  /** Connection pool size: queries served at once. */
  pool: wholeNumber(1, LIMITS.workers).default(20),
  /** Queries waiting for a connection beyond which new ones are rejected. */
  backlogLimit: limitOrUnlimited(0, LIMITS.backlog).default(100),
  latency: timeDistributionSchema(5),
  errorRate: fraction().default(0),
});

export const nodeSchema = z.discriminatedUnion(
  'kind',
  [clientNodeSchema, serviceNodeSchema, queueNodeSchema, databaseNodeSchema],
  { error: `kind must be one of ${NODE_KINDS.join(', ')}` },
);

export type ClientNode = z.output<typeof clientNodeSchema>;
export type ServiceNode = z.output<typeof serviceNodeSchema>;
export type QueueNode = z.output<typeof queueNodeSchema>;
export type DatabaseNode = z.output<typeof databaseNodeSchema>;
/** A node with every parameter filled in. */
export type DiagramNode = z.output<typeof nodeSchema>;
/** A node as stored: parameters equal to their default may be left out. */
export type StoredNode = z.input<typeof nodeSchema>;
