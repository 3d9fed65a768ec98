import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { fitViewOptions } from '../../canvas/fitView';

/**
 * Switches the page's presenter layout (lesson.css: palette, inspector and panels hidden)
 * with an attribute on the root element, and fits the diagram into the canvas's new size.
 * Opening the editor out of presenter mode keeps the document's own viewport.
 */
export function usePresenterLayout(presenting: boolean): void {
  const { fitView } = useReactFlow();
  const was = useRef(false);
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presenting = '';
    else delete root.dataset.presenting;
    if (presenting === was.current) return;
    // After the layout changed size: the next frame has the canvas's new box.
    const frame = requestAnimationFrame(() => {
      was.current = presenting;
      void fitView({ ...fitViewOptions(), duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [presenting, fitView]);
}
