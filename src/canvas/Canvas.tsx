import {
  Background,
  BackgroundVariant,
  type ColorMode,
  Controls,
  MiniMap,
  type OnConnectEnd,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { addNodeAt, connectNodes, insertCacheAt } from '../store/editorCommands';
import { draggedNodeKind, NODE_KIND_MIME } from './dragKinds';
import { EdgeMarkers, edgeTypes } from './edges/DiagramEdgeView';
import { fitViewOptions } from './fitView';
import { useFlowStore } from './flowStore';
import { nodeTypes } from './nodes/DiagramNodeView';
import { freeSpotNear, setCanvasElement } from './placement';
import { useShownLayout } from './shownLayout';
import { useDisplayedNodes } from './useDisplayedNodes';
import { useViewportController } from './useViewportController';
import { useFitWhenShownLayoutChanges, useKeepSelectionInView, useRevealCreatedNodes } from './viewKeeping';

export interface CanvasProps {
  colorMode: ColorMode;
  /** Drop handlers of others (opening a dropped file), called for drags that are not palette nodes. */
  onForeignDragOver?: (e: DragEvent) => void;
  onForeignDrop?: (e: DragEvent) => void;
  /** Drawn over the diagram, inside the canvas (the live view's message overlay). */
  children?: ReactNode;
}

/** The node under a screen point, found through React Flow's `data-id` on node wrappers. */
function nodeIdAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y)?.closest('.react-flow__node');
  return el?.getAttribute('data-id') ?? null;
}

/** The edge under a point of the screen (its line, or the wider band around it that takes clicks), or null. */
function edgeIdAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y)?.closest('.react-flow__edge');
  return el?.getAttribute('data-id') ?? null;
}

export { FIT_VIEW_OPTIONS } from './fitView';

const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];

const minimapNodeClass = (n: { type?: string }) => `fl-minimap-node fl-minimap-node--${n.type ?? 'service'}`;

/**
 * The React Flow canvas: draws the diagram derived from the document, sends edits back as
 * domain actions, and accepts nodes dropped from the palette. Its viewport has one owner,
 * the viewport controller (viewportController.ts): React Flow fits the first diagram, and
 * every later move is the controller's or the person's.
 */
export function Canvas({ colorMode, onForeignDragOver, onForeignDrop, children }: CanvasProps) {
  const drawnNodes = useFlowStore((s) => s.nodes);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const shown = useShownLayout((s) => s.positions);
  const nodes = useDisplayedNodes(drawnNodes, shown);
  const edges = useFlowStore((s) => s.edges);
  const onNodesChange = useFlowStore((s) => s.onNodesChange);
  const onEdgesChange = useFlowStore((s) => s.onEdgesChange);
  const { screenToFlowPosition } = useReactFlow();
  // The one owner of the viewport: everything below only asks it to move.
  const view = useViewportController(element);
  // Read once: later viewport moves are React Flow's, not the document's.
  const initialViewport = useRef(useDocumentStore.getState().doc.viewport).current;
  const generation = useDocumentStore((s) => s.generation);
  const shownGeneration = useRef(generation);
  // A whole new diagram (New, Open, a link): frame it as it was saved, or fit it (once
  // React Flow has measured its nodes; viewDecisions.ts).
  useEffect(() => {
    if (generation === shownGeneration.current) return;
    shownGeneration.current = generation;
    const { viewport, nodes: newNodes } = useDocumentStore.getState().doc;
    view.request({ type: 'documentLoaded', viewport: viewport ?? null, empty: newNodes.length === 0 });
  }, [generation, view]);

  const registerElement = useCallback((el: HTMLDivElement | null) => {
    setCanvasElement(el);
    setElement(el);
  }, []);
  const onDragOver = useCallback(
    (e: DragEvent) => {
      if (e.dataTransfer.types.includes(NODE_KIND_MIME)) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      } else onForeignDragOver?.(e);
    },
    [onForeignDragOver],
  );
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = draggedNodeKind(e.dataTransfer);
      if (!kind) return onForeignDrop?.(e);
      e.preventDefault();
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const spot = freeSpotNear(useDocumentStore.getState().doc.nodes, at);
      // A cache dropped on an RPC call goes between its ends.
      const onEdge = kind === 'cache' ? edgeIdAt(e.clientX, e.clientY) : null;
      if (onEdge) insertCacheAt(onEdge, spot);
      else addNodeAt(kind, spot);
    },
    [onForeignDrop, screenToFlowPosition],
  );
  // A connection dropped on a node where React Flow found no handle (into a client, onto
  // itself…) still goes to connect(), which refuses it with a reason the person can read.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const other = nodeIdAt(point.clientX, point.clientY);
    if (!other) return;
    if (state.fromHandle?.type === 'target') connectNodes(other, state.fromNode.id);
    else connectNodes(state.fromNode.id, other);
  }, []);

  useRevealCreatedNodes(view);
  useKeepSelectionInView(element, view);
  useFitWhenShownLayoutChanges(shown, view);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's shortcut; the palette's buttons are the keyboard's way.
    <div className="fl-canvas" ref={registerElement} onDragOver={onDragOver} onDrop={onDrop}>
      <EdgeMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        // Shown positions are not the drawn ones: a drag would write them into the document.
        nodesDraggable={shown === null}
        onEdgesChange={onEdgesChange}
        onConnect={(c) => connectNodes(c.source, c.target)}
        onConnectEnd={onConnectEnd}
        // Only the person's own pan or zoom comes with an event: their view is not taken back.
        onMoveStart={(event) => event && view.userMoved()}
        {...(initialViewport ? { defaultViewport: initialViewport } : { fitView: true })}
        fitViewOptions={fitViewOptions()}
        colorMode={colorMode}
        // Deleting, copying and selecting all go through the editor's own shortcuts (one undo step each).
        deleteKeyCode={null}
        // Shift+click adds to the selection, as in most editors (Ctrl/⌘+click too).
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        // Space plays and pauses the run (dragging the background pans).
        panActivationKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={3}
        aria-label="Diagram canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          ariaLabel="Minimap"
          nodeClassName={minimapNodeClass}
          style={{ width: 168, height: 112 }}
        />
        {children}
      </ReactFlow>
    </div>
  );
}
