import { LIMITS } from '../../model/limits';
import {
  ARRIVALS,
  CALL_ORDERS,
  COMPLETION_MODES,
  DISTRIBUTIONS,
  type NodeKind,
  WORKER_MODELS,
} from '../../model/nodes';

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
  /**
   * Whether the parameter matters for this item; when it does not (the spread of an
   * exponential distribution, backoff with one attempt), it is hidden: every field shown
   * changes what the engine does.
   */
  appliesTo?: (item: Record<string, unknown>) => boolean;
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

/** `item[group][key]`, for rules that read a nested parameter. */
export function field(item: Record<string, unknown>, group: string, key: string): unknown {
  const inner = item[group];
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>)[key] : undefined;
}

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
    appliesTo: (item) => ['lognormal', 'uniform'].includes(String(field(item, path, 'distribution'))),
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
      appliesTo: (item) => item.arrival === 'burst',
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
      help: 'Each poll is a real request to the service the client called.',
      appliesTo: (item) => item.completion === 'poll',
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
      help: 'A delivered message not acked in this time is delivered again. 0 = no timeout: never redelivered for taking long.',
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
    {
      path: ['poisonRate'],
      label: 'Poison messages',
      group: 'Traffic',
      control: 'number',
      min: 0,
      max: 1,
      step: 0.01,
      help: 'Fraction of messages no consumer can process (0 to 1): each fails every delivery until it is dead-lettered.',
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
