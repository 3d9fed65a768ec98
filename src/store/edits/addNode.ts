import { createNode } from '../../model/defaults';
import { nextId, usedIds } from '../../model/ids';
import { LIMITS } from '../../model/limits';
import type { NodeKind } from '../../model/nodes';
import type { FaultlineDocument } from '../../model/schema';
import { type Point, toPosition } from './position';
import { applied, type EditResult, refused } from './result';

const KIND_NAMES: Record<NodeKind, string> = {
  client: 'Client',
  service: 'Service',
  queue: 'Queue',
  database: 'Database',
  cache: 'Cache',
  balancer: 'Balancer',
};

/** Adds a node of `kind` at `position`, with every parameter at its default and a readable id and name. */
export function addNode(doc: FaultlineDocument, kind: NodeKind, position: Point): EditResult {
  if (doc.nodes.length >= LIMITS.nodes) return refused(`A diagram holds at most ${LIMITS.nodes} nodes.`);
  const taken = usedIds(doc);
  const id = nextId(taken, kind);
  const label = `${KIND_NAMES[kind]} ${id.slice(kind.length + 1)}`;
  const node = createNode(kind, id, label, toPosition(position));
  return applied({ ...doc, nodes: [...doc.nodes, node] }, [id]);
}
