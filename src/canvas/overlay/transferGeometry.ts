import { type PackedTransfers, T_END, T_FROM, T_START, TRANSFER_FIELDS } from '../../sim/transferPacking';

/** A point in flow coordinates (the diagram's own space, before pan and zoom). */
export interface Point {
  x: number;
  y: number;
}

/** Which side of a node a handle sits on (React Flow's Position values). */
export type Side = 'left' | 'right' | 'top' | 'bottom';

/** Where an edge leaves and arrives, as React Flow computes it from the handles. */
export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Side;
  targetPosition: Side;
}

/** A cubic Bézier from source to target: the curve React Flow draws for a default edge. */
export interface EdgeCurve {
  p0: Point;
  p1: Point;
  p2: Point;
  p3: Point;
}

/** React Flow's default curvature for bezier edges. */
const CURVATURE = 0.25;

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(side: Side, x1: number, y1: number, x2: number, y2: number): Point {
  switch (side) {
    case 'left':
      return { x: x1 - controlOffset(x1 - x2), y: y1 };
    case 'right':
      return { x: x1 + controlOffset(x2 - x1), y: y1 };
    case 'top':
      return { x: x1, y: y1 - controlOffset(y1 - y2) };
    case 'bottom':
      return { x: x1, y: y1 + controlOffset(y2 - y1) };
  }
}

/** The curve of an edge, with the same control points as React Flow's getBezierPath. */
export function edgeCurve(ends: EdgeEnds): EdgeCurve {
  const { sourceX, sourceY, targetX, targetY } = ends;
  return {
    p0: { x: sourceX, y: sourceY },
    p1: control(ends.sourcePosition, sourceX, sourceY, targetX, targetY),
    p2: control(ends.targetPosition, targetX, targetY, sourceX, sourceY),
    p3: { x: targetX, y: targetY },
  };
}

/**
 * The point at parameter `s` (0 = source, 1 = target) of the curve, written into `out` when
 * given (the overlay reuses one point for every dot of a frame, allocating nothing per dot).
 */
export function pointOnCurve(c: EdgeCurve, s: number, out: Point = { x: 0, y: 0 }): Point {
  const u = 1 - s;
  const a = u * u * u;
  const b = 3 * u * u * s;
  const d = 3 * u * s * s;
  const e = s * s * s;
  out.x = a * c.p0.x + b * c.p1.x + d * c.p2.x + e * c.p3.x;
  out.y = a * c.p0.y + b * c.p1.y + d * c.p2.y + e * c.p3.y;
  return out;
}

/**
 * How far along its trip a transfer is at simulated time `tMs`: 0 when it leaves, 1 when it
 * arrives, null when it is not in flight at `tMs`. A 30 ms hop takes 30 ms of simulated time.
 */
export function transferProgress(startMs: number, endMs: number, tMs: number): number | null {
  if (tMs < startMs || tMs > endMs) return null;
  const span = endMs - startMs;
  return span <= 0 ? 1 : (tMs - startMs) / span;
}

/**
 * Where transfer `k` of `packed` is drawn at `tMs`, written into `out`; null when it is not
 * in flight then. A pure function of the transfer, the edge's curve and the time. A transfer
 * leaving the edge's target (a reply, a push) travels backwards.
 */
export function transferPoint(
  packed: PackedTransfers,
  k: number,
  curve: EdgeCurve,
  edgeSource: string,
  tMs: number,
  out: Point = { x: 0, y: 0 },
): Point | null {
  const o = k * TRANSFER_FIELDS;
  const p = transferProgress(packed.data[o + T_START], packed.data[o + T_END], tMs);
  if (p === null) return null;
  return pointOnCurve(curve, packed.names[packed.data[o + T_FROM]] === edgeSource ? p : 1 - p, out);
}

/** Where a failure on an edge flashes: near the node it happened at (the callee's end, or the caller's). */
export function flashPoint(curve: EdgeCurve, atTarget: boolean): Point {
  return pointOnCurve(curve, atTarget ? 0.9 : 0.1);
}

/** React Flow's viewport transform [x, y, zoom]: flow coordinates → pixels of the pane (into `out` when given). */
export function toScreen(
  p: Point,
  transform: readonly [number, number, number],
  out: Point = { x: 0, y: 0 },
): Point {
  const x = p.x * transform[2] + transform[0];
  out.y = p.y * transform[2] + transform[1];
  out.x = x;
  return out;
}
