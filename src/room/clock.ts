/**
 * The presenter's run clock as every screen in a room computes it. The clock is written
 * once per change (play, pause, speed, scrub, step), never per frame: between changes each
 * follower extrapolates it from the server's time, which it estimates NTP-style with
 * stateless ping/pong messages (docs/workshops.md, "Protocol").
 *
 * Pure: the caller passes its own wall-clock readings (the browser's wall clock).
 */

/** The presenter's run clock at one moment of the server's time. */
export interface RoomClock {
  /** Simulated time (ms) shown at `wallMs`. */
  simMs: number;
  /** Whether the run advances by itself after `wallMs`. */
  playing: boolean;
  /** Simulated ms per wall ms while playing (the run bar's speed). */
  speed: number;
  /** The server's wall clock (ms since the epoch) at which `simMs` held. */
  wallMs: number;
}

/** A clock at t = 0, paused: the value of a room before the presenter touches the run. */
export const STOPPED_CLOCK: RoomClock = { simMs: 0, playing: false, speed: 1, wallMs: 0 };

/** The presenter's simulated time at `serverNowMs` (the server's wall clock, as estimated). */
export function clockSimMs(clock: RoomClock, serverNowMs: number): number {
  if (!clock.playing) return clock.simMs;
  return clock.simMs + Math.max(0, serverNowMs - clock.wallMs) * clock.speed;
}

/** One ping/pong: the client's clock when it sent and received, and the server's in between. */
export interface ClockSample {
  clientSentMs: number;
  serverMs: number;
  clientReceivedMs: number;
}

/** What one sample says: `serverTime ≈ clientTime + offsetMs`, within ± rttMs / 2. */
export interface ClockOffset {
  offsetMs: number;
  rttMs: number;
}

/** The offset one sample gives, assuming the way there and back took equally long. */
export function sampleOffset(sample: ClockSample): ClockOffset {
  const rttMs = Math.max(0, sample.clientReceivedMs - sample.clientSentMs);
  return { offsetMs: sample.serverMs + rttMs / 2 - sample.clientReceivedMs, rttMs };
}

/**
 * The best estimate from several samples, or null with none: the median offset of the
 * (up to) three samples with the shortest round trip — a slow round trip is the likeliest
 * to be lopsided, and the median shrugs off one outlier among the rest.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset | null {
  if (samples.length === 0) return null;
  const best = samples
    .map(sampleOffset)
    .sort((a, b) => a.rttMs - b.rttMs)
    .slice(0, 3);
  const offsets = best.map((o) => o.offsetMs).sort((a, b) => a - b);
  return { offsetMs: offsets[Math.floor(offsets.length / 2)], rttMs: best[0].rttMs };
}

/** How many ping samples a follower keeps, and how often it pings (ms) once it has them. */
export const CLOCK_SYNC = { samples: 8, firstBurst: 5, intervalMs: 15_000 } as const;

/**
 * Where a follower should be, and whether it should jump there: followers play on their
 * own and only re-seek when they drift more than `toleranceMs` of wall time (the room's
 * promise is a quarter of a second), so a small jitter never makes the picture jump.
 */
export function driftMs(clock: RoomClock, serverNowMs: number, localSimMs: number): number {
  const target = clockSimMs(clock, serverNowMs);
  // Drift in wall time: at 10× speed, 1 s of simulated time is only 100 ms of wall time.
  const speed = clock.playing && clock.speed > 0 ? clock.speed : 1;
  return (localSimMs - target) / speed;
}

/** The drift (wall ms) a follower tolerates before re-seeking. */
export const DRIFT_TOLERANCE_MS = 250;
