import type { DiagramEdge } from '../../model/edges';
import { edgeId, nextId, usedIds } from '../../model/ids';
import { LIMITS } from '../../model/limits';
import type { DiagramNode } from '../../model/nodes';
import type { FaultlineDocument } from '../../model/schema';
import { toPosition } from './position';
import { applied, type EditResult, refused } from './result';

/** What Copy takes: some nodes and the edges among them. Plain data, never live document objects. */
export interface Clipboard {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** The selected nodes, plus every edge whose both ends are selected. */
export function copyItems(doc: FaultlineDocument, nodeIds: Iterable<string>): Clipboard | null {
  const ids = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return structuredClone({ nodes, edges });
}

/**
 * A name for a copy of `label` that no node in `taken` has: "orders" is kept while free,
 * otherwise "orders 2", "orders 3"…; a copy of "orders 2" is "orders 3", not "orders 2 2".
 * Adds it to `taken`, so several copies in one paste get different names.
 */
export function copyLabel(label: string, taken: Set<string>): string {
  if (label === '' || !taken.has(label)) {
    taken.add(label);
    return label;
  }
  const base = label.replace(/ [0-9]+$/, '') || label;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const name = `${base.slice(0, LIMITS.labelLength - suffix.length)}${suffix}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/**
 * Adds a copy of `clip`, moved by `offset`, with new readable ids (`service-3`), the
 * edges among the copies rewired to them, and names told apart from the originals: a
 * copy of "orders" is "orders 2".
 */
export function pasteItems(
  doc: FaultlineDocument,
  clip: Clipboard,
  offset: { x: number; y: number },
): EditResult {
  if (clip.nodes.length === 0) return refused('Nothing has been copied yet.');
  if (doc.nodes.length + clip.nodes.length > LIMITS.nodes)
    return refused(`A diagram holds at most ${LIMITS.nodes} nodes.`);
  if (doc.edges.length + clip.edges.length > LIMITS.edges)
    return refused(`A diagram holds at most ${LIMITS.edges} edges.`);
  const taken = usedIds(doc);
  const labels = new Set(doc.nodes.map((n) => n.label));
  const newIds = new Map<string, string>();
  const nodes = clip.nodes.map((n) => {
    const id = nextId(taken, n.kind);
    newIds.set(n.id, id);
    return {
      ...structuredClone(n),
      id,
      label: copyLabel(n.label, labels),
      position: toPosition({ x: n.position.x + offset.x, y: n.position.y + offset.y }),
    };
  });
  const edges = clip.edges.flatMap((e) => {
    const source = newIds.get(e.source);
    const target = newIds.get(e.target);
    if (!source || !target) return [];
    return [{ ...structuredClone(e), id: edgeId(taken, source, target), source, target }];
  });
  return applied({ ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] }, [
    ...nodes.map((n) => n.id),
    ...edges.map((e) => e.id),
  ]);
}
