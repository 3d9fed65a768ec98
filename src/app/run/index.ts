/**
 * The live view's composition: the bottom panels (run bar, timeline, charts, event log,
 * faults, summary) and the run controller that wires worker, playback machine and stores.
 * The canvas pieces (MessageOverlay, OverlayLegend, NodeRunBadge, EdgeRunBadge) are in
 * src/canvas/overlay.
 */

export { createRunController, type RunController } from '../../run/runController';
export { RunPanels } from './RunPanels';
export { runController } from './sharedRunController';
