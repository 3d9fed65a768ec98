import type { DiagramNode } from '../model';
import type { Point } from '../store/edits';
import { NODE_WIDTH } from '../store/edits';

/** Nominal height of a node card, for centring a new node on a point. */
export const NODE_HEIGHT = 64;
const NUDGE = 32;

/**
 * Where to put a new node meant to be centred on `centre`: its top-left corner, nudged
 * down and to the right past any node already sitting there, so repeated clicks on
 * "Add service" do not stack nodes invisibly on top of each other.
 */
export function freeSpotNear(nodes: readonly DiagramNode[], centre: Point): Point {
  let spot = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  for (let tries = 0; tries < 50; tries++) {
    const taken = nodes.some(
      (n) => Math.abs(n.position.x - spot.x) < NUDGE && Math.abs(n.position.y - spot.y) < NUDGE,
    );
    if (!taken) break;
    spot = { x: spot.x + NUDGE, y: spot.y + NUDGE };
  }
  return spot;
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
