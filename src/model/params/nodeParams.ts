/**
 * Every parameter of each node kind, declared once: range, unit, default, label, help, and
 * when it matters. The schema (nodes.ts) and the inspector are built from these.
 */
import { LIMITS } from '../limits';
import { TRAFFIC_LIMITS } from '../trafficShape';
import { BALANCER_PARAMS } from './balancerParams';
import { CACHE_PARAMS } from './cacheParams';
import { backlogOrder, loadFactorParams, maxWaitMs } from './capacityParams';
import type { ParamList, ParamOwner } from './types';

/** Whether a client's parameter matters: rates only for an open loop, users only for a closed one. */
const openLoop = (owner: ParamOwner) => owner.loop !== 'closed';
const closedLoop = (owner: ParamOwner) => owner.loop === 'closed';

export const DISTRIBUTIONS = ['constant', 'exponential', 'lognormal', 'uniform'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];
export const ARRIVALS = ['poisson', 'constant', 'burst'] as const;
export const COMPLETION_MODES = ['push', 'poll'] as const;
/** Open loop: requests arrive at a rate whatever became of earlier ones. Closed loop: users wait, think, send again. */
export const CLIENT_LOOPS = ['open', 'closed'] as const;
export const WORKER_MODELS = ['blocking', 'nonblocking'] as const;
export const CALL_ORDERS = ['sequence', 'parallel'] as const;
/** What an autoscaled service measures (src/sim/autoscale.ts has the rule). */
export const SCALE_METRICS = ['utilisation', 'backlog', 'queueDepth'] as const;
export type ScaleMetric = (typeof SCALE_METRICS)[number];

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

const rateLimited = (limit: ParamOwner) => limit.enabled === true;

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
    appliesTo: (owner: ParamOwner) => openLoop(owner) && !owner.rateSchedule && owner.rateTrace === undefined,
  },
  arrival: {
    type: 'choice',
    label: 'Arrival process',
    group: 'Traffic',
    options: ARRIVALS,
    default: 'poisson',
    appliesTo: openLoop,
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
    appliesTo: (owner: ParamOwner) => openLoop(owner) && owner.arrival === 'burst',
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
  loop: {
    type: 'choice',
    label: 'Client model',
    group: 'Traffic',
    options: CLIENT_LOOPS,
    default: 'open',
    help: 'Open: requests arrive at a rate, whatever became of earlier ones. Closed: a number of users, each waits for its answer (reply, failure or timeout), thinks, then sends again.',
    since: 3,
  },
  users: {
    type: 'number',
    label: 'Users',
    group: 'Traffic',
    unit: 'users',
    min: 0,
    max: TRAFFIC_LIMITS.users,
    whole: true,
    default: 10,
    help: 'Closed-loop users, each with at most one request in flight.',
    appliesTo: closedLoop,
    since: 3,
  },
  thinkTime: {
    ...timeDistribution(1000, 'Think time distribution', 'Mean think time', 'Think time spread'),
    appliesTo: closedLoop,
    since: 3,
  },
} as const satisfies ParamList;

const scales = (a: ParamOwner) => a.enabled === true;
const seconds = (label: string, defaultS: number, help: string) =>
  ({
    type: 'number',
    label,
    group: 'Capacity',
    unit: 's',
    min: 0,
    max: 3600,
    step: 0.1,
    default: defaultS,
    help,
    appliesTo: scales,
  }) as const;

/**
 * Autoscaling of a service's instances (off by default). Every `intervalS` the autoscaler
 * samples its metric and aims at ceil(live instances × metric ÷ target) instances, moving
 * at most `step` at a time, within [minInstances, maxInstances], respecting the cooldowns.
 * A new instance serves only after `coldStartS`; one taken away first drains. The rule
 * in full is in docs/engine.md (Autoscaling) and src/sim/autoscale.ts.
 */
export const AUTOSCALE_PARAMS = {
  enabled: { type: 'toggle', label: 'Autoscaling', group: 'Capacity', default: false },
  minInstances: {
    type: 'number',
    label: 'Minimum instances',
    group: 'Capacity',
    min: 1,
    max: LIMITS.instances,
    whole: true,
    default: 1,
    appliesTo: scales,
  },
  maxInstances: {
    type: 'number',
    label: 'Maximum instances',
    group: 'Capacity',
    min: 1,
    max: LIMITS.instances,
    whole: true,
    default: 10,
    help: 'A maximum below the minimum counts as the minimum.',
    appliesTo: scales,
  },
  metric: {
    type: 'choice',
    label: 'Scale on',
    group: 'Capacity',
    options: SCALE_METRICS,
    default: 'utilisation',
    help: 'utilisation: busy ÷ live workers. backlog: requests waiting per live instance. queueDepth: messages waiting in the queues it consumes from, per live instance.',
    appliesTo: scales,
  },
  targetUtilisation: {
    type: 'number',
    label: 'Target utilisation',
    group: 'Capacity',
    min: 0.01,
    max: 1,
    step: 0.05,
    default: 0.7,
    help: 'Fraction of live workers busy that the autoscaler aims at (0.01 to 1).',
    appliesTo: (a: ParamOwner) => scales(a) && a.metric === 'utilisation',
  },
  targetPerInstance: {
    type: 'number',
    label: 'Target waiting per instance',
    group: 'Capacity',
    min: 0.01,
    max: 1_000_000,
    default: 10,
    help: 'Requests (backlog) or messages (queue depth) waiting per live instance that the autoscaler aims at.',
    appliesTo: (a: ParamOwner) => scales(a) && a.metric !== 'utilisation',
  },
  intervalS: {
    ...seconds('Evaluation interval', 5, 'How often the autoscaler samples its metric and decides.'),
    min: 0.1,
  },
  step: {
    type: 'number',
    label: 'Instances per decision',
    group: 'Capacity',
    min: 1,
    max: LIMITS.instances,
    whole: true,
    default: 1,
    help: 'At most this many instances are added or removed at one evaluation.',
    appliesTo: scales,
  },
  scaleOutCooldownS: seconds('Scale-out cooldown', 10, 'No new scale-out this soon after the last one.'),
  scaleInCooldownS: seconds('Scale-in cooldown', 60, 'No scale-in this soon after any scaling.'),
  coldStartS: seconds('Cold start', 20, 'Boot time: a new instance serves only after it.'),
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
    help: 'With autoscaling, the count it starts with (kept within its minimum and maximum).',
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
  loadFactor: loadFactorParams(4),
  backlogOrder,
  maxWaitMs,
  /**
   * A token bucket in front of the whole service (all its instances together, as an API
   * gateway limits an API): calls beyond it fail at once as "rate limited" (src/sim/rateLimit.ts).
   */
  rateLimit: {
    type: 'set',
    since: 3,
    params: {
      enabled: {
        type: 'toggle',
        label: 'Rate limit',
        group: 'Capacity',
        default: false,
        help: 'Calls beyond the allowed rate fail at once, before they reach an instance.',
      },
      ratePerS: {
        type: 'number',
        label: 'Allowed rate',
        group: 'Capacity',
        unit: 'req/s',
        min: 0,
        max: LIMITS.rate,
        default: 100,
        help: 'Calls per second the whole service accepts, all instances together.',
        appliesTo: rateLimited,
      },
      burst: {
        type: 'number',
        label: 'Allowed burst',
        group: 'Capacity',
        unit: 'requests',
        min: 1,
        max: LIMITS.backlog,
        whole: true,
        default: 100,
        help: 'Calls accepted at once after a quiet spell: the size of the token bucket.',
        appliesTo: rateLimited,
      },
    },
  },
  /** Deadline propagation (src/sim/deadlines.ts). */
  propagateDeadline: {
    type: 'toggle',
    label: 'Propagate deadlines',
    group: 'Timing',
    default: false,
    since: 3,
    help: "Downstream calls get only the time left of the caller's own timeout, and work whose caller gave up is dropped instead of started.",
  },
  autoscale: { type: 'set', since: 3, params: AUTOSCALE_PARAMS },
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
  loadFactor: loadFactorParams(10),
  backlogOrder,
  maxWaitMs,
} as const satisfies ParamList;

/** The parameters of each node kind. */
export const NODE_PARAMS = {
  client: CLIENT_PARAMS,
  service: SERVICE_PARAMS,
  queue: QUEUE_PARAMS,
  database: DATABASE_PARAMS,
  cache: CACHE_PARAMS,
  balancer: BALANCER_PARAMS,
} as const;
