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
/**
 * Zero-delay ticks (a run to the end) go through a MessageChannel: nested `setTimeout(…, 0)`
 * calls are clamped to 4 ms (HTML timers), which cost a run to the end one sixth of its time
 * between 25 ms ticks. Each request carries a number, so a superseded one does nothing.
 */
const wake = new MessageChannel();
let wakeWanted = 0;
let wakeSent = 0;
wake.port1.onmessage = (event: MessageEvent<number>) => {
  if (event.data === wakeWanted) run();
};

function schedule(delayMs: number | null): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  wakeWanted = -1;
  if (delayMs === null) return;
  if (delayMs > 0) {
    timer = setTimeout(run, delayMs);
    return;
  }
  wakeWanted = ++wakeSent;
  wake.port2.postMessage(wakeWanted);
}

function run(): void {
  timer = null;
  wakeWanted = -1;
  schedule(session.tick());
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  session.receive(event.data);
  // A tick right away picks up play/speed changes; when paused it schedules nothing.
  schedule(session.isPlaying ? 0 : null);
};
