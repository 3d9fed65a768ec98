import { useState } from 'react';
import { useSelectionStore } from '../store/selectionStore';

/**
 * Whether the inspector is open where it is a drawer (layout.css: windows narrower than
 * 1367 px or shorter than 801 px; on wider ones it is always a column and this is ignored).
 * Selecting something opens it; its toggle closes it until the next selection, or opens it
 * with nothing selected for the diagram's own settings.
 */
export function useInspectorDrawer(): { open: boolean; toggle: () => void } {
  const selection = useSelectionStore((s) => [...s.nodeIds, '|', ...s.edgeIds].join(' '));
  const [pinned, setPinned] = useState(false);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const selected = selection !== '|';
  const open = pinned || (selected && dismissedFor !== selection);
  const toggle = () => {
    if (open) {
      setPinned(false);
      setDismissedFor(selection);
    } else setPinned(true);
  };
  return { open, toggle };
}
