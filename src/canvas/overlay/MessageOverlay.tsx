import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { T_EDGE, TRANSFER_FIELDS } from '../../sim/transferPacking';
import { runStore } from '../../store/runStore';
import type { OverlayEdge } from './drawOverlay';
import type { FlowNodeLike } from './flowEdgeEnds';
import { OVERLAY_INTERVAL_SLACK_MS, overlayIntervalMs } from './overlayRate';

/** The drawing code: geometry and painting, fetched with the first frame of a run. */
type Drawing = typeof import('./overlayDrawing');
let drawing: Drawing | null = null;
let drawingRequested = false;

/**
 * Fetches the drawing code once. Until a run sends its first frame the canvas stays blank,
 * so the first visit does without it (its size budget: docs/performance.md).
 */
function requestDrawing(): void {
  if (drawingRequested) return;
  drawingRequested = true;
  import('./overlayDrawing').then(
    (m) => {
      drawing = m;
    },
    () => {
      // Tried again with the next frame.
      drawingRequested = false;
    },
  );
}

/** Longest wall time one frame's interval is animated over (a stalled worker must not stretch it). */
const MAX_INTERPOLATION_MS = 100;

/**
 * The moving messages: ONE <canvas> over the React Flow pane, drawn in a
 * requestAnimationFrame loop outside React. It reads the latest frame from the run store and
 * the viewport and node geometry from React Flow's store with getState, so a frame of the run
 * costs no React render at all (SVG or a React element per dot cannot hold 60 fps with
 * thousands of dots). Render it as a child of <ReactFlow>.
 *
 * The canvas is decoration for sighted users: aria-hidden; the event log tells the same story
 * in text.
 */
export function MessageOverlay() {
  const flowStore = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let raf = 0;
    let lastKey = '';
    let lastDrawMs = Number.NEGATIVE_INFINITY;
    // Curves are recomputed only when a node object changes (React Flow replaces moved nodes).
    const curves = new Map<string, { s: unknown; t: unknown; edge: OverlayEdge | null }>();

    const edgeFor = ({ flowEdgeEnds, edgeCurve }: Drawing, id: string): OverlayEdge | null => {
      const flow = flowStore.getState();
      const e = flow.edgeLookup.get(id);
      if (!e) return null;
      const s = flow.nodeLookup.get(e.source);
      const t = flow.nodeLookup.get(e.target);
      if (!s || !t) return null;
      const cached = curves.get(id);
      if (cached && cached.s === s && cached.t === t) return cached.edge;
      const ends = flowEdgeEnds(s as FlowNodeLike, t as FlowNodeLike, e.sourceHandle, e.targetHandle);
      const edge = ends ? { curve: edgeCurve(ends), source: e.source, target: e.target } : null;
      curves.set(id, { s, t, edge });
      return edge;
    };

    const draw = () => {
      raf = requestAnimationFrame(draw);
      const run = runStore.getState();
      const flow = flowStore.getState();
      const { frame, progress } = run;
      const width = flow.width;
      const height = flow.height;
      const dpr = window.devicePixelRatio || 1;
      // Playing: animate the interval the frame covers, from the previous frame's time to its
      // own, by the simulated clock (speed × wall time since it arrived): one frame behind,
      // so every position drawn is one the engine computed.
      let tMs = frame?.tMs ?? 0;
      if (frame && progress.playing && typeof progress.speed === 'number') {
        const elapsed = Math.min(MAX_INTERPOLATION_MS, Math.max(0, performance.now() - run.frameWallMs));
        tMs = Math.min(frame.tMs, run.frameSinceMs + elapsed * progress.speed);
      }
      const [x, y, zoom] = flow.transform;
      // Nothing moved: keep the pixels (a paused run costs nothing per frame).
      const key = `${tMs}|${x}|${y}|${zoom}|${width}|${height}|${dpr}|${run.reducedMotion}|${frame?.tMs}|${frame?.transfers.data.length}`;
      if (key === lastKey && !(frame && progress.playing)) return;
      // A large diagram is redrawn less often while playing (overlayRate.ts): sampling, not freezing.
      const now = performance.now();
      const interval = overlayIntervalMs(flow.nodeLookup.size + flow.edgeLookup.size);
      if (frame && progress.playing && now - lastDrawMs < interval - OVERLAY_INTERVAL_SLACK_MS) return;
      lastDrawMs = now;
      lastKey = key;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      if (!frame) return;
      if (!drawing) {
        // Draw this picture again once the code is there.
        lastKey = '';
        requestDrawing();
        return;
      }
      const edges = new Map<string, OverlayEdge>();
      // The edges the transfers use, read from the packed frame (no object per transfer).
      const { names, data } = frame.transfers;
      for (let o = T_EDGE; o < data.length; o += TRANSFER_FIELDS) {
        const id = names[data[o]];
        if (edges.has(id)) continue;
        const edge = edgeFor(drawing, id);
        if (edge) edges.set(id, edge);
      }
      for (const f of frame.flashes) {
        if (!f.edge || edges.has(f.edge)) continue;
        const edge = edgeFor(drawing, f.edge);
        if (edge) edges.set(f.edge, edge);
      }
      drawing.drawOverlay(ctx, {
        frame,
        tMs,
        edges,
        transform: flow.transform,
        reducedMotion: run.reducedMotion,
        nodeFlashPoint: (id) => {
          const n = flowStore.getState().nodeLookup.get(id);
          if (!n) return null;
          const p = n.internals.positionAbsolute;
          return { x: p.x + (n.measured?.width ?? 0), y: p.y };
        },
      });
    };
    raf = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(raf);
  }, [flowStore]);

  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas without tabIndex is not focusable; it is pure decoration.
    <canvas
      ref={canvasRef}
      aria-hidden="true"
      data-testid="message-overlay"
      className="message-overlay"
      style={{
        position: 'absolute',
        inset: 0,
        width: '100%',
        height: '100%',
        pointerEvents: 'none',
        zIndex: 4,
      }}
    />
  );
}
