import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { playbackMachine } from '../../machines/playbackMachine';
import { type FaultlineDocument, type LessonStep, parseDocument } from '../../model';
import type { PlaybackHandle, PlaybackView } from '../../run/playbackView';
import { rpcChainRedeploy } from '../../scenarios';
import { createSimulation } from '../../sim';
import type { FromWorker } from '../../sim/protocol';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { RunSession } from '../../worker/runSession';
import { createLessonDirector } from './lessonDirector';
import { useLessonStore } from './lessonStore';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function documentWith(lesson: LessonStep[]): FaultlineDocument {
  const r = parseDocument({ ...rpcChainRedeploy, lesson });
  if (!r.ok) throw new Error('invalid test document');
  return r.doc;
}

/**
 * The director on the app's real wiring minus the Web Worker: the playback machine, the
 * worker's core (RunSession with the real engine) on a simulated wall clock, and the run
 * store. Worker messages are delivered after the worker's turn, as postMessage does.
 */
function rig(doc: FaultlineDocument, urlStep: number | null = null) {
  useDocumentStore.getState().replaceDocument(doc);
  runStore.getState().reset();
  const clock = { now: 0 };
  const outbox: FromWorker[] = [];
  const session = new RunSession(createSimulation, (m) => outbox.push(m), { clock: () => clock.now });
  const actor = createActor(
    playbackMachine.provide({
      actions: {
        sendPlay: (_, { speed }) => {
          session.receive({ type: 'speed', speed });
          session.receive({ type: 'play' });
        },
        sendPause: () => session.receive({ type: 'pause' }),
        sendStep: (_, { ms }) => session.receive({ type: 'step', ms }),
        sendSpeed: (_, { speed }) => session.receive({ type: 'speed', speed }),
        sendSeek: (_, { tMs }) => session.receive({ type: 'seek', tMs }),
        sendReload: () => session.receive({ type: 'load', doc: useDocumentStore.getState().doc }),
      },
    }),
  ).start();
  const view = (): PlaybackView => {
    const s = actor.getSnapshot();
    return { value: s.value as PlaybackView['value'], context: s.context };
  };
  let shown = view();
  const listeners = new Set<() => void>();
  actor.subscribe(() => {
    shown = view();
    for (const l of listeners) l();
  });
  const handle: PlaybackHandle = {
    send: (e) => actor.send(e),
    playback: () => shown,
    subscribePlayback: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const deliver = () => {
    while (outbox.length > 0) {
      const m = outbox.shift() as FromWorker;
      runStore.getState().apply(m, clock.now);
      if (m.type === 'finished') actor.send({ type: 'FINISHED' });
    }
  };
  session.receive({ type: 'load', doc });
  deliver();
  const director = createLessonDirector(handle, { urlStep, linkPending: () => false });
  cleanups.push(() => {
    director.dispose();
    actor.stop();
  });
  deliver();
  /** Lets wall time pass like the worker's timer until the run stands still (or `maxWallMs`). */
  const settle = (maxWallMs = 120_000) => {
    for (let t = 0; t < maxWallMs; t += 16) {
      clock.now += 16;
      session.tick();
      deliver();
      if (!session.isPlaying) return;
    }
  };
  const state = () => ({
    step: useLessonStore.getState().current,
    tMs: runStore.getState().progress.tMs,
    run: actor.getSnapshot().value,
  });
  return { director, actor, settle, state, deliver };
}

const example = rpcChainRedeploy.lesson as LessonStep[];

beforeEach(() => useLessonStore.setState({ current: null }));

describe('the lesson director on the real run', () => {
  it('Next plays up to each step and pauses exactly at its time, at any speed', () => {
    const { director, actor, settle, state } = rig(documentWith(example));
    expect(state()).toEqual({ step: null, tMs: 0, run: 'idle' });
    director.next();
    settle();
    expect(state()).toEqual({ step: 0, tMs: 10_000, run: 'paused' });
    actor.send({ type: 'SPEED', speed: 50 });
    director.next();
    expect(state().step).toBe(1);
    settle();
    expect(state()).toEqual({ step: 1, tMs: 21_000, run: 'paused' });
    director.previous();
    settle();
    expect(state()).toEqual({ step: 0, tMs: 10_000, run: 'paused' });
    director.previous();
    settle();
    expect(state()).toEqual({ step: null, tMs: 0, run: 'paused' });
  });

  it('while playing freely, captions follow the clock and only a "pause" step stops the run', () => {
    const lesson: LessonStep[] = [
      { caption: 'a', atS: 5 },
      { caption: 'b', atS: 12, action: 'pause' },
      { caption: 'c', atS: 20 },
    ];
    const { actor, settle, state } = rig(documentWith(lesson));
    actor.send({ type: 'SPEED', speed: 20 });
    actor.send({ type: 'PLAY' });
    settle();
    expect(state()).toEqual({ step: 1, tMs: 12_000, run: 'paused' });
    actor.send({ type: 'PLAY' });
    settle();
    expect(state()).toEqual({ step: 2, tMs: 60_000, run: 'finished' });
    // Scrubbing back shows the step the clock is at.
    actor.send({ type: 'SEEK', tMs: 8_000 });
    settle();
    expect(state()).toEqual({ step: 0, tMs: 8_000, run: 'paused' });
  });

  it('opens at ?step=N, paused at its time; out of range at step 1', () => {
    expect(rig(documentWith(example), 3).state()).toEqual({ step: 2, tMs: 25_000, run: 'paused' });
    expect(rig(documentWith(example), 9).state()).toEqual({ step: 0, tMs: 10_000, run: 'paused' });
  });

  it('a new lesson starts before its first step; Next then restarts the run of the new diagram', () => {
    const { director, settle, state } = rig(documentWith(example), 2);
    expect(state()).toEqual({ step: 1, tMs: 21_000, run: 'paused' });
    const other = documentWith([{ caption: 'only', atS: 4 }]);
    useDocumentStore.getState().replaceDocument({ ...other, title: 'Another' });
    expect(state().step).toBeNull();
    director.next();
    settle();
    expect(state()).toEqual({ step: 0, tMs: 4_000, run: 'paused' });
  });

  it('a step without a time does its action: run to the end', () => {
    const lesson: LessonStep[] = [
      { caption: 'a', atS: 5 },
      { caption: 'to the end', action: 'runToEnd' },
    ];
    const { director, settle, state } = rig(documentWith(lesson));
    director.next();
    settle();
    director.next();
    settle();
    expect(state()).toEqual({ step: 1, tMs: 60_000, run: 'finished' });
  });
});
