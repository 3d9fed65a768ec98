import { useEffect, useState } from 'react';
import { stretchedInterval } from './pageLoad';
import { LIVE_ALIGN_MS, type RunStore, runStore } from './runStore';
import { throttleLatest } from './throttleLatest';

/**
 * A value read from the run store that re-renders its component at most once per
 * `intervalMs` of wall time while the run plays, and at once when the run is still (paused,
 * sought, finished) so a still picture is always exact. Frames arrive ~30 times a second:
 * text that follows them at that rate (the clock, the timeline) makes the browser lay out
 * and paint the page every frame, which a throttled CPU cannot afford, and no one reads a
 * clock that changes 30 times a second.
 *
 * While playing, it changes the page in the same frame as the node and edge badges (the
 * live state): when it shows a new value, a live refresh that is nearly due comes with it,
 * and a live refresh shows a waiting value that is nearly due. Two schedules a few
 * milliseconds apart would otherwise lay out and paint the page twice. Slower updates
 * join it through onRunValueShown.
 */
/** Listeners told when a throttled value is shown while playing (see onRunValueShown). */
const shownListeners = new Set<() => void>();

/**
 * Calls `listener` each time a throttled run value (the clock, the timeline…) is shown while
 * the run plays: a moment the page changes anyway, which slower updates (the charts) can
 * join instead of changing the page in a frame of their own. Returns the unsubscribe.
 */
export function onRunValueShown(listener: () => void): () => void {
  shownListeners.add(listener);
  return () => {
    shownListeners.delete(listener);
  };
}

export function useThrottledRunValue<T>(
  select: (s: RunStore) => T,
  intervalMs: number,
  /**
   * For a value that changes seldom: how long a change waits at least to join another
   * throttled value's change (throttleLatest's holdMs); it joins any of them it can.
   */
  holdMs = 0,
): T {
  const [value, setValue] = useState(() => select(runStore.getState()));
  useEffect(() => {
    const throttle = throttleLatest(
      // Slower on a page that is struggling (pageLoad.ts).
      () => stretchedInterval(intervalMs),
      (next: T) => {
        setValue(next);
        if (!runStore.getState().progress.playing) return;
        runStore.getState().refreshLiveWith(performance.now());
        for (const listener of shownListeners) listener();
      },
      undefined,
      holdMs,
    );
    throttle.push(select(runStore.getState()), true);
    const unsubscribe = runStore.subscribe((s, prev) => {
      const next = select(s);
      if (!Object.is(next, select(prev)) || s.progress.playing !== prev.progress.playing)
        throttle.push(next, !s.progress.playing);
      if (s.progress.playing && s.liveWallMs !== prev.liveWallMs) throttle.flushIfDue(LIVE_ALIGN_MS);
    });
    // Another throttled value shown (another component's clock, say): one nearly due joins it;
    // a held one joins it whenever it waits.
    const offShown = onRunValueShown(() => throttle.flushIfDue(holdMs > 0 ? intervalMs : LIVE_ALIGN_MS));
    return () => {
      unsubscribe();
      offShown();
      throttle.cancel();
    };
    // The selector is read once per subscription: callers pass a module-level function.
  }, [select, intervalMs, holdMs]);
  return value;
}

/** Wall ms between two updates of the clock and the timeline while playing (5 a second). */
export const CLOCK_INTERVAL_MS = 200;

/** The simulated time shown, to the scrubber's step of 100 ms. */
export const shownTimeMs = (s: RunStore): number => Math.floor(s.progress.tMs / 100) * 100;

/** The furthest simulated time the run has reached. */
export const reachedTimeMs = (s: RunStore): number => s.progress.reachedMs;
