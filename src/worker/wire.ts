/**
 * The worker's messages as they are posted: the same as `FromWorker` (protocol.ts) except
 * that a frame's packed transfers (transferPacking.ts) travel beside it, so their buffer is
 * moved rather than copied. The worker calls `toWire`, the page `fromWire`.
 */
import type { Frame } from '../sim/api';
import type { FromWorker, RunProgress } from '../sim/protocol';
import type { PackedTransfers } from '../sim/transferPacking';

export interface PackedFrameMessage {
  type: 'packedFrame';
  frame: Omit<Frame, 'transfers'>;
  transfers: PackedTransfers;
  sinceMs: number;
  progress: RunProgress;
}

export type WireFromWorker = Exclude<FromWorker, { type: 'frame' }> | PackedFrameMessage;

/** The message to post, and the buffers that may be moved rather than copied. */
export function toWire(message: FromWorker): { wire: WireFromWorker; transfer: ArrayBuffer[] } {
  if (message.type !== 'frame') return { wire: message, transfer: [] };
  const { transfers: packed, ...rest } = message.frame;
  return {
    wire: {
      type: 'packedFrame',
      frame: rest,
      transfers: packed,
      sinceMs: message.sinceMs,
      progress: message.progress,
    },
    transfer: [packed.data.buffer as ArrayBuffer],
  };
}

/** The message as the app handles it. */
export function fromWire(wire: WireFromWorker): FromWorker {
  if (wire.type !== 'packedFrame') return wire;
  return {
    type: 'frame',
    frame: { ...wire.frame, transfers: wire.transfers },
    sinceMs: wire.sinceMs,
    progress: wire.progress,
  };
}
