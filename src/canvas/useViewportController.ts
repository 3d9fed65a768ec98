import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { NODE_WIDTH } from '../store/edits/layout';
import { useSelectionStore } from '../store/selectionStore';
import { fitViewOptions } from './fitView';
import { useFlowStore } from './flowStore';
import { NODE_HEIGHT } from './placement';
import type { ViewFacts } from './viewDecisions';
import {
  createViewportController,
  setViewportController,
  type ViewportController,
} from './viewportController';

/** Space kept between a node brought back into view and the canvas's edge. */
const EDGE_MARGIN = 24;

/**
 * The editor canvas's viewport controller (viewportController.ts), bound to React Flow and
 * to the canvas element, and registered for the parts of the page outside the canvas
 * (`requestView`). Creating it starts nothing; it asks for frames only when sent an intent,
 * and never once the canvas has unmounted.
 */
export function useViewportController(element: HTMLElement | null): ViewportController {
  const flow = useReactFlow();
  // The latest of both, read when a decision is made (a frame or more after the request).
  const latest = useRef({ flow, element });
  latest.current = { flow, element };
  const [controller] = useState(() => {
    const facts: ViewFacts = {
      outside(ids) {
        const { flow, element } = latest.current;
        if (!element) return false;
        const box = element.getBoundingClientRect();
        return useDocumentStore.getState().doc.nodes.some((n) => {
          if (!ids.has(n.id)) return false;
          const p = flow.flowToScreenPosition(n.position);
          const end = flow.flowToScreenPosition({
            x: n.position.x + NODE_WIDTH,
            y: n.position.y + NODE_HEIGHT,
          });
          return p.x < box.left || p.y < box.top || end.x > box.right || end.y > box.bottom;
        });
      },
      viewport: () => latest.current.flow.getViewport(),
      selectionOverflow() {
        const { flow, element } = latest.current;
        if (!element) return 0;
        const ids = new Set(useSelectionStore.getState().nodeIds);
        const selected = useDocumentStore.getState().doc.nodes.filter((n) => ids.has(n.id));
        if (selected.length === 0) return 0;
        const vp = flow.getViewport();
        const right = Math.max(...selected.map((n) => (n.position.x + NODE_WIDTH) * vp.zoom + vp.x));
        const left = Math.min(...selected.map((n) => n.position.x * vp.zoom + vp.x));
        // No further than keeps the selection's left edge in view too.
        return Math.min(right + EDGE_MARGIN - element.clientWidth, left - EDGE_MARGIN);
      },
    };
    return createViewportController({
      requestFrame: (callback) => requestAnimationFrame(callback),
      cancelFrame: (handle) => cancelAnimationFrame(handle),
      ready: () => useFlowStore.getState().nodes.every((n) => n.measured?.width !== undefined),
      facts,
      apply(action) {
        const { flow } = latest.current;
        const timing = action.durationMs > 0 ? { duration: action.durationMs } : {};
        if (action.type === 'set') void flow.setViewport(action.viewport, timing);
        else void flow.fitView({ ...fitViewOptions(), ...timing });
      },
    });
  });
  useEffect(() => {
    controller.start();
    setViewportController(controller);
    return () => {
      controller.stop();
      setViewportController(null);
    };
  }, [controller]);
  return controller;
}
