import { assign, setup } from 'xstate';

/**
 * Playback of a run: idle → running ⇄ paused → finished, with step, speed, seek and
 * restart. Pure: every effect on the worker is a named action that does nothing here and is
 * provided by the app with `playbackMachine.provide({ actions })`.
 *
 * An edit of the diagram is never ignored: while running it pauses the run and raises
 * `editPending`, so the page asks "restart with your change, or keep watching this run?".
 */
/** Simulated seconds per wall second, or "as fast as possible to the end". The worker protocol (sim/protocol.ts) re-exports it. */
export type PlaybackSpeed = number | 'end';

export interface PlaybackContext {
  /** The chosen speed (0.25–50); "run to the end" is a one-off and does not replace it. */
  speed: number;
  /** The diagram changed since this run was loaded. */
  editPending: boolean;
  /** Why the run ended abnormally. */
  error: string | null;
}

export type PlaybackEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'STEP'; ms: number }
  | { type: 'SPEED'; speed: number }
  | { type: 'RUN_TO_END' }
  | { type: 'SEEK'; tMs: number }
  | { type: 'RESTART' }
  /** The worker reached the end of the run (or a limit). */
  | { type: 'FINISHED' }
  /** The document changed. */
  | { type: 'EDIT' }
  /** The user chose to keep watching the run of the old diagram. */
  | { type: 'KEEP_RUN' }
  /**
   * Another document replaced the diagram (a scenario, a file, a link): the run shown is
   * always the run of the diagram shown, so its run starts afresh, stopped at t = 0.
   */
  | { type: 'NEW_DOCUMENT' }
  | { type: 'FAILED'; message: string };

/** Plays at the chosen speed (a one-off "run to the end" does not replace it). */
const playAtChosenSpeed = {
  type: 'sendPlay',
  params: ({ context }: { context: PlaybackContext }) => ({ speed: context.speed }),
} as const;

/** Loads the current diagram again from t = 0, forgets the pending edit and any error, and plays. */
const restartAndPlay = ['sendReload', 'clearEdit', 'clearError', playAtChosenSpeed] as const;

export const playbackMachine = setup({
  types: {} as { context: PlaybackContext; events: PlaybackEvent },
  actions: {
    /** Plays at `speed` (the app sends speed then play to the worker). */
    sendPlay: (_, _params: { speed: PlaybackSpeed }) => {},
    sendPause: () => {},
    sendStep: (_, _params: { ms: number }) => {},
    sendSpeed: (_, _params: { speed: PlaybackSpeed }) => {},
    sendSeek: (_, _params: { tMs: number }) => {},
    /** Loads the current document into the worker again, at t = 0. */
    sendReload: () => {},
    setSpeed: assign({ speed: ({ event }) => (event.type === 'SPEED' ? event.speed : 1) }),
    markEdit: assign({ editPending: true }),
    clearEdit: assign({ editPending: false }),
    setError: assign({ error: ({ event }) => (event.type === 'FAILED' ? event.message : null) }),
    clearError: assign({ error: null }),
  },
}).createMachine({
  id: 'playback',
  context: { speed: 1, editPending: false, error: null },
  initial: 'idle',
  on: {
    SPEED: {
      actions: ['setSpeed', { type: 'sendSpeed', params: ({ event }) => ({ speed: event.speed }) }],
    },
    FAILED: { target: '.finished', actions: 'setError' },
    // Nothing of the old diagram's run is kept, nor asked about.
    NEW_DOCUMENT: { target: '.idle', actions: ['sendReload', 'clearEdit', 'clearError'] },
  },
  states: {
    idle: {
      on: {
        PLAY: {
          target: 'running',
          actions: playAtChosenSpeed,
        },
        RUN_TO_END: { target: 'running', actions: { type: 'sendPlay', params: { speed: 'end' } } },
        STEP: { target: 'paused', actions: { type: 'sendStep', params: ({ event }) => ({ ms: event.ms }) } },
        // A linked player (compare view) may be sent straight to a time before it has played.
        SEEK: {
          target: 'paused',
          actions: { type: 'sendSeek', params: ({ event }) => ({ tMs: event.tMs }) },
        },
        // Before a run starts there is nothing to keep: the new diagram is simply loaded.
        EDIT: { actions: ['sendReload', 'clearEdit'] },
        RESTART: { actions: ['sendReload', 'clearEdit', 'clearError'] },
      },
    },
    running: {
      on: {
        PAUSE: { target: 'paused', actions: 'sendPause' },
        STEP: { target: 'paused', actions: { type: 'sendStep', params: ({ event }) => ({ ms: event.ms }) } },
        RUN_TO_END: { actions: { type: 'sendPlay', params: { speed: 'end' } } },
        SEEK: { actions: { type: 'sendSeek', params: ({ event }) => ({ tMs: event.tMs }) } },
        FINISHED: 'finished',
        EDIT: { target: 'paused', actions: ['sendPause', 'markEdit'] },
        RESTART: {
          target: 'running',
          reenter: true,
          actions: restartAndPlay,
        },
      },
    },
    paused: {
      on: {
        PLAY: {
          target: 'running',
          actions: playAtChosenSpeed,
        },
        RUN_TO_END: { target: 'running', actions: { type: 'sendPlay', params: { speed: 'end' } } },
        STEP: { actions: { type: 'sendStep', params: ({ event }) => ({ ms: event.ms }) } },
        SEEK: { actions: { type: 'sendSeek', params: ({ event }) => ({ tMs: event.tMs }) } },
        FINISHED: 'finished',
        EDIT: { actions: 'markEdit' },
        KEEP_RUN: { actions: 'clearEdit' },
        RESTART: {
          target: 'running',
          actions: restartAndPlay,
        },
      },
    },
    finished: {
      on: {
        // Scrubbing back into a finished run reopens it, paused at that time.
        SEEK: {
          target: 'paused',
          actions: { type: 'sendSeek', params: ({ event }) => ({ tMs: event.tMs }) },
        },
        EDIT: { actions: 'markEdit' },
        KEEP_RUN: { actions: 'clearEdit' },
        PLAY: {
          target: 'running',
          actions: restartAndPlay,
        },
        RESTART: {
          target: 'running',
          actions: restartAndPlay,
        },
      },
    },
  },
});

/** The names of the playback states, for the run bar. */
export type PlaybackStateName = 'idle' | 'running' | 'paused' | 'finished';
