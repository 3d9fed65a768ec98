// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../sim/api';
import type { RunProgress } from '../../sim/protocol';
import { useRunStore } from '../../store/runHooks';
import { runStore } from '../../store/runStore';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from '../../store/useThrottledRunValue';
import { noTransfers } from '../../testing/frames';
import { formatPerDot, OverlayLegend } from './OverlayLegend';

const progress = (tMs: number, playing: boolean): RunProgress => ({
  tMs,
  reachedMs: tMs,
  endMs: 600_000,
  status: { state: 'running' },
  playing,
  speed: 10,
});
const frame = (tMs: number, perDot: number): Frame => ({
  tMs,
  transfers: noTransfers(),
  perDot,
  nodes: {},
  edges: {},
  flashes: [],
});

describe('the overlay legend', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    runStore.getState().reset();
  });
  afterEach(() => vi.useRealTimers());

  it('says "1 dot = N" at most five times a second while playing, rounded, exact when paused', () => {
    const { container } = render(<OverlayLegend />);
    act(() => vi.advanceTimersByTime(1000));
    const sampling = () => container.querySelector('.overlay-legend-sampling')?.textContent ?? null;
    const changes: string[] = [];
    let last = sampling();
    // One wall second of frames, each with a new ratio of messages to dots (as the engine sends).
    for (let wallMs = 1; wallMs <= 1000; wallMs++) {
      act(() => vi.advanceTimersByTime(1));
      if (wallMs % 33 === 0) {
        const perDot = 3 + (wallMs % 97) / 97;
        act(() =>
          runStore.getState().apply(
            {
              type: 'frame',
              frame: frame(wallMs * 10, perDot),
              sinceMs: 0,
              progress: progress(wallMs * 10, true),
            },
            performance.now(),
          ),
        );
      }
      const now = sampling();
      if (now !== last) changes.push(now ?? '');
      last = now;
    }
    expect(changes.length).toBeGreaterThanOrEqual(1);
    expect(changes.length).toBeLessThanOrEqual(5);
    for (const text of changes) expect(text).toMatch(/^1 dot = \d\.\d requests$|^1 dot = \d requests$/);
    act(() =>
      runStore
        .getState()
        .apply(
          { type: 'frame', frame: frame(20_000, 12.6), sinceMs: 0, progress: progress(20_000, false) },
          performance.now(),
        ),
    );
    expect(sampling()).toBe('1 dot = 13 requests');
  });

  it('rounds requests per dot to one decimal below 10 and to whole numbers above', () => {
    expect(formatPerDot(1)).toBe('1');
    expect(formatPerDot(3.6842)).toBe('3.7');
    expect(formatPerDot(4.02)).toBe('4');
    expect(formatPerDot(12.5)).toBe('13');
  });

  it('changes "1 dot = N" with the clock or the badges, not in a frame of its own', () => {
    function Clock() {
      return <output data-testid="clock">{useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS)}</output>;
    }
    /** Stands for the node badges: shows each live refresh. */
    function Badges() {
      return <output data-testid="live">{useRunStore((s) => s.liveWallMs)}</output>;
    }
    const { container, getByTestId } = render(
      <>
        <Clock />
        <Badges />
        <OverlayLegend />
      </>,
    );
    act(() => vi.advanceTimersByTime(1000));
    const seen = () => [
      getByTestId('clock').textContent,
      container.querySelector('.overlay-legend-sampling')?.textContent ?? '',
      getByTestId('live').textContent,
    ];
    const legendChanges: number[] = [];
    const otherChanges: number[] = [];
    let last = seen();
    // A sampled diagram is a large one: 300 nodes, a live refresh every 750 ms.
    const nodes = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [
        `n${i}`,
        {
          health: 'healthy' as const,
          busy: 1,
          workers: 8,
          backlog: 0,
          depth: 0,
          oldestAgeMs: 0,
          role: 'healthy' as const,
        },
      ]),
    );
    // Three wall seconds at 1×: the ratio moves between 3.6 and 4.4, rounded it changes seldom.
    for (let wallMs = 1; wallMs <= 3000; wallMs++) {
      act(() => vi.advanceTimersByTime(1));
      if (wallMs % 33 === 0) {
        const perDot = 4 + 0.4 * Math.sin(wallMs / 300);
        act(() =>
          runStore.getState().apply(
            {
              type: 'frame',
              frame: { ...frame(wallMs, perDot), nodes },
              sinceMs: 0,
              progress: progress(wallMs, true),
            },
            performance.now(),
          ),
        );
      }
      const now = seen();
      if (now[0] !== last[0] || now[2] !== last[2]) otherChanges.push(wallMs);
      if (now[1] !== last[1]) legendChanges.push(wallMs);
      last = now;
    }
    expect(legendChanges.length).toBeGreaterThanOrEqual(3);
    expect(legendChanges.filter((ms) => !otherChanges.includes(ms))).toEqual([]);
  });
});
