import { type Actor, createActor } from 'xstate';
import { playbackMachine } from '../../machines/playbackMachine';
import { createFault, type FaultKind, type FaultlineDocument, faultSchema } from '../../model';
import { addFault, appendFault, updateFault } from '../../panels/faults/faultEdits';
import type { LiveFault } from '../../sim/protocol';
import { useDocumentStore } from '../../store/documentStore';
import { runStore } from '../../store/runStore';
import { createSimulationClient, type SimulationClient } from '../../store/simulationClient';

/** A fault to fire: its kind, target and duration, and parameters beyond the defaults (mode: hang…). */
export interface FaultSpec {
  kind: FaultKind;
  target: string;
  durationS: number;
  params?: Record<string, unknown>;
  /** Where a planned fault (no run going) starts on the timeline. */
  plannedStartS?: number;
}

/** The live view's wiring: the playback machine, the worker client, the run store and the document. */
export interface RunController {
  actor: Actor<typeof playbackMachine>;
  client: SimulationClient;
  /**
   * Fires a fault: during a run, live at the current simulated time (and written into the
   * document's timeline, so the run stays reproducible); before or after a run, added to the
   * timeline at `plannedStartS`.
   */
  fault: (spec: FaultSpec) => void;
  dispose: () => void;
}

/**
 * Builds the run controller: effects of the pure playback machine are provided here, worker
 * messages feed the run store, and every document edit is reported to the machine (which
 * pauses and asks during a run). Live faults written back into the document do not count
 * as edits: they are the run's own timeline.
 */
export function createRunController(createWorker?: () => Worker): RunController {
  let loadedDoc: FaultlineDocument = useDocumentStore.getState().doc;
  let actor: Actor<typeof playbackMachine> | null = null;

  const client = createSimulationClient({
    createWorker,
    onMessage: (message, wallMs) => {
      runStore.getState().apply(message, wallMs);
      if (message.type === 'finished') actor?.send({ type: 'FINISHED' });
      else if (message.type === 'error') actor?.send({ type: 'FAILED', message: message.message });
      else if (message.type === 'faultInjected') {
        const next = appendFault(useDocumentStore.getState().doc, message.fault);
        loadedDoc = next;
        useDocumentStore.getState().update(() => next);
      }
    },
    onFailure: (message) => {
      runStore.getState().fail(message);
      actor?.send({ type: 'FAILED', message });
    },
  });

  const machine = playbackMachine.provide({
    actions: {
      sendPlay: (_, { speed }) => {
        client.setSpeed(speed);
        client.play();
      },
      sendPause: () => client.pause(),
      sendStep: (_, { ms }) => client.step(ms),
      sendSpeed: (_, { speed }) => client.setSpeed(speed),
      sendSeek: (_, { tMs }) => client.seek(tMs),
      sendReload: () => {
        loadedDoc = useDocumentStore.getState().doc;
        runStore.getState().reset();
        client.load(loadedDoc);
      },
    },
  });
  actor = createActor(machine).start();
  client.load(loadedDoc);

  const unsubscribe = useDocumentStore.subscribe((s) => {
    if (s.doc !== loadedDoc) actor?.send({ type: 'EDIT' });
  });

  return {
    actor,
    client,
    fault({ kind, target, durationS, params = {}, plannedStartS = 10 }) {
      const state = actor?.getSnapshot().value;
      const live = state === 'running' || state === 'paused';
      if (live) {
        // Every parameter at its default unless given; the engine sets start and id.
        const full = faultSchema.parse({ ...createFault(kind, 'live', target, 0, durationS), ...params });
        const { startS: _start, id: _id, ...fault } = full;
        client.injectFault(fault as LiveFault);
      } else {
        const { doc, fault } = addFault(
          useDocumentStore.getState().doc,
          kind,
          target,
          plannedStartS,
          durationS,
        );
        const r = updateFault(doc, fault.id, params);
        useDocumentStore.getState().update(() => (r.ok ? r.doc : doc));
      }
    },
    dispose() {
      unsubscribe();
      actor?.stop();
      client.dispose();
    },
  };
}

let shared: RunController | null = null;

/** The page's one run controller (created on first use: it starts a Web Worker). */
export function runController(): RunController {
  if (!shared) shared = createRunController();
  return shared;
}
