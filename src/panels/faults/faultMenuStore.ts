import { createStore } from 'zustand/vanilla';

/** Where the fault menu is open: its target (a node or an edge) and the screen point. */
export interface FaultMenuTarget {
  id: string;
  isEdge: boolean;
  x: number;
  y: number;
}

export const faultMenuStore = createStore<{ open: FaultMenuTarget | null }>()(() => ({ open: null }));

export function openFaultMenu(target: FaultMenuTarget): void {
  faultMenuStore.setState({ open: target });
}

export function closeFaultMenu(): void {
  faultMenuStore.setState({ open: null });
}
