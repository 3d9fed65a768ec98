import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { fitViewOptions } from '../canvas/fitView';
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  redoEdit,
  selectAll,
  undoEdit,
} from '../store/editorCommands';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';
import { expectPaste, usePasteRouting } from './persistence/usePasteRouting';
import { runController } from './run/sharedRunController';
import { isTypingTarget } from './shortcuts';

/**
 * Where Space already means something, on the focused element: pressing a control, ticking
 * a box, choosing an option, selecting a node or edge (React Flow gives them a role) that is
 * not selected yet. Elsewhere — the page, the canvas, a selected node — Space plays or pauses.
 */
const spaceBelongsTo = (target: EventTarget | null) =>
  target instanceof Element && target.matches('button,a,input,select,summary,[role]:not(.selected)');

/** Space: play, or pause while playing. */
function togglePlay(): void {
  const controller = runController();
  controller.send({ type: controller.playback().value === 'running' ? 'PAUSE' : 'PLAY' });
}

/** The editor's keyboard shortcuts (listed in shortcuts.ts), on the whole window except where the person types. */
export function useEditorShortcuts(): void {
  const { fitView } = useReactFlow();
  // Ctrl/Cmd+V: the paste event that follows the key decides between a diagram and nodes.
  usePasteRouting();
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
      else if (mod && key === 'v') handled = expectPaste();
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
    // Space is decided before React Flow sees the key (capture): a focused node it would
    // select is left to it, a node already selected is not.
    const onSpace = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (isTypingTarget(e.target) || spaceBelongsTo(e.target)) return;
      if (useUiStore.getState().shortcutsOpen || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      togglePlay();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onSpace, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onSpace, true);
    };
  }, [fitView]);
}
