import { useEffect } from 'react';
import { useSelectionStore } from '../../store/selectionStore';
import { openFaultMenu } from './faultMenuStore';

/** Opens the menu for the node or edge under a right-click on the canvas. */
function onContextMenu(e: MouseEvent): void {
  const el = (e.target as Element | null)?.closest?.(
    '.react-flow__node[data-id], .react-flow__edge[data-id]',
  );
  if (!el) return;
  e.preventDefault();
  openFaultMenu({
    id: el.getAttribute('data-id')!,
    isEdge: el.classList.contains('react-flow__edge'),
    x: e.clientX,
    y: e.clientY,
  });
}

/** Shift+F10 or the context-menu key opens the menu for the selected node or edge. */
function onKeyDown(e: globalThis.KeyboardEvent): void {
  if (!((e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu')) return;
  const { nodeIds, edgeIds } = useSelectionStore.getState();
  const id = nodeIds[0] ?? edgeIds[0];
  if (!id) return;
  const isEdge = !nodeIds[0];
  const el = document.querySelector(`.react-flow__${isEdge ? 'edge' : 'node'}[data-id="${CSS.escape(id)}"]`);
  const box = el?.getBoundingClientRect();
  e.preventDefault();
  openFaultMenu({ id, isEdge, x: box ? box.left + box.width / 2 : 200, y: box ? box.bottom : 200 });
}

/**
 * Installs what opens the fault menu: right-click on a node or edge, Shift+F10 or the
 * context-menu key on the selected one. Apart from the menu itself, which loads when it
 * first opens.
 */
export function useFaultMenuTriggers(): void {
  useEffect(() => {
    document.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
