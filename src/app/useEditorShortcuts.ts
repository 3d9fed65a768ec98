import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { fitViewOptions } from '../canvas/fitView';
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  pasteClipboard,
  redoEdit,
  selectAll,
  undoEdit,
} from '../store/editorCommands';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';
import { isTypingTarget } from './shortcuts';

/** The editor's keyboard shortcuts (listed in shortcuts.ts), on the whole window except where the person types. */
export function useEditorShortcuts(): void {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      if (useUiStore.getState().shortcutsOpen || document.querySelector('dialog[open]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (!mod && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace')) {
        const { nodeIds, edgeIds } = useSelectionStore.getState();
        if (nodeIds.length + edgeIds.length > 0) deleteSelection();
        else handled = false;
      } else if (mod && key === 'z') {
        if (e.shiftKey) redoEdit();
        else undoEdit();
      } else if (mod && key === 'y') redoEdit();
      else if (mod && key === 'c') handled = copySelection();
      else if (mod && key === 'v') pasteClipboard();
      else if (mod && key === 'd') duplicateSelection();
      else if (mod && key === 'a') selectAll();
      else if (!mod && !e.altKey && key === 'f') void fitView({ ...fitViewOptions(), duration: 200 });
      else if (e.key === '?') useUiStore.getState().setShortcutsOpen(true);
      else if (e.key === 'F2') {
        const { nodeIds } = useSelectionStore.getState();
        if (nodeIds.length === 1) useUiStore.getState().setRenaming(nodeIds[0]);
        else handled = false;
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [fitView]);
}
