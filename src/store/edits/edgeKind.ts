import { createEdge, createNode } from '../../model/defaults';
import type { DiagramEdge } from '../../model/edges';
import { edgeId, nextId, usedIds } from '../../model/ids';
import { LIMITS } from '../../model/limits';
import type { FaultlineDocument } from '../../model/schema';
import { queueLabelFor } from './connect';
import { placeBetween } from './layout';
import { fixReferences } from './references';
import { applied, type EditResult, refused } from './result';

/**
 * "Make it async" (docs/document-format.md, "Edges"): the RPC edge A→B becomes A→queue→B, with the queue placed
 * between them (moving B and what follows it when there is no room). The publish edge keeps
 * the old edge's name, weight and latency, and inherits its partition faults.
 */
export function makeAsync(doc: FaultlineDocument, id: string): EditResult {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge) return refused('That edge is no longer in the diagram.');
  if (edge.kind === 'async') return refused('This edge is already async.');
  const source = doc.nodes.find((n) => n.id === edge.source)!;
  const target = doc.nodes.find((n) => n.id === edge.target)!;
  if (source.kind === 'balancer' || target.kind === 'balancer') {
    return refused('A load balancer passes on RPC calls: it cannot publish or consume messages.');
  }
  if (target.kind === 'database') {
    return refused(
      'A database is queried over RPC: it cannot consume messages. Put a service in front of it to make this async.',
    );
  }
  if (source.kind === 'cache' || target.kind === 'cache') {
    return refused('A cache is asked, and asks its backend, over RPC: it cannot sit behind a queue.');
  }
  if (doc.nodes.length >= LIMITS.nodes) return refused(`A diagram holds at most ${LIMITS.nodes} nodes.`);
  if (doc.edges.length + 1 > LIMITS.edges) return refused(`A diagram holds at most ${LIMITS.edges} edges.`);
  const taken = usedIds(doc);
  taken.delete(edge.id);
  const queueId = nextId(taken, 'queue');
  const { queueAt, nodes } = placeBetween(doc, source, target);
  const queue = createNode('queue', queueId, queueLabelFor(target.label), queueAt);
  const publish: DiagramEdge = {
    ...createEdge('async', edgeId(taken, source.id, queueId), source.id, queueId),
    label: edge.label,
    weight: edge.weight,
    latencyMs: edge.latencyMs,
  };
  const consume: DiagramEdge = {
    ...createEdge('async', edgeId(taken, queueId, target.id), queueId, target.id),
    latencyMs: edge.latencyMs,
  };
  const edges = doc.edges.flatMap((e) => (e.id === id ? [publish, consume] : [e]));
  const next = fixReferences(
    { ...doc, nodes: [...nodes, queue], edges },
    new Set(),
    new Map([[id, publish.id]]),
  );
  return applied(next, [queueId, publish.id, consume.id]);
}

/**
 * The inverse of makeAsync: an async edge into or out of a queue that has exactly one
 * publisher and one subscriber becomes one RPC edge from the publisher to the subscriber,
 * and the queue goes. Anything else is refused, with the reason.
 */
export function makeSync(doc: FaultlineDocument, id: string): EditResult {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge) return refused('That edge is no longer in the diagram.');
  if (edge.kind === 'rpc') return refused('This edge is already an RPC call.');
  const queueId = doc.nodes.find((n) => n.id === edge.source)?.kind === 'queue' ? edge.source : edge.target;
  const into = doc.edges.filter((e) => e.target === queueId);
  const out = doc.edges.filter((e) => e.source === queueId);
  if (into.length !== 1 || out.length !== 1) {
    return refused(
      'Only a queue with one publisher and one subscriber can become a direct RPC call; this one has ' +
        `${into.length} publisher${into.length === 1 ? '' : 's'} and ${out.length} subscriber${out.length === 1 ? '' : 's'}.`,
    );
  }
  const [publish, consume] = [into[0], out[0]];
  if (doc.edges.some((e) => e.source === publish.source && e.target === consume.target)) {
    return refused('There is already an edge between these two nodes.');
  }
  const taken = usedIds(doc);
  for (const gone of [queueId, publish.id, consume.id]) taken.delete(gone);
  const rpc: DiagramEdge = {
    ...createEdge('rpc', edgeId(taken, publish.source, consume.target), publish.source, consume.target),
    label: publish.label,
    weight: publish.weight,
    latencyMs: publish.latencyMs,
  };
  const edges = doc.edges.flatMap((e) => (e.id === publish.id ? [rpc] : e.id === consume.id ? [] : [e]));
  const nodes = doc.nodes.filter((n) => n.id !== queueId);
  const renamed = new Map([
    [publish.id, rpc.id],
    [consume.id, rpc.id],
  ]);
  return applied(fixReferences({ ...doc, nodes, edges }, new Set([queueId]), renamed), [rpc.id]);
}

/** Flips an edge between RPC and async: makeAsync one way, makeSync the other. */
export function toggleEdgeKind(doc: FaultlineDocument, id: string): EditResult {
  const edge = doc.edges.find((e) => e.id === id);
  if (!edge) return refused('That edge is no longer in the diagram.');
  return edge.kind === 'rpc' ? makeAsync(doc, id) : makeSync(doc, id);
}
