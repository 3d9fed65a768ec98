/**
 * How "fit view" frames the diagram. The minimap sits in the bottom-right corner and must
 * never cover a node, so while it is shown fitting keeps a band free at the bottom (a band
 * rather than a column on the right lets wide diagrams use the full width). canvas.css
 * hides the minimap on a short window (a 720 or 768 px projector, a laptop) or a phone: the band
 * would only shrink the diagram, so the padding is even all round.
 */

/** The media query under which canvas.css hides the minimap; keep the two in step. */
export const MINIMAP_HIDDEN_QUERY = '(max-height: 820px), (max-width: 600px)';

/** Fit options while the minimap is shown. */
export const FIT_VIEW_OPTIONS = {
  padding: { top: '56px', bottom: '136px', left: '56px', right: '56px' },
  maxZoom: 1.25,
} as const;

/** Fit options without the minimap: only the overlay legend's height kept free at the top. */
export const FIT_VIEW_OPTIONS_NO_MINIMAP = {
  padding: { top: '56px', bottom: '40px', left: '40px', right: '40px' },
  maxZoom: 1.25,
} as const;

/** The fit options for a canvas with or without its minimap. */
export function fitViewOptionsFor(minimapShown: boolean) {
  return minimapShown ? FIT_VIEW_OPTIONS : FIT_VIEW_OPTIONS_NO_MINIMAP;
}

/** The fit options for the window as it is now. */
export function fitViewOptions() {
  const hidden = globalThis.matchMedia?.(MINIMAP_HIDDEN_QUERY).matches ?? false;
  return fitViewOptionsFor(!hidden);
}
