import type { DiagramNode, FaultlineDocument } from '../../model';
import { type Point, toPosition } from './position';

/**
 * Nodes are drawn with one fixed width (canvas CSS), so positions of their top-left corners
 * line up their centres too. Two nodes joined through an inserted queue need room for it.
 */
export const NODE_WIDTH = 184;
/** Distance wanted between two nodes that get a queue between them. */
export const ROOM_FOR_QUEUE = 2 * NODE_WIDTH + 160;

/** Ids of the nodes reachable from `start` along edges, never passing through `stop`. */
function downstreamOf(doc: FaultlineDocument, start: string, stop: string): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of doc.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    const id = todo.pop()!;
    for (const next of out.get(id) ?? []) {
      if (next === stop || seen.has(next)) continue;
      seen.add(next);
      todo.push(next);
    }
  }
  return seen;
}

/**
 * Where a queue goes between `source` and `target`, and the nodes that must move to make
 * room for it: when the two are closer than ROOM_FOR_QUEUE, the target and everything
 * downstream of it slide away from the source along the line joining them.
 */
export function placeBetween(
  doc: FaultlineDocument,
  source: DiagramNode,
  target: DiagramNode,
): { queueAt: Point; nodes: DiagramNode[] } {
  const dx = target.position.x - source.position.x;
  const dy = target.position.y - source.position.y;
  const distance = Math.hypot(dx, dy);
  let nodes = doc.nodes;
  let targetAt = target.position;
  if (distance < ROOM_FOR_QUEUE) {
    // Straight to the right when the two overlap exactly: diagrams read left to right.
    const [ux, uy] = distance === 0 ? [1, 0] : [dx / distance, dy / distance];
    const push = ROOM_FOR_QUEUE - distance;
    const moving = downstreamOf(doc, target.id, source.id);
    nodes = doc.nodes.map((n) =>
      moving.has(n.id)
        ? { ...n, position: toPosition({ x: n.position.x + ux * push, y: n.position.y + uy * push }) }
        : n,
    );
    targetAt = toPosition({ x: target.position.x + ux * push, y: target.position.y + uy * push });
  }
  const queueAt = toPosition({
    x: (source.position.x + targetAt.x) / 2,
    y: (source.position.y + targetAt.y) / 2,
  });
  return { queueAt, nodes };
}
