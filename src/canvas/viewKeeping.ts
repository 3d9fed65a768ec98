import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { FaultlineDocument } from '../model';
import { useDocumentStore } from '../store/documentStore';
import { NODE_WIDTH } from '../store/edits/layout';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';
import { fitViewOptions } from './fitView';
import { NODE_HEIGHT } from './placement';

/*
 * Keeping what the person works on in view, for the editor's canvas: nodes an edit created
 * or moved, the node being edited when the inspector's drawer narrows the canvas, the whole
 * diagram when its shown layout changes.
 */

/** Ids of the nodes an edit moved (make it async slides the target and what follows it). */
export function movedNodes(before: FaultlineDocument, after: FaultlineDocument): Set<string> {
  const was = new Map(before.nodes.map((n) => [n.id, n.position]));
  const moved = new Set<string>();
  for (const n of after.nodes) {
    const p = was.get(n.id);
    if (p && (p.x !== n.position.x || p.y !== n.position.y)) moved.add(n.id);
  }
  return moved;
}

/**
 * After an edit that adds or moves nodes (make it async pushes the target and everything
 * downstream aside), bring them into view when they landed outside it: an edit the person
 * cannot see is confusing.
 */
export function useRevealCreatedNodes(): void {
  const reveal = useUiStore((s) => s.reveal);
  const { fitView, flowToScreenPosition } = useReactFlow();
  // The nodes the latest edit moved, noted as it happens (the reveal comes just after it).
  const moved = useRef<Set<string>>(new Set());
  useEffect(
    () =>
      useDocumentStore.subscribe((s, prev) => {
        if (s.doc !== prev.doc) moved.current = movedNodes(prev.doc, s.doc);
      }),
    [],
  );
  useEffect(() => {
    const el = document.querySelector('.fl-canvas');
    if (!el || !reveal) return;
    const { nodes, edges } = useDocumentStore.getState().doc;
    // And their neighbours, and whatever the edit moved.
    const selected = new Set([...reveal.ids, ...moved.current]);
    for (const e of edges) {
      if (reveal.ids.includes(e.source)) selected.add(e.target);
      if (reveal.ids.includes(e.target)) selected.add(e.source);
    }
    const box = el.getBoundingClientRect();
    const outside = nodes.some((n) => {
      if (!selected.has(n.id)) return false;
      const p = flowToScreenPosition(n.position);
      const end = flowToScreenPosition({ x: n.position.x + NODE_WIDTH, y: n.position.y + NODE_HEIGHT });
      return p.x < box.left || p.y < box.top || end.x > box.right || end.y > box.bottom;
    });
    if (outside) void fitView({ ...fitViewOptions(), duration: 250 });
  }, [reveal, fitView, flowToScreenPosition]);
}

/** Space kept between a node brought back into view and the canvas's edge. */
const EDGE_MARGIN = 24;

/**
 * When the canvas gets narrower (the inspector's drawer opening beside it on a projector),
 * pans — never zooms — just enough to keep the selected nodes in view: the person sees
 * the node they are editing.
 */
export function useKeepSelectionInView(element: HTMLElement | null): void {
  const { getViewport, setViewport } = useReactFlow();
  useEffect(() => {
    if (!element) return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      const next = element.clientWidth;
      const narrower = next < width;
      width = next;
      if (!narrower) return;
      const ids = new Set(useSelectionStore.getState().nodeIds);
      const selected = useDocumentStore.getState().doc.nodes.filter((n) => ids.has(n.id));
      if (selected.length === 0) return;
      const vp = getViewport();
      const right = Math.max(...selected.map((n) => (n.position.x + NODE_WIDTH) * vp.zoom + vp.x));
      const left = Math.min(...selected.map((n) => n.position.x * vp.zoom + vp.x));
      // No further than keeps the selection's left edge in view too.
      const shift = Math.min(right + EDGE_MARGIN - next, left - EDGE_MARGIN);
      if (shift > 0) void setViewport({ ...vp, x: vp.x - shift }, { duration: 150 });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, getViewport, setViewport]);
}

/** Fits the view again once a changed shown layout has been drawn (after React Flow measured it). */
export function useFitWhenShownLayoutChanges(shown: ReadonlyMap<string, unknown> | null): void {
  const { fitView } = useReactFlow();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => void fitView({ ...fitViewOptions(), duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [shown, fitView]);
}
