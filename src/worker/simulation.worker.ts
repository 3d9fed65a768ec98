/**
 * The simulation Web Worker: runs the engine off the main thread so no diagram, however
 * pathological, can freeze the page. All logic is in RunSession; this file only wires it
 * to postMessage and a timer.
 */
import { createSimulation } from '../sim';
import type { FromWorker, ToWorker } from '../sim/protocol';
import { RunSession } from './runSession';
import { toWire, type WireFromWorker } from './wire';

/** The part of the worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: WireFromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const session = new RunSession(
  createSimulation,
  (message: FromWorker) => {
    // A frame's transfers go packed, their buffer moved rather than copied (wire.ts).
    const { wire, transfer } = toWire(message);
    scope.postMessage(wire, transfer);
  },
  {
    clock: () => performance.now(),
  },
);

let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(delayMs: number | null): void {
  if (timer !== null) clearTimeout(timer);
  timer = delayMs === null ? null : setTimeout(run, delayMs);
}

function run(): void {
  timer = null;
  schedule(session.tick());
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  session.receive(event.data);
  // A tick right away picks up play/speed changes; when paused it schedules nothing.
  schedule(session.isPlaying ? 0 : null);
};
