/**
 * The message overlay: moving dots drawn on one canvas over the React Flow pane, and its
 * legend. Geometry is pure (transferGeometry.ts); drawing is outside React.
 */

export { EdgeRunBadge } from './EdgeRunBadge';
export { MessageOverlay } from './MessageOverlay';
export { NodeRunBadge } from './NodeRunBadge';
export { OverlayLegend } from './OverlayLegend';
export { TRANSFER_STYLES } from './transferStyles';
