import type { PlaybackEvent } from '../../machines/playbackMachine';
import type { LessonStep } from '../../model';
import type { PlaybackHandle } from '../../run/playbackView';
import { useDocumentStore } from '../../store/documentStore';
import { type RunStore, runStore } from '../../store/runStore';
import { parseViewOptions } from '../routes/viewOptions';
import { hasSharedDiagram } from '../share/sharedLink';
import {
  landOn,
  nextPauseStep,
  planStart,
  planStep,
  type RunPosition,
  type RunTarget,
  type StepIndex,
  type StepMove,
  stepAfterClockMove,
  stepFromQuery,
  stepTimeMs,
  targetReached,
} from './lessonSteps';
import { useLessonStore } from './lessonStore';

/** Wall ms before a target at which the run is stopped (about two frames): see targetReached. */
const STOP_LEAD_WALL_MS = 70;

/** Drives the run through the document's lesson steps. */
export interface LessonDirector {
  /** Next step: plays up to its time and pauses there (or does its action). */
  next(): void;
  /** Previous step (or the lesson's start): moves the run there, paused. */
  previous(): void;
  /** Shows step `index` (null: the start), reached by playing or by a jump. */
  goTo(index: StepIndex, move: StepMove): void;
  dispose(): void;
}

export interface LessonDirectorOptions {
  /** `?step=N` (counted from 1), applied to the first lesson shown; null for none. */
  urlStep: number | null;
  /** Whether the page still holds a shared link (`#d=…`) that may replace the document. */
  linkPending: () => boolean;
}

const lessonOf = (): readonly LessonStep[] => useDocumentStore.getState().doc.lesson;

/**
 * Connects the lesson to the run: going to a step sends the playback events of planStep
 * and watches the clock for its time; every clock move updates the shown step
 * (stepAfterClockMove); while playing freely, a step whose action is "pause" stops the run
 * exactly at its time. A new lesson (another document) starts again before its first step.
 */
export function createLessonDirector(
  playback: PlaybackHandle,
  options: LessonDirectorOptions,
): LessonDirector {
  const lessons = useLessonStore;
  let target: RunTarget | null = null;
  let lastMs = runStore.getState().progress.tMs;
  let lastState = playback.playback().value;
  let lessonKey = JSON.stringify(lessonOf());
  let urlStep = options.urlStep;

  const send = (events: PlaybackEvent[]) => {
    for (const event of events) playback.send(event);
  };

  function position(): RunPosition {
    const { tMs, endMs } = runStore.getState().progress;
    return { tMs, endMs, state: playback.playback().value };
  }

  function goTo(index: StepIndex, move: StepMove): void {
    const lesson = lessonOf();
    if (index !== null && (index < 0 || index >= lesson.length)) return;
    target = null;
    let run = position();
    // The run on show is of the diagram before an edit (the run bar asks about it): a
    // lesson step is about the diagram as it is now, so start its run first.
    if (playback.playback().context.editPending) {
      playback.send({ type: 'RESTART' });
      run = { tMs: 0, endMs: run.endMs, state: 'running' };
    }
    lessons.getState().setCurrent(index);
    const plan = index === null ? planStart(run) : planStep(lesson[index], run, move);
    send(plan.events);
    target = plan.target;
  }

  /**
   * `?step=N` is for the lesson shown first — or, when the page came with a shared link
   * that is accepted later, for the link's lesson; any later document starts at its start.
   */
  function applyUrlStep(first: boolean): void {
    if (urlStep === null) return;
    if (!first && !options.linkPending()) {
      urlStep = null;
      return;
    }
    const lesson = lessonOf();
    if (lesson.length > 0) goTo(stepFromQuery(lesson, urlStep), 'jump');
    if (!options.linkPending()) urlStep = null;
  }

  /** Simulated ms the run covers in STOP_LEAD_WALL_MS at the current speed (0 when running to the end). */
  function leadMs(s: RunStore): number {
    const speed = s.progress.speed;
    return speed === 'end' ? 0 : speed * STOP_LEAD_WALL_MS;
  }

  function onClock(s: RunStore): void {
    const toMs = s.progress.tMs;
    const fromMs = lastMs;
    if (toMs === fromMs) return;
    lastMs = toMs;
    const lesson = lessonOf();
    const before = lessons.getState().current;
    const shown = stepAfterClockMove(lesson, before, fromMs, toMs);
    if (shown !== before) lessons.getState().setCurrent(shown);
    if (!s.progress.playing) return;
    if (target) {
      if (targetReached(target, toMs, leadMs(s))) {
        const reached = target;
        target = null;
        send(landOn(reached));
      }
      return;
    }
    // Free play: the caption follows the clock; a step marked "pause" stops the run there,
    // a step marked "run to the end" passed by the clock runs on to the end.
    const stop = nextPauseStep(lesson, shown, fromMs);
    const stopMs = stop === null ? null : stepTimeMs(lesson[stop]);
    if (stopMs !== null && targetReached({ tMs: stopMs, after: 'pause' }, toMs, leadMs(s))) {
      send(landOn({ tMs: stopMs, after: 'pause' }));
    } else if (shown !== before && shown !== null && lesson[shown].action === 'runToEnd') {
      send([{ type: 'RUN_TO_END' }]);
    }
  }

  const unsubscribeRun = runStore.subscribe(onClock);
  const unsubscribePlayback = playback.subscribePlayback(() => {
    const state = playback.playback().value;
    // The person paused, the run ended or an edit stopped it: no step to go on to.
    if (lastState === 'running' && state !== 'running') target = null;
    lastState = state;
  });
  let lessonRef = lessonOf();
  const unsubscribeDoc = useDocumentStore.subscribe((s) => {
    if (s.doc.lesson === lessonRef) return;
    lessonRef = s.doc.lesson;
    // Edits elsewhere may rebuild the list with the same steps: only new steps restart.
    const key = JSON.stringify(s.doc.lesson);
    if (key === lessonKey) return;
    lessonKey = key;
    target = null;
    lessons.getState().setCurrent(null);
    applyUrlStep(false);
  });
  lessons.getState().setCurrent(null);
  applyUrlStep(true);

  return {
    next() {
      const current = lessons.getState().current;
      goTo(current === null ? 0 : current + 1, 'play');
    },
    previous() {
      const current = lessons.getState().current;
      if (current !== null) goTo(current === 0 ? null : current - 1, 'jump');
    },
    goTo,
    dispose() {
      unsubscribeRun();
      unsubscribePlayback();
      unsubscribeDoc();
    },
  };
}

let shared: LessonDirector | null = null;

/**
 * The page's one lesson director, made on first use with the page's run controller and
 * the address's `?step=N`. One for the page (not per render): React's development double
 * mount must not apply `?step` twice.
 */
export function lessonDirector(playback: PlaybackHandle): LessonDirector {
  if (!shared) {
    shared = createLessonDirector(playback, {
      urlStep: parseViewOptions(window.location.search).step,
      linkPending: () => hasSharedDiagram(window.location.hash),
    });
  }
  return shared;
}
