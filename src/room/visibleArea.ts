/**
 * The part of the diagram the presenter's canvas shows, in flow coordinates: what a
 * follower fits its own canvas to. (A raw pan and zoom would mean something else on every
 * screen size; the rectangle means the same everywhere.) Pure.
 */

/** A rectangle of the diagram, in flow coordinates. */
export interface VisibleArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A canvas's pan and zoom (React Flow's viewport: screen = flow × zoom + x). */
export interface PanZoom {
  x: number;
  y: number;
  zoom: number;
}

/** A canvas's size on screen, in CSS pixels. */
export interface PaneSize {
  width: number;
  height: number;
}

/** The flow rectangle a canvas of `size` shows at `view`; null when the canvas has no size yet. */
export function visibleAreaOf(view: PanZoom, size: PaneSize): VisibleArea | null {
  if (!(size.width > 0 && size.height > 0 && view.zoom > 0)) return null;
  return {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: size.width / view.zoom,
    height: size.height / view.zoom,
  };
}

/**
 * The pan and zoom that show all of `area` on a canvas of `size`, centred, as large as
 * fits, with the zoom kept within `[minZoom, maxZoom]`.
 */
export function panZoomFor(area: VisibleArea, size: PaneSize, minZoom: number, maxZoom: number): PanZoom {
  const fit = Math.min(size.width / area.width, size.height / area.height);
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  return {
    x: size.width / 2 - (area.x + area.width / 2) * zoom,
    y: size.height / 2 - (area.y + area.height / 2) * zoom,
    zoom,
  };
}

/** Whether two areas differ by less than `tolerance` of the first's size (not worth sending). */
export function sameArea(a: VisibleArea | null, b: VisibleArea | null, tolerance = 0.005): boolean {
  if (!a || !b) return a === b;
  const scale = Math.max(a.width, a.height) * tolerance;
  return (
    Math.abs(a.x - b.x) <= scale &&
    Math.abs(a.y - b.y) <= scale &&
    Math.abs(a.width - b.width) <= scale &&
    Math.abs(a.height - b.height) <= scale
  );
}
