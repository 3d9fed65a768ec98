import type { FaultlineDocument } from './schema';

/** What a person reads for an id: a node's name, an edge's ends by name. */
export type NameOf = (id: string) => string;

/**
 * Names for the nodes and edges of `doc`, for every place a person reads (the fault strip
 * and menu, chart legends, exports): a node by its label, an edge by its ends
 * ("orders → payments", as the run log writes it). Ids are only the fallback, for a node
 * without a label or an id the diagram does not hold.
 */
export function namesOf(doc: Pick<FaultlineDocument, 'nodes' | 'edges'>): NameOf {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  const node = (id: string) => nodes.get(id) ?? id;
  const edges = new Map(doc.edges.map((e) => [e.id, `${node(e.source)} → ${node(e.target)}`]));
  return (id) => nodes.get(id) ?? edges.get(id) ?? id;
}
