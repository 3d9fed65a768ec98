/** The overlay's drawing code in one chunk, fetched by MessageOverlay with a run's first frame. */
export { drawOverlay } from './drawOverlay';
export { flowEdgeEnds } from './flowEdgeEnds';
export { edgeCurve } from './transferGeometry';
