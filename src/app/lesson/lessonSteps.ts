/**
 * The lesson's step logic as pure functions of data: which step is shown at a time, how the
 * shown step follows the clock, and what going to a step does to the run. The director
 * (lessonDirector.ts) applies them to the run controller; docs/lessons.md tells the rules.
 *
 * Steps are counted from 0 here; `null` is the lesson's start, before its first step.
 */
import type { PlaybackEvent, PlaybackStateName } from '../../machines/playbackMachine';
import type { LessonStep } from '../../model';

/** The shown step: an index into the lesson, or null before the first step. */
export type StepIndex = number | null;

/** Where the run is, as far as a lesson step cares. */
export interface RunPosition {
  /** Simulated time shown, ms. */
  tMs: number;
  /** The run's end, ms (0 before the worker reported it). */
  endMs: number;
  state: PlaybackStateName;
}

/** What the run does once it reaches a step's time. */
export type Landing = 'pause' | 'play' | 'runToEnd';

/** A time the director watches the clock for, and what happens when the run gets there. */
export interface RunTarget {
  tMs: number;
  after: Landing;
}

/** What going to a step does: events for the playback machine, then a time to stop at. */
export interface StepPlan {
  events: PlaybackEvent[];
  target: RunTarget | null;
}

/**
 * How a step is reached. `play`: Next — the run plays up to the step's time and does what
 * the step says. `jump`: Previous, `?step=N` — the run is moved to the step's time and left
 * paused; a jump never starts the run moving.
 */
export type StepMove = 'play' | 'jump';

/** A step's time in ms, or null for a step without one. */
export function stepTimeMs(step: LessonStep | undefined): number | null {
  return step?.atS === undefined ? null : Math.round(step.atS * 1000);
}

/** The last timed step the clock has reached at `tMs`, or null before the first. */
export function stepAtTime(lesson: readonly LessonStep[], tMs: number): StepIndex {
  let shown: StepIndex = null;
  lesson.forEach((step, i) => {
    const at = stepTimeMs(step);
    if (at !== null && at <= tMs) shown = i;
  });
  return shown;
}

/** `?step=N` (counted from 1) as a step index: out of range or absent → the first step. */
export function stepFromQuery(lesson: readonly LessonStep[], step: number | null): StepIndex {
  if (lesson.length === 0) return null;
  if (step === null || !Number.isInteger(step) || step < 1 || step > lesson.length) return 0;
  return step - 1;
}

/**
 * The step shown after the clock moved from `fromMs` to `toMs` (a frame while playing, a
 * seek, a restart). Forward: the caption advances to the last timed step newly reached,
 * never back. Backward past the shown step's own time (scrubbing, a restart): the step the
 * clock is at. A step without a time stays shown however the clock moves — its caption is
 * about what the presenter did, not about a moment of the run.
 */
export function stepAfterClockMove(
  lesson: readonly LessonStep[],
  current: StepIndex,
  fromMs: number,
  toMs: number,
): StepIndex {
  if (toMs > fromMs) {
    const reached = stepAtTime(lesson, toMs);
    const already = stepAtTime(lesson, fromMs);
    if (reached !== null && reached !== already && reached > (current ?? -1)) return reached;
    return current;
  }
  if (toMs < fromMs) {
    const at = current === null ? null : stepTimeMs(lesson[current]);
    if (at !== null && toMs < at) return stepAtTime(lesson, toMs);
  }
  return current;
}

/**
 * While the run plays freely (not towards a step the presenter chose), the next timed step
 * that stops it: one whose action is "pause". Other steps only change the caption as the
 * clock passes them. Null when no such step lies ahead.
 */
export function nextPauseStep(lesson: readonly LessonStep[], current: StepIndex, tMs: number): StepIndex {
  for (let i = (current ?? -1) + 1; i < lesson.length; i++) {
    const at = stepTimeMs(lesson[i]);
    if (at !== null && at > tMs && lesson[i].action === 'pause') return i;
  }
  return null;
}

function landingOf(step: LessonStep, move: StepMove): Landing {
  if (move === 'jump') return 'pause';
  if (step.action === 'play') return 'play';
  if (step.action === 'runToEnd') return 'runToEnd';
  return 'pause';
}

/** Events that make a run standing at its target do `after`. */
function landingEvents(after: Landing): PlaybackEvent[] {
  if (after === 'play') return [{ type: 'PLAY' }];
  if (after === 'runToEnd') return [{ type: 'RUN_TO_END' }];
  return [];
}

/** Moves the run to `tMs` at once and leaves it paused there (exactly: a seek replays to it). */
function jumpTo(tMs: number, run: RunPosition): PlaybackEvent[] {
  if (run.state === 'idle') return tMs > 0 ? [{ type: 'STEP', ms: tMs }] : [];
  if (tMs === run.tMs && run.state === 'paused') return [];
  const pause: PlaybackEvent[] = run.state === 'running' ? [{ type: 'PAUSE' }] : [];
  return [...pause, { type: 'SEEK', tMs }];
}

/** A step without a time: only its action moves the run (on Next; a jump leaves it be). */
function planAction(step: LessonStep, run: RunPosition, move: StepMove): StepPlan {
  const none: StepPlan = { events: [], target: null };
  const pause: StepPlan = { events: run.state === 'running' ? [{ type: 'PAUSE' }] : [], target: null };
  if (move === 'jump' || step.action === 'pause') return pause;
  switch (step.action) {
    case 'play':
      return run.state === 'running' ? none : { events: [{ type: 'PLAY' }], target: null };
    case 'runToEnd':
      return run.state === 'finished' ? none : { events: [{ type: 'RUN_TO_END' }], target: null };
    case 'restart':
      // In idle RESTART only reloads; elsewhere it reloads and plays.
      return {
        events: run.state === 'idle' ? [{ type: 'RESTART' }, { type: 'PLAY' }] : [{ type: 'RESTART' }],
        target: null,
      };
    default:
      return none;
  }
}

/**
 * What going to `step` does to the run at `run`. With a time: Next plays up to it (seeking
 * back first when the run is already past it) and pauses there — or goes on, for a step
 * whose action is play or run-to-end; "restart" starts again from 0 and plays up to it.
 * A jump (Previous, `?step=N`) moves there and stays paused. Without a time, the action
 * alone decides (see planAction).
 */
export function planStep(step: LessonStep, run: RunPosition, move: StepMove): StepPlan {
  const at = stepTimeMs(step);
  if (at === null) return planAction(step, run, move);
  // A time past the run's end cannot be reached: the end is as close as it gets.
  const tMs = run.endMs > 0 ? Math.min(at, run.endMs) : at;
  const after = landingOf(step, move);
  if (move === 'play' && step.action === 'restart') {
    const restart: PlaybackEvent[] =
      run.state === 'idle' ? [{ type: 'RESTART' }, { type: 'PLAY' }] : [{ type: 'RESTART' }];
    return { events: restart, target: { tMs, after } };
  }
  if (move === 'jump' || tMs <= run.tMs || run.state === 'finished') {
    return { events: [...jumpTo(tMs, run), ...landingEvents(after)], target: null };
  }
  // Ahead: play (at the chosen speed) and let the director stop the run there.
  const play: PlaybackEvent[] = run.state === 'running' ? [] : [{ type: 'PLAY' }];
  return { events: play, target: { tMs, after } };
}

/**
 * Going back to the lesson's start (Previous from the first step): the run goes back to 0,
 * paused; nothing happens before a run started.
 */
export function planStart(run: RunPosition): StepPlan {
  return { events: jumpTo(0, run), target: null };
}

/**
 * Whether the run, playing towards `target`, is close enough to stop: within `leadMs` of
 * simulated time (about two frames at the current speed). Stopping a little early and
 * seeking forward lands exactly on the target without showing a moment past it.
 */
export function targetReached(target: RunTarget, tMs: number, leadMs: number): boolean {
  return tMs >= target.tMs - Math.max(0, leadMs);
}

/**
 * Events that put a run playing near `target` exactly on it, then do what it says. The
 * worker may have gone on a little after the frame we saw: the seek lands on the target
 * from either side (forward by running on, back by replaying from a checkpoint).
 */
export function landOn(target: RunTarget): PlaybackEvent[] {
  if (target.after === 'play') return [];
  if (target.after === 'runToEnd') return [{ type: 'RUN_TO_END' }];
  return [{ type: 'PAUSE' }, { type: 'SEEK', tMs: target.tMs }];
}
