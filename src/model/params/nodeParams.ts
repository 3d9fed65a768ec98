/**
 * Every parameter of each node kind, declared once: range, unit, default, label, help, and
 * when it matters. The schema (nodes.ts) and the inspector are built from these.
 */
import { LIMITS } from '../limits';
import { BALANCER_PARAMS } from './balancerParams';
import type { ParamList, ParamOwner } from './types';

export const DISTRIBUTIONS = ['constant', 'exponential', 'lognormal', 'uniform'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];
export const ARRIVALS = ['poisson', 'constant', 'burst'] as const;
export const COMPLETION_MODES = ['push', 'poll'] as const;
export const WORKER_MODELS = ['blocking', 'nonblocking'] as const;
export const CALL_ORDERS = ['sequence', 'parallel'] as const;

/**
 * A time distribution. `spread` shapes the non-exponential ones: for log-normal it is the
 * coefficient of variation (standard deviation / mean); for uniform the half-width as a
 * fraction of the mean (0.5 → mean ± 50 %). Constant and exponential ignore it.
 */
export const timeDistribution = (meanMs: number, label: string, mean: string, spread: string) =>
  ({
    type: 'set',
    params: {
      distribution: {
        type: 'choice',
        label,
        group: 'Timing',
        options: DISTRIBUTIONS,
        default: 'exponential',
      },
      meanMs: {
        type: 'number',
        label: mean,
        group: 'Timing',
        unit: 'ms',
        min: 0,
        max: LIMITS.durationMs,
        default: meanMs,
      },
      spread: {
        type: 'number',
        label: spread,
        group: 'Timing',
        min: 0,
        max: 10,
        step: 0.1,
        default: 0.5,
        help: 'Log-normal: standard deviation ÷ mean. Uniform: half-width ÷ mean.',
        appliesTo: (owner: ParamOwner) =>
          owner.distribution === 'lognormal' || owner.distribution === 'uniform',
      },
    },
  }) as const satisfies ParamList[string];

const errorRate = {
  type: 'number',
  label: 'Injected error rate',
  group: 'Resilience',
  min: 0,
  max: 1,
  step: 0.01,
  default: 0,
  help: 'Fraction of requests that fail by themselves (0 to 1).',
} as const;

const backlogLimit = (unit: string, label: string) =>
  ({
    type: 'limit',
    label,
    group: 'Capacity',
    unit,
    min: 0,
    max: LIMITS.backlog,
    whole: true,
    word: 'unlimited',
    wordLabel: 'Unlimited backlog',
    restore: 100,
    default: 100,
  }) as const;

export const CLIENT_PARAMS = {
  rate: {
    type: 'number',
    label: 'Arrival rate',
    group: 'Traffic',
    unit: 'req/s',
    min: 0,
    max: LIMITS.rate,
    default: 50,
  },
  arrival: {
    type: 'choice',
    label: 'Arrival process',
    group: 'Traffic',
    options: ARRIVALS,
    default: 'poisson',
  },
  /** Bursts come at rate / burstSize per second. */
  burstSize: {
    type: 'number',
    label: 'Requests per burst',
    group: 'Traffic',
    min: 1,
    max: 10_000,
    whole: true,
    default: 10,
    appliesTo: (owner: ParamOwner) => owner.arrival === 'burst',
  },
  completion: {
    type: 'choice',
    label: 'Learns async work finished by',
    group: 'Timing',
    options: COMPLETION_MODES,
    default: 'push',
  },
  pollIntervalS: {
    type: 'number',
    label: 'Poll interval',
    group: 'Timing',
    unit: 's',
    min: 0.05,
    max: 600,
    step: 0.05,
    default: 1,
    help: 'Each poll is a real request to the service the client called.',
    appliesTo: (owner: ParamOwner) => owner.completion === 'poll',
  },
} as const satisfies ParamList;

export const SERVICE_PARAMS = {
  instances: {
    type: 'number',
    label: 'Instances',
    group: 'Capacity',
    min: 1,
    max: LIMITS.instances,
    whole: true,
    default: 1,
  },
  workers: {
    type: 'number',
    label: 'Workers per instance',
    group: 'Capacity',
    min: 1,
    max: LIMITS.workers,
    whole: true,
    default: 8,
  },
  /** Requests waiting per instance beyond which new ones are rejected. */
  backlogLimit: backlogLimit('requests', 'Backlog limit per instance'),
  serviceTime: timeDistribution(20, 'Service time distribution', 'Mean service time', 'Service time spread'),
  errorRate,
  workerModel: {
    type: 'choice',
    label: 'Worker model',
    group: 'Timing',
    options: WORKER_MODELS,
    default: 'blocking',
    help: 'Blocking: a worker stays busy while it waits on downstream calls.',
  },
  /** Whether downstream calls are made one after another or all at once. */
  callOrder: {
    type: 'choice',
    label: 'Downstream calls',
    group: 'Timing',
    options: CALL_ORDERS,
    default: 'sequence',
  },
} as const satisfies ParamList;

export const QUEUE_PARAMS = {
  /** A publish beyond it is rejected. */
  capacity: {
    type: 'limit',
    label: 'Queue capacity',
    group: 'Capacity',
    unit: 'messages',
    min: 1,
    max: LIMITS.queueCapacity,
    whole: true,
    word: 'unlimited',
    wordLabel: 'Unlimited capacity',
    restore: 10_000,
    default: 10_000,
  },
  maxAttempts: {
    type: 'number',
    label: 'Delivery attempts',
    group: 'Resilience',
    min: 1,
    max: LIMITS.deliveryAttempts,
    whole: true,
    default: 5,
    help: 'Deliveries of one message before it is dead-lettered.',
  },
  ackTimeoutMs: {
    type: 'number',
    label: 'Ack timeout',
    group: 'Timing',
    unit: 'ms',
    min: 0,
    max: LIMITS.durationMs,
    default: 30_000,
    help: 'A delivered message not acked in this time is delivered again. 0 = no timeout: never redelivered for taking long.',
  },
  /** A poison message (a malformed payload, say) fails every delivery until it is dead-lettered. */
  poisonRate: {
    type: 'number',
    label: 'Poison messages',
    group: 'Traffic',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0,
    help: 'Fraction of messages no consumer can process (0 to 1): each fails every delivery until it is dead-lettered.',
  },
  /** Messages older than this are dropped to the dead-letter queue; "none" keeps them. */
  ttlS: {
    type: 'limit',
    label: 'Message time-to-live',
    group: 'Timing',
    unit: 's',
    min: 0.001,
    max: 86_400,
    word: 'none',
    wordLabel: 'Messages never expire',
    restore: 60,
    default: 'none',
  },
} as const satisfies ParamList;

export const DATABASE_PARAMS = {
  /** Connection pool size: queries served at once. */
  pool: {
    type: 'number',
    label: 'Connection pool',
    group: 'Capacity',
    min: 1,
    max: LIMITS.workers,
    whole: true,
    default: 20,
  },
  backlogLimit: backlogLimit('queries', 'Backlog limit'),
  latency: timeDistribution(5, 'Latency distribution', 'Mean latency', 'Latency spread'),
  errorRate,
} as const satisfies ParamList;

/** The parameters of each node kind. */
export const NODE_PARAMS = {
  client: CLIENT_PARAMS,
  service: SERVICE_PARAMS,
  queue: QUEUE_PARAMS,
  database: DATABASE_PARAMS,
  balancer: BALANCER_PARAMS,
} as const;
