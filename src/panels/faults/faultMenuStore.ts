import { createStore } from 'zustand/vanilla';
import { editLock } from '../../store/editLock';
import { useUiStore } from '../../store/uiStore';

/** Where the fault menu is open: its target (a node or an edge) and the screen point. */
export interface FaultMenuTarget {
  id: string;
  isEdge: boolean;
  x: number;
  y: number;
}

export const faultMenuStore = createStore<{ open: FaultMenuTarget | null }>()(() => ({ open: null }));

export function openFaultMenu(target: FaultMenuTarget): void {
  // Under a lock on the fault timeline (a challenge) faults cannot be fired: say why instead.
  const locked = editLock()?.lockedScenario;
  if (locked) {
    useUiStore.getState().say(locked, 'error');
    return;
  }
  faultMenuStore.setState({ open: target });
}

export function closeFaultMenu(): void {
  faultMenuStore.setState({ open: null });
}
