import { decideView, type ViewAction, type ViewFacts, type ViewIntent } from './viewDecisions';

/**
 * The editor canvas's one owner of the viewport. Whatever wants the view to move (a loaded
 * document, an edit, presenter mode) sends an intent; the controller waits until the
 * requests have settled and the canvas has measured its nodes, then makes at most one move
 * (viewDecisions.ts). When the person pans or zooms, what was still pending is dropped: a
 * late request never undoes their own view. Nothing here is on a timer of its own; the
 * frames come from the page.
 */
export interface ViewportController {
  /** Asks for the view to move; decided with the other requests of the same moment. */
  request(intent: ViewIntent): void;
  /** The person panned or zoomed: pending requests are dropped. */
  userMoved(): void;
  /**
   * Stops asking for frames (the canvas unmounted): nothing runs after it. Requests made
   * meanwhile wait, and are decided once started again (React remounts a component in
   * development to check its effects; a request of that moment must not be lost).
   */
  stop(): void;
  /** Starts again after `stop` (it starts running). */
  start(): void;
}

/** What the controller is given by the canvas. */
export interface ViewportControllerDeps {
  /** Calls back on the next animation frame; returns a handle for `cancelFrame`. */
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  /** Whether the canvas has measured every node it shows (a fit needs their sizes). */
  ready(): boolean;
  facts: ViewFacts;
  /** Moves the viewport. */
  apply(action: NonNullable<ViewAction>): void;
}

/**
 * Frames to wait for the canvas to measure a new diagram's nodes before deciding anyway
 * (a canvas that cannot measure, hidden say, must not hold requests forever).
 */
export const MAX_WAIT_FRAMES = 30;

/**
 * Creates the controller. Requests are decided on the first frame after one in which none
 * arrived: one change often comes as several (a new document, then its shown layout a
 * render later), and together they make one move.
 */
export function createViewportController(deps: ViewportControllerDeps): ViewportController {
  let pending: ViewIntent[] = [];
  let frame: number | null = null;
  let arrived = false;
  let waited = 0;
  let running = true;

  const cancelFrame = () => {
    if (frame !== null) deps.cancelFrame(frame);
    frame = null;
  };
  const cancel = () => {
    cancelFrame();
    pending = [];
    waited = 0;
  };
  const schedule = () => {
    if (running && frame === null && pending.length > 0) frame = deps.requestFrame(onFrame);
  };

  function onFrame(): void {
    frame = null;
    waited++;
    const settling = arrived || (!deps.ready() && waited < MAX_WAIT_FRAMES);
    arrived = false;
    if (settling) {
      frame = deps.requestFrame(onFrame);
      return;
    }
    const intents = pending;
    cancel();
    const action = decideView(intents, deps.facts);
    if (action) deps.apply(action);
  }

  return {
    request(intent) {
      pending.push(intent);
      arrived = true;
      schedule();
    },
    userMoved: cancel,
    stop() {
      running = false;
      cancelFrame();
    },
    start() {
      running = true;
      schedule();
    },
  };
}

let current: ViewportController | null = null;

/** The canvas registers its controller (null when it unmounts) so other parts can send intents. */
export function setViewportController(controller: ViewportController | null): void {
  current = controller;
}

/** Sends an intent to the editor canvas's viewport controller; nothing happens without a canvas. */
export function requestView(intent: ViewIntent): void {
  current?.request(intent);
}
