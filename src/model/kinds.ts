/**
 * The kinds of node, edge and fault, as plain constants without the schema: the first
 * render (palette, drag and drop) needs them, and importing them from the schema modules
 * would bring zod into the first visit (docs/performance.md). The schema modules
 * (nodes.ts, edges.ts, scenario.ts) build their enums from these and re-export them.
 */

/** The kinds of node. An enum: never a free string. */
export const NODE_KINDS = ['client', 'service', 'queue', 'database', 'cache', 'balancer'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The two kinds of edge: a direct RPC call, or messages through a queue. */
export const EDGE_KINDS = ['rpc', 'async'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The kinds of fault a scenario's timeline can hold. */
export const FAULT_KINDS = [
  'crash',
  'redeploy',
  'slow',
  'errors',
  'capacity',
  'partition',
  'surge',
  'flush',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * The document version that introduced each kind added after version 2; a kind not listed
 * is as old as version 2. An older document that uses a newer kind is refused by its own
 * version's schema (newerFeatures.ts).
 */
export const NODE_KIND_SINCE: Readonly<Partial<Record<NodeKind, number>>> = { cache: 3, balancer: 3 };
export const EDGE_KIND_SINCE: Readonly<Partial<Record<EdgeKind, number>>> = {};
export const FAULT_KIND_SINCE: Readonly<Partial<Record<FaultKind, number>>> = { flush: 3 };
