import type { DiagramNode } from '../model';
import { NODE_WIDTH } from '../store/edits/layout';
import type { Point } from '../store/edits/position';

/** Nominal height of a node card, for centring a new node on a point. */
export const NODE_HEIGHT = 64;
/**
 * Height a node may really take: its summary can wrap to a second line and a run adds its
 * badge. Free spots are judged by this, not the nominal height, so cards never touch.
 */
const CLEAR_HEIGHT = 104;
/** Clear space kept around a new node. */
const GAP = 24;
/** Space beside a node for the edge that will join the two (with its label). */
const EDGE_ROOM = 96;

const overlaps = (n: DiagramNode, p: Point) =>
  Math.abs(n.position.x - p.x) < NODE_WIDTH + GAP && Math.abs(n.position.y - p.y) < CLEAR_HEIGHT + GAP;

/**
 * Where to put a new node meant to be centred on `centre`: its top-left corner, moved
 * below (then beside) any node already there, so "Add service" never hides a node under
 * another or covers its handles.
 */
export function freeSpotNear(nodes: readonly DiagramNode[], centre: Point): Point {
  const start = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  const rowStep = CLEAR_HEIGHT + GAP * 2;
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

/**
 * Where a node added while `anchor` is selected goes: beside it on its line — to the right,
 * where its next call would go, else to the left — with room for an edge between; further
 * along that line when taken, and the nearest free spot after that.
 */
export function spotBeside(nodes: readonly DiagramNode[], anchor: DiagramNode): Point {
  const step = NODE_WIDTH + EDGE_ROOM;
  for (const dx of [step, -step, 2 * step, -2 * step]) {
    const spot = { x: anchor.position.x + dx, y: anchor.position.y };
    if (!nodes.some((n) => overlaps(n, spot))) return spot;
  }
  return freeSpotNear(nodes, {
    x: anchor.position.x + step + NODE_WIDTH / 2,
    y: anchor.position.y + NODE_HEIGHT / 2,
  });
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
