/**
 * What the editor may let the learner do in a challenge, asked item by item: the same rules
 * as the tamper check (locked.ts), for greying out fields and refusing edits up front. The
 * tamper check stays the last word: whatever slips past here is refused by the check.
 */
import type { FaultlineDocument, NodeKind } from '../model';
import { ASYNC_EDGE, type Challenge, REPLACE_EDGE } from './format';
import { isFreed } from './paramNames';

export interface ChallengeLocks {
  /** Whether the node is one of the start's: it may not be removed nor change kind. */
  isStartNode(id: string): boolean;
  /** Whether the edge is one of the start's. */
  isStartEdge(id: string): boolean;
  /** Whether a parameter ("workers", "retry.maxAttempts") of the node may be edited: freed, or the node was added. */
  mayEditNodeParam(nodeId: string, path: string): boolean;
  /** The same for an edge. */
  mayEditEdgeParam(edgeId: string, path: string): boolean;
  /** Whether the learner may remove the node (only nodes they added). */
  mayRemoveNode(id: string): boolean;
  /** Whether the learner may remove the edge: one they added, or one freed with "async" or "replace" (then rerouted). */
  mayRemoveEdge(id: string): boolean;
  /** Whether the edge may be turned async. */
  mayTurnAsync(id: string): boolean;
  /** Whether the learner may add a node of this kind. */
  mayAddKind(kind: NodeKind): boolean;
  /** Whether a new edge between these two nodes may be drawn (it must touch a node the learner added). */
  mayConnect(source: string, target: string): boolean;
  /** The fault timeline, the traffic and the duration are always locked. */
  readonly scenarioLocked: true;
}

/** The locks of `challenge`, whose start (parsed) is `start`. */
export function challengeLocks(challenge: Challenge, start: FaultlineDocument): ChallengeLocks {
  const nodes = new Set(start.nodes.map((n) => n.id));
  const edges = new Set(start.edges.map((e) => e.id));
  const { allowed } = challenge;
  const edgeFreed = (id: string, name: string) => allowed.edges[id]?.includes(name) ?? false;
  return {
    isStartNode: (id) => nodes.has(id),
    isStartEdge: (id) => edges.has(id),
    mayEditNodeParam: (id, path) => !nodes.has(id) || isFreed(path, allowed.params[id]),
    mayEditEdgeParam: (id, path) => !edges.has(id) || isFreed(path, allowed.edges[id]),
    mayRemoveNode: (id) => !nodes.has(id),
    mayRemoveEdge: (id) => !edges.has(id) || edgeFreed(id, ASYNC_EDGE) || edgeFreed(id, REPLACE_EDGE),
    mayTurnAsync: (id) => !edges.has(id) || edgeFreed(id, ASYNC_EDGE),
    mayAddKind: (kind) => allowed.addKinds.includes(kind),
    mayConnect: (source, target) => !nodes.has(source) || !nodes.has(target),
    scenarioLocked: true,
  };
}
