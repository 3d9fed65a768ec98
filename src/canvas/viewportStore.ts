import { createStore } from 'zustand/vanilla';

/** The canvas transform: a flow point (fx, fy) is drawn at screen (fx·zoom + x, fy·zoom + y) inside the canvas. */
export interface ViewportTransform {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The React Flow viewport, mirrored outside React. The message overlay draws in its own
 * requestAnimationFrame loop and reads `viewportStore.getState()` (or subscribes) so that
 * panning and zooming never re-render a component.
 */
export const viewportStore = createStore<ViewportTransform>()(() => ({ x: 0, y: 0, zoom: 1 }));

/** Called by the canvas whenever the viewport moves. */
export function publishViewport(v: ViewportTransform): void {
  const s = viewportStore.getState();
  if (s.x !== v.x || s.y !== v.y || s.zoom !== v.zoom)
    viewportStore.setState({ x: v.x, y: v.y, zoom: v.zoom }, true);
}
