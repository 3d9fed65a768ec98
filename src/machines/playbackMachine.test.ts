import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type PlaybackEvent, playbackMachine } from './playbackMachine';

/** The machine with every worker effect recorded instead of sent. */
function recorded() {
  const calls: string[] = [];
  const machine = playbackMachine.provide({
    actions: {
      sendPlay: (_, p) => calls.push(`play ${p.speed}`),
      sendPause: () => calls.push('pause'),
      sendStep: (_, p) => calls.push(`step ${p.ms}`),
      sendSpeed: (_, p) => calls.push(`speed ${p.speed}`),
      sendSeek: (_, p) => calls.push(`seek ${p.tMs}`),
      sendReload: () => calls.push('reload'),
    },
  });
  const actor = createActor(machine).start();
  return { actor, calls };
}

describe('playbackMachine', () => {
  it('starts idle and plays, pauses and plays again at the chosen speed', () => {
    const { actor, calls } = recorded();
    expect(actor.getSnapshot().matches('idle')).toBe(true);
    actor.send({ type: 'SPEED', speed: 5 });
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().matches('running')).toBe(true);
    actor.send({ type: 'PAUSE' });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    actor.send({ type: 'PLAY' });
    expect(calls).toEqual(['speed 5', 'play 5', 'pause', 'play 5']);
  });

  it('steps into paused from idle and from running', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'STEP', ms: 100 });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'STEP', ms: 250 });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    expect(calls).toEqual(['step 100', 'play 1', 'step 250']);
  });

  it('runs to the end without replacing the chosen speed, then finishes', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'SPEED', speed: 2 });
    actor.send({ type: 'RUN_TO_END' });
    expect(actor.getSnapshot().matches('running')).toBe(true);
    expect(actor.getSnapshot().context.speed).toBe(2);
    actor.send({ type: 'FINISHED' });
    expect(actor.getSnapshot().matches('finished')).toBe(true);
    expect(calls).toEqual(['speed 2', 'play end']);
  });

  it('reopens a finished run paused when scrubbed back', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'FINISHED' });
    actor.send({ type: 'SEEK', tMs: 12_000 });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    expect(calls.at(-1)).toBe('seek 12000');
  });

  it('seeks from idle to a time not yet played, and waits there paused', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'SEEK', tMs: 25_000 });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    expect(calls).toEqual(['seek 25000']);
  });

  it('seeks while running and keeps running', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'SEEK', tMs: 3000 });
    expect(actor.getSnapshot().matches('running')).toBe(true);
    expect(calls).toEqual(['play 1', 'seek 3000']);
  });

  it('pauses and asks when the diagram is edited during a run, never ignoring the edit', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'EDIT' });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    expect(actor.getSnapshot().context.editPending).toBe(true);
    // Keep watching the old run: the question goes away, the run is still paused.
    actor.send({ type: 'KEEP_RUN' });
    expect(actor.getSnapshot().context.editPending).toBe(false);
    actor.send({ type: 'EDIT' });
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().matches('running')).toBe(true);
    expect(actor.getSnapshot().context.editPending).toBe(false);
    expect(calls).toEqual(['play 1', 'pause', 'reload', 'play 1']);
  });

  it('reloads the new diagram at once when edited before any run', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'EDIT' });
    expect(actor.getSnapshot().matches('idle')).toBe(true);
    expect(actor.getSnapshot().context.editPending).toBe(false);
    expect(calls).toEqual(['reload']);
  });

  it('marks an edit after the end, and restarts with it on play', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'FINISHED' });
    actor.send({ type: 'EDIT' });
    expect(actor.getSnapshot().context.editPending).toBe(true);
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().matches('running')).toBe(true);
    expect(calls).toEqual(['play 1', 'reload', 'play 1']);
  });

  it('ends the run with the message when the worker fails, from any state', () => {
    const { actor } = recorded();
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'FAILED', message: 'The simulation stopped responding' });
    const snap = actor.getSnapshot();
    expect(snap.matches('finished')).toBe(true);
    expect(snap.context.error).toBe('The simulation stopped responding');
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('starts a fresh, stopped run when another document replaces the diagram, from any state', () => {
    const leads: PlaybackEvent[][] = [
      [],
      [{ type: 'PLAY' }],
      [{ type: 'PLAY' }, { type: 'PAUSE' }],
      [{ type: 'PLAY' }, { type: 'FINISHED' }],
      [{ type: 'PLAY' }, { type: 'EDIT' }],
      [{ type: 'FAILED', message: 'old trouble' }],
    ];
    for (const lead of leads) {
      const { actor, calls } = recorded();
      for (const event of lead) actor.send(event);
      calls.length = 0;
      actor.send({ type: 'NEW_DOCUMENT' });
      const snap = actor.getSnapshot();
      expect(snap.matches('idle')).toBe(true);
      expect(snap.context.editPending).toBe(false);
      expect(snap.context.error).toBeNull();
      expect(calls).toEqual(['reload']);
    }
  });

  it('keeps the chosen speed across a new document, and "the diagram changed" stays for edits', () => {
    const { actor } = recorded();
    actor.send({ type: 'SPEED', speed: 5 });
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'NEW_DOCUMENT' });
    expect(actor.getSnapshot().context.speed).toBe(5);
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'EDIT' });
    expect(actor.getSnapshot().context.editPending).toBe(true);
  });

  it('ignores pause when idle and play while running (no duplicate commands)', () => {
    const { actor, calls } = recorded();
    actor.send({ type: 'PAUSE' });
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'PLAY' });
    expect(calls).toEqual(['play 1']);
  });
});
