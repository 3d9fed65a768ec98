import type { EdgeEnds, Side } from './transferGeometry';

/** The parts of a React Flow internal node the overlay needs (structurally typed, no import). */
export interface FlowNodeLike {
  measured?: { width?: number; height?: number };
  width?: number;
  height?: number;
  internals: {
    positionAbsolute: { x: number; y: number };
    handleBounds?: {
      source?: FlowHandleLike[] | null;
      target?: FlowHandleLike[] | null;
    };
  };
}

export interface FlowHandleLike {
  id?: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  position: string;
}

function pick(
  handles: FlowHandleLike[] | null | undefined,
  id: string | null | undefined,
): FlowHandleLike | null {
  if (!handles || handles.length === 0) return null;
  return (id ? handles.find((h) => h.id === id) : handles[0]) ?? handles[0];
}

function asSide(position: string | undefined, fallback: Side): Side {
  return position === 'left' || position === 'right' || position === 'top' || position === 'bottom'
    ? position
    : fallback;
}

/** The point of a handle an edge attaches to (as React Flow's getHandlePosition). */
function handlePoint(
  node: FlowNodeLike,
  handle: FlowHandleLike | null,
  side: Side,
): { x: number; y: number } {
  const abs = node.internals.positionAbsolute;
  const width = handle?.width ?? node.measured?.width ?? node.width ?? 0;
  const height = handle?.height ?? node.measured?.height ?? node.height ?? 0;
  const x = abs.x + (handle?.x ?? 0);
  const y = abs.y + (handle?.y ?? 0);
  switch (side) {
    case 'top':
      return { x: x + width / 2, y };
    case 'right':
      return { x: x + width, y: y + height / 2 };
    case 'bottom':
      return { x: x + width / 2, y: y + height };
    case 'left':
      return { x, y: y + height / 2 };
  }
}

/**
 * Where an edge starts and ends, from its two nodes' measured handles, the way React Flow
 * places the edge it draws (so dots ride on the drawn line). Null before nodes are measured.
 */
export function flowEdgeEnds(
  source: FlowNodeLike,
  target: FlowNodeLike,
  sourceHandle?: string | null,
  targetHandle?: string | null,
): EdgeEnds | null {
  if (!source.measured?.width && !source.width) return null;
  if (!target.measured?.width && !target.width) return null;
  const sh = pick(source.internals.handleBounds?.source, sourceHandle);
  const th = pick(target.internals.handleBounds?.target, targetHandle);
  const sourcePosition = asSide(sh?.position, 'right');
  const targetPosition = asSide(th?.position, 'left');
  const s = handlePoint(source, sh, sourcePosition);
  const t = handlePoint(target, th, targetPosition);
  return { sourceX: s.x, sourceY: s.y, targetX: t.x, targetY: t.y, sourcePosition, targetPosition };
}
