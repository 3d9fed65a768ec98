import { useEffect, useState } from 'react';
import type { SeriesRow } from '../../sim/report';
import { runStore } from '../../store/runStore';
import { throttleLatest } from '../../store/throttleLatest';
import { onRunValueShown } from '../../store/useThrottledRunValue';

/**
 * Wall ms between two chart updates while a run plays. Redrawing every chart is the
 * costliest thing the page does per metrics message (uPlot redraws each line in full, and
 * the data of every line is rebuilt): at 10× the series grows by ten rows a second, and
 * one redraw a second shows them all. A still run (paused, sought, finished) updates in the
 * next animation frame.
 */
export const CHART_INTERVAL_MS = 1000;

/**
 * How early (wall ms) the charts may redraw to change the page in the same frame as the
 * clock's tick (every 200 ms while playing, store/useThrottledRunValue.ts) or the badges'
 * live refresh: longer than the clock's interval, so one tick always falls within it.
 */
export const CHART_ALIGN_MS = 250;

/**
 * The run's per-second series for the charts, updated about once per CHART_INTERVAL_MS (never
 * less than CHART_INTERVAL_MS - CHART_ALIGN_MS apart) while playing, in a frame that changes the page anyway: with a live refresh of the badges (when
 * one comes within CHART_ALIGN_MS of the chart's turn), or bringing a nearly due one along.
 */
export function useChartSeries(): SeriesRow[] {
  const [series, setSeries] = useState(() => runStore.getState().series);
  useEffect(() => {
    // A row that arrives after a quiet second waits (up to CHART_ALIGN_MS) for the clock's tick.
    const throttle = throttleLatest(
      CHART_INTERVAL_MS,
      (next: SeriesRow[]) => {
        setSeries(next);
        runStore.getState().refreshLiveWith(performance.now());
      },
      undefined,
      CHART_ALIGN_MS,
    );
    throttle.push(runStore.getState().series, true);
    // A still run's charts redraw in the next animation frame, not in the task that brought
    // its series: a run's last metrics come just before its report, and redrawing every
    // chart first (10–15 ms) held the summary back by as much (docs/performance.md, "Run to
    // end in the browser"). Several seeks in one frame redraw once.
    let frame = 0;
    const redrawSoon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => throttle.push(runStore.getState().series, true));
    };
    const unsubscribe = runStore.subscribe((s, prev) => {
      const stopped = !s.progress.playing && prev.progress.playing;
      if (s.progress.playing) {
        if (s.series !== prev.series) throttle.push(s.series, false);
      } else if (s.series !== prev.series || stopped) redrawSoon();
      if (s.progress.playing && s.liveWallMs !== prev.liveWallMs) throttle.flushIfDue(CHART_ALIGN_MS);
    });
    const offShown = onRunValueShown(() => throttle.flushIfDue(CHART_ALIGN_MS));
    return () => {
      unsubscribe();
      offShown();
      cancelAnimationFrame(frame);
      throttle.cancel();
    };
  }, []);
  return series;
}
