/**
 * Frames for the tests of what draws a run (the run store, badges, legend, clock, charts):
 * built by hand, without running the engine, so a test sets exactly the numbers it reads.
 */
import type { EdgeLive, Frame, NodeLive } from '../sim/api';
import type { FromWorker } from '../sim/protocol';
import type { PackedTransfers } from '../sim/transferPacking';

/** A frame's transfers when nothing is on the move. */
export const noTransfers = (): PackedTransfers => ({ names: [], data: new Float64Array(0) });

/** A frame of a diagram of `nodeCount` nodes and `edgeCount` edges: every node `busy`. */
export function meshFrame(tMs: number, busy: number, nodeCount: number, edgeCount: number): Frame {
  const nodes: Record<string, NodeLive> = {};
  const edges: Record<string, EdgeLive> = {};
  for (let i = 0; i < nodeCount; i++)
    nodes[`n${i}`] = {
      health: 'healthy',
      busy,
      workers: 8,
      backlog: 0,
      depth: 0,
      oldestAgeMs: 0,
      role: 'healthy',
    };
  for (let i = 0; i < edgeCount; i++) edges[`e${i}`] = { breaker: null, callsPerS: busy, failuresPerS: 0 };
  return { tMs, transfers: noTransfers(), perDot: 1, nodes, edges, flashes: [] };
}

/** The worker's message carrying `frame` of a paused run at 1 s of 60 (shown at once, whole). */
export const pausedFrameMessage = (frame: Frame): FromWorker => ({
  type: 'frame',
  frame,
  sinceMs: 0,
  progress: {
    tMs: 1000,
    reachedMs: 1000,
    endMs: 60_000,
    status: { state: 'running' },
    playing: false,
    speed: 1,
  },
});
