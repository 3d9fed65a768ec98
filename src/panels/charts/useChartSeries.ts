import { useEffect, useState } from 'react';
import type { SeriesRow } from '../../sim/report';
import { runStore } from '../../store/runStore';
import { throttleLatest } from '../../store/throttleLatest';

/**
 * Wall ms between two chart updates while a run plays. Redrawing every chart is the
 * costliest thing the page does per metrics message (uPlot redraws each line in full, and
 * the data of every line is rebuilt): at 10× the series grows by ten rows a second, and
 * one redraw a second shows them all. A still run (paused, sought, finished) updates at once.
 */
export const CHART_INTERVAL_MS = 1000;

/** The run's per-second series for the charts, updated at most once per CHART_INTERVAL_MS while playing. */
export function useChartSeries(): SeriesRow[] {
  const [series, setSeries] = useState(() => runStore.getState().series);
  useEffect(() => {
    const throttle = throttleLatest(CHART_INTERVAL_MS, setSeries);
    throttle.push(runStore.getState().series, true);
    const unsubscribe = runStore.subscribe((s, prev) => {
      if (s.series !== prev.series) throttle.push(s.series, !s.progress.playing);
      else if (!s.progress.playing && prev.progress.playing) throttle.push(s.series, true);
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, []);
  return series;
}
