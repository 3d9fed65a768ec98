import { z } from 'zod';
import { identifier, text } from './fields';
import { EDGE_KINDS } from './kinds';
import { LIMITS } from './limits';
import { paramShape } from './paramSchema';
import { EDGE_COMMON_PARAMS, RPC_PARAMS } from './params/edgeParams';

// The kinds live in kinds.ts (no zod there: the first render needs them).
export { EDGE_KINDS, type EdgeKind } from './kinds';

export { BACKOFFS, type Backoff, JITTERS, type Jitter } from './params/edgeParams';

const base = {
  id: identifier(),
  source: identifier(),
  target: identifier(),
  label: text(LIMITS.labelLength).default(''),
  ...paramShape(EDGE_COMMON_PARAMS),
};
export const EDGE_BASE_KEYS = ['id', 'kind', 'source', 'target'] as const;

export const rpcEdgeSchema = z.strictObject({
  ...base,
  kind: z.literal('rpc'),
  ...paramShape(RPC_PARAMS),
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
export type RetryPolicy = RpcEdge['retry'];
export type BreakerPolicy = RpcEdge['breaker'];
/** An edge with every parameter filled in. */
export type DiagramEdge = z.output<typeof edgeSchema>;
export type StoredEdge = z.input<typeof edgeSchema>;
