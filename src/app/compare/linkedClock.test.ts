import { describe, expect, it } from 'vitest';
import type { PlayerState } from '../embed/playerStatus';
import { sharedClock } from './linkedClock';

const at = (state: PlayerState, tMs: number, endMs = 60_000) => ({
  type: 'faultline:status' as const,
  state,
  tMs,
  endMs,
});

describe('sharedClock', () => {
  it('waits until both players have spoken', () => {
    expect(sharedClock([at('idle', 0), null]).ready).toBe(false);
    expect(sharedClock([]).ready).toBe(false);
  });

  it('shows the time both have reached', () => {
    const c = sharedClock([at('running', 12_300), at('running', 12_100)]);
    expect(c).toMatchObject({ ready: true, tMs: 12_100, running: true, finished: false, apart: false });
  });

  it('is apart when both rest at different times, and together when they rest at one', () => {
    expect(sharedClock([at('paused', 5000), at('paused', 5100)]).apart).toBe(true);
    expect(sharedClock([at('paused', 5000), at('running', 5100)]).apart).toBe(false);
    expect(sharedClock([at('paused', 5000), at('paused', 5000)]).apart).toBe(false);
  });

  it('is finished only when both sides are', () => {
    expect(sharedClock([at('finished', 60_000), at('running', 59_000)]).finished).toBe(false);
    expect(sharedClock([at('finished', 60_000), at('finished', 60_000)]).finished).toBe(true);
  });
});
