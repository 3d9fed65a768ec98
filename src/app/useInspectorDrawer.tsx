import type { ReactNode } from 'react';
import { create } from 'zustand';
import { useSelectionStore } from '../store/selectionStore';

/**
 * Whether the inspector is open where it is a drawer (layout.css: windows narrower than
 * 1367 px or shorter than 801 px; on wider ones it is always a column and this is ignored).
 * Selecting something opens it; its toggle closes it until the next selection, or opens it
 * with nothing selected for the diagram's own settings.
 *
 * Kept out of the editor's shell: only the workspace's attribute and the toggle read it, so a
 * click on a node re-renders them and the inspector, not the toolbar, palette, canvas and run
 * panels around them (docs/performance.md, "Selection under throttling").
 */
interface DrawerState {
  /** Opened by its toggle with nothing selected. */
  pinned: boolean;
  /** The selection the toggle closed the drawer on: it stays closed until the selection changes. */
  dismissedFor: string | null;
}

const useDrawerStore = create<DrawerState>()(() => ({ pinned: false, dismissedFor: null }));

const selectionKey = (s: { nodeIds: readonly string[]; edgeIds: readonly string[] }) =>
  [...s.nodeIds, '|', ...s.edgeIds].join(' ');

/** Whether the drawer is open; re-renders only when that flips, not on every selection. */
export function useInspectorOpen(): boolean {
  const { pinned, dismissedFor } = useDrawerStore();
  const bySelection = useSelectionStore((s) => {
    const key = selectionKey(s);
    return key !== '|' && key !== dismissedFor;
  });
  return pinned || bySelection;
}

/** The toggle: closes an open drawer until the next selection, or opens a closed one. */
function toggleInspector(open: boolean): void {
  if (open)
    useDrawerStore.setState({ pinned: false, dismissedFor: selectionKey(useSelectionStore.getState()) });
  else useDrawerStore.setState({ pinned: true });
}

/** The workspace (palette, canvas, inspector), marked with whether the drawer is open. */
export function Workspace({ children }: { children: ReactNode }) {
  const open = useInspectorOpen();
  return (
    <div className="fl-workspace" data-inspector={open ? 'open' : 'closed'}>
      {children}
    </div>
  );
}

/** The button that opens and closes the inspector drawer. */
export function InspectorToggle() {
  const open = useInspectorOpen();
  return (
    <button
      type="button"
      className="fl-button fl-inspector-toggle"
      aria-expanded={open}
      aria-controls="fl-inspector"
      onClick={() => toggleInspector(open)}
    >
      Inspector
    </button>
  );
}
