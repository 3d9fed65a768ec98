/**
 * The typed message protocol between the page and the simulation Web Worker, and the speeds
 * a run may play at. The worker (worker/simulation.worker.ts) and the client
 * (worker/simulationClient.ts) both speak it, and the run session (worker/runSession.ts)
 * implements the worker's side.
 */

import type { PlaybackSpeed } from '../machines/playbackMachine';
import type { Fault, FaultlineDocument } from '../model';
import type { Frame, RunLogEntry, RunStatus } from './api';
import type { Report, SeriesRow } from './report';
import { mergePairs } from './seriesBudget';

// Defined with the playback machine that chooses it; the protocol carries it.
export type { PlaybackSpeed } from '../machines/playbackMachine';

/** The speeds the run bar offers (0.25× to 50×). */
export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50] as const;
/** One of the offered speeds. */
export type OfferedSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** `value` if it is one of the offered speeds, else null. */
export function offeredSpeed(value: unknown): OfferedSpeed | null {
  return PLAYBACK_SPEEDS.find((s) => s === value) ?? null;
}

/** Omit over each member of a union (plain Omit would keep only the keys all kinds share). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A fault fired live: like a timeline fault, but it starts at the current simulated time. */
export type LiveFault = OmitEach<Fault, 'startS' | 'id'> & { id?: string };

/** Page → worker. */
export type ToWorker =
  /** Loads (or reloads) a document: the run goes back to t = 0, paused. */
  | { type: 'load'; doc: FaultlineDocument }
  | { type: 'play' }
  | { type: 'pause' }
  /** Advances by `ms` of simulated time, then stays paused. */
  | { type: 'step'; ms: number }
  | { type: 'speed'; speed: PlaybackSpeed }
  /** Shows the run at `tMs`: restores the nearest checkpoint at or before it and replays forward. */
  | { type: 'seek'; tMs: number }
  | { type: 'injectFault'; fault: LiveFault }
  /** Same document, back to t = 0, paused. */
  | { type: 'restart' };

/** Where the run is. */
export interface RunProgress {
  /** Simulated time shown, in ms. */
  tMs: number;
  /** The furthest simulated time reached so far: scrubbing can go anywhere up to it. */
  reachedMs: number;
  endMs: number;
  status: RunStatus;
  /** Whether the worker is advancing the clock by itself. */
  playing: boolean;
  speed: PlaybackSpeed;
}

/**
 * The final report as the worker sends it: everything but the series, which the page
 * already holds from the metrics messages (sending it again would copy the largest part of
 * the report a second time at the very end).
 */
export type FinalReport = Omit<Report, 'series'>;

/**
 * Replaces the tail of `list` from index `from` with `rows`: how a metrics message's rows
 * (or log entries) update what the page holds.
 */
export function spliceFrom<T>(list: T[], from: number, rows: T[]): T[] {
  if (from === list.length && rows.length === 0) return list;
  return list.slice(0, from).concat(rows);
}

/**
 * What a metrics message does to the series the page holds: thin it `thin` times the way the
 * engine did (seriesBudget.ts, so the rows come out identical), then splice in the rows
 * sent. Thinning here spares the worker resending the whole series each time it doubles
 * its buckets.
 */
export function spliceSeries(list: SeriesRow[], from: number, rows: SeriesRow[], thin = 0): SeriesRow[] {
  let held = list;
  for (let k = 0; k < thin; k++) held = mergePairs(held);
  return spliceFrom(held, from, rows);
}

/** Worker → page. */
export type FromWorker =
  | { type: 'loaded'; progress: RunProgress; faults: Fault[] }
  /**
   * What to draw; about 30 a second while playing. The frame holds every transfer in flight
   * from `sinceMs` (the previous frame's time) to `frame.tMs`: the page animates that
   * interval, so short hops between two frames are drawn too. A still frame has sinceMs = tMs.
   */
  | { type: 'frame'; frame: Frame; sinceMs: number; progress: RunProgress }
  /**
   * Throttled metrics. Rows of the series from index `seriesFrom` on, and log entries from
   * index `logFrom` on, replace what the page holds from those indexes (after a seek back
   * the lists get shorter; the last series row is resent while its bucket fills; when a long
   * run's series is thinned into wider buckets, the page thins what it holds `thin` times
   * first, see spliceSeries; after a seek back it is resent whole from index 0).
   */
  | {
      type: 'metrics';
      progress: RunProgress;
      seriesFrom: number;
      series: SeriesRow[];
      /** Times the page must thin the rows it holds before splicing (absent: none). */
      thin?: number;
      logFrom: number;
      log: RunLogEntry[];
    }
  /** The run reached its end (or a limit): the final report, without the series (see FinalReport). */
  | { type: 'finished'; progress: RunProgress; report: FinalReport }
  /** A live fault as the engine wrote it into the timeline (with its id and start). */
  | { type: 'faultInjected'; fault: Fault; faults: Fault[] }
  | { type: 'error'; message: string };
