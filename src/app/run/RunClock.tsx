import { formatSeconds } from '../../run/formatTime';
import { type PlaybackHandle, usePlayback } from '../../run/playbackView';
import { useRunStore } from '../../store/runHooks';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from '../../store/useThrottledRunValue';

/**
 * The run bar's clock: "12.3 s / 60.0 s · playing". A component of its own so that the
 * time moving re-renders only this text: re-rendered, the run bar's controls (the speed
 * select, the reduced-motion checkbox) have their attributes written again by React, which
 * changes the page in every clock tick for nothing.
 */
export function RunClock({ controller }: { controller: PlaybackHandle }) {
  const state = usePlayback(controller, (s) => s.value as string);
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  const endMs = useRunStore((s) => s.progress.endMs);
  // Primitives, not the status object: the worker sends a new one with every frame, and the
  // clock must not re-render 30 times a second for the same words.
  const runState = useRunStore((s) => s.progress.status.state);
  const stopReason = useRunStore((s) => s.progress.status.reason);
  return (
    <output className="run-clock" aria-label="Simulated time">
      {formatSeconds(tMs)} / {formatSeconds(endMs)} · {describeState(state, runState, stopReason)}
    </output>
  );
}

function describeState(machineState: string, runState: string, reason?: string): string {
  // The engine's reason may already read "stopped: …" (sim/stop.ts): say it once.
  if (runState === 'stopped') return `stopped: ${reason?.replace(/^stopped: /, '') ?? 'a limit was reached'}`;
  switch (machineState) {
    case 'idle':
      return 'ready';
    case 'running':
      return 'playing';
    case 'paused':
      return 'paused';
    default:
      return 'finished';
  }
}
