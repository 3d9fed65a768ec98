import { useMemo } from 'react';
import type { Point } from '../store/edits';
import type { FlowNode } from './flowTypes';

/**
 * The flow nodes with their shown positions: `positions` (from displayLayout.ts) where it
 * has one, the drawn position otherwise; `upright` when those read top to bottom. A node
 * whose position is unchanged keeps its object, so React Flow renders only what moved.
 */
export function useDisplayedNodes(
  nodes: FlowNode[],
  positions: ReadonlyMap<string, Point> | null,
  upright = false,
): FlowNode[] {
  return useMemo(() => {
    if (!positions) return nodes;
    return nodes.map((n) => {
      const p = positions.get(n.id);
      if (!p) return n;
      if (upright) return { ...n, position: p, data: { ...n.data, upright: true } };
      return p.x !== n.position.x || p.y !== n.position.y ? { ...n, position: p } : n;
    });
  }, [nodes, positions, upright]);
}
