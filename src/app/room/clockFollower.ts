import type { PlaybackEvent, PlaybackStateName } from '../../machines/playbackMachine';
import { clockSimMs, DRIFT_TOLERANCE_MS, driftMs, type RoomClock } from '../../room/clock';

/** What the follower's own run is doing (its playback machine and its run store). */
export interface LocalRun {
  state: PlaybackStateName;
  /** Simulated ms the local run shows. */
  tMs: number;
  /** The chosen speed of the local playback machine. */
  speed: number;
  /** Whether the local run is running to the end as fast as it can. */
  toEnd: boolean;
  /** The end of the run (simulated ms); 0 before the worker has said. */
  endMs: number;
}

/** Closer than this (simulated ms), two still pictures are the same moment. */
const SAME_MOMENT_MS = 0.5;

/**
 * The playback events that bring the follower's own run to the presenter's clock at the
 * server time `serverNowMs`: the same speed, playing or paused alike, and a seek when
 * they are apart. While both play, a seek only past DRIFT_TOLERANCE_MS of wall-time drift
 * (the room's quarter of a second), so small jitter never makes the picture jump; a paused
 * presenter is matched exactly, since a still picture is compared side by side. Empty when
 * the follower is in step. Pure: roomFollower.ts sends the events to the run controller.
 */
export function followClock(clock: RoomClock, local: LocalRun, serverNowMs: number): PlaybackEvent[] {
  const events: PlaybackEvent[] = [];
  const end = local.endMs > 0 ? local.endMs : Number.POSITIVE_INFINITY;
  const target = Math.min(clockSimMs(clock, serverNowMs), end);
  const apart = Math.abs(local.tMs - target) > SAME_MOMENT_MS;
  // Both have reached the end: a finished run stays finished (Play would restart it).
  if (local.state === 'finished' && target >= end - SAME_MOMENT_MS) return events;
  if (clock.speed > 0 && clock.speed !== local.speed) events.push({ type: 'SPEED', speed: clock.speed });
  if (!clock.playing) {
    if (local.state === 'running') events.push({ type: 'PAUSE' });
    // At the start and never played: the follower is there already.
    if (apart && !(local.state === 'idle' && target === 0)) events.push({ type: 'SEEK', tMs: target });
    return events;
  }
  if (local.state === 'running' && !local.toEnd) {
    if (Math.abs(driftMs(clock, serverNowMs, local.tMs)) > DRIFT_TOLERANCE_MS && apart)
      events.push({ type: 'SEEK', tMs: target });
    return events;
  }
  // Not playing yet (joined late, the presenter just pressed play) or running to the end:
  // land on the presenter's moment, then play from there at its speed.
  if (local.toEnd && local.state === 'running') events.push({ type: 'PAUSE' });
  if (apart) events.push({ type: 'SEEK', tMs: target });
  events.push({ type: 'PLAY' });
  return events;
}
