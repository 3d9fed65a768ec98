import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { NodeLive } from '../sim/api';
import { type RunStore, runStore } from './runStore';

/** Any slice of the run view store; re-renders when the selected value changes (Object.is). */
export function useRunStore<T>(selector: (s: RunStore) => T): T {
  return useStore(runStore, selector);
}

/**
 * The live state of one node, or undefined when no run is loaded. Updates at most ~10 times
 * a second (runStore throttles `liveNodes`), and only when one of its fields changed.
 */
export function useNodeLive(id: string): NodeLive | undefined {
  return useStore(
    runStore,
    useShallow((s) => s.liveNodes[id]),
  );
}

/** Whether a run is loaded and past its start (node badges stay hidden while editing). */
export function useRunActive(): boolean {
  return useStore(runStore, (s) => s.frame !== null && (s.progress.tMs > 0 || s.progress.playing));
}
