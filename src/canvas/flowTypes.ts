import type { Edge, Node } from '@xyflow/react';
import type { DiagramEdge, DiagramNode, EdgeKind, NodeKind } from '../model';

/**
 * What a node component receives: its own document node, and whether the diagram is shown
 * turned to read top to bottom (displayLayout.ts), which moves its handles.
 */
export type FlowNodeData = { node: DiagramNode; upright?: boolean };
/** A React Flow node derived from a document node; `type` is the node kind. */
export type FlowNode = Node<FlowNodeData, NodeKind>;

/** What an edge component receives: its document edge and the names of its ends (for its accessible label). */
export type FlowEdgeData = { edge: DiagramEdge; sourceLabel: string; targetLabel: string };
/** A React Flow edge derived from a document edge; `type` is the edge kind. */
export type FlowEdge = Edge<FlowEdgeData, EdgeKind>;
