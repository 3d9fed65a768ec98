import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import { useDocumentStore } from '../store/documentStore';
import { useSelectionStore } from '../store/selectionStore';
import { deriveEdges, deriveNodes } from './deriveFlow';
import type { FlowEdge, FlowNode } from './flowTypes';

/**
 * The nodes and edges React Flow draws. They are derived from the document (the single
 * source of truth) and the selection; only what React Flow owns — measured sizes and the
 * position of a node while it is being dragged — lives here first. A drag reaches the
 * document once, when it ends, as one undo step.
 */
export interface FlowState {
  nodes: FlowNode[];
  edges: FlowEdge[];
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<FlowEdge>[]) => void;
}

export const useFlowStore = create<FlowState>()((set, get) => ({
  nodes: [],
  edges: [],
  onNodesChange: (changes) => {
    const selects = changes.flatMap((c) =>
      c.type === 'select' ? [{ id: c.id, selected: c.selected, isEdge: false }] : [],
    );
    if (selects.length > 0) useSelectionStore.getState().setSelected(selects);
    // Sizes and in-drag positions are React Flow's own business: applied here only.
    const local = changes.filter((c) => c.type === 'dimensions' || c.type === 'position');
    if (local.length > 0) set({ nodes: applyNodeChanges(local, get().nodes) });
    // `dragging: false` marks the end of a drag (or a keyboard move): commit all of it at once.
    const moved = new Map<string, { x: number; y: number }>();
    for (const c of changes)
      if (c.type === 'position' && c.dragging === false && c.position) moved.set(c.id, c.position);
    if (moved.size > 0) useDocumentStore.getState().moveNodes(moved);
  },
  onEdgesChange: (changes) => {
    const selects = changes.flatMap((c) =>
      c.type === 'select' ? [{ id: c.id, selected: c.selected, isEdge: true }] : [],
    );
    if (selects.length > 0) useSelectionStore.getState().setSelected(selects);
    const local = changes.filter((c) => c.type === 'replace');
    if (local.length > 0) set({ edges: applyEdgeChanges(local, get().edges) });
  },
}));

/** Re-derives the flow from the document and the selection; unchanged items keep their objects. */
function sync(): void {
  const { doc } = useDocumentStore.getState();
  const selection = useSelectionStore.getState();
  const s = useFlowStore.getState();
  const nodes = deriveNodes(doc.nodes, new Set(selection.nodeIds), s.nodes);
  const edges = deriveEdges(doc, new Set(selection.edgeIds), s.edges);
  if (nodes !== s.nodes || edges !== s.edges) useFlowStore.setState({ nodes, edges });
}

useDocumentStore.subscribe((s, prev) => {
  if (s.doc !== prev.doc) sync();
});
useSelectionStore.subscribe(sync);
sync();
