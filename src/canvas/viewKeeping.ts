import { useEffect, useRef } from 'react';
import type { FaultlineDocument } from '../model';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import type { ViewportController } from './viewportController';

/*
 * Keeping what the person works on in view, for the editor's canvas: nodes an edit created
 * or moved, the node being edited when the inspector's drawer narrows the canvas, the whole
 * diagram when its shown layout changes. Each only asks the viewport controller
 * (viewportController.ts), which decides what the view does.
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
 * downstream aside), asks for them to be brought into view when they landed outside it:
 * an edit the person cannot see is confusing.
 */
export function useRevealCreatedNodes(view: ViewportController): void {
  const reveal = useUiStore((s) => s.reveal);
  // The nodes the latest edit moved, noted as it happens (the reveal comes just after it).
  const moved = useRef<Set<string>>(new Set());
  useEffect(
    () =>
      useDocumentStore.subscribe((s, prev) => {
        if (s.doc !== prev.doc) moved.current = movedNodes(prev.doc, s.doc);
      }),
    [],
  );
  // Each reveal once, even when the effect runs again for the same one (StrictMode).
  const asked = useRef(reveal);
  useEffect(() => {
    if (!reveal || reveal === asked.current) return;
    asked.current = reveal;
    const { edges } = useDocumentStore.getState().doc;
    // And their neighbours, and whatever the edit moved.
    const ids = new Set([...reveal.ids, ...moved.current]);
    for (const e of edges) {
      if (reveal.ids.includes(e.source)) ids.add(e.target);
      if (reveal.ids.includes(e.target)) ids.add(e.source);
    }
    view.request({ type: 'reveal', ids: [...ids] });
  }, [reveal, view]);
}

/**
 * When the canvas gets narrower (the inspector's drawer opening beside it on a projector),
 * asks for the selected nodes to be kept in view (a pan, never a zoom): the person sees
 * the node they are editing.
 */
export function useKeepSelectionInView(element: HTMLElement | null, view: ViewportController): void {
  useEffect(() => {
    if (!element) return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      const next = element.clientWidth;
      const narrower = next < width;
      width = next;
      if (narrower) view.request({ type: 'keepSelectionInView' });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, view]);
}

/** Asks for a fit when the shown layout changes (not for the one the canvas opened with). */
export function useFitWhenShownLayoutChanges(
  shown: ReadonlyMap<string, unknown> | null,
  view: ViewportController,
): void {
  // The layout last asked about: an effect run again for the same one (StrictMode) asks nothing.
  const asked = useRef(shown);
  useEffect(() => {
    if (shown === asked.current) return;
    asked.current = shown;
    view.request({ type: 'layoutChanged' });
  }, [shown, view]);
}
