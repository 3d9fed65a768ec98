import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LessonStep } from '../../model';
import { rpcChainRedeploy } from '../../scenarios';
import {
  landOn,
  nextPauseStep,
  planStart,
  planStep,
  type RunPosition,
  stepAfterClockMove,
  stepAtTime,
  stepFromQuery,
  targetReached,
} from './lessonSteps';

/** The example's lesson: steps at 10, 21, 25 and 32 s. */
const example = rpcChainRedeploy.lesson as LessonStep[];

const mixed: LessonStep[] = [
  { caption: 'timed', atS: 5 },
  { caption: 'stop here', atS: 15, action: 'pause', focus: 'api' },
  { caption: 'just a caption' },
  { caption: 'later', atS: 25 },
  { caption: 'to the end', action: 'runToEnd' },
];

const at = (tMs: number, state: RunPosition['state'], endMs = 60_000): RunPosition => ({ tMs, endMs, state });

describe('which step is shown at a time', () => {
  it('is the last timed step the clock reached', () => {
    expect(example.map((s) => s.atS)).toEqual([10, 21, 25, 32]);
    expect(stepAtTime(example, 0)).toBeNull();
    expect(stepAtTime(example, 9_999)).toBeNull();
    expect(stepAtTime(example, 10_000)).toBe(0);
    expect(stepAtTime(example, 24_999)).toBe(1);
    expect(stepAtTime(example, 60_000)).toBe(3);
    expect(stepAtTime(mixed, 20_000)).toBe(1);
    expect(stepAtTime([], 20_000)).toBeNull();
  });

  it('reads ?step=N from 1, with anything out of range at the first step', () => {
    expect(stepFromQuery(example, 2)).toBe(1);
    expect(stepFromQuery(example, 4)).toBe(3);
    expect(stepFromQuery(example, 5)).toBe(0);
    expect(stepFromQuery(example, 0)).toBe(0);
    expect(stepFromQuery(example, null)).toBe(0);
    expect(stepFromQuery([], 2)).toBeNull();
  });
});

describe('the shown step follows the clock', () => {
  it('advances as playing passes a step, and skips to the last one a jump passed', () => {
    expect(stepAfterClockMove(example, null, 9_900, 10_033)).toBe(0);
    expect(stepAfterClockMove(example, 0, 10_033, 20_000)).toBe(0);
    expect(stepAfterClockMove(example, 0, 20_000, 30_000)).toBe(2);
  });

  it('never goes back while the clock goes forward', () => {
    // The presenter pressed Next to step 3 (21 s) while the run was at 12 s: the run plays
    // towards it and the caption stays.
    expect(stepAfterClockMove(example, 1, 12_000, 15_000)).toBe(1);
    // A step the clock had already reached before this move is not newly reached.
    expect(stepAfterClockMove(example, null, 10_500, 11_000)).toBeNull();
  });

  it('follows the clock back past the shown step (scrubbing, a restart)', () => {
    expect(stepAfterClockMove(example, 2, 26_000, 22_000)).toBe(1);
    expect(stepAfterClockMove(example, 2, 26_000, 0)).toBeNull();
    // Back to the step's own time (Previous seeks there): it stays.
    expect(stepAfterClockMove(example, 1, 26_000, 21_000)).toBe(1);
  });

  it('keeps a step without a time however the clock moves', () => {
    expect(stepAfterClockMove(mixed, 2, 20_000, 0)).toBe(2);
    expect(stepAfterClockMove(mixed, 4, 0, 60_000)).toBe(4);
    expect(stepAfterClockMove(mixed, 2, 20_000, 26_000)).toBe(3);
  });

  it('with every step timed in order, shows what scrubbing to the clock shows, after any moves', () => {
    const lessonArb = fc
      .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 })
      .map((times) => times.sort((x, y) => x - y).map((atS) => ({ caption: `at ${atS}`, atS })));
    const clockArb = fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(lessonArb, clockArb, (lesson, clock) => {
        let t = 0;
        let shown = stepAtTime(lesson, 0);
        for (const next of clock) {
          shown = stepAfterClockMove(lesson, shown, t, next);
          t = next;
          if (shown !== stepAtTime(lesson, t)) return false;
        }
        return true;
      }),
    );
  });
});

describe('going to a step', () => {
  it('Next from the start plays up to the step and pauses there', () => {
    expect(planStep(example[0], at(0, 'idle', 0), 'play')).toEqual({
      events: [{ type: 'PLAY' }],
      target: { tMs: 10_000, after: 'pause' },
    });
    // Already playing: no event, only the stop.
    expect(planStep(example[1], at(12_000, 'running'), 'play')).toEqual({
      events: [],
      target: { tMs: 21_000, after: 'pause' },
    });
  });

  it('Next to a time the run is past seeks back to it, paused', () => {
    expect(planStep(example[1], at(30_000, 'running'), 'play')).toEqual({
      events: [{ type: 'PAUSE' }, { type: 'SEEK', tMs: 21_000 }],
      target: null,
    });
    expect(planStep(example[1], at(60_000, 'finished'), 'play').events).toEqual([
      { type: 'SEEK', tMs: 21_000 },
    ]);
  });

  it('a jump (Previous, ?step=N) moves the run there and leaves it paused', () => {
    expect(planStep(example[2], at(0, 'idle', 0), 'jump')).toEqual({
      events: [{ type: 'STEP', ms: 25_000 }],
      target: null,
    });
    expect(planStep(example[0], at(21_000, 'paused'), 'jump').events).toEqual([
      { type: 'SEEK', tMs: 10_000 },
    ]);
    expect(planStep(example[3], at(5_000, 'running'), 'jump').events).toEqual([
      { type: 'PAUSE' },
      { type: 'SEEK', tMs: 32_000 },
    ]);
    expect(planStep(example[1], at(21_000, 'paused'), 'jump').events).toEqual([]);
    expect(planStep(mixed[4], at(30_000, 'paused'), 'jump').events).toEqual([]);
  });

  it('does what a step without a time says', () => {
    const step = (action: LessonStep['action']): LessonStep => ({ caption: 'x', action });
    expect(planStep(step('runToEnd'), at(25_000, 'paused'), 'play').events).toEqual([{ type: 'RUN_TO_END' }]);
    expect(planStep(step('runToEnd'), at(60_000, 'finished'), 'play').events).toEqual([]);
    expect(planStep(step('play'), at(25_000, 'paused'), 'play').events).toEqual([{ type: 'PLAY' }]);
    expect(planStep(step('play'), at(25_000, 'running'), 'play').events).toEqual([]);
    expect(planStep(step('pause'), at(25_000, 'running'), 'play').events).toEqual([{ type: 'PAUSE' }]);
    expect(planStep(step('restart'), at(25_000, 'paused'), 'play').events).toEqual([{ type: 'RESTART' }]);
    expect(planStep(step('restart'), at(0, 'idle'), 'play').events).toEqual([
      { type: 'RESTART' },
      { type: 'PLAY' },
    ]);
    expect(planStep(step(undefined), at(25_000, 'running'), 'play')).toEqual({ events: [], target: null });
  });

  it('combines a time with an action: play on, run to the end, or restart and stop there', () => {
    expect(planStep({ caption: 'x', atS: 20, action: 'play' }, at(0, 'paused'), 'play').target).toEqual({
      tMs: 20_000,
      after: 'play',
    });
    expect(
      planStep({ caption: 'x', atS: 20, action: 'runToEnd' }, at(30_000, 'paused'), 'play').events,
    ).toEqual([{ type: 'SEEK', tMs: 20_000 }, { type: 'RUN_TO_END' }]);
    expect(planStep({ caption: 'x', atS: 20, action: 'restart' }, at(30_000, 'paused'), 'play')).toEqual({
      events: [{ type: 'RESTART' }],
      target: { tMs: 20_000, after: 'pause' },
    });
  });

  it('stops at the end for a time past it', () => {
    expect(planStep({ caption: 'x', atS: 90 }, at(10_000, 'paused', 60_000), 'play').target).toEqual({
      tMs: 60_000,
      after: 'pause',
    });
    expect(planStep({ caption: 'x', atS: 90 }, at(60_000, 'finished', 60_000), 'play').events).toEqual([
      { type: 'SEEK', tMs: 60_000 },
    ]);
  });

  it('back to the start: t = 0, paused', () => {
    expect(planStart(at(21_000, 'paused')).events).toEqual([{ type: 'SEEK', tMs: 0 }]);
    expect(planStart(at(0, 'idle', 0)).events).toEqual([]);
  });
});

describe('stopping at a step', () => {
  it('stops within the lead and lands exactly on the time', () => {
    const target = { tMs: 21_000, after: 'pause' as const };
    expect(targetReached(target, 20_900, 70)).toBe(false);
    expect(targetReached(target, 20_940, 70)).toBe(true);
    expect(targetReached(target, 21_400, 0)).toBe(true);
    expect(landOn(target)).toEqual([{ type: 'PAUSE' }, { type: 'SEEK', tMs: 21_000 }]);
    expect(landOn({ tMs: 21_000, after: 'play' })).toEqual([]);
    expect(landOn({ tMs: 21_000, after: 'runToEnd' })).toEqual([{ type: 'RUN_TO_END' }]);
  });

  it('while playing freely, only a step marked "pause" stops the run', () => {
    expect(nextPauseStep(example, null, 0)).toBeNull();
    expect(nextPauseStep(mixed, null, 0)).toBe(1);
    expect(nextPauseStep(mixed, 0, 6_000)).toBe(1);
    expect(nextPauseStep(mixed, 1, 15_000)).toBeNull();
    expect(nextPauseStep(mixed, null, 16_000)).toBeNull();
  });
});
