import type { DiagramEdge, DiagramNode, Fault, FaultlineDocument, TrafficChange } from '../../model';

/**
 * How the compare view names the parts of a diagram: by the labels a person gave them,
 * never by ids ("service-2" means nothing to whoever drew it).
 */

/** A node's label, or "unnamed <kind>" when it has none. */
export function nodeName(node: DiagramNode): string {
  return node.label.trim() || `unnamed ${node.kind}`;
}

/** An edge as its caller and callee: "orders → payments". */
export function edgeName(doc: FaultlineDocument, edge: DiagramEdge): string {
  const end = (id: string) => {
    const node = doc.nodes.find((n) => n.id === id);
    return node ? nodeName(node) : 'a removed node';
  };
  return `${end(edge.source)} → ${end(edge.target)}`;
}

/** The name of the node or edge with this id in `doc`. */
export function partName(doc: FaultlineDocument, id: string): string {
  const node = doc.nodes.find((n) => n.id === id);
  if (node) return nodeName(node);
  const edge = doc.edges.find((e) => e.id === id);
  return edge ? edgeName(doc, edge) : 'a removed part';
}

/** "redeploy of payments at 20 s for 10 s", naming the target in `doc`. */
export function describeFault(doc: FaultlineDocument, fault: Fault): string {
  return `${fault.kind} of ${partName(doc, fault.target)} at ${fault.startS} s for ${fault.durationS} s`;
}

/** "Web client sends 100 req/s from 30 s", naming the client in `doc`. */
export function describeTraffic(doc: FaultlineDocument, change: TrafficChange): string {
  return `${partName(doc, change.target)} sends ${change.rate} req/s from ${change.atS} s`;
}
