// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunProgress } from '../../sim/protocol';
import type { SeriesRow } from '../../sim/report';
import { useRunStore } from '../../store/runHooks';
import { runStore } from '../../store/runStore';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from '../../store/useThrottledRunValue';
import { meshFrame } from '../../testing/frames';
import { CHART_ALIGN_MS, CHART_INTERVAL_MS, useChartSeries } from './useChartSeries';

const row = (t: number): SeriesRow => ({ t, clients: {}, nodes: {}, queues: {}, edges: {} });

function ChartsAndBadge() {
  const series = useChartSeries();
  const busy = useRunStore((s) => s.liveNodes.n0?.busy);
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  return (
    <>
      <output data-testid="clock">{tMs}</output>
      <output data-testid="rows">{series.length}</output>
      <span data-testid="badge">{busy}</span>
    </>
  );
}

describe('the charts while a run plays', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    runStore.getState().reset();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  /** Plays five wall seconds at 10×: a frame every 33 ms, ten series rows a second; when each part changed. */
  function play(nodeCount: number, edgeCount: number) {
    const { getByTestId } = render(<ChartsAndBadge />);
    const { apply } = runStore.getState();
    act(() => vi.advanceTimersByTime(2000));
    const text = () => ['rows', 'badge', 'clock'].map((id) => getByTestId(id).textContent ?? '');
    const changes = { charts: [] as number[], badges: [] as number[], clock: [] as number[] };
    let last = text();
    let sent = 0;
    for (let wallMs = 1; wallMs <= 5000; wallMs++) {
      act(() => vi.advanceTimersByTime(1));
      const tMs = wallMs * 10;
      const progress: RunProgress = {
        tMs,
        reachedMs: tMs,
        endMs: 600_000,
        status: { state: 'running' },
        playing: true,
        speed: 10,
      };
      if (wallMs % 33 === 0)
        act(() =>
          apply(
            {
              type: 'frame',
              frame: meshFrame(tMs, wallMs, nodeCount, edgeCount),
              sinceMs: tMs - 330,
              progress,
            },
            performance.now(),
          ),
        );
      if (wallMs % 100 === 0) {
        const log = {
          type: 'metrics' as const,
          progress,
          seriesFrom: sent,
          series: [row(sent)],
          logFrom: 0,
          log: [],
        };
        sent++;
        act(() => apply(log, performance.now()));
      }
      const now = text();
      if (now[0] !== last[0]) changes.charts.push(wallMs);
      if (now[1] !== last[1]) changes.badges.push(wallMs);
      if (now[2] !== last[2]) changes.clock.push(wallMs);
      last = now;
    }
    return changes;
  }

  it('redraw about once a second, in a moment the node badges change the page anyway', () => {
    const { charts, badges } = play(38, 46);
    expect(charts.length).toBeGreaterThanOrEqual(4);
    const gaps = charts.slice(1).map((ms, i) => ms - charts[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(CHART_INTERVAL_MS - CHART_ALIGN_MS);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(CHART_INTERVAL_MS + 100);
    // The first redraw of a run goes at once; every later one shares a moment with the badges.
    expect(charts.slice(1).filter((ms) => !badges.includes(ms))).toEqual([]);
  });

  it("redraw with the clock's tick on a diagram whose badges refresh less often than the charts' turn comes", () => {
    // 110 nodes and 140 edges: a live refresh every ~625 ms.
    const { charts, clock } = play(110, 140);
    expect(charts.length).toBeGreaterThanOrEqual(4);
    expect(charts.slice(1).filter((ms) => !clock.includes(ms))).toEqual([]);
  });
});

describe('the charts of a still run', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'performance', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    runStore.getState().reset();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it("redraw in the next animation frame, after the run's report already on its way", () => {
    const { getByTestId } = render(<ChartsAndBadge />);
    const { apply } = runStore.getState();
    const progress: RunProgress = {
      tMs: 3000,
      reachedMs: 3000,
      endMs: 3000,
      status: { state: 'finished' },
      playing: false,
      speed: 'end',
    };
    const rows = [row(0), row(1), row(2)];
    act(() => apply({ type: 'metrics', progress, seriesFrom: 0, series: rows, logFrom: 0, log: [] }, 0));
    // The task that brought the last metrics leaves the charts as they were…
    expect(getByTestId('rows').textContent).toBe('0');
    // …and the next frame draws them, once.
    act(() => vi.advanceTimersToNextFrame());
    expect(getByTestId('rows').textContent).toBe('3');
  });
});
