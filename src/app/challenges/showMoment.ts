import type { GoalResult } from '../../challenges';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { runController } from '../run/sharedRunController';

/**
 * Moves the run's timeline to the moment a missed goal broke: the design is run with the
 * seed it broke on (the seed is not locked: a challenge is checked with its own seeds),
 * from the start, and paused at that time.
 */
export function showMoment(goal: GoalResult & { atMs: number }): void {
  const { doc, updateScenario } = useDocumentStore.getState();
  if (goal.seed !== null && goal.seed !== doc.scenario.seed) {
    const r = updateScenario({ seed: goal.seed });
    if (!r.ok) {
      useUiStore.getState().say(r.reason, 'error');
      return;
    }
  }
  const controller = runController();
  // Restart (reloads the design as it is now), hold, and go to the moment.
  controller.send({ type: 'RESTART' });
  controller.send({ type: 'PAUSE' });
  controller.send({ type: 'SEEK', tMs: goal.atMs });
  useUiStore
    .getState()
    .say(
      `The run with seed ${goal.seed ?? doc.scenario.seed}, at ${Math.round(goal.atMs / 100) / 10} s: ${goal.label} broke here.`,
    );
}
