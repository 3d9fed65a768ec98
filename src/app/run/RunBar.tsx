import { lazy, Suspense } from 'react';
import { usePlayback } from '../../run/playbackView';
import type { RunController } from '../../run/runController';
import { useRunStore } from '../../store/runHooks';
import { runStore } from '../../store/runStore';
import { useAfterStartup } from '../startup';
import { RunClock } from './RunClock';
import { SpeedSelect } from './SpeedSelect';

// Said once the person plays (not while they are still drawing): a run of a client with
// nowhere to send would otherwise look like nothing but a moving clock.
const SilentClientsNote = lazy(() =>
  import('./SilentClientsNote').then((m) => ({ default: m.SilentClientsNote })),
);

// Seeds and sweeps (src/app/seeds): its button comes after startup in a chunk of its own,
// and the panel on the first click, so the first visit does not grow.
const SeedsLauncher = lazy(() =>
  import('../seeds/SeedsLauncher').then((m) => ({ default: m.SeedsLauncher })),
);
const seedsPlaceholder = (
  <button type="button" disabled>
    Seeds and sweeps
  </button>
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
  const reducedMotion = useRunStore((s) => s.reducedMotion);
  const running = state === 'running';
  const started = useAfterStartup();

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
      <Suspense fallback={seedsPlaceholder}>{started ? <SeedsLauncher /> : seedsPlaceholder}</Suspense>
      <RunClock controller={controller} />
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
