// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EdgeLive, Frame, NodeLive } from '../../sim/api';
import type { RunProgress } from '../../sim/protocol';
import type { SeriesRow } from '../../sim/report';
import { useRunStore } from '../../store/runHooks';
import { runStore } from '../../store/runStore';
import { CHART_ALIGN_MS, CHART_INTERVAL_MS, useChartSeries } from './useChartSeries';

/** A frame of a 38-node, 46-edge diagram (the frame budget's): every node `busy`. */
function meshFrame(tMs: number, busy: number): Frame {
  const nodes: Record<string, NodeLive> = {};
  const edges: Record<string, EdgeLive> = {};
  for (let i = 0; i < 38; i++)
    nodes[`n${i}`] = {
      health: 'healthy',
      busy,
      workers: 8,
      backlog: 0,
      depth: 0,
      oldestAgeMs: 0,
      role: 'healthy',
    };
  for (let i = 0; i < 46; i++) edges[`e${i}`] = { breaker: null, callsPerS: busy, failuresPerS: 0 };
  return { tMs, transfers: [], perDot: 1, nodes, edges, flashes: [] };
}

const row = (t: number): SeriesRow => ({ t, clients: {}, nodes: {}, queues: {}, edges: {} });

function ChartsAndBadge() {
  const series = useChartSeries();
  const busy = useRunStore((s) => s.liveNodes.n0?.busy);
  return (
    <>
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
  afterEach(() => vi.useRealTimers());

  it('redraw about once a second, in a moment the node badges change the page anyway', () => {
    const { getByTestId } = render(<ChartsAndBadge />);
    const { apply } = runStore.getState();
    act(() => vi.advanceTimersByTime(2000));
    const text = () => `${getByTestId('rows').textContent}|${getByTestId('badge').textContent}`;
    const chartChanges: number[] = [];
    const badgeChanges: number[] = [];
    let [rows, badge] = text().split('|');
    let sent = 0;
    // Five wall seconds at 10×: a frame every 33 ms, ten series rows a second.
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
            { type: 'frame', frame: meshFrame(tMs, wallMs), sinceMs: tMs - 330, progress },
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
      const [r, b] = text().split('|');
      if (r !== rows) chartChanges.push(wallMs);
      if (b !== badge) badgeChanges.push(wallMs);
      [rows, badge] = [r, b];
    }
    expect(chartChanges.length).toBeGreaterThanOrEqual(4);
    const gaps = chartChanges.slice(1).map((ms, i) => ms - chartChanges[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(CHART_INTERVAL_MS - CHART_ALIGN_MS);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(CHART_INTERVAL_MS + 100);
    // The first redraw of a run goes at once; every later one shares a moment with the badges.
    expect(chartChanges.slice(1).filter((ms) => !badgeChanges.includes(ms))).toEqual([]);
  });
});
