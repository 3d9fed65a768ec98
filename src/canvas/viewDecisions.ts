/*
 * What the editor's viewport does when several things ask it to move at once: a document
 * opened, nodes an edit created or moved, the shown layout or the page's layout changed
 * (presenter mode), the canvas narrowed under a selected node. The requests of one moment
 * are decided together, into at most one move, so no two moves fight over the view.
 */

/** A React Flow viewport: a flow point (fx, fy) is drawn at (fx·zoom + x, fy·zoom + y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A reason to move the viewport, sent to the viewport controller. */
export type ViewIntent =
  /** A whole new diagram (New, Open, a link, a scenario): its saved viewport, else a fit. */
  | { type: 'documentLoaded'; viewport: Viewport | null; empty: boolean }
  /** The canvas's box or the positions shown in it changed (presenter mode, a shown layout). */
  | { type: 'layoutChanged' }
  /** An edit created or moved these nodes: bring them into view if they landed outside it. */
  | { type: 'reveal'; ids: readonly string[] }
  /** The canvas got narrower: keep the selected nodes in view by panning. */
  | { type: 'keepSelectionInView' };

/** The one move the controller makes, or null for none. */
export type ViewAction =
  | { type: 'set'; viewport: Viewport; durationMs: number }
  | { type: 'fit'; durationMs: number }
  | null;

/** What the decision needs to know about the view as it is now. */
export interface ViewFacts {
  /** Whether any of these nodes lies (partly) outside the visible canvas. */
  outside(ids: ReadonlySet<string>): boolean;
  /** The current viewport. */
  viewport(): Viewport;
  /** How far to pan left to keep the selected nodes in view (0 or less: no need). */
  selectionOverflow(): number;
}

/** A new empty diagram starts at 100 %: a fit would wait for the first node and jump to it. */
export const EMPTY_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 };

/** How long each kind of move animates, in ms (0: at once). */
export const MOVE_MS = {
  documentLoaded: 0,
  layoutChanged: 200,
  reveal: 250,
  keepSelectionInView: 150,
} as const;

/**
 * Decides the one move for the requests gathered since the last move. A new document
 * frames itself as it was saved (or is fitted) and overrides everything else of the moment;
 * a layout change refits; nodes an edit put out of view are revealed by a fit; a narrowed
 * canvas pans, never zooms, just enough to keep the selection in view.
 */
export function decideView(intents: readonly ViewIntent[], facts: ViewFacts): ViewAction {
  let loaded: Extract<ViewIntent, { type: 'documentLoaded' }> | null = null;
  let layoutChanged = false;
  let keepSelection = false;
  const revealed = new Set<string>();
  for (const intent of intents) {
    if (intent.type === 'documentLoaded') loaded = intent;
    else if (intent.type === 'layoutChanged') layoutChanged = true;
    else if (intent.type === 'keepSelectionInView') keepSelection = true;
    else for (const id of intent.ids) revealed.add(id);
  }
  if (loaded) {
    if (loaded.viewport)
      return { type: 'set', viewport: loaded.viewport, durationMs: MOVE_MS.documentLoaded };
    if (loaded.empty) return { type: 'set', viewport: EMPTY_VIEWPORT, durationMs: MOVE_MS.documentLoaded };
    return { type: 'fit', durationMs: MOVE_MS.documentLoaded };
  }
  if (layoutChanged) return { type: 'fit', durationMs: MOVE_MS.layoutChanged };
  if (revealed.size > 0 && facts.outside(revealed)) return { type: 'fit', durationMs: MOVE_MS.reveal };
  if (keepSelection) {
    const shift = facts.selectionOverflow();
    if (shift > 0) {
      const vp = facts.viewport();
      return { type: 'set', viewport: { ...vp, x: vp.x - shift }, durationMs: MOVE_MS.keepSelectionInView };
    }
  }
  return null;
}
