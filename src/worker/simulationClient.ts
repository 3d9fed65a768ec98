import type { Fault, FaultlineDocument } from '../model';
import type { FromWorker, LiveFault, PlaybackSpeed, ToWorker } from '../sim/protocol';
import { fromWire, type WireFromWorker } from './wire';

/** How long a playing worker may stay silent before it is considered stuck. */
export const WATCHDOG_MS = 2000;

/**
 * How long a new worker may take to say anything at all: fetching and compiling its
 * module is not a hang, and on a busy machine (a compare page starts four workers and two
 * players at once) it can take longer than a live run may stay silent.
 */
export const STARTUP_GRACE_MS = 15_000;

/** The page's handle on the simulation worker. */
export interface SimulationClient {
  load(doc: FaultlineDocument): void;
  play(): void;
  pause(): void;
  step(ms: number): void;
  setSpeed(speed: PlaybackSpeed): void;
  seek(tMs: number): void;
  injectFault(fault: LiveFault): void;
  restart(): void;
  /** Stops the worker for good. */
  dispose(): void;
}

export interface SimulationClientOptions {
  /** Every message from the worker, with the main thread's clock. */
  onMessage: (message: FromWorker, wallMs: number) => void;
  /** The worker died or stopped responding: the run is over, with this explanation. */
  onFailure: (message: string) => void;
  /** Creates the worker (tests or other entry points may pass their own). */
  createWorker?: () => Worker;
  watchdogMs?: number;
  startupGraceMs?: number;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Talks to the simulation worker with the typed protocol and guards it with a watchdog: a
 * worker that reports nothing for WATCHDOG_MS while it should be playing is terminated and
 * the run ends with a clear message. The next `load` starts a fresh worker.
 */
export function createSimulationClient(options: SimulationClientOptions): SimulationClient {
  const watchdogMs = options.watchdogMs ?? WATCHDOG_MS;
  const startupGraceMs = options.startupGraceMs ?? STARTUP_GRACE_MS;
  let worker: Worker | null = null;
  let lastDoc: FaultlineDocument | null = null;
  let expectingReports = false;
  let lastHeardMs = performance.now();
  /** The current worker has said something since it was started. */
  let started = false;

  function start(): Worker {
    const w = (options.createWorker ?? defaultWorker)();
    started = false;
    lastHeardMs = performance.now();
    w.onmessage = (event: MessageEvent<WireFromWorker>) => {
      started = true;
      lastHeardMs = performance.now();
      const message = fromWire(event.data);
      if (message.type === 'frame' || message.type === 'metrics' || message.type === 'finished') {
        expectingReports = message.progress.playing;
      } else if (message.type === 'error') {
        expectingReports = false;
      }
      options.onMessage(message, lastHeardMs);
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop(`The simulation crashed (${event.message || 'unknown error'}). Restart the run to try again.`);
    };
    return w;
  }

  function stop(message: string): void {
    worker?.terminate();
    worker = null;
    expectingReports = false;
    options.onFailure(message);
  }

  let lastTickMs = performance.now();
  const watchdog = setInterval(() => {
    const now = performance.now();
    // A tick this late means the page itself was busy: the worker's reports may be waiting
    // in the queue behind this tick, so silence proves nothing yet.
    const pageWasBusy = now - lastTickMs > watchdogMs / 2;
    lastTickMs = now;
    if (pageWasBusy) return;
    const allowedMs = started ? watchdogMs : startupGraceMs;
    if (worker && expectingReports && now - lastHeardMs > allowedMs) {
      stop(
        started
          ? `The simulation stopped responding for ${watchdogMs / 1000} s and was stopped. ` +
              'The diagram may be too heavy to simulate live: try fewer requests per second, or a shorter run.'
          : `The simulation did not start within ${startupGraceMs / 1000} s. Reload the page to try again.`,
      );
    }
  }, watchdogMs / 4);

  function send(message: ToWorker): void {
    if (!worker) {
      if (!lastDoc) return;
      // After a watchdog stop, any command starts over from the last document.
      worker = start();
      worker.postMessage({ type: 'load', doc: lastDoc } satisfies ToWorker);
      if (message.type === 'load' || message.type === 'restart') return;
    }
    if (message.type === 'play') {
      expectingReports = true;
      lastHeardMs = performance.now();
    }
    worker.postMessage(message);
  }

  return {
    load(doc) {
      lastDoc = doc;
      if (!worker) worker = start();
      worker.postMessage({ type: 'load', doc } satisfies ToWorker);
    },
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    step: (ms) => send({ type: 'step', ms }),
    setSpeed: (speed) => send({ type: 'speed', speed }),
    seek: (tMs) => send({ type: 'seek', tMs }),
    injectFault: (fault) => send({ type: 'injectFault', fault }),
    restart: () => send({ type: 'restart' }),
    dispose() {
      clearInterval(watchdog);
      worker?.terminate();
      worker = null;
    },
  };
}

/** Faults of `faults` not in the document's timeline (live ones to write back). */
export function faultsMissingFrom(doc: FaultlineDocument, faults: Fault[]): Fault[] {
  const ids = new Set(doc.scenario.faults.map((f) => f.id));
  return faults.filter((f) => !ids.has(f.id));
}
