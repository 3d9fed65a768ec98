import type { PlaybackEvent } from '../machines/playbackMachine';
import type { FaultKind } from '../model/kinds';
import type { FaultlineDocument } from '../model/schema';
import { useDocumentStore } from '../store/documentStore';
import { appendFault } from '../store/edits/faultList';
import { runStore } from '../store/runStore';
import { useUiStore } from '../store/uiStore';
import { createSimulationClient, type SimulationClient } from '../worker/simulationClient';
import type { PlaybackActor, PlaybackEffects } from './playbackActor';
import { INITIAL_PLAYBACK, type PlaybackHandle, type PlaybackView } from './playbackView';

/** A fault to fire: its kind, target and duration, and parameters beyond the defaults (mode: hang…). */
export interface FaultSpec {
  kind: FaultKind;
  target: string;
  durationS: number;
  params?: Record<string, unknown>;
  /** Where a planned fault (no run going) starts on the timeline. */
  plannedStartS?: number;
}

/**
 * The live view's wiring: the playback machine, the worker client, the run store and the
 * document. Views read the machine through `usePlayback(controller, …)` and drive it with
 * `controller.send(…)`.
 */
export interface RunController extends PlaybackHandle {
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
export function createRunController(
  createWorker?: () => Worker,
  /** When to start the worker with the document, if nothing needs it sooner (default: now). */
  loadWhen?: Promise<void>,
): RunController {
  let loadedDoc: FaultlineDocument = useDocumentStore.getState().doc;
  let loadedGeneration = useDocumentStore.getState().generation;
  // Loads posted whose "loaded" has not come back: until it does, what the worker sends is
  // about the run before (frames, log lines already on their way) and must not be shown.
  let loadsInFlight = 0;
  // Whether the worker has been given the document (see ensureLoaded).
  let workerLoaded = false;
  let actor: PlaybackActor | null = null;
  // Events sent while xstate and the machine are being fetched, in order; null when idle.
  let queued: PlaybackEvent[] | null = null;
  let disposed = false;
  let view: PlaybackView = INITIAL_PLAYBACK;
  const listeners = new Set<() => void>();
  const show = (next: PlaybackView) => {
    view = next;
    for (const l of listeners) l();
  };

  const client = createSimulationClient({
    createWorker,
    onMessage: (message, wallMs) => {
      if (loadsInFlight > 0) {
        if (message.type !== 'loaded' && message.type !== 'error') return;
        loadsInFlight--;
      }
      runStore.getState().apply(message, wallMs);
      if (message.type === 'finished') send({ type: 'FINISHED' });
      else if (message.type === 'error') send({ type: 'FAILED', message: message.message });
      else if (message.type === 'faultInjected') {
        const next = appendFault(useDocumentStore.getState().doc, message.fault);
        loadedDoc = next;
        useDocumentStore.getState().update(() => next);
      }
    },
    onFailure: (message) => {
      // The worker is gone with its pending loads; the next one starts with a load of its own.
      loadsInFlight = 0;
      runStore.getState().fail(message);
      send({ type: 'FAILED', message });
    },
  });

  const effects: PlaybackEffects = {
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
      load(loadedDoc);
    },
  };

  function start({ startPlaybackActor }: typeof import('./playbackActor')): void {
    const events = queued ?? [];
    queued = null;
    if (disposed) return;
    actor = startPlaybackActor(effects);
    actor.subscribe((s) => show({ value: s.value as PlaybackView['value'], context: s.context }));
    for (const event of events) actor.send(event);
  }

  /**
   * Until its first event the machine is idle with its initial context (INITIAL_PLAYBACK),
   * so the first visit does without xstate: it is fetched here, on the first Play, Step,
   * edit or worker report, and the events sent meanwhile follow in order.
   */
  function send(event: PlaybackEvent): void {
    ensureLoaded();
    if (actor) {
      actor.send(event);
    } else if (queued) {
      queued.push(event);
    } else {
      queued = [event];
      loadActor();
    }
  }

  function loadActor(): void {
    import('./playbackActor').then(start, (e: unknown) => {
      queued = null;
      show({
        ...view,
        context: {
          ...view.context,
          error: `The run controls could not be loaded (${String(e)}). Reload the page to try again.`,
        },
      });
    });
  }

  function load(doc: FaultlineDocument): void {
    workerLoaded = true;
    loadsInFlight++;
    client.load(doc);
  }

  /**
   * Starts the worker with the current document, once. The editor defers this until the
   * first diagram is drawn (the worker's script is a large download the first paint does not
   * need); any playback event needs the worker and starts it at once.
   */
  function ensureLoaded(): void {
    if (workerLoaded || disposed) return;
    loadedDoc = useDocumentStore.getState().doc;
    loadedGeneration = useDocumentStore.getState().generation;
    load(loadedDoc);
  }
  if (loadWhen) loadWhen.then(ensureLoaded);
  else ensureLoaded();

  // Another document (gallery, Open…, a dropped file, a link) starts its own run; an edit of
  // the same diagram is asked about ("The diagram changed during this run").
  const unsubscribe = useDocumentStore.subscribe((s) => {
    // Before the worker has a document there is no run to ask about: it will load this one.
    if (!workerLoaded) return;
    if (s.generation !== loadedGeneration) {
      loadedGeneration = s.generation;
      send({ type: 'NEW_DOCUMENT' });
    } else if (s.doc !== loadedDoc) send({ type: 'EDIT' });
  });

  return {
    client,
    send,
    playback: () => view,
    subscribePlayback(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fault(spec) {
      ensureLoaded();
      // Filling in and checking the fault takes the schema, fetched with the first fault
      // (./faultFiring.ts); whether the run is live is decided once it is here.
      import('./faultFiring')
        .then(({ liveFault, withPlannedFault }) => {
          if (disposed) return;
          if (view.value === 'running' || view.value === 'paused') client.injectFault(liveFault(spec));
          else useDocumentStore.getState().update((doc) => withPlannedFault(doc, spec));
        })
        .catch((e: unknown) =>
          useUiStore
            .getState()
            .say(`The fault could not be fired (${String(e)}). Reload to try again.`, 'error'),
        );
    },
    dispose() {
      disposed = true;
      unsubscribe();
      actor?.stop();
      listeners.clear();
      client.dispose();
    },
  };
}
