import { LIMITS } from '../../model/limits';

/**
 * Canvas positions as the document holds them. Apart from the schema-using edits (no zod
 * here): moving nodes and placing them are part of the first visit, the schema is not.
 */

/** A point on the canvas, rounded and kept inside the schema's coordinate range. */
export interface Point {
  x: number;
  y: number;
}

const clampCoordinate = (v: number) =>
  Math.round(Math.min(LIMITS.coordinate, Math.max(-LIMITS.coordinate, Number.isFinite(v) ? v : 0)));

/** `p` as a valid document position. */
export function toPosition(p: Point): Point {
  return { x: clampCoordinate(p.x), y: clampCoordinate(p.y) };
}
