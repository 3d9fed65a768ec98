import { connectionProblem, needsQueueBetween, outgoingProblem } from '../../model/connections';
import { createEdge, createNode } from '../../model/defaults';
import type { EdgeKind } from '../../model/edges';
import { edgeId, nextId, usedIds } from '../../model/ids';
import { LIMITS } from '../../model/limits';
import type { FaultlineDocument } from '../../model/schema';
import { placeBetween } from './layout';
import { applied, type EditResult, refused } from './result';

/** A name for a queue inserted in front of `label`, within the schema's length. */
export const queueLabelFor = (label: string) => `${label || 'consumer'} queue`.slice(0, LIMITS.labelLength);

/**
 * Connects `source` to `target` with an edge of `kind`, or says why not. An async edge
 * between two nodes that cannot talk through messages directly (service → service, client
 * → service) becomes node → new queue → node, in the same edit.
 */
export function connect(
  doc: FaultlineDocument,
  sourceId: string,
  targetId: string,
  kind: EdgeKind,
): EditResult {
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  if (!source || !target) return refused('Both ends of an edge must be nodes of the diagram.');
  if (sourceId === targetId) return refused('An edge cannot connect a node to itself.');
  if (doc.edges.some((e) => e.source === sourceId && e.target === targetId)) {
    return refused(
      `There is already an edge from ${source.label || source.id} to ${target.label || target.id}.`,
    );
  }
  const problem =
    connectionProblem(kind, source.kind, target.kind) ??
    outgoingProblem(source.kind, doc.edges.filter((e) => e.source === sourceId).length);
  if (problem) return refused(problem);
  const queued = needsQueueBetween(kind, source.kind, target.kind);
  if (doc.edges.length + (queued ? 2 : 1) > LIMITS.edges)
    return refused(`A diagram holds at most ${LIMITS.edges} edges.`);
  const taken = usedIds(doc);
  if (!queued) {
    const id = edgeId(taken, sourceId, targetId);
    return applied({ ...doc, edges: [...doc.edges, createEdge(kind, id, sourceId, targetId)] }, [id]);
  }
  if (doc.nodes.length >= LIMITS.nodes) return refused(`A diagram holds at most ${LIMITS.nodes} nodes.`);
  const queueId = nextId(taken, 'queue');
  const { queueAt, nodes } = placeBetween(doc, source, target);
  const queue = createNode('queue', queueId, queueLabelFor(target.label), queueAt);
  const publish = createEdge('async', edgeId(taken, sourceId, queueId), sourceId, queueId);
  const consume = createEdge('async', edgeId(taken, queueId, targetId), queueId, targetId);
  return applied({ ...doc, nodes: [...nodes, queue], edges: [...doc.edges, publish, consume] }, [
    queueId,
    publish.id,
    consume.id,
  ]);
}
