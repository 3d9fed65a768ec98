import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { playbackMachine } from '../machines/playbackMachine';
import { createSimulation } from '../sim';
import type { FromWorker } from '../sim/protocol';
import { RunSession } from '../worker/runSession';
import { exampleDocument } from './documentStore';

/**
 * The playback machine driving the real worker core on a simulated wall clock: the same
 * wiring as the app's run controller, minus the Web Worker and the DOM.
 */
function rig() {
  const clock = { now: 0 };
  const frames: number[] = [];
  let onFinished = () => {};
  const session = new RunSession(
    createSimulation,
    (m: FromWorker) => {
      if (m.type === 'frame') frames.push(m.frame.tMs);
      if (m.type === 'finished') onFinished();
    },
    { clock: () => clock.now },
  );
  const machine = playbackMachine.provide({
    actions: {
      sendPlay: (_, { speed }) => {
        session.receive({ type: 'speed', speed });
        session.receive({ type: 'play' });
      },
      sendPause: () => session.receive({ type: 'pause' }),
      sendStep: (_, { ms }) => session.receive({ type: 'step', ms }),
      sendSpeed: (_, { speed }) => session.receive({ type: 'speed', speed }),
      sendSeek: (_, { tMs }) => session.receive({ type: 'seek', tMs }),
      sendReload: () => session.receive({ type: 'load', doc: exampleDocument() }),
    },
  });
  const actor = createActor(machine).start();
  onFinished = () => actor.send({ type: 'FINISHED' });
  session.receive({ type: 'load', doc: exampleDocument() });
  /** Lets `wallMs` of simulated wall time pass, ticking the session like the worker's timer. */
  const wait = (wallMs: number) => {
    for (let t = 0; t < wallMs; t += 16) {
      clock.now += 16;
      session.tick();
    }
  };
  const now = () => frames.at(-1) ?? 0;
  return { actor, wait, now };
}

describe('playback on a simulated clock', () => {
  it('plays at the chosen speed, pauses, and stays put while paused', () => {
    const { actor, wait, now } = rig();
    actor.send({ type: 'SPEED', speed: 10 });
    actor.send({ type: 'PLAY' });
    wait(500);
    expect(now()).toBeGreaterThan(4_500);
    actor.send({ type: 'PAUSE' });
    const paused = now();
    wait(1000);
    expect(now()).toBe(paused);
  });

  it('steps by exactly the step size', () => {
    const { actor, now } = rig();
    actor.send({ type: 'STEP', ms: 100 });
    actor.send({ type: 'STEP', ms: 100 });
    expect(now()).toBe(200);
    expect(actor.getSnapshot().matches('paused')).toBe(true);
  });

  it('finishes when the run reaches its end, and a scrub back reopens it paused', () => {
    const { actor, wait, now } = rig();
    actor.send({ type: 'RUN_TO_END' });
    wait(100);
    expect(now()).toBe(60_000);
    expect(actor.getSnapshot().matches('finished')).toBe(true);
    actor.send({ type: 'SEEK', tMs: 21_000 });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    expect(now()).toBe(21_000);
  });

  it('pauses the clock when the diagram is edited mid-run, and restarts from zero when asked', () => {
    const { actor, wait, now } = rig();
    actor.send({ type: 'SPEED', speed: 20 });
    actor.send({ type: 'PLAY' });
    wait(300);
    actor.send({ type: 'EDIT' });
    const at = now();
    wait(500);
    expect(now()).toBe(at);
    actor.send({ type: 'RESTART' });
    expect(now()).toBe(0);
    wait(100);
    expect(now()).toBeGreaterThan(0);
  });
});
