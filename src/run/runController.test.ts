import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { playbackMachine } from '../machines/playbackMachine';
import { documentSchema } from '../model/schema';
import { queueRedeploy } from '../scenarios/queueRedeploy';
import { createSimulation } from '../sim';
import type { FromWorker, ToWorker } from '../sim/protocol';
import { exampleDocument, useDocumentStore } from '../store/documentStore';
import { loadEditing } from '../store/editing';
import { runStore } from '../store/runStore';
import { RunSession } from '../worker/runSession';
import { INITIAL_PLAYBACK } from './playbackView';
import { createRunController, type RunController } from './runController';

// The checked edits are fetched after startup in the app (store/editing.ts); these tests edit.
beforeAll(async () => {
  await loadEditing();
});

/**
 * The worker core (RunSession with the real engine) behind the Worker interface, in this
 * thread: what the page posts reaches the session, what the session posts comes back.
 * `run()` ticks it like the worker's timer, on a simulated wall clock.
 */
function inThreadWorker() {
  const clock = { now: 0 };
  const posted: string[] = [];
  // While `held` is an array, what the session posts waits there (messages on their way).
  let held: FromWorker[] | null = null;
  const deliver = (message: FromWorker) => worker.onmessage?.({ data: message } as MessageEvent<FromWorker>);
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
    (message) => (held ? held.push(message) : deliver(message)),
    { clock: () => clock.now },
  );
  const run = (wallMs: number) => {
    for (let t = 0; t < wallMs && session.isPlaying; t += 16) {
      clock.now += 16;
      session.tick();
    }
  };
  const hold = () => {
    held = [];
  };
  const release = () => {
    const messages = held ?? [];
    held = null;
    for (const m of messages) deliver(m);
  };
  return { createWorker: () => worker as unknown as Worker, posted, run, hold, release };
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

  it('starts a fresh run of a document that replaces the diagram, showing nothing of the old run', async () => {
    const w = inThreadWorker();
    const c = createRunController(w.createWorker);
    controller = c;
    c.send({ type: 'SPEED', speed: 5 });
    c.send({ type: 'PLAY' });
    await vi.waitFor(() => expect(c.playback().value).toBe('running'));
    w.run(6_000);
    expect(runStore.getState().progress.tMs).toBeGreaterThan(20_000);
    expect(runStore.getState().log.length).toBeGreaterThan(0);
    // The old run's last reports are still on their way when the new document comes.
    w.hold();
    w.run(200);
    const queueDoc = documentSchema.parse(queueRedeploy);
    useDocumentStore.getState().replaceDocument(queueDoc);
    await vi.waitFor(() => expect(c.playback().value).toBe('idle'));
    // Not for a moment does the old run come back on screen.
    const seen: number[] = [];
    const unsubscribe = runStore.subscribe((s) => seen.push(s.progress.tMs, s.log.length));
    w.release();
    unsubscribe();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((v) => v === 0)).toBe(true);
    const shown = runStore.getState();
    expect(shown.progress.tMs).toBe(0);
    expect(shown.progress.endMs).toBe(queueDoc.scenario.durationS * 1000);
    expect(shown.log).toEqual([]);
    expect(shown.series.length).toBeLessThanOrEqual(1);
    expect(Object.keys(shown.liveNodes).sort()).toEqual(queueDoc.nodes.map((n) => n.id).sort());
    expect(c.playback().context.editPending).toBe(false);
    // Play runs the new diagram from its start.
    c.send({ type: 'PLAY' });
    w.run(1_000);
    expect(runStore.getState().progress.tMs).toBeLessThan(10_000);
    expect(Object.keys(runStore.getState().liveNodes)).toContain('payments-queue');
  });

  it('still asks about an edit of the same diagram during a run', async () => {
    const w = inThreadWorker();
    const c = createRunController(w.createWorker);
    controller = c;
    c.send({ type: 'PLAY' });
    await vi.waitFor(() => expect(c.playback().value).toBe('running'));
    w.run(1_000);
    useDocumentStore.getState().update((doc) => ({ ...doc, title: 'Edited' }));
    await vi.waitFor(() => expect(c.playback().value).toBe('paused'));
    expect(c.playback().context.editPending).toBe(true);
    expect(runStore.getState().progress.tMs).toBeGreaterThan(0);
  });
});
