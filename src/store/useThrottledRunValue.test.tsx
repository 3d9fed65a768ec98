// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meshFrame } from '../testing/frames';
import { useRunStore } from './runHooks';
import { runStore } from './runStore';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from './useThrottledRunValue';

function Clock() {
  return <output>{useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS)}</output>;
}

const progress = (tMs: number, playing: boolean) =>
  act(() => {
    runStore.setState((s) => ({ progress: { ...s.progress, tMs, reachedMs: tMs, playing } }));
  });

describe('the clock while a run plays', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    runStore.getState().reset();
  });
  afterEach(() => vi.useRealTimers());

  it('changes at most once per CLOCK_INTERVAL_MS, always ending on the latest time', () => {
    const { container } = render(<Clock />);
    let renders = 0;
    const seen = () => container.textContent;
    act(() => vi.advanceTimersByTime(CLOCK_INTERVAL_MS));
    progress(100, true);
    expect(seen()).toBe('100');
    // Thirty frames a second for a fifth of a second: the clock waits, then shows the latest.
    for (let i = 2; i <= 7; i++) {
      progress(i * 100, true);
      if (seen() !== '100') renders++;
    }
    expect(renders).toBe(0);
    act(() => vi.advanceTimersByTime(CLOCK_INTERVAL_MS));
    expect(seen()).toBe('700');
  });

  it('shows a paused run at once and exactly', () => {
    const { container } = render(<Clock />);
    progress(100, true);
    progress(250, true);
    progress(260, false);
    expect(container.textContent).toBe('200');
  });
});

function ClockAndBadge() {
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  const busy = useRunStore((s) => s.liveNodes.n0?.busy);
  return (
    <>
      <output data-testid="clock">{tMs}</output>
      <span data-testid="badge">{busy}</span>
    </>
  );
}

describe('the clock and the node badges while a run plays', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    runStore.getState().reset();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  // The frame budget's 30-service diagram (a live refresh every ~210 ms), the 100-service
  // mesh (~625 ms) and the largest (1 s).
  it.each([
    [38, 46],
    [110, 140],
    [500, 700],
  ])(
    'change the page in the same moments on %i nodes and %i edges, not in two schedules a few ms apart',
    (nodeCount, edgeCount) => {
      const { getByTestId } = render(<ClockAndBadge />);
      const { apply } = runStore.getState();
      const text = () => `${getByTestId('clock').textContent}|${getByTestId('badge').textContent}`;
      const clockChanges: number[] = [];
      const badgeChanges: number[] = [];
      // The page has been open a while when Play is pressed.
      act(() => vi.advanceTimersByTime(1000));
      let [clock, badge] = text().split('|');
      // Three wall seconds at 10×: worker frames about 33 ms apart, as a loaded main thread
      // receives them (irregular), the simulated time ten times further.
      const gaps = [33, 47, 29, 61, 38, 52, 33, 44];
      let nextFrameMs = gaps[0];
      for (let wallMs = 1; wallMs <= 3000; wallMs++) {
        act(() => vi.advanceTimersByTime(1));
        if (wallMs === nextFrameMs) {
          nextFrameMs += gaps[wallMs % gaps.length];
          const tMs = wallMs * 10;
          const progress = {
            tMs,
            reachedMs: tMs,
            endMs: 60_000,
            status: { state: 'running' as const },
            playing: true,
            speed: 10,
          };
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
        }
        const [c, b] = text().split('|');
        if (c !== clock) clockChanges.push(wallMs);
        if (b !== badge) badgeChanges.push(wallMs);
        [clock, badge] = [c, b];
      }
      // The clock still follows the run about five times a second, the badges as often as the
      // diagram's size allows…
      expect(clockChanges.length).toBeGreaterThanOrEqual(12);
      expect(clockChanges.length).toBeLessThanOrEqual(18);
      expect(badgeChanges.length).toBeGreaterThanOrEqual(3);
      // …and every change of the badges comes with a change of the clock.
      expect(badgeChanges.filter((ms) => !clockChanges.includes(ms))).toEqual([]);
    },
  );
});
