import { useSyncExternalStore } from 'react';
import type { PlaybackContext, PlaybackEvent, PlaybackStateName } from '../machines/playbackMachine';

/** What the run controls show of the playback machine: its state and its context. */
export interface PlaybackView {
  value: PlaybackStateName;
  context: PlaybackContext;
}

/**
 * The playback machine's initial snapshot, shown until the machine is first needed (xstate
 * then loads; see runController). playbackView.test.ts checks it against the machine.
 */
export const INITIAL_PLAYBACK: PlaybackView = {
  value: 'idle',
  context: { speed: 1, editPending: false, error: null },
};

/** The part of the run controller that playback views read and drive. */
export interface PlaybackHandle {
  /** Sends an event to the playback machine (starting it on first use). */
  send(event: PlaybackEvent): void;
  /** The latest view of the machine; the same object until it changes. */
  playback(): PlaybackView;
  /** Calls `listener` after every change of `playback()`; returns the unsubscribe. */
  subscribePlayback(listener: () => void): () => void;
}

/** Reads a slice of the playback view, re-rendering only when that slice changes. */
export function usePlayback<T>(handle: PlaybackHandle, select: (view: PlaybackView) => T): T {
  return useSyncExternalStore(handle.subscribePlayback, () => select(handle.playback()));
}
