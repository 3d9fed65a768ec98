import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type ReactNode, useMemo, useState } from 'react';
import { topToBottom } from '../../canvas/displayLayout';
import { EdgeMarkers, edgeTypes } from '../../canvas/edges/DiagramEdgeView';
import { useFlowStore } from '../../canvas/flowStore';
import { nodeTypes } from '../../canvas/nodes/DiagramNodeView';
import { MessageOverlay } from '../../canvas/overlay';
import { useDisplayedNodes } from '../../canvas/useDisplayedNodes';
import { useDocumentStore } from '../../store/documentStore';
import { KeepFitted, PLAYER_FIT } from './KeepFitted';

export interface EmbedCanvasProps {
  colorMode: 'light' | 'dark';
  /** A phone held upright: the diagram turned to read top to bottom (displayLayout.ts). */
  upright?: boolean;
  /** A node tapped or clicked (the phone player shows its numbers). */
  onNodeTap?: (id: string) => void;
  /** Drawn over the diagram, outside React Flow's viewport. */
  children?: ReactNode;
  /** Keep the diagram fitted until the person moves it (default); off when something else sets the view. */
  keepFitted?: boolean;
}

/**
 * The diagram for the embedded player: the editor's node and edge views and message
 * overlay, but nothing can be moved, connected, selected or renamed. Panning and pinch
 * zoom stay (a small iframe needs them); the wheel scrolls the host page instead.
 */
export function EmbedCanvas({
  colorMode,
  upright = false,
  onNodeTap,
  children,
  keepFitted = true,
}: EmbedCanvasProps) {
  const docNodes = useDocumentStore((s) => s.doc.nodes);
  // Panned or zoomed by the person: the view is theirs from then on.
  const [moved, setMoved] = useState(false);
  const shown = useMemo(() => (upright ? topToBottom(docNodes) : null), [upright, docNodes]);
  const nodes = useDisplayedNodes(
    useFlowStore((s) => s.nodes),
    shown,
    upright,
  );
  const edges = useFlowStore((s) => s.edges);
  // Sizes measured by React Flow still have to reach its nodes; positions never change here.
  const onNodesChange = useFlowStore((s) => s.onNodesChange);
  return (
    <ReactFlowProvider>
      <div
        className="fl-embed__canvas"
        // Node views rename on double-click: stop it before it reaches them (read-only).
        onDoubleClickCapture={(e) => e.stopPropagation()}
      >
        <EdgeMarkers />
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={(changes) => onNodesChange(changes.filter((c) => c.type === 'dimensions'))}
          onNodeClick={onNodeTap ? (_, node) => onNodeTap(node.id) : undefined}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnScroll={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
          fitView
          fitViewOptions={PLAYER_FIT}
          onMoveStart={(event) => event && setMoved(true)}
          minZoom={0.1}
          maxZoom={2}
          colorMode={colorMode}
          proOptions={{ hideAttribution: false }}
          aria-label="Diagram"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          <MessageOverlay />
          <KeepFitted enabled={keepFitted && !moved} />
        </ReactFlow>
        {children}
      </div>
    </ReactFlowProvider>
  );
}
