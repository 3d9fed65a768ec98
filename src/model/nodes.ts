import { z } from 'zod';
import { identifier, numberIn, text } from './fields';
import { NODE_KINDS } from './kinds';
import { LIMITS } from './limits';
import { paramShape } from './paramSchema';
import { BALANCER_PARAMS } from './params/balancerParams';
import { CACHE_PARAMS } from './params/cacheParams';
import { CLIENT_PARAMS, DATABASE_PARAMS, QUEUE_PARAMS, SERVICE_PARAMS } from './params/nodeParams';
import { clientTrafficShape } from './trafficSchema';

// The kinds live in kinds.ts (no zod there: the first render needs them).
export { NODE_KINDS, type NodeKind } from './kinds';
export {
  ARRIVALS,
  CALL_ORDERS,
  COMPLETION_MODES,
  DISTRIBUTIONS,
  type Distribution,
  WORKER_MODELS,
} from './params/nodeParams';

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

// Every parameter's range, default and words are declared in params/nodeParams.ts.
export const clientNodeSchema = z
  .strictObject({
    ...base,
    kind: z.literal('client'),
    ...paramShape(CLIENT_PARAMS),
    ...clientTrafficShape,
  })
  .refine((n) => !(n.rateSchedule && n.rateTrace), {
    error: 'a client follows a rate schedule or a rate trace, not both: remove one',
    path: ['rateTrace'],
  });

export const serviceNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('service'),
  ...paramShape(SERVICE_PARAMS),
});

export const queueNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('queue'),
  ...paramShape(QUEUE_PARAMS),
});

export const databaseNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('database'),
  ...paramShape(DATABASE_PARAMS),
});

/** A cache in front of a service or database on an RPC path (params/cacheParams.ts). */
export const cacheNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('cache'),
  ...paramShape(CACHE_PARAMS),
});

export const balancerNodeSchema = z.strictObject({
  ...base,
  kind: z.literal('balancer'),
  ...paramShape(BALANCER_PARAMS),
});

export const nodeSchema = z.discriminatedUnion(
  'kind',
  [
    clientNodeSchema,
    serviceNodeSchema,
    queueNodeSchema,
    databaseNodeSchema,
    cacheNodeSchema,
    balancerNodeSchema,
  ],
  { error: `kind must be one of ${NODE_KINDS.join(', ')}` },
);

export type ClientNode = z.output<typeof clientNodeSchema>;
export type ServiceNode = z.output<typeof serviceNodeSchema>;
export type QueueNode = z.output<typeof queueNodeSchema>;
export type DatabaseNode = z.output<typeof databaseNodeSchema>;
export type CacheNode = z.output<typeof cacheNodeSchema>;
export type BalancerNode = z.output<typeof balancerNodeSchema>;
/** A node with every parameter filled in. */
export type DiagramNode = z.output<typeof nodeSchema>;
/** A node as stored: parameters equal to their default may be left out. */
export type StoredNode = z.input<typeof nodeSchema>;
/** A time distribution (a service's service time, a database's latency). */
export type TimeDistribution = ServiceNode['serviceTime'];
