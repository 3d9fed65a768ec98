import {
  ARRIVALS,
  BACKOFFS,
  CALL_ORDERS,
  COMPLETION_MODES,
  DISTRIBUTIONS,
  type EdgeKind,
  JITTERS,
  LIMITS,
  type NodeKind,
  WORKER_MODELS,
} from '../../model';

/** The inspector's groups, in the order shown. */
export const GROUPS = ['Traffic', 'Capacity', 'Timing', 'Resilience'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * One parameter as the inspector shows it. `path` is where it lives in the node or edge
 * ("serviceTime.meanMs"); ranges repeat the schema's so the input can say them, while the
 * schema stays the judge of what is valid.
 */
export type FieldSpec = {
  path: readonly string[];
  label: string;
  group: Group;
  help?: string;
} & (
  | { control: 'number'; unit?: string; min: number; max: number; step?: number }
  | { control: 'choice'; options: readonly string[] }
  | { control: 'toggle' }
  /** A number, or a word meaning "no limit" ("unlimited", "none") chosen by a checkbox. */
  | {
      control: 'limit';
      unit?: string;
      min: number;
      max: number;
      word: string;
      wordLabel: string;
      restore: number;
    }
);

const distribution = (path: string, label: string, mean: string, spread: string): FieldSpec[] => [
  { path: [path, 'distribution'], label, group: 'Timing', control: 'choice', options: DISTRIBUTIONS },
  {
    path: [path, 'meanMs'],
    label: mean,
    group: 'Timing',
    control: 'number',
    unit: 'ms',
    min: 0,
    max: LIMITS.durationMs,
  },
  {
    path: [path, 'spread'],
    label: spread,
    group: 'Timing',
    control: 'number',
    min: 0,
    max: 10,
    step: 0.1,
    help: 'Log-normal: standard deviation ÷ mean. Uniform: half-width ÷ mean.',
  },
];

const errorRate: FieldSpec = {
  path: ['errorRate'],
  label: 'Injected error rate',
  group: 'Resilience',
  control: 'number',
  min: 0,
  max: 1,
  step: 0.01,
  help: 'Fraction of requests that fail by themselves (0 to 1).',
};

/** Every parameter of each node kind (DESIGN.md §1 "Node kinds"). */
export const NODE_FIELDS: Record<NodeKind, FieldSpec[]> = {
  client: [
    {
      path: ['rate'],
      label: 'Arrival rate',
      group: 'Traffic',
      control: 'number',
      unit: 'req/s',
      min: 0,
      max: LIMITS.rate,
    },
    { path: ['arrival'], label: 'Arrival process', group: 'Traffic', control: 'choice', options: ARRIVALS },
    {
      path: ['burstSize'],
      label: 'Requests per burst',
      group: 'Traffic',
      control: 'number',
      min: 1,
      max: 10_000,
      help: 'Used when the arrival process is "burst".',
    },
    {
      path: ['completion'],
      label: 'Learns async work finished by',
      group: 'Timing',
      control: 'choice',
      options: COMPLETION_MODES,
    },
    {
      path: ['pollIntervalS'],
      label: 'Poll interval',
      group: 'Timing',
      control: 'number',
      unit: 's',
      min: 0.05,
      max: 600,
      step: 0.05,
      help: 'Used when completion is "poll": each poll is a real request.',
    },
  ],
  service: [
    {
      path: ['instances'],
      label: 'Instances',
      group: 'Capacity',
      control: 'number',
      min: 1,
      max: LIMITS.instances,
    },
    {
      path: ['workers'],
      label: 'Workers per instance',
      group: 'Capacity',
      control: 'number',
      min: 1,
      max: LIMITS.workers,
    },
    {
      path: ['backlogLimit'],
      label: 'Backlog limit per instance',
      group: 'Capacity',
      control: 'limit',
      unit: 'requests',
      min: 0,
      max: LIMITS.backlog,
      word: 'unlimited',
      wordLabel: 'Unlimited backlog',
      restore: 100,
    },
    ...distribution('serviceTime', 'Service time distribution', 'Mean service time', 'Service time spread'),
    {
      path: ['workerModel'],
      label: 'Worker model',
      group: 'Timing',
      control: 'choice',
      options: WORKER_MODELS,
      help: 'Blocking: a worker stays busy while it waits on downstream calls.',
    },
    {
      path: ['callOrder'],
      label: 'Downstream calls',
      group: 'Timing',
      control: 'choice',
      options: CALL_ORDERS,
    },
    errorRate,
  ],
  queue: [
    {
      path: ['capacity'],
      label: 'Queue capacity',
      group: 'Capacity',
      control: 'limit',
      unit: 'messages',
      min: 1,
      max: LIMITS.queueCapacity,
      word: 'unlimited',
      wordLabel: 'Unlimited capacity',
      restore: 10_000,
    },
    {
      path: ['ackTimeoutMs'],
      label: 'Ack timeout',
      group: 'Timing',
      control: 'number',
      unit: 'ms',
      min: 0,
      max: LIMITS.durationMs,
      help: 'A delivered message not acked in this time is delivered again.',
    },
    {
      path: ['ttlS'],
      label: 'Message time-to-live',
      group: 'Timing',
      control: 'limit',
      unit: 's',
      min: 0.001,
      max: 86_400,
      word: 'none',
      wordLabel: 'Messages never expire',
      restore: 60,
    },
    {
      path: ['maxAttempts'],
      label: 'Delivery attempts',
      group: 'Resilience',
      control: 'number',
      min: 1,
      max: LIMITS.deliveryAttempts,
      help: 'Deliveries of one message before it is dead-lettered.',
    },
  ],
  database: [
    {
      path: ['pool'],
      label: 'Connection pool',
      group: 'Capacity',
      control: 'number',
      min: 1,
      max: LIMITS.workers,
    },
    {
      path: ['backlogLimit'],
      label: 'Backlog limit',
      group: 'Capacity',
      control: 'limit',
      unit: 'queries',
      min: 0,
      max: LIMITS.backlog,
      word: 'unlimited',
      wordLabel: 'Unlimited backlog',
      restore: 100,
    },
    ...distribution('latency', 'Latency distribution', 'Mean latency', 'Latency spread'),
    errorRate,
  ],
};

const common: FieldSpec[] = [
  {
    path: ['weight'],
    label: 'Traffic weight',
    group: 'Traffic',
    control: 'number',
    min: 0,
    max: 1000,
    step: 0.1,
    help: "Share of a client's requests sent this way, relative to its other edges.",
  },
  {
    path: ['latencyMs'],
    label: 'Network latency',
    group: 'Timing',
    control: 'number',
    unit: 'ms',
    min: 0,
    max: LIMITS.durationMs,
    help: 'One way.',
  },
];

const ms = (path: string[], label: string, group: Group, help?: string): FieldSpec => ({
  path,
  label,
  group,
  control: 'number',
  unit: 'ms',
  min: 0,
  max: LIMITS.durationMs,
  ...(help ? { help } : {}),
});

/** Every parameter of each edge kind (DESIGN.md §1 "Edge kinds"). */
export const EDGE_FIELDS: Record<EdgeKind, FieldSpec[]> = {
  rpc: [
    ...common,
    ms(['timeoutMs'], 'Timeout', 'Timing', 'The caller gives up on one attempt after this long.'),
    {
      path: ['retry', 'maxAttempts'],
      label: 'Attempts',
      group: 'Resilience',
      control: 'number',
      min: 1,
      max: LIMITS.retryAttempts,
      help: 'Counts the first try: 1 means no retry.',
    },
    {
      path: ['retry', 'backoff'],
      label: 'Backoff',
      group: 'Resilience',
      control: 'choice',
      options: BACKOFFS,
    },
    ms(['retry', 'baseMs'], 'Backoff base delay', 'Resilience'),
    ms(['retry', 'capMs'], 'Backoff cap', 'Resilience', 'Largest delay exponential backoff grows to.'),
    { path: ['retry', 'jitter'], label: 'Jitter', group: 'Resilience', control: 'choice', options: JITTERS },
    { path: ['breaker', 'enabled'], label: 'Circuit breaker', group: 'Resilience', control: 'toggle' },
    {
      path: ['breaker', 'failureThreshold'],
      label: 'Breaker failure threshold',
      group: 'Resilience',
      control: 'number',
      min: 0,
      max: 1,
      step: 0.05,
      help: 'Fraction of failed calls in the window that opens the breaker.',
    },
    {
      path: ['breaker', 'windowS'],
      label: 'Breaker window',
      group: 'Resilience',
      control: 'number',
      unit: 's',
      min: 0.1,
      max: 600,
      step: 0.1,
    },
    {
      path: ['breaker', 'minimumCalls'],
      label: 'Breaker minimum calls',
      group: 'Resilience',
      control: 'number',
      min: 1,
      max: 10_000,
    },
    {
      path: ['breaker', 'openS'],
      label: 'Breaker open for',
      group: 'Resilience',
      control: 'number',
      unit: 's',
      min: 0,
      max: LIMITS.runSeconds,
    },
    {
      path: ['breaker', 'halfOpenProbes'],
      label: 'Half-open probes',
      group: 'Resilience',
      control: 'number',
      min: 1,
      max: 1000,
    },
    {
      path: ['fallback'],
      label: 'Fallback on failure',
      group: 'Resilience',
      control: 'toggle',
      help: 'Treat a failed call as a degraded success (a cached or default answer).',
    },
  ],
  async: common,
};
