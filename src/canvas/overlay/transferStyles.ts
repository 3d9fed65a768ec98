import type { TransferKind } from '../../sim/api';

/** How a message kind looks: colour AND shape, so colour is never the only cue. */
export interface TransferStyle {
  colour: string;
  shape: 'circle' | 'diamond' | 'cross' | 'triangle' | 'square' | 'squareOutline' | 'ring' | 'star';
  /** The legend's symbol and words. */
  symbol: string;
  label: string;
}

export const TRANSFER_STYLES: Record<TransferKind, TransferStyle> = {
  request: { colour: '#2563eb', shape: 'circle', symbol: '●', label: 'request' },
  reply: { colour: '#16a34a', shape: 'diamond', symbol: '◆', label: 'reply' },
  failure: { colour: '#dc2626', shape: 'cross', symbol: '✕', label: 'failure' },
  retry: { colour: '#ea580c', shape: 'triangle', symbol: '▲', label: 'retry' },
  publish: { colour: '#7c3aed', shape: 'square', symbol: '■', label: 'publish' },
  delivery: { colour: '#7c3aed', shape: 'squareOutline', symbol: '□', label: 'delivery' },
  poll: { colour: '#0d9488', shape: 'ring', symbol: '○', label: 'poll' },
  push: { colour: '#ca8a04', shape: 'star', symbol: '★', label: 'push' },
};

/** Drawing order: failures last so they stay on top. */
export const TRANSFER_KINDS: TransferKind[] = [
  'request',
  'retry',
  'poll',
  'publish',
  'delivery',
  'push',
  'reply',
  'failure',
];
