/**
 * The diagram canvas: React Flow with our node and edge components, the palette, and the
 * one owner of the viewport (viewportController.ts).
 */
export { Canvas, type CanvasProps, FIT_VIEW_OPTIONS } from './Canvas';
export { nodeAccessibleName } from './deriveFlow';
export { useFlowStore } from './flowStore';
export type { FlowEdge, FlowNode } from './flowTypes';
export { KindIcon } from './nodes/KindIcon';
export { Palette } from './Palette';
export { NODE_HEIGHT } from './placement';
