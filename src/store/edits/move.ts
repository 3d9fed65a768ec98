import type { FaultlineDocument } from '../../model/schema';
import { type Point, toPosition } from './position';
import { applied, type EditResult, refused } from './result';

/**
 * Moves nodes to new positions; the document is returned unchanged when nothing moved.
 * Needs no schema (a position is clamped and rounded, nothing else), so the document store
 * applies a drag at once, even before the schema-using edits have loaded.
 */
export function moveNodes(doc: FaultlineDocument, positions: ReadonlyMap<string, Point>): EditResult {
  let moved = false;
  const nodes = doc.nodes.map((n) => {
    const to = positions.get(n.id);
    if (!to) return n;
    const p = toPosition(to);
    if (p.x === n.position.x && p.y === n.position.y) return n;
    moved = true;
    return { ...n, position: p };
  });
  return moved ? applied({ ...doc, nodes }) : refused('Nothing moved.');
}
