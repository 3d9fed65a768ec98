// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunController } from '../../run/runController';
import { runStore } from '../../store/runStore';
import { CLOCK_INTERVAL_MS } from '../../store/useThrottledRunValue';
import { RunBar } from './RunBar';

describe('the run bar while the clock moves', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    runStore.getState().reset();
  });
  afterEach(() => vi.useRealTimers());

  it('changes only the clock: its controls are not written into the page again with every tick', async () => {
    // A controller whose worker is never needed: the run store is driven directly.
    const controller = createRunController(undefined, new Promise(() => {}));
    const { getByRole } = render(<RunBar controller={controller} />);
    const bar = getByRole('toolbar', { name: 'Run controls' });
    const clock = getByRole('status', { name: 'Simulated time' });
    const outsideClock: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        if (!clock.contains(r.target))
          outsideClock.push(`${(r.target as Element).nodeName} ${r.attributeName}`);
    });
    observer.observe(bar, { subtree: true, attributes: true, childList: true, characterData: true });
    for (let i = 1; i <= 10; i++) {
      act(() => {
        runStore.setState((s) => ({ progress: { ...s.progress, tMs: i * 1000, playing: true } }));
        vi.advanceTimersByTime(CLOCK_INTERVAL_MS);
      });
    }
    await act(async () => {});
    observer.disconnect();
    expect(clock.textContent).toMatch(/^10\.0 s/);
    expect(outsideClock).toEqual([]);
    controller.dispose();
  });
});
