import { describe, expect, it } from 'vitest';
import type { RoomClock } from '../../room/clock';
import { followClock, type LocalRun } from './clockFollower';

const local = (over: Partial<LocalRun> = {}): LocalRun => ({
  state: 'paused',
  tMs: 0,
  speed: 1,
  toEnd: false,
  endMs: 60_000,
  ...over,
});
const playing = (simMs: number, wallMs: number, speed = 1): RoomClock => ({
  simMs,
  playing: true,
  speed,
  wallMs,
});
const paused = (simMs: number, speed = 1): RoomClock => ({ simMs, playing: false, speed, wallMs: 0 });

describe('following the presenter’s clock', () => {
  it('a late joiner lands on the presenter’s current moment and plays from there', () => {
    // The presenter pressed play at 10 s of simulated time, 4 s of server time ago.
    expect(followClock(playing(10_000, 1_000), local({ state: 'idle' }), 5_000)).toEqual([
      { type: 'SEEK', tMs: 14_000 },
      { type: 'PLAY' },
    ]);
  });

  it('plays on while within a quarter of a second of the presenter', () => {
    expect(followClock(playing(10_000, 1_000), local({ state: 'running', tMs: 13_800 }), 5_000)).toEqual([]);
    expect(followClock(playing(10_000, 1_000), local({ state: 'running', tMs: 14_240 }), 5_000)).toEqual([]);
  });

  it('seeks when it drifts more than 250 ms of wall time, ahead or behind', () => {
    expect(followClock(playing(10_000, 1_000), local({ state: 'running', tMs: 13_700 }), 5_000)).toEqual([
      { type: 'SEEK', tMs: 14_000 },
    ]);
    expect(followClock(playing(10_000, 1_000), local({ state: 'running', tMs: 14_300 }), 5_000)).toEqual([
      { type: 'SEEK', tMs: 14_000 },
    ]);
  });

  it('measures drift in wall time: at 10× speed, 2 s of simulated time is 200 ms', () => {
    const clock = playing(0, 0, 10);
    expect(followClock(clock, local({ state: 'running', speed: 10, tMs: 8_000 }), 1_000)).toEqual([]);
    expect(followClock(clock, local({ state: 'running', speed: 10, tMs: 7_000 }), 1_000)).toEqual([
      { type: 'SEEK', tMs: 10_000 },
    ]);
  });

  it('takes the presenter’s speed', () => {
    expect(followClock(playing(0, 0, 4), local({ state: 'running', tMs: 0 }), 0)).toEqual([
      { type: 'SPEED', speed: 4 },
    ]);
  });

  it('pauses where the presenter paused, exactly (pause, step and scrub)', () => {
    expect(followClock(paused(21_000), local({ state: 'running', tMs: 20_950 }), 9_999)).toEqual([
      { type: 'PAUSE' },
      { type: 'SEEK', tMs: 21_000 },
    ]);
    expect(followClock(paused(22_000), local({ state: 'paused', tMs: 21_000 }), 0)).toEqual([
      { type: 'SEEK', tMs: 22_000 },
    ]);
    expect(followClock(paused(22_000), local({ state: 'paused', tMs: 22_000 }), 0)).toEqual([]);
  });

  it('leaves a follower that has not started alone while the presenter has not either', () => {
    expect(followClock(paused(0), local({ state: 'idle' }), 123)).toEqual([]);
  });

  it('never restarts a run that has finished with the presenter’s', () => {
    expect(followClock(playing(50_000, 0), local({ state: 'finished', tMs: 60_000 }), 20_000)).toEqual([]);
    expect(followClock(paused(60_000), local({ state: 'finished', tMs: 60_000 }), 0)).toEqual([]);
  });

  it('goes back into a finished run when the presenter scrubs back and plays', () => {
    expect(followClock(playing(30_000, 0), local({ state: 'finished', tMs: 60_000 }), 0)).toEqual([
      { type: 'SEEK', tMs: 30_000 },
      { type: 'PLAY' },
    ]);
  });

  it('stops running to the end when the presenter plays at a speed', () => {
    expect(followClock(playing(5_000, 0), local({ state: 'running', toEnd: true, tMs: 40_000 }), 0)).toEqual([
      { type: 'PAUSE' },
      { type: 'SEEK', tMs: 5_000 },
      { type: 'PLAY' },
    ]);
  });
});
