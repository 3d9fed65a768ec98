import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { playbackMachine } from '../../machines/playbackMachine';
import { createSimulation } from '../../sim';
import type { FromWorker, ToWorker } from '../../sim/protocol';
import { exampleDocument, useDocumentStore } from '../../store/documentStore';
import { RunSession } from '../../store/runSession';
import { INITIAL_PLAYBACK } from './playbackView';
import { createRunController, type RunController } from './runController';

/**
 * The worker core (RunSession with the real engine) behind the Worker interface, in this
 * thread: what the page posts reaches the session, what the session posts comes back.
 * `run()` ticks it like the worker's timer, on a simulated wall clock.
 */
function inThreadWorker() {
  const clock = { now: 0 };
  const posted: string[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
    onerror: null,
    postMessage(message: ToWorker) {
      posted.push(message.type);
      session.receive(message);
    },
    terminate() {},
  };
  const session = new RunSession(
    createSimulation,
    (message) => worker.onmessage?.({ data: message } as MessageEvent<FromWorker>),
    { clock: () => clock.now },
  );
  const run = (wallMs: number) => {
    for (let t = 0; t < wallMs && session.isPlaying; t += 16) {
      clock.now += 16;
      session.tick();
    }
  };
  return { createWorker: () => worker as unknown as Worker, posted, run };
}

let controller: RunController | null = null;
afterEach(() => {
  controller?.dispose();
  controller = null;
  useDocumentStore.getState().replaceDocument(exampleDocument());
});

describe('run controller', () => {
  it('shows the machine initial snapshot until the machine is first needed', () => {
    const s = createActor(playbackMachine).getSnapshot();
    expect(INITIAL_PLAYBACK).toEqual({ value: s.value, context: s.context });
    const w = inThreadWorker();
    controller = createRunController(w.createWorker);
    expect(controller.playback()).toBe(INITIAL_PLAYBACK);
    expect(w.posted).toEqual(['load']);
  });

  it('starts its worker when `loadWhen` resolves, with the document of that moment', async () => {
    const w = inThreadWorker();
    let go: () => void = () => undefined;
    controller = createRunController(
      w.createWorker,
      new Promise<void>((resolve) => {
        go = resolve;
      }),
    );
    expect(w.posted).toEqual([]);
    // An edit before the worker has anything is no run to ask about: nothing is sent for it.
    useDocumentStore.getState().setTitle('changed before the worker started');
    expect(w.posted).toEqual([]);
    go();
    await vi.waitFor(() => expect(w.posted).toEqual(['load']));
    expect(controller.playback()).toBe(INITIAL_PLAYBACK);
  });

  it('starts its worker at once when a playback event comes before `loadWhen`', async () => {
    const w = inThreadWorker();
    controller = createRunController(w.createWorker, new Promise<void>(() => undefined));
    controller.send({ type: 'PLAY' });
    expect(w.posted[0]).toBe('load');
    await vi.waitFor(() => expect(controller?.playback().value).toBe('running'));
    expect(w.posted).toContain('play');
  });

  it('starts the machine on the first event and passes the events sent meanwhile in order', async () => {
    const w = inThreadWorker();
    const c = createRunController(w.createWorker);
    controller = c;
    let changes = 0;
    c.subscribePlayback(() => changes++);
    c.send({ type: 'SPEED', speed: 5 });
    c.send({ type: 'PLAY' });
    c.send({ type: 'PAUSE' });
    await vi.waitFor(() => expect(c.playback().value).toBe('paused'));
    expect(c.playback().context.speed).toBe(5);
    expect(w.posted).toEqual(['load', 'speed', 'speed', 'play', 'pause']);
    expect(changes).toBeGreaterThan(0);
  });

  it('reloads an edited diagram before the first run (the idle machine)', async () => {
    const w = inThreadWorker();
    controller = createRunController(w.createWorker);
    useDocumentStore.getState().update((doc) => ({ ...doc, title: 'Edited' }));
    await vi.waitFor(() => expect(w.posted).toEqual(['load', 'load']));
    expect(controller.playback().value).toBe('idle');
  });

  it('finishes a run to the end when the worker reports it', async () => {
    const w = inThreadWorker();
    const c = createRunController(w.createWorker);
    controller = c;
    c.send({ type: 'RUN_TO_END' });
    await vi.waitFor(() => expect(c.playback().value).toBe('running'));
    w.run(60_000);
    expect(c.playback().value).toBe('finished');
  });
});
