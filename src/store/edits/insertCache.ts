import { connectionProblem } from '../../model/connections';
import { createEdge, createNode } from '../../model/defaults';
import type { DiagramEdge } from '../../model/edges';
import { edgeId, nextId, usedIds } from '../../model/ids';
import { LIMITS } from '../../model/limits';
import type { FaultlineDocument } from '../../model/schema';
import { type Point, toPosition } from './position';
import { fixReferences } from './references';
import { applied, type EditResult, refused } from './result';

/**
 * A cache dropped on the RPC edge A → B goes between them: A → cache → B, in one undoable
 * step. The caller's edge keeps its id-derived name, its timeout, retries, breaker and
 * partition faults (the caller still calls the same way, only now the cache); the cache's
 * edge to its backend has the defaults and the old edge's latency.
 */
export function insertCache(doc: FaultlineDocument, id: string, position: Point): EditResult {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge) return refused('That edge is no longer in the diagram.');
  if (edge.kind !== 'rpc') return refused('A cache goes on an RPC call, not on a path through a queue.');
  const source = doc.nodes.find((n) => n.id === edge.source)!;
  const target = doc.nodes.find((n) => n.id === edge.target)!;
  const problem =
    connectionProblem('rpc', source.kind, 'cache') ?? connectionProblem('rpc', 'cache', target.kind);
  if (problem) return refused(problem);
  if (doc.nodes.length >= LIMITS.nodes) return refused(`A diagram holds at most ${LIMITS.nodes} nodes.`);
  if (doc.edges.length + 1 > LIMITS.edges) return refused(`A diagram holds at most ${LIMITS.edges} edges.`);
  const taken = usedIds(doc);
  taken.delete(edge.id);
  const cacheId = nextId(taken, 'cache');
  const cache = createNode('cache', cacheId, `Cache ${cacheId.slice('cache-'.length)}`, toPosition(position));
  const front: DiagramEdge = { ...edge, id: edgeId(taken, source.id, cacheId), target: cacheId };
  const back: DiagramEdge = {
    ...createEdge('rpc', edgeId(taken, cacheId, target.id), cacheId, target.id),
    latencyMs: edge.latencyMs,
  };
  const edges = doc.edges.flatMap((e) => (e.id === id ? [front, back] : [e]));
  const next = fixReferences(
    { ...doc, nodes: [...doc.nodes, cache], edges },
    new Set(),
    new Map([[id, front.id]]),
  );
  return applied(next, [cacheId, front.id, back.id]);
}
