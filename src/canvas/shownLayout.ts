import { create } from 'zustand';
import type { Point } from '../store/edits';

/**
 * Positions the canvas shows instead of the drawn ones, or null to show the drawing as it
 * is. Presenter mode (src/app/lesson, loaded lazily) sets them for a diagram too wide for
 * the projector (displayLayout.ts); the document never sees them, and while they are set
 * nodes cannot be dragged.
 */
export const useShownLayout = create<{ positions: ReadonlyMap<string, Point> | null }>()(() => ({
  positions: null,
}));

/** Shows `positions` on the canvas, or the drawing again with null. */
export function showLayout(positions: ReadonlyMap<string, Point> | null): void {
  useShownLayout.setState({ positions });
}
