import { useEffect, useRef, useState } from 'react';
import { diagramWidth, fitColumns } from '../../canvas/displayLayout';
import { fitViewOptions } from '../../canvas/fitView';
import { showLayout } from '../../canvas/shownLayout';
import { requestView } from '../../canvas/viewportController';
import { useDocumentStore } from '../../store/documentStore';

/** The canvas's width in CSS pixels while `on`, following its resizes; 0 otherwise. */
function useCanvasWidth(on: boolean): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const canvas = on ? document.querySelector<HTMLElement>('.fl-canvas') : null;
    if (!canvas) return setWidth(0);
    setWidth(canvas.clientWidth);
    const observer = new ResizeObserver(() => setWidth(canvas.clientWidth));
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [on]);
  return width;
}

/**
 * Switches the page's presenter layout (lesson.css: palette, inspector and panels hidden)
 * with an attribute on the root element, and has the diagram fitted into the canvas's new size.
 * A diagram too wide for the projector at 100 % is shown with its columns closer together
 * (displayLayout.ts; the view only). Opening the editor out of presenter mode keeps the
 * document's own viewport.
 */
export function usePresenterLayout(presenting: boolean): void {
  const was = useRef(false);
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presenting = '';
    else delete root.dataset.presenting;
    // Once per change, even when the effect runs again for the same one (StrictMode).
    if (presenting === was.current) return;
    was.current = presenting;
    // The canvas's viewport controller fits once the new layout has its size.
    requestView({ type: 'layoutChanged' });
  }, [presenting]);

  const width = useCanvasWidth(presenting);
  const nodes = useDocumentStore((s) => s.doc.nodes);
  useEffect(() => {
    const { padding } = fitViewOptions();
    const room = width - Number.parseFloat(padding.left) - Number.parseFloat(padding.right);
    // One that fits stays as drawn (and its nodes can still be dragged).
    showLayout(presenting && room > 0 && diagramWidth(nodes) > room ? fitColumns(nodes, room) : null);
  }, [presenting, width, nodes]);
  useEffect(() => () => showLayout(null), []);
}
