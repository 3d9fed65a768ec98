// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../sim/api';
import type { RunProgress } from '../../sim/protocol';
import { runStore } from '../../store/runStore';
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
  transfers: [],
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
});
