import { createStore } from 'zustand/vanilla';
import type { Fault } from '../model';
import type { EdgeLive, Frame, NodeLive, RunLogEntry } from '../sim/api';
import { type FromWorker, type RunProgress, spliceSeries } from '../sim/protocol';
import type { Report, SeriesRow } from '../sim/report';
import { SLOWEST_UPDATE_MS, stretchedInterval } from './pageLoad';

/** Wall ms between two updates of the per-node live state React components read (~10 a second). */
export const LIVE_INTERVAL_MS = 100;

/**
 * Diagram items (nodes + edges) up to which live state refreshes every LIVE_INTERVAL_MS: a
 * lesson-sized diagram. A 30-service mesh (84 items) refreshes about five times a second,
 * less often while the page struggles to lay out and paint that (pageLoad.ts).
 */
const LIVE_FULL_RATE_ITEMS = 40;

/**
 * Wall ms between two live-state refreshes for a diagram of `items` nodes and edges. Each
 * refresh re-renders every badge whose numbers changed and makes the browser lay out and
 * paint the diagram again, so the cost grows with the diagram: past LIVE_FULL_RATE_ITEMS the
 * interval grows in proportion (the page samples the run more coarsely instead of freezing),
 * up to one refresh a second.
 */
export function liveIntervalMs(items: number): number {
  return Math.min(
    SLOWEST_UPDATE_MS,
    Math.max(LIVE_INTERVAL_MS, (LIVE_INTERVAL_MS * items) / LIVE_FULL_RATE_ITEMS),
  );
}

/**
 * The live refresh interval for `items` nodes and edges on this page now: liveIntervalMs,
 * stretched while the page struggles (pageLoad.ts).
 */
function liveTurnMs(items: number): number {
  return stretchedInterval(liveIntervalMs(items));
}

/**
 * Wall ms by which a live refresh may come early, and the clock or the charts update early,
 * so that they change the page in the same frame: a bit more than one worker frame (~33 ms).
 */
export const LIVE_ALIGN_MS = 50;

/** Nodes and edges in a frame's live state (counted on refresh only, not per frame). */
let liveItems = 0;

export interface RunViewState {
  /** The latest frame from the worker (about 30 a second): the overlay reads it outside React. */
  frame: Frame | null;
  /** Wall clock (performance.now) when `frame` arrived: the overlay interpolates from it. */
  frameWallMs: number;
  /** The simulated time the frame's interval starts at (the previous frame's time while playing). */
  frameSinceMs: number;
  progress: RunProgress;
  /** The run's story so far. */
  log: RunLogEntry[];
  /** One row per simulated second so far. */
  series: SeriesRow[];
  /** The final report, once the run reached its end. */
  report: Report | null;
  /** The run's fault timeline, including live faults. */
  faults: Fault[];
  /** Why the run ended abnormally (worker stopped responding, invalid document…). */
  error: string | null;
  /** Per-node and per-edge live state, refreshed at most every LIVE_INTERVAL_MS. */
  liveNodes: Record<string, NodeLive>;
  liveEdges: Record<string, EdgeLive>;
  liveWallMs: number;
  /** Counters on edges instead of moving dots (system setting or the user's toggle). */
  reducedMotion: boolean;
}

export interface RunViewActions {
  /** Applies one message from the worker. `wallMs` is the main thread's clock. */
  apply: (message: FromWorker, wallMs: number) => void;
  fail: (message: string) => void;
  setReducedMotion: (on: boolean) => void;
  /**
   * Refreshes the live state from the latest frame if its turn is at most LIVE_ALIGN_MS away.
   * Called when the clock or the charts change the page anyway: the badges change in the
   * same frame instead of in one more frame laid out and painted on its own.
   */
  refreshLiveWith: (wallMs: number) => void;
  /** Back to "no run yet". */
  reset: () => void;
}

export type RunStore = RunViewState & RunViewActions;

const initialProgress: RunProgress = {
  tMs: 0,
  reachedMs: 0,
  endMs: 0,
  status: { state: 'ready' },
  playing: false,
  speed: 1,
};

function initialState(): Omit<RunViewState, 'reducedMotion'> {
  return {
    frame: null,
    frameWallMs: 0,
    frameSinceMs: 0,
    progress: initialProgress,
    log: [],
    series: [],
    report: null,
    faults: [],
    error: null,
    liveNodes: {},
    liveEdges: {},
    liveWallMs: Number.NEGATIVE_INFINITY,
  };
}

/** The live state of `frame`, shown from `wallMs` on (and its size, for the next interval). */
function liveOf(frame: Frame, wallMs: number): Pick<RunViewState, 'liveNodes' | 'liveEdges' | 'liveWallMs'> {
  liveItems = Object.keys(frame.nodes).length + Object.keys(frame.edges).length;
  return { liveNodes: frame.nodes, liveEdges: frame.edges, liveWallMs: wallMs };
}

/** Replaces the tail of `list` from index `from` with `rows` (what the worker resent). */
function spliceFrom<T>(list: T[], from: number, rows: T[]): T[] {
  if (from === list.length && rows.length === 0) return list;
  return list.slice(0, from).concat(rows);
}

/**
 * The run view store (vanilla zustand, like zustand's vanilla.ts): the overlay and the
 * animation loop read it with getState/subscribe; React reads slices through the hooks in
 * runHooks.ts. It holds only what the worker sent: the page computes nothing of the run.
 */
export const runStore = createStore<RunStore>()((set, get) => ({
  ...initialState(),
  reducedMotion: false,
  apply: (message, wallMs) => {
    switch (message.type) {
      case 'loaded':
        liveItems = 0;
        set({ ...initialState(), progress: message.progress, faults: message.faults });
        return;
      case 'frame': {
        const s = get();
        // Node components re-render from liveNodes: throttled, except when the run is still.
        const refreshLive = !message.progress.playing || wallMs - s.liveWallMs >= liveTurnMs(liveItems);
        set({
          frame: message.frame,
          frameWallMs: wallMs,
          frameSinceMs: message.sinceMs,
          progress: message.progress,
          ...(refreshLive ? liveOf(message.frame, wallMs) : {}),
        });
        return;
      }
      case 'metrics': {
        const s = get();
        const state = message.progress.status.state;
        const over = state === 'finished' || state === 'stopped';
        set({
          progress: message.progress,
          series: spliceSeries(s.series, message.seriesFrom, message.series, message.thin),
          log: spliceFrom(s.log, message.logFrom, message.log),
          // A seek back before the end makes the final report stale.
          ...(over ? {} : { report: null }),
        });
        return;
      }
      case 'finished':
        // The series came with the metrics messages; the report does not carry it twice.
        set({ progress: message.progress, report: { ...message.report, series: get().series } });
        return;
      case 'faultInjected':
        set({ faults: message.faults });
        return;
      case 'error':
        set({ error: message.message, progress: { ...get().progress, playing: false } });
        return;
    }
  },
  fail: (message) => set({ error: message, progress: { ...get().progress, playing: false } }),
  setReducedMotion: (on) => set({ reducedMotion: on }),
  refreshLiveWith: (wallMs) => {
    const s = get();
    if (!s.frame || !s.progress.playing || s.liveNodes === s.frame.nodes) return;
    if (wallMs - s.liveWallMs < liveTurnMs(liveItems) - LIVE_ALIGN_MS) return;
    set(liveOf(s.frame, wallMs));
  },
  reset: () => {
    liveItems = 0;
    set(initialState());
  },
}));
