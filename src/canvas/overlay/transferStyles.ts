import type { TransferKind } from '../../sim/api';
import { TRANSFER_KINDS } from '../../sim/transferPacking';

/** How a message kind looks: colour AND shape, so colour is never the only cue. */
export interface TransferStyle {
  colour: string;
  shape: 'circle' | 'diamond' | 'cross' | 'triangle' | 'square' | 'squareOutline' | 'ring' | 'star';
  /** The legend's symbol and words. */
  symbol: string;
  label: string;
  /** Drawing order: higher layers are drawn over lower ones (failures on top). */
  layer: number;
}

export const TRANSFER_STYLES: Record<TransferKind, TransferStyle> = {
  request: { colour: '#2563eb', shape: 'circle', symbol: '●', label: 'request', layer: 0 },
  reply: { colour: '#16a34a', shape: 'diamond', symbol: '◆', label: 'reply', layer: 6 },
  failure: { colour: '#dc2626', shape: 'cross', symbol: '✕', label: 'failure', layer: 7 },
  retry: { colour: '#ea580c', shape: 'triangle', symbol: '▲', label: 'retry', layer: 1 },
  publish: { colour: '#7c3aed', shape: 'square', symbol: '■', label: 'publish', layer: 3 },
  delivery: { colour: '#7c3aed', shape: 'squareOutline', symbol: '□', label: 'delivery', layer: 4 },
  poll: { colour: '#0d9488', shape: 'ring', symbol: '○', label: 'poll', layer: 2 },
  push: { colour: '#ca8a04', shape: 'star', symbol: '★', label: 'push', layer: 5 },
};

/** The kinds in drawing order (the legend's order too): failures last so they stay on top. */
export const TRANSFER_DRAW_ORDER: readonly TransferKind[] = [...TRANSFER_KINDS].sort(
  (a, b) => TRANSFER_STYLES[a].layer - TRANSFER_STYLES[b].layer,
);
