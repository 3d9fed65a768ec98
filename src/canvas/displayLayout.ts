import type { Point } from '../store/edits';
import { NODE_WIDTH } from '../store/edits';
import { NODE_HEIGHT } from './placement';

/**
 * Where nodes are *shown* when the drawn layout does not fit the screen at a readable zoom:
 * a presenter's 1024 px projector, a phone. Only the view changes — the document keeps the
 * positions the person drew, and a view laid out this way does not let nodes be dragged.
 * Both layouts keep the diagram's reading order and never put one node over another.
 */

/** A node as far as layout is concerned. */
export interface Placed {
  id: string;
  position: Point;
}

/** The narrowest gap left between two columns when they are drawn closer together. */
export const MIN_COLUMN_GAP = 64;
/** Gaps tried, widest first, when a diagram is too wide for the view. */
const GAPS = [160, 128, 96, MIN_COLUMN_GAP];

/** Distinct values, sorted. */
const distinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** Width of the diagram in flow units, nodes included. */
export function diagramWidth(nodes: readonly Placed[]): number {
  if (nodes.length === 0) return 0;
  const xs = nodes.map((n) => n.position.x);
  return Math.max(...xs) - Math.min(...xs) + NODE_WIDTH;
}

/**
 * Closes the gaps between columns to at most `gap`: each step between two neighbouring
 * x positions keeps its length when it is shorter than a node plus `gap`, and is cut to that
 * otherwise. Order is kept, and two nodes side by side stay at least a node's width apart.
 */
export function closeColumnGaps(nodes: readonly Placed[], gap: number): Map<string, Point> {
  const xs = distinct(nodes.map((n) => n.position.x));
  const moved = new Map<number, number>();
  let at = xs[0] ?? 0;
  xs.forEach((x, i) => {
    if (i > 0) at += Math.min(x - xs[i - 1], NODE_WIDTH + gap);
    moved.set(x, at);
  });
  return new Map(nodes.map((n) => [n.id, { x: moved.get(n.position.x)!, y: n.position.y }]));
}

/**
 * The drawn positions when the diagram fits `width` flow units; otherwise its columns
 * drawn closer, with the widest gap that fits (or the narrowest allowed).
 */
export function fitColumns(nodes: readonly Placed[], width: number): Map<string, Point> {
  if (diagramWidth(nodes) <= width) return new Map(nodes.map((n) => [n.id, n.position]));
  let best = closeColumnGaps(nodes, MIN_COLUMN_GAP);
  for (const gap of GAPS) {
    const layout = closeColumnGaps(nodes, gap);
    const placed = nodes.map((n) => ({ id: n.id, position: layout.get(n.id)! }));
    if (diagramWidth(placed) <= width) {
      best = layout;
      break;
    }
  }
  return best;
}

/** Ranks of values grouped into bands: a new band starts where the gap reaches `size`. */
function bands(values: number[], size: number): Map<number, number> {
  const rank = new Map<number, number>();
  let band = -1;
  let previous = Number.NEGATIVE_INFINITY;
  for (const v of distinct(values)) {
    if (v - previous >= size) band++;
    rank.set(v, band);
    previous = v;
  }
  return rank;
}

/** Space between two rows of a diagram laid out top to bottom (a node with its run badge). */
export const ROW_PITCH = NODE_HEIGHT + 116;
/** Space between two columns of a diagram laid out top to bottom. */
export const COLUMN_PITCH = NODE_WIDTH + 40;

/**
 * The diagram turned a quarter: what was drawn left to right reads top to bottom, for a
 * phone held upright. Columns of the drawing become rows, its rows columns. Null when two
 * nodes would land on the same spot (a drawing too tangled to turn); show it as drawn then.
 */
export function topToBottom(nodes: readonly Placed[]): Map<string, Point> | null {
  const row = bands(
    nodes.map((n) => n.position.x),
    NODE_WIDTH,
  );
  const column = bands(
    nodes.map((n) => n.position.y),
    NODE_HEIGHT,
  );
  const taken = new Set<string>();
  const out = new Map<string, Point>();
  for (const n of nodes) {
    const r = row.get(n.position.x)!;
    const c = column.get(n.position.y)!;
    const cell = `${r},${c}`;
    if (taken.has(cell)) return null;
    taken.add(cell);
    out.set(n.id, { x: c * COLUMN_PITCH, y: r * ROW_PITCH });
  }
  return out;
}
