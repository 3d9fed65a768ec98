// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
