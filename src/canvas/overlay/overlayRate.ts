/**
 * How often the overlay redraws its dots while a run plays, by the size of the diagram.
 * Every redraw of the canvas makes the browser paint and composite the page again, and on
 * a diagram of hundreds of nodes and edges that costs far more than the dots themselves
 * (profiled: most of a frame on a 500-node diagram). Large diagrams are redrawn less
 * often — the dots move in coarser steps — so the page keeps responding.
 */
export function overlayIntervalMs(items: number): number {
  if (items <= 300) return 0; // every animation frame
  if (items <= 600) return 33; // ~30 a second
  return 66; // ~15 a second
}

/** Slack for the animation frame's jitter: a redraw due in less than this is due now. */
export const OVERLAY_INTERVAL_SLACK_MS = 4;
