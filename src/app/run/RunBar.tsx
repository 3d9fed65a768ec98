import { lazy, Suspense } from 'react';
import { formatSeconds } from '../../run/formatTime';
import { usePlayback } from '../../run/playbackView';
import type { RunController } from '../../run/runController';
import { useRunStore } from '../../store/runHooks';
import { runStore } from '../../store/runStore';
import { CLOCK_INTERVAL_MS, shownTimeMs, useThrottledRunValue } from '../../store/useThrottledRunValue';
import { SpeedSelect } from './SpeedSelect';

// Said once the person plays (not while they are still drawing): a run of a client with
// nowhere to send would otherwise look like nothing but a moving clock.
const SilentClientsNote = lazy(() =>
  import('./SilentClientsNote').then((m) => ({ default: m.SilentClientsNote })),
);

/** Simulated ms one press of Step advances. */
export const STEP_MS = 100;

/**
 * The run controls: Play/Pause, Step, Restart, speed and "Run to end", the reduced-motion
 * toggle, and — when the diagram changed during a run — the question "restart with it?".
 */
export function RunBar({ controller }: { controller: RunController }) {
  const state = usePlayback(controller, (s) => s.value as string);
  const speed = usePlayback(controller, (s) => s.context.speed);
  const editPending = usePlayback(controller, (s) => s.context.editPending);
  const error = usePlayback(controller, (s) => s.context.error);
  const tMs = useThrottledRunValue(shownTimeMs, CLOCK_INTERVAL_MS);
  const endMs = useRunStore((s) => s.progress.endMs);
  // Primitives, not the status object: the worker sends a new one with every frame, and the
  // run bar must not re-render 30 times a second for the same words.
  const runState = useRunStore((s) => s.progress.status.state);
  const stopReason = useRunStore((s) => s.progress.status.reason);
  const reducedMotion = useRunStore((s) => s.reducedMotion);
  const running = state === 'running';

  return (
    <div className="run-bar" role="toolbar" aria-label="Run controls">
      <button
        type="button"
        className="run-play"
        onClick={() => controller.send({ type: running ? 'PAUSE' : 'PLAY' })}
        aria-label={running ? 'Pause' : 'Play'}
      >
        {running ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button
        type="button"
        onClick={() =>
          controller.send({ type: 'SEEK', tMs: Math.max(0, runStore.getState().progress.tMs - STEP_MS) })
        }
        disabled={state === 'idle'}
        aria-label={`Step back ${STEP_MS} ms`}
      >
        Back
      </button>
      <button
        type="button"
        onClick={() => controller.send({ type: 'STEP', ms: STEP_MS })}
        disabled={state === 'finished'}
        aria-label={`Step ${STEP_MS} ms`}
      >
        Step
      </button>
      <button type="button" onClick={() => controller.send({ type: 'RESTART' })} aria-label="Restart">
        Restart
      </button>
      <SpeedSelect value={speed} onChange={(s) => controller.send({ type: 'SPEED', speed: s })} />
      <button
        type="button"
        onClick={() => controller.send({ type: 'RUN_TO_END' })}
        disabled={state === 'finished'}
        aria-label="Run to end"
      >
        Run to end
      </button>
      <label className="run-reduced-motion">
        <input
          type="checkbox"
          checked={reducedMotion}
          onChange={(e) => runStore.getState().setReducedMotion(e.target.checked)}
        />{' '}
        Reduced motion
      </label>
      <output className="run-clock" aria-label="Simulated time">
        {formatSeconds(tMs)} / {formatSeconds(endMs)} · {describeState(state, runState, stopReason)}
      </output>
      {editPending ? (
        <div className="run-edit-question" role="alert">
          The diagram changed during this run.{' '}
          <button type="button" onClick={() => controller.send({ type: 'RESTART' })}>
            Restart with the change
          </button>{' '}
          <button type="button" onClick={() => controller.send({ type: 'KEEP_RUN' })}>
            Keep watching this run
          </button>
        </div>
      ) : null}
      {state === 'idle' ? null : (
        <Suspense fallback={null}>
          <SilentClientsNote />
        </Suspense>
      )}
      {error ? (
        <p className="run-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
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
