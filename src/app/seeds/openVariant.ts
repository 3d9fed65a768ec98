import { useDocumentStore } from '../../store/documentStore';
import { type SweepPlan, variantAt } from '../../sweeps';
import { showNotice } from '../persistence/persistenceStore';
import { runController } from '../run/sharedRunController';

/**
 * Opens one point of a sweep as a run: its variant (with the sweep's first seed) replaces
 * the diagram as one undoable edit — Undo brings the diagram back, so no work is lost —
 * and plays from the start.
 */
export function openVariant(plan: SweepPlan, point: number, words: string): void {
  let variant: ReturnType<typeof variantAt>;
  try {
    variant = variantAt(plan, point);
  } catch (error) {
    showNotice({
      kind: 'info',
      text: `That point cannot be opened: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  const seed = plan.seeds[0];
  const doc = { ...variant, scenario: { ...variant.scenario, seed } };
  useDocumentStore.getState().update(() => doc);
  showNotice({
    kind: 'info',
    text: `Opened ${words} with seed ${seed} as a run. Undo brings your diagram back.`,
  });
  const controller = runController();
  controller.send({ type: 'RESTART' });
  controller.send({ type: 'PLAY' });
}
