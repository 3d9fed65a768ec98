import type { DiagramNode } from '../model';
import { NODE_WIDTH } from '../store/edits/layout';
import type { Point } from '../store/edits/position';

/** Nominal height of a node card, for centring a new node on a point. */
export const NODE_HEIGHT = 64;
/** Clear space kept around a new node. */
const GAP = 24;

const overlaps = (n: DiagramNode, p: Point) =>
  Math.abs(n.position.x - p.x) < NODE_WIDTH + GAP && Math.abs(n.position.y - p.y) < NODE_HEIGHT + GAP;

/**
 * Where to put a new node meant to be centred on `centre`: its top-left corner, moved
 * below (then beside) any node already there, so "Add service" never hides a node under
 * another or covers its handles.
 */
export function freeSpotNear(nodes: readonly DiagramNode[], centre: Point): Point {
  const start = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  const rowStep = NODE_HEIGHT + GAP * 2;
  const columnStep = NODE_WIDTH + GAP * 2;
  for (let ring = 0; ring < 12; ring++) {
    for (const [cx, cy] of [
      [0, ring],
      [0, -ring],
      [ring, 0],
      [-ring, 0],
      [ring, ring],
      [-ring, ring],
    ]) {
      const spot = { x: start.x + cx * columnStep, y: start.y + cy * rowStep };
      if (!nodes.some((n) => overlaps(n, spot))) return spot;
    }
  }
  return start;
}

let canvasElement: HTMLElement | null = null;

/** The canvas registers its element so the palette can find the centre of the view. */
export function setCanvasElement(el: HTMLElement | null): void {
  canvasElement = el;
}

/** The centre of the visible canvas in screen coordinates, or null before it is mounted. */
export function canvasCentreOnScreen(): Point | null {
  if (!canvasElement) return null;
  const r = canvasElement.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
