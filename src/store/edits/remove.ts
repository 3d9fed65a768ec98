import type { FaultlineDocument } from '../../model';
import { fixReferences } from './references';
import { applied, type EditResult, refused } from './result';

/**
 * Deletes nodes and edges. Edges touching a deleted node go with it, and so do the faults,
 * traffic changes and lesson highlights aimed at anything deleted: the document stays valid.
 */
export function removeItems(
  doc: FaultlineDocument,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
): EditResult {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  const keptNodes = doc.nodes.filter((n) => !nodes.has(n.id));
  const keptEdges = doc.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target));
  if (keptNodes.length === doc.nodes.length && keptEdges.length === doc.edges.length) {
    return refused('Nothing is selected to delete.');
  }
  const removed = new Set<string>(nodes);
  for (const e of doc.edges) if (!keptEdges.includes(e)) removed.add(e.id);
  return applied(fixReferences({ ...doc, nodes: keptNodes, edges: keptEdges }, removed));
}
