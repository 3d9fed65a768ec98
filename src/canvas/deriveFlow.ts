import type { DiagramNode, FaultlineDocument } from '../model';
import type { FlowEdge, FlowNode } from './flowTypes';

/** How a node is announced: its kind then its name ("service orders"). */
export const nodeAccessibleName = (n: DiagramNode) => `${n.kind} ${n.label || n.id}`;

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * React Flow nodes for the document's nodes. An unchanged node keeps its object (so its
 * memoised component does not render again); a node being dragged keeps its transient
 * position until the drag is committed to the document; measured sizes carry over so
 * React Flow need not measure again. Returns `prev` itself when nothing changed.
 */
export function deriveNodes(
  nodes: readonly DiagramNode[],
  selected: ReadonlySet<string>,
  prev: FlowNode[],
): FlowNode[] {
  const before = new Map(prev.map((n) => [n.id, n]));
  const next = nodes.map((node): FlowNode => {
    const p = before.get(node.id);
    const isSelected = selected.has(node.id);
    const same = p !== undefined && p.data.node === node;
    if (same && (p.selected ?? false) === isSelected) return p;
    return {
      id: node.id,
      type: node.kind,
      position: same ? p.position : node.position,
      data: { node },
      selected: isSelected,
      ariaLabel: nodeAccessibleName(node),
      ...(p?.measured ? { measured: p.measured } : {}),
      ...(same && p.dragging ? { dragging: true } : {}),
    };
  });
  return sameList(next, prev) ? prev : next;
}

/** React Flow edges for the document's edges, keeping unchanged ones (same rule as deriveNodes). */
export function deriveEdges(
  doc: FaultlineDocument,
  selected: ReadonlySet<string>,
  prev: FlowEdge[],
): FlowEdge[] {
  const labels = new Map(doc.nodes.map((n) => [n.id, n.label || n.id]));
  const before = new Map(prev.map((e) => [e.id, e]));
  const next = doc.edges.map((edge): FlowEdge => {
    const p = before.get(edge.id);
    const sourceLabel = labels.get(edge.source) ?? edge.source;
    const targetLabel = labels.get(edge.target) ?? edge.target;
    const isSelected = selected.has(edge.id);
    if (
      p &&
      p.data?.edge === edge &&
      p.data.sourceLabel === sourceLabel &&
      p.data.targetLabel === targetLabel &&
      (p.selected ?? false) === isSelected
    ) {
      return p;
    }
    return {
      id: edge.id,
      type: edge.kind,
      source: edge.source,
      target: edge.target,
      data: { edge, sourceLabel, targetLabel },
      selected: isSelected,
      ariaLabel: `${edge.kind === 'rpc' ? 'RPC call' : 'Async messages'} from ${sourceLabel} to ${targetLabel}`,
    };
  });
  return sameList(next, prev) ? prev : next;
}
